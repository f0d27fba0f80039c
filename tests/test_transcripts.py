"""Transcript lines whose label carries a note in brackets, and callers named by given name."""

from __future__ import annotations

import pytest

import quotes

PHONE_IN = """Listeners rang Morning Line with Tessa Quayle about the closed swimming baths.

QUAYLE: First up is Ronan in Lydford. Go ahead, Ronan.

RONAN (LYDFORD): My kids learned to swim there, and the lifeguard said to me they were never told.

QUAYLE: Did anyone from the council write to you?

RONAN (LYDFORD): Not a word.

[CALLER CUT OFF]

QUAYLE (Presenter): We'll try to get him back.
"""

LIVE_BLOG = """Storm Bryn: what we know so far

UPDATE (09:40): Trains between the two cities are cancelled.

UPDATE (10:15): The coastal road has reopened.
"""


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("My kids learned", "RONAN"),
        ("Not a word.", "RONAN"),
        ("We'll try to get him back.", "Tessa Quayle"),
    ],
)
def test_a_label_with_a_note_in_brackets_is_a_transcript_line(
    fragment: str, expected: str
) -> None:
    [line] = [q for q in quotes.extract(PHONE_IN) if q.text.startswith(fragment)]
    assert (line.type, line.speaker, line.method, line.cue) == (
        "direct",
        expected,
        "transcript",
        "RONAN" if expected == "RONAN" else "QUAYLE",
    )
    # the label is the name, the note in brackets is not part of it
    assert PHONE_IN[line.speaker_start : line.speaker_end] == line.cue


def test_speech_a_caller_reports_inside_the_line_is_no_row_of_its_own() -> None:
    found = quotes.extract(PHONE_IN)
    assert not [q for q in found if q.text.startswith("they were never told")]
    assert not [q for q in found if q.speaker_mention == "the lifeguard"]


def test_a_time_in_brackets_after_a_word_that_names_no_one_is_no_transcript() -> None:
    assert not [q for q in quotes.extract(LIVE_BLOG) if q.method == "transcript"]
