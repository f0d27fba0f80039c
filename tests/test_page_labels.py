"""Labels before a colon that head a page's paragraphs or fields rather than name a voice
(a translator's note, a club's news, a dated correction), and the labels that do name one
(sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes


def rows(text: str) -> list[tuple[str, str, str | None]]:
    """Each row's type, words and speaker mention, in text order."""
    return [(q.type, q.text, q.speaker_mention) for q in quotes.extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a note's label: the page's own voice
        "Mayor Ines Kuti spoke for an hour.\n\nTranslator's note: the programme was "
        "broadcast in French.",
        # a column's heading and a puzzle's
        "Club news: our fours are champions of the coast!",
        "This week's puzzle: White to play and win.",
        # a corrections column dates each entry
        "Water story, March 6: We misspelled the name of the union's medical adviser.",
    ],
)
def test_a_thing_or_a_date_before_a_colon_is_no_speaker(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Okafor: Tariffs could hurt grain exports in spring",
         [("indirect", "Tariffs could hurt grain exports in spring", "Okafor")]),
        ("Union leader: We will strike on Monday.",
         [("indirect", "We will strike on Monday", "Union leader")]),
        ("Critics: the plan will fail.", [("indirect", "the plan will fail", "Critics")]),
    ],
)
def test_a_name_a_role_or_a_group_before_a_colon_speaks(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected

