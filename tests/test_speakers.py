"""Who said it, by the name a fact-checker would print: sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes
from quotes.speakers import gender_of_given, name_parts


def speaker_of(text: str, fragment: str) -> str | None:
    """The resolved speaker of the quote whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text) if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text)}"
    return found[0].speaker


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # A hyphenated given name, found whole and by its surname.
        (
            'Jean-Luc Marchetti runs the ferry company. "We sail at dawn," Marchetti said.',
            "We sail",
            "Jean-Luc Marchetti",
        ),
        # A hyphenated surname written alone, the tagger reading its first part as a noun.
        (
            'Ingrid Solheim-Vik chairs the board. "Costs are falling," Solheim-Vik said.',
            "Costs are",
            "Ingrid Solheim-Vik",
        ),
        # Particles kept, and the surname with its particle resolves to the full name.
        (
            'Pieter van den Heuvel leads the rowing club. "The river is too high," '
            "van den Heuvel said.",
            "The river",
            "Pieter van den Heuvel",
        ),
        (
            'Dr Inés de la Fuente, a paediatrician, was worried. "Children wait too long," '
            "Dr de la Fuente said.",
            "Children wait",
            "Inés de la Fuente",
        ),
        # An Arabic particle tight against a hyphen.
        (
            "Khalid al-Mansouri, a port official, said the cranes were idle. "
            '"Nothing moves," al-Mansouri said.',
            "Nothing moves",
            "Khalid al-Mansouri",
        ),
        # An apostrophe inside a surname, and a titled surname.
        (
            'Niamh O\'Connell opened the market. "Buy local," Ms O\'Connell said.',
            "Buy local",
            "Niamh O'Connell",
        ),
    ],
)
def test_canonical_name_is_the_fullest_form_as_written(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # A role right before the name, with a relative clause after it.
        (
            "Parish treasurer Tomasz Wielgus, who keeps the accounts, said the roof fund "
            "was empty.",
            "the roof fund",
            "Tomasz Wielgus",
        ),
        (
            "Harbour master Lena Ostrowski said the channel would reopen on Friday.",
            "the channel",
            "Lena Ostrowski",
        ),
    ],
)
def test_a_role_before_a_name_is_not_the_speaker(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # A given name the hand list does not know, and a later `she added` after
        # another woman has spoken.
        (
            "The governor's spokeswoman, Saoirse Lindqvist, said the road would stay shut. "
            'Councillor Mary Hobbs disagreed. "It is safe," Hobbs said. Lindqvist was '
            'unmoved. "We will wait for the engineers," she added.',
            "We will wait",
            "Saoirse Lindqvist",
        ),
    ],
)
def test_pronouns_find_people_by_given_name(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Maria van der Berg", ("maria", "berg")),
        ("van der Berg", (None, "berg")),
        ("Abdullah al-Rashid", ("abdullah", "rashid")),
        ("Martin Luther King Jr.", ("martin", "king")),
        ("García-Márquez", (None, "garcia-marquez")),
        ("NAYAR", (None, "nayar")),
    ],
)
def test_name_parts(name: str, expected: tuple[str | None, str]) -> None:
    assert name_parts(name) == expected


@pytest.mark.parametrize(
    "given, expected",
    [("Saoirse", "f"), ("Karine", "f"), ("Abdullah", "m"), ("Jean-Pierre", "m"), ("Zyxq", None)],
)
def test_gender_of_given(given: str, expected: str | None) -> None:
    assert gender_of_given(given) == expected
