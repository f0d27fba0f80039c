"""A document speaks for its maker where the words around it name the maker in shapes
the parse misreads: a `by` phrase set off between commas after the work (also after its
title set off before it), a signer's name set off after the role in a `by` phrase, a
`by` phrase after whom the work was made for, the one a work was commissioned from in
the sentence after it, a Romance body's name joined by two small words (`com Aeronaves
e de Acidentes`), and a body's acronym after an article (`The HHSA said`, `the
HHSA's figures`). Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # by-set-off-on-cue: the set-off `by` phrase the parse hangs on the cue names the
        # report's maker, and `It` after it stands for the same maker
        (
            "The report, by the Karoo Climate Assessment Panel, found that rainfall could "
            "fall by a fifth. It warns that droughts may become more likely.",
            [Q("indirect", "rainfall could fall by a fifth", "Karoo Climate Assessment Panel",
               "The report", "found"),
             Q("indirect", "droughts may become more likely", "Karoo Climate Assessment Panel",
               "It", "warns")],
        ),
        # a set-off phrase with `by` that names no maker leaves the report as it is
        (
            "The report, by any measure, found that rainfall fell.",
            [Q("indirect", "rainfall fell", "The report", "The report", "found")],
        ),
        # title-read-as-subject: the title set off after the report is no speaker
        (
            "The report, Rain on the Hills, by the Karoo Climate Assessment Panel, found "
            "that rainfall could fall by a fifth.",
            [Q("indirect", "rainfall could fall by a fifth", "Karoo Climate Assessment Panel",
               "The report", "found")],
        ),
        # signer-set-off-on-work: the name set off after the signer's role
        (
            "Letters went to every flat on Friday. The notice, signed by the district's "
            'notary, Anna Kovacs, reads in part: "Of the 118 flats, 74 are let on indefinite '
            'tenancies."',
            [Q("direct", "Of the 118 flats, 74 are let on indefinite tenancies.", "Anna Kovacs",
               "The notice", "reads")],
        ),
        # acronym-after-article: `The HHSA` is the body spelled out before
        (
            "The Harbour Health Security Agency (HHSA) wrote to doctors on Monday. The HHSA "
            "said there were 214 cases in the region.",
            [Q("indirect", "there were 214 cases in the region", "Harbour Health Security Agency",
               "The HHSA", "said")],
        ),
        (
            "The Harbour Health Security Agency (HHSA) wrote to doctors on Monday. According "
            "to the HHSA's figures, there were 214 cases in the region.",
            [Q("indirect", "there were 214 cases in the region", "Harbour Health Security Agency",
               "the HHSA's figures", "According")],
        ),
        # commissioned-from-after: the one the review was commissioned from, named in
        # the sentence after it spoke, made it
        (
            "An independent review of the port's dredging contract has found that the "
            "board paid twice for the same work.\n\nThe board commissioned the review in "
            "June from Teodora Mikhailova, a former auditor.",
            [Q("indirect", "the board paid twice for the same work", "Teodora Mikhailova",
               "An independent review", "found")],
        ),
        # agent-after-beneficiary: the `by` phrase after whom the study was made for
        (
            "About 1,400 vans a day enter the square, according to the traffic study, which "
            "was carried out for the municipality by the Tirana firm Planurb.",
            [Q("indirect", "About 1,400 vans a day enter the square", "Planurb",
               "the traffic study", "according")],
        ),
        # a Portuguese body's name joined by `com` and by `e de`, whole
        (
            "The report by the Gabinete de Investigação de Acidentes com Aeronaves e de "
            "Acidentes Ferroviários (GIAAF), published on Friday, found that the signal had "
            "failed.",
            [Q("indirect", "the signal had failed",
               "Gabinete de Investigação de Acidentes com Aeronaves e de Acidentes Ferroviários",
               "The report by the Gabinete de Investigação de Acidentes com Aeronaves e de "
               "Acidentes Ferroviários (GIAAF)", "found")],
        ),
    ],
)
def test_document_speaks_for_its_maker(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)
