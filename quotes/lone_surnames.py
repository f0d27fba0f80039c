"""Rule surname-used-alone: a two-word name that no list or cue marks as a person's is
one when the text goes on to call its bearer by the last word alone.

The given names of many cultures are in no list (`Tamriko`, `Ketino`), and a name that
opens a text as an owner (`Tamriko Vashakidze's new play`) or in a headline has no
title, role or speech verb beside it. A writer names a person in full once and then by
the surname (`We met Vashakidze at the theatre`), while a place or a body is seldom called
by its last word alone; so the full name's shape (two capitalised words, neither a
common English word nor a nation's name) and the later lone use of its last word make
it a person's, and the lone uses join it (:func:`quotes.names.person_spans`).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_ALPHA, IS_TITLE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from quotes.known_words import CommonWords
from quotes.nationalities import is_nation_name


def _name_word(token: Token, common: CommonWords) -> bool:
    """Whether a word is written as a name and is no common word (`Vashakidze`; not
    `Street`, `Harbour`)."""
    return token.is_title and token.is_alpha and token.lower_ not in common


def named_by_lone_surname(
    runs: list[Span], names: dict[tuple[int, int], list[Token]], common: CommonWords
) -> set[tuple[int, int]]:
    """The `(start, end)` of the runs of two name words (:func:`_name_word`, the first no
    nation's name) whose last word stands alone later in the text, not after `the`, as a
    run or as a word the tagger took for no name (:func:`_lone_words`): `Tamriko
    Vashakidze … said Vashakidze`. `names` holds each run's name words."""
    # a sentence shape it matches: `Tamriko Vashakidze's shop … Later we met Vashakidze.`
    alone: dict[str, int] = _lone_words(runs, common)
    for run in runs:
        tokens = names[run.start, run.end]
        if len(tokens) == 1 and not (run.start and run.doc[run.start - 1].lower_ == "the"):
            alone[tokens[0].lower_] = max(alone.get(tokens[0].lower_, -1), run.start)
    return {
        (run.start, run.end)
        for run in runs
        if len(tokens := names[run.start, run.end]) == 2
        and alone.get(tokens[-1].lower_, -1) > run.start
        and all(_name_word(token, common) for token in tokens)
        and not is_nation_name(tokens[0].text)
    }


def _lone_words(runs: list[Span], common: CommonWords) -> dict[str, int]:
    """Rule surname-whatever-tag: the last place of each capitalised word, no common
    word, that no run of proper nouns holds and no `the` goes before, by its lower-case
    form: a surname the tagger read as another part of speech (`Pavlović later said …`,
    an adverb to it) still stands alone for the full name written before it. The words
    in title case are found in the doc's arrays, and only they are read further (a token
    made for every word of every document was a tenth of what finding names cost)."""
    if not runs:
        return {}
    doc = runs[0].doc
    in_runs = {i for run in runs for i in range(run.start, run.end)}
    flags = doc.to_array([IS_TITLE, IS_ALPHA, LOWER])
    lowers = flags[:, 2].tolist()
    strings = doc.vocab.strings
    found: dict[str, int] = {}
    for i in np.flatnonzero(flags[:, 0] & flags[:, 1]).tolist():
        lower = strings[lowers[i]]
        if i not in in_runs and lower not in common and not (i and lowers[i - 1] == _THE):
            found[lower] = i
    return found


#: The id of `the` in the string store, as the doc's ``LOWER`` array holds it.
_THE = get_string_id("the")
