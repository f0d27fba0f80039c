"""Verbs that are cues only with a finite clause (quotes/lang/en/clause-cues.txt).

Sentences written for these tests: each verb reports the clause it governs and nothing
when it takes an object or an infinitive instead.
"""

from __future__ import annotations

import pytest

import quotes
from quotes.cue_classes import cue_class
from quotes.cue_words import CLAUSE_CUES, cue_lemmas
from tests.rows import CueRow, cue_rows

CASES = [
    # a `that`-clause: what the subject holds or says
    (
        "The harbour board accepted that the old pier could not be saved.",
        [CueRow("indirect", "the old pier could not be saved", "The harbour board", "accepted",
           "reported:clause-cue")],
    ),
    # a clause with its own subject and no `that`
    (
        "Doctors advised the clinic would have to close for a week.",
        [CueRow("indirect", "the clinic would have to close for a week", "Doctors", "advised",
           "reported:clause-cue")],
    ),
    # a court's `held that`: its ruling
    (
        "The majority held that the ferry levy was lawful.",
        [CueRow("indirect", "the ferry levy was lawful", "The majority", "held",
           "reported:clause-cue")],
    ),
    # a committee's members' `judged that`: the view they hold
    (
        "Two directors judged that the flood risk had been overstated.",
        [CueRow("indirect", "the flood risk had been overstated", "Two directors",
           "judged", "reported:clause-cue")],
    ),
    # the same verbs with an object or an infinitive are acts, not cues
    ("The harbour board accepted the offer on Friday.", []),
    ("The harbour board held a meeting on Friday.", []),
    ("Doctors advised the nurses to rest.", []),
    ("Three chefs judged the pastry round on Sunday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clause_cues(text: str, expected: list[CueRow]) -> None:
    assert cue_rows(text) == expected


def test_clause_cues_are_apart_from_the_cue_verbs() -> None:
    # a verb in both lists would be a cue with or without its clause
    assert CLAUSE_CUES.isdisjoint(cue_lemmas())


def test_a_clause_cue_takes_its_class_from_its_list() -> None:
    doc = quotes.get_engine().nlp("The harbour board accepted that the pier was lost.")
    accepted = next(t for t in doc if t.lower_ == "accepted")
    assert cue_class(accepted) == "thought"
