"""An unnamed source is printed as its description, as written (quotes/unnamed.py):
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

import quotes
from quotes import unnamed


def speakers_of(text: str) -> list[tuple[str | None, str | None]]:
    """The resolved speaker and the mention of every row, in text order."""
    return [(q.speaker, q.speaker_mention) for q in quotes.extract(text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a `for` phrase: whose spokesman
        (
            "A spokesman for the county council said the road would reopen on Friday.",
            "a spokesman for the county council",
        ),
        # inverted after a direct quote, a body's name in the phrase
        (
            '"We are reviewing the footage," said a spokeswoman for Harlow Police.',
            "a spokeswoman for Harlow Police",
        ),
        # a number and an `at` phrase
        (
            "Two officials at the finance ministry told Reuters the deal was close.",
            "two officials at the finance ministry",
        ),
        # US `with`, a plural with no determiner
        (
            "Officials with the state transport agency say the bridge is safe.",
            "officials with the state transport agency",
        ),
        # an adjective with its own phrase
        (
            "A person familiar with the negotiations said talks had stalled overnight.",
            "a person familiar with the negotiations",
        ),
        (
            "People close to the singer insist she will tour again next year.",
            "people close to the singer",
        ),
        # a participle phrase
        (
            "Three people briefed on the plan told the Courier that it would be delayed.",
            "three people briefed on the plan",
        ),
        # … a naming verb's participle too, though `called` is also a cue of speech
        (
            "Last week a reader called Owain, from Aberystwyth, wrote in to tell me that his "
            "brother had phoned him.",
            "a reader called Owain",
        ),
        # a short relative clause that says who the source is
        (
            "A man who runs a bakery on the high street said trade had halved since March.",
            "a man who runs a bakery on the high street",
        ),
        # `in` and `of` phrases; a sentence-initial capital that is no name
        ("Sources in the ministry said the minister would resign.", "sources in the ministry"),
        ("Residents of Mill Lane claimed they had not been consulted.", "residents of Mill Lane"),
        ("Critics say the scheme will cost more than it saves.", "critics"),
        ("The mayor's office said the budget would be published on Monday.", "the mayor's office"),
        # a name as the first word stays as written
        ("A Garda spokeswoman said the fire was being treated as suspicious.",
         "a Garda spokeswoman"),
    ],
)
def test_description_with_its_post_modifiers(text: str, speaker: str) -> None:
    assert quotes.extract(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a relative clause set off by commas is an aside, not the description
        (
            "A neighbour, who asked not to be named, said the family had moved in last year.",
            "a neighbour",
        ),
        # nor one about why the source is unnamed, even with no comma
        (
            "Two officials who spoke on condition of anonymity said the talks had failed.",
            "two officials",
        ),
        # a `when` phrase the parser hangs on the noun is the sentence's
        (
            "A spokesman for the council on Tuesday said the road would reopen.",
            "a spokesman for the council",
        ),
        # … also a day right after the noun, which the entity recogniser (left out by
        # default) would not have marked either
        (
            "The embassy on Monday said the visas would be issued within a week.",
            "the embassy",
        ),
        (
            "A neighbour in the evening said the shutters had been closed all day.",
            "a neighbour",
        ),
        # a body's abbreviation in brackets, and a clause after a comma, stay out
        (
            "Officials of the Lakeside Port Trust (LPT) said on Friday that costs had risen.",
            "officials of the Lakeside Port Trust",
        ),
        (
            "A spokeswoman for the trust, which runs three hospitals, said beds were short.",
            "a spokeswoman for the trust",
        ),
        # the relative clause that reports is the cue's, not the description's
        ('The paper ran a headline that said, "Council Admits Defeat."', "a headline"),
    ],
)
def test_description_stops_before_asides(text: str, speaker: str) -> None:
    # scope `all`: the source as the cue finds it, also where the words are no statement
    # (a headline's, rule displayed)
    assert quotes.extract(text, scope="all")[0].speaker == speaker


def test_pronoun_after_a_described_source_is_that_source() -> None:
    """`a woman` tells a gender, so the `she` of the next quote is the described woman,
    not a spokeswoman quoted before her."""
    text = (
        "A Garda spokeswoman said the fire was being treated as suspicious. A woman who "
        'lives across the street said she saw smoke at 3am. "The whole street was orange," '
        "she said."
    )
    assert speakers_of(text) == [
        ("a Garda spokeswoman", "A Garda spokeswoman"),
        ("a woman who lives across the street", "A woman"),
        ("a woman who lives across the street", "she"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # `the source` after `a source …`: the one unnamed source with that noun
        (
            "A source close to the prime minister said the budget would be delayed. The "
            "source added that the minister was furious.",
            [
                ("a source close to the prime minister", "A source"),
                ("a source close to the prime minister", "The source"),
            ],
        ),
        # plural
        (
            "Two officials at the ministry said the talks had failed. The officials said a "
            "new round was unlikely.",
            [
                ("two officials at the ministry", "Two officials"),
                ("two officials at the ministry", "The officials"),
            ],
        ),
        # a definite description with words of its own is not the earlier source
        (
            "A family from Leeds said the heater had caught fire. The Okafor family said "
            "the shop had refused a refund.",
            [
                ("a family from Leeds", "A family"),
                ("the Okafor family", "The Okafor family"),
            ],
        ),
        # two sources with the noun: `the official` is neither
        (
            "A senior official said the deal was close. Another official said it was not. "
            "The official added that talks would go on.",
            [
                ("a senior official", "A senior official"),
                ("another official", "Another official"),
                ("the official", "The official"),
            ],
        ),
    ],
)
def test_definite_description_after_an_unnamed_source(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers_of(text) == expected


def test_a_word_opening_every_line_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Ruiz: "Yes."` on line after line: each line's speaker opens its sentence, and
    whether its word is written elsewhere in lower case or with a capital inside a
    sentence was read over every other place of the word, for each line: a text that
    repeats one took the square of its lines (25,000 characters of them: 388 s). The
    word's places are read once per word."""
    looked = 0
    opens_sentence = unnamed._opens_sentence

    def counted(token: Token) -> bool:
        nonlocal looked
        looked += 1
        return opens_sentence(token)

    monkeypatch.setattr(unnamed, "_opens_sentence", counted)
    found = quotes.extract('Ruiz: "Yes." ' * 120)
    assert [(q.text, q.speaker) for q in found] == [("Yes.", "Ruiz")] * 120
    assert looked < 1_000  # 14,400 when every place was read again for each line
