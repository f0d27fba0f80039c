"""Titles of courtesy of other cultures and the names others call a person by: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.rows import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # The Thai `Khun` of courtesy is no part of the name: `Khun Somchai` is the
        # Somchai the text named in full.
        (
            "Somchai Boonyarat, 61, has fished the reservoir since 1985. Khun Somchai said "
            'the water had never been so low. "The fish are gone," he said.',
            "the water had never",
            "Somchai Boonyarat",
        ),
        (
            "Malee Thongdee sells noodles by the pier. Khun Malee said the rent had gone up "
            "twice this year.",
            "the rent had gone up",
            "Malee Thongdee",
        ),
        # The Bruneian `Dayang` (Ms) is no part of the name, whose given names alone are
        # a second reference to it.
        (
            "The court heard from Dayang Nurul Aini binti Yusof, a retired teacher. Nurul "
            'Aini said: "I lost everything I had saved."',
            "I lost everything",
            "Nurul Aini binti Yusof",
        ),
    ],
)
def test_courtesy_titles_of_other_cultures_stand_outside_the_name(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # The name others call a person by, given with `him` or `her` in a main clause
        # after the full name (rule called-by-pronoun): a teknonym, and a name of respect.
        (
            "Yusuf ibn Karim al-Harbi, 70, has kept camels outside the town since his youth, "
            "and everyone at the market calls him Abu Salim.\n\nAbu Salim said the feed "
            'prices had doubled. "We sell the young ones first," he said.',
            "the feed prices",
            "Yusuf ibn Karim al-Harbi",
        ),
        (
            "Yusuf ibn Karim al-Harbi, 70, has kept camels outside the town since his youth, "
            "and everyone at the market calls him Abu Salim.\n\nAbu Salim said the feed "
            'prices had doubled. "We sell the young ones first," he said.',
            "We sell the young",
            "Yusuf ibn Karim al-Harbi",
        ),
        (
            "Grace Wanjiru runs the kiosk by the bus stop. The drivers call her Mama Mboga. "
            '"Business is slow since the road closed," Mama Mboga said.',
            "Business is slow",
            "Grace Wanjiru",
        ),
        # A stage name a verb gives: `who performs as`.
        (
            "The rapper Dmitri Volkov, who performs as Borei, closed the night. "
            '"The crowd was too close to the stage," Borei wrote on X.',
            "The crowd was",
            "Dmitri Volkov",
        ),
    ],
)
def test_a_name_others_call_a_person_by_is_that_person(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # The first name a described source gives, set off after the relative clause
        # that says so, which the parse hangs on the description (rule
        # name-set-off-after-clause).
        (
            "A 12-year-old schoolgirl who gives only her first name, Tamara, says she has "
            "never seen a vegetable grown on the island.",
            "never seen a vegetable",
            "Tamara",
        ),
    ],
)
def test_a_first_name_set_off_after_the_clause_that_gives_it(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected
