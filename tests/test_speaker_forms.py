"""Speakers written in forms the resolution rules once missed, one case per shape: a
name with a click letter or a lower-case particle, initials the tagger took for no
person, a title or a clan's word read as a name, a body's name in the language of its
country or set off after `according to`, a long short name in brackets, a title used
before the text names its holder, a passive `was quoted … as saying` after an opener, a
quote left open at its paragraph's end, and a transcript's key to its labels (sentences
written for these tests)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, people",
    [
        # kin-group-no-person: a clan's word speaking is a group, never a person
        (
            "Ratu Seru Vakadewa leads the clan. Mataqali told the tribunal that it needed "
            "the land.",
            ["Seru Vakadewa"],
        ),
        # click-letter: a surname opening with a click letter is capitalised after it
        ("Councillor Martha ǂKhomas asked for a recount.", ["Martha ǂKhomas"]),
        # a given name the tagger read as a common noun before a lower-case particle
        (
            "The chair, Pieter ter Brugge, who took over in 2023, said the accounts were "
            "sound.",
            ["Pieter ter Brugge"],
        ),
    ],
)
def test_people_the_names_step_finds(text: str, people: list[str]) -> None:
    doc = quotes.get_engine().nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == people


@pytest.mark.parametrize(
    "text, expected",
    [
        # passive-subject-read-into-opener: the name after the opener's comma is the
        # passive's subject, not the paper that quoted it
        (
            'In Kisumu, Jane Atieno, a fish trader, was quoted by the Nation as saying: "We '
            'have had no fish for a week."',
            [Q("direct", "We have had no fish for a week.", "Jane Atieno", "Jane Atieno",
               "saying", "dep:participle")],
        ),
        # … with a relative clause set off after the name, the opener a place's name
        (
            "Across the Torres Strait, Ben Nona, who chairs a Saibai fishing council, was "
            'quoted by the Australian press as saying: "We were here first."',
            [Q("direct", "We were here first.", "Ben Nona", "Ben Nona", "saying",
               "dep:participle")],
        ),
        # initialled-speaker: a name opened by initials that the tagger took for no
        # person is the `he` after it, not the man named before
        (
            'S. Kandiah runs the cooperative. "The nets are gone," Kandiah said.\n\nIn '
            'Mannar, R. Selvanayagam, who owns two boats, said: "We cannot go out."\n\nHe '
            "said the families had been given no help.",
            [Q("direct", "The nets are gone,", "S. Kandiah", "Kandiah", "said"),
             Q("direct", "We cannot go out.", "R. Selvanayagam", "R. Selvanayagam", "said"),
             Q("indirect", "the families had been given no help", "R. Selvanayagam", "He",
               "said")],
        ),
        # click-letter: a surname opening with a click letter is capitalised after it
        (
            "Councillor Martha ǂKhomas asked for a recount. ǂKhomas said that the ballots "
            "had been stored in an unlocked room.",
            [Q("indirect", "the ballots had been stored in an unlocked room", "Martha ǂKhomas",
               "ǂKhomas", "said")],
        ),
        # a given name the tagger read as a common noun before a lower-case particle
        (
            "The society's chair, Pieter ter Brugge, who took over in 2023, said the "
            'accounts had been audited. "Nothing is missing," Ter Brugge said.',
            [Q("indirect", "the accounts had been audited", "Pieter ter Brugge",
               "Pieter ter Brugge", "said"),
             Q("direct", "Nothing is missing,", "Pieter ter Brugge", "Ter Brugge", "said")],
        ),
        # a compound given name whose first part tells a man's name (`Ola` alone is a
        # woman's elsewhere), so his `he` is not the man named before him
        (
            'Mayor Anders Lindqvist said the road would open in May.\n\nLars-Ola Nutti, a '
            'herder, says the road cuts across the reindeer route.\n\n"We lost six calves," '
            "he says.",
            [Q("indirect", "the road would open in May", "Anders Lindqvist", "Anders Lindqvist",
               "said"),
             Q("indirect", "the road cuts across the reindeer route", "Lars-Ola Nutti",
               "Lars-Ola Nutti", "says"),
             Q("direct", "We lost six calves,", "Lars-Ola Nutti", "he", "says")],
        ),
        # a title of other countries' press before a name, not part of it
        (
            '"No," replied Atty. Ramon Villareal Cruz, the former treasurer.',
            [Q("direct", "No,", "Ramon Villareal Cruz", "Atty. Ramon Villareal Cruz",
               "replied")],
        ),
        (
            "Intendente Rodrigo Alcaraz Benítez told reporters at a school in the barrio: "
            '"The shelters are full."\n\n"We need tents," Alcaraz said.',
            [Q("direct", "The shelters are full.", "Rodrigo Alcaraz Benítez",
               "Rodrigo Alcaraz Benítez", "told"),
             Q("direct", "We need tents,", "Rodrigo Alcaraz Benítez", "Alcaraz", "said")],
        ),
        # foreign-kind-opens: `the foundation` is the body named by its kind word in
        # Portuguese
        (
            "The festival is run by the Fundação Vale do Sousa, which owns the hall.\n\n"
            "The foundation said the concerts would be rescheduled.",
            [Q("indirect", "the concerts would be rescheduled", "Fundação Vale do Sousa",
               "The foundation", "said")],
        ),
        # according-body-named: the body's name set off after its description is the
        # source, and no part of what is reported
        (
            "According to the water board, the Junta de Aguas de Toledo, the reservoir "
            "held 41 percent of its capacity.",
            [Q("indirect", "the reservoir held 41 percent of its capacity",
               "Junta de Aguas de Toledo", "the water board", "According")],
        ),
        # acronym-bracketed-long: a short name of more than six capitals, read after the
        # full name in brackets
        (
            "The National Union of Coffee Growers (UNICAFEGRO) said it would strike. "
            "UNICAFEGRO said prices had fallen by a third.",
            [Q("indirect", "it would strike", "National Union of Coffee Growers",
               "The National Union of Coffee Growers", "said"),
             Q("indirect", "prices had fallen by a third", "National Union of Coffee Growers",
               "UNICAFEGRO", "said")],
        ),
        # title-named-later: a title with its qualifier in the opening sentence, before
        # the text names its holder with it
        (
            "The Chief Minister has admitted that the bridge will not open this year.\n\n"
            "Chief Minister Priya Raghunathan said the contractor had gone bankrupt.",
            [Q("indirect", "the bridge will not open this year", "Priya Raghunathan",
               "The Chief Minister", "admitted"),
             Q("indirect", "the contractor had gone bankrupt", "Priya Raghunathan",
               "Priya Raghunathan", "said")],
        ),
        # left-open: a quote its writer leaves open at its paragraph's end goes on in
        # the next paragraph, whose cue names its speaker
        (
            'Tomas Berg spoke first.\n\n"We failed every player," Berg said.\n\nAnna '
            "Kovac's son played in the under-12 team.\n\n\"I phoned the office twice. "
            'Nobody called back.\n\n"He gave up that spring," Kovac said.',
            [Q("direct", "We failed every player,", "Tomas Berg", "Berg", "said"),
             Q("direct", "I phoned the office twice. Nobody called back.", "Anna Kovac",
               "Kovac", "said", "left-open"),
             Q("direct", "He gave up that spring,", "Anna Kovac", "Kovac", "said")],
        ),
        # label-key-first: a key to the labels says whom the `Q` lines stand for, not
        # the introduction's `spoke to reporters`
        (
            "Harbour City coach Tomasz Wrona spoke to reporters after the cup final. This "
            "is an edited transcript; Q marks a question from a reporter.\n\nQ: Was it a "
            "foul?\n\nWRONA: It was a foul from where I stood.",
            [Q("direct", "Was it a foul?", "a reporter", "a reporter", "Q", "transcript"),
             Q("direct", "It was a foul from where I stood.", "Tomasz Wrona", "WRONA",
               "WRONA", "transcript")],
        ),
    ],
)
def test_speakers_in_forms_once_missed(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)
