"""Verbs that are cues only with the goal their subject presses for after them
(quotes/lang/en/goal-cues.txt).

Sentences written for these tests: each verb reports an infinitive, after the one pressed
or alone, or a `for` phrase, and nothing when it takes a plain object or a place.
"""

from __future__ import annotations

import pytest

import quotes
from quotes.cue_classes import cue_class
from quotes.cue_words import GOAL_CUES, cue_lemmas
from tests.rows import CueRow, cue_rows

CASES = [
    # the one pressed and the infinitive
    (
        "The union is pushing the council to reopen the pool before the summer.",
        [CueRow("indirect", "the council to reopen the pool before the summer", "The union",
           "pushing", "reported-object:goal-cue")],
    ),
    # the infinitive alone
    (
        "She pushed to reopen the pool.",
        [CueRow("indirect", "to reopen the pool", "She", "pushed", "reported:goal-cue")],
    ),
    # a `for` phrase
    (
        "Residents have pushed for a recount in the ward.",
        [CueRow("indirect", "a recount in the ward", "Residents", "pushed",
           "reported-topic:goal-cue")],
    ),
    # no goal: what was done, not what was pressed for
    ("He pushed the button and left.", []),
    ("The storm pushed the boat into the harbour wall.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_goal_cues(text: str, expected: list[CueRow]) -> None:
    assert cue_rows(text) == expected


def test_goal_cues_are_apart_from_the_cue_verbs() -> None:
    # a verb in both lists would be a cue with or without its goal
    assert GOAL_CUES.isdisjoint(cue_lemmas())


def test_a_goal_cue_stays_out_of_the_statements_scope() -> None:
    # what someone presses for is an act, not a statement a fact-checker publishes
    text = "The union is pushing the council to reopen the pool."
    doc = quotes.get_engine().nlp(text)
    pushing = next(t for t in doc if t.lower_ == "pushing")
    assert cue_class(pushing) == "act"
    assert quotes.extract(text) == []
