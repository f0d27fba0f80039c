"""Speakers that must be a person the text names, not a place set beside a group, a
body's name, a title of respect or a role. Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker of the one row (`--scope all`) whose content holds ``fragment``."""
    rows = [q for q in quotes.extract(text, scope="all") if fragment in q.text]
    assert len(rows) == 1, rows
    return rows[0].speaker


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # rule place-apposition-no-name: the state after a town in a group's `of` phrase
        # is no name of the group's
        (
            "Several residents of Milltown, Ohio, said the plant had poisoned their wells.",
            "poisoned their wells",
            "Several residents of Milltown",
        ),
        # ... nor a nation's name set off after the source of `according to`
        (
            "According to the union, Scotland, which has its own health service, will "
            "pay nurses more next year.",
            "will pay nurses",
            "the union",
        ),
        # rule hyphen-in-unparsed-name: a hyphened name opening a sentence no parse
        # reached is that sentence's subject, whom a `he` after it means
        (
            "Transport Minister Baek Sung-ho rose and bowed to the committee. He then "
            'said: "We failed the tenants."',
            "We failed the tenants",
            "Baek Sung-ho",
        ),
        # titles of respect are no part of the name: the Swahili `Mzee` (an elder)
        (
            'Mzee Juma Hamisi, 80, has fished here all his life. "The fish are gone," '
            "Hamisi said.",
            "The fish are gone",
            "Juma Hamisi",
        ),
        # ... the Moroccan `Si`, in the name others call a man by
        (
            "Moha Oubaha, 58, is known to everyone in his village as Si Moha. "
            '"The river was full when I was a boy," Moha said.',
            "The river was full",
            "Moha Oubaha",
        ),
        # ... and the Indonesian `Ibu`
        (
            '"We cannot wait," said Ibu Sri Wahyuni, a teacher.',
            "We cannot wait",
            "Sri Wahyuni",
        ),
        # a lead's schoolteacher (an occupation a lead may describe a person by) is the
        # person the next sentence names
        (
            "A retired schoolteacher from Corrales says the new well has ruined her "
            'garden. "I planted those roses forty years ago," said Marta Ulibarri, 71.',
            "the new well has ruined",
            "Marta Ulibarri",
        ),
        # rule business-end-no-person: a firm's name in German is no person's, and the
        # `he` after it is the man named before
        (
            'Tom Reed runs a bakery. "Prices will rise," Haller Bau said in a statement. '
            "He added that costs were up.",
            "costs were up",
            "Tom Reed",
        ),
    ],
)
def test_the_speaker_is_the_person_named(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected
