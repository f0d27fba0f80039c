"""A document, and an `it` standing for a body or a work, speak for their maker
(quotes/works.py, quotes/bodies.py): sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


def speaker_of(text: str, fragment: str) -> str | None:
    """The resolved speaker of the row whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text) if fragment in q.text]
    assert found, f"no row holds {fragment!r}: {quotes.extract(text)}"
    return found[0].speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a trial led by researchers placed at a body: the body
        (
            "According to a trial led by researchers at Osterby University, patients who "
            "walked daily slept better.",
            "patients who walked",
            "Osterby University",
        ),
        # and the paper about it later
        (
            "According to a trial led by researchers at Osterby University, patients who "
            "walked daily slept better. The paper notes that the sample was small.",
            "the sample",
            "Osterby University",
        ),
        # the maker in a participle joined by `and` to one with no `by` phrase (rule
        # joined-participle-maker)
        (
            'The report, titled "Voices of the Valley" and published by the Department of '
            "Rural Affairs, says 70 per cent of farmers want new rules.",
            "70 per cent",
            "Department of Rural Affairs",
        ),
        # a court document lodged by someone
        (
            "Kovac had been warned twice, according to a court document lodged by Ana Ruiz, "
            "a prosecutor.",
            "Kovac had been warned",
            "Ana Ruiz",
        ),
        # the maker in a participle set off after what the work is on, which the parse
        # hangs on that noun (rule topic-participle-maker)
        (
            "The report on the consultation, published by Halvik Council, says most residents "
            "backed the plan.",
            "most residents",
            "Halvik Council",
        ),
        # the maker the subject of a relative clause of making on the work (rule
        # work-clause-maker)
        (
            "The filing, which the Weldon Tenants Union lodged on Friday, argues that the rent "
            "rise was unlawful.",
            "the rent rise",
            "Weldon Tenants Union",
        ),
        # a study named again after researchers placed at a body (rule
        # study-made-before)
        (
            "Children who walk to school sleep better, according to research published in a "
            "journal. Researchers at the University of Harnby followed 6,000 children. The "
            "study found that children who walked slept 20 minutes longer.",
            "children who walked",
            "University of Harnby",
        ),
        # researchers a body's name is given to, by a possessive or before them (rule
        # group-owner), who published what the findings are of
        (
            "The Rowan Institute's researchers published a paper on sleep on Monday. The "
            "findings suggest that children who walk to school sleep better.",
            "children who walk",
            "Rowan Institute",
        ),
        # a maker in a participle set off after the work, in a sentence left unparsed
        # (rule unparsed-participle-maker)
        (
            "The trial, run by the Ostmark Clinical Research Centre in Leda, enrolled 800 "
            "children in 2023. The findings suggest that a booster dose could keep "
            "protection high.",
            "a booster dose",
            "Ostmark Clinical Research Centre",
        ),
        # a body a work is `of` (rule work-of-body), not a work's headline owner before
        (
            "Beekeepers' survey finds record losses\n\nBeekeepers lost 31 per cent of their "
            "colonies over the winter, according to the annual survey of the Wessex "
            "Beekeepers' Federation.",
            "Beekeepers lost",
            "Wessex Beekeepers' Federation",
        ),
        # ... or its acronym, which stands for the name the text spelled out
        (
            "The city's water company, Gradski Vodovod Mostar (GVM), raised its "
            "prices. According to the annual report of GVM, a third of the water is lost.",
            "a third of the water",
            "Gradski Vodovod Mostar",
        ),
        # a brochure and an objection are works, which a `by` phrase gives a maker
        (
            "The brochure, produced by Halloran Quay Partners, promises that the scheme will "
            "create 1,400 jobs.",
            "the scheme will",
            "Halloran Quay Partners",
        ),
    ],
)
def test_work_speaks_for_its_maker(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a person who spoke in a statement: the statement is theirs
        (
            'In a statement to the Herald, Marta Ruiz said the figures were wrong. "We stand '
            'by every number," the statement said.',
            "We stand",
            "Marta Ruiz",
        ),
        # a body that spoke in a statement its trustees issued: the body's
        (
            "In a statement issued by its trustees on Monday, Harwell Museum said it would "
            'appeal. "We will not sell the collection," the statement said.',
            "We will not sell",
            "Harwell Museum",
        ),
        # a letter someone said something in, present tense, the work's own verb
        (
            "The head teacher, Gwen Pryce, said in a letter to parents that the school would "
            "close early. The letter adds that buses will leave at 1pm.",
            "buses will leave",
            "Gwen Pryce",
        ),
        # a name that does anything in an email wrote it (rule name-acts-in-work)
        (
            "In an email to staff on Monday evening, seen by this newspaper, Kadri Saar "
            'thanked the team. The email reads in part: "We are profitable in Estonia."',
            "profitable in Estonia",
            "Kadri Saar",
        ),
    ],
)
def test_work_speaks_for_who_spoke_in_it(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a body named after the content, several bodies in the text
        (
            "The Met Office said the storm would peak at noon. About 38,000 homes are without "
            "power, Westgrid Networks says. It adds that engineers will not climb poles until "
            "the wind drops.",
            "engineers will not",
            "Westgrid Networks",
        ),
        # a report speaking for its maker, then `it`
        (
            "The Met Office said the storm would peak at noon. Westgrid Networks said the grid "
            "had held. A report published last month by the Coastal Climate Panel found that "
            "warm nights had tripled. The report also estimated that such nights could become "
            "the norm. It warned that older people were most at risk.",
            "older people",
            "Coastal Climate Panel",
        ),
        # a work whose maker is named, the subject of the sentence before (rule
        # it-work-named-before)
        (
            "The survey, by the Lowfield Housing Trust, is based on interviews with 300 "
            "tenants. It says most of them have waited more than a year for repairs.",
            "most of them",
            "Lowfield Housing Trust",
        ),
        # a work its possessive says a person wrote, read out by `It` (rule it-work-owner)
        (
            "Margaret Tull kept the lock-keeper's log for forty years. Her last entry, in "
            'pencil, is dated June 9, 2011. It reads: "Water high. Two barges up. Heron back '
            'on the gate."',
            "Two barges up",
            "Margaret Tull",
        ),
        # a sign whose maker a relative clause names (rule it-work-clause-maker)
        (
            "Daniel Ferris has run the hardware shop on Mill Lane since 1987. In its window "
            'is a sign he painted himself. It reads: "Nails sold by the pound, advice for '
            'free."',
            "advice for free",
            "Daniel Ferris",
        ),
        # a work named again, its maker named with it before (rule it-work-named-before)
        (
            "Ana Ruiz said the figure came from a report by the Eastmere Housing "
            "Observatory. That report exists. It found that 34 percent of the flats were "
            "empty.",
            "34 percent",
            "Eastmere Housing Observatory",
        ),
        # a card the subject left, the object of a verb of making (rule
        # it-work-verb-maker)
        (
            "The flower-show judge, Helen Marsh, left a card beside the winning roses. It "
            'reads: "Perfect form, and not a petal out of place."',
            "Perfect form",
            "Helen Marsh",
        ),
        # … and of a verb of sending (sending-verbs.txt): the sender speaks
        (
            "Kestrel Ferries sent a text message to every passenger on Sunday night. It "
            'read: "Tomorrow\'s first crossing is cancelled."',
            "first crossing",
            "Kestrel Ferries",
        ),
        # a sign whose maker a passive participle's `by` names (rule it-work-agent)
        (
            "Fixed to the gate of the allotments is a sign painted by Ana Ruiz, who has "
            'grown leeks there for forty years. It reads: "Take what you need and leave the '
            'rest."',
            "Take what you need",
            "Ana Ruiz",
        ),
    ],
)
def test_it_after_a_body_that_spoke(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_it_after_a_person_stays_unknown() -> None:
    """An `it` after a person spoke, with two bodies named before, is no one the text
    tells."""
    text = (
        "Halden Steel and the union met on Monday. Halden Steel said 300 jobs would go. The "
        "union's leader, Ana Ruiz, said the cuts were a betrayal. It added that no offer had "
        "been made."
    )
    assert speaker_of(text, "no offer") is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a possessive names the work's owner
        (
            "The Coastal Lending Authority has fined Brantley Loans. The authority's final "
            "notice found that the firm had ignored complaints for two years.",
            "the firm had ignored",
            "Coastal Lending Authority",
        ),
        # a `his` on a work the subject passed on is the subject's, whatever the gender
        # lists make of his name (rule owner-pronoun-subject)
        (
            "The chair, Gary Sandhu, told members that the club had grown. The treasurer, "
            "Oluwaseun Adeyemi-Clarke, had circulated his report before the meeting. The "
            'report stated: "The club recorded a deficit of 4,212 pounds."',
            "The club recorded",
            "Oluwaseun Adeyemi-Clarke",
        ),
        # a work the subject of any verb calls its own, named again (rule
        # own-work-object)
        (
            "The Kestrel Valley Flood Service has upgraded its flood warning for the lower "
            'town. The warning reads: "Water may reach the ground floors of homes by noon."',
            "Water may reach",
            "Kestrel Valley Flood Service",
        ),
        # not a time's possessive, which only dates the work
        (
            "Wednesday's report says the bridge will stay shut until spring.",
            "the bridge will stay",
            "Wednesday's report",
        ),
        # the agent of a passive of making, in an earlier sentence
        (
            "The officers' report was written by the council's head of finance, Meera Joshi. "
            "The report says the pool needs £2 million of repairs.",
            "the pool needs",
            "Meera Joshi",
        ),
        # a `whose` clause on the body
        (
            "The Rail Standards Commission, whose review was published on Monday, fined the "
            'operator. "Trains were cancelled without warning," the review said.',
            "Trains were cancelled",
            "Rail Standards Commission",
        ),
        # a summary the body spoke in
        (
            "In its summary of the decision, the Parole Board said that Reilly had completed "
            'every course. "The panel was satisfied," the summary says.',
            "The panel was satisfied",
            "Parole Board",
        ),
        # the decision letter of one who spoke `in his decision`, then the letter again
        (
            "In his decision, the inspector, Tomas Lindgren, concluded that the harm was "
            'small. "The need for homes must carry great weight," the decision letter says. '
            "The letter says the council had no highways objection.",
            "the council had no",
            "Tomas Lindgren",
        ),
    ],
)
def test_work_speaks_for_its_owner_or_writer(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a warning whose relative clause gives a time `from` which it holds: its
        # issuer's, not the time's (rule from-of-a-state)
        (
            "The Met Service has issued a red wind warning for the coast. The warning, which "
            'is in place from 4am until 10am on Friday, reads: "Violent gusts. Danger to '
            'life from falling trees."',
            "Violent gusts",
            "Met Service",
        ),
        # a body's decision it spoke in, quoted after
        (
            "The Harbour Authority said in its decision, published on Friday, that the berth "
            'would close. "No vessel over 90 metres may enter," the decision reads.',
            "No vessel",
            "Harbour Authority",
        ),
        # a declaration an officer wrote in
        (
            "In a declaration filed with the court, finance director Olga Brennan-Price wrote "
            "that the firm had run out of cash. The declaration says the payroll was missed "
            "twice.",
            "the payroll",
            "Olga Brennan-Price",
        ),
        # a written answer tabled by a minister
        (
            "The answer, tabled in the Assembly by Transport Minister Ana Kovač-Ruiz, states "
            "that 12 bridges need repair.",
            "12 bridges",
            "Ana Kovač-Ruiz",
        ),
        # a body's guidance, named again without its owner
        (
            "The Pricing Council's interim guidance was issued in May. The guidance "
            "concluded that the tablets cost too much.",
            "the tablets",
            "Pricing Council",
        ),
        # a written reply tabled by a minister (`reply` a work, as `answer` is)
        (
            "The reply, tabled by the transport minister Joran Kessel, states that 40 buses "
            "are out of service.",
            "40 buses",
            "Joran Kessel",
        ),
        # an `it` right after a quotation that opens its sentence stands for the work the
        # sentence before is about (rule it-after-quote-work)
        (
            "The reply, tabled by the transport minister Joran Kessel, states that 40 buses "
            'are out of service. "Spare parts have been slow to arrive," it reads.',
            "Spare parts",
            "Joran Kessel",
        ),
        # a decision that names no maker speaks for whoever the text last said decided
        # (rule decider-before), though that sentence has no cue of its own
        (
            "The Harbour Conduct Authority has fined Pellow Marine £2 million for dumping "
            "waste at sea. The notice found that the firm had ignored three warnings.",
            "the firm had ignored",
            "Harbour Conduct Authority",
        ),
        # and an `It` after it (the court, not the judge who read the decision out)
        (
            "The Valley Court of Appeal struck down the law on Thursday. The decision was "
            'read out by the court\'s president. It reads: "The law is void."',
            "The law is void",
            "Valley Court of Appeal",
        ),
        # the majority of the bench holds as the court that decided (rule
        # majority-of-the-bench), not as a group of its own
        (
            "The Supreme Court of Varnia on Tuesday upheld a city ordinance that caps "
            "short-term rentals at 200.\n\nThe majority held that nothing in the state's "
            "lodging laws barred the cap.",
            "nothing in the state",
            "Supreme Court of Varnia",
        ),
    ],
)
def test_decisions_answers_and_guidance_speak_for_their_maker(
    text: str, fragment: str, speaker: str
) -> None:
    """A decision, ruling, written answer, declaration or guidance is a work with a maker
    (authored-works.txt), as a report is."""
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a body that spoke in a report, the report named again sentences later
        (
            "In a report published on Monday, Brightwater Aid said that one child in five "
            "was underweight. The clinic in Dalo closed in June. Its nurses moved to the "
            "capital. Parents now walk for a day to reach a doctor. Rain has cut the road "
            "twice. The report also said that the clinic's stores had been looted.",
            "stores had been looted",
            "Brightwater Aid",
        ),
        # a body that issued a bulletin, named again sentences later
        (
            "The Fenmoor Water Board issued a bulletin on Tuesday morning. Pumps at three "
            "stations failed overnight. Crews worked until dawn. Two roads are shut. Schools "
            "opened late. The bulletin says that tap water is safe to drink.",
            "tap water is safe",
            "Fenmoor Water Board",
        ),
    ],
)
def test_work_speaks_for_its_maker_however_far_before(
    text: str, fragment: str, speaker: str
) -> None:
    """Rule maker-named-before: the one maker the text gave works of a kind, by a verb
    it spoke or issued one with, stands for the work named again past the few sentences
    the issuer and `in` rules read."""
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a report that names no maker, right after a body's finding
        (
            "The Audit Office found that the council had paid twice for one road. The "
            "report, published on Wednesday, says the second contract had no tender.",
            "the second contract",
            "Audit Office",
        ),
        # ... and the same report named again after someone else spoke
        (
            "The Audit Office found that the council had paid twice for one road. The "
            "report, published on Wednesday, says the second contract had no tender. The "
            "mayor, Ivo Brant, said the invoices were worded carelessly. The report also "
            "says that minutes of nine meetings are missing.",
            "minutes of nine",
            "Audit Office",
        ),
        # no body spoke before it: the report as written
        (
            "Rain fell on the valley for a week. The report says that 40 homes flooded.",
            "40 homes",
            "The report",
        ),
    ],
)
def test_work_speaks_for_the_body_before(text: str, fragment: str, speaker: str) -> None:
    """Rule work-of-the-body-before: a work that names no maker, the text naming none
    for its kind, speaks for the body that spoke in its sentence or the one before."""
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # an annual report with no maker, at a meeting of the firm the lead names
        (
            "Shareholders of Kestrel Ferries AB pressed the board on Wednesday over two "
            "years of losses. According to the annual report, the Baltic routes lost 90 "
            "million kronor.",
            "the Baltic routes lost",
            "Kestrel Ferries AB",
        ),
    ],
)
def test_own_periodic_report_speaks_for_the_body(text: str, fragment: str, speaker: str) -> None:
    """Rule own-periodic-report: a definite report a body publishes of itself at set
    times, naming no maker, speaks for the body `the company` would stand for there."""
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a bulletin published with no `by` phrase, then `It reads:`
        (
            "The Westmoor Flood Agency raised its alert level for the river on Friday.\n\n"
            'The bulletin was published at noon. It reads: "Water levels will peak '
            'overnight at the old bridge."',
            "Water levels will peak",
            "Westmoor Flood Agency",
        ),
        # a change announced in a notice, then the notice named again
        (
            "The Ardmore Ferry Company will stop sailing to Inishcorr from March.\n\n"
            "The change was announced to passengers in a short notice on Monday. The "
            'notice reads: "We are sorry to leave the island after thirty years."',
            "We are sorry to leave",
            "Ardmore Ferry Company",
        ),
    ],
)
def test_work_issued_unsigned_speaks_for_the_body_before(
    text: str, fragment: str, speaker: str
) -> None:
    """Rule unsigned-issue-body-before: a work the text says was published or announced,
    naming no issuer, speaks for the body the sentence before that is about."""
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a document the sentence is about, its title set off by commas
        'Notes to editors: The paper, "Hedgerows and run-off in upland farms", is '
        "available on request.",
        # a press release's closing field
        "Media contact: Press Office, Harnby University, press@harnby.ac.uk",
    ],
)
def test_document_title_and_release_fields_are_no_rows(text: str) -> None:
    assert quotes.extract(text) == []


def test_document_as_object_keeps_its_quote() -> None:
    found = quotes.extract('She told the paper, "We are done with waiting."')
    assert [(q.type, q.text, q.speaker_mention) for q in found] == [
        ("direct", "We are done with waiting.", "She")
    ]
