"""A description by an office held before, for the person in focus whom the text never
gave it (quotes/former_offices.py, rule former-office-in-focus): sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # reported speech after a paragraph about the one person named
        (
            "Dominic Farrow was sworn in as a member of parliament on Tuesday, a year after "
            "he resigned from the cabinet.\n\nFarrow served as justice minister until 2023. "
            "His return has angered the opposition.\n\nThe former attorney general said he "
            "had been cleared of any wrongdoing by two inquiries.",
            "cleared of any wrongdoing",
            "Dominic Farrow",
            "The former attorney general",
        ),
        # a direct quote at a rally
        (
            "Independent candidate Marisol Okafor-Lind told supporters in Wexley on Saturday "
            "that she would reopen the town's maternity unit.\n\nThe crowd cheered for a "
            'full minute.\n\n"Nobody should drive forty miles to give birth," the former '
            "mayor said.",
            "Nobody should drive forty miles",
            "Marisol Okafor-Lind",
            "the former mayor",
        ),
    ],
)
def test_a_former_office_is_the_person_in_focus(
    text: str, fragment: str, speaker: str, mention: str
) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
