"""The noun a relative `who` or `which` speaker stands for (a step of
:meth:`quotes.speakers.SpeakerResolver.resolve`): the noun its clause hangs on, except
where the parse hung the clause on a word after the person, a place after the name
(`Dilys Ortega in Wellow Cross, who writes …`), a word of the description set off after
it (rule who-past-the-apposition) or the date that ends the sentence before (rule
which-past-the-date). Split out of :mod:`quotes.speakers`, which decides what kind of
mention a speaker is; these read only the parse around the relative clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import SUBJECT
from quotes.language import word_list


def person_of_place(who: Token, noun: Token) -> Token:
    """The person a `who` stands for when the parse hung its clause on the place after
    the person's name: `Haruka Nishimoto, 34, of Saitama, who told reporters …`, `Dilys
    Ortega in Wellow Cross, who writes …` (the name before `of`/`in`, when the tagger
    took it for a person's and the place for none); the subject a `which` stands for
    when its clause hangs on a date (:func:`_subject_past_the_date`); else the noun it
    was hung on."""
    if who.lower_ != "who" and (subject := _subject_past_the_date(noun)) is not None:
        return subject
    prep = noun.head
    if (
        who.lower_ == "who"
        and noun.dep_ == "pobj"
        and noun.ent_type_ != "PERSON"
        and prep.dep_ == "prep"
        and prep.head.ent_type_ == "PERSON"
        and prep.head.i < prep.i
    ):
        return prep.head
    if who.lower_ == "who" and noun.ent_type_ != "PERSON":
        return _name_described(noun) or noun
    return noun


#: Words of a date or a time that a `which` clause may hang on: months, days, `week`.
_TIME_WORDS = word_list("months") | word_list("day-words") | word_list("time-nouns")


def _subject_past_the_date(noun: Token) -> Token | None:
    """Rule which-past-the-date: the subject a `which` stands for when the parse hung its
    clause on the date that ends the sentence before it, `The report was published in
    May, which suggested the contracts had cost twice the estimate` (on `May`): a month
    or a day says nothing, so the clause is about the verb's subject, `The report`;
    None when the noun is no date after a preposition of a verb with a noun subject."""
    if (
        noun.lower_ not in _TIME_WORDS
        or noun.ent_type_ == "PERSON"  # `Theresa May`
        or noun.dep_ != "pobj"
        or noun.head.dep_ != "prep"
    ):
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in SUBJECT and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _name_described(noun: Token) -> Token | None:
    """Rule who-past-the-apposition: the name a `who` stands for when the parse hung its
    clause on a word of the description set off after the name: `Claudia Roth, minister
    for the territory, who drew up the law:` (on `territory`), `Mattia Foletti, Lega dei
    Ticinesi, who led the no campaign:` (on the party); the name the apposition
    describes, when it is a proper noun; None when the noun is in no apposition."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # `territory` → `minister`
    if noun.dep_ != "appos" or noun.head.pos_ != "PROPN":
        return None
    return noun.head
