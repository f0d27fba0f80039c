"""Descriptions and short names that stand for a named person or body in news text
(sentences written for these tests): each case is one phenomenon, with the row it
should give (type, content exactly, resolved speaker, mention).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import quotes


class R(NamedTuple):
    """One expected row."""

    type: str
    content: str
    speaker: str | None
    mention: str | None


CASES = [
    # an acronym for the name the text spelt out earlier
    (
        "The International Monetary Fund approved the loan in March. The IMF said in a "
        "statement that the reforms were on track.",
        R("indirect", "the reforms were on track", "International Monetary Fund", "The IMF"),
    ),
    # an acronym whose letters include each part of a hyphened word
    (
        "The Global Anti-Fraud Network joined the case in May. GAFN said in a statement "
        "that the accounts had been frozen.",
        R("indirect", "the accounts had been frozen", "Global Anti-Fraud Network", "GAFN"),
    ),
    # an acronym that skips the small words of a Portuguese name
    (
        "A Associação Nacional dos Produtores de Café met on Monday. ANPC said in a "
        "statement that the harvest was late.",
        R(
            "indirect",
            "the harvest was late",
            "Associação Nacional dos Produtores de Café",
            "ANPC",
        ),
    ),
    # an acronym the body's own language spells, written in brackets after its name
    (
        "The Party for Clean Courts (LPG) marched in May. LPG said in a statement that "
        "the judges had been bought.",
        R("indirect", "the judges had been bought", "Party for Clean Courts", "LPG"),
    ),
    # ... but a party's tag after a person's name is no name of that person
    (
        "Sammy Reed (DUP) spoke first. DUP said in a statement that the deal was dead.",
        R("indirect", "the deal was dead", "DUP", "DUP"),
    ),
    # an organisation's kind is a body, even after a role made of it before a person
    (
        "Council Leader Ama Serwaa opened the meeting. The Kettering Borough Council runs the "
        "libraries. The council said that two branches would close.",
        R("indirect", "two branches would close", "Kettering Borough Council", "The council"),
    ),
    # a role an earlier copula gave one person
    (
        "Mirela Dobos, who said little at first, was a carpenter before she joined the "
        "council. Last week the carpenter said that the stairs were unsafe.",
        R("indirect", "the stairs were unsafe", "Mirela Dobos", "the carpenter"),
    ),
    # a role the text gave no one: the person in focus
    (
        "Okonjo Abara, who has sat in the senate since 2002, pointed out that the bridge was "
        "late. The veteran lawmaker conceded that the budget was tight.",
        R("indirect", "the budget was tight", "Okonjo Abara", "The veteran lawmaker"),
    ),
    # a delayed-identification lead: the person the next sentence names
    (
        "A retired nurse told a tribunal on Friday that she had been bullied for years. "
        "Patricia Lomax-Obi, 64, said that managers had ignored her complaints.",
        R("indirect", "she had been bullied for years", "Patricia Lomax-Obi", "A retired nurse"),
    ),
    # a role in another language, in lower case, that the tagger reads as a name, set off
    # before a name, then alone (rule lower-case-propn-role)
    (
        "Equipo Norte's directeur sportif, Iñaki Zubiri Arrieta, said the team had agreed "
        'to ride for the leader. "We lost nothing today. That is racing," the directeur '
        "sportif said.",
        R("direct", "We lost nothing today. That is racing,", "Iñaki Zubiri Arrieta",
          "the directeur sportif"),
    ),
    # … also an official the lead puts at the top of a place (rule top-official-lead)
    (
        "Wales's most senior transport official has told a Senate committee that 4,000 "
        "trains were cancelled last winter.\n\nGwen Ap Rhys, permanent secretary of the "
        "transport department, was giving evidence to members on Tuesday.",
        R("indirect", "4,000 trains were cancelled last winter", "Gwen Ap Rhys",
          "Wales's most senior transport official"),
    ),
    # … the next subject whose gender the lead's `she` allows, not the defendant named
    # first (rule lead-description-gender)
    (
        "A bus driver has told a court in Wellington she saw the car run the red light.\n\n"
        "Tamati Rewiti, 31, denies dangerous driving.\n\nHine Moana, 47, said the car had "
        "not slowed down.",
        R("indirect", "she saw the car run the red light", "Hine Moana", "A bus driver"),
    ),
    # a lead's plainest description, a woman or a man with a relative clause: the
    # person the next sentence names
    (
        "A man who ran a bakery in Dunmore has told an inquiry that the mill's dust made him "
        "ill.\n\nFergal Quinlan-Moss, 58, said the mill had never tested the air.",
        R("indirect", "the mill's dust made him ill", "Fergal Quinlan-Moss", "A man"),
    ),
    # ... an office of the courts a lead gives before the name
    (
        "A sheriff has ruled that the fall of a roofer in Kilbride could have been "
        "prevented.\n\nSheriff Morag Leckie said the scaffold had not been checked.",
        R("indirect", "the fall of a roofer in Kilbride could have been prevented",
          "Morag Leckie", "A sheriff"),
    ),
    # ... a trade or a post a lead describes a person by before the name (a dealer, a
    # guard, a contractor, an engineer)
    (
        "A second-hand car dealer told a jury on Monday that he had never changed a "
        "mileage reading.\n\nDesmond Farrow-Price, 47, of Mill Road, denies six counts of "
        "fraud.",
        R("indirect", "he had never changed a mileage reading", "Desmond Farrow-Price",
          "A second-hand car dealer"),
    ),
    (
        "A former prison guard told a public inquiry on Tuesday that he had driven six "
        "prisoners out of the jail at night.\n\nTomasz Wielgus, 58, said he had been "
        "ordered to do so by his commander.",
        R("indirect", "he had driven six prisoners out of the jail at night",
          "Tomasz Wielgus", "A former prison guard"),
    ),
    # a lead's office of the body named in its `of` phrase: the person the next sentence
    # names
    (
        "The leader of the party that came third said on Thursday that it would stay in "
        "opposition.\n\nAstrid Holm, whose party won six seats, said the offer had come "
        "too late.",
        R("indirect", "it would stay in opposition", "Astrid Holm", "The leader"),
    ),
    # ... but a plural describes many people, never the one named next
    (
        "Residents of Molepolole say the pump has been broken for weeks.\n\nChief Tau "
        "Mokoena said the council would send a tanker.",
        R("indirect", "the pump has been broken for weeks", "residents of Molepolole",
          "Residents"),
    ),
    # a work with a person's possessive pronoun speaks for the person it stands for
    (
        "Marta Vilanova i Puig is standing again. Her manifesto promises that no new loans "
        "will be signed.",
        R("indirect", "no new loans will be signed", "Marta Vilanova i Puig",
          "Her manifesto"),
    ),
    # ... and stays as written when the pronoun stands for no one the text names
    (
        "His report says the roads were repaired.",
        R("indirect", "the roads were repaired", "His report", "His report"),
    ),
    # a lead's office owned by a place: the person the next sentence names
    (
        "Measles cases rise in north\n\nThe risk to most children remains low despite six "
        "new cases, Scotland's chief nursing officer has said.\n\nSpeaking at a briefing on "
        "Monday, Professor Morwenna Tregaskis-Obi said all six cases were linked to one "
        "nursery.",
        R("indirect", "The risk to most children remains low despite six new cases",
          "Morwenna Tregaskis-Obi", "Scotland's chief nursing officer"),
    ),
    # a possessed role given in an apposition
    (
        "Senator Ruth Malone faced Tom Aziz, her challenger, who said on Sunday that fares "
        "were too high. Later her challenger said he would cut fares.",
        R("indirect", "he would cut fares", "Tom Aziz", "her challenger"),
    ),
    # a possessed role given to no one stays as written, never the possessor
    (
        "Senator Ruth Malone faced her challenger on Sunday. Later her challenger said he "
        "would cut fares.",
        R("indirect", "he would cut fares", "her challenger", "her challenger"),
    ),
    # `the company` after two bodies have spoken: the one that spoke most often
    (
        "Korvald Mills said on Monday that sales had fallen, and it said that prices would "
        "rise. Flour output fell 3 percent, according to figures compiled by Tallyhouse. The "
        "company said that it would keep both plants open.",
        R("indirect", "it would keep both plants open", "Korvald Mills", "The company"),
    ),
    # a name the text also writes by its surname alone is a person's, never the body a
    # story's lead describes: with no body named, the description stays as written
    (
        "The district council voted on Monday to dismiss Regent Tomas Verlaine Okonjo. "
        'Tomas Okonjo called the vote a plot.\n\n"I will appeal," Okonjo said.\n\nThe '
        "council said the regent had missed its sessions.",
        R("indirect", "the regent had missed its sessions", "the council", "The council"),
    ),
    # a name a `he` takes up in the clause its verb reports is a person's, never the
    # body `the company` stands for: the body the text named before it
    (
        "The board of Harrowgate Mills voted to remove Marek Ilori as its chairman on "
        "Friday. Marek Ilori said he had not been told of the vote.\n\nThe company said "
        "the decision was taken unanimously.",
        R("indirect", "the decision was taken unanimously", "Harrowgate Mills", "The company"),
    ),
    # an age after a name set off by a role noun in a sentence with no cue (left
    # unparsed): the person just named, not the one who spoke before
    (
        'Harbour owner Brynjar Olafsson said the quota was fair. "Nobody wins a price war," '
        "Olafsson said.\n\nOut in the bay, skipper Ketill Starrason was hauling nets. "
        'Speaking by radio, the 51-year-old said: "We will fish until they stop us."',
        R("direct", "We will fish until they stop us.", "Ketill Starrason", "the 51-year-old"),
    ),
    # a nation the text said of one person (`of Brazil`): that person, not the one in focus
    (
        "Lena Hoff won the final, beating Rafael Souza of Brazil in three sets. Hoff said "
        'the wind had been hard. "I was lucky today," Hoff said.\n\n"I had my chances," '
        "the Brazilian said.",
        R("direct", "I had my chances,", "Rafael Souza", "the Brazilian"),
    ),
    # ... a people's word of two words
    (
        "Ana Kowalczyk beat Luis Figueroa Ortiz of Puerto Rico on points. \"She was the "
        'better boxer tonight," the Puerto Rican said.',
        R("direct", "She was the better boxer tonight,", "Luis Figueroa Ortiz", "the Puerto Rican"),
    ),
    # ... said in brackets in a table after the story
    (
        'Rhodri Evans and Carlos Mendez met at the weigh-in on Friday. "I will send him home '
        'in a taxi," Evans said.\n\n"He talks like a champion," the Mexican replied.\n\n'
        "Tale of the tape\nCarlos Mendez (Mexico): 167.6lb\nRhodri Evans (Wales): 167.2lb",
        R("direct", "He talks like a champion,", "Carlos Mendez", "the Mexican"),
    ),
    # the person in focus the text said was of another nation: no one, as written
    (
        'Thomas Evans, a Welshman, beat Carlos Mendez on Friday. "I will send him home in a '
        'taxi," Evans said.\n\n"He talks like a champion," the Mexican said.',
        R("direct", "He talks like a champion,", "the Mexican", "the Mexican"),
    ),
    # a standing the text gave one person before a name: that person
    (
        "Captain Ola Berg and veteran striker Tomas Lind both scored on Saturday. Manager "
        'Dan Reyes said the team had been brave. "I am proud of them," Reyes said.\n\n"We '
        'never stopped running," the veteran said.',
        R("direct", "We never stopped running,", "Tomas Lind", "the veteran"),
    ),
    # a rank of nobility the text gave one person before a name (a Tongan noble): that
    # person
    (
        "The mill is owned by a company chaired by the Tongan noble Lord Vaea. The noble "
        "said in a statement that the mill would reopen.",
        R("indirect", "the mill would reopen", "Lord Vaea", "The noble"),
    ),
    # an age range: the one person given an age in it (the parse hangs `17` on `player`)
    (
        "Coach Maria Ortiz said the squad was young. Her best player, Kai Hart, 17, scored "
        'twice. "He is fearless," Ortiz said.\n\n"I just hit it," said the teenager.',
        R("direct", "I just hit it,", "Kai Hart", "the teenager"),
    ),
    # an age before a name
    (
        "The race was won by 19-year-old Tomas Hallberg, ahead of Jorge Paredes. Paredes "
        'said the wind had been hard.\n\n"I never expected to win here," the 19-year-old '
        "said.",
        R("direct", "I never expected to win here,", "Tomas Hallberg", "the 19-year-old"),
    ),
    # an age no one was given, of a range a role before a name gives (`teenager X`)
    (
        "Paredes edges out teenager Hallberg\n\nJorge Paredes won the race by a second "
        'from Tomas Hallberg. "I am happy," Paredes said.\n\n"I never expected to be so '
        'close," the 18-year-old said.',
        R("direct", "I never expected to be so close,", "Tomas Hallberg", "the 18-year-old"),
    ),
    # an age a copula gave (`She is 24`), its `she` resolved where it stands
    (
        "Ana Mendes grew up in a fishing town. She is 24, and trains in Finland with coach "
        "Pekka Virta. Virta said she was the best he had coached.\n\nThe 24-year-old "
        "admits the move nearly broke her.",
        R("indirect", "the move nearly broke her", "Ana Mendes", "The 24-year-old"),
    ),
    # the person in focus the text gave another age: no one, as written
    (
        'Rafael Souza lost to Lena Hoff on Sunday. "I had chances," Souza said.\n\nHoff, '
        "31, said the wind had been hard. The 24-year-old said the draw had been unkind.",
        R("indirect", "the draw had been unkind", "The 24-year-old", "The 24-year-old"),
    ),
    # … but a `he` in what the description says rules the woman out: the man in focus,
    # to whom the text gave no age
    (
        'Rafael Souza lost to Lena Hoff on Sunday. "I had chances," Souza said.\n\nHoff, '
        "31, said the wind had been hard. The 24-year-old said he would play again.",
        R("indirect", "he would play again", "Rafael Souza", "The 24-year-old"),
    ),
    # … but a `she` inside the description's own quoted words is someone else, and
    # rules no one out (rule reported-gender)
    (
        "Coach Maria Lopes named an unchanged side on Friday.\n\nRafael Costa said he had "
        'aimed every shot at the far post.\n\n"My mother watched from Porto. She will call '
        'me tonight," said the 24-year-old.',
        R("direct", "My mother watched from Porto. She will call me tonight,", "Rafael Costa",
          "the 24-year-old"),
    ),
    # an age that opens a description set off after a name (`, a 47-year-old tax
    # lawyer,`) is that person's: the 58-year-old is not him, and stays as written
    (
        "The challenger, Josep Serra, a 47-year-old tax lawyer, said the board had borrowed "
        'too much.\n\n"We will build it without a single new loan," the 58-year-old said.',
        R("direct", "We will build it without a single new loan,", "the 58-year-old",
          "the 58-year-old"),
    ),
    # an age description before a verb and a name gives that name no age
    (
        "Leith lost after captain Tom Reid was sent off. Manager Goran Petrovic told "
        'reporters: "I have nothing to say." The 47-year-old said Reid would not be fined.',
        R("indirect", "Reid would not be fined", "Goran Petrovic", "The 47-year-old"),
    ),
    # a body's short name, in its one longer form
    (
        "Shares in Brakstad Shipping fell 4 percent on Monday. Brakstad said that orders had "
        "slowed.",
        R("indirect", "orders had slowed", "Brakstad Shipping", "Brakstad"),
    ),
    # office-itself: a bare title is the holder of the office, not the deputy
    (
        "MARSH END PARISH COUNCIL\n\nPresent: Mayor Rosa Vella; Deputy Mayor Ian Farr; Cllr "
        "Joe Grech.\n\n1. Roads. The Mayor reported that the lane would be resurfaced in June.",
        R("indirect", "the lane would be resurfaced in June", "Rosa Vella", "The Mayor"),
    ),
    # a firm named first in the sentence a description of its kind closes: the name's
    # first word, tagged as a name, is the name's though it opens the sentence
    (
        "Dunmore Building Society is to close 12 branches, the lender said on Monday.",
        R("indirect", "Dunmore Building Society is to close 12 branches",
          "Dunmore Building Society", "the lender"),
    ),
    # quoted-age-unread: the age of someone a speaker's own words call `she` is no age
    # of the speaker's (`She is 71` is his mother)
    (
        "Striker Kiko signed a two-year deal with Académica on Tuesday. \"My mother came "
        'to every game I played here. She is 71," Kiko said. The 33-year-old said he had '
        "turned down two offers from abroad.",
        R("indirect", "he had turned down two offers from abroad", "Kiko", "The 33-year-old"),
    ),
    # title-across-a-field: a signature's title on the line before is no title of the
    # name on the next (`Rosa Vella, Mayor` ¶ `Tom Bode, …` gives Tom Bode no `mayor`)
    (
        "Present: Mayor Rosa Vella; Deputy Mayor Ian Farr.\nIn attendance: Mr Tom Bode, "
        "Executive Secretary.\n\n1. Roads. The Mayor reported that the lane would be "
        "resurfaced in June.\n\nRosa Vella, Mayor\nTom Bode, Executive Secretary",
        R("indirect", "the lane would be resurfaced in June", "Rosa Vella", "The Mayor"),
    ),
    # a corporation is a company: `the state-owned company` after the clause whose
    # subject is `… Corporation` stands for it (organisation-kind-names.txt)
    (
        "OSLO, 5 May - Halvorsen Teknikk Corporation earned 3 billion crowns from exports "
        "in 2024, the state-owned company said on Monday.",
        R(
            "indirect",
            "Halvorsen Teknikk Corporation earned 3 billion crowns from exports in 2024",
            "Halvorsen Teknikk Corporation",
            "the state-owned company",
        ),
    ),
    # legal-bracket-run: a firm named with a bracketed legal form is the whole name,
    # not its last word, for `the company` after it
    (
        "Shares in Karoo Feeds (Proprietary) Limited fell on Monday. The company said "
        "demand had weakened.",
        R("indirect", "demand had weakened", "Karoo Feeds (Proprietary) Limited", "The company"),
    ),
    # placed-no-maker leaves out a legal form: `figures from … Ltd` are the firm's
    (
        "Tea prices eased this week, according to figures from Nuwara Leaf Brokers Ltd, "
        "the island's largest broker.",
        R(
            "indirect",
            "Tea prices eased this week",
            "Nuwara Leaf Brokers Ltd",
            "figures from Nuwara Leaf Brokers Ltd, the island's largest broker",
        ),
    ),
    # branch-number-sign: a union's registered number is part of its name, written with
    # the sign's full stop (number-sign-as-written)
    (
        "About 300 fishermen stayed in port on Monday, their union said. The president of "
        "the Caleta Norte Fishermen's Union No. 3, Luis Parra Soto, said by telephone that "
        "the quota was too small.",
        R(
            "indirect",
            "About 300 fishermen stayed in port on Monday",
            "Caleta Norte Fishermen's Union No. 3",
            "their union",
        ),
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_description_resolves(text: str, expected: R) -> None:
    rows = [R(q.type, q.text, q.speaker, q.speaker_mention) for q in quotes.extract(text)]
    assert expected in rows


# Speakers named after the quote, and a given name cut short: (text, content, speaker).
NAMED_AFTER = [
    # `came the reply from X`: an answer speaks through who gave it
    (
        '"The tram will be finished by June," said the mayor. "It will not be finished this '
        'decade," came the reply from Jonas Ekdahl, her rival.',
        "It will not be finished this decade,",
        "Jonas Ekdahl",
    ),
    # `So says X` after a quotation: `so` stands for it
    (
        '"Clay remembers every mistake you make." So says Halina Wrobel, standing by the kiln '
        "she built in 1998.",
        "Clay remembers every mistake you make.",
        "Halina Wrobel",
    ),
    # a given name cut short (`Jos` for `Josephine`) is the one person it opens
    (
        "Carer Josephine Mbeki, 33, said that the ward was short of staff. Later Jos told the "
        "hearing that she had warned managers twice.",
        "she had warned managers twice",
        "Josephine Mbeki",
    ),
]


@pytest.mark.parametrize("text, content, speaker", NAMED_AFTER)
def test_named_after(text: str, content: str, speaker: str) -> None:
    assert speaker in [q.speaker for q in quotes.extract(text) if q.text == content]
