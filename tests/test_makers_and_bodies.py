"""Documents that speak for the one who made them, and bodies named whole or described
before they speak (rules in quotes/document_parts.py, quotes/deciders.py,
quotes/colon_sources.py, quotes/body_names.py, quotes/body_words.py, quotes/bodies.py,
quotes/body_mentions.py and quotes/leads.py, word lists authored-works, document-parts,
printed-amounts, body-set-off-openers, business-descriptions and person-offices): a
draft drawn up by a ministry, a numbered paragraph of a judgment whose ruling named a
firm, a letter that reads in part, a decree signed by a governor, a copy of a report, a
body's name with a hyphened word after its `and`, a firm described before `the company`
speaks, a person's post set off after a name, an unnamed lender that `It` takes up, a
person's own office, a body's short name of a word and the initials of the rest
(quotes/longer_forms.py), a department named by its portfolios and its country
(portfolio-words), a firm given a plural verb; a description of one kind never stands for
a body of another (a lead's `the police` for an institute, a person's role for a council
or a firm, quotes/focus_filters.py; an office after `a` for the body its place names,
quotes/descriptions.py)."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention

#: (rule, text, a fragment of the row's content, its speaker, its mention as written).
MAKERS_AND_BODIES = [
    (
        "person-offices: `Her office` is hers, not a body named later with that word",
        "Deputy Ana Ruiz said rents had doubled. Her office said in an email that the "
        "figure came from a property website.\n\nRents rose by 18 per cent, according "
        "to the Housing Statistics Office.",
        "the figure came from",
        "her office",
        "Her office",
    ),
    (
        "person-offices: nor one named before it",
        "Minister Karl Lund was away on Monday. The Passport Office said queues were "
        "shorter. His office said the minister was travelling.",
        "the minister was travelling",
        "his office",
        "His office",
    ),
    (
        "authored-works: a proposal speaks for whoever drew it up",
        "The harbour may close next year. The proposal, drawn up by the Ministry of Works, "
        "states that the quay has sunk by 30 centimetres since 2010.",
        "the quay has sunk",
        "Ministry of Works",
        "The proposal",
    ),
    (
        "authored-works: a decree speaks for whoever signed it",
        "The mayor, Marisa Okonjo-Vale, has declared a drought. The decree, signed by "
        "the mayor on Friday, reads: \"The reservoirs hold less than a fifth of their "
        "water.\"",
        "The reservoirs hold",
        "Marisa Okonjo-Vale",
        "The decree",
    ),
    (
        "part-of-document: the paragraph's `of` hung on its number",
        "The Tenancy Appeal Tribunal dismissed the appeal on Friday. Paragraph 12 of the "
        "decision reads: \"A landlord who ignores a leak for a year cannot blame the "
        "tenant for the damp.\"",
        "A landlord who ignores",
        "Tenancy Appeal Tribunal",
        "Paragraph 12 of the decision",
    ),
    (
        "part-of-document: a copy of a report speaks for the report's maker",
        "The Audit Office wrote a report on the port in March. The port lost 9 million "
        "dollars, according to a copy of the report seen by this newspaper.",
        "The port lost",
        "Audit Office",
        "a copy of the report",
    ),
    (
        "decided-clause-no-decider: the firm a court found had dismissed workers decides "
        "nothing",
        "The Employment Court has ruled that Kestrel Mining unfairly dismissed nine "
        "drivers, and ordered the firm to pay them. Paragraph 30 of the judgment reads: "
        "\"A driver who refuses an unsafe truck is not on strike.\"",
        "A driver who refuses",
        "Employment Court",
        "Paragraph 30 of the judgment",
    ),
    (
        "colon-in-part: `in part` names no one; the letter's subject does",
        "The letter, addressed \"Dear Minister,\" reads in part: \"The herd numbers fewer "
        "than 70 animals.\"",
        "The herd numbers",
        "The letter",
        "The letter",
    ),
    (
        "hyphened-body-word: a hyphened word after the `and` of a body's name",
        "The West and North-West Water Board said in a statement that it had repaired "
        "the main.",
        "it had repaired the main",
        "West and North-West Water Board",
        "The West and North-West Water Board",
    ),
    (
        "body-set-off-opening: a one-word firm described as a start-up",
        "Voltaro, a Lisbon start-up that recycles batteries, has raised 12 million euros. "
        "The company said the money would pay for a second plant.",
        "the money would pay",
        "Voltaro",
        "The company",
    ),
    (
        "body-set-off-opening: a firm's name before a `which` clause",
        "Norvik Ferries, which runs boats to the islands, lost a court case on Friday. The "
        "company said it would appeal.",
        "it would appeal",
        "Norvik Ferries",
        "The company",
    ),
    (
        "lead-body-no-person: a name set off by a person's post is no lead's ministry",
        "Road tolls rose by a third, according to the transport ministry. \"Our drivers "
        "now take the old pass,\" said Sonam Wangdi, head of the truckers' union.",
        "Road tolls rose by a third",
        "the transport ministry",
        "the transport ministry",
    ),
    (
        "it-unnamed-body: `It` after an unnamed lender that spoke",
        "A state-owned lender said on Monday that it would cut its mortgage rates. It said "
        "the cut would help first-time buyers.",
        "the cut would help",
        "a state-owned lender",
        "It",
    ),
    (
        "lead-body-introduced: a lead's described firm is the one the next sentence "
        "introduces with `which`, not the body it tells of",
        "A ferry operator whose licence was suspended last week says it was never shown the "
        "inspectors' report.\n\nKestrel Sound Ferries Ltd, which has sailed to the islands "
        "since 1998, lost its licence after the Maritime Safety Office said its lifeboats were "
        "out of date.",
        "it was never shown",
        "Kestrel Sound Ferries Ltd",
        "A ferry operator",
    ),
    (
        "overseer-no-firm: `the regulator` is never the fined firm that spoke last",
        "Spain's energy regulator has fined Tarvia Gas S.L. 2 million euros for switching "
        "customers without their consent.\n\nThe National Energy Commission said the firm's "
        "sales agents had moved 4,000 households to its tariffs.\n\nTarvia said it would "
        "appeal. The company said the calls had been made by an outside agency.\n\nTarvia "
        "had about 300,000 customers in March, according to figures from the regulator.",
        "Tarvia had about 300,000 customers",
        "the regulator",
        "figures from the regulator",
    ),
    (
        "headline-description-unheard: a headline's description is no source a later "
        "description of its kind takes up",
        "Cork bakery recalls bread after glass found in loaves\n\nCORK — Dunmore Bakes is "
        "recalling 20,000 loaves, the company said on Monday.\n\nIn a statement, the bakery "
        "said a broken lamp had fallen into a mixer.",
        "a broken lamp had fallen",
        "the bakery",
        "the bakery",
    ),
    (
        "it-described-body: `It` after a described council that spoke, named before",
        "Members of Ashwell Borough Council's cabinet voted to sell the depot. The council "
        "said a new depot would open in May. It added that the sale would save money.",
        "the sale would save money",
        "Ashwell Borough Council",
        "It",
    ),
    (
        "reported-subject-body: a one-word firm the name finder took for a person's, "
        "described before its name",
        "Chilean meatpacker Travessa on Monday reported a loss tied to a plant in Los "
        "Lagos, the company said in a filing.",
        "Chilean meatpacker Travessa on Monday reported a loss",
        "Travessa",
        "the company",
    ),
    (
        "reported-subject-body before the headline's: the clause a description reports "
        "names its body in full, the headline before it in short",
        "Lindqvist Opera drops autumn season\n\nThe Lindqvist Opera House has dropped its "
        "autumn season, the company said on Monday.",
        "The Lindqvist Opera House has dropped its autumn season",
        "Lindqvist Opera House",
        "the company",
    ),
    (
        "reported-subject-body, a name ending in its kind: the clause's subject names the "
        "body in full with its kind word, the headline in short",
        "Tarrow Foods cuts 40 jobs\n\nTarrow Foods Group has cut 40 jobs at its Hull "
        "bakery, the company said on Tuesday.",
        "Tarrow Foods Group has cut 40 jobs",
        "Tarrow Foods Group",
        "the company",
    ),
    (
        "reported-subject-set-off: a firm the lead sets off as a business, not the "
        "investor named last in its clause",
        "LISBON - Corvela Systems, a Lisbon start-up that makes solar inverters, has raised "
        "$20 million in a funding round led by the Madrid fund Arganza Capital, the company "
        "said on Monday.",
        "Corvela Systems, a Lisbon start-up",
        "Corvela Systems",
        "the company",
    ),
    (
        "reported-subject-set-off, a legal form: the clause's subject written with it",
        "Brennholt Solar Ltd has raised 9 million euros in a round led by the Oslo fund "
        "Fjellvik Capital, the company said on Tuesday.",
        "Brennholt Solar Ltd has raised",
        "Brennholt Solar Ltd",
        "the company",
    ),
    (
        "partnership-form-after: the full name closes with a German limited partnership's "
        "form of several words",
        "Brunner & Koch said on Monday that orders had fallen by a fifth. The company, "
        "whose full name is Brunner & Koch Maschinenbau GmbH & Co. KG, employs 900 people.",
        "orders had fallen",
        "Brunner & Koch Maschinenbau GmbH & Co. KG",
        "Brunner & Koch",
    ),
    (
        "issued-work: a company's presentation to investors speaks for the company",
        "Marlow Harbour Bank Ltd reported a quarterly profit on Tuesday. The bank's "
        "presentation to investors showed that mortgages made up half of its lending.",
        "mortgages made up half",
        "Marlow Harbour Bank Ltd",
        "The bank's presentation",
    ),
    (
        "plural-verb-body: one name with a plural verb, as British English writes a firm",
        "Sodexa have cut 300 jobs at their Leeds depot, the firm said.",
        "Sodexa have cut 300 jobs",
        "Sodexa",
        "the firm",
    ),
    (
        "word-and-initials-name: a clipped word and the initials of the rest, after "
        "`according to`",
        "Statistics South Africa released its quarterly survey on Tuesday. About 90,000 "
        "jobs were lost in farming, according to Stats SA.",
        "About 90,000 jobs were lost in farming",
        "Statistics South Africa",
        "Stats SA",
    ),
    (
        "word-and-initials-name: a whole word and the initials of the rest, the tagger "
        "reading the word as a given name",
        "Health New Zealand said waiting lists had grown in every region. Health NZ said "
        "it would hire 300 nurses.",
        "it would hire 300 nurses",
        "Health New Zealand",
        "Health NZ",
    ),
    (
        "portfolio-department, portfolios alone: a territory's department the tagger "
        "reads as a common noun opening its sentence",
        "Roads were shut on Monday. Highways and Public Works said the road would stay "
        "closed overnight.",
        "the road would stay closed",
        "Highways and Public Works",
        "Highways and Public Works",
    ),
    (
        "portfolio-department, a subject opening its sentence: the tagger reads the "
        "first portfolio as a common noun",
        "The association declined to comment.\n\nFisheries and Oceans Canada said the "
        "officers would stay on the water.",
        "the officers would stay",
        "Fisheries and Oceans Canada",
        "Fisheries and Oceans Canada",
    ),
    (
        "body-name-heads `body`: an inspection body's name cut at its `and`",
        "The Health and Labour Inspection Body, the state regulator, said it had opened "
        "an inspection of the payroll.",
        "it had opened an inspection",
        "Health and Labour Inspection Body",
        "The Health and Labour Inspection Body",
    ),
    (
        "lead-body-of-kind: a lead's `the police` is no institute that speaks next",
        "Two lorries overturned on the coast road, the police said.\n\nThe Coastal "
        "Weather Institute said that gales would ease by Friday.",
        "Two lorries overturned",
        "the police",
        "the police",
    ),
    (
        "lead-body-of-kind: a lead's ship's operator is the corporation that speaks next",
        "A ferry lost power off the northern cape on Sunday, the ship's operator said.\n\n"
        "Harbour Isles Shipping Corporation said that all 40 passengers were safe.",
        "A ferry lost power",
        "Harbour Isles Shipping Corporation",
        "the ship's operator",
    ),
    (
        "role-no-body: a lead's person's role is no council named as the next subject",
        "A Harwick councillor said on Monday that the ring road would close for a year."
        "\n\nHarwick Borough Council said the road would stay open during the works.",
        "the ring road would close",
        "a Harwick councillor",
        "A Harwick councillor",
    ),
    (
        "role-no-body: nor a firm whose name ends in a business's plural",
        "A bakery chain's finance director has denied that the firm hid its losses from "
        "the bank.\n\nMillbeck Bakery Products said in a statement that its accounts were "
        "sound.",
        "the firm hid its losses",
        "a bakery chain's finance director",
        "A bakery chain's finance director",
    ),
    (
        "indefinite-office: `A Harwick MP` is an unnamed source, no council of the place",
        "A Harwick MP said on Monday that the ring road would close for a year.\n\n"
        "Harwick Borough Council said the road would stay open during the works.",
        "the ring road would close",
        "a Harwick MP",
        "A Harwick MP",
    ),
    (
        "indefinite-office: the office's holder claiming in a participle",
        "A post by a Corrib TD claiming that the harbour bridge would close for a year was "
        "shared 20,000 times.\n\nCorrib County Council said the bridge would stay open.",
        "the harbour bridge would close",
        "a Corrib TD",
        "a Corrib TD",
    ),
    (
        "portfolio-department: portfolios joined by `and` before the department's country",
        "A survey released by Fisheries and Oceans Canada found that fewer salmon "
        "returned to the river this autumn.",
        "fewer salmon returned",
        "Fisheries and Oceans Canada",
        "A survey released by Fisheries and Oceans Canada",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "fragment", "speaker", "mention"),
    MAKERS_AND_BODIES,
    ids=[case[0] for case in MAKERS_AND_BODIES],
)
def test_maker_or_body_speaks(
    rule: str, text: str, fragment: str, speaker: str, mention: str
) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
