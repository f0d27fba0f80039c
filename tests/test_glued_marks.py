"""A quote mark glued between the clause before it and the quote's first word, the space
left out (quotes/model.py splits it off, quotes/mark_kinds.py reads it as opening): the
cue and its speaker are found as with the space (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a cue's comma
        ('Speaker Paul Ryan said,“Look, these images have no place in a campaign.”',
         [Q("direct", "Look, these images have no place in a campaign.", "Paul Ryan",
            "Paul Ryan", "said", "dep:subject")]),
        # after a cue's colon, straight marks
        ('The head teacher, Anita Rao, wrote:"The school will reopen on Monday."',
         [Q("direct", "The school will reopen on Monday.", "Anita Rao", "The head teacher", "wrote",
            "dep")]),
        # after the full stop of the sentence before: the next quote of the same speaker
        ('"It was all lies," said one shop owner in Khorgos."We were deceived into coming '
         'here."',
         [Q("direct", "It was all lies,", "one shop owner in Khorgos", "one shop owner",
            "said", "dep:subject"),
          Q("direct", "We were deceived into coming here.", "one shop owner in Khorgos",
            "one shop owner", "said", "previous-quote")]),
    ],
)
def test_glued_marks(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text, scope="all"), expected)
