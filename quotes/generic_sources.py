"""Rule generic-source: a source that is any one of a kind, with its cue in the present:
`Every government promises "joined-up thinking"`, `Each new coach says the squad is
better than the table shows`, `Any parent will tell you that the first year is the
hardest`. The writer's generic claim about a kind of people, no statement anyone made
(a fact-checker has no one to ask). A past cue tells of a time and the people in it
(`Each minister said the plan was sound`), a row; so is `each of the …`, where the parse
makes `each` the source itself. A rule of the default scope
(:func:`quotes.scope.dropped_by`); `--scope all` keeps the rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list
from quotes.verb_forms import PRESENT_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Determiners that make a noun any one of its kind (`every`, `each`, `any`).
_GENERIC = word_list("generic-determiners")


def generic_source(speaker: Span, cue: Token | None) -> bool:
    """Whether the source is a noun under a determiner of :data:`_GENERIC` and the cue is
    in the simple present or after `will`, with no negation."""
    # `Every government promises "joined-up thinking" and then builds three departments.`
    if cue is None or not _generic_tense(cue):
        return False
    head = speaker.root
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in _GENERIC for c in head.children
    )


def _generic_tense(cue: Token) -> bool:
    """Whether the cue is in the simple present (`says`) or after `will` (`will tell
    you`), and not negated."""
    aux = [c for c in cue.children if c.dep_ in ("aux", "neg")]
    if any(c.dep_ == "neg" for c in aux):
        return False
    if cue.tag_ in PRESENT_TAGS:
        return not aux
    return cue.tag_ == "VB" and [c.lower_ for c in aux] == ["will"]
