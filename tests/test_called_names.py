"""Titles of courtesy of other cultures and the names others call a person by: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.rows import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # The Thai `Khun` of courtesy is no part of the name: `Khun Somchai` is the
        # Somchai the text named in full.
        (
            "Somchai Boonyarat, 61, has fished the reservoir since 1985. Khun Somchai said "
            'the water had never been so low. "The fish are gone," he said.',
            "the water had never",
            "Somchai Boonyarat",
        ),
        (
            "Malee Thongdee sells noodles by the pier. Khun Malee said the rent had gone up "
            "twice this year.",
            "the rent had gone up",
            "Malee Thongdee",
        ),
        # The Bruneian `Dayang` (Ms) is no part of the name, whose given names alone are
        # a second reference to it.
        (
            "The court heard from Dayang Nurul Aini binti Yusof, a retired teacher. Nurul "
            'Aini said: "I lost everything I had saved."',
            "I lost everything",
            "Nurul Aini binti Yusof",
        ),
        # The Philippine words of kin said to an elder (`Manong`, `Manay`) stand before
        # the given name, outside it.
        (
            "Rodel Panganiban Reyes, 66, has fished here all his life. Manong Rodel says "
            "the catch is half what it was.",
            "the catch is half",
            "Rodel Panganiban Reyes",
        ),
        (
            "In the shelter we met Teresita Lagdameo Cruz, 71. Manay Teresita says she lost "
            "her roof.",
            "she lost her roof",
            "Teresita Lagdameo Cruz",
        ),
        # The Malayalam `chechi` (elder sister), in lower case after a given name, is no
        # part of it.
        (
            "Saraswathi Menon, 74, has sold fish at the market since 1970. Saraswathi "
            "chechi says the catch is smaller.",
            "the catch is smaller",
            "Saraswathi Menon",
        ),
        # The Burmese `Daw` and the Swahili `Mheshimiwa` (the Honourable) stand before
        # the name, outside it.
        (
            '"We cannot pay the teachers after March," said Daw Khin Myat Thu, who runs the '
            "school.",
            "We cannot pay",
            "Khin Myat Thu",
        ),
        (
            '"The pumps are old," said Mheshimiwa Salim Juma Haji, the minister.',
            "The pumps are old",
            "Salim Juma Haji",
        ),
        # The Turkish `Usta` (master of a craft) after a given name is no part of it.
        (
            "The workshop belongs to Kemal Yıldırımoğlu, 58, a saddler. Kemal Usta says the "
            "trade is dying.",
            "the trade is dying",
            "Kemal Yıldırımoğlu",
        ),
    ],
)
def test_courtesy_titles_of_other_cultures_stand_outside_the_name(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # The name others call a person by, given with `him` or `her` in a main clause
        # after the full name (rule called-by-pronoun): a teknonym, and a name of respect.
        (
            "Yusuf ibn Karim al-Harbi, 70, has kept camels outside the town since his youth, "
            "and everyone at the market calls him Abu Salim.\n\nAbu Salim said the feed "
            'prices had doubled. "We sell the young ones first," he said.',
            "the feed prices",
            "Yusuf ibn Karim al-Harbi",
        ),
        # rule called-name with a hyphened name (`whom … calls Doc-Kostas`)
        (
            "The village doctor, Dr Konstantinos Vlachos, whom everyone on the island calls "
            "Doc-Kostas, has worked here since 1990. Doc-Kostas said on Sunday that the "
            "clinic would close.",
            "the clinic would close",
            "Konstantinos Vlachos",
        ),
        (
            "Yusuf ibn Karim al-Harbi, 70, has kept camels outside the town since his youth, "
            "and everyone at the market calls him Abu Salim.\n\nAbu Salim said the feed "
            'prices had doubled. "We sell the young ones first," he said.',
            "We sell the young",
            "Yusuf ibn Karim al-Harbi",
        ),
        (
            "Grace Wanjiru runs the kiosk by the bus stop. The drivers call her Mama Mboga. "
            '"Business is slow since the road closed," Mama Mboga said.',
            "Business is slow",
            "Grace Wanjiru",
        ),
        # A word of respect for an elder after the given name, in lower case (list
        # honorifics-after): the given name alone is the person named in full.
        (
            "The herd belongs to Nurlan Abdrakhmanov, 64, whom the young shepherds call "
            "Nurlan agai. Nurlan agai said the winter had killed forty sheep.",
            "the winter had killed",
            "Nurlan Abdrakhmanov",
        ),
        (
            "Bishnu Prasad Gurung has carried loads to the base camp for 30 years. The "
            'porters call him Bishnu dai. "The ice is further up every year," Bishnu dai said.',
            "The ice is further",
            "Bishnu Prasad Gurung",
        ),
        (
            "Dilnoza Karimova, a teacher whom her pupils call Dilnoza opa, runs the school. "
            "Dilnoza opa said the roof had leaked since March.",
            "the roof had leaked",
            "Dilnoza Karimova",
        ),
        # The name everyone knows a person by, with `him` or `her` and `as` (rule
        # known-by-pronoun), a hyphenated given name telling the pronoun's gender.
        (
            "Jean-Marc Hoarau, 58, has mended nets on the quay since he was a boy, and "
            'everyone in the port knows him as Ti-Marc. "The fish have gone south," Ti-Marc '
            "said.",
            "The fish have gone",
            "Jean-Marc Hoarau",
        ),
        (
            "Esther Njeri Kamau sells tea at the depot, and the drivers address her as Mama "
            'Chai. "Nobody has paid me this week," Mama Chai said.',
            "Nobody has paid me",
            "Esther Njeri Kamau",
        ),
        # A passive `is known … as` with an unquoted name (rule
        # known-as-subject-unquoted): a teknonym.
        (
            "His widow, Ruth Banda Mulenga, 41, is known to the whole township as Bana "
            "Chola, after her eldest son. Bana Chola said the company had sent no one.",
            "the company had sent",
            "Ruth Banda Mulenga",
        ),
        (
            "Tomas Varga is known along the river as Old Tom. Old Tom said the water was "
            "the highest he had seen.",
            "the water was",
            "Tomas Varga",
        ),
        # A stage name a verb gives: `who performs as`.
        (
            "The rapper Dmitri Volkov, who performs as Borei, closed the night. "
            '"The crowd was too close to the stage," Borei wrote on X.',
            "The crowd was",
            "Dmitri Volkov",
        ),
        # called-after-unparsed: the person named in a sentence with no cue, which the
        # engine does not parse, is the one `her` stands for
        (
            "By the bus stop, Samira Haddad, 61, a retired midwife, sold her last eggs. "
            "Her neighbours call her Umm Karim. Umm Karim said the price of feed had "
            "doubled since spring.",
            "the price of feed",
            "Samira Haddad",
        ),
        # called-name with the name parsed as a second object of the relative clause
        (
            "In the hall we met Teodora Lim Santos, 72, whom the younger volunteers call "
            "Lola Teodora. Lola Teodora says the water reached her windows by dawn.",
            "the water reached",
            "Teodora Lim Santos",
        ),
    ],
)
def test_a_name_others_call_a_person_by_is_that_person(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # The first name a described source gives, set off after the relative clause
        # that says so, which the parse hangs on the description (rule
        # name-set-off-after-clause).
        (
            "A 12-year-old schoolgirl who gives only her first name, Tamara, says she has "
            "never seen a vegetable grown on the island.",
            "never seen a vegetable",
            "Tamara",
        ),
    ],
)
def test_a_first_name_set_off_after_the_clause_that_gives_it(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected
