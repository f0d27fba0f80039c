"""Who `he`, `she` and `the general` are: a description that opens a sentence about the
person named before it, a rank written out alone after its abbreviation, and a
business's name between a person and the `he` after them (sentences written for these
tests, one case per shape)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # description-opens-sentence: `The 31-year-old` opens the sentence before the
        # `he`, the player named first, not the manager named last in between
        (
            "Mateo Silva has been left out of the squad to face Benfica, a week after his "
            "row with manager Jorge Pinto. The 31-year-old was seen training alone on "
            'Tuesday. "I have nothing to hide," he said afterwards.',
            [Q("direct", "I have nothing to hide,", "Mateo Silva", "he", "said",
               "dep:subject")],
        ),
        # … a `she`, the officer who ordered the recount named in between
        (
            "Priya Nair won the seat by 212 votes after a recount ordered by returning "
            "officer Helen Doyle. The 38-year-old will be the youngest member of the "
            'council. "Every vote mattered tonight," she said.',
            [Q("direct", "Every vote mattered tonight,", "Priya Nair", "she", "said",
               "dep:subject")],
        ),
        # … a description by an age range (`the teenager`) after `Jonah Reeves, 19,`
        (
            "Jonah Reeves, 19, scored twice as Hull beat Leeds, to the delight of manager "
            'Colin Pratt. The teenager had only made his debut in March. "I just wanted '
            'to play," he said.',
            [Q("direct", "I just wanted to play,", "Jonah Reeves", "he", "said",
               "dep:subject")],
        ),
        # title-descriptions: `the general` after `Maj. Gen. Ana Ruiz`, the one person
        # the text gave that rank, written out
        (
            "Maj. Gen. Ana Ruiz took command of the northern division in June. Her "
            'deputy, Colonel Tomas Verde, oversees logistics. "We are ready for whatever '
            'comes," the general said.',
            [Q("direct", "We are ready for whatever comes,", "Ana Ruiz", "the general",
               "said", "dep:subject")],
        ),
        # … `the colonel` after `Col. Sam Arden`
        (
            'Col. Sam Arden led the raid. Sergeant Mia Cole was wounded. "It went exactly '
            'as planned," the colonel said.',
            [Q("direct", "It went exactly as planned,", "Sam Arden", "the colonel", "said",
               "dep:subject")],
        ),
        # pronoun-not-business: a `he` never stands for `Calder Holdings`, whatever the
        # tagger made of it, but for the chief executive named before it
        (
            "Peter Hale is chief executive of Calder Holdings. Calder Holdings reported a "
            'loss of 40 million pounds on Monday. "We expect a better year," he said.',
            [Q("direct", "We expect a better year,", "Peter Hale", "he", "said",
               "dep:subject")],
        ),
        # kind-opens-body: a `she` never stands for a body whose name sets its kind
        # first (`Hospital Kemaman`), whatever the tagger made of it
        (
            "Dr Aisha Rahman runs the intensive care unit. Hospital Kemaman said three of "
            "the infected patients were stable. She said that the unit had 12 beds.",
            [Q("indirect", "three of the infected patients were stable", "Hospital Kemaman",
               "Hospital Kemaman", "said"),
             Q("indirect", "the unit had 12 beds", "Aisha Rahman", "She", "said")],
        ),
        # people-adjective-no-given-name: `Irish` opens a body's name, no woman's, so the
        # body that spoke is what `it` stands for
        (
            "Irish Water said the pipe had burst overnight. \"Crews will work through the "
            'night," it said.',
            [Q("indirect", "the pipe had burst overnight", "Irish Water", "Irish Water",
               "said"),
             Q("direct", "Crews will work through the night,", "Irish Water", "it", "said",
               "dep:subject")],
        ),
        # plain-letters: `Małgorzata` is a woman's name though `ł` keeps its stroke
        (
            "Małgorzata Nowak and Piotr Zieliński met the workers on Monday. \"We will not "
            'close the yard," she said.',
            [Q("direct", "We will not close the yard,", "Małgorzata Nowak", "she", "said",
               "dep:subject")],
        ),
    ],
)
def test_who_a_pronoun_or_a_rank_stands_for(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)
