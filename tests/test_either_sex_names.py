"""Given names both sexes bear, and streets named like people.

Sentences written for these tests. A name the hand list gives one sex though both bear
it (`Sam`, `Chris`) yields to the text's own `she` (given-names-both-sexes.txt, rule
pronoun-over-given-gender); a name ending in `Street` after `on` is a street, which a
`he` passes over (rule street-after-preposition), and so is a name after `in` set off by a
`where` clause (rule where-after-place).
"""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "mention"),
    [
        # a short form both sexes bear, then her own `she` in the next paragraph
        (
            'Sam Nguyen-Falk runs the night shelter in Eastbrook.\n\n'
            '"We turn people away every week," she said.',
            "We turn people away",
            "Sam Nguyen-Falk",
            "she",
        ),
        # the same in the next sentence, reported
        (
            "Chris Ellis runs the night shelter in Eastbrook. She said the council had cut "
            "its grant by a third.",
            "the council had cut",
            "Chris Ellis",
            "She",
        ),
        # a man's given name before `Street` after `on`: a street, passed over
        (
            "Tom Reyes has run the shelter since May. It moved to a bigger hall on Pike "
            'Street.\n\n"It is full every night," he said.',
            "It is full every night",
            "Tom Reyes",
            "he",
        ),
        # a town the tagger takes for a person, after `In` and set off by a `where`
        # clause (rule where-after-place): a place, passed over
        (
            "In Marcará, where maize and beans are grown on terraces watered by channels "
            "from the Copa glacier, Gregorio Huamán Rojas, 70, spoke through an interpreter "
            'in Quechua. "The ice has gone back a long way," he said.',
            "The ice has gone back",
            "Gregorio Huamán Rojas",
            "he",
        ),
    ],
)
def test_either_sex_names(text: str, fragment: str, speaker: str, mention: str) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
