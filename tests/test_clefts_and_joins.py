"""Statements whose frame hides their content or their speaker, one sentence shape per
case (sentences written for these tests): a pseudo-cleft's focus clause (rule
cleft-focus, :mod:`quotes.clefts`), a clause the cue interrupts before `and`/`but`
(rule piece-after-join, :mod:`quotes.set_off`), a body's statement given only as `a
statement` (rule according-statement-issuer, :mod:`quotes.makers_after`) and a name set
off after an opener's role read as the cue's subject (rule opener-name-apposition,
:mod:`quotes.opener_subjects`).
"""

from __future__ import annotations

import pytest

from tests.rows import Row, all_rows, speaker_in_all

CASES = [
    # a pseudo-cleft reports its focus clause, not the frame `What …`: with a cue set
    # off before `is` ...
    (
        "What the figures show, the economist said, is that wages have not kept up with "
        "prices.",
        [Row("indirect", 51, "wages have not kept up with prices", "the economist", "said",
             "reported-parenthetical:subject")],
    ),
    # ... with `according to X` set off before it ...
    (
        "What it means, according to the housing board, is that rents will rise in every "
        "district.",
        [Row("indirect", 55, "rents will rise in every district", "the housing board",
             "according", "according-to:according-to")],
    ),
    # ... and with the cue inside the frame, its object the cleft word
    (
        "What the minister said was that the hospital would stay open.",
        [Row("indirect", 32, "the hospital would stay open", "the minister", "said",
             "reported:subject")],
    ),
    (
        "What she told the committee is that the money was never spent.",
        [Row("indirect", 36, "the money was never spent", "she", "told", "reported:subject")],
    ),
    # a clause the cue interrupts goes on after it without the writer's `and` ...
    (
        "Chocolate makers have shrunk their bars, she says, and more price rises are likely "
        "next year.",
        [Row("indirect", 0, "Chocolate makers have shrunk their bars", "she", "says",
             "reported-parenthetical:subject"),
         Row("indirect", 55, "more price rises are likely next year", "she", "says",
             "reported-set-apart:subject")],
    ),
    # ... or `but`
    (
        "The depot has run out of salt, the mayor said, but the main roads will be gritted "
        "tonight.",
        [Row("indirect", 0, "The depot has run out of salt", "the mayor", "said",
             "reported-parenthetical:subject"),
         Row("indirect", 51, "the main roads will be gritted tonight", "the mayor", "said",
             "reported-set-apart:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_focus_and_joins(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected


SPEAKERS = [
    # a body's `a statement` about what it does itself is the body's ...
    ("Chipmaker Veltrix cut its forecast for the year on Tuesday, according to a statement.",
     "cut its forecast", "Veltrix"),
    ("Calder Holdings will close two plants in the spring, according to a filing.",
     "close two plants", "Calder Holdings"),
    # the name set off after an opener's role is that role's, not the cue's subject
    ("Under questioning by the chair, Ana Ruiz, the witness Tom Hale admitted that he had "
     "signed the contract without reading it.", "signed the contract", "Tom Hale"),
]


@pytest.mark.parametrize("text, fragment, speaker", SPEAKERS)
def test_speaker_behind_the_frame(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_all(text, fragment) == speaker
