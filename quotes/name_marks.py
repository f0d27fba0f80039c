"""What the words around a run of capitalised words say of it, read without a parse: an
age given to it, a phrase saying it is one's only name, an indefinite article that makes
it a thing, a regnal number or a hyphened half that the length limit does not count, a
possessive that owns nothing.

Steps of :func:`quotes.names._is_person`, which tells which runs are people: `Ollie
Tremayne, 18,` (rule aged-name) and `Rizky, like many Indonesians, uses one name.` are
people, `a silver Volkswagen Passat` is a thing, `Nana Kofi Owusu Mensah II` and
`María Luisa Ortiz-Bello Sanz` are one person's names of four words the limit counts
(rules regnal-number, hyphen-one-word), and `Macy's said …` is a firm (rule
possessive-firm-name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.ages import age_between_commas, described_age
from quotes.articles import INDEFINITE
from quotes.language import table, word_list
from quotes.mentions import owns_nothing
from quotes.name_keys import NAME_SUFFIXES
from quotes.name_spans import TITLES, inner_hyphen
from quotes.nationalities import is_nation_name
from quotes.role_words import ROLE_NOUNS

#: What a text says of a person known by one name (`uses one name`), as word tuples.
_ONE_NAME = frozenset(table("one-name-phrases"))
#: The most words of such a phrase.
_ONE_NAME_WORDS = max(len(phrase) for phrase in _ONE_NAME)
#: Words before a people's word in `like many Indonesians`: no one-name person.
_PEOPLE_QUANTIFIERS = word_list("nation-quantifiers")
#: The longest phrase set off between commas after a name that is read past.
_SET_OFF = 8
#: Role nouns and titles, the words between an article and a person's name
#: (`an aide Tom Ruiz`): joined once, not for each name.
_ROLES_AND_TITLES = ROLE_NOUNS | TITLES


def aged(run: Span, tokens: list[Token]) -> bool:
    """Whether the text gives a name an age, as it gives a person's and never a body's
    (rule aged-name): set off after it (`Ollie Tremayne, 18, got an A*`, and a name of
    one word the lists do not know, `Letchumi, 46, has plucked tea …`, unless a
    country's; not `…, one of three boards`) or before a name of two words or more
    (`67-year-old Ramdeen Mahto`; one word after an age is a people's word as often:
    `the 24-year-old Dane`). Read from the words, which may be left unparsed."""
    doc = run.doc
    if age_between_commas(doc, run.end) is not None:
        return len(tokens) >= 2 or not is_nation_name(run.text)
    return len(tokens) >= 2 and run.start > 0 and described_age(doc[run.start - 1]) is not None


def one_name(run: Span) -> bool:
    """Whether the text says a one-word name is all the person is called: a phrase of
    :data:`_ONE_NAME` right after it, after a phrase set off between commas (`Rizky, like
    many Indonesians, uses one name.`) or after `, who` and a `like` phrase (`Rizky, who
    uses one name,`, `Rizky, who like many Indonesians uses one name,`); not the people's
    word of that phrase (`Indonesians`, after a word of :data:`_PEOPLE_QUANTIFIERS`).
    Read from the words, which may be left unparsed."""
    doc = run.doc
    if run.start > 0 and doc[run.start - 1].lower_ in _PEOPLE_QUANTIFIERS:
        return False
    at = run.end
    if at < len(doc) and doc[at].text == ",":
        at += 1
        if at < len(doc) and doc[at].lower_ == "who":
            at += 1
            if at + 1 < len(doc) and doc[at].lower_ == "like":
                # `who like many Indonesians uses one name`: past the people's word
                at = next((t.i + 1 for t in doc[at + 1 : at + 4] if t.is_title), at)
        else:
            close = next(
                (t.i for t in doc[at : min(len(doc), at + _SET_OFF)] if t.text == ","), None
            )
            at = at if close is None else close + 1
    return _one_name_phrase(doc, at)


def _one_name_phrase(doc: Doc, at: int) -> bool:
    """Whether a phrase of :data:`_ONE_NAME` opens at token `at`."""
    words = tuple(t.lower_ for t in doc[at : min(len(doc), at + _ONE_NAME_WORDS)])
    return any(words[: len(phrase)] == phrase for phrase in _ONE_NAME)


def one_name_described(doc: Doc, end: int) -> bool:
    """Rule one-name-in-description: whether a description set off after a name that
    ends before token `end` says, in its own `who` clause, that the name is all the
    person is called: `Rusdi, a fisherman from the lake shore who uses one name, says …`
    (a description too long for :func:`one_name`'s set-off phrase)."""
    # Shape: Name, a <role> [of/from …] who uses one name, <verb>
    if end >= len(doc) or doc[end].text != ",":
        return False
    for token in doc[end + 1 : min(len(doc), end + 1 + _DESCRIPTION_WORDS)]:
        if token.text in (",", ".", ";") or token.is_quote:
            return False
        if token.lower_ == "who":
            return _one_name_phrase(doc, token.i + 1)
    return False


#: The most words of a description set off after a name that is read for a `who` clause.
_DESCRIPTION_WORDS = 16


def indefinite(run: Span) -> bool:
    """Whether `a` or `an` opens a name's phrase, right before it or before one lower-case
    word that is no role (`a Volkswagen Passat`, `a silver Volkswagen Passat`; not `an
    aide Tom Ruiz`): a make or a kind of thing, as a person's name never has."""
    doc, i = run.doc, run.start - 1
    if i >= 0 and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in _ROLES_AND_TITLES:
        i -= 1
    return i >= 0 and doc[i].lower_ in INDEFINITE


def regnal(token: Token) -> bool:
    """Rule regnal-number: a number in capitals after a name (`II`, `III`) says which
    bearer of it one is, and is no word of the name the length limit counts, so a chief's
    four names and his number are one person's (`Nana Kofi Owusu Mensah II`)."""
    return token.is_upper and len(token) > 1 and token.lower_ in NAME_SUFFIXES


def second_half(token: Token) -> bool:
    """Rule hyphen-one-word: whether a word is the second half of a double-barrelled
    name, a hyphen tight between it and the first (`Villalobos` of `Pérez-Villalobos`):
    the two halves are one word of the name the length limit counts, so two given names
    and a double surname of which one half is hyphened are a person's
    (`María Luisa Ortiz-Bello Sanz`)."""
    return token.i > 1 and inner_hyphen(token.doc[token.i - 1])


def firm_possessive(run: Span) -> bool:
    """Rule possessive-firm-name: whether a name is written with a possessive mark that
    owns nothing (:func:`~quotes.mentions.owns_nothing`: `Macy's said …`): a firm named
    for its founder, no person."""
    doc = run.doc
    return run.end < len(doc) and run.start <= doc[run.end].head.i < run.end and owns_nothing(
        doc[run.end]
    )
