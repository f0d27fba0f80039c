"""Whether a verb is finite, read from its tag and its auxiliaries: shared by the cues that
count only with a clause (:func:`quotes.cue_words.governs_clause`) and by the default
scope's test of what a statement asserts (:mod:`quotes.scope`). Imports no spaCy, so the
commands that need no model stay light."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Tags of a finite verb or auxiliary: a clause that asserts something (`would stop`,
#: `is inflated`, `have lost`), not an infinitive or participle (`to comment`, `taking`).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of a verb in the simple present (`says`, `promise`), as a habit, a generic claim or
#: a review's telling of a plot is written.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def is_finite(verb: Token) -> bool:
    """Whether a verb is tensed itself or through an auxiliary of its own: `lost`, `has
    lost`, `would stop`, `was moved` (not `to stop`, `taking`)."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )
