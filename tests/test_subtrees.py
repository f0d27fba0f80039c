"""A word's subtree read from the doc's heads (quotes.subtrees) is spaCy's walk, in order."""

from __future__ import annotations

import pytest

import quotes
from quotes.normalise import normalise
from quotes.subtrees import subtree, subtree_indices


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was late, according to the harbour master.",
        "According to Ana Ruiz, the council, which met on Monday, cut the budget.",
        "Turnout, the clerk said, was higher than in any year since the war.",
        # a parse nested a hundred levels deep
        "according to Ana Ruiz, " * 40 + "the ferry was late.",
        "He said she said that " * 20 + "the pier was closed.",
    ],
)
def test_every_words_subtree_is_the_parse_walks(text: str) -> None:
    doc = quotes.get_engine(None).nlp(normalise(text))
    for token in doc:
        walked = sorted(t.i for t in token.subtree)
        assert subtree_indices(token) == walked
        assert [t.i for t in subtree(token)] == walked
