"""Whose words a statement read out on someone's behalf are: sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.rows import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # A cue heading a relative clause set off by a comma that runs up to the colon
        # introduces the quotation: its subject speaks, not the one who reads it out
        # (rule relative-cue-at-colon).
        (
            "The family's lawyer, Tomasz Wrona, spoke outside the court. He then read a "
            "statement on their behalf, in which her parents said:\n\n\"Ola loved the "
            'mountains and she knew the risks.\n\n"Nobody told her the path had been closed."',
            "Ola loved the mountains",
            "her parents",
        ),
        (
            "The family's lawyer, Tomasz Wrona, spoke outside the court. He then read a "
            "statement on their behalf, in which her parents said:\n\n\"Ola loved the "
            'mountains and she knew the risks.\n\n"Nobody told her the path had been closed."',
            "Nobody told her",
            "her parents",
        ),
        (
            "The union's spokeswoman, Ines Varga, met reporters. She read out a letter, in "
            'which the drivers said:\n\n"We have not been paid since March."',
            "We have not been paid",
            "the drivers",
        ),
        # A relative clause that ends before the main verb still passes over.
        (
            'Ruth Osei, whose riding includes St. Aubin, posted on X: "The bridge must stay '
            'open."',
            "The bridge must",
            "Ruth Osei",
        ),
    ],
)
def test_a_statement_read_out_is_the_words_of_those_it_quotes(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected
