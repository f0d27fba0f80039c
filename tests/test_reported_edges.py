"""Reported speech: one-word answers and where a reported clause ends, one sentence shape
per case (sentences written for these tests).

Each case lists every row of scope `all` that the sentence gives: type, content start
offset, content, speaker mention, cue and method.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import quotes


class Row(NamedTuple):
    """One expected row."""

    type: str
    start: int
    content: str
    mention: str | None
    cue: str
    method: str


CASES = [
    # `answer`: a word that stands for a whole answer after a cue is what was said.
    (
        "Most members of the board said yes.",
        [Row("indirect", 31, "yes", "Most members", "said", "reported-answer:subject")],
    ),
    (
        "Asked whether the pier would reopen by May, the engineer said no.",
        [
            Row("indirect", 6, "whether the pier would reopen by May", None, "Asked",
                "unsourced:addressed"),
            Row("indirect", 62, "no", "the engineer", "said", "reported-answer:subject"),
        ],
    ),
    (
        "The coach thinks so, too.",
        [Row("indirect", 17, "so", "The coach", "thinks", "reported-answer:subject")],
    ),
    # ... also after the pronoun it was said to
    (
        "She told him no.",
        [Row("indirect", 13, "no", "She", "told", "reported-answer:subject")],
    ),
    # `so far` opens a clause: the answer rule leaves it to the clause
    (
        "He said so far the plan has worked.",
        [Row("indirect", 8, "so far the plan has worked", "He", "said", "reported:subject")],
    ),
    # A relative clause set off by a comma at the end of what is reported is the
    # writer's note, not part of it ...
    (
        "The mayor praised the dock plan, which the port drew up in May.",
        [Row("indirect", 18, "the dock plan", "The mayor", "praised",
             "reported-object:subject")],
    ),
    (
        "Garza criticized the budget director, with whom she once lived in Ohio.",
        [Row("indirect", 17, "the budget director", "Garza", "criticized",
             "reported-object:subject")],
    ),
    # ... but one whose verb is a cue nests in the statement
    (
        "Ms. Okafor said the levy would pay for the new library, which critics called a "
        "giveaway.",
        [Row("indirect", 16, "the levy would pay for the new library, which critics called a "
             "giveaway", "Okafor", "said", "reported:subject")],
    ),
    # without the comma it narrows the noun and stays
    (
        "The mayor praised the plan that the port drew up in May.",
        [Row("indirect", 18, "the plan that the port drew up in May", "The mayor", "praised",
             "reported-object:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_reported_edges(text: str, expected: list[Row]) -> None:
    found = [
        Row(q.type, q.start, text[q.start : q.end], q.speaker_mention, q.cue, q.method)
        for q in quotes.extract(text, scope="all")
    ]
    assert found == expected
