"""A name and a cue verb right after a quote's closing mark, read from the tags.

`"…," Trump barked.` and `"…," beamed Clara Nunez.` sign the quote before them; when the
parser has split the sentence at the closing mark, or tagged the cue as a noun (`the
email read`) or a surname as a function word (`"…," Will wrote.`), no parse link ties the
cue to the quote, and the matcher may not know the verb at all. These rules read the
few words after the mark by their parts of speech instead: a short noun phrase and a
verb in either order, or a name whose apposition stands before its cue (`"…," Mr.
Daniels, now 81 and retired in Boston, said`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.around_quote import (
    BREAKS,
    NEAR_APPOSITION,
    NEAR_BEFORE,
    new_sentence_after,
    opens_gloss,
    relative_after,
    same_sentence,
)
from quotes.found import Link
from quotes.genders import RELATIVE_PRONOUNS
from quotes.mentions import mention_span

#: Parts of speech of function words a capitalised surname is sometimes read as (`Will`,
#: `From`, `May`).
_FUNCTION_POS = frozenset({"AUX", "ADP", "SCONJ", "CCONJ", "ADV", "PART"})
#: The most words a phrase in marks inside an apposition holds (`wearing "Vote Okafor"
#: buttons`): a slogan or a title, not a quotation.
_MAX_QUOTED_NAME = 6
#: Parts of speech a short speaker noun phrase is made of (`the 43-year-old`, `Mr. Obama`).
_NP_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})


def verb_after(whole: Span, lemmas: frozenset[str]) -> Link | None:
    """`"…," Trump barked.` / `"…," beamed Clara Nunez.`: a name and a verb, either
    order, right after the closing mark of the quote `whole`, read from the tags when the
    parse is wrong; `lemmas` are the cue verbs' lemmas."""
    doc = whole.doc
    after = same_sentence(list(doc[whole.end : whole.end + NEAR_APPOSITION]))
    if opens_gloss(after) or new_sentence_after(whole) or relative_after(whole):
        # `"…," which means that …`: the writer's gloss; `"…?" The hall applauded.`: the
        # writer's next sentence; `"…," which votes in June`: a clause about a thing the
        # quote names; none names a speaker
        return None
    if len(after) > 1 and _misread_name(after[0]) and _past_cue(after[1], lemmas):
        # `"…," Will wrote.` / `"…," From said.`: a surname the tagger read as a
        # modal or a preposition, the cue right after it
        name = doc[after[0].i : after[0].i + 1]
        return Link(after[1], name, "near-after:name-verb", False)
    run = _noun_run(after)
    if run and len(run) < len(after) and after[len(run)].text == ",":
        # `"…," Mr. Daniels, now 81 and retired in Boston, said`: the cue after the
        # name's apposition, wherever the parse hung it
        cue = _cue_after_apposition(after[len(run) :], run, lemmas)
        if cue is not None:
            return Link(cue, _run_mention(run), "near-after:name-verb", False)
    after = after[:NEAR_BEFORE]
    if len(run) > 1 and run[-1].lemma_.lower() in lemmas and _nominal(run[:-1]):
        # `"…," the email read.` with the cue tagged as a noun (not `"…" Fair point.`,
        # the writer's comment: an adjective names no speaker)
        return Link(run[-1], _run_mention(run[:-1]), "near-after:name-verb", False)
    if run and len(run) < len(after) and after[len(run)].pos_ == "VERB":
        return Link(after[len(run)], _run_mention(run), "near-after:name-verb", False)
    # `"…," read the email.`: a past tense tagged as a base form is still a cue; a
    # participle goes on with the sentence (`"…," promising the club will …`)
    finite = ("VBD", "VBZ", "VBP")
    if (
        after
        and after[0].pos_ == "VERB"
        and after[0].tag_ != "VBG"
        and (after[0].tag_ in finite or after[0].lemma_.lower() in lemmas)
    ):
        run = _noun_run(after[1:]) or _one_of_them(after[1:])
        if run and run[-1].pos_ in ("PROPN", "NOUN", "PRON", "NUM"):
            return Link(after[0], _run_mention(run), "near-after:verb-name", False)
        if len(after) > 1 and _misread_name(after[1]) and _name_alone(after[1]):
            # `"…," said Skelly.`: a surname the tagger read as an adverb after the cue
            name = doc[after[1].i : after[1].i + 1]
            return Link(after[0], name, "near-after:verb-name", False)
    return None


def _name_alone(token: Token) -> bool:
    """Rule name-alone: whether a word ends its clause, a comma or the sentence's end
    right after it (`"…," said Skelly.`, `"…," said Skelly, adding …`), as a surname
    after its cue does and an adverb opening more words does not (`said Only then …`)."""
    doc = token.doc
    return token.i + 1 >= len(doc) or doc[token.i + 1].text in (",", ".", ";")


def _nominal(words: list[Token]) -> bool:
    """Whether words can name a speaker: they hold a noun, a name, a pronoun or a number,
    or open with a determiner (`the editorial read`, `editorial` tagged an adjective)."""
    return words[0].pos_ == "DET" or any(
        t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in words
    )


def _one_of_them(tokens: list[Token]) -> list[Token]:
    """Rule one-of-them: a number alone that stands for one of the people or things just
    named, ending the sentence: `Banners hung from the windows. "Fair pay now," read
    one.` → `one`. Empty for a number before a noun (`read one banner`: the noun run)."""
    if tokens and tokens[0].pos_ == "NUM" and (len(tokens) == 1 or tokens[1].is_punct):
        return tokens[:1]
    return []


def _past_cue(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a word is a cue verb in a tense that reports (`said`, `says`, `wrote`)."""
    return token.tag_ in ("VBD", "VBZ", "VBN") and token.lemma_.lower() in lemmas


def _cue_after_apposition(
    rest: list[Token], name: list[Token], lemmas: frozenset[str]
) -> Token | None:
    """The first cue verb after a comma in the same sentence, before a quote mark or
    a verb with a subject other than the name or its `who`: the `said` of `"…," Mr.
    Daniels, now 81 and retired in Boston, said` and of `"…," Ana Ruiz, who chairs the
    committee, said`."""
    skip_to = 0
    for at, token in enumerate(rest):
        if at < skip_to:
            continue
        if token.is_quote and token.tag_ != "POS" and (closing := _quoted_name(rest, at)):
            # `"…," Ana Ruiz, wearing "Vote Okafor" buttons, said`: a short phrase in
            # marks inside the apposition is part of it, not a quote of its own
            skip_to = closing + 1
            continue
        if token.text in BREAKS or (token.is_quote and token.tag_ != "POS"):
            # another quote mark ends the search; a plural's possessive mark (`the
            # victims' committee`) is none
            return None
        after_comma = token.doc[token.i - 1].text == ","
        if token.pos_ == "VERB" and after_comma and token.lemma_.lower() in lemmas:
            return token
        if any(
            c.dep_ == "nsubj" and c not in name and c.lower_ not in RELATIVE_PRONOUNS
            for c in token.children
        ):
            # `"…," Mr. Daniels, who retired in Boston, said`: the clause of a `who` is the
            # name's own, and the cue comes after it
            return None
    return None


def _quoted_name(rest: list[Token], at: int) -> int:
    """Rule quoted-in-apposition: the index in `rest` of the mark that closes a short
    phrase in marks opened at `at` (a slogan, a title, a nickname: no more than
    :data:`_MAX_QUOTED_NAME` words, no sentence end, and no other mark right after the
    closing one), or 0 when the mark opens no such phrase."""
    words = rest[at + 1 : at + 2 + _MAX_QUOTED_NAME]
    for offset, token in enumerate(words, start=at + 1):
        if token.text in (".", "!", "?") or token.is_space:
            return 0
        if token.is_quote and token.tag_ != "POS":
            closed = offset > at + 1 and offset + 1 < len(rest) and not rest[offset + 1].is_quote
            return offset if closed else 0
    return 0


def _misread_name(token: Token) -> bool:
    """Whether a capitalised word inside its sentence is tagged as a function word: a
    surname the tagger took for `will` or `from` (`"…," Will wrote.`)."""
    return token.text[:1].isupper() and token.pos_ in _FUNCTION_POS and not token.is_sent_start


def _noun_run(tokens: list[Token]) -> list[Token]:
    """The leading noun phrase of `tokens`, by tags: at most five words, ending in a noun,
    none an existential `there`."""
    run: list[Token] = []
    words = 0
    for token in tokens:
        # a hyphen or a point inside the phrase is no word: `the 43-year-old`, `Mr. Obama`
        inner_mark = token.is_punct and token.text in ".-" and not token.is_sent_end
        # a participle modifying the noun belongs to it: `retired surgeon Ben Okafor`
        modifier = token.dep_ == "amod"
        if (token.pos_ not in _NP_POS and not inner_mark and not modifier) or words == 5:
            break
        if token.tag_ == "EX":
            break  # `"…!" There were cries of "Shame!"`: an existential `there` signs nothing
        words += not inner_mark
        run.append(token)
    while run and run[-1].pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
        run.pop()
    if len(run) > 1 and any(t.pos_ == "PRON" for t in run):
        return []
    return run


def _run_mention(run: list[Token]) -> Span:
    """The speaker a noun phrase names: its last noun's mention, reaching back to the
    phrase's first word when the parse hangs that word elsewhere (`the 43-year-old`,
    whose `year` the parser makes an adverb); a name keeps its own mention (`Mrs. Ruiz`
    is `Ruiz`, the honorific kept apart)."""
    head = run[-1]
    mention = mention_span(head)
    if head.pos_ != "PROPN" and mention.start > run[0].i and mention.end == head.i + 1:
        return head.doc[run[0].i : head.i + 1]
    return mention
