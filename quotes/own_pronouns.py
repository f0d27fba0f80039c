"""Rule own-pronoun-gender: the gender a sentence's own pronouns give the name it opens
with, over the gender the long name counts give its given name.

`Nino Beridze, 34, lost her job in March.`: `Nino` is a man's name in the US counts and a
woman's in Georgia, and the text says which with `her`. Only a possessive or a reflexive
counts (`her job`, `herself`), after a subject name and before any other person or
gendered noun: an object pronoun is most often someone else (`Nino Beridze thanked
him`); else a `He` or `She` opening the next sentence, when the name's sentence names
no one else (rule next-sentence-pronoun).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.deps import SUBJECT
from quotes.genders import gender_of_given, gendered_nouns, pronoun_gender
from quotes.language import word_list

#: Pronouns that stand for their clause's subject whatever else it names.
_REFLEXIVES = word_list("person-reflexives")
#: Subject pronouns of one person, which open a sentence about a name just given.
_PERSON_SUBJECTS = word_list("person-subject-pronouns")
#: Tokens that close the stretch a subject's own pronoun is looked for in.
_STOPS = frozenset({'"', "“", "”", ";", ":"})


def own_pronoun_gender(ent: Span) -> str | None:
    """``m`` or ``f`` for the first possessive or reflexive pronoun after a subject name
    in its sentence (`Nino Beridze, 34, lost her job`), when no other person, gendered
    noun or quotation comes between; None otherwise."""
    if ent.root.dep_ not in SUBJECT:
        return None
    doc = ent.doc
    nouns = gendered_nouns()
    for token in doc[ent.end : ent.sent.end]:
        if token.text in _STOPS or token.lower_ in nouns:
            return None
        if token.ent_type_ == "PERSON":
            return None
        gender = pronoun_gender(token.text)
        if gender is None:
            continue
        if (token.dep_ != "poss" and token.lower_ not in _REFLEXIVES) or _reported(token, ent):
            return None
        if _others_kin(token):
            return None
        return gender
    return _next_sentence_pronoun(ent)


#: Dependencies of a noun that says what the name's person is: a copula's predicate
#: (`who was her deputy`) or an apposition (`Tom Hale, her son,`).
_PREDICATE_DEPS = frozenset({"attr", "appos"})


def _others_kin(pronoun: Token) -> bool:
    """Rule possessive-on-predicate: whether a possessive stands on the noun that says
    what the name's person is, a copula's predicate or an apposition: `Alun Pryce, who was
    her deputy for 11 years,` and `Tom Hale, her son,` tell of another person (no one is
    their own deputy), so the pronoun gives the name no gender."""
    # `"…," said Alun Pryce, who was her deputy for 11 years.`
    return pronoun.dep_ == "poss" and pronoun.head.dep_ in _PREDICATE_DEPS


def _reported(pronoun: Token, ent: Span) -> bool:
    """Rule own-clause-only: whether a pronoun stands in a clause the name's verb reports
    (`Sheriff Lorna Duguid said the Crown had not proved that the standard of his driving
    fell …`): the report's `his` is the one it speaks of, not the speaker."""
    verb = ent.root.head
    for ancestor in pronoun.ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "ccomp":
            return True
    return False


def _next_sentence_pronoun(ent: Span) -> str | None:
    """Rule next-sentence-pronoun: the gender of a `he` or `she` that opens the sentence
    after one whose subject is the name and which names no other person, nor any word
    a given name may be (`Nino Kiknadze,
    a historian, does not dwell on the legend.` ¶ `She is more interested in who paid
    for the water.`); None otherwise."""
    doc = ent.doc
    sentence = ent.sent
    if sentence.end >= len(doc):
        return None
    if any(
        (t.ent_type_ == "PERSON" or (t.is_title and gender_of_given(t.text) is not None))
        and not ent.start <= t.i < ent.end
        for t in sentence
    ):
        return None  # `… for Seán Ó Máille, 81.` ¶ `He is described as …` is Seán
    first = next((t for t in doc[sentence.end :] if not (t.is_space or t.is_punct)), None)
    if first is None or first.dep_ != "nsubj" or not first.is_title:
        return None
    if first.lower_ not in _PERSON_SUBJECTS:
        return None
    return pronoun_gender(first.text)
