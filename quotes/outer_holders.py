"""Who holds a noun cue that is the object of another verb: the one who acts on it.

`Reyes mocked the mayor's claim to have fixed the roads`: the row a reader wants is
Reyes's (she mocked something, and what she mocked is the mayor's claim), not the mayor's;
PolNeAR gives the claim's words to the one whose verb takes the noun as its object. So a
noun cue with a possessive owner (the `nominal` pattern of :mod:`quotes.matchers`) that
is the direct object of a verb, or the object of a preposition that joins a verb to what
it acts on (`balked at the mayor's proposal`, `rebuked by rivals for his plan`), takes
that verb's active subject or passive agent as its speaker, when that can hold a view: a
name, a noun that is no noun cue itself, or a personal pronoun (not `it`, `nothing`, a
relative `that`; not `Ryan's remarks could fuel the mayor's fear that …`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.cue_subjects import active_subject
from quotes.cue_words import NOMINAL_CUES
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Parts of speech of a verb whose object a noun cue can be.
_VERBS = frozenset({"VERB", "AUX"})
#: Prepositions that join a verb to what it acts on (`balked at`, `doubled down on`).
_OBJECT_PREPOSITIONS = word_list("held-object-prepositions")
#: Pronouns that stand for a person (`she`, `they`), who can hold a view.
_PERSON_PRONOUNS = word_list("person-pronouns")


def outer_holder(noun: Token, owner: Token) -> Token | None:
    """The subject (or passive agent) of the verb whose object the noun cue is, for a
    noun with a possessive owner: `Reyes` in `Reyes mocked the mayor's claim to …`
    (direct object), `officials` in `officials balked at the owner's proposal to …` (a
    preposition's object) and `rivals` in `He was rebuked by rivals for his plan to …`."""
    verb = _governing_verb(noun) if owner.dep_ == "poss" else None
    if verb is None:
        return None
    holder = active_subject(verb) or _agent(verb)
    return holder if holder is not None and _may_hold(holder) else None


def _may_hold(word: Token) -> bool:
    """Whether a subject can be the one acting on a view: a personal pronoun (`she`, not
    `it` or a relative `that`), else a name or a noun that is no noun cue itself (`the
    council`, not `Ryan's remarks`)."""
    if word.pos_ == "PRON":
        return word.lower_ in _PERSON_PRONOUNS
    return word.lemma_.lower() not in NOMINAL_CUES


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly (`mocked the claim`) or through a
    preposition of what it acts on (`balked at the proposal`)."""
    if noun.dep_ == "dobj" and noun.head.pos_ in _VERBS:
        return noun.head
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in _OBJECT_PREPOSITIONS
        and prep.head.pos_ in _VERBS
    ):
        return prep.head
    return None


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb: `rivals` in `was rebuked by rivals`."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
