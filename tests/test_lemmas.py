"""The model's rule lemmatizer applied once per kind of token gives its own lemmas exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from quotes.lemmas import FastLemmas, supported
from quotes.model import default_model

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    *(path.read_text("utf-8") for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))),
    # the same form as a noun and as a verb, a base form, irregular pasts
    "She was hoping the hopes of the town would hold. They said the sayings were old.",
    "The geese flew over the men who had been told to stay.",
    "",
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(default_model(), exclude=["ner"])


@pytest.mark.parametrize("text", TEXTS)
def test_same_lemmas_as_the_lemmatizer(nlp, text: str) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert supported(lemmatizer)
    fast = FastLemmas(lemmatizer)
    with nlp.select_pipes(disable=["lemmatizer"]):
        expected, got = nlp(text), nlp(text)
    lemmatizer(expected)
    fast(got)
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]


def test_a_lemma_set_before_is_kept(nlp) -> None:
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("The ferries ran late.")
    doc[1].lemma_ = "boat"
    FastLemmas(nlp.get_pipe("lemmatizer"))(doc)
    assert [t.lemma_ for t in doc] == ["the", "boat", "run", "late", "."]
