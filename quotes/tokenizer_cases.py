"""The tokenizer's special cases the engine adds to the model's, and the ones it drops.

:func:`quotes.model.load_model` applies each to the pipeline's tokenizer: quote marks
glued to words split off, a Khoekhoe click letter, a username, a title, a currency or a
company's legal form kept one word, and the full stop after a unit or a code split off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import IS_ALPHA, NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language

from quotes.language import word_list
from quotes.name_spans import TITLES

#: A double quote mark glued between the punctuation that ends a clause and a word, the
#: space left out (`Hale said,"Look`, `Lind:"We`, and after a bracket, `Hale (R-Ohio):"We`,
#: whose bracket and colon split off too): a token of its own, as the
#: mark's rule reads it (:mod:`quotes.mark_kinds`), so the cue and the quote's first
#: word are words again.
_GLUED_MARK = (
    r"""(?<=[:.,;!?])["“”](?=[^\W\d_])"""
    r"""|(?<=[^\W\d_])[:,;!?](?=["“”][^\W\d_])|(?<=[a-z])\.(?=["“”][^\W\d_])"""
    r"""|(?<=\S)\)(?=:["“”][^\W\d_])|(?<=\)):(?=["“”][^\W\d_])"""
)


def _split_glued_marks(nlp: Language) -> None:
    """Split a quote mark glued to the clause before it and the word after it off both
    (:data:`_GLUED_MARK`); the tokenizer splits nothing else differently."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_GLUED_MARK}").finditer


#: An exclamation mark that opens a capitalised word: the alveolar click letter of a
#: Khoekhoe (Namibian) name as the press types it, with the keyboard's `!` (`Petrus
#: !Hoëses`, `!Naruseb`), a letter of the name, not punctuation before it.
_CLICK_NAME = r"!(?=[A-Z][a-zà-öø-ÿ])"


def _click_names(nlp: Language) -> None:
    """Rule click-letter-name: keep a `!` that opens a capitalised word on it
    (:data:`_CLICK_NAME`): split off as punctuation, it cut `!Hoëses` to `Hoëses`, and the
    speaker lost a letter of his name (the click letters `ǂ` and `ǀ` are letters already).
    An exclamation mark after a word (`Go!`) or alone stays punctuation."""
    prefixes = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(f"(?!{_CLICK_NAME})(?:{prefixes})").search
    getters = nlp.vocab.lex_attr_getters
    for attr in (NORM, PREFIX, SUFFIX, SHAPE, IS_ALPHA):
        if attr in getters:
            getters[attr] = _past_click(getters[attr])


def _past_click(getter: Callable[[str], object]) -> Callable[[str], object]:
    """A word's feature as the models read it, for a name that opens with a click letter
    typed `!` read past it: the tagger took `!Hoëses`, shaped like no word it knew, for a
    noun, and the name finder lost him; read as `Hoëses`, it is a proper noun. Computed
    once per new word, when the vocabulary first meets it."""

    def feature(text: str) -> object:
        if text[:1] == "!" and _CLICK_WORD.match(text):
            return getter(text[1:])
        return getter(text)

    return feature


#: A whole word opened by a click letter typed `!`.
_CLICK_WORD = re.compile(rf"{_CLICK_NAME}\w+$")


#: A forum user's name with its `u/` (Reddit's way of writing a username: `u/fjord_skier`),
#: letters, digits, underscores and hyphens after it.
_USERNAME = re.compile(r"u/[A-Za-z0-9_-]+$")


def _usernames(nlp: Language) -> None:
    """Rule username-token: keep a username written with its `u/` one word (:data:
    `_USERNAME`), as the tokenizer keeps an `@` handle: split at the slash, `u/fjord_skier`
    was three words and the speaker the name without its `u/`, though the text gives no
    other identity (a username beside a description, `a user posting as u/…`, stays
    that description's)."""
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = _USERNAME.match


#: Units split off a number whose full stop must not stay on them (`€9m.`).
_UNIT_LETTERS = word_list("unit-letters")


def _unit_full_stops(nlp: Language) -> None:
    """Drop the tokenizer's special cases for a unit letter with a full stop (`m.`), so
    the stop after an amount that ends a sentence is a token of its own (`for €9m.
    Harbury …` → `9`, `m`, `.`) and the sentence ends there; an initial in capitals
    (`J. M. Coetzee`) and `a.m.`/`p.m.` keep theirs."""
    stops = {f"{letter}." for letter in _UNIT_LETTERS}
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in stops}


#: Capitalised contractions without their apostrophe that names hold (`Lahcen Id Belaid`).
_NAME_CONTRACTIONS = word_list("name-like-contractions")


def _name_contractions(nlp: Language) -> None:
    """Drop the tokenizer's special cases that split a capitalised contraction written
    without its apostrophe (`Id` as `I` + `d`) when the word is one a name or an
    abbreviation holds (:data:`_NAME_CONTRACTIONS`): `Lahcen Id Belaid said` keeps his
    name whole."""
    nlp.tokenizer.rules = {
        k: v for k, v in nlp.tokenizer.rules.items() if k not in _NAME_CONTRACTIONS
    }


#: The full stop after a number that ends in a capital letter: a reading or a code that
#: ends a sentence (`the water is 14C.`, `on the M25.`, `vitamin B12.`).
_CODE_STOP = r"(?<=[0-9][A-Z])\."


def _code_full_stops(nlp: Language) -> None:
    """Split the full stop off a number that ends in a capital (:data:`_CODE_STOP`), as
    the tokenizer splits it off one that ends in a small letter (`14c.`): left on the
    token (`14C.`), it ran the sentence on into the next, whose parse then hung on the
    first (`… the water is 14C. Forty members …, and their T-shirts … read "…"` gave the
    water the shirts' words)."""
    suffixes = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(f"{suffixes}|{_CODE_STOP}$").search


#: Titles written with a full stop (`sgt.`, `capt.`, `cllr.`), from the titles list.
_DOTTED_TITLES = sorted(t for t in TITLES if t.endswith(".") and t[:-1].isalpha())
#: Dotted titles the press prints in lower case mid-sentence (`dr hab. Marek Zielonka`).
_LOWER_CASE_TITLES = word_list("lower-case-titles")


def _title_full_stops(nlp: Language) -> None:
    """Keep the full stop of an abbreviated title on it (`Sgt.`, `Capt.`, `Cllr.`), as
    the tokenizer does for `Mr.` and `Gov.`: split off, it ended a sentence before the
    name (`"…," Sgt. | Marisela Treviño said.`) and the quote lost its speaker. Rule
    lower-case-title: so for the lower-case form of a title the press prints so
    (:data:`_LOWER_CASE_TITLES`: `said dr hab. | Marek Zielonka` lost him to `hab`)."""
    for title in _DOTTED_TITLES:
        lower = (title,) if title in _LOWER_CASE_TITLES else ()
        for form in (title.capitalize(), title.upper(), *lower):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


#: Currencies written short with a full stop (`Rs.`, `Ksh.`), from their list.
_DOTTED_CURRENCIES = sorted(word_list("currency-abbreviations"))


def _currency_full_stops(nlp: Language) -> None:
    """Rule currency-full-stop: keep the full stop of a currency written short on it
    (`the fine would be Rs. 1,000 for cars`), as for a title: split off, it ended the
    reported clause at `Rs`."""
    for form in _DOTTED_CURRENCIES:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


#: Given names (or a name's first word) written short as consonants and a full stop
#: (`Kh.`, `Ts.`, `Th.`), from given-name-abbreviations.txt: no vowel, so no surname that
#: may end a sentence (`… said Jack Ma.` keeps its stop apart).
_CONSONANT_GIVEN = sorted(
    w for w in word_list("given-name-abbreviations") if not set(w) & set("aeiouy")
)


def _short_given_full_stops(nlp: Language) -> None:
    """Rule short-given-full-stop: keep the full stop of a name's first part written as
    consonants on it (:data:`_CONSONANT_GIVEN`: `The registrar, Kh. Tomba Singh, said`),
    as the tokenizer does for `Md.`: split off, it ended the apposition at `Kh`, and the
    role before the name (`The registrar`) became the speaker."""
    for form in _CONSONANT_GIVEN:
        nlp.tokenizer.add_special_case(f"{form.capitalize()}.", [{ORTH: f"{form.capitalize()}."}])


#: Legal forms written with a slash or full stops inside (`A/S`, `S.p.A.`, `o.o.`).
_LEGAL_FORM_TOKENS = sorted(word_list("legal-form-tokens"))


def _legal_form_tokens(nlp: Language) -> None:
    """Rule legal-form-token: keep a company's legal form written with a slash or full
    stops inside it one word (:data:`_LEGAL_FORM_TOKENS`): the tokenizer split `Halvik
    Marine A/S` into `A`, `/`, `S` and `Ferri Costruzioni S.p.A.` into `S.p`, `.`, `A.`,
    and the name rules took the last letter for the company (`A.` announced …). A full
    stop after a form that has none of its own ends the sentence (`… Norðlaks P/F.` →
    `P/F`, `.`)."""
    for form in _LEGAL_FORM_TOKENS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if not form.endswith("."):
            nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: form}, {ORTH: "."}])


#: Small words of a body's name written with a full stop (the Polish `im.`, "named
#: for"), from the foreign joining words of bodies' names.
_DOTTED_BODY_JOINS = sorted(w for w in word_list("body-name-joins-foreign") if w.endswith("."))


def _body_join_tokens(nlp: Language) -> None:
    """Rule foreign-joined-body: keep a small word of a body's name written with a full
    stop one word (:data:`_DOTTED_BODY_JOINS`): the tokenizer read the Polish `im.` of
    `Instytut Onkologii im. Marii Curie` as `I'm` (`i`, `m`, `.`), ending the sentence
    inside the name."""
    for word in _DOTTED_BODY_JOINS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


#: The characters of the tokenizer's emoticons that glue a bracket to a colon (`):`,
#: `(:`, `:-)`, `[:`).
_EMOTICON_CHARS = frozenset("()[]:-")


def _bracket_colons(nlp: Language) -> None:
    """Drop the tokenizer's special cases for emoticons made of a bracket and a colon
    (:data:`_EMOTICON_CHARS`), so a colon after a closing bracket is a token of its own:
    in a label with a bracketed affiliation or party tag (`Ana Ruiz (Barclays): "…"`,
    `Rep. Tom Hale (R-Ohio): "…"`) the tokenizer read `):` as a frown, and the label's
    colon, and with it the speaker, was lost."""
    nlp.tokenizer.rules = {
        k: v
        for k, v in nlp.tokenizer.rules.items()
        if not (":" in k and len(k) > 1 and set(k) <= _EMOTICON_CHARS)
    }
