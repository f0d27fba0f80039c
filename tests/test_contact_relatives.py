"""Rule contact-relative (:func:`quotes.cue_objects.contact_antecedent`): a noun phrase
set off after a clause, summing it up, with a relative clause of no relative word whose
cue's object gap it fills, is what the cue is aimed at (`--scope all`, as PolNeAR
attributes it); no statement in the default scope."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Row, all_rows

CASES = [
    # after a comma: the writer's summary of the clause before it
    (
        "The council now leans on the grant, an arrangement the opposition has criticized.",
        [Row("indirect", 36, "an arrangement", "the opposition", "criticized",
             "reported-relative-head:subject")],
    ),
    # between dashes
    (
        "She turned against the pact - a deal she once supported - in May.",
        [Row("indirect", 30, "a deal", "she", "supported", "reported-relative-head:subject")],
    ),
    # inside the sentence's own run the noun phrase is picked out, not aimed at: only
    # the summary after the comma is a row
    (
        "The plan the mayor announced on Monday was dropped, a step the unions opposed.",
        [Row("indirect", 52, "a step", "the unions", "opposed",
             "reported-relative-head:subject")],
    ),
    # a cue with an object of its own leaves its noun no gap to fill (`her budget` is
    # its object's row)
    (
        "The levy rose in June, the month the mayor announced her budget, a step the "
        "unions opposed.",
        [
            Row("indirect", 53, "her budget", "the mayor", "announced",
                "reported-object:subject"),
            Row("indirect", 65, "a step", "the unions", "opposed",
                "reported-relative-head:subject"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contact_relative_rows(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected
    assert quotes.extract(text) == []  # what a cue is aimed at is no statement
