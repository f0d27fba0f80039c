"""A role a story's lead gives someone it names later (quotes/lead_roles.py, rule
lead-role-named-later): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # the accused named first, the prosecutor two paragraphs on by her title
        (
            "A man stabbed his wife after a row over money, a prosecutor told a court on "
            "Monday.\n\nJohn Dunmore, 45, denies murder. He told police that she had "
            "fallen.\n\nProsecutor Ann Vale said the wound could not have been caused by a "
            "fall.",
            "A man stabbed his wife",
            "Ann Vale",
            "a prosecutor",
        ),
        # the same with the lead's speaker first and the accused named by his role
        (
            "A prosecutor told a court on Monday that the former mayor had taken bribes "
            "worth 300,000 euros from a building firm.\n\nThe mayor, Edvin Rama-Kola, was "
            "arrested two years ago. He denies the charges.\n\nProsecutor Mirela Kaloshi "
            "said the payments had been made through a cousin's account.",
            "the former mayor had taken bribes",
            "Mirela Kaloshi",
            "A prosecutor",
        ),
    ],
)
def test_a_lead_role_is_the_one_named_later_with_it(
    text: str, fragment: str, speaker: str, mention: str
) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
