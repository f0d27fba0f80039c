"""Rule figure-estimate: someone who puts a thing at a figure (`put the turnout at 38
percent`, `estimated the crowd at 9,000`) states an estimate of their own, an indirect
row whose content is the thing and its figure; the same verbs with no figure after them
give none (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `put` … `at` a percentage, its subject a pronoun standing for a body
        (
            "The ministry said 4,000 nurses had joined the walkout. It put the turnout at 41 "
            "percent.",
            [
                Q("indirect", "4,000 nurses had joined the walkout", "the ministry",
                  "The ministry", "said"),
                Q("indirect", "the turnout at 41 percent", "the ministry", "It", "put"),
            ],
        ),
        # `estimated` with an object and an `at` phrase: no clause, a figure all the same
        (
            "Thousands marched on Sunday. Police estimated the crowd at about 9,000.",
            [Q("indirect", "the crowd at about 9,000", "police", "Police", "estimated")],
        ),
        # `peg` … `at` a sum; what the writer adds after a comma is no part of it
        (
            "Forbes pegged the fortune at $3 billion, which the heir called absurd.",
            [Q("indirect", "the fortune at $3 billion", "Forbes", "Forbes", "pegged")],
        ),
        (
            "Analysts at Harbour Securities peg the loss at $2 million.",
            [Q("indirect", "the loss at $2 million", "analysts at Harbour Securities",
               "Analysts", "peg")],
        ),
        # the `at` of the figure far from the verb (rule figure-at-far, picking), past a
        # word the tokenizer splits (`non-urgent`)
        (
            "The clinic's director put the average wait for a non-urgent hip operation at "
            "14 months.",
            [Q("indirect", "the average wait for a non-urgent hip operation at 14 months",
               "the clinic's director", "The clinic's director", "put")],
        ),
        # rule figure-at-deep: the parser hangs the `at` on a word inside the thing, or
        # inside a phrase after it; the figure closes the clause
        (
            "The harbour board put the number of lorries waiting to be loaded at 730.",
            [Q("indirect", "the number of lorries waiting to be loaded at 730",
               "the harbour board", "The harbour board", "put")],
        ),
        (
            "Organisers put the number of riders in the sportive and the junior race at "
            "2,100, a record.",
            [Q("indirect", "the number of riders in the sportive and the junior race at "
               "2,100", "organisers", "Organisers", "put")],
        ),
    ],
)
def test_a_figure_put_on_a_thing_is_a_row(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        # a thing put in a place, at a time of day
        "She put the book on the shelf at 9 a.m.",
        # an `at` phrase with no number
        "The coach put his faith in youth at every turn.",
        # an `at` with a number inside the thing that does not close the clause
        "The warden put the boats that came in at 5 into the shed.",
    ],
)
def test_put_with_no_figure_gives_no_row(text: str) -> None:
    assert quotes.extract(text) == []
