"""Reported speech split by the cue set into it (each piece a statement) and reported by
an aside, one sentence shape per case (sentences written for these tests).

Each case lists every row of scope `all` that the sentence gives: type, content start
offset, content, speaker mention, cue and method.
"""

from __future__ import annotations

import pytest

from tests.rows import Row, all_rows

CASES = [
    # `according to X` set into its clause: the piece before it is a statement too ...
    (
        "Ticket sales, according to the box office, have doubled since the spring.",
        [Row("indirect", 0, "Ticket sales", "the box office", "according",
             "reported-set-apart:according-to"),
         Row("indirect", 43, "have doubled since the spring", "the box office", "according",
             "according-to:according-to")],
    ),
    # ... without a leading `But`
    (
        "But the following morning, according to the caretaker, the gates were locked.",
        [Row("indirect", 4, "the following morning", "the caretaker", "according",
             "reported-set-apart:according-to"),
         Row("indirect", 55, "the gates were locked", "the caretaker", "according",
             "according-to:according-to")],
    ),
    # ... and so is a phrase after it that goes on with the clause
    (
        "The ferry ran late all week, according to commuters, despite the new timetable.",
        [Row("indirect", 0, "The ferry ran late all week", "commuters", "according",
             "according-to:according-to"),
         Row("indirect", 53, "despite the new timetable", "commuters", "according",
             "reported-set-apart:according-to")],
    ),
    # ... but not a second act of the subject after `and`
    (
        "The mill leads the county in output, according to the survey, and employs 400 "
        "people.",
        [Row("indirect", 0, "The mill leads the county in output", "the survey", "according",
             "according-to:according-to")],
    ),
    # a parenthetical cue: a phrase after its closing comma goes on with the clause ...
    (
        "The roof would be repaired, the warden said, by a firm from Bristol.",
        [Row("indirect", 0, "The roof would be repaired", "the warden", "said",
             "reported-parenthetical:subject"),
         Row("indirect", 45, "by a firm from Bristol", "the warden", "said",
             "reported-set-apart:subject")],
    ),
    # ... but where it was said is an aside on the saying
    (
        "The school will stay open, the head teacher said, in a letter to parents.",
        [Row("indirect", 0, "The school will stay open", "the head teacher", "said",
             "reported-parenthetical:subject")],
    ),
    # a passive `as` aside with its agent reports the clause it is set into
    (
        "As reported by the Gazette, the mill will close in May.",
        [Row("indirect", 28, "the mill will close in May", "the Gazette", "reported",
             "reported-as:passive-agent")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_reported_pieces(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected
