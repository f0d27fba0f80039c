"""Doubts: what makes a row less sure than the rest of its cell moves its confidence down."""

from __future__ import annotations

import pytest

import quotes
from quotes.confidence import (
    BASE,
    DOUBTS,
    row_doubts,
    shifted_rate,
)
from quotes.confidence_fit import Outcome, fit_shifts
from quotes.records import Quote

#: A speaker named far ahead of her reported clause: over 150 characters of description
#: between them.
FAR = (
    "Ana Ruiz, the harbour master who has run the port of Kelby for eleven years and who "
    "oversaw the rebuilding of its northern breakwater after the two great storms of "
    "last winter, said the pier would close in March."
)


def doubts_of(text: str, row: Quote) -> tuple[str, ...]:
    """The doubts of a row extracted from `text`, read off its columns."""
    return row_doubts(
        text, row.start, row.end, row.speaker, row.speaker_start, row.speaker_end,
        row.cue_start, row.cue_end,
    )


@pytest.mark.parametrize(
    "text, speaker, doubts",
    [
        # a sentence quoted, its speaker named in full beside it: nothing to doubt
        ('"We will appeal the ruling before the spring," Ana Ruiz said.', "Ana Ruiz", ()),
        # the speaker and the quote far apart
        (FAR, "Ana Ruiz", ("far",)),
        # a description the text gives no name for, printed as written
        ('"We will appeal the ruling before the spring," the ministry said.',
         "the ministry", ("lowercase-speaker",)),
        # a surname alone
        ('"We will appeal the ruling before the spring," Ruiz said.', "Ruiz",
         ("one-word-speaker",)),
        # a fragment of a few words
        ('Ana Ruiz called the ruling "a disgrace".', "Ana Ruiz", ("short-quote",)),
        # a text that gives its own words, its maker found
        ('The letter, signed by the mayor, Tomas Reyes, reads: "We will not sell the '
         'park to anyone."', "Tomas Reyes", ("reading-cue",)),
        # a text that gives its own words, its maker not found
        ('The notice on the gate reads: "The pool will reopen in June after the roof is '
         'repaired."', "The notice", ("reading-cue",)),
        # a pronoun with no one named before it: a mention, but no speaker
        ('"We will appeal the ruling before the spring," she said.', None,
         ("unresolved-speaker",)),
    ],
)
def test_the_doubts_of_a_row(
    text: str, speaker: str | None, doubts: tuple[str, ...]
) -> None:
    (row,) = quotes.extract(text)
    assert row.speaker == speaker
    assert doubts_of(text, row) == doubts


@pytest.mark.parametrize(
    "plain, doubtful",
    [
        # the same rule, cell and reach: a surname alone is less sure than a full name
        ('"We will appeal the ruling before the spring," Ana Ruiz said.',
         '"We will appeal the ruling before the spring," Ruiz said.'),
        # a fragment is less sure than a sentence
        ('"We will appeal the ruling before the spring," Ana Ruiz said.',
         '"We will appeal," Ana Ruiz said.'),
        # a speaker across a long clause is less sure than one beside the clause
        ("Ana Ruiz said the pier would close in March.", FAR),
        # a text that gives its words is less sure than one that says them
        ('The letter, signed by the mayor, Tomas Reyes, says: "We will not sell the park '
         'to anyone."',
         'The letter, signed by the mayor, Tomas Reyes, reads: "We will not sell the park '
         'to anyone."'),
        # a pronoun the resolver finds no one for is less sure than one it gives a name
        ('Ana Ruiz left the court early. "We will appeal the ruling before the spring," she '
         'said.',
         '"We will appeal the ruling before the spring," she said.'),
    ],
)
def test_a_doubtful_row_is_less_sure_than_a_plain_one_of_its_cell(
    plain: str, doubtful: str
) -> None:
    (sure,) = quotes.extract(plain)
    (unsure,) = quotes.extract(doubtful)
    assert sure.method == unsure.method
    assert not doubts_of(plain, sure) and doubts_of(doubtful, unsure)
    assert unsure.confidence < sure.confidence


@pytest.mark.parametrize(
    "rate, doubts, expected",
    [
        (0.9, (), 0.9),  # no doubt: the cell's rate
        (0.9, ("far",), 0.5),  # log-odds ln 9 - ln 9: even odds
        (0.9, ("far", "short-quote"), 0.1),  # the shifts add up
        (0.9, ("unknown",), 0.9),  # a doubt the table has no shift for
        (1.0, ("far",), 1.0),  # a rate of 1 stays
    ],
)
def test_a_doubt_shifts_the_log_odds_of_the_cells_rate(
    rate: float, doubts: tuple[str, ...], expected: float
) -> None:
    shifts = {"far": -2.197225, "short-quote": -2.197225}
    assert shifted_rate(rate, doubts, shifts) == pytest.approx(expected, abs=1e-3)


def test_the_base_shift_moves_every_row() -> None:
    shifts = {BASE: 2.197225, "far": -2.197225}
    assert shifted_rate(0.5, (), shifts) == pytest.approx(0.9, abs=1e-3)
    assert shifted_rate(0.5, ("far",), shifts) == 0.5


def test_fit_shifts_measures_each_doubt_against_the_rows_cells() -> None:
    # one cell over 200 documents: its far rows right 1 time in 2, the rest (short
    # quotes among them) 9 times in 10
    rows = []
    for i in range(400):
        doubts = ("far",) if i % 4 == 0 else ("short-quote",) if i % 4 == 1 else ()
        right = (i // 4) % 2 == 0 if doubts == ("far",) else (i // 4) % 10 != 0
        rows.append(Outcome("dep", "direct", "speech", "name", right, True, f"d{i // 2}",
                            "subject", "0-para-after", doubts))
    shifts = fit_shifts(rows, prior=10)
    assert set(shifts) == {BASE, *DOUBTS}
    # rows with no doubt sit above their cell's rate (0.8), the far ones well below it
    assert shifts[BASE] > 0.3 and shifts["far"] < -1.0
    assert abs(shifts["short-quote"]) < 0.5
    assert shifts["lowercase-speaker"] == shifts["one-word-speaker"] == 0.0


#: A description set off before the name an apposition gives it.
COACH = 'Her coach, Oh Min-seok, said the final had been "the hardest match of her life".'


@pytest.mark.parametrize(
    "text, mention, speaker, doubts",
    [
        # the resolver printed the description and passed over the name beside it
        (COACH, "Her coach", "Her coach", ("name-passed-over",)),
        # or printed another person's name
        (COACH, "Her coach", "Lena Berg", ("name-passed-over",)),
        # the name the apposition gives, printed: nothing to doubt
        (COACH, "Her coach", "Oh Min-seok", ()),
        # a name followed by a place set off in commas is no description
        ('Tomas Reyes, Ohio, said the final had been "the hardest match of his life".',
         "Tomas Reyes", "Tomas Reyes", ()),
        # a description with no name after it
        ('Her coach said on Sunday that the final had been "the hardest match of her life".',
         "Her coach", "Her coach", ()),
    ],
)
def test_a_name_the_resolver_passed_over(
    text: str, mention: str, speaker: str, doubts: tuple[str, ...]
) -> None:
    start = text.index("the final")
    end = len(text) - 1
    m_start = text.index(mention)
    cue = text.index("said")
    assert row_doubts(
        text, start, end, speaker, m_start, m_start + len(mention), cue, cue + 4
    ) == doubts
