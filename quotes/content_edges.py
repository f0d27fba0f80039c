"""The edges of a content span: what a cue reports, without what only frames it.

:func:`trimmed` makes the tokens a rule of reported speech found (:mod:`quotes.complements`,
:mod:`quotes.set_off`, :mod:`quotes.said_of`, :mod:`quotes.colon_lines`) into a
:class:`~quotes.clause_bounds.Content` the same way for all of them: without a leading
`that`, a label that opens the line, edge punctuation or a conjunction a cut left, so
that the rows of all rules agree on what a span's edges are.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.clause_bounds import Content
from quotes.deps import SUBJECT
from quotes.language import word_list

#: Marks that open a reported clause outside its content (`that`, `for … to`).
_CLAUSE_MARKS = word_list("clause-marks")


def trimmed(tokens: list[Token], rule: str, shortest: int = 2) -> Content | None:
    """The tokens' bounds without a leading `that` (`for`), edge punctuation or a closing
    conjunction left by a cut (`…, and`); none under `shortest` words."""
    while tokens and (
        tokens[0].is_punct
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ in _CLAUSE_MARKS)
        # `told a briefing that …` with `that` read as a relative pronoun or an object
        # (a relative `that` alone stays: `a plan that critics say …`)
        or (tokens[0].tag_ in ("WDT", "IN") and tokens[0].lower_ == "that" and len(tokens) > 1)
        or _that_read_as_determiner(tokens[0])
        or tokens[0].is_space
    ):
        tokens = tokens[1:]
    tokens = _without_line_label(tokens)
    # never on a conjunction a cut left at the end (`…, and`): rule no-trailing-join
    while tokens and (
        (tokens[-1].is_punct and not _ends_content(tokens))
        or tokens[-1].is_space
        or (tokens[-1].dep_ == "cc" and len(tokens) > 1 and tokens[-1].head.i < tokens[-1].i)
    ):
        tokens = tokens[:-1]
    if len(tokens) < shortest:
        return None
    return Content(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), rule)


#: Marks that end a content's last word rather than its sentence (`3%`, `40‰`).
_UNIT_MARKS = frozenset("%‰‱")

#: Closing brackets and the openers they close.
_BRACKETS = {")": "(", "]": "["}


def _ends_content(tokens: list[Token]) -> bool:
    """Rule unit-mark-kept: the content's last mark belongs to it — a unit written
    after a number (`Sales fell 3%, the company said.` keeps `3%`) or a bracket closing
    one opened inside the content (`the agency (ESA) said` keeps `(ESA)`)."""
    last = tokens[-1].text
    if last in _UNIT_MARKS:
        return len(tokens) > 1 and tokens[-2].like_num
    opener = _BRACKETS.get(last)
    return opener is not None and any(t.text == opener for t in tokens[:-1])


def _without_line_label(tokens: list[Token]) -> list[Token]:
    """Rule line-label: the tokens without a short label and its colon that open the
    line they start (`Why it matters: The salar drew 240,000 visitors, according to the
    council.`, `The big picture: …`), a heading the page sets before the paragraph, not
    part of what was said; the label is at most :data:`_LINE_LABEL_WORDS` words and the
    words after the colon open with a capital."""
    if not tokens or not _opens_line(tokens[0]) or not tokens[0].text[:1].isupper():
        return tokens
    colon = next(
        (k for k, t in enumerate(tokens[: _LINE_LABEL_WORDS + 1]) if t.text == ":"), None
    )
    if colon is None or colon + 1 >= len(tokens) or not tokens[colon + 1].text[:1].isupper():
        return tokens
    return tokens[colon + 1 :]


#: Most words of a label that opens a paragraph before a colon (`Why it matters:`).
_LINE_LABEL_WORDS = 5


def _opens_line(token: Token) -> bool:
    """Whether a token is the first of its line."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.text + before.whitespace_


def _that_read_as_determiner(first: Token) -> bool:
    """Rule that-read-as-determiner: a `that` opening the content that the parser read as
    the determiner of the clause's subject is the word that opens the clause, not part of
    what was said.

    Shape: `<cue> that <noun subject> <verb> …`. `She told analysts on the call that warm
    weather had left the group with too many coats`, `He warned, though, that price
    controls would slow new drugs` (`that` read as `that weather`, `that controls`).
    """
    noun = first.head
    return (
        first.text == "that"  # not a sentence's `That kind of …`, which is its subject's
        and first.dep_ == "det"
        and noun.dep_ in SUBJECT
        and noun.head.i > noun.i
    )
