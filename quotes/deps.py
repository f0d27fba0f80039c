"""Named sets of dependency labels (spaCy's English parser, ClearNLP labels) that rules in
many modules test: a verb's subject in its kinds, and the marks of a passive verb.

One place for them, so a rule says which of them it means (`c.dep_ in SUBJECT`) instead of
writing the labels out again, and a reader sees at once where two rules mean the same
relations and where one means more. A rule whose set differs on purpose names its own.

Imports nothing: the default scope's rules (:mod:`quotes.not_said`), which the commands
import at start-up, read them too.
"""

from __future__ import annotations

SUBJECT = frozenset({"nsubj", "nsubjpass"})
"""A verb's noun subject, active (`Ruiz` in `Ruiz said …`) or passive (`the plan` in `the
plan was approved`): the person or thing the clause is about, the one a rule reads as a
speaker, a holder or the thing spoken of."""

SUBJECT_OR_EXPL = SUBJECT | {"expl"}
"""A noun subject or an empty `there`/`it` in its place (`there is no plan`, `it is said
that …`): whether a clause has a subject of its own at all, when what the subject is does
not matter."""

SUBJECT_OR_CSUBJ = SUBJECT | {"csubj"}
"""A noun subject or a clause as subject (`What she said surprised them`): the subject
that is a person, a thing or a fact, never the empty `there`/`it`."""

ANY_SUBJECT = SUBJECT | {"csubj", "expl"}
"""Every kind of subject a verb can have: noun, passive, clausal and empty. A verb with
none of them is one the parser left without a subject (a participle, an imperative, or a
subject it hung elsewhere, which repairs look for)."""

SUBJECT_OR_AUX = SUBJECT | {"aux", "auxpass"}
"""A noun subject or an auxiliary: a participle with either is a verb group's head (`had
backed`, `the permit covered`), not an adjective or a bare participle."""

PASSIVE_MARK = frozenset({"nsubjpass", "auxpass"})
"""The children that mark a verb as passive: its passive subject or its passive auxiliary
(`was` in `the notice was put up`)."""
