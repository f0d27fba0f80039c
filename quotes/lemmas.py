"""The model's rule lemmatizer, applied once per kind of token instead of once per token.

spaCy's rule lemmatizer gives a token's lemma from its form, coarse part of speech and
morphology alone (its own cache is keyed on those three), but it walks every token in
Python, a tenth of our pipeline's time. :class:`FastLemmas` reads those three values of
all tokens as one array, asks the lemmatizer once per combination it has not seen (for
the first token that has it) and writes all lemmas back at once: the lemmatizer's result
exactly, tokens whose lemma is already set (by the attribute rules) left alone, as the
lemmatizer leaves them.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

#: The values a lemma depends on, then the lemma itself.
_READ = [ORTH, POS, MORPH, LEMMA]
#: How many combinations to remember before starting afresh (memory stays bounded).
_MAX_KEYS = 500_000


class FastLemmas:
    """Applies a rule `lemmatizer` (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token that has none yet."""
        if not len(doc):
            return doc
        if len(self._lemmas) > _MAX_KEYS:
            self._lemmas.clear()
        strings = doc.vocab.strings
        known = self._lemmas
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(_READ).tolist()):
            if not lemma:
                key = (orth, pos, morph)
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64))
        return doc


def supported(lemmatizer: Lemmatizer) -> bool:
    """Whether the lemmatizer is one whose lemma depends on form, part of speech and
    morphology only: spaCy's rule mode, not overwriting lemmas already set."""
    return lemmatizer.mode == "rule" and not lemmatizer.overwrite


@Language.factory("fast_lemmas")
def make_fast_lemmas(nlp: Language, name: str) -> FastLemmas:
    """The pipeline's own `lemmatizer`, applied once per kind of token."""
    return FastLemmas(nlp.get_pipe("lemmatizer"))
