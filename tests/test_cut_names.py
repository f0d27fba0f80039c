"""Names printed whole: the full name a later short form resolves to keeps every word
the text gives it, whatever stands before it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.rows import speaker_in_all


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # rule hyphen-one-word: two given names and two surnames, one of them hyphened,
        # are a person's name of four words, not five
        (
            "Health Minister Ana Lucía Ortiz-Bello Prado toured the clinic on Monday. "
            '"We need forty more nurses by spring," Ortiz-Bello said.',
            "forty more nurses",
            "Ana Lucía Ortiz-Bello Prado",
        ),
        # rule office-of-the: the office `Leader of the Opposition` ends before the given
        # name, so its last word is no part of the name
        (
            "When the debate resumed on Tuesday afternoon, the Leader of the Opposition "
            'Rosa Imelda Quispe Torres asked for the floor. "The budget is balanced and the '
            'roads will be mended," Quispe said.',
            "budget is balanced",
            "Rosa Imelda Quispe Torres",
        ),
        # an ombudswoman's title before her name is no part of it
        (
            '"The files were lost twice in one year," Ombudswoman Carmen Julia Ibarra Soto '
            "told the committee. Ibarra said her office would audit the archive.",
            "audit the archive",
            "Carmen Julia Ibarra Soto",
        ),
        # the Maltese architect's title `Perit`, as `Dr`, stands before the name
        (
            "The plans were presented by Perit Josianne Camilleri Vella, the architect for "
            "the owners. Asked about the height, Camilleri Vella replied: \"The facade stays "
            'exactly as it is."',
            "facade stays",
            "Josianne Camilleri Vella",
        ),
        # rule unknown-name-word: a given name the tagger does not know and reads as a
        # common noun opens the name all the same
        (
            'Chamindu Malinga Jayasekara, 22, denies the charge. "I only wiped the seam '
            'with my shirt," Jayasekara said.',
            "wiped the seam",
            "Chamindu Malinga Jayasekara",
        ),
        # ... but not a stop word the index of nouns and verbs leaves out
        (
            "Nobody believes it. Everything Varga promises is forgotten by Monday, he said.",
            "promises is forgotten",
            "Varga",
        ),
        # rule initial-opens-name: a name that opens with an initial is a full name, which
        # the two words after the initial stand for
        (
            "Fisheries Minister R. Meenakshi Sundaram told the House that the boats had "
            'been repaired. "Not one family will be left out," Ms. Meenakshi Sundaram said.',
            "Not one family",
            "R. Meenakshi Sundaram",
        ),
        # rule titled-of-name: `the Court` is the body's name the text writes with `of`,
        # with the capitalised word before it
        (
            "The complaint was lodged with the Western Court of Trade Disputes in 2021. The "
            "Court said that the fine had been excessive.",
            "the fine had been excessive",
            "Western Court of Trade Disputes",
        ),
        # rule given-read-as-noun: a given name alone that the tagger reads as a common
        # noun is the one person named in full before it with that given name
        (
            "The choir's conductor, Savio Fernandes, says the rehearsals start in May. "
            '"The hymns are learnt. The harmonies are not," Savio says.',
            "hymns are learnt",
            "Savio Fernandes",
        ),
        # rule possessive-before-joint: a plural possessive before the `and` that joins
        # two parts of a union's name
        (
            "The Drivers' and Bus Mechanics' Union said the new rota would cut night pay.",
            "new rota",
            "Drivers' and Bus Mechanics' Union",
        ),
        # rule possessive-inside-phrase: the phrase after `of` goes on over a plural
        # possessive inside it
        (
            "The Federation of Growers' Cooperatives of Murcia said the frost had cost "
            "half the lemon crop.",
            "frost had cost",
            "Federation of Growers' Cooperatives of Murcia",
        ),
        # a Korean given name's second syllable in lower case after its hyphen (`ran`)
        # is part of the name, which a `she` after it then prints whole
        (
            'The baker, Han Mi-ran, said the oven had broken. "Who will fix it before '
            'Monday?" she said.',
            "Who will fix it",
            "Han Mi-ran",
        ),
    ],
)
def test_a_short_form_resolves_to_the_whole_name(text: str, fragment: str, expected: str) -> None:
    assert speaker_in_all(text, fragment) == expected


def test_a_label_of_the_first_surname_is_the_whole_name() -> None:
    # rule label-first-surname: `FERREIRO` is the one the introduction names with two
    # surnames, and the second is his name too
    text = (
        "Two views on the barnacle quota\n\n"
        "We put the same two questions to Marta Outeiro Lestón, who leads the guild's "
        "shellfish gatherers, and Breogán Ferreiro Castro, a biologist at the coastal "
        "institute in Vigo.\n\n"
        "[The answers have been edited for length.]\n\n"
        "Is the quota too low?\n\n"
        "OUTEIRO: It is far too low. My members cannot live on it.\n\n"
        "FERREIRO: It is exactly right. The stock has halved in ten years.\n\n"
        "Will the ban help?\n\n"
        "OUTEIRO: No. It will only send the gatherers to the black market.\n\n"
        "FERREIRO: Yes, if it is enforced. Two seasons would be enough.\n"
    )
    assert speaker_in_all(text, "exactly right") == "Breogán Ferreiro Castro"
    assert speaker_in_all(text, "far too low") == "Marta Outeiro Lestón"


def test_a_surname_after_a_label_in_capitals_is_the_name_in_full() -> None:
    # rule label-in-capitals: `Ah Tom-Kirby said` after the label `AH TOM-KIRBY:` is the
    # person the introduction names in full, not the label
    text = (
        '"She clung to the fence for an hour": police on the Kelso Flat rescue\n\n'
        "An edited excerpt from Tuesday's press conference at Mackay police station. "
        "Speaking were Acting Superintendent Grace Ah Tom-Kirby of Whitsunday District and "
        "the State Emergency Service local controller, Tom Baird-Nguyen. REPORTER marks a "
        "question from a reporter.\n\n"
        "AH TOM-KIRBY: We received the call at five. The driver had climbed onto the roof "
        "of her car.\n\n"
        "REPORTER: Was the road closed?\n\n"
        "AH TOM-KIRBY: The signs went up at four. She told officers she did not see them.\n\n"
        "BAIRD-NGUYEN: The water was two metres deep there.\n\n"
        "Ah Tom-Kirby said later that the driver would not be charged. The river is "
        "forecast to peak on Friday.\n"
    )
    assert speaker_in_all(text, "would not be charged") == "Grace Ah Tom-Kirby"


@pytest.mark.parametrize(
    "words, spaces, tags, expected",
    [
        # rule common-second-half: `Winters` read as a common noun after `Begum-` is the
        # second half of the surname
        (
            ["Dr", "Shirin", "Begum", "-", "Winters", "warned"],
            [True, True, False, False, True, False],
            ["PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB"],
            {3, 4},
        ),
    ],
)
def test_second_half_of_a_surname_read_as_a_common_word(
    words: list[str], spaces: list[bool], tags: list[str], expected: set[int]
) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quotes.name_joins import inner_name_words

    doc = Doc(Vocab(), words=words, spaces=spaces, pos=tags)
    assert inner_name_words(doc, words, spaces) == expected
