"""Which spaCy pipeline to load: the user's choice, else the best English one installed."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import IS_ALPHA, NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps, Ops

import quotes.names  # noqa: F401 - registers the `person_names` component
from quotes.attributes import supported
from quotes.cue_words import token_indices
from quotes.installed import (
    DEFAULT_MODELS,
    NEEDED_COMPONENT,
    ModelNotFoundError,
    check_model,
    default_model,
)
from quotes.language import word_list
from quotes.lemmas import supported as supported_lemmatizer
from quotes.name_spans import TITLES

__all__ = ["DEFAULT_MODELS", "ModelNotFoundError", "default_model", "load_model"]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break, so no parse runs across paragraphs.

    News puts a dateline or a timestamp (`6:50 p.m.`) on a line of its own; parsed
    with the next paragraph it would become the subject of that paragraph's verb. A wire
    dateline before a dash or a colon ends its own sentence too, and no sentence runs
    longer than :data:`MAX_SENTENCE_TOKENS`. The starts are set in one pass over an array:
    setting `token.is_sent_start` checks the whole doc each time, the square of its length.
    """
    sent = doc.to_array("SENT_START").astype(np.int64)
    starts = [0] if len(doc) else []
    for i in _after_line_breaks(doc):
        token = doc[i]
        # a line that starts in lower case goes on with the sentence before it
        sent[i] = -1 if token.text[:1].islower() or token.is_space else 1
        if sent[i] == 1:
            starts.append(i)
    for start in starts:
        after_dash = _dateline_end(doc, start)
        if after_dash is not None:
            sent[after_dash] = 1
    for i in _after_abbreviated_given_names(doc):
        sent[i] = -1
    for i in _after_opening_handles(doc, starts):
        sent[i] = -1
    _cap_sentences(sent, starts)
    doc.from_array(["SENT_START"], sent.astype(np.uint64))
    return doc


#: The most tokens a sentence may have between line breaks. Rules walk a sentence, a
#: token's ancestors or a subtree for every quote, so one endless "sentence" (a line of
#: 100,000 quote marks, a megabyte of `aaaa "bb" `) would cost the square of its length;
#: real sentences, even a novelist's, stay far below this.
MAX_SENTENCE_TOKENS = 1_000


def _cap_sentences(sent: np.ndarray, starts: list[int]) -> None:
    """Start a sentence every :data:`MAX_SENTENCE_TOKENS` tokens of a line that runs longer."""
    ends = [*starts[1:], len(sent)] if starts else []
    for start, end in zip(starts, ends, strict=True):
        sent[start + MAX_SENTENCE_TOKENS : end : MAX_SENTENCE_TOKENS] = 1


def _after_line_breaks(doc: Doc) -> list[int]:
    """The indices of the tokens that follow a line break. The tokenizer keeps a line
    break in a whitespace token of its own, so only those are looked at."""
    spaces = np.flatnonzero(doc.to_array("IS_SPACE"))
    return [int(i) + 1 for i in spaces if i + 1 < len(doc) and "\n" in doc[int(i)].text]


#: Given names written short with a full stop, in lower case (`md.`, `mohd.`, `ma.`),
#: as one token, and without the stop the tokenizer split off (`Ma` `.`).
_SHORT_GIVEN = word_list("given-name-abbreviations")
_ABBREVIATED_GIVEN = frozenset(f"{name}." for name in _SHORT_GIVEN)


def _after_abbreviated_given_names(doc: Doc) -> list[int]:
    """The name words after a given name written short with a full stop, in the middle
    of a sentence (`…," the chairman, Md. Ashraful Haque Bhuiyan, told reporters`): the
    parser ended a sentence at the stop, so the quote lost the cue after the name. Not
    after a name's word: `… said Jack Ma. The firm …` ends with the surname `Ma`; after a
    title it is (`The director, Atty. Ma. Teresa Soriano, said …`)."""
    # looked up in the words' array: a Python pass over every token of every text
    # before its parse would cost more than the rule is worth
    whole = [(i, i + 1) for i in token_indices(doc, "LOWER", _ABBREVIATED_GIVEN)]
    split = [
        (i, i + 2)
        for i in token_indices(doc, "LOWER", _SHORT_GIVEN)
        if i + 2 < len(doc) and doc[i + 1].text == "."
    ]
    return [
        after
        for i, after in whole + split
        if after < len(doc)
        and doc[i].text[0].isupper()
        and doc[after].is_title
        and not (i and doc[i - 1].is_title and doc[i - 1].lower_ not in TITLES)
    ]


def _after_opening_handles(doc: Doc, starts: list[int]) -> list[int]:
    """Rule handle-opens-sentence: the word in lower case after a social network's
    handle that opens a line (`@harbour_watch replied that the ferry had been full`):
    the parser ended a sentence after the handle, which lost the cue its subject. Only
    the lines' first words are read, not every token."""
    return [
        i + 1
        for i in starts
        if i + 1 < len(doc)
        and doc[i].text[:1] == "@"
        and len(doc[i]) > 1
        and doc[i + 1].text[:1].islower()
    ]


#: A live blog's time stamp, which a dash closes as a dateline's does: `09:40 — Turnout
#: was 34 percent, the returning officer said` (the time is no part of the statement).
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?", re.IGNORECASE)
_MERIDIEM = word_list("clock-suffixes")
#: Dashes that close a dateline: `WASHINGTON (AP) — The Senate voted …`.
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Where a sentence starts after the dash of a wire dateline opening a paragraph
    (`PELLOW, March 3 (Coastline) — Former harbour master Ada Lind told …`), so the
    city is not read as the subject of the first verb, after the colon of a dateline in
    capitals (`BENGALURU: Pune-based Rokda has raised …, the company said`: the lead is
    the company's, the city no part of it; a transcript's `NAYAR:` label ends its own
    sentence too, which its rules read by line), after a place in title case with a
    wire agency's name (`Lisbon (AFP) – The mayor said …`, :func:`_agency_dateline`), or
    after a live blog's time stamp, with a dash or none (`22:40 — Turnout was low, the
    clerk says`, `13:47 Ferries are cancelled, CalMac says`), or after a recording's time
    code in brackets (`[27:15] Kim says …`); None when there is none of these."""
    first = doc[start]
    if first.text in "([" and start + 2 < len(doc) and _CLOCK.fullmatch(doc[start + 1].text):
        # a recording's time code in brackets: `[27:15] Kim, who drew …, says …`
        return start + 3 if doc[start + 2].text in ")]" and start + 3 < len(doc) else None
    if (
        not (first.is_upper and first.is_alpha and len(first) > 1)
        and not _CLOCK.fullmatch(first.text)
        and not _agency_dateline(doc, start)
    ):
        return None
    for token in doc[start + 1 : start + 12]:
        spaced = token.whitespace_ and doc[token.i - 1].whitespace_
        if token.text in _DATELINE_DASHES and spaced:
            return token.i + 1 if token.i + 1 < len(doc) else None
        if token.text == ":" and token.whitespace_ and _capitals(doc[start : token.i]):
            # `BENGALURU: Pune-based Rokda has raised …, the company said`
            return token.i + 1 if token.i + 1 < len(doc) else None
        if token.i == start + 1 and token.lower_.replace(".", "") in _MERIDIEM:
            continue  # `10:15 am —`
        if _CLOCK.fullmatch(first.text) and first.whitespace_ and token.is_title and token.is_alpha:
            # no dash after a live blog's time stamp: `13:47 Ferries are cancelled, CalMac says`
            return token.i
        if (token.is_alpha and token.is_lower) or "\n" in token.text:
            return None
    return None


#: Most words of a place spelt in title case before a wire agency's name: `Mexico City`.
_PLACE_WORDS = 3
#: The id of an opening bracket's form in the string store.
_OPEN_BRACKET = get_string_id("(")


def _agency_dateline(doc: Doc, start: int) -> bool:
    """Whether a line opens with a place in title case and a wire agency's name in
    capitals between brackets, as some wires write a dateline (`Lisbon (AFP) – The
    mayor said …`, `Mexico City (AP) —`): the dash after it ends the dateline as it
    ends one in capitals. Not a name with a party or state (`Ana Ruiz (D) – …`): the
    agency has two letters or more."""
    words = doc[start : start + _PLACE_WORDS + 3]
    # the forms read from the words' array: a line without the bracket, nearly every
    # one, makes no token object
    orths = words.to_array([ORTH])[:, 0].tolist()
    bracket = next((start + k for k, orth in enumerate(orths) if orth == _OPEN_BRACKET), None)
    if bracket is None or bracket == start or bracket + 2 >= len(doc):
        return False
    agency, close = doc[bracket + 1], doc[bracket + 2]
    return (
        all(t.is_title and t.is_alpha for t in doc[start:bracket])
        and agency.is_upper
        and agency.is_alpha
        and len(agency) > 1
        and close.text == ")"
    )


def _capitals(words: Doc | Span) -> bool:
    """Whether words are a place in capitals, as a dateline gives it: `BENGALURU`,
    `NEW DELHI`, `LAFIA-OJI`."""
    return all(t.is_upper or t.text in _DATELINE_DASHES for t in words)


#: Statistical components the engine does without: the entity recogniser is half of
#: the small model's time, and :mod:`quotes.names` finds the people it needs by rule.
SKIPPED = ("ner",)


@lru_cache(maxsize=8)
def load_model(name: str | None = None, ner: bool = False) -> Language:
    """Load (once per process) the named pipeline, or the default English one.

    Adds :func:`paragraph_breaks` before the parser, applies the model's attribute
    rules by lookup (:mod:`quotes.attributes`, the same result in a fifth of the time)
    and its rule lemmatizer once per kind of token (:mod:`quotes.lemmas`, the same
    lemmas in a fraction of the time), and multiplies matrices with numpy's BLAS
    (:func:`_numpy_matmul`).
    Without `ner` the statistical entity recogniser is left out and people are found by
    rule (:mod:`quotes.names`): twice the speed, the same attribution scores on the
    development data.
    """
    name = default_model() if name is None else name
    check_model(name)  # a folder that is no pipeline, a blank one: said before spaCy tries
    try:
        nlp = spacy.load(name, exclude=[] if ner else list(SKIPPED))
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy model {name!r}: {exc}") from exc
    if NEEDED_COMPONENT not in nlp.pipe_names:  # every document would fail on its parse
        raise ModelNotFoundError(f"cannot use spaCy model {name!r}: its pipeline has no "
                                 f"{NEEDED_COMPONENT}, which quotes reads")
    nlp.add_pipe("paragraph_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names and supported(nlp.get_pipe("attribute_ruler")):
        # the same rules, a fifth of the pipeline's time less (quotes/attributes.py)
        nlp.add_pipe("fast_attributes", before="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and supported_lemmatizer(nlp.get_pipe("lemmatizer")):
        # the same lemmas, asked once per kind of token (quotes/lemmas.py)
        nlp.add_pipe("fast_lemmas", before="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    if "ner" not in nlp.pipe_names:
        nlp.add_pipe("person_names", last=True)
    _split_glued_marks(nlp)
    _click_names(nlp)
    _usernames(nlp)
    _unit_full_stops(nlp)
    _name_contractions(nlp)
    _code_full_stops(nlp)
    _title_full_stops(nlp)
    _currency_full_stops(nlp)
    _legal_form_tokens(nlp)
    _body_join_tokens(nlp)
    _bracket_colons(nlp)
    _numpy_matmul(nlp)
    return nlp


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


def _title_full_stops(nlp: Language) -> None:
    """Keep the full stop of an abbreviated title on it (`Sgt.`, `Capt.`, `Cllr.`), as
    the tokenizer does for `Mr.` and `Gov.`: split off, it ended a sentence before the
    name (`"…," Sgt. | Marisela Treviño said.`) and the quote lost its speaker."""
    for title in _DOTTED_TITLES:
        for form in (title.capitalize(), title.upper()):
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


class _NumpyBlasOps(NumpyOps):
    """thinc's CPU operations with matrices multiplied by numpy's BLAS
    (``use_blis=False``, a thinc option), and the window of each token's neighbours
    (``seq2col``, which the CNN layers of tok2vec make once per layer) built by thinc's
    own numpy version: three array copies, twice as fast as the loop of its compiled
    one and the same values, as copies are."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def seq2col(self, seq: Any, nW: int, *, lengths: Any = None) -> Any:
        """The window of `nW` neighbours on each side of each row of `seq`."""
        if nW == 1 and lengths is None and seq.dtype == "float32":  # what it covers
            return Ops.seq2col(self, seq, nW)
        return super().seq2col(seq, nW, lengths=lengths)


def _numpy_matmul(nlp: Language) -> None:
    """Multiply the components' matrices with numpy's BLAS rather than thinc's bundled
    BLIS (:class:`_NumpyBlasOps`): the same products, by the same model, yet numpy's
    OpenBLAS does them about three times as fast on the x86 machines we measured, which
    makes tok2vec and the parser, most of the pipeline's time, about 1.5x as fast.
    Annotations were identical on every token of the development data."""
    ops = _NumpyBlasOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
