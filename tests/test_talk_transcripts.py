"""Who speaks in a talk programme's transcript: sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import speaker_of


def rows_of(text: str) -> list[tuple[str, str | None, str]]:
    """Each row's type, resolved speaker and first words."""
    return [(q.type, q.speaker, q.text[:20]) for q in quotes.extract(text)]


_PHONE_IN = (
    "A transcript of Monday's Harbour Hour on Coast FM. The presenter is Nia Tremayne. "
    "Her guest is Councillor Owen Pascoe, who chairs the harbour board. The caller is "
    "Bethan Roskilly, of Newlyn.\n\n"
    "PRESENTER: Councillor, the mooring fees have doubled. Why?\n\n"
    "GUEST: Because the wall is crumbling and someone has to pay for it.\n\n"
    "PRESENTER: Bethan is on the line. Go ahead, Bethan.\n\n"
    "CALLER: Hello, Nia. My boat has been in that harbour for thirty years and I "
    "cannot pay this.\n\n"
    "PRESENTER: Councillor, what do you say to her?\n\n"
    "GUEST: That the board will look at a discount for working boats."
)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # A presenter's label that takes turns with a guest and a caller heads her own
        # turns, not a station's copy (rule presenter-with-guests).
        ("Councillor, the mooring", "Nia Tremayne"),
        ("Bethan is on the line", "Nia Tremayne"),
        # `Her guest is …` names no one called `Her Guest` (rule
        # possessive-no-given-name): the guest is the councillor the copula names.
        ("Because the wall", "Owen Pascoe"),
        ("the board will look", "Owen Pascoe"),
        # A caller who speaks once between the presenter's lines (rule party-label).
        ("Hello, Nia", "Bethan Roskilly"),
    ],
)
def test_a_talk_programme_transcript_gives_each_turn_its_speaker(
    fragment: str, expected: str
) -> None:
    assert speaker_of(_PHONE_IN, fragment) == expected


def test_a_news_package_anchor_is_still_the_station_copy() -> None:
    # an anchor who takes turns with a reporter and named clips, no guest nor caller
    text = (
        "ANCHOR: Good evening. The ferry to the island has been cancelled again.\n\n"
        "REPORTER: The operator told us the engine had failed for the third time.\n\n"
        "ANCHOR: Thank you. Now the weather."
    )
    assert [r for r in rows_of(text) if r[2].startswith(("Good evening", "Thank you"))] == []
