"""Speakers that were printed wrong, not missed: a count taken for a work's maker, a name
cut where the tagger misread one of its words, a short form taken for a longer name it
only opens. Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


def rows_holding(text: str, fragment: str) -> list[quotes.Quote]:
    """The rows (`--scope all`) whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text, scope="all") if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text, scope='all')}"
    return found


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # rule counted-no-maker: what a petition holds (`2,140 signatures`) is no one who
        # made it, and no speaker
        (
            "Parents want the crossing back. A petition with 2,140 signatures said the "
            "new road had made the walk to school unsafe.",
            "the walk to school",
            "A petition",
        ),
        # ... but a year inside a body's name is no count: the body made the data
        (
            "Data from the 2021 Coastal Census show that most tenants rent.",
            "most tenants rent",
            "2021 Coastal Census",
        ),
        # rule paper-by-frequency: `daily` ends the paper's kind (the tagger reads it as
        # an adverb), and the name after it is the paper's, not `the business`
        (
            "Prices rose again in March. The business daily De Kompas said the minister "
            "would resign before the budget.",
            "the minister would resign",
            "De Kompas",
        ),
        # rule balinese-name-opening: `I` and a birth-order name open a Balinese name;
        # the surname alone later is the same man
        (
            "The league banned two players. I Made Suarjana, its integrity officer, said "
            'the players had sold a match. "They knew the rules," Suarjana said.',
            "They knew the rules",
            "I Made Suarjana",
        ),
        # a name word the tagger reads as an interjection (`Ah`) stays in the name, and
        # the given name alone stands for the whole of it
        (
            "The MP Tavita Lemalu Ah Sue rose to speak. Tavita said the bill would take "
            "land from families.",
            "take land from families",
            "Tavita Lemalu Ah Sue",
        ),
        # rule cut-given-is-given: a word that opens a company's name, neither it nor
        # that word a given name the lists know (`Sve`, `Svetlina`), is no given name cut
        # short: not `Svetlina Coast Resorts`
        (
            "Svetlina Coast Resorts declined to comment on the email. The green group's "
            'lawyer is known as Sve. "The permit is a loophole in a suit," Sve said.',
            "a loophole in a suit",
            "Sve",
        ),
        # rule month-after-preposition: `In March` says when; the month is no given
        # name of the person after it
        (
            "The water company's head, Nadia Okonjo-Pryce, defended the ban. In March "
            "Okonjo-Pryce told MPs that leaks would fall by a fifth.",
            "leaks would fall",
            "Nadia Okonjo-Pryce",
        ),
        # rule stopped-legal-form-after: a company's short name is its whole name with
        # the legal form written with full stops (`S.A.`)
        (
            "Residents of the valley have sued Minera Cordal Norte S.A. over its wells. "
            "Minera Cordal said in a statement that it had never pumped more than its "
            "permit allowed.",
            "never pumped more",
            "Minera Cordal Norte S.A.",
        ),
    ],
)
def test_the_speaker_printed_is_the_one_the_text_names(
    text: str, fragment: str, expected: str
) -> None:
    assert rows_holding(text, fragment)[0].speaker == expected


def test_cut_in_reports_an_interruption() -> None:
    # `cut in` reports the words it introduces as `interrupted` does (phrasal-cues.txt):
    # the row is a speech cue's, not a guess from a verb that stands before a quote
    text = (
        '"We have spent more than any other firm —" Mr Okafor began. "So that is a no," '
        "the chair cut in. The hearing went on."
    )
    (row,) = rows_holding(text, "that is a no")
    assert (row.speaker, row.method, text[row.cue_start : row.cue_end]) == (
        "the chair",
        "dep:subject",
        "cut",
    )
