"""Rule stance-adjective: the subject of `be` that an adjective says is for, against,
open or guarded about something holds a stance on it.

`The senator was vocal about the levy`, `Members are divided on the merger`, `She is
mistrustful of the board`: the adjective says where the subject stands on what its
`about`, `on` or `of` phrase names, and PolNeAR attributes that stance to the subject.
The words are data (stance-adjectives.txt, stance-adjective-prepositions.txt); without
such a phrase the adjective reports nothing (`The vote was divided`). As for a feeling
(:mod:`quotes.feelings`), an adjective inside what a cue verb reports is part of that
statement, no row of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.feelings import reported_by_a_cue
from quotes.language import word_classes, word_list
from quotes.prep_objects import first_prep_object
from quotes.stance_holders import copula_subject

#: Adjectives of a stance on a topic (`vocal`, `divided`, `mistrustful`).
STANCE_ADJECTIVES = frozenset(word_classes("stance-adjectives"))
#: Prepositions that name what the stance is on (`about`, `on`, `of`).
_STANCE_PREPS = word_list("stance-adjective-prepositions")


# `The senator was vocal about the levy`, `Members remain divided on the merger`
def stance_adjective_holder(word: Token) -> Token | None:
    """The subject a stance adjective is said of, when the adjective is the complement
    of `be`, `remain` or `become` and has a phrase naming what the stance is on
    (:func:`stance_topic`); None for any other use (`the vote was divided`) or one
    inside what a cue reports (`says members are divided on it`)."""
    if not stance_topic(word) or reported_by_a_cue(word.head):
        return None
    return copula_subject(word, "acomp")


def stance_topic(word: Token) -> list[Token]:
    """What a stance adjective is about: the object of its first `about`, `on` or `of`
    after it (`divided on the merger` gives `the merger`), or nothing for a word that is
    no stance adjective or whose preposition is stranded after its relative word (`the
    one thing that she is vocal about`: the clause describes the thing)."""
    if word.lower_ not in STANCE_ADJECTIVES:
        return []
    return first_prep_object(word, _STANCE_PREPS)
