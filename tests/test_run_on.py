"""A quote that goes on with a reported clause after its comma: one mixed statement."""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, content",
    [
        # a long clause, the quote hung on its verb by the parse
        (
            "The harbour trust said the ferry had gone down in calm water off the north pier "
            'late on Tuesday, "with every passenger already safe on the quay".',
            "the ferry had gone down in calm water off the north pier late on Tuesday, "
            '"with every passenger already safe on the quay"',
        ),
        # … and one whose quote gives a reason
        (
            "The organisers said the marathon would start an hour earlier than planned this "
            'year because of the heat, "for the sake of the runners".',
            "the marathon would start an hour earlier than planned this year because of the "
            'heat, "for the sake of the runners"',
        ),
    ],
)
def test_a_quote_after_the_comma_of_a_reported_clause_is_part_of_it(
    text: str, content: str
) -> None:
    found = quotes.extract(text)
    assert [(q.type, q.text, q.cue) for q in found] == [("mixed", content, "said")]
