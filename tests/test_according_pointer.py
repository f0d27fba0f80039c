"""Rule according-to-pointer (quotes/according_hosts.py pointed_back): a sentence that
opens `That is according to X` gives X's row the demonstrative that stands for what the
text said before it, in scope `all`; the statements scope keeps no such row."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # the pointer with `is` spelt out, and with the clitic
        ("Turnout fell by a third. That is according to the county clerk.",
         [Q("indirect", "That", "the county clerk", "the county clerk", "according",
            "according-to")]),
        ("The fund lost money in May. That's according to filings the board released "
         "on Friday.",
         [Q("indirect", "That", "filings", "filings", "according", "according-to")]),
        # the phrase after a clause reports the clause, as before
        ("Turnout fell by a third, according to the county clerk.",
         [Q("indirect", "Turnout fell by a third", "the county clerk", "the county clerk",
            "according", "according-to")]),
    ],
)
def test_according_to_pointer(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


def test_a_pointer_is_no_statement() -> None:
    assert quotes.extract("Turnout fell by a third. That is according to the county clerk.") == []
