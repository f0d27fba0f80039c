"""Mixed quotes: quoted words that finish a reported clause begun outside the marks.

A quotation proper follows its cue at once (`She said "we will win."`, `He wrote that
"…"`) or a comma, colon or dash. When other words of the reported clause stand between
the cue and the opening mark, the quoted words are only the end of what is reported:
`She said the council had "run out of road."` is one mixed statement, not a direct
quote of `run out of road.` (:func:`finishes_clause`, :func:`reported_within`,
:func:`opened_before`). The engine leaves such a span to :mod:`quotes.reported`, which
reports the whole clause as mixed. The other way round, a reported statement whose
content is nothing but one quote is a direct quotation (:func:`sole_quotation`).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Span, Token

from quotes.marks import QuoteSpan

#: Words that may stand between a cue and a quotation proper: `said that "…"`.
_COMPLEMENTISERS = frozenset({"that"})
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
    i = whole.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
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


def opened_before(whole: Span) -> bool:
    """Whether the quoted clause begins before its opening mark: after `that` (the
    clause's `that` and another of its words stand outside the marks), or at the start
    of a sentence whose cue follows the quote.

    `Lee said that if the vote fails, "we start again."` and `If the vote fails, "we
    start again," Lee said.` → True (the `if` clause hangs on `start`); `Lee said that
    "we start again."` and `Lee said, "If the vote fails, we start again."` → False.
    """
    inside = range(whole.start, whole.end)
    for root in whole:
        if root.head.i in inside and root.head != root:
            continue
        lefts = [c for c in root.lefts if c.i < whole.start and not (c.is_punct or c.is_space)]
        that = next(
            (c for c in lefts if c.dep_ == "mark" and c.lower_ in _COMPLEMENTISERS), None
        )
        if that is not None and any(c.i > that.i for c in lefts):
            return True
        # `If the levy passes, "we will hire nurses," Moreno said.`: a clause or phrase
        # opening the sentence hangs on the quoted words, whose cue comes after them
        if root.head.i >= whole.end and any(
            c.dep_ in _LEAD_INS and c.left_edge.is_sent_start for c in lefts
        ):
            return True
    return False


#: What may stand around the marks of a statement that is one quotation: `"…,"`.
_EDGES = " \t\r\n,.;:!?"


def sole_quotation(
    text: str, start: int, end: int, quotes: Sequence[QuoteSpan]
) -> QuoteSpan | None:
    """The quote that is all of a statement's content `text[start:end]` but for its marks,
    spaces and edge punctuation, or None: such a statement quotes its words directly.

    `Hale backs "a fair wage for carers."` → the quote `a fair wage for carers.`;
    `Hale backs a "fair wage" for carers` → None (words stand outside the marks).
    """
    for quote in quotes:
        if quote.start >= end or quote.end <= start:
            continue
        before = text[start : max(start, quote.open_start)]
        after = text[min(end, quote.close_end) : end]
        if not before.strip(_EDGES) and not after.strip(_EDGES):
            return quote
    return None
