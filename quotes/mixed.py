"""Mixed quotes: quoted words that finish a reported clause begun outside the marks.

A quotation proper follows its cue at once (`She said "we will win."`, `He wrote that
"…"`) or a comma, colon or dash. When other words of the reported clause stand between
the cue and the opening mark, the quoted words are only the end of what is reported:
`She said the council had "run out of road."` is one mixed statement, not a direct
quote of `run out of road.` (:func:`finishes_clause`). The engine leaves such a span to
:mod:`quotes.reported`, which reports the whole clause as mixed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Words that may stand between a cue and a quotation proper: `said that "…"`.
_COMPLEMENTISERS = frozenset({"that"})


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
