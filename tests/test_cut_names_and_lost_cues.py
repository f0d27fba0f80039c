"""Speakers printed with a name cut short, and cue shapes that gave no row or another
verb's speaker: a phrasal cue the tagger or the parser misread (`cut in`), a body's
name that lists its portfolios with commas or whose first word the entity finder left
out, the Korean surname `Oh` read as an interjection, a given name ending in `-ing`
read as a verb (`Tshering`), and a document noun read as an adjective before its cue
(`The circular states that …`), a long title between a quote and its speaker's name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # rule phrasal-read-as-noun: `cut` tagged as a noun that the parse gives a
        # subject is the verb of `cut in`, which reports like `interrupted`; not the
        # verb of the clause that opens the sentence (`spoke`)
        (
            'As he spoke, Green member Noa Bar-Lev cut in: "You sent us the bill at '
            'midnight."',
            "You sent us the bill at midnight.",
            ("direct", "Noa Bar-Lev", "Noa Bar-Lev", "cut"),
        ),
        # rule phrasal-particle-as-preposition: `in` parsed as a preposition with no
        # object is the particle of `cut in` all the same
        (
            "The minister rose. As she began to answer, Deputy Sorcha Ní Bhraonáin cut "
            'in: "The board let the builder set his own price."',
            "The board let the builder set his own price.",
            ("direct", "Sorcha Ní Bhraonáin", "Sorcha Ní Bhraonáin", "cut"),
        ),
        # rule body-portfolio-list: the portfolios a ministry's name lists with commas
        # before its last `and` are the name's, where the parse ends it at the first comma
        (
            "Repairs to the harbour wall will take a year, the Ministry of Fisheries, "
            "Forests and Water said on Monday.",
            "Repairs to the harbour wall will take a year",
            ("indirect", "Ministry of Fisheries, Forests and Water", "the Ministry of Fisheries",
             "said"),
        ),
        # rule entity-first-word: a capitalised compound before the name that the entity
        # finder left out of it (`Consumer`) opens the body's name
        (
            "Consumer Forum Norden said in a statement that families would pay twice for "
            "the same water.",
            "families would pay twice for the same water",
            ("indirect", "Consumer Forum Norden", "Consumer Forum Norden", "said"),
        ),
        # rule name-read-as-interjection: the surname `Oh`, which the text gives in a
        # full name, tagged as an interjection before `, who …`, is the subject of `says`
        (
            "The show is hosted by the novelist Oh Seung-min.\n\n[12:40] Oh, who wrote "
            "comics of his own in his twenties, says most artists he knows have never "
            "taken a paid break.",
            "most artists he knows have never taken a paid break",
            ("indirect", "Oh Seung-min", "Oh", "says"),
        ),
        # rule given-name-read-as-gerund: a given name ending in `-ing`, tagged as a
        # verb's `-ing` form after an inverted `said`, is the first word of its subject
        (
            '"Our drivers now take the old pass," said Tshering Dorji, head of the '
            "truckers' union.",
            "Our drivers now take the old pass,",
            ("direct", "Tshering Dorji", "Tshering Dorji", "said"),
        ),
        # and opening a sentence before the cue
        (
            "The pass was closed for a week in June. Tshering Wangdi said the union would "
            "pay for a second snow plough.",
            "the union would pay for a second snow plough",
            ("indirect", "Tshering Wangdi", "Tshering Wangdi", "said"),
        ),
        # rule cue-read-after-adjective-noun: `circular`, a noun the tagger read as an
        # adjective of `states`, which it read as a plural noun, is the cue's subject
        (
            "The club wrote to its members on Thursday.\n\nThe circular states that two of "
            "the boats had been seized off the coast since June.",
            "two of the boats had been seized off the coast since June",
            ("indirect", "the circular", "The circular", "states"),
        ),
    ],
)
def test_the_whole_name_and_its_cue(
    text: str, fragment: str, expected: tuple[str, str, str, str]
) -> None:
    rows = [q for q in quotes.extract(text, scope="all") if q.text == fragment]
    assert len(rows) == 1, quotes.extract(text, scope="all")
    (row,) = rows
    assert (
        row.type,
        row.speaker,
        text[row.speaker_start : row.speaker_end],
        text[row.cue_start : row.cue_end],
    ) == expected


def test_a_long_title_before_the_name_after_a_quote_keeps_the_name_near() -> None:
    # rule titled-name-after: after `"…,"` the name whose title runs from right after
    # the closing mark to the cue (`Deputy Minister Adv. Lerato Dlamini replied`) is
    # named near the quote, though its head word stands farther off than a name may
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quotes.direct_candidates import _titled_name_after

    words = ['"', "We", "will", "not", "run", "it", ",", '"', "Deputy", "Minister", "Adv.",
             "Lerato", "Dlamini", "replied", "."]
    heads = [4, 4, 4, 4, 13, 4, 4, 4, 12, 12, 12, 12, 13, 13, 13]
    deps = ["punct", "nsubj", "aux", "neg", "ccomp", "dobj", "punct", "punct", "compound",
            "compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    # the quote's words end at the comma (6): the title opens two words on
    assert _titled_name_after(doc, 6, 12, 13)
    # … but not when the name opens farther from the quote's end than a name may stand
    assert not _titled_name_after(doc, 1, 12, 13)
