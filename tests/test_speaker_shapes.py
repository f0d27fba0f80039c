"""Speakers of common shapes of news prose that name a source in parts: a name inside a
relative clause about a described source, a capitalised office before a given name, a
body's name joined by `and`, `of`, `for` or French small words, a work's maker after
what the work is of, a label of initials, a role told apart by its modifier, and a name
set off before a cue (one written family name first too). Sentences written for these
tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import quotes
from quotes.appositions import appositive_name
from quotes.name_spans import name_tokens
from quotes.records import Quote
from tests.rows import Q, check


def row_holding(text: str, fragment: str) -> Quote:
    """The one row (scope `all`) whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text, scope="all") if fragment in q.text]
    assert len(found) == 1, quotes.extract(text, scope="all")
    return found[0]


@pytest.mark.parametrize(
    "text, fragment, kind, mention, speaker",
    [
        # a name given in a relative clause: beside `first name`, and a `she` after it
        (
            "A shopkeeper who asked that we use only her first name, Marisol, tells the "
            'Courier she saw the flames from her window. "It was like daylight," she said.',
            "she saw the flames",
            "indirect",
            "A shopkeeper",
            "Marisol",
        ),
        (
            "A shopkeeper who asked that we use only her first name, Marisol, tells the "
            'Courier she saw the flames from her window. "It was like daylight," she said.',
            "It was like daylight",
            "direct",
            "she",
            "Marisol",
        ),
        # ... after `gave his name as`
        (
            "The first tenant to speak, who gave his name as Ambrose Tilley-Marr, asked: "
            '"Who signed off the repairs?"',
            "Who signed off",
            "direct",
            "The first tenant",
            "Ambrose Tilley-Marr",
        ),
        # ... in a `who` clause the parser hung on the noun of a phrase after the source
        (
            "A porter at the depot on Mill Lane, who gave his name only as Dragan, said the "
            "night trains had been cut since March.",
            "the night trains",
            "indirect",
            "A porter",
            "Dragan",
        ),
        # ... after a naming participle set off after the source
        (
            "A porter at the depot, identified only as Dragan, said the night trains had "
            "been cut since March.",
            "the night trains",
            "indirect",
            "A porter",
            "Dragan",
        ),
        # ... set off after a restrictive relative clause of the description (rule
        # name-after-restrictive-clause), which the parser hangs on the street
        (
            "A taxi driver we met on Marine Parade, Kofi Mensah-Bonsu, says fares will rise "
            "by a cedi.",
            "fares will rise",
            "indirect",
            "A taxi driver",
            "Kofi Mensah-Bonsu",
        ),
        # ... but a place set off after the clause's town is the town's, not a name
        (
            "A fisherman we met in Tema, Greater Accra, says the catch has halved.",
            "the catch has halved",
            "indirect",
            "A fisherman",
            "a fisherman",
        ),
        # ... the name in quote marks a writer signed with (rule signed-name)
        (
            'One listener, who signed her message only "Nadia", wrote: "The bus to the '
            'school never comes on time."',
            "The bus to the",
            "direct",
            "One listener",
            "Nadia",
        ),
        # a name set off after a role the tagger reads as an adjective (`-designate`),
        # with the comma before the name hung on it
        (
            '"We did not agree on everything," the premier-designate, Karina '
            "Berthelsen-Motzfeldt, said as she put down her pen.",
            "We did not agree",
            "direct",
            "the premier-designate, Karina Berthelsen-Motzfeldt",
            "Karina Berthelsen-Motzfeldt",
        ),
        # a capitalised office before a given name is no part of the name
        (
            "County Clerk Dwayne Harper told reporters the count would finish by noon.",
            "the count would finish",
            "indirect",
            "Dwayne Harper",
            "Dwayne Harper",
        ),
        # ... but a body's name opening a sentence whose second word is also a given name
        # keeps its first word (it ends in a business's word, no surname)
        (
            "Northmoor Grant Holdings said on Tuesday that it would close two depots.",
            "it would close",
            "indirect",
            "Northmoor Grant Holdings",
            "Northmoor Grant Holdings",
        ),
        # a name written family name first with a hyphened given name, set off before a role
        (
            "Wong Ka-wing, chief executive of Kestrel Harbour Bank, said the bank had "
            "grown slowly.",
            "the bank had grown",
            "indirect",
            "chief executive",
            "Wong Ka-wing",
        ),
        # a body's name joined by French small words, the parse ending it at the second
        (
            "According to the Union des Producteurs du Bas-Quercy, plums ripened early.",
            "plums ripened",
            "indirect",
            "the Union des Producteurs",
            "Union des Producteurs du Bas-Quercy",
        ),
        # ... in lower case after its first word, cut at `et`: read on to the acronym its
        # initials spell
        (
            "About 200 staff are out, according to the Syndicat des employés et employées "
            "du rail (SEER), which speaks for them. The union said talks had failed.",
            "talks had failed",
            "indirect",
            "The union",
            "Syndicat des employés et employées du rail",
        ),
        # ... cut right after a Portuguese small word, the name going on before it
        (
            "The Banco do Nordeste said on Monday that lending had grown.",
            "lending had grown",
            "indirect",
            "Nordeste",
            "Banco do Nordeste",
        ),
        # a body's name joined by `and`, the parse heading it with the last words (the
        # mention whole since rule joined-body-mention)
        (
            "Two batches were recalled, the Food and Drug Administration said on Friday.",
            "Two batches",
            "indirect",
            "the Food and Drug Administration",
            "Food and Drug Administration",
        ),
        # ... with a word inside that is elsewhere a title (the mention whole since rule
        # possessive-in-body-name)
        (
            "The Transport and General Workers' Union said the offer was an insult.",
            "the offer was",
            "indirect",
            "The Transport and General Workers' Union",
            "Transport and General Workers' Union",
        ),
        # ... by `for` after the maker of figures
        (
            "Rents in the valley fell for a third year, according to figures from the "
            "Centre for Rural Housing.",
            "Rents in the valley",
            "indirect",
            "figures from the Centre for Rural Housing",
            "Centre for Rural Housing",
        ),
        # ... by `for` and then `and`, across a hyphenated word
        (
            "Wages rose fastest in Portugal, according to the Organisation for Economic "
            "Co-operation and Development.",
            "Wages rose",
            "indirect",
            "the Organisation",
            "Organisation for Economic Co-operation and Development",
        ),
        # ... after a list of words joined by commas
        (
            "Rain is likely over the coast until Friday, the Meteorology, Climatology and "
            "Geophysical Agency said on Monday.",
            "Rain is likely",
            "indirect",
            "the Meteorology, Climatology and Geophysical Agency",
            "Meteorology, Climatology and Geophysical Agency",
        ),
        # ... the parse heading it with the words before `and`, tagged as a person's
        (
            "In a statement, Harwick Fire and Rescue Service said that four crews had "
            "attended the blaze.",
            "four crews had attended",
            "indirect",
            "Harwick Fire and Rescue Service",
            "Harwick Fire and Rescue Service",
        ),
        # ... or cut at the `to` of its purpose (rule body-purpose)
        (
            "The Cumberland Right to Know Coalition said in a statement that six districts "
            "had removed books.",
            "six districts had removed books",
            "indirect",
            "The Cumberland Right to Know Coalition",
            "Cumberland Right to Know Coalition",
        ),
        # ... opening its sentence with no `the`
        (
            "Renfield and Oakby Health Trust said it accepted the findings in full.",
            "it accepted the findings",
            "indirect",
            "Renfield and Oakby Health Trust",
            "Renfield and Oakby Health Trust",
        ),
        # ... or after a level of government between `the` and the name (rule
        # level-before-name), for which a later `the department` stands
        (
            "The state Water and Sanitation Department on Friday ordered tankers for "
            "three districts.\n\nNine wells had failed since May, according to the "
            "department.",
            "Nine wells had failed",
            "indirect",
            "the department",
            "Water and Sanitation Department",
        ),
        # ... or a list line, across an `&` after a word that is a given name too
        (
            "Ratios fell at two lenders.\n\n• Carson & Pike Building Society: 5.9%\n\n"
            "The society said it had sold a portfolio of loans.",
            "it had sold a portfolio",
            "indirect",
            "The society",
            "Carson & Pike Building Society",
        ),
        # ... but a person and a body joined by `and` stay apart
        (
            "Marta Ruiz and Kelby Council said the road would close for a week.",
            "the road would close",
            "indirect",
            "Kelby Council",
            "Kelby Council",
        ),
        # ... but two subjects joined by `and` stay apart
        (
            "Acme and the Brook Trust said the park would reopen in May.",
            "the park would reopen",
            "indirect",
            "Acme",
            "Acme",
        ),
        # `the union` for a union named for its members, whole across `and`
        (
            "The Allied Port and Harbour Workers, which balloted 900 dockers in June, "
            "walked out of the talks on Monday. The union said the offer was an insult.",
            "the offer was an insult",
            "indirect",
            "The union",
            "Allied Port and Harbour Workers",
        ),
        # bare `Inspectors` speak for the body that spoke in the sentence before
        (
            'A primary school in Selby has been rated "good" by inspectors.\n\nIn a report '
            "published on Monday, Estyn said teaching had improved. Inspectors found that "
            "most pupils could now read fluently.",
            "most pupils could now read",
            "indirect",
            "Inspectors",
            "Estyn",
        ),
        # a work's maker after what the work is of
        (
            "A review of the ferry timetable by the port's planners warns that winter "
            "crossings could be cut.",
            "winter crossings",
            "indirect",
            "A review of the ferry timetable by the port's planners",
            "the port's planners",
        ),
        (
            "Footfall will fall by a fifth, according to a survey of 2,000 shops by Halden "
            "Research.",
            "Footfall will fall",
            "indirect",
            "a survey of 2,000 shops by Halden Research",
            "Halden Research",
        ),
        # a role told apart by its modifier: two chiefs, one of finance
        (
            "Chief executive Fiona Ashby-Reid said sales had slowed. Chief financial "
            "officer Rahul Mehta-Clarke told analysts that costs would peak. Asked about "
            'prices, the finance chief said: "We never say never."',
            "We never say never",
            "direct",
            "the finance chief",
            "Rahul Mehta-Clarke",
        ),
        # an honorific with a full stop, kept on its token so that no sentence ends there:
        # the name set off after the description speaks, the given name after the
        # honorific opening it (`Devi` is a given name too)
        (
            "Outside the hall, the guild's secretary, Smt. Bimla Devi Sharma, told "
            "reporters that the stalls had been rebuilt twice.",
            "the stalls had been rebuilt",
            "indirect",
            "the guild's secretary",
            "Bimla Devi Sharma",
        ),
        # a given name alone set off after a noun of kin: the `he` after it
        (
            "The council apologised to the family. Her brother, Ciaran, 58, who found "
            'her, is still in shock. He said: "Nobody came for an hour."',
            "Nobody came",
            "direct",
            "He",
            "Ciaran",
        ),
        # a nickname in quotation marks inside a name, later used alone
        (
            'Walter "The Anvil" Brisket-Hale, the former champion, will coach the national '
            "team. Born Walter Ames Brisket-Hale in Leeds, he retired in 2019. Asked whether "
            'he would fight again, the Anvil said: "My hands have retired, my mouth has not."',
            "My hands have retired",
            "direct",
            "the Anvil",
            "Walter Ames Brisket-Hale",
        ),
        # an Irish surname with its particle, after the full name (the tagger took the
        # given name for an adjective)
        (
            "The TD for Galway West, Cathal Ó Murchú, said the ferry was late again. "
            'Deputy Ó Murchú added: "Islanders are tired of waiting."',
            "Islanders are tired",
            "direct",
            "Ó Murchú",
            "Cathal Ó Murchú",
        ),
        # ... but a lower-case particle before a given name is no office
        (
            "The minister, Nasser bin Hamad al-Rumi, said the port would reopen. Al-Rumi "
            "added that talks would resume in May.",
            "talks would resume",
            "indirect",
            "Al-Rumi",
            "Nasser bin Hamad al-Rumi",
        ),
        # a legislator's party tag, and the member noun that later stands for him
        (
            '"Why did the levee fail?" asked Sen. Ann Byrne-Toller (R-Tex.), holding a '
            "photograph. The engineer, Tom Weiss, said the pumps had stalled. \"Who knew "
            'about the pumps?" pressed the Texas Republican.',
            "Who knew about",
            "direct",
            "the Texas Republican",
            "Ann Byrne-Toller",
        ),
        # a name set off by commas before the cue is its subject, not an inverted speaker
        (
            "Her lawyer, Tom Berry, said the landlord, Acme Homes, had ignored every letter.",
            "had ignored every letter",
            "indirect",
            "Her lawyer",
            "Tom Berry",
        ),
        # ... but a name with no comma before it opens an inverted cue's content
        (
            "And Halloran, said Deakin, never forgives a slight.",
            "never forgives",
            "indirect",
            "Deakin",
            "Deakin",
        ),
        # a share of people is the source with what qualifies it (an adverb or a
        # comparison before it) and its group (`in 10` after a number, `of …` after a
        # word that is no noun; a noun's group is its description's)
        (
            "In the village, six in 10 say the bus fare is too high.",
            "the bus fare is too high",
            "indirect",
            "six in 10",
            "six in 10",
        ),
        (
            "More than 4 in 10 said the council should resign.",
            "the council should resign",
            "indirect",
            "More than 4 in 10",
            "More than 4 in 10",
        ),
        (
            "Nearly half of tenants said repairs took longer than a month.",
            "repairs took longer",
            "indirect",
            "Nearly half",
            "Nearly half of tenants",
        ),
        (
            "Most of the drivers who were stopped told the inspectors the signs were unclear.",
            "the signs were unclear",
            "indirect",
            "Most of the drivers",
            "Most of the drivers",
        ),
    ],
)
def test_speaker_shapes(text: str, fragment: str, kind: str, mention: str, speaker: str) -> None:
    q = row_holding(text, fragment)
    assert (q.type, q.speaker_mention, q.speaker) == (kind, mention, speaker)
    assert text[q.speaker_start : q.speaker_end] == mention


def test_labels_of_initials_name_the_people_introduced() -> None:
    text = (
        "Tariq Qureshi spoke to the sailor Marisol Bento-Sorlie at her boatyard.\n\n"
        "TQ: Why boats?\n\nMBS: I never wanted a boat. My father built them.\n\n"
        "TQ: And now?\n\nMBS: Now I cannot sleep on land."
    )
    rows = [(q.text, q.speaker_mention, q.speaker, q.cue) for q in quotes.extract(text)]
    assert rows == [
        ("Why boats?", "TQ", "Tariq Qureshi", "TQ"),
        ("I never wanted a boat. My father built them.", "MBS", "Marisol Bento-Sorlie", "MBS"),
        ("And now?", "TQ", "Tariq Qureshi", "TQ"),
        ("Now I cannot sleep on land.", "MBS", "Marisol Bento-Sorlie", "MBS"),
    ]


def test_a_set_off_name_is_whole_when_the_parse_heads_it_inside() -> None:
    # `the new harbourmaster, Idris Okafor-Lund, says`, parsed as the tagger has parsed
    # such a name after a two-sentence quote: `Okafor` the apposition, `Lund` hung on it
    words = ["the", "new", "harbourmaster", ",", "Idris", "Okafor", "-", "Lund", ",", "says"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, True, False, True, True, False, False, False, True, False],
        heads=[2, 2, 9, 2, 5, 2, 7, 5, 2, 9],
        deps=["det", "amod", "nsubj", "punct", "compound", "appos", "punct", "appos",
              "punct", "ROOT"],
        pos=["DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT",
             "VERB"],
        ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
    )
    name = appositive_name(doc[2])
    assert name is not None and name.text == "Idris Okafor-Lund"


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # `which means …` after the quote: its `which` is the gloss's subject, no speaker
        (
            'Before the vote, Ana Santos said: "Hindi po ito palabas. Pera ito ng '
            'taumbayan," which means that this is not a show.',
            "Hindi po ito",
            "Ana Santos",
        ),
        # `meaning that …`: a cue inside the gloss (`they would not agree`) is not the
        # quote's
        (
            "Youth leaders spoke too. Hinewai Tū-Pōtiki, 19, said in te reo Māori: "
            '"Kāore mātou e whakaae," meaning that they would not agree.',
            "Kāore",
            "Hinewai Tū-Pōtiki",
        ),
    ],
)
def test_the_writers_gloss_after_a_quote_does_not_speak_it(
    text: str, fragment: str, speaker: str
) -> None:
    assert row_holding(text, fragment).speaker == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker, method",
    [
        # `which votes …` after the quote is about the state it names: the quote is the
        # adviser's of the quote before, not the state's
        (
            '"We can still win the delegates we need in the west," said Dana Whitcombe, '
            'an adviser to the campaign. "We have good chances all the way to '
            'California," which votes in June.',
            "good chances",
            "Dana Whitcombe",
            "previous-quote",
        ),
        # `who went on …` after the quote is about the singer it names: the quote is
        # the one who interjected it
        (
            "The comedian took the microphone. Rosa Llewellyn interjected, \"Ladies and "
            'gentlemen, the one and only Tom Barr," who went on to sing for an hour.',
            "Ladies and gentlemen",
            "Rosa Llewellyn",
            "dep:subject",
        ),
    ],
)
def test_a_relative_clause_after_a_quote_does_not_speak_it(
    text: str, fragment: str, speaker: str, method: str
) -> None:
    row = row_holding(text, fragment)
    assert (row.type, row.speaker, row.method) == ("direct", speaker, method)


@pytest.mark.parametrize(
    "words, name",
    [
        (["Private", "Havili"], ["Havili"]),
        (["Lance", "Corporal", "Fonoti-Hale"], ["Fonoti-Hale"]),
        (["DCI", "Adebanjo-Kerr"], ["Adebanjo-Kerr"]),
        (["Ch", "Insp", "Raman"], ["Raman"]),
        (["PC", "Lewis", "Yeung"], ["Lewis", "Yeung"]),
    ],
)
def test_a_rank_before_a_name_is_no_part_of_it(words: list[str], name: list[str]) -> None:
    """Military and police ranks, written out or abbreviated, stand before a surname as
    `Mr` does, so the surname finds the full name the text gave before."""
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert [t.text for t in name_tokens(doc[:])] == name


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # a name and a cue alone after the full stop inside the marks: the quote's
        (
            '"It was a long night." Harbour captain Odd Strømsvik-Lunde said. "We were '
            'lucky with the wind."',
            "It was a long night.",
            "Odd Strømsvik-Lunde",
        ),
        # a description before the cue
        (
            'The pier was shut at noon. "We kept it open as long as we could." The harbour '
            'master said.',
            "We kept it open as long as we could.",
            "The harbour master",
        ),
        # … but not of a quote its own sentence introduced: that one is the introducer's
        (
            'Marta Lindqvist said, "We lost." Her husband interjected. "We were robbed."',
            "We lost.",
            "Marta Lindqvist",
        ),
    ],
)
def test_a_sentence_of_a_name_and_a_cue_after_a_quote_is_its_attribution(
    text: str, content: str, speaker: str
) -> None:
    [row] = [q for q in quotes.extract(text) if q.text == content]
    assert speaker in (row.speaker, row.speaker_mention)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a handle the tagger reads as a pronoun is the poster's name, not a `he` or
        # `she` left unresolved (rule at-handle-no-pronoun)
        (
            "Islanders took to social media after the ferry was cancelled for a third "
            'day.\n\n@island_mum posted: "Third day without a ferry. My son cannot get to '
            'school."\n\n@harbour_watch replied: "The ferry company knew the engine was '
            'broken last week."\n\nThe ferry company said a new part would arrive on Friday.',
            [
                Q("direct", "Third day without a ferry. My son cannot get to school.",
                  "@island_mum", "@island_mum", "posted"),
                Q("direct", "The ferry company knew the engine was broken last week.",
                  "@harbour_watch", "@harbour_watch", "replied"),
                Q("indirect", "a new part would arrive on Friday", "the ferry company",
                  "The ferry company", "said"),
            ],
        ),
        # a handle opening a line keeps its verb (rule handle-opens-sentence), and is no
        # body that `the ferry company` after it stands for
        (
            'Jane Kerr, a nurse on the island, wrote: "Third day without a ferry. I cannot '
            'get to work."\n\n@harbour_watch replied that the company had known about the '
            "engine for a week.\n\nThe ferry company said a new part would arrive on Friday.",
            [
                Q("direct", "Third day without a ferry. I cannot get to work.", "Jane Kerr",
                  "Jane Kerr", "wrote"),
                Q("indirect", "the company had known about the engine for a week",
                  "@harbour_watch", "@harbour_watch", "replied"),
                Q("indirect", "a new part would arrive on Friday", "the ferry company",
                  "The ferry company", "said"),
            ],
        ),
    ],
)
def test_a_posters_handle_is_the_speaker(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)
