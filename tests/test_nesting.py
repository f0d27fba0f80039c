"""Statements inside statements, in `--scope all`: which one is the row.

The sentences are written for these tests. A statement whose cue lies inside another
statement's content is part of it (`The governor said farmers believe …`); each case
here checks which of the two the engine keeps, with its offsets, speaker and cue.
"""

from __future__ import annotations

import pytest
from rows import Q, check

import quotes

CASES = [
    # A relative clause with a cue of its own describes the object; the object is the
    # statement of the verb that has it.
    (
        "The mayor criticized a rule that farmers say hurts small towns.",
        [
            Q(
                "indirect",
                "a rule that farmers say hurts small towns",
                "the mayor",
                "The mayor",
                "criticized",
                "reported-object",
            )
        ],
    ),
    # One set off by a comma is the writer's aside, whose cue has rows of its own: the
    # relative word and what is said of it (quotes/clause_bounds.py).
    (
        "Senator Ruth Alvarez praised the budget, which she said would cut the deficit.",
        [
            Q("indirect", "the budget", "Ruth Alvarez", "Ruth Alvarez", "praised",
              "reported-object"),
            Q("indirect", "which", "Ruth Alvarez", "she", "said", "reported-set-apart"),
            Q("indirect", "would cut the deficit", "Ruth Alvarez", "she", "said",
              "reported-paren"),
        ],
    ),
    # ... but not one that stands for its noun: the name is the speaker's own words (the
    # free relative `what` alone is no row, quotes/unattributed.py).
    (
        "Okafor has long railed against what he calls a rigged tender.",
        [Q("indirect", "a rigged tender", "Okafor", "he", "calls", "reported-naming")],
    ),
    # ... a participle that describes the noun (`a statement saying …`).
    (
        "The council released a statement saying that the bridge would stay closed.",
        [
            Q(
                "indirect",
                "a statement saying that the bridge would stay closed",
                "the council",
                "The council",
                "released",
                "reported-object",
            )
        ],
    ),
    # ... a noun cue with its that-clause (`the company's claim that …`).
    (
        "Officials rejected the company's claim that the river was clean.",
        [
            Q(
                "indirect",
                "the company's claim that the river was clean",
                "officials",
                "Officials",
                "rejected",
                "reported-object",
            )
        ],
    ),
    # A relative clause on a noun that no cue has keeps its own rows.
    (
        "It was a plan that critics say will raise rents.",
        [
            Q("indirect", "that", "critics", "critics", "say", "reported-set-apart"),
            Q("indirect", "will raise rents", "critics", "critics", "say", "reported-paren"),
        ],
    ),
    # A cue and its speaker inside one quoted fragment are words of the quote, no
    # statement of their own (rule quoted-source, quotes/reported.py) ...
    (
        'The senator voted against the bill because "I do not see what it fixes."',
        [Q("indirect", "the bill", "the senator", "The senator", "voted", "reported-topic")],
    ),
    # ... but a quoted cue word alone, its speaker outside the marks, is still the cue.
    (
        'The minister urged voters to "reject" the plan.',
        [Q("mixed", 'voters to "reject" the plan', "the minister", "The minister", "urged",
           "reported-object")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_nested_statement(text: str, expected: list[Q]) -> None:
    quotes.get_engine()
    check(text, quotes.extract(text, scope="all"), expected)
