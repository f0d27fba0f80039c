"""Capitalised words that are capitalised only because a capital is forced where they
stand, at the start of a sentence, a line or a quotation (:func:`capital_forced`).

Steps of :func:`quotes.proper_runs.proper_runs`: a common word that opens a sentence is
no part of the name after it (`Notice Trump …`, a headline's `Derelict Obama`,
:func:`opening_word`), nor is a kind of business a writer sets before a name (`Carmaker
Toyota said …`, rule kind-opening-sentence, :func:`opening_kind`); a given name that is
also a preposition, in title case where no capital is forced, is a name (`Per Aune`,
rule given-read-as-preposition, :func:`given_read_as_preposition`), and so is one that is
also a conjunction (`Nor Hayati`, rule given-read-as-conjunction,
:func:`given_read_as_conjunction`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.genders import is_given_name
from quotes.known_words import CommonWords, Words
from quotes.language import word_list
from quotes.name_keys import PARTICLES
from quotes.name_spans import TITLES
from quotes.normalise import HYPHENS, OPENING_MARKS

#: Given names that are also prepositions (`Per`), which the tagger reads as these.
GIVEN_PREPOSITIONS = word_list("given-names-prepositions")




def _given_read_as(token: Token, given: frozenset[str], pos: str) -> bool:
    """Whether a word of a list of given names that are also another word is in title
    case, tagged as that other word (`pos`), right before a proper noun in title case: the
    shape the given-read-as rules share (`Per Aune`, `Nor Hayati`)."""
    doc = token.doc
    return (
        token.lower_ in given
        and token.is_title
        and token.pos_ == pos
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "PROPN"
        and doc[token.i + 1].is_title
    )


def given_read_as_preposition(token: Token) -> bool:
    """Rule given-read-as-preposition: whether a word is a given name the tagger read as
    the preposition it also is: `Per` in `The council's transport spokesman, Per Aune,
    said …`, in title case right before a proper noun in title case, where no capital is
    forced (:func:`capital_forced`) or where a verb follows that proper noun (`Per Aune
    said …`). A sentence's opening `Per` before a comma (`Per Reuters, the firm …`)
    stays the preposition."""
    doc = token.doc
    if not (_given_read_as(token, GIVEN_PREPOSITIONS, "ADP") and token.i + 2 < len(doc)):
        return False
    return not capital_forced(token) or doc[token.i + 2].pos_ == "VERB"


#: Given names that are also conjunctions (the Malay `Nor`), which the tagger reads as these.
GIVEN_CONJUNCTIONS = word_list("given-names-conjunctions")


def given_read_as_conjunction(token: Token) -> bool:
    """Rule given-read-as-conjunction: whether a word is a given name the tagger read as
    the conjunction it also is (:data:`GIVEN_CONJUNCTIONS`): the Malay `Nor` in `Senator
    Datuk Nor Hayati binti Ismail said …`, whose name then lost its first word, in title
    case right before a proper noun in title case, where no capital is forced. A
    sentence's opening `Nor` (`Nor did the council …`) stays the conjunction."""
    return _given_read_as(token, GIVEN_CONJUNCTIONS, "CCONJ") and not capital_forced(token)


def opening_word(token: Token, common: CommonWords, words: Words) -> bool:
    """Whether a capitalised word is capitalised only because it opens a sentence, a
    line or a quotation, and is no part of the name after it: a common word (`Notice
    Trump …`, `Injecting Clinton's …`, a headline's `Derelict Obama`) that is no given
    name, title or particle, not joined to the next word by a hyphen, and that the text
    never capitalises where no capital is forced (as it does `South` in `in South
    Korea`), nor an acronym in capitals before a word that is not (rule
    acronym-no-opening: `NHS England said`, whose `NHS` the model knows in lower case
    too)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        capital_forced(token)
        and following is not None
        and following.text not in HYPHENS
        and not (len(token.text) > 1 and token.text.isupper() and not following.text.isupper())
        and token.lower_ not in TITLES
        and token.lower_ not in PARTICLES
        and not is_given_name(token.text)
        and token.lower_ in common
        and all(capital_forced(doc[i]) for i in words.at[token.text])
    )


#: Words for a kind of business a writer sets before its name (`Carmaker Toyota`).
KINDS_BEFORE_NAMES = word_list("kinds-before-names")


def opening_kind(token: Token) -> bool:
    """Rule kind-opening-sentence: whether a capitalised word is a kind of business that a
    writer sets before its name (:data:`KINDS_BEFORE_NAMES`) and capitalises only
    because it opens a sentence, a line or a quotation: `Carmaker Toyota said …`,
    `Drugmaker Halvern Pharma said …` name `Toyota`, `Halvern Pharma`."""
    return token.lower_ in KINDS_BEFORE_NAMES and token.is_title and capital_forced(token)


def capital_forced(token: Token) -> bool:
    """Whether a token opens a sentence, a line or a quotation (a capital is forced)."""
    if not token.i or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.text or before.text in OPENING_MARKS or before.text in ("``", "''")


def named_again(token: Token, words: Words) -> bool:
    """Whether the text writes this capitalised word elsewhere on its own, after no
    other capitalised word (`Obama and Clinton` after a headline's `Derelict Obama`):
    the name is one the text uses alone (not so `Korea` in `South Korea`, `North
    Korea`)."""
    doc = token.doc
    return any(
        i != token.i and not (i and doc[i - 1].is_title) for i in words.at[token.text]
    )
