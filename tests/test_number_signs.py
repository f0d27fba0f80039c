"""`No.` before a numeral: the parser reads its full stop as a space
(quotes/number_signs.py), so the stop neither ends the sentence nor cuts the speaker's
description, and the row shows the words as written. Sentences written for these tests."""

from __future__ import annotations

import pytest
from rows import Q, check

import quotes
from quotes.number_signs import space_number_signs

SPACED = [
    # a rank before a numeral, with and without a space
    ("the No. 2 in the council", "the No  2 in the council"),
    ("ranked No.1 in the world", "ranked No 1 in the world"),
    ("Nos. 3 and 4", "Nos  3 and 4"),
    # `No.` that ends a sentence, and `no.` in lower case, stay as written
    ("Her answer was No. 14 people voted.", "Her answer was No  14 people voted."),
    ('"Will you stand?" "No." She left.', '"Will you stand?" "No." She left.'),
    ("The answer was no. 14 people voted.", "The answer was no. 14 people voted."),
]


@pytest.mark.parametrize("text, spaced", SPACED)
def test_number_sign_stops_are_read_as_spaces(text: str, spaced: str) -> None:
    assert space_number_signs(text) == spaced


CASES = [
    # the quote goes to the one whose rank the sign gives, not the sentence before
    (
        "Opposition MPs have refused to back the bill. As Tessa Marlowe, the No. 2 in "
        'the Liberal caucus, put it: "This bill will not pass."',
        [Q("indirect", "to back the bill", "Opposition MPs", "Opposition MPs", "refused"),
         Q("direct", "This bill will not pass.", "Tessa Marlowe", "Tessa Marlowe", "put")],
    ),
    # a rank inside an apposition no longer cuts the name from its verb
    (
        "Hollis, the No. 2 Liberal, said the vote would fail.",
        [Q("indirect", "the vote would fail", "Hollis", "Hollis", "said")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_number_sign_keeps_the_speaker(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text, scope="all"), expected)
