"""A document speaks for the one who made it, however the sentence names the maker
(quotes/work_owners.py, quotes/work_of.py, quotes/mentions.py, quotes/work_authors.py,
quotes/according_hosts.py): sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


def row_of(text: str, fragment: str) -> quotes.Quote:
    """The row whose content holds ``fragment``."""
    rows = quotes.extract(text, scope="all")
    found = [q for q in rows if fragment in q.text]
    assert found, f"no row holds {fragment!r}: {rows}"
    return found[0]


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # the maker the subject of a clause on the work with no relative word, whose
        # verb issues it (rule contact-clause-maker)
        (
            "According to a flood assessment the Department of Water published in June, "
            "the dam needs new gates.",
            "the dam needs",
            "Department of Water",
        ),
        # a clause opened by a `that` the parse takes for a conjunction, whose verb sends
        # the work (rule contact-clause-maker)
        (
            "The information booklet that the Regional Council sends to every voter argues "
            "that the tax would fall on renters.",
            "the tax would fall",
            "Regional Council",
        ),
        # a work that its maker's possessive owns
        (
            "Marlow Aggregates Ltd wants to open a quarry near the village. According to the "
            "company's application for the licence, the quarry will employ 40 people.",
            "the quarry will employ",
            "Marlow Aggregates Ltd",
        ),
        # a work whose `of` phrase describes a body by its kind (rule
        # work-of-described-body)
        (
            "The Harbour Board met on Monday. The recommendation of the board states that "
            "the pier is unsafe.",
            "the pier is unsafe",
            "Harbour Board",
        ),
        # a maker given by a role and then named (rule maker-role-named)
        (
            "The mayor read out a letter from the region's governor, Tomas Brandt. The "
            "letter says that the road money had not arrived.",
            "the road money",
            "Tomas Brandt",
        ),
        # an appraisal, whose `by` phrase names its maker
        (
            "The appraisal, published on Tuesday by the Medicines Pricing Board, states that "
            "the drug costs too much for what it does.",
            "the drug costs",
            "Medicines Pricing Board",
        ),
    ],
)
def test_document_speaks_for_its_maker(text: str, fragment: str, speaker: str) -> None:
    assert row_of(text, fragment).speaker == speaker


def test_clause_on_data_cut_by_a_bracketed_acronym() -> None:
    """Rule according-work-clause: `According to data that X (ABC) submitted …, …` reports
    the main clause, not the clause on the data, and the data speak for X (rules
    that-clause-maker and joined-body-name)."""
    text = (
        "According to data that Korea Rural & Farm Guarantee Corp. (RFG) submitted to her "
        "office, the state guarantor paid out 1.2 trillion won to farmers last year."
    )
    rows = quotes.extract(text, scope="all")
    assert [(q.text, q.speaker, q.cue) for q in rows] == [
        (
            "the state guarantor paid out 1.2 trillion won to farmers last year",
            "Korea Rural & Farm Guarantee Corp.",
            "According",
        )
    ]


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # one entry of a diary whose `of` phrase names its writer (rule part-of-kept-work)
        (
            "How the masks left is recorded in the field diary of Henrik Aalto, a member of "
            'the 1912 expedition. One entry reads: "The elders would not sell the masks. '
            'The officer took them anyway."',
            "The elders would not",
            "Henrik Aalto",
        ),
        # one entry of a diary its writer kept
        (
            "Captain Aled Rhys kept a diary through the winter of 1911. One entry reads: "
            '"Ice on the inside of the cabin again. The men are cheerful."',
            "Ice on the inside",
            "Aled Rhys",
        ),
    ],
)
def test_one_part_of_a_kept_work_speaks_for_its_writer(
    text: str, fragment: str, speaker: str
) -> None:
    assert row_of(text, fragment).speaker == speaker


def test_company_after_a_body_named_with_a_noun_head() -> None:
    """Rule noun-headed-body-name: `ESB Networks` is a body, which `The company` after it
    stands for, though the tagger made `Networks` a common noun."""
    text = (
        "ESB Networks said crews would work through the night. The company said 40,000 "
        "homes were still without power on Sunday."
    )
    assert row_of(text, "40,000 homes").speaker == "ESB Networks"


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a judgment after the court `held … that` (rule held-that-decides)
        (
            "The Court of Human Rights held, by five votes to two, that Norway had breached "
            'Article 8 of the Convention.\n\n"A blogger who checks her facts has done her '
            'duty," the judgment reads.',
            "A blogger who checks",
            "Court of Human Rights",
        ),
    ],
)
def test_decision_speaks_for_the_court_that_held(text: str, fragment: str, speaker: str) -> None:
    assert row_of(text, fragment).speaker == speaker

