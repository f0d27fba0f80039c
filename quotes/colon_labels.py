"""The label a line puts before a colon to name who speaks, read without its verb:
a name that opens a list line before its role (`• Ana Ruiz, director general of the
Ports Group: "…"`), a name with a bracket before the colon (`Ana Ruiz (Barclays): "…"`),
a surname under a live blog's time line (`14:11` ¶ `Kemble: "…"`), and a form's field or
a script's slug in capitals, which names what follows, not a voice (`VERDICT: "…"`).

Steps of :func:`quotes.colon_sources.colon` (rule family `colon:`), which reads the
clause before the colon; split out of it as the words of a label are read apart from
the clause's verb and subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.around_quote import char_before
from quotes.cue_words import token_indices
from quotes.exchanges import FIELD_ARTICLES, is_field_label
from quotes.forced_capitals import capital_forced
from quotes.language import word_list
from quotes.normalise import BULLETS, HYPHENS

#: The most words a bracket between a label's name and its colon holds: an affiliation
#: or a party tag (`(Barclays)`, `(R-Ohio)`, `(Eastmoor Capital Partners)`).
_BRACKET_WORDS = 5


def field_slug(words: list[Token]) -> bool:
    """Rule colon-field: a script's slug or a form's field in capitals alone before a
    colon (`Dur 0'09". OUTCUE: "… fill a bucket."`, `VERDICT: "…"`), also after an
    article (`THE CLAIM: "…"`, a fact check's box), names what follows, not a voice; a
    single letter is a transcript's `Q` or `A`."""
    if len(words) == 2 and words[0].lower_ in FIELD_ARTICLES:
        words = words[1:]
    label = words[0]
    return (
        len(words) == 1 and len(label) > 1 and label.text.isupper() and is_field_label(label.text)
    )


#: The most words a label naming its speaker holds (`Tom Kemble:`, `Dame Rosa Lind:`).
_LABEL_WORDS = 3
#: Words that open a topic line before a colon (`On Portimonense: "…"`), no label.
_TOPICS = word_list("topic-line-openers")


def past_stamp_line(clause: list[Token], norm: str) -> list[Token]:
    """Rule colon-stamp-line: the clause before a colon (``clause``, from the colon
    backwards) without the lines above it that hold no letter, a live blog's time
    (`14:11` ¶ `Kemble: "…"`) or an entry's number, which the sentence rules leave joined
    to the label's line."""
    for k, token in enumerate(clause):
        rest = clause[k + 1 :]
        if (
            rest
            and char_before(norm, token.idx, " \t") in "\n\r"
            and not any(c.isalpha() for t in rest for c in t.text)
        ):
            return clause[: k + 1]
    return clause


def named_label(words: list[Token]) -> bool:
    """Whether the words before a colon at a line's start are a name the text also
    gives in a sentence (`Kemble:` after `Opposition leader Tom Kemble is responding`):
    at most :data:`_LABEL_WORDS` capitalised words, the last of them found capitalised
    elsewhere in the text, not opening a sentence there. A topic line is no label
    (rule topic-line-no-label: `On Portimonense: "…"` under `Here is what else Ana Ruiz
    said.` is about the rival club the text named, said by the one named above it)."""
    if not 0 < len(words) <= _LABEL_WORDS or words[0].lower_ in _TOPICS:
        return False
    if not all(
        t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in words
    ):
        return False
    last = words[-1]
    doc = last.doc
    return any(
        i != last.i and not capital_forced(doc[i])
        for i in token_indices(doc, "ORTH", frozenset({last.text}))
    )


def past_bracket(clause: list[Token]) -> list[Token]:
    """Rule colon:bracket: a label's name with a bracket between it and the colon,
    `Ana Ruiz (Barclays): "…"`, `Rep. Tom Hale (R-Ohio): "…"`: the clause before the
    colon (``clause``, from the colon backwards) without the bracket, whose words say
    where the one named works or sits, not who speaks. The clause as it is when it does
    not end with a short bracket (:data:`_BRACKET_WORDS`) after some word."""
    if not clause or clause[0].text != ")":
        return clause
    opened = next((k for k, t in enumerate(clause) if t.text == "("), None)
    if opened is None or opened > _BRACKET_WORDS + 1 or opened + 1 >= len(clause):
        return clause
    return clause[opened + 1 :]


def _past_bullet(words: list[Token]) -> list[Token]:
    """`words` without the bullets or dashes that open a list line (`•`, `-`,
    :data:`~quotes.normalise.BULLETS`)."""
    while words and words[0].text in BULLETS:
        words = words[1:]
    return words


def name_before_role(words: list[Token], host: Token) -> Span | None:
    """The name that opens a list line `• Ana Ruiz, director general of the Ports Group:
    "…"` (``words``, in text order, up to the colon): the proper nouns before the first
    comma, when the word the colon line would name (``host``) stands after that comma,
    in the role, which the name holds."""
    words = _past_bullet(words)
    comma = next((k for k, t in enumerate(words) if t.text == ","), 0)
    if not comma or host.i <= words[comma].i:
        return None
    if not all(t.pos_ == "PROPN" or t.text in HYPHENS for t in words[:comma]):
        return None
    if not any(t.ent_type_ == "PERSON" for t in words[:comma]):
        return None
    return host.doc[words[0].i : words[comma - 1].i + 1]
