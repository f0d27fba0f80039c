"""Cues the parser misread beside a long body name: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.rows import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # A cue whose past is its base form, after a body's name of several words, read
        # as a noun heading the sentence (rule cue-read-after-name).
        (
            "The Flood Forecasting and Warning Centre forecast that the river would stay "
            "above its danger level for another two days.",
            "the river would stay",
            "Flood Forecasting and Warning Centre",
        ),
        (
            "The Flood Forecasting and Warning Centre forecast that the river would stay "
            "high, and warned that two smaller rivers could rise again.",
            "two smaller rivers",
            "Flood Forecasting and Warning Centre",
        ),
        # … with the clause it reports read as a clause on that noun
        (
            "The Danube Flood Monitoring and Warning Service forecast that the river "
            "would stay above its alert mark at Vukovar until Thursday, and warned that "
            "two dykes could fail.",
            "the river would stay",
            "Danube Flood Monitoring and Warning Service",
        ),
        # A body's name that lists its fields with commas, closing the sentence after
        # the clause it reports (rule closing-subject-read-as-apposition).
        (
            "The volcano had produced a dozen explosions an hour since Sunday and sent two "
            "flows down the western ravine, the National Institute of Seismology, "
            "Volcanology, Meteorology and Hydrology (INSIVUMEH) said on Monday.",
            "The volcano had produced",
            "National Institute of Seismology, Volcanology, Meteorology and Hydrology",
        ),
    ],
)
def test_a_cue_the_parser_misread_beside_a_long_body_name_keeps_its_row(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected
