"""Who speaks, where the text ties the speaker to the row in a way the parse misses:
a podcast's numbered hosts named in its introduction (rules numbered-voice-label,
name-before-bracketed-label), a second relative clause (relative-in-conjunct), a lawyer's
style (title-descriptions.txt), a possessive on a predicate noun
(possessive-on-predicate), a description by age before a colon (age-subject-at-colon),
a surname read as a noun (name-read-as-adverbial-noun), a quote after a naming clause
(the turn after the reported rows of a quote's sentence) and a clause hung on the
speaker's own document (own-medium)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check

PODCAST = (
    "Each week, Ama Owusu (HOST 1) and Kofi Boateng (HOST 2) ask a guest about prices.\n\n"
    "HOST 1: The price of bread went up again on Monday.\n\n"
    "HOST 2 (SPONSOR READ): This show is brought to you by Golden Loaf, the softest "
    "bread in town.\n\n"
    "HOST 2: And the loaves are smaller than last year.\n\n"
    "HOST 1: We will ask the bakers why."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # numbered-voice-label, name-before-bracketed-label; the sponsor read no row
            PODCAST,
            [
                Q(
                    "direct",
                    "The price of bread went up again on Monday.",
                    "Ama Owusu",
                    "HOST 1",
                    "HOST",
                ),
                Q(
                    "direct",
                    "And the loaves are smaller than last year.",
                    "Kofi Boateng",
                    "HOST 2",
                    "HOST",
                ),
                Q("direct", "We will ask the bakers why.", "Ama Owusu", "HOST 1", "HOST"),
            ],
        ),
        (  # relative-in-conjunct
            "Our guest is the historian Dr Ines Mbeki, who lives in Accra and who said in May "
            "that the archive would close.",
            [Q("indirect", "the archive would close", "Ines Mbeki", "who", "said")],
        ),
        (  # `the lawyer` is the one styled `Barr.`, not another's lawyer named before
            "The bank's lawyer, Ada Nwosu, told reporters the bank would study the ruling.\n\n"
            '"We have waited eight years for this," said Barr. Chidi Okonkwo, who acted for '
            "the traders.\n\nThe lawyer said the traders would seek their costs.",
            [
                Q(
                    "indirect",
                    "the bank would study the ruling",
                    "Ada Nwosu",
                    "The bank's lawyer",
                    "told",
                ),
                Q(
                    "direct",
                    "We have waited eight years for this,",
                    "Chidi Okonkwo",
                    "Chidi Okonkwo",
                    "said",
                ),
                Q(
                    "indirect",
                    "the traders would seek their costs",
                    "Chidi Okonkwo",
                    "The lawyer",
                    "said",
                ),
            ],
        ),
        (  # possessive-on-predicate: `who was her deputy` gives him no `she`
            "Her brother, Emyr, said she never missed a meeting.\n\n"
            '"She could silence a hall," said Tomas Pryce-Evans, who was her deputy for ten '
            "years.\n\nHe recalled that she once kept a minister waiting.",
            [
                Q("indirect", "she never missed a meeting", "Emyr", "Her brother", "said"),
                Q(
                    "direct",
                    "She could silence a hall,",
                    "Tomas Pryce-Evans",
                    "Tomas Pryce-Evans",
                    "said",
                ),
                Q(
                    "indirect",
                    "she once kept a minister waiting",
                    "Tomas Pryce-Evans",
                    "He",
                    "recalled",
                ),
            ],
        ),
        (  # name-read-as-adverbial-noun
            "The agency quoted the head of the cotton mill, Bakhyt Serikuly, as saying: "
            '"We cannot pay more." Serikuly said the mill would cut its price by a tenth.',
            [
                Q("direct", "We cannot pay more.", "Bakhyt Serikuly", "the head", "saying"),
                Q(
                    "indirect",
                    "the mill would cut its price by a tenth",
                    "Bakhyt Serikuly",
                    "Serikuly",
                    "said",
                ),
            ],
        ),
        (  # the quote after a naming clause goes on with the quote's speaker
            '"I have waited here since Sunday," said Sipho Dube, 61, whom the other drivers '
            'call Baba Dube. "No cargo, no pay."',
            [
                Q("direct", "I have waited here since Sunday,", "Sipho Dube", "Sipho Dube", "said"),
                Q(
                    "direct",
                    "No cargo, no pay.",
                    "Sipho Dube",
                    "Sipho Dube",
                    "said",
                    "previous-quote",
                ),
            ],
        ),
        (  # own-medium: `in his written decision that …` is the cue's clause
            "The commissioner, Ion Barbu, said in his written decision that the prop's elbow "
            "had made direct contact with the scrum-half's jaw.",
            [
                Q(
                    "indirect",
                    "the prop's elbow had made direct contact with the scrum-half's jaw",
                    "Ion Barbu",
                    "The commissioner",
                    "said",
                )
            ],
        ),
    ],
)
def test_the_speaker_the_text_ties_to_the_row(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)


def test_a_description_by_age_before_a_colon_speaks_the_post_after_it() -> None:
    # rule age-subject-at-colon: the parse heads `The 24-year-old` with `old`, no noun
    text = (
        "Lan Pham, from Hue, is the best diver in the province. The 24-year-old wrote on "
        'Facebook on Monday night:\n\n"I missed one test because I was in hospital with my '
        'mother.\n\n"I have never cheated."'
    )
    found = quotes.extract(text)
    assert [(q.type, q.text, q.speaker_mention, q.cue) for q in found] == [
        (
            "direct",
            "I missed one test because I was in hospital with my mother.",
            "The 24-year-old",
            "wrote",
        ),
        ("direct", "I have never cheated.", "The 24-year-old", "wrote"),
    ]
    assert all(text[q.start : q.end] == q.text for q in found)
