"""Rule feeling: a feeling about something, after a copula, is its holder's stance on it.

`The mayor was pleased with the vote`, `Farmers are alarmed at the rise in fuel prices`,
`Neither man was impressed by the budget`: the one who feels (the subject of `be`,
`remain` or `become`, copula-verbs.txt, or of the participle the parser read as a
passive) holds a stance on what the preposition names, as PolNeAR counts it. The `by`
of such a participle gives the cause, no agent; a feeling in what a cue verb reports
(`say they would be satisfied with …`) is part of that statement, no row of its own.
What a feeling is about comes before any clause the parser hangs on it (`Drivers
Shocked By These Words They Turn Around`).
The words are data: feeling-cues.txt (the feelings, with their class) and
feeling-prepositions.txt (what introduces what they are about).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_words import cue_lemmas
from quotes.language import word_classes, word_list
from quotes.mentions import NOMINAL
from quotes.prep_objects import first_prep_object
from quotes.stance_holders import copula_subject

#: Adjectives and participles of a feeling about something (`pleased`, `alarmed`).
FEELING_CUES = frozenset(word_classes("feeling-cues"))
#: Prepositions that say what a feeling is about (`with`, `by`, `at`).
_FEELING_PREPS = word_list("feeling-prepositions")
#: The verbs that report (`say`, `think`), whose clause a feeling may be part of.
_CUE_LEMMAS = cue_lemmas()
#: Subjects of `be` that stand for a clause, no one who feels (`it`, `this`).
_PLACEHOLDER_SUBJECTS = word_list("placeholder-subjects")


# `The mayor was pleased with the vote` (an adjective after a copula), `Neither man was
# impressed by the budget` (a participle the parser read as a passive)
def feeling_holder(word: Token) -> Token | None:
    """The one who feels a feeling word that says what it is about (:func:`feeling_object`):
    the subject of its copula, or the passive subject of the participle, or that of the
    feeling it is joined to (:func:`_joined_holder`), or the one a participle set beside
    a clause or a noun describes (:func:`_described_holder`); None for any other use of
    the word (`this is disappointing`) or one inside what a cue reports."""
    if word.lower_ not in FEELING_CUES or not feeling_object(word):
        return None
    found = _predicate_holder(word) or _joined_holder(word) or _described_holder(word)
    if found is None or reported_by_a_cue(found[0]):
        return None
    holder = found[1]
    if holder.pos_ not in NOMINAL or holder.lower_ in _PLACEHOLDER_SUBJECTS:
        return None
    return holder


def _predicate_holder(word: Token) -> tuple[Token, Token] | None:
    """The clause of a feeling said of a subject and that subject: `The mayor was pleased
    with …`, `Voters remain angry at …` (the subject of a copula, as the stance rules read
    it: :func:`~quotes.stance_holders.copula_subject`), `Neither man was impressed by …`
    (a passive subject)."""
    subject = copula_subject(word, "acomp")
    if subject is not None:
        return word.head, subject
    if word.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in word.children):
        return None
    subject = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    return None if subject is None else (word, subject)


# `Many members were surprised and dismayed at the loss`
def _joined_holder(word: Token) -> tuple[Token, Token] | None:
    """Rule feeling-conjunct: a feeling joined by `and` or `or` to one said of a subject
    is felt by that subject: the first feeling's clause and subject."""
    if word.dep_ != "conj" or word.head.lower_ not in FEELING_CUES:
        return None
    return _predicate_holder(word.head)


# `Alarmed by the unrest, Senator Reid called the police`, `…, leaving voters,
# disappointed in the choices, at home`
def _described_holder(word: Token) -> tuple[Token, Token] | None:
    """Rule feeling-participle: a participle of feeling set before a clause is felt by
    the clause's subject, one set after a noun by what the noun names."""
    if word.tag_ != "VBN":
        return None
    if word.dep_ == "advcl" and word.i < word.head.i:
        subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        return None if subject is None else (word.head, subject)
    if word.dep_ == "acl" and word.head.pos_ in NOMINAL:
        return word, word.head
    return None


def feeling_object(word: Token) -> list[Token]:
    """What a feeling word is about: the object of its first preposition of
    feeling-prepositions.txt after it (`pleased with the vote` gives `the vote`;
    :func:`~quotes.prep_objects.first_prep_object`), or nothing for a word that is no
    feeling cue."""
    if word.lower_ not in FEELING_CUES:
        return []
    return first_prep_object(word, _FEELING_PREPS)


# `Most voters say they would be satisfied with either candidate`, `She posted a message
# about why no one should be surprised by it`: the feeling is part of what `say` or
# `posted` reports, one statement, not one inside another
def reported_by_a_cue(clause: Token) -> bool:
    """Whether the clause of a feeling hangs, however deep, on a cue verb, whose
    statement it is part of (PolNeAR never nests one statement in another)."""
    return any(head.lemma_.lower() in _CUE_LEMMAS for head in clause.ancestors)
