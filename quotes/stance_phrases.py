"""Rule stance-phrase: `in favour of`, `in support of`, `in opposition to` set on a verb
say that the verb's subject took a side on what the phrase names.

`The council voted in favour of the levy`, `She spoke out in support of the strikers`,
`The base has long stood in opposition to the deal`: PolNeAR attributes the side taken
to the subject of the verb the phrase hangs on, on the object of its last preposition.
The phrases are data (stance-phrases.txt); one on a noun (`the odds in favour of a
recount`) or inside what a cue verb reports (`said the council voted in favour of it`) is
no row of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.feelings import reported_by_a_cue
from quotes.language import table
from quotes.prep_objects import first_prep_object

#: The noun of each phrase and the preposition after it: `favour` -> `of`.
_PHRASES = {noun: prep for noun, prep in table("stance-phrases")}
#: The nouns of the phrases, as the matcher looks them up.
STANCE_PHRASE_NOUNS = frozenset(_PHRASES)
#: Words before the noun that make it someone's or a kind (`in his support of`).
_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound"})


# `The council voted in favour of the levy`
def stance_phrase_verb(noun: Token) -> Token | None:
    """The verb a stance phrase hangs on, whose subject took the side: the head of `in`
    when the bare noun is its object and the phrase has its preposition with an object;
    None for any other use of the noun or one inside what a cue verb reports."""
    place = noun.head
    verb = place.head
    if (
        noun.dep_ != "pobj"
        or place.lower_ != "in"
        or place.dep_ != "prep"
        or verb.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in _NOUN_MODIFIERS for c in noun.children)
        or not _phrase_object(noun)
        or reported_by_a_cue(verb)
    ):
        return None
    return verb


def stance_phrase_object(noun: Token) -> list[Token]:
    """What a stance phrase on a verb (:func:`stance_phrase_verb`) takes a side on: the
    object of the preposition its noun takes (`in favour of the levy` gives `the levy`),
    or nothing for the noun in any other use (`the union's opposition to the plan` is the
    noun cue's, :func:`~quotes.cue_objects.noun_topic`)."""
    return [] if stance_phrase_verb(noun) is None else _phrase_object(noun)


def _phrase_object(noun: Token) -> list[Token]:
    """The object of the preposition a phrase's noun takes (`favour of the levy`)."""
    prep = _PHRASES.get(noun.lower_)
    return [] if prep is None else first_prep_object(noun, (prep,))
