"""The whole name the text gives, printed for each later mention of a person, in naming
customs the name rules cut short (sentences written for these tests): an Iban `anak` and
a Batak `boru`, a Vietnamese name with an English given name inside it, a Basque double
surname a headline gives without its second surname, a title of respect or a police
rank before a name, a nickname in brackets or `known … as` far from its name, the tail
of a name whose given name the lists read as the other sex's, and a title inside a quote
before a name."""

from __future__ import annotations

import pytest

from tests.rows import speaker_in_all


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # the Iban `anak` joins the given name to the father's: one name, which the
        # given name alone stands for
        (
            "Kumang anak Linggi, 52, has farmed pepper above the Rejang for thirty years. "
            '"The price fell by half in one season," Kumang said.',
            "price fell",
            "Kumang anak Linggi",
        ),
        (
            "The headman, Jawie anak Ngumbang, met the surveyors at the landing. Jawie said "
            "the longhouse had never been asked about the new road.",
            "longhouse had never",
            "Jawie anak Ngumbang",
        ),
        # the Batak `boru` before the clan name
        (
            "A weaver, Tiurma boru Sitorus, told the district office that the looms had been "
            'idle since May. "Nobody buys cloth in a bad harvest," Tiurma said.',
            "Nobody buys cloth",
            "Tiurma boru Sitorus",
        ),
        # rule family-first-run: a Vietnamese name keeps its family and middle names
        # before a word the lists hold as an English given name (`Kim`, `Lan`)
        (
            "Phạm Thị Kim Liên, who runs the cooperative, told reporters that the rice had "
            "been sold. Ms Liên said the next harvest would be smaller.",
            "next harvest",
            "Phạm Thị Kim Liên",
        ),
        (
            "Nguyen Thi Kim Oanh told the meeting that the dyke would be raised. "
            '"We have no other choice," Ms Oanh said.',
            "no other choice",
            "Nguyen Thi Kim Oanh",
        ),
        # rule first-surname-form: a headline's given name and first surname beside the
        # whole name with two surnames; the first surname alone stands for the whole
        (
            "Q&A: Miren Olaizola on bread and the old ovens\n\n"
            "Miren Olaizola Urkiola, 38, bakes in the square at Hondarribia. Olaizola says "
            "the flour comes from two mills in Navarre.",
            "flour comes from",
            "Miren Olaizola Urkiola",
        ),
        # a police rank written short, `Const.`, before the name (the Canadian press)
        (
            '"Somebody must have heard the crash," said Const. Priya Dhaliwal-Sandhu of the '
            'city police. "Please call us."',
            "heard the crash",
            "Priya Dhaliwal-Sandhu",
        ),
        (
            '"The road will stay closed," said Cst. Aaron Whitehorse of the RCMP '
            "detachment.",
            "stay closed",
            "Aaron Whitehorse",
        ),
        # a form of respect for an elder before a given name: Newfoundland `Skipper`,
        # Aboriginal Australian `Aunty`, Chichewa `Agogo`
        (
            "Ambrose Leonard Pardy, who built dories for sixty years, died on Monday. When a "
            "film crew came to his shed, Skipper Ambrose told them: "
            '"Let the wood tell you where it wants to bend."',
            "Let the wood",
            "Ambrose Leonard Pardy",
        ),
        (
            "Wiradjuri elder Beryl Conlon-Reid, 84, has voted at every election since 1967. "
            'At the polling place, Aunty Beryl told us: "I have never seen the hall this '
            'full."',
            "hall this full",
            "Beryl Conlon-Reid",
        ),
        (
            "The oldest of the village, Chimwemwe Banda-Phiri, 81, walks to the borehole "
            "every morning. Agogo Chimwemwe told the radio station: "
            '"The queue starts before the sun."',
            "queue starts",
            "Chimwemwe Banda-Phiri",
        ),
        # rule nickname-in-brackets: one word in brackets after a name, used again alone
        (
            "Senator Kittipong Wongsakul (Pong) opened the debate on the budget. "
            "Pong said the cuts would fall on the rural schools.",
            "cuts would fall",
            "Kittipong Wongsakul",
        ),
        # rule known-as-far: `known … as` with more words between
        (
            "Their keeper, Anderson Luiz Pereira Neto, known to everyone in the dressing "
            'room as Nenem, saved two penalties. "I guessed left both times," Nenem said.',
            "guessed left",
            "Anderson Luiz Pereira Neto",
        ),
        # rule tail-over-listed-gender: the tail of a fuller name, whose first word
        # reads as a man's given name (`Ben`) beside a given name the lists read as a
        # woman's
        (
            "Hédi Ben Salem, 70, has kept bees near Sbeitla all his life. "
            "Ben Salem said the drought had killed half of his hives.",
            "drought had killed",
            "Hédi Ben Salem",
        ),
        # rule title-across-a-quote: a title inside the quote before a name is not hers
        (
            'On the cover, the novelist Rosna Ibrahim calls it "a brave book". Ulin Tarau, '
            "44, grew up in a longhouse.\n\n"
            '"Everyone kept the old accounts except my uncle," Ulin says.\n\n'
            '"My aunt read every page," she says.',
            "My aunt read",
            "Ulin Tarau",
        ),
        # rule family-first-person: a Korean name written family name first, whose given
        # name is two syllables joined by a hyphen, is a full name though the lists know no
        # given name in it, and its family name alone stands for it
        (
            "Seo Min-ji's new album was recorded in a church in Gangneung. Seo told a radio "
            'host on Friday that she had "waited ten years for that echo".',
            "waited ten years",
            "Seo Min-ji",
        ),
        # rule office-of-set-off: a name set off after `the head of` a body is a person's,
        # whatever the lists know of its first word (the Bugis `Andi`), and its next name
        # alone stands for it
        (
            "The head of the port authority, Andi Wahyu Pallawa, said the ferry would sail "
            'on Friday. "The channel is deep enough again," Wahyu said.',
            "channel is deep",
            "Andi Wahyu Pallawa",
        ),
        # the Ewe `Mama` before a queen mother's stool name with its regnal numeral, and
        # before the stool name alone later
        (
            "The queen mother of Mepe, Mama Adzo Gbedemah III, opened the new market on "
            'Saturday. "We waited eleven years for this roof," Mama Gbedemah said.',
            "waited eleven years",
            "Adzo Gbedemah III",
        ),
        # ... and the Ewe `Togbe` before a chief's stool name, as `Mama`
        (
            "The chief of Avenui, Togbe Kofi Dzameshie II, opened the clinic on Friday. "
            '"We built these walls with our own hands," said Togbe Dzameshie.',
            "built these walls",
            "Kofi Dzameshie II",
        ),
        # rule full-stop-is-prose: a sentence full of names that ends with a full stop is
        # no title-case headline, so the whole name with two surnames it gives is the one
        # its first surname stands for
        (
            '"Never," replied José Manuel Ortega Lanza, of the Tagus Water Board.\n\n'
            "Mr Ortega agreed that the pumps had not been tested.",
            "pumps had not",
            "José Manuel Ortega Lanza",
        ),
        # rule lower-case-title: the Polish `dr hab.`, lower case mid-sentence, before the
        # name; its full stop ends no sentence
        (
            "The fee would not survive an appeal, said dr hab. Marek Zielonka, a tax lawyer "
            "in Łódź.",
            "not survive an appeal",
            "Marek Zielonka",
        ),
    ],
)
def test_the_whole_name_in_its_custom(text: str, fragment: str, expected: str) -> None:
    assert speaker_in_all(text, fragment) == expected

