"""Which spaCy pipeline to load: the user's choice, else the best English one installed.

:func:`load_model` loads it once per process and sets it up: the sentence starts of
:mod:`quotes.sentence_starts` before the parser, the tokenizer's cases of
:mod:`quotes.tokenizer_cases`, the fast attribute rules and lemmas, the rule-based name
finder, and numpy's BLAS for the matrices.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Model, NumpyOps, Ops

import quotes.names  # registers the `person_names` component
import quotes.sentence_starts  # noqa: F401 - registers the `paragraph_breaks` component
from quotes.attributes import supported
from quotes.installed import (
    DEFAULT_MODELS,
    NEEDED_COMPONENT,
    ModelNotFoundError,
    check_model,
    default_model,
)
from quotes.lemmas import supported as supported_lemmatizer
from quotes.tokenizer_cases import (
    _body_join_tokens,
    _bracket_colons,
    _click_names,
    _code_full_stops,
    _currency_full_stops,
    _legal_form_tokens,
    _name_contractions,
    _short_given_full_stops,
    _split_glued_marks,
    _title_full_stops,
    _unit_full_stops,
    _usernames,
)

__all__ = ["DEFAULT_MODELS", "ModelNotFoundError", "default_model", "load_model"]


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
    _short_given_full_stops(nlp)
    _legal_form_tokens(nlp)
    _body_join_tokens(nlp)
    _bracket_colons(nlp)
    _numpy_matmul(nlp)
    return nlp




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
