"""Bodies and documents that speak, named as the text names them (blind batch 45): a
town a post calls by name is no body that spoke (rule addressee-not-speaker,
quotes/speakers.py, read by quotes/answered.py), a work's title in quotation marks is no
name of its maker (rule quoted-title-no-name, quotes/appositions.py) nor the subject of
the cue the work speaks with (rule title-read-as-subject, quotes/title_subjects.py,
titling-participles.txt), a body's other form in brackets after its name, an acronym
or a translation, is that body (rule bracketed-form-name, quotes/bracketed_names.py),
and a description of a business stands for the firm the sentence before introduced as
one, or of the bodies that spoke, the one it fits (rules kind-set-off-before,
firm-introduced-before and spoken-body-of-kind, quotes/introduced_firms.py,
kinds-before-names.txt)."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention

#: (rule, text, a fragment of the row's content, its speaker, its mention as written).
BODIES_THAT_SPEAK = [
    (
        "addressee-not-speaker: the town a post calls out is no `it` after it",
        "Harbour Ferries, which runs four boats, cancelled every sailing on Monday. It had "
        'posted: "Stay home tonight, Dunmore."\n\nLater the firm posted again. "We are '
        'sorry," it said.',
        "We are sorry",
        "Harbour Ferries",
        "it",
    ),
    (
        "addressee-not-speaker: nor the `it` of the firm's apology",
        "Kelp Street Bakery, which has three shops in the old town, took the advert down. "
        'It had written: "Hungry? Come and eat, Portree."\n\nOn Monday the company '
        'apologised. "It was a bad joke," it said.',
        "It was a bad joke",
        "Kelp Street Bakery",
        "it",
    ),
    (
        "quoted-title-no-name: a study's title set off after it is no name",
        "The study, led by Dr Ana Ruiz of Lund University and published under the title "
        '"Cold Mornings, Warm Beds", found that pupils slept longer.',
        "pupils slept longer",
        "Ana Ruiz",
        "The study",
    ),
    (
        "quoted-title-no-name: nor a report's, its maker named with `by`",
        'A report by the Harbour Trust, published on Monday and titled "Cold Homes, Empty '
        'Tills", found that one in five shops had closed.',
        "one in five shops had closed",
        "Harbour Trust",
        'A report by the Harbour Trust, published on Monday and titled "Cold Homes, Empty '
        "Tills",
    ),
    (
        "quoted-title-no-name: a paper `entitled` so",
        'A paper by the Northern Water Board, released in May and entitled "Dry Wells, '
        'Full Bills", found that prices had doubled in a decade.',
        "prices had doubled",
        "Northern Water Board",
        "A paper by the Northern Water Board",
    ),
    (
        "title-read-as-subject: the cue hung under `titled`, the title its subject",
        "A review by the Kowhai Family Support Trust, published on Friday and titled "
        '"Empty Shelves, Long Days", found that one in three families had skipped meals.',
        "one in three families",
        "Kowhai Family Support Trust",
        "A review by the Kowhai Family Support Trust, published on Friday and titled "
        '"Empty Shelves, Long Days',
    ),
    (
        "title-read-as-subject: the title read as a second subject beside the work",
        "A survey by the Rural Health Network, released on Tuesday and titled "
        '"Long Roads, Late Doctors", found that most clinics had closed.',
        "most clinics had closed",
        "Rural Health Network",
        "A survey by the Rural Health Network",
    ),
    (
        "bracketed-form-name: an acronym that is not the initials of the words",
        "The Office National des Forêts et des Rivières (ONFR) said on Monday that the "
        "river would be closed to boats. ONFR said the ban would last a week.",
        "the ban would last a week",
        "Office National des Forêts et des Rivières",
        "ONFR",
    ),
    (
        "bracketed-form-name: the name the parse cut short before the brackets",
        "The Office National des Forêts et des Rivières (ONFR) said on Monday that the "
        "river would be closed to boats. ONFR said the ban would last a week.",
        "the river would be closed",
        "Office National des Forêts et des Rivières",
        "Rivières",
    ),
    (
        "bracketed-form-name: the translation in brackets after the body's own name",
        "Ifan Rhys chairs Cymdeithas Pysgotwyr Aberdaron (Aberdaron Fishermen's "
        "Association). The boats stayed in port, according to the Aberdaron Fishermen's "
        "Association.",
        "The boats stayed in port",
        "Cymdeithas Pysgotwyr Aberdaron",
        "the Aberdaron Fishermen's Association",
    ),
    (
        "kind-set-off-before: `the group` is the parent set off as a group just before",
        "Harbour Mills Oy, which runs the town's sawmill, will cut a shift. The company "
        "said orders had fallen. Harbour Mills has been owned since 2015 by Kallvik Forest "
        "AB, a family-owned group with six mills in Sweden. The group said in a statement "
        "that it had closed one of them.",
        "it had closed one of them",
        "Kallvik Forest AB",
        "The group",
    ),
    (
        "firm-introduced-before: a firm named with its legal form in the sentence before",
        "Traders bought bank shares, said Ana Ruiz of Northgate Securities. The Central "
        "Bank of Arvia kept rates unchanged. Shares in Velmar Biotech Ltd rose 9 percent. "
        "The company said in a filing that a partner would pay $40 million.",
        "a partner would pay",
        "Velmar Biotech Ltd",
        "The company",
    ),
    (
        "firm-introduced-before: a firm named after a kind of business, a ministry spoke",
        "Nine miners were hurt in a blast, the Ministry of Mines said. The pit is run by "
        "coal producer Tavrin Ugol, which supplies the power station at Kessel. The "
        "company said its sensors had been checked.",
        "its sensors had been checked",
        "Tavrin Ugol",
        "The company",
    ),
    (
        "firm-introduced-before: an `it` after a sentence opening with such a firm",
        "Bakery chain Kelpie Loaves, which has five shops in the town, deleted the post "
        'on Monday. It had written: "Free buns for anyone who lost their roof."',
        "Free buns",
        "Kelpie Loaves",
        "It",
    ),
    (
        "spoken-body-of-kind: `the firm` after the ministry spoke most, the firm once",
        "Nine miners were hurt in a blast, the Ministry of Mines said. The pit is run by "
        "coal producer Tavrin Ugol, which supplies the power station at Kessel. The "
        "company said its sensors had been checked. The ministry said rescuers had "
        "reached the pit. Work at its other pits would stop until Friday, the firm said.",
        "Work at its other pits",
        "Tavrin Ugol",
        "the firm",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "fragment", "speaker", "mention"),
    BODIES_THAT_SPEAK,
    ids=[case[0] for case in BODIES_THAT_SPEAK],
)
def test_body_that_speaks(rule: str, text: str, fragment: str, speaker: str, mention: str) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
