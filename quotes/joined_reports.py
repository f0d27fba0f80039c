"""A clause joined on to a reported one that is a report of its own: a step of
:func:`quotes.clause_bounds.clause_end` and of :mod:`quotes.complements` (split out of
:mod:`quotes.clause_bounds`), which end the first report before it.

`Most members said the fee was too high, and a third said it should go`: what the third
said is theirs, not part of what most members said (:func:`new_source`); the first
report ends before the comma and conjunction that join the second on
(:func:`before_link`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_classes import VERB_CLASSES
from quotes.deps import SUBJECT
from quotes.language import word_list

#: Conjunctions that join a second report after a comma: `, and`, `, but`.
_SOURCE_JOINERS = word_list("source-joiners")


def new_source(clause: Token) -> bool:
    """Whether a clause joined to a reported one by a comma and `and`/`but` is a report of
    its own: its verb is a cue of speech or stance, and its own subject opens it.

    Shape: `<source> <cue> <clause>, and|but <source 2> <cue 2> …`. `Most members said the
    fee was too high, and a third said it should go`: what the third said is theirs, not
    part of what most members said. The parser hangs the second cue as a conjunct or as a
    second complement of the first cue. A conjunct that is no cue stays in the clause
    (`said the fee was high, and rents were rising too`). An adverbial clause may lead in
    to the second source (:func:`_led_in`).
    """
    doc = clause.doc
    subjects = [c for c in clause.children if c.dep_ in SUBJECT and c.i < clause.i]
    if (
        clause.dep_ not in ("conj", "ccomp")
        or clause.pos_ != "VERB"
        or VERB_CLASSES.get(clause.lemma_.lower()) not in ("speech", "stance")
        or not subjects
    ):
        return False
    # the subject opens the clause, or follows a lead-in clause set off by a comma:
    # not `, but not until the board admits …`
    first = clause.left_edge.i
    if subjects[0].left_edge.i != first and not _led_in(clause, subjects[0]):
        return False
    return (
        first >= 2
        and doc[first - 1].dep_ == "cc"
        and doc[first - 1].lower_ in _SOURCE_JOINERS
        and doc[first - 2].text == ","
        and first - 1 > clause.head.i
    )


def _led_in(clause: Token, subject: Token) -> bool:
    """Whether only an adverbial clause and its comma stand before a clause's subject.

    `…, and when pressed on the cost, the clerk replied, "…"`: `when pressed on the
    cost` leads in to the clerk's reply (the writer's next sentence, someone speaking in
    turn), which is no part of the report before it.
    """
    doc = clause.doc
    before = [c for c in clause.children if c.i < subject.i and not c.is_punct]
    return (
        bool(before)
        and all(c.dep_ == "advcl" for c in before)
        and doc[subject.left_edge.i - 1].text == ","
        and not any(t.is_quote for t in doc[clause.left_edge.i : subject.i])
    )


def before_link(head: Token, clause: Token) -> Token:
    """The last token before the comma and conjunction that join `clause` on."""
    end = clause.left_edge.i - 1
    while end > head.i and head.doc[end].dep_ in ("cc", "punct"):
        end -= 1
    return head.doc[end]
