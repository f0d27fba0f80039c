"""Whose row a document's is (quotes/document_parts.py and the rules it joins in
quotes/speakers.py, quotes/appositions.py, quotes/mentions.py, quotes/research_groups.py,
quotes/narration.py and quotes/cue_noun_repairs.py): a count kept online, a `which` hung
on a month, a speech's text, a numbered paragraph, a written reply, a paper that
states."""

from __future__ import annotations

import pytest

import quotes


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: (rule, text, the statements scope's rows as (type, speaker, mention, cue, content)).
DOCUMENT_SPEAKERS = [
    (
        "counter: a count kept online is its keeper's",
        "More than 4,000 trees have been planted this year, according to the council's own "
        "online counter.",
        [("indirect", "the council", "the council's own online counter", "according",
          "More than 4,000 trees have been planted this year")],
    ),
    (
        "schedule: a body's posted schedule is its keeper's",
        "Harwick District Council has closed three roads near the river. Power will be off "
        "on Tuesday in the north of the town, according to the council's schedule.",
        [("indirect", "Harwick District Council", "the council's schedule", "according",
          "Power will be off on Tuesday in the north of the town")],
    ),
    (
        "plan: a body's own plan speaks for it",
        "The Kesteven Water Board met on Monday. The board's own strategic plan says that "
        "the reservoir will be full by 2030.",
        [("indirect", "Kesteven Water Board", "The board's own strategic plan", "says",
          "the reservoir will be full by 2030")],
    ),
    (
        "register: a body's register is its keeper's",
        "Orwell Parish Council voted on the plots. Nine families are still waiting for land, "
        "according to the council's allocation register.",
        [("indirect", "Orwell Parish Council", "the council's allocation register",
          "according", "Nine families are still waiting for land")],
    ),
    (
        "which-past-the-date: a `which` hung on a month",
        "The audit office published its report in May, which found that the ferry "
        "contracts had cost twice the estimate.",
        [("indirect", "the audit office", "which", "found",
          "the ferry contracts had cost twice the estimate")],
    ),
    (
        "text: a letter's words as written are its writer's",
        'Mayor Tomas Brenner wrote to the board last week. His text read: "We have no '
        'money left for the bridge."',
        [("direct", "Tomas Brenner", "His text", "read",
          "We have no money left for the bridge.")],
    ),
    (
        "owned-work-apposition: the deputy who read the speech is not its speaker",
        "The union's president, Peter Habimana, was at a funeral. His closing speech, "
        "written in his first person and read by his deputy, Nozipho Dube, said only nine "
        "branches had met the target.",
        [("indirect", "Peter Habimana", "His closing speech", "said",
          "only nine branches had met the target")],
    ),
    (
        "part-of-document: a numbered paragraph speaks for the document's maker",
        "The Ports Alliance issued a communiqué on Friday. Paragraph 4 of the communiqué "
        'reads: "Member states will share harbour data within ninety days."',
        [("direct", "Ports Alliance", "Paragraph 4 of the communiqué", "reads",
          "Member states will share harbour data within ninety days.")],
    ),
    (
        "numbered-part: a part named by its number alone keeps the number",
        "The charter was signed in 1987. Section 4 states: \"No member may vote twice on "
        'one motion."',
        [("direct", "Section 4", "Section 4", "states",
          "No member may vote twice on one motion.")],
    ),
    (
        "written-reply: a reply that reads is a document, not a sound of speech",
        "The newspaper asked the ministry whether the clinic would close. The reply read: "
        '"No decision has been taken on the clinic."',
        [("direct", "The reply", "The reply", "read",
          "No decision has been taken on the clinic.")],
    ),
    (
        "placed-no-maker: after `by`, a name ending in a place's word is still the maker",
        "According to estimates by Visit Clew Bay, the number of visitors could double by "
        "2030.",
        [("indirect", "Visit Clew Bay", "estimates by Visit Clew Bay", "According",
          "the number of visitors could double by 2030")],
    ),
    (
        "cue-read-as-subject-head: `The paper states` read as a noun phrase",
        "The paper states that chicks at colonies with a closure zone were heavier.",
        [("indirect", "The paper", "The paper", "states",
          "chicks at colonies with a closure zone were heavier")],
    ),
    (
        "accounts: a body's accounts are its own",
        "Harbour Tide Rowing Club sold its boathouse in May. The sale raised £400,000, "
        "according to the club's accounts.",
        [("indirect", "Harbour Tide Rowing Club", "the club's accounts", "according",
          "The sale raised £400,000")],
    ),
    (
        "foreign-kind-inside: `the club` for a club named in Portuguese",
        "The goalkeeper signed for Sport Clube Maré on Friday. Maré paid a fee of €90,000 "
        "for him, according to the club's statement.",
        [("indirect", "Sport Clube Maré", "the club's statement", "according",
          "Maré paid a fee of €90,000 for him")],
    ),
    (
        "memorandum: a memorandum speaks for whoever signed it",
        "The Valley Farmers' Union met the governor on Monday. The memorandum, signed by "
        "Tenzin Dorje on behalf of the union, states that no farmer was consulted.",
        [("indirect", "Tenzin Dorje", "The memorandum", "states", "no farmer was consulted")],
    ),
    (
        "log: a company's own outage log is its keeper's",
        "Skelby Water Company cut supplies on Monday. Taps were dry for two days in Ashby, "
        "according to the company's own outage log.",
        [("indirect", "Skelby Water Company", "the company's own outage log", "according",
          "Taps were dry for two days in Ashby")],
    ),
    (
        "platform-before-work: a body's Facebook page is the body's",
        "The Marsh Valley Health Ministry has warned of a flu wave. Hospitals are full, the "
        "ministry's Facebook page said on Monday.",
        [("indirect", "Marsh Valley Health Ministry", "the ministry's Facebook page", "said",
          "Hospitals are full")],
    ),
    (
        "page-called-name: a page with a name of its own speaks as itself",
        'Rumours spread fast in Tarnow. A Facebook page called Tarnow Watch posted: "The '
        'bridge will close for a year."',
        [("direct", "Tarnow Watch", "A Facebook page", "posted",
          "The bridge will close for a year.")],
    ),
]


@pytest.mark.parametrize(
    "rule, text, rows", DOCUMENT_SPEAKERS, ids=[c[0] for c in DOCUMENT_SPEAKERS]
)
def test_a_document_speaks_for_its_maker(
    rule: str, text: str, rows: list[tuple[str, str, str, str, str]]
) -> None:
    found = quotes.extract(text)
    assert [(q.type, q.speaker, q.speaker_mention, q.cue, q.text) for q in found] == rows
