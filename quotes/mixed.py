"""Mixed quotes: quoted words that finish a reported clause begun outside the marks.

A quotation proper follows its cue at once (`She said "we will win."`, `He wrote that
"…"`) or a comma, colon or dash. When other words of the reported clause stand between
the cue and the opening mark, the quoted words are only the end of what is reported:
`She said the council had "run out of road."` is one mixed statement, not a direct
quote of `run out of road.` (:func:`finishes_clause`, :func:`reported_within`,
:func:`opened_before`); so is a quoted predicate whose subject stands before the marks,
`The ferry "carries twice the cars," she said` (:func:`subject_before`). The engine
leaves such a span to :mod:`quotes.reported`, which reports the whole clause as mixed; a
quote that goes on, after a comma, from a clause its cue has already reported it gives
as mixed itself (:func:`clause_before`), and so, in `--scope all`, a quote with the
writer's words going on after it before its speaker (:func:`words_after`). The other way
round, a reported statement whose content is nothing but one quote is a direct quotation
(:func:`sole_quotation`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from spacy.tokens import Span, Token

from quotes.around_quote import word_before
from quotes.content_shape import roots
from quotes.cue_objects import cue_object
from quotes.deps import SUBJECT_OR_EXPL
from quotes.language import word_list
from quotes.marks import QuoteSpan

#: Words that may stand between a cue and a quotation proper: `said that "…"`.
_COMPLEMENTISERS = word_list("complementisers")
#: Dependencies of a clause or phrase that opens a sentence before a quote and belongs
#: to it: `If the levy passes, "…," she said`, `In her town, "…," he says`.
_LEAD_INS = frozenset({"advcl", "prep"})


def finishes_clause(whole: Span, cue: Token) -> bool:
    """Whether the quote (`whole`, marks included) goes on from words of the clause
    before its opening mark, other than the cue itself and `that`.

    `Lee said the deal was "a good start."` → True (`was` stands before the mark);
    `Lee said "a good start."` and `Lee said that "…"` → False. A quote opened after
    punctuation (`said, "…"`, `said: "…"`) is not judged here.
    """
    doc = whole.doc
    i = word_before(doc, whole.start)
    if i < 0:
        return False
    before = doc[i]
    if not before.text[-1:].isalnum() or before.i == cue.i:
        return False
    return before.lower_ not in _COMPLEMENTISERS


def reported_within(cue: Token, cues: Container[int]) -> bool:
    """Whether a cue stands in the clause an earlier cue reports (token indices `cues`),
    so that the quote it takes belongs to the outer statement.

    `Lee said the mayor wants "a vote by June."` → True for `wants`: Lee's mixed
    statement holds the quote; `Lee said, "…"` → False.
    """
    child = cue
    for head in cue.ancestors:
        if child.dep_ == "ccomp" and head.i in cues and head.i < cue.i:
            return True
        child = head
    return False


def narration_conjunct(cue: Token) -> bool:
    """Whether a cue the parser hangs as a conjunct on a reported clause, with no `that`
    of its own, is the writer's next clause rather than more of the report.

    `Lee said the vote was close, and when asked why, the clerk replied, "…"`: `replied`
    hangs on `was` but the quote is the clerk's own, not part of Lee's statement; `Lee
    said the vote was close and that the clerk replied: "…"` (`that` reports it) stays
    Lee's.
    """
    return cue.dep_ == "conj" and not any(c.dep_ == "mark" for c in cue.children)


def opened_before(whole: Span) -> bool:
    """Whether the quoted clause begins before its opening mark: after `that` (the
    clause's `that` and another of its words stand outside the marks), or at the start
    of a sentence whose cue follows the quote.

    `Lee said that if the vote fails, "we start again."` and `If the vote fails, "we
    start again," Lee said.` → True (the `if` clause hangs on `start`); `Lee said that
    "we start again."` and `Lee said, "If the vote fails, we start again."` → False.
    """
    for root in roots(whole):
        lefts = [c for c in root.lefts if c.i < whole.start and not (c.is_punct or c.is_space)]
        that = next(
            (c for c in lefts if c.dep_ == "mark" and c.lower_ in _COMPLEMENTISERS), None
        )
        if that is not None and any(c.i > that.i for c in lefts):
            return True
        # `If the levy passes, "we will hire nurses," Moreno said.`: a clause or phrase
        # opening the sentence hangs on the quoted words, whose cue comes after them
        if (
            root.head.i >= whole.end
            and any(c.dep_ in _LEAD_INS and c.left_edge.is_sent_start for c in lefts)
            and not setting_before_question(whole, root.head)
        ):
            return True
        if subject_before(whole, root, lefts):
            return True
    return False


def subject_before(whole: Span, root: Token, lefts: list[Token]) -> bool:
    """Rule subject-before-quote: the quoted words are the predicate of a subject that
    stands outside the marks, before them in the same sentence, and a cue after the
    quote signs it: the statement is the whole clause, from its subject, and mixed.

    Shape: subject [, aside,] "verb …," cue. `The new bridge, which opened in May,
    "carries twice the traffic we planned for," the engineer said.` → True (`carries`
    has its subject `bridge` before the mark); `"The bridge carries twice the traffic,"
    the engineer said.` and `The engineer said, "The bridge carries …"` → False. The
    quoted words open in lower case, as a predicate does (a capital opens a sentence of
    the speaker's own: `Asked again, "We carry twice the traffic," she said`).
    `whole` is the quote, marks included; `root` a word of it whose head lies outside;
    `lefts` its words before the mark."""
    first = next((t for t in whole if not (t.is_quote or t.is_space or t.is_punct)), None)
    if first is None or not first.text[:1].islower() or root.head.i < whole.end:
        return False
    return any(c.dep_ in SUBJECT_OR_EXPL and c.sent == root.sent for c in lefts)


#: Cues that ask (`asked`), whose quoted question a phrase before it does not begin.
_ASKING = word_list("asking-cues")


def setting_before_question(whole: Span, cue: Token) -> bool:
    """Rule setting-before-question: a phrase opening the sentence before a quoted
    question that an asking cue after it signs tells when or where it was asked, and is
    no part of the question, however the parser hung it: `In the press conference, "Do
    you think the rule cost you the match?" asked one reporter.` The question is a whole
    sentence (a capital to a question mark); one in lower case may go on from the phrase
    (`In her town, "what would we do?" she asked.`). `whole` is the quote, marks
    included; `cue` the word after it that the quoted words hang on."""
    inner = [t for t in whole if not (t.is_quote or t.is_space)]
    return (
        bool(inner)
        and inner[0].text[:1].isupper()
        and inner[-1].text == "?"
        and cue.lemma_.lower() in _ASKING
    )


#: Marks after which a quote may go on from a clause reported before it; a colon too:
#: `Ito said the count was wrong and that she had told them so: "…"` is one statement.
_RUN_ON = frozenset({",", "—", "–", ":"})


def clause_before(whole: Span, cue: Token, cues: Container[int]) -> Span | None:
    """The clause a cue reports before the quote (`whole`, marks included), when the quote
    is opened after a comma, dash or colon that ends it: the quoted words only go on with
    what is reported, and the whole is one mixed statement.

    `Ito said the vote was lost, "and not by a little."` → `the vote was lost` (a
    complement clause with its own subject and verb stands between `said` and the mark).
    None for `Ito said, "The vote was lost."`, for `Ito told the people who came, "…"`
    (a relative clause, not what is said), for `Ito said, in reply to a letter sent
    today, "…"` (no clause with a subject), for `Ito said the vote was lost, and then
    she added, "…"` (another cue, one of `cues`, takes the quote at once), for `"…,"
    Ito said` and for the second half of a quote its cue splits (`"…," said Ito, who
    had seen it all before, "…"`); after a colon, also None for a question and for a
    clause the narrator's own words follow (:func:`_states_before_colon`).
    """
    doc = whole.doc
    opener = next((t for t in reversed(doc[cue.i + 1 : whole.start]) if not t.is_space), None)
    if cue.i >= whole.start or opener is None or opener.text not in _RUN_ON:
        return None
    if opener.i > 0 and opener.i - 1 in cues:
        return None
    if any(t.is_quote for t in doc[cue.sent.start : cue.i]):
        return None
    for child in cue.rights:
        if child.dep_ != "ccomp":
            continue
        words = [t for t in child.subtree if t.i < opener.i]
        verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        if verb and any(t.dep_ in SUBJECT_OR_EXPL for t in words):
            # the clause from its first word, a subordinator too (`said if the vote
            # fails, "…"`: PolNeAR's row holds `if`), but after `that`
            first = words[1] if len(words) > 1 and words[0].lower_ == "that" else words[0]
            if opener.text == ":" and not _states_before_colon(first, words, opener):
                return None
            return doc[first.i : opener.i]
    return None


#: Whom a cue's object may be said to: `addressed the crowd: "…"`.
_AUDIENCES = word_list("audiences")
#: Cues whose object is whom they address: `told the committee: "…"`.
_ADDRESSING = word_list("addressing-cues")
#: Words of an object that only announce the quotation after the colon: `issued the
#: following statement: "…"`.
_ANNOUNCING = word_list("announcing-words")


def object_before_colon(whole: Span, cue: Token) -> Span | None:
    """The cue's object between the cue and a colon that opens the quote (`whole`, marks
    included), or None: `Ruiz gave a blunt warning: "…"` and `Okafor repeated his
    favourite line: "…"` are what PolNeAR annotates as one mixed row, from the object
    to the closing mark (the quote spells out what the object names); the statements
    scope keeps the quotation alone (`Found.lead_in`).

    None when no object stands before the colon (`He said in a statement: "…"`, `She
    said of the ruling: "…"`), for whom it was said to (`She told the committee: "…"`,
    `He addressed the voters: "…"`), for a pronoun (`He put it this way: "…"`), for an
    object that only announces the quote (`issued the following statement: "…"`), for
    one with a clause of its own (`would involve the mayor, who told the council: "…"`:
    the quote is the clause's) and for a cue after the quote.
    """
    doc = whole.doc
    opener = next((t for t in reversed(doc[cue.i + 1 : whole.start]) if not t.is_space), None)
    if cue.i >= whole.start or opener is None or opener.text != ":":
        return None
    run = cue_object(cue)
    if not run or run[0].i > opener.i or cue.lemma_.lower() in _ADDRESSING:
        return None
    head = run[0]
    words = [t for word in run for t in word.subtree if t.i < opener.i]
    if (
        head.pos_ == "PRON"
        or head.lemma_.lower() in _AUDIENCES
        or any(t.lower_ in _ANNOUNCING or t.dep_ in SUBJECT_OR_EXPL for t in words)
    ):
        return None
    covered = {t.i for t in words}
    between = [t for t in doc[cue.i + 1 : opener.i] if not (t.is_space or t.is_punct)]
    if any(t.i not in covered and not (t.dep_ == "advmod" and t.head == cue) for t in between):
        return None
    return doc[head.left_edge.i : opener.i]




#: Parts of speech of the word that opens the writer's words going on from a quote
#: before its speaker: a preposition or a conjunction (`like`, `since`, `in`, `and`).
_GOING_ON = frozenset({"ADP", "SCONJ", "CCONJ"})


def words_after(whole: Span, cue: Token, speaker: Span) -> Span | None:
    """Rule words-after: the writer's words that go on from a quote (`whole`, marks
    included) after its closing mark, up to the comma before its speaker and cue, or
    None. PolNeAR annotates the quote and those words as one mixed row, from the opening
    mark to the comma; the statements scope keeps the quotation alone (`Found.lead_in`).

    Shape: `"<quote>," <preposition or conjunction> <words>, <speaker> <cue>` (or the
    cue first). `"The plant runs at half speed," since the orders dried up in May, the
    manager said.` → `"The plant runs at half speed," since the orders dried up in May`;
    `"We held on," and the bank agreed to wait, Ruiz said.` likewise. None for a speaker
    or cue right after the mark (`"…," the manager said`, `"…," former mayor Ann Lee
    said`), for words with no comma before the speaker (`"…," at last said the old man`:
    the manner of saying), for words holding a quotation of their own, and for a speaker
    or cue before the quote; nor after `and` for words with no subject of their own
    (`"Sit down," and pulling up a chair, the host said`: what the speaker did).
    """
    doc = whole.doc
    source = min(cue.i, speaker.start)
    if source < whole.end:
        return None
    words = [t for t in doc[whole.end : source] if not t.is_space]
    if words and words[0].text == ",":
        words = words[1:]
    if (
        len(words) < 3
        or words[-1].text != ","
        or words[0].pos_ not in _GOING_ON
        or not words[0].is_lower
        or any(t.is_quote for t in words)
    ):
        return None
    if words[0].pos_ == "CCONJ" and not any(t.dep_ in SUBJECT_OR_EXPL for t in words):
        return None  # `"…;" and seating himself by the fire, he said`: the speaker's act
    return doc[whole.start : words[-2].i + 1]


#: A paragraph break before a paragraph that opens with a mark: a quotation going on.
_REOPENED = re.compile(r"\n\s*[\"“‘'«]")
#: Spaces and marks that may stand between a colon and the quotation it opens.
_BLANKS = " \t\r\n"


def block_after_colon(span: QuoteSpan, norm: str) -> bool:
    """Whether a quotation is set off as a block: it opens a paragraph after one that ends
    with a colon, and runs over several paragraphs, each reopening with a mark (`The
    board's letter reads:` ¶ `"…` ¶ `"…"`). PolNeAR's row there is one span that holds
    the marks, hence mixed; the statements scope keeps one direct row per paragraph
    (:func:`quotes.statement_forms.quote_paragraphs`). Not a quotation in one paragraph,
    nor one opened after a colon on its own line (`She said: "…` ¶ `"…"`)."""
    before = norm[: span.open_start].rstrip(" \t")
    if not before.endswith(("\n", "\r")) or not before.rstrip(_BLANKS).endswith(":"):
        return False
    return _REOPENED.search(norm, span.start, span.end) is not None


def connective_before(whole: Span) -> Token | None:
    """The one word that opens the quote's sentence before its opening mark, when it is
    an adverb that links the sentence to the one before, a comma after it or not: `Then,
    "…"`, `Instead, "…"`, `Still, "…"`. PolNeAR's row there is mixed, from the word to
    the closing mark; the statements scope keeps the quote (`Found.lead_in`). None when
    the mark opens the sentence, when other words stand before it, and for a conjunction
    (`But, "…," as the old saying goes`: a narrator's aside in fiction, LitBank's
    quotation alone)."""
    doc = whole.doc
    # the last three words before the mark tell it (a long sentence costs no more)
    before: list[Token] = []
    for i in range(whole.start - 1, whole.sent.start - 1, -1):
        if len(before) == 3:
            break
        if not doc[i].is_space:
            before.insert(0, doc[i])
    if before and before[-1].text == ",":
        before = before[:-1]
    if len(before) != 1 or before[0].pos_ != "ADV" or not before[0].is_title:
        return None
    return before[0]


#: Tags of the words that open a question: `what`, `which`, `how`, `whose`.
_WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})


def _states_before_colon(first: Token, words: list[Token], opener: Token) -> bool:
    """Whether a clause reported before a colon (`words`, opening with `first`) is a
    statement that the quote after `opener` goes on with: not a question (`wondering
    what might come next: "…"`, the quote answers it), and running up to the colon, with
    no words of the narrator's own after it (`said the plan was "dead," but he gave it
    one compliment: "…"`)."""
    if first.tag_ in _WH_TAGS:
        return False
    inside = {t.i for t in words}
    return all(
        t.i in inside or t.is_punct or t.is_space for t in first.doc[first.i : opener.i]
    )


#: What may stand around the marks of a statement that is one quotation: `"…,"`.
_EDGES = " \t\r\n,.;:!?"
#: A word of answer before the opening mark, outside the clause: `Yes "We won," …`.
_LEAD_ANSWERS = word_list("quote-lead-answers")


def sole_quotation(
    text: str, start: int, end: int, quotes: Sequence[QuoteSpan]
) -> QuoteSpan | None:
    """The quote that is all of a statement's content `text[start:end]` but for its marks,
    spaces and edge punctuation, or None: such a statement quotes its words directly.

    `Hale backs "a fair wage for carers."` → the quote `a fair wage for carers.`;
    `Hale backs a "fair wage" for carers` → None (words stand outside the marks). Rule
    answer-before-quote: one word of answer before the marks (`Yes "We won," Ana Ruiz
    told reporters`: :data:`_LEAD_ANSWERS`) is the writer's, outside the statement, and
    the quote is still all that is said.
    """
    for quote in quotes:
        if quote.start >= end or quote.end <= start:
            continue
        before = text[start : max(start, quote.open_start)]
        after = text[min(end, quote.close_end) : end]
        lead = before.strip(_EDGES)
        if (not lead or lead.lower() in _LEAD_ANSWERS) and not after.strip(_EDGES):
            return quote
    return None
