"""Names printed whole: the full name a later short form resolves to keeps every word
the text gives it, whatever stands before it (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes


def speaker_of(text: str, fragment: str) -> str | None:
    """The resolved speaker of the quote whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text, scope="all") if fragment in text[q.start : q.end]]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text, scope='all')}"
    return found[0].speaker


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # rule hyphen-one-word: two given names and two surnames, one of them hyphened,
        # are a person's name of four words, not five
        (
            "Health Minister Ana Lucía Ortiz-Bello Prado toured the clinic on Monday. "
            '"We need forty more nurses by spring," Ortiz-Bello said.',
            "forty more nurses",
            "Ana Lucía Ortiz-Bello Prado",
        ),
        # rule office-of-the: the office `Leader of the Opposition` ends before the given
        # name, so its last word is no part of the name
        (
            "When the debate resumed on Tuesday afternoon, the Leader of the Opposition "
            'Rosa Imelda Quispe Torres asked for the floor. "The budget is balanced and the '
            'roads will be mended," Quispe said.',
            "budget is balanced",
            "Rosa Imelda Quispe Torres",
        ),
        # an ombudswoman's title before her name is no part of it
        (
            '"The files were lost twice in one year," Ombudswoman Carmen Julia Ibarra Soto '
            "told the committee. Ibarra said her office would audit the archive.",
            "audit the archive",
            "Carmen Julia Ibarra Soto",
        ),
        # the Maltese architect's title `Perit`, as `Dr`, stands before the name
        (
            "The plans were presented by Perit Josianne Camilleri Vella, the architect for "
            "the owners. Asked about the height, Camilleri Vella replied: \"The facade stays "
            'exactly as it is."',
            "facade stays",
            "Josianne Camilleri Vella",
        ),
        # rule unknown-name-word: a given name the tagger does not know and reads as a
        # common noun opens the name all the same
        (
            'Chamindu Malinga Jayasekara, 22, denies the charge. "I only wiped the seam '
            'with my shirt," Jayasekara said.',
            "wiped the seam",
            "Chamindu Malinga Jayasekara",
        ),
        # ... but not a stop word the index of nouns and verbs leaves out
        (
            "Nobody believes it. Everything Varga promises is forgotten by Monday, he said.",
            "promises is forgotten",
            "Varga",
        ),
        # rule initial-opens-name: a name that opens with an initial is a full name, which
        # the two words after the initial stand for
        (
            "Fisheries Minister R. Meenakshi Sundaram told the House that the boats had "
            'been repaired. "Not one family will be left out," Ms. Meenakshi Sundaram said.',
            "Not one family",
            "R. Meenakshi Sundaram",
        ),
        # rule titled-of-name: `the Court` is the body's name the text writes with `of`,
        # with the capitalised word before it
        (
            "The complaint was lodged with the Western Court of Trade Disputes in 2021. The "
            "Court said that the fine had been excessive.",
            "the fine had been excessive",
            "Western Court of Trade Disputes",
        ),
    ],
)
def test_a_short_form_resolves_to_the_whole_name(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


def test_a_label_of_the_first_surname_is_the_whole_name() -> None:
    # rule label-first-surname: `FERREIRO` is the one the introduction names with two
    # surnames, and the second is his name too
    text = (
        "Two views on the barnacle quota\n\n"
        "We put the same two questions to Marta Outeiro Lestón, who leads the guild's "
        "shellfish gatherers, and Breogán Ferreiro Castro, a biologist at the coastal "
        "institute in Vigo.\n\n"
        "[The answers have been edited for length.]\n\n"
        "Is the quota too low?\n\n"
        "OUTEIRO: It is far too low. My members cannot live on it.\n\n"
        "FERREIRO: It is exactly right. The stock has halved in ten years.\n\n"
        "Will the ban help?\n\n"
        "OUTEIRO: No. It will only send the gatherers to the black market.\n\n"
        "FERREIRO: Yes, if it is enforced. Two seasons would be enough.\n"
    )
    assert speaker_of(text, "exactly right") == "Breogán Ferreiro Castro"
    assert speaker_of(text, "far too low") == "Marta Outeiro Lestón"
