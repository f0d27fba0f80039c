"""Reported speech, one sentence shape per case (sentences written for these tests).

Each case lists every reported statement the sentence should give: its type, its content
exactly, the speaker mention and the cue.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import quotes


class R(NamedTuple):
    """One expected reported statement."""

    type: str
    content: str
    mention: str | None
    cue: str


@pytest.fixture(scope="module")
def reported():
    """Reported statements (indirect and mixed quotes) of a text, default model, scope
    `all` (the rules' whole output)."""
    quotes.get_engine()

    def run(text: str) -> list[R]:
        return [
            R(q.type, q.text, q.speaker_mention, q.cue)
            for q in quotes.extract(text, scope="all")
            if q.type != "direct"
        ]

    return run


CASES = [
    # The object of a cue verb is what is reported, with the complement running on from it.
    (
        "Senator Ana Ruiz praised the new rail plan on Monday.",
        [R("indirect", "the new rail plan on Monday", "Ana Ruiz", "praised")],
    ),
    (
        "The mayor accused the council of wasting public money.",
        [R("indirect", "the council of wasting public money", "The mayor", "accused")],
    ),
    (
        "The union urged its members to reject the offer.",
        [R("indirect", "its members to reject the offer", "The union", "urged")],
    ),
    # A one-word object is reported too.
    (
        "Only two governors openly endorsed her.",
        [R("indirect", "her", "Only two governors", "endorsed")],
    ),
    # What an intransitive cue is about: the object of its preposition.
    (
        "The senator spoke about rising rents in the capital.",
        [R("indirect", "rising rents in the capital", "The senator", "spoke")],
    ),
    (
        "Several mayors have called for a new bridge.",
        [R("indirect", "a new bridge", "Several mayors", "called")],
    ),
    (
        "The minister pointed to falling crime rates.",
        [R("indirect", "falling crime rates", "The minister", "pointed")],
    ),
    # `to` after a speech verb is the addressee, not the topic.
    ("The minister spoke to the striking nurses.", []),
    # A cue set into the clause it reports, as a parenthetical: each piece is a statement.
    (
        "Over the next decade, most analysts say, the levy will push up rents.",
        [
            R("indirect", "Over the next decade", "most analysts", "say"),
            R("indirect", "the levy will push up rents", "most analysts", "say"),
        ],
    ),
    (
        "After all, the coach argued, the team won three of its last four games.",
        [
            R("indirect", "After all", "the coach", "argued"),
            R("indirect", "the team won three of its last four games", "the coach", "argued"),
        ],
    ),
    # An adjective after `be` reports what its subject holds: its clause or its topic.
    (
        "The treasurer is confident that the budget will balance.",
        [R("indirect", "the budget will balance", "The treasurer", "confident")],
    ),
    (
        "The union was critical of the new contract.",
        [R("indirect", "the new contract", "The union", "critical")],
    ),
    (
        "The governor is eager to sign the budget.",
        [R("indirect", "to sign the budget", "The governor", "eager")],
    ),
    (
        "The ferry crews were tired of the long night shifts.",
        [R("indirect", "the long night shifts", "The ferry crews", "tired")],
    ),
    # `ready to` tells what its subject is set to do, which research annotation counts
    # as a view only about a time in four (PolNeAR train): no cue
    ("The harbour board is ready to reopen the southern route.", []),
    # forecast-adjective: `sure` or `certain` before an infinitive forecasts what befalls
    # the subject, no view it holds (`The port is sure that …` is one)
    ("The new harbour levy is sure to anger the ferry crews.", []),
    # The empty subject of `it is clear that` is no source.
    ("It is clear that the river is rising.", []),
    # An intention or refusal reports its infinitive.
    (
        "The company plans to close two plants next year.",
        [R("indirect", "to close two plants next year", "The company", "plans")],
    ),
    (
        "The senator refused to back the bill.",
        [R("indirect", "to back the bill", "The senator", "refused")],
    ),
    (
        "A spokeswoman for the ministry declined to comment.",
        [R("indirect", "to comment", "A spokeswoman", "declined")],
    ),
    (
        "The governor called for the mayor to resign.",
        [R("indirect", "the mayor to resign", "The governor", "called")],
    ),
    # ... but going on or starting is not what is reported.
    ("The mayor continued to visit the flooded streets.", []),
    # A view of someone and a ruling are attributions too.
    (
        "Most voters see the governor as a strong leader.",
        [R("indirect", "the governor as a strong leader", "Most voters", "see")],
    ),
    (
        "A federal judge ruled that the law was unconstitutional.",
        [R("indirect", "the law was unconstitutional", "A federal judge", "ruled")],
    ),
    # A cue inside its own complement splits it: the relative word is a piece of its own.
    (
        "The new rules, which officials said would take effect in May, were published on Monday.",
        [
            R("indirect", "which", "officials", "said"),
            R("indirect", "would take effect in May", "officials", "said"),
        ],
    ),
    # Naming in the writer's own words is still the source's view of the thing named.
    (
        "Opposition leader Maria Diaz called the plan a disaster.",
        [R("indirect", "the plan a disaster", "Maria Diaz", "called")],
    ),
    # What a naming cue names, moved before it as a relative word, is a piece of its own.
    (
        "The mayor vetoed the budget, which he called a disgrace.",
        [R("indirect", "which", "he", "called"), R("indirect", "a disgrace", "he", "called")],
    ),
    # ... and so is the relative word standing for what a cue's object would be.
    (
        "He turned against the trade bill, which he once supported, and backed the mayor.",
        [R("indirect", "which", "he", "supported"), R("indirect", "the mayor", "He", "backed")],
    ),
    # restrictive-relative: a clause with no comma only picks out the thing it is on
    ("The mayor cut the library services that the councillor demanded last spring.", []),
    # Cues beyond speech verbs: voicing, reminding; `hoping` is lemmatised `hope` for it.
    (
        "The senator voiced concern about the new pipeline.",
        [R("indirect", "concern about the new pipeline", "The senator", "voiced")],
    ),
    (
        "The mayor reminded residents that the beach stays closed.",
        [R("indirect", "the beach stays closed", "The mayor", "reminded")],
    ),
    (
        "Union leaders are hoping to reach a deal by Friday.",
        [R("indirect", "to reach a deal by Friday", "Union leaders", "hoping")],
    ),
    # A view the text gives no source for, with no speaker: what it is said of and what
    # is said, apart (the cue between them is neither).
    (
        "The bill is expected to pass next week.",
        [
            R("indirect", "The bill", None, "expected"),
            R("indirect", "to pass next week", None, "expected"),
        ],
    ),
    (
        "The governor was seen as a moderate.",
        [
            R("indirect", "The governor", None, "seen"),
            R("indirect", "as a moderate", None, "seen"),
        ],
    ),
    (
        "The race seemed close until the final week.",
        [R("indirect", "The race", None, "seemed"), R("indirect", "close", None, "seemed")],
    ),
    # relative-impression: in a restrictive or a free relative clause the impression
    # describes a thing as it looks, inside a noun phrase, and reports nothing
    ("Voters are angry at a system that seems rigged against them.", []),
    ("The talks dragged on through what appeared to be a long fight over the budget.", []),
    # ... also when the parser reads the impression verb as the participle's auxiliary,
    # or joins it to a verb whose subject it shares (then it says only the complement)
    (
        "The deal came as the union appeared headed for a long strike.",
        [
            R("indirect", "the union", None, "appeared"),
            R("indirect", "headed for a long strike", None, "appeared"),
        ],
    ),
    (
        "The mayor left the meeting early and seemed to regret the vote.",
        [R("indirect", "to regret the vote", None, "seemed")],
    ),
    # impression-complement: `appear` with a clause before it or one hung on it with
    # nothing to join them says where its subject showed up, not how it seemed
    (
        "The mayor endorsed her - they appeared together on the trail for the first time "
        "hours after the vote - and the party cheered.",
        [R("indirect", "her", "The mayor", "endorsed")],
    ),
    # hearsay-apart: the adverb stands between the subject and what is said of it, two
    # pieces of one statement as a passive's are (quotes/said_of.py)
    (
        "The company has reportedly moved its head office to Leeds.",
        [
            R("indirect", "The company has", None, "reportedly"),
            R("indirect", "moved its head office to Leeds", None, "reportedly"),
        ],
    ),
    (
        "It is important to note that the river is still rising.",
        [R("indirect", "the river is still rising", None, "note")],
    ),
    # doer-it: after an adjective whose subject does what the infinitive says, `it` is a
    # thing named before (the audit), not the empty `it` of the case above
    (
        "The audit is late, and it is unlikely to tell the whole story.",
        [R("indirect", "the whole story", "it", "tell")],
    ),
    # A passive cue with its agent: what it says of its subject, in the agent's name.
    (
        "The new stadium was criticized by the mayor.",
        [R("indirect", "The new stadium", "the mayor", "criticized")],
    ),
    (
        "The senator was seen by voters as a reformer.",
        [
            R("indirect", "The senator", "voters", "seen"),
            R("indirect", "as a reformer", "voters", "seen"),
        ],
    ),
    (
        "It was reported by the Herald that the mayor resigned.",
        [R("indirect", "the mayor resigned", "the Herald", "reported")],
    ),
    # `'s` is `has` when no infinitive follows: the subject said it.
    (
        "While he's said he will fight on, the senator met with aides.",
        [R("indirect", "he will fight on", "he", "said")],
    ),
    # ... and with an infinitive when no passive takes one (`was wanted to hold`): `has`.
    (
        "Ilse Marten is running for the seat she's wanted to hold since school.",
        [R("indirect", "to hold since school", "she", "wanted")],
    ),
    # Rule feeling: a feeling about something after `be` is the stance of the one who
    # feels it, on what its preposition names; a participle's `by` gives the cause.
    (
        "Farmers were alarmed at the sudden rise in fuel prices.",
        [R("indirect", "the sudden rise in fuel prices", "Farmers", "alarmed")],
    ),
    (
        "Neither man was impressed by the new budget.",
        [R("indirect", "the new budget", "Neither man", "impressed")],
    ),
    # ... after any copula of copula-verbs.txt, as the stance rules read one
    (
        "The senator became frustrated with the delays at the port.",
        [R("indirect", "the delays at the port", "The senator", "frustrated")],
    ),
    # ... felt by the subject of the feeling it is joined to (feeling-conjunct), and by
    # the subject of the clause a participle of feeling opens (feeling-participle)
    (
        "Several tenants were surprised and dismayed at the closing of the laundry.",
        [R("indirect", "the closing of the laundry", "Several tenants", "dismayed")],
    ),
    (
        "Alarmed by the rise in fuel prices, the farmers marched on the capital.",
        [R("indirect", "the rise in fuel prices", "the farmers", "Alarmed")],
    ),
    # ... but a preposition stranded after its relative word names nothing the feeling
    # is about: the clause describes the thing (as for a stance adjective)
    (
        "The price of fuel is the one thing that the farmers were alarmed about.",
        [],
    ),
    # An impression or hearsay word on a cue with a speaker: the speaker's statement.
    (
        "Varga seemed to urge a different route in a speech.",
        [R("indirect", "a different route in a speech", "Varga", "urge")],
    ),
    (
        "The governor reportedly said the bridge would reopen.",
        [R("indirect", "the bridge would reopen", "The governor", "said")],
    ),
    # `according to` relaying a quote with its speaker: the report says who said it.
    (
        '"I met her once and that was all," the coach told journalists, according to '
        "Agence France-Presse.",
        [
            R(
                "mixed",
                '"I met her once and that was all," the coach told journalists',
                "Agence France-Presse",
                "according",
            )
        ],
    ),
    # The speaker's next act, which the parser hung inside the reported clause.
    (
        "Senator Paul said the plan would cost billions and called him reckless.",
        [
            R("indirect", "the plan would cost billions", "Paul", "said"),
            R("indirect", "him reckless", "Paul", "called"),
        ],
    ),
    # The speaker's next statement, a participle set off at the end of the clause, which
    # the parser hung deep inside it; a participle that is no cue stays.
    (
        "Vance thinks the plan is so weak that it will fail, saying it lacks money.",
        [
            R("indirect", "the plan is so weak that it will fail", "Vance", "thinks"),
            R("indirect", "it lacks money", "Vance", "saying"),
        ],
    ),
    (
        'Ruiz insisted he had "saved the port," claiming trade was up by a third.',
        [
            R("mixed", 'he had "saved the port,"', "Ruiz", "insisted"),
            R("indirect", "trade was up by a third", "Ruiz", "claiming"),
        ],
    ),
    (
        "Vance said the storm had cut the power, leaving the town without a bus.",
        [R("indirect", "the storm had cut the power, leaving the town without a bus", "Vance",
           "said")],
    ),
    # The question an asking cue puts to its object, hung as an adverbial clause; a
    # condition after another phrase is none.
    (
        "Reporters asked the coach if he would resign.",
        [R("indirect", "if he would resign", "Reporters", "asked")],
    ),
    (
        "The charity will ask the council for money if the grant fails.",
        [R("indirect", "the council for money", "The charity", "ask")],
    ),
    # A day read as the cue's object is when, not what: the infinitive is reported,
    # hung as a complement or as an adverbial.
    (
        "The mayor promised Monday to begin building the new pool within a year.",
        [R("indirect", "to begin building the new pool within a year", "The mayor",
           "promised")],
    ),
    (
        "Ms Ward promised Sunday at a rally in Derby to end the parking charges.",
        [R("indirect", "to end the parking charges", "Ward", "promised")],
    ),
    (
        "The club thanked the fans on Saturday.",
        [R("indirect", "the fans on Saturday", "The club", "thanked")],
    ),
    # An `as` aside reports the clause it hangs on, but an `as` of time does not.
    (
        "As the journal recently noted, faith in the courts is waning everywhere.",
        [R("indirect", "faith in the courts is waning everywhere", "the journal", "noted")],
    ),
    (
        "The economy grew, as economists had predicted.",
        [R("indirect", "The economy grew", "economists", "predicted")],
    ),
    (
        "Ailes also met with the candidate that day, as the Times reported on Tuesday.",
        [R("indirect", "Ailes also met with the candidate that day", "the Times", "reported")],
    ),
    (
        "The senator's eyes welled up as he spoke of his father.",
        [R("indirect", "his father", "he", "spoke")],
    ),
    # rule as-when-begun: an `as` with a verb of starting or going on says when
    (
        "As the hearing began, the mayor was still in her office in the old town hall.",
        [],
    ),
    (
        "As the inquiry resumed on Monday, the families of the two fishermen sat in front.",
        [],
    ),
    # The `that`-clause of the statement a cue speaks through; a mixed statement opens
    # with its fragment's mark.
    (
        "The mayor's campaign said in a statement that “Jane Doe won't be bullied” or "
        "“distracted by his insults.” A spokesman declined to comment.",
        [
            R(
                "mixed",
                "“Jane Doe won't be bullied” or “distracted by his insults.”",
                "The mayor's campaign",
                "said",
            ),
            R("indirect", "to comment", "A spokesman", "declined"),
        ],
    ),
    (
        "Officials said “the firewall” is in place.",
        [R("mixed", "“the firewall” is in place", "Officials", "said")],
    ),
    # What someone was asked: the asker is not named (and is not the one asked).
    (
        "Asked about the tax plan, the governor said she would wait for the budget.",
        [
            R("indirect", "the tax plan", None, "Asked"),
            R("indirect", "she would wait for the budget", "the governor", "said"),
        ],
    ),
    # An empty `it` is not what a view is of.
    (
        "It appears that the talks failed.",
        [R("indirect", "the talks failed", None, "appears")],
    ),
    # What is said of the subject, not where or when it was said.
    (
        "The film is described on Netflix as a gripping watch.",
        [
            R("indirect", "The film", None, "described"),
            R("indirect", "as a gripping watch", None, "described"),
        ],
    ),
    ("The complaint was referred to the ombudsman in March.", []),
    (
        "Asked what he would do, Smith shrugged.",
        [R("indirect", "what he would do", None, "Asked")],
    ),
    # A passive conjunct says nothing of who holds the view.
    (
        "The governor, who won in a landslide and is widely expected to run again, spoke.",
        [],
    ),
    # ... but not a sighting, an appearance or a thing made public.
    ("The actor was seen in Paris.", []),
    ("The mayor appeared on television on Sunday.", []),
    ("The full report was released on Monday.", []),
    # certainty-passive: `assured of` says what is certain for the subject, not what
    # anyone told it
    ("With the count nearly done, the harbour party is assured of a majority.", []),
    # A cue set off by commas reports both sides of it, however the parser read it: an
    # opening adjunct it hung on the cue, a clause it made the cue's adverbial, a speaker
    # named after the cue that it made the subject of what follows.
    (
        "At times last winter, aides close to the mayor said, a single query about the "
        "budget could make her snap.",
        [
            R("indirect", "At times last winter", "aides", "said"),
            R("indirect", "a single query about the budget could make her snap", "aides", "said"),
        ],
    ),
    (
        "Shortly after the hearing, the court records indicate, the judge assigned the case "
        "to a colleague.",
        [
            R("indirect", "Shortly after the hearing", "the court records", "indicate"),
            R(
                "indirect",
                "the judge assigned the case to a colleague",
                "the court records",
                "indicate",
            ),
        ],
    ),
    (
        "The verdict on the plan, said Ellis and others, would be plain to every driver.",
        [
            R("indirect", "The verdict on the plan", "Ellis", "said"),
            R("indirect", "would be plain to every driver", "Ellis", "said"),
        ],
    ),
    # ... but not a noun set off after a cue whose subject, with a relative clause, stands
    # before it: that noun is the reported clause's subject (rule subject-set-off-before)
    (
        "Ines Marle, who runs two nurseries in Cham, said staff shortages, not fees, were "
        "the real problem.",
        [R("indirect", "staff shortages, not fees, were the real problem", "Ines Marle", "said")],
    ),
    # ... nor a speaker's title after an inverted cue, nor a cue's own object.
    (
        "Sales were great, said Jim Hale, a vendor at the fair.",
        [R("indirect", "Sales were great", "Jim Hale", "said")],
    ),
    (
        "Early in May, the firm wrote a long, angry reply to the board.",
        [R("indirect", "a long, angry reply to the board", "the firm", "wrote")],
    ),
    # A headline or transcript line: a short name and a colon open what the name says.
    (
        "Mayor Varga: The pier will stay closed until spring. The council met on Monday.",
        [R("indirect", "The pier will stay closed until spring", "Varga", ":")],
    ),
    (
        "Ruiz to farmers: The subsidies will not be cut. She spoke in Fresno.",
        [R("indirect", "The subsidies will not be cut", "Ruiz", ":")],
    ),
    ("Update: The story was corrected on Tuesday.", []),
    # ... nor a bulletin's field, nor a glossary's word before its meaning in lower case.
    ("Outlook: Showers will ease by Thursday evening.", []),
    ("Rewild: to let farmland go back to the wild, where it used to be.", []),
    # ... nor a work's title and subtitle before `, by` its author, as a review heads it.
    ("Salt and Rust: A Life Along the Old Harbour Line of Cardiff Bay, by Gethin Morris. "
     "Cambria Books, 300 pp.", []),
    # ... also when a headline's capitals make the parser read the name as a common
    # word, once the story names someone with that surname.
    (
        "Swift: I'm Sure Voters Will Say Yes to the Bridge.\n\nMayor Ola Swift spoke on Friday.",
        [R("indirect", "I'm Sure Voters Will Say Yes to the Bridge", "Swift", ":")],
    ),
    (
        "Young: The Tariffs ‘Will Hurt Every Farm.’\n\nSenator Ana Young spoke on Friday.",
        [R("mixed", "The Tariffs ‘Will Hurt Every Farm.’", "Young", ":")],
    ),
    # ... but a section head before someone's statement is not its speaker.
    (
        "Anger at the council: Local fishermen say the pier was closed too soon.",
        [R("indirect", "the pier was closed too soon", "Local fishermen", "say")],
    ),
    # A light verb with the word that makes it a cue: its `that`-clause or its topic.
    (
        "Senator Warren made the case that the banks should be broken up.",
        [R("indirect", "the banks should be broken up", "Warren", "made")],
    ),
    (
        "The mayor took aim at the council's budget.",
        [R("indirect", "the council's budget", "The mayor", "took")],
    ),
    ("The mayor made a cake for the party.", []),
    # A quantifier floating after the subject is no speaker: the noun before it is.
    (
        "The two ferry unions each said the offer was too low.",
        [R("indirect", "the offer was too low", "The two ferry unions", "said")],
    ),
    # A share of people as the source.
    (
        "Half said the economy is getting worse.",
        [R("indirect", "the economy is getting worse", "Half", "said")],
    ),
    # A noun cue inside an object says which thing the object is: the object is the
    # statement (PolNeAR keeps the outer attribution).
    (
        "Officials rejected the company's claim that the river was clean.",
        [
            R(
                "indirect",
                "the company's claim that the river was clean",
                "Officials",
                "rejected",
            )
        ],
    ),
    # ... but a view with no source inside an object leaves it the speaker's.
    (
        "Some supporters expressed outrage that the delegates appeared unwilling to listen.",
        [
            R(
                "indirect",
                "outrage that the delegates appeared unwilling to listen",
                "Some supporters",
                "expressed",
            )
        ],
    ),
    # A noun cue's clause after `be`, and a noun cue's source after `from` or `by`.
    (
        "His view is that the tax will hurt farmers.",
        [R("indirect", "the tax will hurt farmers", "His", "view")],
    ),
    (
        "A warning by the agency that the dam could fail was ignored.",
        [R("indirect", "the dam could fail", "the agency", "warning")],
    ),
    # A statement inside another statement is part of it, not one of its own.
    (
        "The governor said that farmers believe the drought will last all summer.",
        [
            R(
                "indirect",
                "farmers believe the drought will last all summer",
                "The governor",
                "said",
            )
        ],
    ),
    # joined-up: a cue whose particle makes it a verb of joining or enrolling takes no
    # stance on what it joins, its topic or object no attribution
    ("Some residents signed up for a pottery class and paid too much.", []),
    ("He will be able to sign up more donors.", []),
    # phrasal-naming-verb: a naming verb whose particle makes it another act names nothing
    ("The dockers called off their walkout after a late offer from the port.", []),
    ("Ferry crews voted for the deal, calling off a stoppage planned for Easter.", [
        R("indirect", "the deal", "Ferry crews", "voted"),
    ]),
    ("The navy called up two hundred reservists on Monday.", []),
    ("The coastguard called in divers from Oban.", []),
    # stance-on-object: a stance verb with an object of its own reports no clause before
    # it; the objects of the stances are the rows (PolNeAR's acts and stances)
    ("Of the 240 letters we had, 180 opposed the fees, 41 supported them and the rest wanted a"
     " discount.", [
        R("indirect", "the fees", "180", "opposed"),
        R("indirect", "a discount", "the rest", "wanted"),
    ]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_reported(reported, text: str, expected: list[R]) -> None:
    assert reported(text) == expected


def test_whom_a_cue_addresses_is_not_what_it_reports(reported) -> None:
    found = reported("Ortiz, who told Congress when asked about the inquiry, declined to comment.")
    assert "Congress" not in [r.content for r in found]
    assert R("indirect", "to comment", "Ortiz", "declined") in found
