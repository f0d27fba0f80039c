"""Rule people-by-rule in the spaCy component: the engine reads the people of a doc as
the library's pipeline finds them, by rule, not the user's entity recogniser's labels.

The resolver takes up a `he` or `she` only for a person it knows, a PERSON entity
(:mod:`quotes.person_index`), and several rules read whether a name is a person's the same
way. The library's pipeline runs no statistical recogniser: its `person_names` step
(:mod:`quotes.names`) marks people by rule. The component read the entities of the
user's pipeline instead, so where the small model missed a name (`"We won," Ana Ruiz
said. She said it was late.`: no entity) or labelled it otherwise (`Mayor Ines Varga`, a
WORK_OF_ART) the second row's `She` had no speaker, where the library gives `Ana Ruiz`
and `Ines Varga`. The engine now reads a copy of the doc whose only entities are the
people those rules find (with the spans they set beside them), so the component, the
library and the CLI find the same people; the user's doc keeps its own `doc.ents` and
`doc.spans`, which the component does not assign.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.names import PersonNames


def people_by_rule(doc: Doc, people: PersonNames) -> Doc:
    """A copy of `doc` (same tokens and annotations, so offsets hold) whose entities are
    the people `people` finds by rule and nothing else, as in the library's doc."""
    copy = doc.copy()
    copy.set_ents([], default="missing")  # no recogniser ran, as `person_names` expects
    return people(copy)
