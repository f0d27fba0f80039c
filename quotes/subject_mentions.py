"""Which person's names are who their sentence is about: a step of
:class:`quotes.person_index.PersonIndex` (split out of :mod:`quotes.person_index`), whose
subjects a `he` or `she` after them looks to first.

A name that is a clause's subject counts (`Ana Ruiz said …`), not the subject of an
absolute clause after `with` (:func:`_absolute_subject`: `with Ferreira left out`), and a
name set off after the description that is the subject counts apart
(:func:`set_off_subject`: `the interpreter, Deniz Aksoy, stopped …`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import SUBJECT
from quotes.language import word_list

#: Prepositions that open an absolute clause with a subject of its own (`with X left out`).
_ABSOLUTE_OPENERS = word_list("absolute-openers")


def _absolute_subject(root: Token) -> bool:
    """Whether a subject is that of an absolute clause after `with` or `without`, a
    circumstance of its sentence and not who the sentence is about: `The coach picked
    Baird, with Ferreira left out injured. Here is what he said.` is the coach. Shapes:
    `with` ← pcomp `left` ← nsubj `Ferreira`, or `ruled` → mark `with`, nsubj `Ferreira`."""
    clause = root.head
    opener = (
        clause.head
        if clause.dep_ == "pcomp"
        else next((c for c in clause.lefts if c.dep_ == "mark"), None)
    )
    return (
        opener is not None
        and opener.lower_ in _ABSOLUTE_OPENERS
        and opener.i < root.i < clause.i
    )


def set_off_subject(root: Token) -> bool:
    """Whether a name is set off after the description that is a main clause's subject
    (`the interpreter, Deniz Aksoy, stopped and asked …`; not `whose mother, Joan,
    waited …`)."""
    return (
        root.dep_ == "appos"
        and root.head.i < root.i
        and root.head.dep_ in SUBJECT
        and root.head.head.dep_ == "ROOT"
    )


def is_subject(root: Token) -> bool:
    """Whether a name (its root) is the subject of its clause, not that of an absolute
    clause (:func:`_absolute_subject`)."""
    return root.dep_ in SUBJECT and not _absolute_subject(root)
