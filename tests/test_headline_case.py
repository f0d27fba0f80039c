"""Title-case headlines: the parser reads their reporting verb in lower case
(quotes/headline_case.py), and the row shows the words as written. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from rows import Row, all_rows

import quotes
from quotes.headline_case import in_title_case, lower_headline_cues

LOWERED = [
    # a headline's verb after its subject: present, in several registers
    ("Harbour Chief Praises New Ferry Timetable For Islanders",
     "Harbour Chief praises New Ferry Timetable For Islanders"),
    ("Coach Slams Referee After Derby Defeat.\n\nThe coach spoke after the game.",
     "Coach slams Referee After Derby Defeat.\n\nThe coach spoke after the game."),
    ("Judge Says Ferry Operator Misled Passengers About Delays",
     "Judge says Ferry Operator Misled Passengers About Delays"),
    # ... past, irregular, and a cue verb after `To`
    ("Minister Told Councils To Publish Spending Data",
     "Minister told Councils To publish Spending Data"),
    # a sentence with many names is no headline
    ("Officials at the United States Embassy said the talks would resume.",
     "Officials at the United States Embassy said the talks would resume."),
    # a headline in capitals has no names to tell the verb from
    ("ENGINEERS DOUBT PLANNED HARBOUR TUNNEL", "ENGINEERS DOUBT PLANNED HARBOUR TUNNEL"),
    # a form that is nearly always a noun, and one after a preposition, stay nouns
    ("Senator Tweets Photo Of Flooded Station", "Senator Tweets Photo Of Flooded Station"),
    ("Thousands Rally In Support Of Striking Nurses",
     "Thousands Rally In Support Of Striking Nurses"),
    # a participle names what the headline is about (the quote's verb is read in lower
    # case like any other of the headline)
    ("Okafor on Council Releasing Its Library Budget: 'I Think They Will Regret It.'",
     "Okafor on Council Releasing Its Library Budget: 'I think They Will Regret It.'"),
]


@pytest.mark.parametrize("text, lowered", LOWERED)
def test_headline_cues_are_read_in_lower_case(text: str, lowered: str) -> None:
    assert lower_headline_cues(text, quotes.get_engine().cue_forms) == lowered


ROWS = [
    # the headline's row keeps its words as written: speaker, cue and content
    (
        "Harbour Chief Praises New Ferry Timetable For Islanders\n\nThe chief spoke on "
        "Monday.",
        [Row("indirect", 22, "New Ferry Timetable For Islanders", "Harbour Chief", "Praises",
             "reported-object:subject")],
    ),
    (
        "Coach Slams Referee After Derby Defeat.\n\nThe coach spoke after the game.",
        [Row("indirect", 12, "Referee After Derby Defeat", "Coach", "Slams",
             "reported-object:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_title_case_headline_gives_its_row(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Veteran Activist Ines Varga Backs Harbour Toll Plan", True),
        # rule full-stop-is-prose: a sentence of names that ends with a full stop
        ('"Never," replied José Manuel Ortega Lanza, of the Tagus Water Board.', False),
        # … but a headline a page gave a full stop stays one
        ("31 Runners Share Their Honest Thoughts On The New Harbour Course.", True),
    ],
)
def test_a_sentence_with_its_full_stop_is_no_headline(text: str, expected: bool) -> None:
    assert in_title_case(text) is expected
