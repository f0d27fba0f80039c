"""The gender a name, a title or a pronoun tells, for `he` and `she` to find their person.

From honorifics (`Mrs.`), gendered role nouns (`spokeswoman`) and given names (a hand
list, then the US Social Security counts, then the names of other countries they lack):
a pronoun never resolves to a person whose known gender clashes with it, and `Anna
Weiss` and `Peter Weiss` stay two people.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quotes.language import table, word_list, word_map
from quotes.name_keys import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

MALE_PRONOUNS = frozenset(word_map("pronouns")["male"])
FEMALE_PRONOUNS = frozenset(word_map("pronouns")["female"])
#: The pronouns of a man or a woman (`he`, `her`), which stand for a person named before.
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS


def pronoun_gender(word: str) -> str | None:
    """The gender a third-person pronoun tells (`he`, `his`: `m`; `she`, `her`: `f`), or
    None for any other word."""
    lower = word.lower()
    if lower in MALE_PRONOUNS:
        return "m"
    return "f" if lower in FEMALE_PRONOUNS else None
RELATIVE_PRONOUNS = frozenset(word_map("pronouns")["relative"])
PLURAL_PRONOUNS = frozenset(word_map("pronouns")["plural"])
_MALE_TITLES = frozenset(word_map("gendered-titles")["m"])
_FEMALE_TITLES = frozenset(word_map("gendered-titles")["f"])
#: Nouns for people that tell a gender but come before no name (`son`, `widow`).
_MALE_NOUNS = _MALE_TITLES | frozenset(word_map("gendered-nouns")["m"])
_FEMALE_NOUNS = _FEMALE_TITLES | frozenset(word_map("gendered-nouns")["f"])
#: First parts of compound given names that tell the compound's gender (`jean` → `m`).
_COMPOUND_HEADS = {
    part: gender for gender, parts in word_map("compound-given-heads").items() for part in parts
}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common given names and their usual gender (``m``/``f``), from the lexicon file."""
    names: dict[str, str] = {}
    for gender, *given in table("given-names"):
        names.update({n.lower(): gender for n in given})
    return names


@lru_cache(maxsize=1)
def _given_genders() -> dict[str, str]:
    """Given names and gender from the SSA counts and the names of other countries they
    lack (given-names-world.txt), the hand list winning where both do; a people's
    adjective the counts hold is none (:func:`_peoples_adjectives`)."""
    adjectives = _peoples_adjectives()
    names = {
        name: gender
        for name, gender in (*table("given-names-world"), *table("given-names-ssa"))
        if name not in adjectives
    }
    names.update(first_names())
    return names


def _peoples_adjectives() -> frozenset[str]:
    """Rule people-adjective-no-given-name: the adjective of each people (the first
    word in lower case on each row of nationalities.txt: `irish`, `danish`, `kenyan`),
    which the long counts list as a given name a few bear, but which, opening a run of
    capitalised words, names a body or a thing (`Irish Rail said`, `Danish Crown`),
    never a woman called Irish."""
    rows = (row for row in table("nationalities") if any(w.islower() for w in row))
    return frozenset(next(word for word in row if word.islower()) for row in rows)


#: The hyphens that join a compound given name's parts (`Jean-Pierre`).
_COMPOUND_JOINS = re.compile("[-‐‑]")


@lru_cache(maxsize=8192)
def gender_of_given(word: str) -> str | None:
    """``m`` or ``f`` for a given name most people bearing it share, else None; a
    compound (`Jean-Pierre`, `Anne-Marie`) by a first part that tells a compound's
    gender (`Jean-Baptiste`, :data:`_COMPOUND_HEADS`), else its last part, else its
    first. Cached: the name rules ask about each word of each name of a document, and
    a document names its people many times."""
    table = _given_genders()
    word = fold(word)
    if word in table:
        return table[word]
    parts = [part for part in _COMPOUND_JOINS.split(word) if part]
    if len(parts) > 1:
        return _COMPOUND_HEADS.get(parts[0]) or table.get(parts[-1]) or table.get(parts[0])
    return None


def us_counts_only(word: str) -> bool:
    """Whether a given name's gender comes from the US counts alone (given-names-ssa.txt,
    not the hand list): a gender that may be another culture's (`Nino`, a man's name in
    the US, a woman's in Georgia), unlike one the names of many countries agree on
    (given-names-world.txt, `Algirdas`)."""
    folded = fold(word)
    return folded in _ssa_genders() and not listed_by_hand(word)


@lru_cache(maxsize=1)
def _ssa_genders() -> dict[str, str]:
    """Given names and gender from the SSA counts alone."""
    return dict(table("given-names-ssa"))


def listed_by_hand(word: str) -> bool:
    """Whether a given name is on the hand list (given-names.txt), whose genders are sure;
    the long counts' genders (`Nino`: a man's in the US, a woman's in Georgia) may be
    another culture's, and so may the hand list's for a name both sexes bear (`Sam`,
    `Chris`: :data:`_BOTH_SEXES`), which are not sure either."""
    folded = fold(word)
    return folded in first_names() and folded not in _BOTH_SEXES


#: Given names both sexes bear that the hand list gives one (`sam`, `chris`, `jamie`).
_BOTH_SEXES = word_list("given-names-both-sexes")


@lru_cache(maxsize=1)
def _either_names() -> frozenset[str]:
    """Given names that tell no gender (`billie`, `dorian`), from the SSA counts."""
    return word_list("given-names-either")


def is_given_name(word: str) -> bool:
    """Whether a word is a known given name, whether or not it tells a gender: one of
    :func:`gender_of_given` or of the names both sexes are given (`Billie`, `Dorian`)."""
    return gender_of_given(word) is not None or fold(word) in _either_names()


def gender_of(given: str | None, before: list[str]) -> str | None:
    """Gender from an honorific (`Mrs.`) or the given name, when the text gives one; an
    office's gendered word yields to the given name (:func:`_office_word_yields`)."""
    named = gender_of_given(given) if given else None
    if any(t in _MALE_TITLES for t in before):
        titled = "m"
    elif any(t in _FEMALE_TITLES for t in before):
        titled = "f"
    else:
        return named
    if named is not None and named != titled and _office_word_yields(before):
        return named
    return titled


def _office_word_yields(before: list[str]) -> bool:
    """office-word-gender: whether the gendered words before a name are all office words
    the press writes for whoever holds the office (unmarked-offices.txt), so that a given
    name of the other gender decides; `Mrs` or `Ratu` always tells the gender.
    Shape: office word, given name: `committee chairman Pauline Ashby-Kerr said …`, then
    `Mrs Ashby-Kerr said …` is the same woman."""
    gendered = [t for t in before if t in _MALE_TITLES or t in _FEMALE_TITLES]
    return all(t in _UNMARKED_OFFICES for t in gendered)


#: Office words with a gender in them that the press writes for anyone (`chairman`).
_UNMARKED_OFFICES = word_list("unmarked-offices")


def gendered_nouns() -> frozenset[str]:
    """Every noun for a person that tells a gender (`spokeswoman`, `son`, `Mrs.`)."""
    return _MALE_NOUNS | _FEMALE_NOUNS


def noun_gender(word: str) -> str | None:
    """``m`` or ``f`` for a noun for a person that tells a gender (`husband`, `niece`),
    in lower case; else None."""
    if word in _MALE_NOUNS:
        return "m"
    return "f" if word in _FEMALE_NOUNS else None


def unnamed_gender(mention: Span) -> str | None:
    """``m`` or ``f`` for a speaker headed by a noun that tells it (`a spokesman`, `Her
    father`, `Her son`, from the gendered titles and nouns), else None, as for one
    joined to others by `and` (`His wife and son said`), who speak as a group."""
    head = mention.root
    if head.pos_ != "NOUN" or any(c.dep_ == "conj" for c in head.children):
        # `His wife and two daughters said`: a group, whom no `she` stands for
        return None
    if head.lower_ in _MALE_NOUNS:
        return "m"
    return "f" if head.lower_ in _FEMALE_NOUNS else None
