"""Speakers' full names across the shapes names take in news: double surnames, middle
names, hyphenated and particle surnames, given names of either sex, short forms of a
given name, and a verb after a name before a colon (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str | None, str | None]]:
    """The resolved speaker and the mention of every row, in text order."""
    return [(q.speaker, q.speaker_mention) for q in quotes.extract(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first given name of either sex before a middle name: no role before a name
        (
            "Dorian Lamar Whitlock of Eastfield is charged with arson. Whitlock said he had "
            "been asleep at home.",
            [("Dorian Lamar Whitlock", "Whitlock")],
        ),
        (
            "Casey Darnell Hobbs, 31, was arrested on Friday. Hobbs said he had found the "
            "car unlocked.",
            [("Casey Darnell Hobbs", "Hobbs")],
        ),
        (
            "Taylor Brian Ossei said the landlord had ignored the damp. Ossei said the "
            "council had done nothing.",
            [("Taylor Brian Ossei", "Taylor Brian Ossei"), ("Taylor Brian Ossei", "Ossei")],
        ),
        # a given name of either sex after a capitalised role is still cut from the role
        (
            "Frontbencher Billie Okafor-Lane said the pool would reopen. Okafor-Lane added "
            "that the boiler had been replaced.",
            [("Billie Okafor-Lane", "Billie Okafor-Lane"), ("Billie Okafor-Lane", "Okafor-Lane")],
        ),
        # a given name of either sex set off after a noun that tells the gender
        (
            "His son, Jordan, 17, was asleep upstairs. He said the smoke alarm woke him.",
            [("Jordan", "He")],
        ),
    ],
)
def test_given_names_of_either_sex(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers_of(text) == expected
