"""Guards that read the entity recogniser's labels (a date, a place, a people), on the
default pipeline, which runs without it and marks only people (:mod:`quotes.names`):
each guard reads the same thing from the words as well (days and months, years, the
nations and peoples of ``nationalities.txt``, a phrase a preposition opens). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day set off after the described source of a closing `according to` is when,
        # no name of the source (rule not-a-source-name)
        (
            "The strike closed 40 schools, according to the union, Tuesday.",
            [Q("indirect", "The strike closed 40 schools", "the union", "the union",
               "according", "according-to")],
        ),
        # a nation's name set off after the source of an opening `according to` is the
        # subject of the reported clause, no name of the ministry
        (
            "According to the ministry, Norway, the biggest producer, caught two million "
            "tonnes.",
            [Q("indirect", "Norway, the biggest producer, caught two million tonnes",
               "the ministry", "the ministry", "According", "according-to")],
        ),
    ],
)
def test_a_day_or_a_nation_is_no_name_of_an_according_to_source(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text), expected)
