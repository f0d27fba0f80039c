"""Words inside a person's name that neither a capital nor a particle marks as a name's.

The name finder (:mod:`quotes.proper_runs`) joins capitalised proper nouns and the
particles between them. Some names also hold words that the tokenizer splits or the
tagger reads as something else, each written so in its own language:

- a particle's article with an apostrophe for its first letter: `Anneke van 't Hoff`
  (the tokenizer gives `'` and `t`);
- an apostrophe that is a letter at the end of a name word, the Luo `ng'` of Kenyan
  names: `Achieng' Otieno` (the tokenizer gives `Achieng` and `'`);
- the full stop of an abbreviated given name: `Ma. Luisa Reyes`;
- the conjunction between a Catalan or Spanish name's two surnames, and the second when
  the tagger reads it as a common noun: `Núria Ferrer i Puig`, `José Ortega y Gasset`;
- an initial after another that the tagger reads as a common noun: `J. A. Tharanga
  Rathnayake` (`A.`);
- a particle the tagger reads as a verb or a noun, and the surname after it when read as a
  common noun: `Hywel ap Dafydd` (`ap`, son of, no English word); and a second surname
  after that one, read as a common noun, that is no English word: `Joaquim Teixeira dos
  Santos Muteka`;
- the lower-case second syllable of a Korean or Chinese given name: `Hye-jin`, `Ing-wen`;
- the second half of a double-barrelled surname that is also a common English word, which
  the tagger reads as a noun: `Shirin Begum-Winters` (`Winters`);
- a patronymic link written with a slash, which the tokenizer splits in three: the
  Malaysian `a/l` and `a/p`, the Singaporean `s/o` and `d/o` (`Rajendran s/o Krishnan`);
- a lower-case word after a father's given name that makes a surname of it, the Kyrgyz
  `uulu` and `kyzy`: `Kanybek Asanbek uulu`;
- a family name written first, which the tagger may misread where it opens a sentence
  (`Nguyễn Thị Lan said …`, a verb; `Ha Ji-won, the director, said …`, an interjection)
  and which is no capitalised role before a given name (`Ha Jin-young`, `Jin` a given
  name too);
- a surname that is also an English verb, capitalised inside a sentence after two name
  words: `James Otieno Were`.

Read from the words' forms (and, for the last, whether the word is a function word).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Token

from quotes.language import word_list
from quotes.name_keys import (
    CONJUNCTIONS,
    FAMILY_FIRST,
    PARTICLES,
    PATRONYMIC_SUFFIXES,
    SYLLABLES,
    fold,
)
from quotes.normalise import HYPHENS

#: Articles kept after a particle with an apostrophe for their first letter (`'t`).
_ELIDED_ARTICLES = word_list("name-elided-articles")
#: Endings of a name word that an apostrophe after it ends as a letter (`ng'`).
_APOSTROPHE_ENDINGS = tuple(word_list("name-apostrophe-endings"))
#: Apostrophes that stand for an elided letter.
_APOSTROPHES = frozenset({"'", "’", "‘"})
#: The words that open a Balinese name (`I`, `Ni`), as written.
_BALINESE_OPENERS = frozenset(word_list("balinese-name-openers"))
#: The Balinese birth-order names, lower case (`made`, `wayan`).
_BIRTH_ORDER = word_list("balinese-birth-order-names")
#: Patronymic links written with a slash (`a/l`, `s/o`), lower case.
_SLASHED_LINKS = frozenset(w for w in word_list("patronymic-links") if "/" in w)
#: Given names written short with a full stop (`Ma.`, `Md.`, `Wm.`), lower case.
_ABBREVIATED_GIVEN = word_list("given-name-abbreviations")


def inner_name_words(
    doc: Doc, forms: list[str], spaced: list[bool], common: Container[str] = ()
) -> set[int]:
    """The indices of the words of `doc` (whose forms are `forms`; `spaced[i]` says
    whether a space follows word `i`) that belong to a name though no capital or
    particle says so: see the module's list (`common` holds the common English words,
    :class:`~quotes.known_words.CommonWords`). A name with none of these shapes needs
    nothing here."""
    found: set[int] = set()
    # each word's part of speech read from the doc's array once, not a token made for
    # every word of it (the interjection test below is the last of the chain: most words
    # reach it)
    interjection = doc.vocab.strings["INTJ"]
    # the parts of speech of capitalised_verb_in_name, which only a verb can pass: the
    # last test of the chain, which most words reach, makes no token for another word
    verbs = (doc.vocab.strings["AUX"], doc.vocab.strings["VERB"])
    pos = doc.to_array("POS").tolist()
    for i, form in enumerate(forms):
        if form in _APOSTROPHES:
            found.update(_elided_article(forms, spaced, i) or _final_letter(forms, spaced, i))
        elif form == ".":
            found.update(_abbreviated_given(forms, spaced, i))
        elif form.endswith(".") and _abbreviated_given_one_word(forms, spaced, i):
            found.add(i)  # `Md. Rafiqul Islam`, the stop kept on the word
        elif form in HYPHENS:
            found.update(
                _syllable_given(forms, spaced, i) or _common_second_half(doc, forms, spaced, i)
            )
        elif form == "/":
            found.update(_slashed_link(forms, spaced, i))
        elif form in CONJUNCTIONS and _between_names(doc, forms, i):
            found.update((i, i + 1))  # `Ferrer i Puig`
        elif form in PARTICLES and _between_names(doc, forms, i):
            found.update((i, i + 1))  # `Hywel ap Dafydd`
            if _second_surname(doc, forms, spaced, i + 2, common):
                found.add(i + 2)  # `dos Santos Muteka`
        elif _initial(form) and _among_initials(forms, i):
            found.add(i)  # `J. A. Tharanga Rathnayake`
        elif form in PATRONYMIC_SUFFIXES and i > 0 and spaced[i - 1] and _name_word(forms[i - 1]):
            found.update((i - 1, i))  # `Asanbek uulu`
        elif pos[i] == interjection and _between_names(doc, forms, i) and _name_word(form):
            found.add(i)  # `Seiuli Faleolo Ah Sue`
        elif form in _BALINESE_OPENERS and _balinese_opening(forms, spaced, i, common):
            found.update((i, i + 1))  # `I Made Suarjana`
        elif pos[i] in verbs and capitalised_verb_in_name(doc[i]):
            found.add(i)  # `James Otieno Were, for the traders,`
    for i, form in enumerate(forms[:-1]):
        if (
            form[:1].isupper()
            and fold(form) in FAMILY_FIRST
            and not doc[i].is_stop
            and (i + 1 in found or _two_name_words(forms, spaced, i + 1))
        ):
            found.add(i)  # `Nguyễn Thị Lan said`, `Ha Ji-won said`
    return found


def capitalised_verb_in_name(token: Token) -> bool:
    """Rule capitalised-verb-in-name: whether a word is a surname that is also an English
    verb, which the tagger reads as one: a word in title case tagged a verb or an
    auxiliary, right after two name words inside a sentence (`James Otieno Were, for the
    traders, said …`) and before the comma that sets the name off, as English writes a
    verb with a capital only where a sentence opens or in a headline (not `Mike Ruiz
    Calls For Calm`, nor `Ana Ruiz Is Back`), nor at a sentence's start."""
    doc, i = token.doc, token.i
    return (
        i >= 2
        and token.pos_ in ("AUX", "VERB")
        and token.is_title
        and token.is_alpha
        and not token.is_sent_start
        and all(_name_word(doc[k].text) and doc[k].pos_ == "PROPN" for k in (i - 1, i - 2))
        and i + 1 < len(doc)
        and doc[i + 1].text == ","
    )


def _name_word(form: str) -> bool:
    """Whether a word is written as a name's: a capital, then letters."""
    return form[:1].isupper() and form.replace("'", "").replace("’", "").isalpha()


def _elided_article(forms: list[str], spaced: list[bool], i: int) -> tuple[int, ...]:
    """The particle, apostrophe and article of `van 't Hoff` when the apostrophe is word
    `i`: a particle, a space, the apostrophe glued to the article, a space, a name word.
    Not `don't` (no particle), nor a quote closed after `van` (no article after)."""
    if not 0 < i < len(forms) - 2 or spaced[i]:
        return ()
    if (
        forms[i - 1].lower() in PARTICLES
        and spaced[i - 1]
        and forms[i + 1].lower() in _ELIDED_ARTICLES
        and spaced[i + 1]
        and _name_word(forms[i + 2])
    ):
        return (i - 1, i, i + 1)
    return ()


def _final_letter(forms: list[str], spaced: list[bool], i: int) -> tuple[int, ...]:
    """The name word, its closing apostrophe and the name word after it when the
    apostrophe is word `i` and a letter of the name: glued to a name word of one of the
    endings that write a letter so (`Achieng' Otieno`: Luo `ng'`), a space, a name word.
    Not a plural's possessive (`Reuters' Ana Ruiz`), nor a quote closed after a name
    (`… called him 'Ochieng'.`, no name word after it; `known as 'Young' Tom Morris`, a
    mark glued before the word)."""
    if not 0 < i < len(forms) - 1 or spaced[i - 1] or not spaced[i]:
        return ()
    if i > 1 and forms[i - 2] in _APOSTROPHES and not spaced[i - 2]:
        return ()
    word = forms[i - 1]
    if _name_word(word) and word.lower().endswith(_APOSTROPHE_ENDINGS) and _name_word(
        forms[i + 1]
    ):
        return (i - 1, i, i + 1)
    return ()


def letter_apostrophe(token: Token) -> bool:
    """Whether a token is an apostrophe that is the last letter of the name word before
    it, with a name word after it (`Ochieng'` in `Otieno Ochieng' Okoth`,
    :func:`_final_letter`): one name goes on over it, as over a hyphen inside a name."""
    if token.text not in _APOSTROPHES:
        return False
    doc = token.doc
    low, high = max(0, token.i - 2), min(len(doc), token.i + 2)
    forms = [t.text for t in doc[low:high]]
    spaced = [bool(t.whitespace_) for t in doc[low:high]]
    return bool(_final_letter(forms, spaced, token.i - low))


def _abbreviated_given(forms: list[str], spaced: list[bool], i: int) -> tuple[int, ...]:
    """The short given name and its full stop when the stop is word `i` and a name word
    follows: `Ma. Luisa Castro-Ilagan`, `Md. Rafiqul Islam`. Not the stop after a word that
    is no such name, nor one a lower-case word follows (`… in Ma. it was`)."""
    if not 0 < i < len(forms) - 1 or spaced[i - 1]:
        return ()
    short = forms[i - 1]
    if short[:1].isupper() and short.lower() in _ABBREVIATED_GIVEN and _name_word(forms[i + 1]):
        return (i - 1, i)
    return ()


def short_given_name(token: Token) -> bool:
    """Whether a word is a given name written short with its stop kept on it, as the
    tokenizer keeps the abbreviations it knows for something else (`Md.` for Maryland):
    it opens a person's name as the given name would (`Md. Rafiqul Islam Chowdhury`)."""
    text = token.text
    return text.endswith(".") and text[:1].isupper() and text[:-1].lower() in _ABBREVIATED_GIVEN


def _abbreviated_given_one_word(forms: list[str], spaced: list[bool], i: int) -> bool:
    """Whether word `i` is a short given name that the tokenizer kept whole with its
    stop (:func:`short_given_name`), before a space and a name word: `Md. Rafiqul Islam
    Chowdhury` (Mohammad)."""
    short = forms[i]
    return (
        i < len(forms) - 1
        and spaced[i]
        and short[:1].isupper()
        and short[:-1].lower() in _ABBREVIATED_GIVEN
        and _name_word(forms[i + 1])
    )


def _syllable_given(forms: list[str], spaced: list[bool], i: int) -> tuple[int, ...]:
    """The two syllables and hyphen of a Korean or Chinese given name when the hyphen is
    word `i`: a capitalised syllable glued to the hyphen, the lower-case second syllable
    glued after it (`Ji-won`, `Ing-wen`), both of the syllable list, and a name word right
    before or after the pair (`Ha Ji-won`, `Hye-jin Castellanos`), so that a lone `Yo-yo`
    makes no name."""
    if not 0 < i < len(forms) - 1 or spaced[i - 1] or spaced[i]:
        return ()
    first, second = forms[i - 1], forms[i + 1]
    if not (
        first[:1].isupper()
        and first.lower() in SYLLABLES
        and second.islower()
        and second in SYLLABLES
    ):
        return ()
    before = i >= 2 and spaced[i - 2] and _name_word(forms[i - 2])
    after = i + 2 < len(forms) and spaced[i + 1] and _name_word(forms[i + 2])
    return (i - 1, i, i + 1) if before or after else ()


def _common_second_half(
    doc: Doc, forms: list[str], spaced: list[bool], i: int
) -> tuple[int, ...]:
    """Rule common-second-half: the hyphen and the second half of a double-barrelled
    surname when the hyphen is word `i` and the tagger read that half as a common word:
    a name word read as a proper noun after a given name and glued to the hyphen, and
    a word in title case glued after it that the tagger did not (`Shirin Begum-Winters`,
    `Tomás Reyes-Banks`), so the name does not end at the hyphen; not a hyphened word
    after a single proper noun (`Anglo-Saxon`), nor a second half in lower case
    (`Hamburg-based`)."""
    if not 1 < i < len(forms) - 1 or spaced[i - 1] or spaced[i] or not spaced[i - 2]:
        return ()
    second = forms[i + 1]
    if not (second.isalpha() and second.istitle() and doc[i + 1].pos_ != "PROPN"):
        return ()
    first, given = doc[i - 1], doc[i - 2]
    if not (
        first.pos_ == "PROPN"
        and _name_word(first.text)
        and given.pos_ == "PROPN"
        and _name_word(given.text)
    ):
        return ()
    return (i, i + 1)


def _slashed_link(forms: list[str], spaced: list[bool], i: int) -> tuple[int, ...]:
    """The three words of a patronymic link written with a slash when the slash is word
    `i`: the letters glued on both sides spell one (`s/o`), and name words stand before
    and after it (`Rajendran s/o Krishnan`, `Kavitha a/p Rajan`); not a ratio or a
    fraction (`a/b`), nor the link with no name before it."""
    if not 1 < i < len(forms) - 2 or spaced[i - 1] or spaced[i]:
        return ()
    if f"{forms[i - 1]}/{forms[i + 1]}".lower() not in _SLASHED_LINKS:
        return ()
    if spaced[i - 2] and spaced[i + 1] and _name_word(forms[i - 2]) and _name_word(forms[i + 2]):
        return (i - 1, i, i + 1)
    return ()


def _initial(form: str) -> bool:
    """Whether a word is one capital and its full stop (`A.`)."""
    return len(form) == 2 and form[0].isupper() and form[1] == "."


def _among_initials(forms: list[str], i: int) -> bool:
    """Whether word `i` follows an initial and comes before another or a name word:
    the second of `J. A. Tharanga Rathnayake`, `W. M. P. Bandara`; not a lone `A.`
    (`Plan A. Then …`), which no initial comes before."""
    return (
        0 < i < len(forms) - 1
        and _initial(forms[i - 1])
        and (_initial(forms[i + 1]) or _name_word(forms[i + 1]))
    )


def _between_names(doc: Doc, forms: list[str], i: int) -> bool:
    """Whether word `i` stands between a proper noun written as a name and a name word
    (`Ferrer i Puig`; the tagger may read the second surname as a common noun)."""
    return (
        0 < i < len(forms) - 1
        and doc[i - 1].pos_ == "PROPN"
        and _name_word(forms[i - 1])
        and _name_word(forms[i + 1])
    )


def _balinese_opening(
    forms: list[str], spaced: list[bool], i: int, common: Container[str]
) -> bool:
    """Rule balinese-name-opening: whether `I` or `Ni` at word `i` opens a Balinese
    name, followed by a birth-order name in title case and a name word that is no
    common English word (`I Made Suarjana said …`; not a headline's `I Made History`)."""
    return (
        i + 2 < len(forms)
        and spaced[i]
        and spaced[i + 1]
        and forms[i + 1].istitle()
        and forms[i + 1].lower() in _BIRTH_ORDER
        and _name_word(forms[i + 2])
        and forms[i + 2].lower() not in common
    )


def _second_surname(
    doc: Doc, forms: list[str], spaced: list[bool], j: int, common: Container[str]
) -> bool:
    """Whether word `j`, after a particle and its surname (`dos Santos`), is a second
    surname the tagger read as a common noun: a name word after a space, no English
    word (`Muteka`; not `Group` in `the de Souza Group`)."""
    return (
        j < len(forms)
        and spaced[j - 1]
        and _name_word(forms[j])
        and doc[j].pos_ == "NOUN"
        and forms[j].lower() not in common
    )


def _two_name_words(forms: list[str], spaced: list[bool], j: int) -> bool:
    """Whether words `j` and `j + 1` are name words apart by a space (`Thị Lan`)."""
    return (
        j + 1 < len(forms)
        and _name_word(forms[j])
        and spaced[j]
        and _name_word(forms[j + 1])
    )
