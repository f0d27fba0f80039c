"""Subjects the parser read into an `-ing` clause it took for the cue's clausal subject,
leaving the cue with none: a participle phrase on the subject (`Voters heading to the
polls said …`) and an `-ing` word on a work read as a gerund with the work for its
object (`Polling figures show …`). Called from :func:`quotes.parse_repairs.repair_tags`;
the other subject repairs are listed in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import ANY_SUBJECT, SUBJECT_OR_EXPL
from quotes.rehead import rehead_all
from quotes.subject_repairs import FINITE_VERB
from quotes.work_authors import authored_work


def subject_read_into_participle(verb: Token) -> None:
    """`Voters heading to the polls on Tuesday said the economy came first`: the parser
    may read a subject with a participle phrase after it as a clause (`Voters heading …`)
    that is the cue's clausal subject, leaving the cue with no subject of its own. The
    subject of a participle (`VBG`) that is a finite cue's clausal subject is the cue's
    subject, and the participle its modifier. Called from
    :func:`quotes.parse_repairs.repair_tags` on each cue word."""
    clause = _clausal_gerund(verb)
    if clause is None:
        return
    subject = next(
        (c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None
    )
    if subject is None:
        return
    rehead_all([(subject, verb, "nsubj"), (clause, subject, "acl")])


def subject_read_into_gerund(verb: Token) -> None:
    """Rule work-read-as-gerund-object: `Monitoring data from the water office show that
    a fifth of the wells fell`: the parser may read an `-ing` word that modifies a work
    with an author (`Polling figures`, `Tracking data`) as a gerund with the work for its
    object, the gerund the cue's clausal subject, leaving the cue with no subject. When
    the object is such a work (:func:`quotes.work_authors.authored_work`) right after a gerund that
    opens the subject and has no subject of its own, the work is the cue's subject and
    the `-ing` word its modifier. `Raising taxes shows that …` (no work) stays a clause."""
    clause = _clausal_gerund(verb)
    if clause is None or any(c.dep_ in ANY_SUBJECT for c in clause.children):
        return
    work = clause.doc[clause.i + 1] if clause.i + 1 < len(clause.doc) else None
    if work is None or work.head.i != clause.i or work.dep_ != "dobj":
        return
    if not authored_work(work):
        return
    rehead_all([(work, verb, "nsubj"), (clause, work, "amod")])


def _clausal_gerund(verb: Token) -> Token | None:
    """The `-ing` clause a finite cue with no subject of its own has for its clausal
    subject, where the two rules above find the subject the parser read into it
    (`Voters heading to the polls said …`, `Polling figures show …`); None otherwise."""
    if verb.tag_ not in FINITE_VERB or any(
        c.dep_ in SUBJECT_OR_EXPL for c in verb.children
    ):
        return None
    return next((c for c in verb.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
