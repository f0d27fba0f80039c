"""The model's attribute rules applied by lookup give the model's own result exactly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy

from quotes.attributes import FastAttributes, supported
from quotes.model import default_model

ROOT = Path(__file__).resolve().parents[1]
ATTRS = ["POS", "MORPH", "LEMMA", "TAG", "DEP", "HEAD"]
TEXTS = [
    *(path.read_text("utf-8") for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))),
    # the rules over two tokens: `ai n't`, `gon na`, `got ta`, `let 's`, `y' all`, an
    # expletive `there` before `is`
    "Y'all gon na see it. I ain't got ta go, let's stay. There is a man. There's no way.",
    "",
    "\n\n",
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(default_model(), exclude=["ner"])


def test_same_attributes_as_the_model(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert supported(ruler)
    fast = FastAttributes(ruler)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        for text in TEXTS:
            expected, got = nlp(text), nlp(text)
            ruler(expected)
            fast(got)
            lemmatizer = nlp.get_pipe("lemmatizer")
            lemmatizer(expected)
            lemmatizer(got)
            assert np.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS)), text[:40]
            assert [t.pos_ for t in got] == [t.pos_ for t in expected]


def test_many_docs_at_once_as_one_by_one(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributes(ruler)
    # a rule over two tokens matches within one doc only: not `gon` ending one and `na`
    # opening the next
    texts = [*TEXTS, "We are gon", "na win this.", "It ai", "n't so."]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        expected = [ruler(nlp(text)) for text in texts]
        got = list(fast.pipe((nlp(text) for text in texts), batch_size=5))
    for want, have in zip(expected, got, strict=True):
        assert np.array_equal(want.to_array(ATTRS[:3]), have.to_array(ATTRS[:3])), want.text[:40]


def test_the_engine_pipeline_uses_it() -> None:
    from quotes.model import load_model

    names = load_model().pipe_names
    assert "fast_attributes" in names and "attribute_ruler" not in names
