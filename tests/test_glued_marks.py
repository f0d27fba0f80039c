"""A quote mark glued between the clause before it and the quote's first word, the space
left out (quotes/tokenizer_cases.py splits it off, quotes/mark_kinds.py reads it as opening): the
cue and its speaker are found as with the space (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a cue's comma
        ('Councillor Tom Hale said,“Look, these charges have no place in a harbour town.”',
         [Q("direct", "Look, these charges have no place in a harbour town.", "Tom Hale",
            "Tom Hale", "said", "dep:subject")]),
        # after a cue's colon, straight marks
        ('The head teacher, Anita Rao, wrote:"The school will reopen on Monday."',
         [Q("direct", "The school will reopen on Monday.", "Anita Rao", "The head teacher", "wrote",
            "dep")]),
        # after the full stop of the sentence before: the next quote of the same speaker
        ('"It was a swindle," said one stall holder in Pellow."We were told the rent would '
         'fall."',
         [Q("direct", "It was a swindle,", "one stall holder in Pellow", "one stall holder",
            "said", "dep:subject"),
          Q("direct", "We were told the rent would fall.", "one stall holder in Pellow",
            "one stall holder", "said", "previous-quote")]),
    ],
)
def test_glued_marks(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text, scope="all"), expected)
