"""Reporting verbs of tabloid, business, debate and Indian English news, and the
misreadings of the tagger that hid them (sentences written for these tests).

Each case is one phenomenon: the reported statement it should give (type, content
exactly), the resolved speaker, the speaker mention and the cue word.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import quotes


class R(NamedTuple):
    """One expected row."""

    type: str
    content: str
    speaker: str | None
    mention: str | None
    cue: str


CASES = [
    # a tabloid cue: `fumed that …`
    (
        "Shop manager Tessa Lund, 38, fumed that her rota had been changed without notice.",
        R("indirect", "her rota had been changed without notice", "Tessa Lund", "Tessa Lund",
          "fumed"),
    ),
    # Indian English `opined that …`
    (
        "Port engineer Dr. Samuel Kofi Adjei opined that the harbour wall should be rebuilt first.",
        R("indirect", "the harbour wall should be rebuilt first", "Samuel Kofi Adjei",
          "Samuel Kofi Adjei", "opined"),
    ),
    # `forecast that …`, which the tagger reads as a proper noun after a name
    (
        "Okafor said the firm would not close its depot, and Brennick forecast that its sales "
        "would double by 2030.",
        R("indirect", "its sales would double by 2030", "Brennick", "Brennick", "forecast"),
    ),
    # … and `estimates` read as a plural noun, with a clause that has its own subject
    (
        "Up the valley, Mairi Koenig-Abara estimates she will sell half her flock this year.",
        R("indirect", "she will sell half her flock this year", "Mairi Koenig-Abara",
          "Mairi Koenig-Abara", "estimates"),
    ),
    # `states that`: a form that is nearly always a noun, parsed before `that`
    (
        "In her claim, lodged on Monday, Okonkwo states that the landlord kept her deposit.",
        R("indirect", "the landlord kept her deposit", "Okonkwo", "Okonkwo", "states"),
    ),
    # a phrasal cue: `shot back that …` reports like `retorted that …`
    (
        "Asked about the closures, the mayor shot back that no library had shut its doors.",
        R("indirect", "no library had shut its doors", "the mayor", "the mayor", "shot"),
    ),
    # `put it to him that …`: counsel states the clause to a witness (put-to), whichever
    # word the parser hangs it on
    (
        "Ms Okoye put it to him that the invoices had been written after the audit began.",
        R("indirect", "the invoices had been written after the audit began", "Okoye",
          "Okoye", "put"),
    ),
    (
        "Counsel for the board, Ivan Petrov, put it to the witness that no contract had ever "
        "been signed.",
        R("indirect", "no contract had ever been signed", "Ivan Petrov", "Counsel", "put"),
    ),
    # `hit back that …`
    (
        "Tomlin hit back that the ferry scheme had failed twice.",
        R("indirect", "the ferry scheme had failed twice", "Tomlin", "Tomlin", "hit"),
    ),
    # a relative clause between the subject and the cue, and the work it was said in
    (
        "Polder Freight, which has since been fined £90,000, said in a written submission "
        "that it had replaced the brakes on every lorry.",
        R("indirect", "it had replaced the brakes on every lorry", "Polder Freight",
          "Polder Freight", "said"),
    ),
    # line-label: a paragraph's heading before a colon is no part of what was said
    (
        "Ferry numbers\n\nWhy it matters: The ferry carried 90,000 people last year, "
        "according to the Skerry Harbour Trust's own figures.",
        R("indirect", "The ferry carried 90,000 people last year", "Skerry Harbour Trust",
          "the Skerry Harbour Trust's own figures", "according"),
    ),
    # a surname the tagger takes for an adverb, named in full earlier in the text
    (
        "Trần Thị Lan spoke first at the hustings. Trần countered that the figures were "
        "out of date.",
        R("indirect", "the figures were out of date", "Trần Thị Lan", "Trần", "countered"),
    ),
    # … with an adverb between it and the cue, the tagger hanging it on the adverb
    (
        "The visiting captain, Nikola Pavlović, had been seen pulling at his headset. "
        "Pavlović later said the team would ask for a replay.",
        R("indirect", "the team would ask for a replay", "Nikola Pavlović", "Pavlović",
          "said"),
    ),
    # a family name written first that is also a given name, after a title: `Mr Tan`
    (
        "Tan Wei Ming chaired the meeting. Mr Tan said the port would reopen in spring.",
        R("indirect", "the port would reopen in spring", "Tan Wei Ming", "Tan", "said"),
    ),
    # an Ethiopian name (given name, father's name) called by the given name after the
    # Amharic title `Ato` (Mr)
    (
        "Ato Girma Tadesse-Bekele runs the cooperative. Ato Girma said the harvest was late.",
        R("indirect", "the harvest was late", "Girma Tadesse-Bekele", "Girma", "said"),
    ),
    # a Welsh patronymic particle stays in the name: `ap Owain`
    (
        "Councillor Gwenllian ap Owain chaired the meeting. Later, ap Owain said the library "
        "would stay open.",
        R("indirect", "the library would stay open", "Gwenllian ap Owain", "ap Owain", "said"),
    ),
    # a name set off on the opener's last noun, then the subject right before its cue
    # with no comma (rule subject-after-opener-apposition)
    (
        "Under questioning from the council's lawyer, Tom Hale, Mrs Ellis accepted that the "
        "fence had been built without consent.",
        R("indirect", "the fence had been built without consent", "Ellis", "Ellis",
          "accepted"),
    ),
    # … and a description there is no one the name set off on the opener stands for
    # (rule opener-name-no-subject's)
    (
        "In a statement read by the family's solicitor, Anna Kerr, his widow said the family "
        "would appeal.",
        R("indirect", "the family would appeal", "his widow", "his widow", "said"),
    ),
    # a subject set off by commas after a long opener, which the parser hung on the
    # opener: it is the cue's subject, and the third party's words stay in its clause
    (
        "Speaking outside court, Sergeant Tom Reed, of the Westshire Police road crime unit, "
        'said Mr Hall\'s family had shown "extraordinary dignity". "No sentence gives them '
        'back what they lost," he said.',
        R("mixed", 'Mr Hall\'s family had shown "extraordinary dignity"', "Tom Reed",
          "Tom Reed", "said"),
    ),
    (
        "In a statement read out by her solicitor outside the court, the teenager's mother, "
        "Joy Banda, said she would never forgive the driver.",
        R("indirect", "she would never forgive the driver", "Joy Banda",
          "the teenager's mother", "said"),
    ),
    # … also when the opener's preposition was read as an adjective on its noun, which
    # the parser then took for the subject (`Outside court` as a noun phrase)
    (
        "Outside court, the council's chief executive, Martin Ellery, said the authority "
        "had tightened its rules.",
        R("indirect", "the authority had tightened its rules", "Martin Ellery",
          "the council's chief executive", "said"),
    ),
    # … or took for the cue's clausal subject
    (
        "Reviewing the album for the Evening Post, the critic Dr Hana Cole wrote that it was "
        '"bold, uneven and brave".',
        R("mixed", 'it was "bold, uneven and brave"', "Hana Cole", "the critic Dr Hana Cole",
          "wrote"),
    ),
    # a view put forward as a musing or a theory: `mused that …`, `posited that …`
    (
        "The harbour master mused that the new bridge might never open.",
        R("indirect", "the new bridge might never open", "the harbour master",
          "The harbour master", "mused"),
    ),
    (
        "Ana Ruiz posited that the council had lost its nerve.",
        R("indirect", "the council had lost its nerve", "Ana Ruiz", "Ana Ruiz", "posited"),
    ),
    # a cue verb the parser joined to a noun of the object before it (a quoted name)
    (
        'The flyer carries the slogan "Safer Streets, Brighter Town" and claims that most '
        'residents "will hardly notice the change".',
        R("mixed", 'most residents "will hardly notice the change"', "the flyer", "The flyer",
          "claims"),
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_news_cue(text: str, expected: R) -> None:
    rows = [
        R(q.type, q.text, q.speaker, q.speaker_mention, q.cue)
        for q in quotes.extract(text)
        if q.type != "direct"
    ]
    assert expected in rows


# Phrasal verbs without their particle, or with nothing reported, are no cue.
NOT_CUES = [
    "The visitors hit back within minutes of the restart.",
    "The chair put it to a vote within minutes.",
    "The striker shot the ball over the bar.",
]


@pytest.mark.parametrize("text", NOT_CUES)
def test_phrasal_verb_without_report(text: str) -> None:
    assert quotes.extract(text, scope="all") == []


def test_a_statement_read_out_for_someone_is_hers_not_the_readers() -> None:
    text = (
        "In a victim personal statement read to the court by Mr Hale, the dead man's "
        'sister, Ann Hale, said: "He was the kindest of us."'
    )
    [row] = quotes.extract(text)
    assert (row.type, row.text, row.speaker, row.speaker_mention, row.cue) == (
        "direct",
        "He was the kindest of us.",
        "Ann Hale",
        "the dead man's sister",
        "said",
    )
