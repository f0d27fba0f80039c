"""What rules read once per doc (:mod:`quotes.doc_memo`): the same answers spaCy gives."""

from __future__ import annotations

import pytest
import spacy

from quotes.doc_memo import span_text


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    """A tokenizer: a span's text needs no parse."""
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        # a span inside a sentence: the space after its last word is not its text
        ('"We will rebuild," the mayor said.', 6, 8, "the mayor"),
        # the quote marks are words of their own
        ('"We will rebuild," the mayor said.', 0, 6, '"We will rebuild,"'),
        # across a line break, which the tokenizer keeps as a word of its own
        ("The harbour reopened.\n\nThe ferry sailed at noon.", 3, 7, ".\n\nThe ferry"),
        # the whole doc, and an empty span
        ("Ana Ruiz spoke.", 0, 4, "Ana Ruiz spoke."),
        ("Ana Ruiz spoke.", 2, 2, ""),
    ],
)
def test_span_text(
    nlp: spacy.language.Language, text: str, start: int, end: int, expected: str
) -> None:
    doc = nlp(text)
    span = doc[start:end]
    assert span_text(span) == span.text == expected
