"""The keys that tell which names are one person: given name and surname, folded.

Kept apart from :mod:`quotes.speakers` (which reads the parse) so that what works on
names alone (the corpus-wide merge of :mod:`quotes.people`) needs no spaCy: a run whose
workers parse does not load it in the main process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nameparser.config import CONSTANTS as NAME_CONSTANTS

from quotes.language import table, word_list, word_map

#: The possessive ending `'s` as the tokenizer splits it off (`the Herald's`, `Spain's Ana
#: Ruiz`), without the lone apostrophe, which is also a quote mark.
POSSESSIVE_S = word_list("possessive-endings")
#: Every possessive ending as the tokenizer splits it off: `'s` (`the Herald's`) and a lone
#: apostrophe after an s (`Reuters' Ana Ruiz`).
POSSESSIVE_ENDINGS = POSSESSIVE_S | word_list("plural-possessive-endings")
_NOT_PARTICLES = word_list("name-particles-not")
#: Lower-case words inside a name that are neither given name nor title (`van der
#: Berg`, `de la Cruz`, `bin Salman`, `ap Owain`): nameparser's surname prefixes and the
#: language's own list, less English words.
PARTICLES = (
    frozenset(p for p in NAME_CONSTANTS.prefixes if not p.endswith("-"))
    | word_list("name-particles")
) - _NOT_PARTICLES
#: Particles written with an apostrophe for their last letter, glued to the capital of the
#: name after them: `d'Aubigny`, `dell'Orto`.
ELIDED = frozenset(p for p in PARTICLES if p.endswith(("'", "’")))
#: The Gaelic patronymic particles, written capitalised (`Nic`, `Mac`, `Ó`), which open
#: a surname and never a given name.
_GAELIC_HEADS = frozenset(word_map("name-articles")["heads"])
#: Conjunctions between the two surnames of a Catalan or Spanish name (`Ferrer i Puig`).
CONJUNCTIONS = word_list("name-conjunctions")
#: Particles that join a name only tight against a hyphen: `al-Rashid`, `el-Sisi`.
HYPHEN_PARTICLES = frozenset(p[:-1] for p in NAME_CONSTANTS.prefixes if p.endswith("-"))
#: Words after a surname that are not part of its key: `Jr.`, `III` (nameparser's list).
NAME_SUFFIXES = frozenset(NAME_CONSTANTS.suffix_not_acronyms) | {"jr.", "sr."}
#: Family names written before the given name (Vietnamese, Korean, Chinese), folded.
FAMILY_FIRST = word_list("family-names-first")
#: Syllables of Korean, Taiwanese and Hong Kong given names in Latin letters (`ji`,
#: `won`, `ing`), written as hyphened pairs.
SYLLABLES = word_list("given-name-syllables")
#: Syllables of mainland Chinese given names, written as one word (`Haoran`).
_PINYIN = word_list("pinyin-syllables")
#: Syllables of a given name written as words of their own (`Tan Bee Lian`).
_SYLLABLE_WORDS = SYLLABLES | _PINYIN
#: Generation words after a surname of three words or more (`Nogueira Filho`).
_GENERATION_SUFFIXES = word_list("generation-name-suffixes")
#: Words after a father's given name that make a surname of it (`Asanbek uulu`).
PATRONYMIC_SUFFIXES = word_list("patronymic-suffixes")


#: Letters of their own that accent stripping leaves (`ł`, `ø`, `đ`), spelled as the name
#: lists spell them (`l`, `o`, `dj`).
_PLAIN_LETTERS = str.maketrans(dict(table("plain-letters")))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case and accents folded, curly apostrophes made straight: `García` and `Garcia`,
    `NAYAR` and `Nayar` compare equal, and so do `Małgorzata` and `Malgorzata` (rule
    plain-letters: a letter of its own, spelled as the lists spell it). Cached: the name
    rules fold the same words of a document many times over (each given name, each
    word of each name)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(
        _PLAIN_LETTERS
    )


@lru_cache(maxsize=8192)
def name_parts(name: str) -> tuple[str | None, str]:
    """The folded given name and surname key of a name as written: `Maria van der Berg`
    → (`maria`, `berg`), `al-Rashid` → (None, `rashid`), `Martin Luther King Jr.` →
    (`martin`, `king`), `Sebastião Nogueira Filho` → (`sebastiao`, `nogueira`), `Zhou
    Haoran` → (`haoran`, `zhou`) (:func:`family_name_first`), `Kanybek Asanbek uulu` →
    (`kanybek`, `asanbek uulu`), a surname made of a father's name and the word after it
    (`Asanbek uulu` has no given name); a name that opens with a
    particle, or whose first word ends in one (`Magbanua-Dela Cruz`), or that is two
    surnames joined by a conjunction (`Ferrer i Puig`), has no given name."""
    words = [w for w in name.split() if w.strip(".,")]
    while len(words) > 1 and fold(words[-1]).strip(",") in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) > 2 and fold(words[-1]) in _GENERATION_SUFFIXES:
        words = words[:-1]
    if family_name_first(words):
        return fold(words[1]), fold(words[0])
    if _given_before_family_first(words):
        return fold(words[0]), fold(words[1])
    if len(words) > 1 and fold(words[-1]) in PATRONYMIC_SUFFIXES:
        given = fold(words[0]) if len(words) > 2 else None
        return given, f"{fold(words[-2])} {fold(words[-1])}"
    last = fold(words[-1]) if words else ""
    head, _, rest = last.partition("-")
    if rest and head in HYPHEN_PARTICLES | PARTICLES:
        last = rest
    first = words[0] if len(words) > 1 else None
    if first is not None and not _given_like_particle(words) and (
        first.islower()
        or first.lower() in PARTICLES
        or re.split("[-‐‑]", fold(first))[-1] in PARTICLES
        or words[1] in CONJUNCTIONS
    ):
        # `de Vries`; `Magbanua-Dela Cruz`, a surname whose particle ends its first word;
        # `Ferrer i Puig`, two surnames
        first = None
    return (fold(first) if first else None), last


def _given_like_particle(words: list[str]) -> bool:
    """Whether a name of three words or more opens with a capitalised word that is also
    a particle, before two capitalised words that are none: a given name (`Ole Mathis
    Eira`, where `ole` is also the Maa `son of`), not a surname opening a sentence with
    its particle (`Ole Nkoitiko said`, `Van der Berg said`), nor a Gaelic patronymic
    particle, which opens a surname alone (`Nic Giolla Phádraig told the Dáil`)."""
    return (
        len(words) >= 3
        and words[0].istitle()
        and words[0].lower() not in _GAELIC_HEADS
        and all(w[:1].isupper() and fold(w) not in PARTICLES for w in words[1:])
    )


def family_name_first(words: list[str]) -> bool:
    """Whether a name is written family name first, as Chinese and Korean names are, so
    that the first word is the one used alone: a family name of the list, then a given
    name of one or two pinyin syllables in one word (`Zhou Haoran`, `Li Na`), of two
    syllables joined by a hyphen (`Park Hyun-woo`) or of two syllables written as two
    words (`Tan Bee Lian`, whom the press calls `Madam Tan`). Not `Park Avenue` nor `Lee
    Anderson`, whose second word is no such syllables."""
    if len(words) not in (2, 3) or fold(words[0]) not in FAMILY_FIRST:
        return False
    if len(words) == 3:
        return all(_syllable_word(word) for word in words[1:])  # `Tan Bee Lian`
    given = words[1]
    if not given[:1].isupper() or not given[1:].replace("-", "").islower():
        return False
    first, _, second = fold(given).partition("-")
    if second:
        return first in SYLLABLES and second in SYLLABLES
    return first.isalpha() and (
        first in _PINYIN
        or any(first[:k] in _PINYIN and first[k:] in _PINYIN for k in range(1, len(first)))
    )


def _given_before_family_first(words: list[str]) -> bool:
    """Rule given-before-family-name: whether a name is a given name of another language
    before a name written family name first (:func:`family_name_first`), as Malaysian,
    Singaporean and Hong Kong Chinese write an English given name before their own:
    `Marcus Tan Wei Jie` goes by `Tan` (`Mr Tan`), his family name, not by `Jie`. Not a
    name whose first word is itself a family name written first (`Kim Jong Un`)."""
    return (
        len(words) in (3, 4)
        and words[0][:1].isupper()
        and fold(words[0]) not in FAMILY_FIRST
        and family_name_first(words[1:])
    )


def _syllable_word(word: str) -> bool:
    """Whether a word is one syllable of a given name, capitalised (`Bee`, `Lian`)."""
    return word[:1].isupper() and word[1:].islower() and fold(word) in _SYLLABLE_WORDS


#: The generation each mark after a name tells (`sr` → `elder`, `iii` → `third`).
_GENERATION_MARKS = {
    mark: generation for generation, marks in word_map("generation-marks").items() for mark in marks
}


def generation_mark(name: str) -> str | None:
    """The generation the last word of a name of two words or more marks (`Robert Hale
    Sr.` → `elder`, `Hale Jr` → `younger`), else None."""
    words = name.split()
    return _GENERATION_MARKS.get(fold(words[-1]).strip(".,")) if len(words) > 1 else None


def initials(name: str) -> set[str]:
    """A name's initials, with and without the parts of its hyphenated words: `NH` and
    `NHQ` for `Noor Halvorsen-Qadir`."""
    words = name.split()
    parts = [part for word in words for part in re.split("[-‐‑]", word) if part]
    return {"".join(w[0] for w in words).upper(), "".join(p[0] for p in parts).upper()}


#: Full given names → the short forms people go by (`ezekiel` → `zeke`).
_SHORT_FORMS = {
    full: frozenset(short) for full, short in word_map("given-name-short-forms").items()
}


def same_given(a: str, b: str) -> bool:
    """Whether two folded given names can be one person's: equal, one an initial (`k`,
    `j.`) that the other opens with, or one a short form of the other (`zeke` and
    `ezekiel`, `bill` and `william`)."""
    a, b = a.rstrip("."), b.rstrip(".")
    return (
        a == b
        or (len(a) == 1 and b.startswith(a))
        or (len(b) == 1 and a.startswith(b))
        or a in _SHORT_FORMS.get(b, ())
        or b in _SHORT_FORMS.get(a, ())
    )
