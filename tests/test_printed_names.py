"""Names printed as the text gives them: no rank of another language before a person's
name, no word for when before a body's, no phrase's opening word glued to a name set off
before a subject, and no nickname's mark glued to a surname (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.rows import speaker_in_all


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # titles.txt: a Spanish naval rank written with `de`, both its words a title
        (
            "Capitán de Navío Hernán Saldívar Ruiz told reporters that the barge had been "
            "overloaded.",
            "barge had been",
            "Hernán Saldívar Ruiz",
        ),
        # ... an army rank with `de`, whose second word the names step read as a surname
        (
            "General de Brigada Inés Carvajal said the convoy would leave at dawn.",
            "convoy would",
            "Inés Carvajal",
        ),
        # ... a rank of two titles
        (
            "Teniente Coronel Mauro Ibáñez said the checkpoint had been moved.",
            "checkpoint had",
            "Mauro Ibáñez",
        ),
        # ... an engineer's style, as the Spanish-speaking press writes it
        (
            "Ingeniero Tomás Quiroga said the dam was sound.",
            "dam was sound",
            "Tomás Quiroga",
        ),
        # ... and its abbreviation put into English, `Eng.`, no name of the speaker
        (
            '"Every new turbine leaks," said the Minister of Energy, Eng. Rafael Ovalles '
            "Tejada, who joined the briefing.",
            "Every new turbine",
            "Rafael Ovalles Tejada",
        ),
        # rule time-before-name: a day the parse makes an adverb of time opens no name
        (
            "Yesterday Portugal said it would reopen its embassy.",
            "reopen its embassy",
            "Portugal",
        ),
        # ... nor does a month after a preposition of time
        (
            "In May Canada said the levy was unfair.",
            "levy was unfair",
            "Canada",
        ),
        # rule unlisted-given-before-nickname: a given name no list holds, before a
        # nickname in quotation marks, is the name's first word
        (
            'Tendai "Spider" Moyo coaches the under-12s. "We train every single evening," '
            "Moyo said.",
            "train every",
            "Tendai Moyo",
        ),
        # a nickname in single quotation marks: the closing mark is no possessive
        (
            "Thabo 'Tiger' Ndlovu said the bout had been fixed.",
            "bout had been",
            "Thabo Ndlovu",
        ),
    ],
)
def test_name_printed_whole_and_alone(text: str, fragment: str, expected: str) -> None:
    assert speaker_in_all(text, fragment) == expected
