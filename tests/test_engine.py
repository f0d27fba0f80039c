"""The engine on one phenomenon per case, the seed article, the spaCy component and the CLI.

The sentences are written for these tests (news style); the seed article is the project's
own gold file. Each case checks the real output: type, exact content and offsets, resolved
speaker, speaker mention, cue and the family of the rule that found the speaker.
"""

from __future__ import annotations

import csv
import io
import json
import pickle
from pathlib import Path

import pytest
import spacy
from rows import Q, check
from typer.testing import CliRunner

from quotes.cli import app
from quotes.model import default_model
from quotes.records import COLUMNS
from quotes.speaker_ids import identify

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "fixtures" / "articles"
SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed-gold.jsonl"


# --- direct quotes, by shape ------------------------------------------------------------

DIRECT = [
    # X said, "…" (after a comma, a colon or a dash)
    (
        "All is in the cooking ; for , as Mr Dunn tells us -- “ A plain dish well dressed "
        "beats a rich one . ”",
        [Q("direct", "A plain dish well dressed beats a rich one .", "Dunn", "Dunn", "tells",
           "near-before")],
    ),
    (
        'Mayor Linda Park said, "The bridge will reopen in March."',
        [Q("direct", "The bridge will reopen in March.", "Linda Park", "Linda Park", "said",
           "dep")],
    ),
    (
        'Governor Tom Reyes added, "The state will cover the cost."',
        [Q("direct", "The state will cover the cost.", "Tom Reyes", "Tom Reyes", "added", "dep")],
    ),
    # "…," X said.
    (
        '"We have no reason to panic," Governor Tom Reyes said.',
        [Q("direct", "We have no reason to panic,", "Tom Reyes", "Tom Reyes", "said", "dep")],
    ),
    (
        '"The river has crested," Mayor Linda Park told reporters on Tuesday.',
        [Q("direct", "The river has crested,", "Linda Park", "Linda Park", "told", "dep")],
    ),
    # "…," said X.
    (
        "\"The harbour is safe for swimmers again,\" said Helen Moss, the city's health officer.",
        [Q("direct", "The harbour is safe for swimmers again,", "Helen Moss", "Helen Moss",
           "said", "dep")],
    ),
    (
        '"We will need more sandbags," warned Fire Chief Ben Ortiz.',
        [Q("direct", "We will need more sandbags,", "Ben Ortiz", "Ben Ortiz", "warned", "dep")],
    ),
    (
        '"No deal is better than a bad deal," insisted Trade Minister Karl Weber.',
        [Q("direct", "No deal is better than a bad deal,", "Karl Weber", "Karl Weber",
           "insisted", "dep")],
    ),
    # "…," read the email. / "…," the email read. (past tenses the tagger misreads)
    (
        '"Our campaign has already changed the debate," read the email. "And we grow '
        'stronger."',
        [
            Q("direct", "Our campaign has already changed the debate,", "the email",
              "the email", "read", "near-after"),
            Q("direct", "And we grow stronger.", "the email", "the email", "read",
              "previous"),
        ],
    ),
    (
        '"Comrade, here is the truth. We can win. Harlow cannot," the email read. It went on.',
        [Q("direct", "Comrade, here is the truth. We can win. Harlow cannot,", "the email",
           "the email", "read", "near-after")],
    ),
    # A speaker and cue right after the quote sign it, whatever verb the parse hangs it on.
    (
        "At the gala, Moreno stressed the value of patience, grit and hope: “Fix one street "
        "and when you’ve fixed that, fix the next one,” she said. Then the band played.",
        [
            Q("indirect", "the value of patience, grit and hope", "Moreno", "Moreno",
              "stressed", "reported"),
            Q("direct", "Fix one street and when you’ve fixed that, fix the next one,",
              "Moreno", "she", "said", "near-after"),
        ],
    ),
    # A name right after the quote, then its apposition, then the cue: the parse may hang
    # the cue on the quote, but the name speaks.
    (
        "“We would have lost the farm that winter,” Mrs. Ruiz, now 90 and retired in Tucson, "
        "Ariz., said by telephone on Monday.",
        [Q("direct", "We would have lost the farm that winter,", "Ruiz", "Ruiz", "said",
           "near-after")],
    ),
    # ... or a relative clause of the name's own before the cue, when the parse hangs the
    # name on the quote's verbs.
    (
        '"We paid the rent, we signed at the office, and the city still let one man own 600 '
        'flats," Oh Min-seo, who chairs the tenants\' committee, told the crowd.',
        [Q("direct", "We paid the rent, we signed at the office, and the city still let one "
           "man own 600 flats,", "Oh Min-seo", "Oh Min-seo", "told", "near-after")],
    ),
    # A question closed, then the writer's next sentence: its verb is no cue of the quote.
    (
        'Mira Holt, a retired teacher, asked from the floor: "Who will pay for the roof?" The '
        "room applauded for a minute.",
        [Q("direct", "Who will pay for the roof?", "Mira Holt", "Mira Holt", "asked", "dep")],
    ),
    # ... and after a question the words before it introduce, even one opening on a name.
    (
        'Reyes famously shot back: "What difference does it make at this point?" His critics '
        "cited the line for years.",
        [
            Q("direct", "What difference does it make at this point?", "Reyes", "Reyes", "shot",
              "dep-inverted"),
            Q("indirect", "the line for years", "his critics", "His critics", "cited",
              "reported-object"),
        ],
    ),
    # Two subjects hung on one cue: the nearer one speaks.
    (
        '"She would make a fine coach. Not decent, superb. One of the keenest eyes in the whole '
        'league," Rep. Dana Okafor (D-Ill.) said in a phone interview.',
        [Q("direct", "She would make a fine coach. Not decent, superb. One of the keenest eyes "
           "in the whole league,", "Dana Okafor", "Dana Okafor", "said", "dep")],
    ),
    # X said in a video speech, "…"
    (
        'Prime Minister Ana Costa said in a televised address, "Our schools will stay open."',
        [Q("direct", "Our schools will stay open.", "Ana Costa", "Ana Costa", "said", "dep")],
    ),
    (
        'Health Minister Ruth Adler said in a radio interview, "The vaccine is safe for '
        'children."',
        [Q("direct", "The vaccine is safe for children.", "Ruth Adler", "Ruth Adler", "said",
           "dep")],
    ),
    # X criticized …, saying, "…"
    (
        'Senator Mark Hale criticized the budget, saying, "This plan abandons rural families."',
        [Q("direct", "This plan abandons rural families.", "Mark Hale", "Mark Hale", "saying",
           "dep")],
    ),
    (
        'Senator Mark Hale attacked the proposal, saying, "It is a gift to the banks."',
        [Q("direct", "It is a gift to the banks.", "Mark Hale", "Mark Hale", "saying", "dep")],
    ),
    # X: "…"
    (
        'Coach Diego Alvarez: "We played without fear tonight."',
        [Q("direct", "We played without fear tonight.", "Diego Alvarez", "Diego Alvarez", ":",
           "colon")],
    ),
    (
        'Spokesperson Nina Roth: "The minister has no comment."',
        [Q("direct", "The minister has no comment.", "Nina Roth", "Nina Roth", ":",
           "colon")],
    ),
    # colon-named-last: a thing before a verb that reports nothing, a name before the
    # colon: the name speaks …
    (
        'The timing of the surge does not surprise pollster Ann Lee: "Late deciders always '
        'break for the challenger."',
        [Q("direct", "Late deciders always break for the challenger.", "Ann Lee", "Ann Lee",
           ":", "colon:named-last")],
    ),
    (
        "The size of the crowd caught the eye of Inspector Ravi Bose: \"We had planned for "
        'half of that."',
        [Q("direct", "We had planned for half of that.", "Ravi Bose", "Ravi Bose", ":",
           "colon:named-last")],
    ),
    # asked-relative: a passive relative clause on someone before the colon says what
    # they were asked; the one it hangs from speaks, not the clause's last noun
    (
        "More from Walker, who was pressed on the referee's call in the second half:\n\n"
        '"I will not talk about the officials."',
        [Q("direct", "I will not talk about the officials.", "Walker", "Walker", ":",
           "colon:asked-relative")],
    ),
    # … but not after a cue, nor without a name there
    (
        'The ad ends with a warning: "Vote or lose it."',
        [Q("direct", "Vote or lose it.", "The ad", "The ad", "ends", "colon:verb")],
    ),
    # a cue the parse hangs on its speaker as a participle is no part of the description,
    # and a speaker described by age (the parse heads it with `old`) is still the speaker
    (
        'The ambassador posted on Facebook: "My words were about history."',
        [Q("direct", "My words were about history.", "the ambassador", "The ambassador",
           "posted", "colon:verb")],
    ),
    (
        'Olga Brandt, the ambassador, apologised on Monday. The 61-year-old posted on X: '
        '"My words were about history."',
        [Q("direct", "My words were about history.", "Olga Brandt", "The 61-year-old",
           "posted", "colon:verb")],
    ),
    # byline: a digest's headline with its byline after it is a title, not a quote; the
    # excerpt after the colon is the writer's
    (
        '"We had a good year," the director said. "The shows sold out." HARBOUR NEWS—"Harbour '
        "theatre to close in March after forty years,\" by the Gazette's Ana Ruiz: \"The "
        'Harbour Playhouse will close in March, its owners said."',
        [
            Q("direct", "We had a good year,", "the director", "the director", "said", "dep"),
            Q("direct", "The shows sold out.", "the director", "the director", "said",
              "previous-quote"),
            Q("direct", "The Harbour Playhouse will close in March, its owners said.",
              "Ana Ruiz", "Ana Ruiz", ":", "colon"),
        ],
    ),
    # a quote in capitals that opens with a clipped verb (`That's`) is speech, not a title
    (
        '"Two people in this race know the county," said Rick Moss. "That’s Tom Reyes '
        'and Ana Ruiz."',
        [
            Q("direct", "Two people in this race know the county,", "Rick Moss", "Rick Moss",
              "said", "dep"),
            Q("direct", "That’s Tom Reyes and Ana Ruiz.", "Rick Moss", "Rick Moss", "said",
              "previous-quote"),
        ],
    ),
    # colon-placeholder: an empty `it` before the colon is no speaker; the quote goes on
    # from the one before
    (
        '"We lost tonight," Lena Ortiz said after the vote. Wait, it gets better: "We will '
        'call a second vote in May."',
        [
            Q("direct", "We lost tonight,", "Lena Ortiz", "Lena Ortiz", "said", "dep"),
            Q("direct", "We will call a second vote in May.", "Lena Ortiz", "Lena Ortiz",
              "said", "previous-quote"),
        ],
    ),
    # X said: "…"
    (
        'Police Chief Rita Gomez said: "The suspect was arrested at the border."',
        [Q("direct", "The suspect was arrested at the border.", "Rita Gomez", "Rita Gomez",
           "said")],
    ),
    (
        'The coach said: "We are not afraid of anyone."',
        [Q("direct", "We are not afraid of anyone.", "the coach", "The coach", "said")],
    ),
    # A paragraph ending `X responded:`, then the quoted paragraph.
    (
        'Finance Minister Paul Brandt responded:\n\n"We will not raise taxes this year."',
        [Q("direct", "We will not raise taxes this year.", "Paul Brandt", "Paul Brandt",
           "responded", "colon")],
    ),
    (
        'Asked about the delay, Mayor Linda Park replied:\n\n"The contractor has let us down."',
        [
            Q("indirect", "the delay", None, None, "Asked", "unsourced:addressed"),
            Q("direct", "The contractor has let us down.", "Linda Park", "Linda Park",
              "replied", "colon"),
        ],
    ),
    # First person narrator: the mention is `I`, no name to resolve it to.
    (
        '"I had never read the report," I confessed.',
        [Q("direct", "I had never read the report,", None, "I", "confessed", "dep")],
    ),
    (
        '"I was wrong about the budget," I admitted later.',
        [Q("direct", "I was wrong about the budget,", None, "I", "admitted", "dep")],
    ),
    # Interrupted quote: both pieces have the same speaker and cue.
    (
        '"We will appeal," the lawyer said. "This ruling is unjust."',
        [
            Q("direct", "We will appeal,", "the lawyer", "the lawyer", "said", "dep"),
            Q("direct", "This ruling is unjust.", "the lawyer", "the lawyer", "said",
              "previous"),
        ],
    ),
    (
        'Engineer Sarah Lind said the repairs went well. "The pumps are running," she said. '
        '"The water is clean."',
        [
            Q("indirect", "the repairs went well", "Sarah Lind", "Sarah Lind", "said",
              "reported"),
            Q("direct", "The pumps are running,", "Sarah Lind", "she", "said", "dep"),
            Q("direct", "The water is clean.", "Sarah Lind", "she", "said", "previous"),
        ],
    ),
    # A cue-less quote in the next paragraph continues the previous quote's speaker.
    (
        '"The strike will end on Monday," union leader Omar Said said.\n\n'
        '"Members will return to work at dawn."',
        [
            Q("direct", "The strike will end on Monday,", "Omar Said", "Omar Said", "said",
              "dep"),
            Q("direct", "Members will return to work at dawn.", "Omar Said", "Omar Said",
              "said", "previous"),
        ],
    ),
    # Two quotes, two cues, one speaker through `she`.
    (
        'Mayor Linda Park said, "The bridge will reopen in March." "Traffic will be light," '
        "she added.",
        [
            Q("direct", "The bridge will reopen in March.", "Linda Park", "Linda Park", "said",
              "dep"),
            Q("direct", "Traffic will be light,", "Linda Park", "she", "added", "dep"),
        ],
    ),
    # X says that "…." is still a direct quote: the quote is the whole complement.
    (
        'Trade Minister Karl Weber says that "exports have never been stronger."',
        [Q("direct", "exports have never been stronger.", "Karl Weber", "Karl Weber", "says",
           "dep")],
    ),
    # Nested quotes stay inside the outer quote: one quote.
    (
        "\"They have named me 'enemy number 1' on their list, but I will stay,\" the mayor "
        "said.",
        [Q("direct", "They have named me 'enemy number 1' on their list, but I will stay,",
           "the mayor", "the mayor", "said", "dep")],
    ),
    # The questioner is not the speaker of an answer, but is of the question.
    (
        'Reporters asked the minister, "Will prices rise?"',
        [Q("direct", "Will prices rise?", "reporters", "Reporters", "asked", "dep")],
    ),
]


@pytest.mark.parametrize("text, expected", DIRECT)
def test_direct(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


# --- quoted words that are not quotations -------------------------------------------------

NOT_QUOTES = [
    # Scare quotes.
    "It means that a 'firewall' now stands between the grid and the meters.",
    "Engineers have built a 'firewall' between the two systems.",
    # Titles and nicknames.
    'The film "Broad City" star arrived at the festival on Friday.',
    '"Mercy Street," a drama about nurses, returns on Sunday.',
    'The "Game of Thrones" actor was seen in Paris.',
    'The "Iron Lady" of finance stepped down on Friday.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote(extract, text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # quoted-list: the items after the first follow the list's comma, which opens no
        # quotation, whether inside the marks or after them
        'The mayor warned of a new tax. Auditors searched the files for words such as '
        '"levy," "toll," "charge" and "fee." Every file with one was sent on.',
        'The mayor warned of a new tax. Auditors searched the files for words such as '
        '"levy", "toll", "charge" and "fee". Every file with one was sent on.',
    ],
)
def test_a_list_of_quoted_words_is_no_quotation(extract, text: str) -> None:
    assert [q.text for q in extract(text) if q.type == "direct"] == []


# --- reported speech and mixed quotes -----------------------------------------------------

REPORTED = [
    # Naming with the source's own quoted words: a mixed quote, object and name.
    (
        'Opposition leader Maria Diaz called the plan "a disaster."',
        [Q("mixed", 'the plan "a disaster."', "Maria Diaz", "Maria Diaz", "called",
           "reported-naming")],
    ),
    (
        'The mayor described the flood as "a catastrophe."',
        [Q("mixed", 'the flood as "a catastrophe."', "the mayor", "The mayor", "described",
           "reported-naming")],
    ),
    # A light cue's topic is never how long it went on (rule topic-time-span).
    ("The marine engineer gave evidence for three days last week.", []),
    # Rule as-naming: `called as a witness` was summoned, and names nothing.
    (
        "A harbour pilot called as an expert witness, Capt. Ines Morvan, arrived at "
        "nine.",
        [],
    ),
    # X said that <clause>: the content excludes `that`.
    (
        "Chancellor Olaf Berg said that the talks would continue next week.",
        [Q("indirect", "the talks would continue next week", "Olaf Berg", "Olaf Berg", "said",
           "reported")],
    ),
    (
        "Minister Olaf Berg said on Tuesday that the border would stay closed.",
        [Q("indirect", "the border would stay closed", "Olaf Berg", "Olaf Berg", "said",
           "reported")],
    ),
    # X said <clause>.
    (
        "Health Minister Ruth Adler said the hospitals were full.",
        [Q("indirect", "the hospitals were full", "Ruth Adler", "Ruth Adler", "said",
           "reported")],
    ),
    # <clause>, sources said.
    (
        "The company will cut 500 jobs by the end of the year, sources said.",
        [Q("indirect", "The company will cut 500 jobs by the end of the year", "sources",
           "sources", "said", "reported")],
    ),
    (
        "The border will reopen on Monday, officials said.",
        [Q("indirect", "The border will reopen on Monday", "officials", "officials", "said",
           "reported")],
    ),
    # according to X, <clause> and <clause>, according to X
    (
        "According to the ministry, the dam is no longer at risk.",
        [Q("indirect", "the dam is no longer at risk", "the ministry", "the ministry",
           "According", "according-to")],
    ),
    (
        "According to police, the driver was not hurt.",
        [Q("indirect", "the driver was not hurt", "police", "police", "According",
           "according-to")],
    ),
    # the source's name set off after its description is the speaker, not the content's
    (
        "According to a spokesperson for the council, Ian Rees, the library will reopen in "
        "May.",
        [Q("indirect", "the library will reopen in May", "Ian Rees", "Ian Rees", "According",
           "according-to")],
    ),
    # … unless the clause after it has no subject of its own: the name is what is reported
    (
        "According to police, Ian Rees, 45, was arrested at his home.",
        [Q("indirect", "Ian Rees, 45, was arrested at his home", "police", "police",
           "According", "according-to")],
    ),
    (
        "The dam is no longer at risk, according to Water Minister Jan Kowal.",
        [Q("indirect", "The dam is no longer at risk", "Jan Kowal", "Jan Kowal", "according",
           "according-to")],
    ),
    (
        "The fire started in the kitchen, according to Fire Chief Ben Ortiz.",
        [Q("indirect", "The fire started in the kitchen", "Ben Ortiz", "Ben Ortiz", "according",
           "according-to")],
    ),
    # `per X` after a clause, as the sports and business press write it: `according to X`
    (
        "The scan was clear, per a team source, and Moreau will play on Friday.",
        [Q("indirect", "The scan was clear", "a team source", "a team source", "per",
           "according-to")],
    ),
    # ... but not a rate, nor `per` set between a subject and its verb, nor an
    # interpreter set into a speaker's own clause
    ("Rents rose 4 per cent last year.", []),
    ("Half of that sum, per the council's plan, is already spent.", []),
    (
        "Ivanov said, per a translator, that the depot had been empty for a year.",
        [Q("indirect", "the depot had been empty for a year", "Ivanov", "Ivanov", "said",
           "reported")],
    ),
    # ... and when the parser makes a leading `According` the root and hangs the clause on it
    (
        "According to a 2019 survey by the regional statistics office based on tax data from "
        "2017, older renters who are retired move less often in Wales than elsewhere.",
        [Q("indirect", "older renters who are retired move less often in Wales than elsewhere",
           "the regional statistics office", "a 2019 survey by the regional statistics office",
           "According", "according-to")],
    ),
    # A noun cue: Russian claims that … (inside an object they would be the object's
    # statement, see tests/test_nesting.py)
    (
        "Russian claims that the convoy carried weapons spread quickly.",
        [Q("indirect", "the convoy carried weapons", "Russian", "Russian", "claims",
           "reported")],
    ),
    # A `who` relative: the mention is `who`, the speaker the person it modifies.
    (
        "The plan was backed by Senator Laura Chen, who said it would save lives.",
        [
            Q("indirect", "The plan", "Laura Chen", "Laura Chen", "backed", "reported-passive"),
            Q("indirect", "it would save lives", "Laura Chen", "who", "said", "reported"),
        ],
    ),
    # A scare quote inside reported speech makes the clause a mixed quote.
    (
        "Officials said a 'shield' was fitted to guard the pumps.",
        [Q("mixed", "a 'shield' was fitted to guard the pumps", "officials",
           "Officials", "said", "reported")],
    ),
]


@pytest.mark.parametrize("text, expected", REPORTED)
def test_reported(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


def test_called_is_never_direct(extract) -> None:
    text = 'Critics called the new tax "a betrayal."'
    assert all(q.type != "direct" for q in extract(text))


# --- speakers: pronouns, names, relatives, organisations ----------------------------------

SPEAKERS = [
    # he/she: the nearest person before whose gender fits.
    (
        'John Miller left the room. Mrs. Helen Smith stayed behind. "The data is wrong," '
        "she said.",
        [Q("direct", "The data is wrong,", "Helen Smith", "she", "said", "dep")],
    ),
    (
        'Mrs. Helen Smith arrived first. John Miller followed. "We are late," he said.',
        [Q("direct", "We are late,", "John Miller", "he", "said", "dep")],
    ),
    (
        'Mr. David Cole spoke after Ms. Laura Grant. "The vote was fair," she said.',
        [Q("direct", "The vote was fair,", "Laura Grant", "she", "said", "dep")],
    ),
    (
        'Ms. Laura Grant spoke before Mr. David Cole. "I disagree," he said.',
        [Q("direct", "I disagree,", "David Cole", "he", "said", "dep")],
    ),
    # ... preferring who was the subject since the sentence before.
    (
        'Mr. David Cole met Mr. Omar Haddad on Monday. "We have work to do," he said.',
        [Q("direct", "We have work to do,", "David Cole", "he", "said", "dep")],
    ),
    # A described speaker named in apposition is that name, wherever the parser hangs it.
    (
        'The head of the group backing Senator Ruiz, Mike Dunn, said, "We are winning."',
        # (and the group's stance: `backing` modifies `the group`; the parser hangs the
        # apposition on the object, which keeps it)
        [Q("indirect", "Senator Ruiz, Mike Dunn", "the group", "the group", "backing",
           "reported-object:modifier"),
         Q("direct", "We are winning.", "Mike Dunn", "The head", "said", "dep")],
    ),
    # A wire dateline is not the subject of the first verb.
    (
        "DENVER, March 3 (UPI) — Former Governor Ana Lindqvist told reporters that the audit "
        "was flawed.",
        [Q("indirect", "the audit was flawed", "Ana Lindqvist", "Ana Lindqvist", "told",
           "reported")],
    ),
    # … nor one whose place is in title case, with the wire's name in capitals in brackets.
    (
        "Ferry strike drags on.\n\nLisbon (AFP) – Mayor Carla Tavares has taken aim at the "
        "port authority over the strike, saying that its silence made the dispute worse.",
        [Q("indirect", "the port authority", "Carla Tavares", "Carla Tavares", "taken",
           "reported-light:subject"),
         Q("indirect", "its silence made the dispute worse", "Carla Tavares", "Carla Tavares",
           "saying", "reported:participle")],
    ),
    # … nor is a dateline in capitals closed by a colon part of the lead's clause.
    (
        "MUMBAI: Pune-based payments firm Rokda has raised Rs 150 crore from a clutch of new "
        "investors, the company said on Monday.",
        [Q("indirect",
           "Pune-based payments firm Rokda has raised Rs 150 crore from a clutch of new "
           "investors", "the company", "the company", "said", "reported")],
    ),
    (
        "LAFIA-OJI: Three persons were abducted from a farm near the town on Sunday night, "
        "police said.",
        [Q("indirect", "Three persons were abducted from a farm near the town on Sunday night",
           "police", "police", "said", "reported")],
    ),
    # … nor one with a date after the place, as the Indian press writes it: the date is
    # no speaker of the lead (rule dated-dateline).
    (
        "BHOPAL, Aug 6: Several thousand farmers, traders and students marched to the "
        "secretariat on Monday. The union's leader said the march was peaceful.",
        [Q("indirect", "the march was peaceful", "the union's leader", "The union's leader",
           "said", "reported")],
    ),
    # An amount in millions (or metres) ends its sentence at the full stop after `m`.
    (
        "The club said the fee was £38m. It would be paid over three years, the chairman "
        "added.",
        [Q("indirect", "the fee was £38m", "the club", "The club", "said", "reported"),
         Q("indirect", "It would be paid over three years", "the chairman", "the chairman",
           "added", "reported")],
    ),
    (
        "The rescue team said the climber fell 30m. She was flown to hospital.",
        [Q("indirect", "the climber fell 30m", "the rescue team", "The rescue team", "said",
           "reported")],
    ),
    # A cue in a clause of time set off by commas is no parenthetical: the source is the
    # one after it.
    (
        "The river rose to 4.2 metres at midnight, the highest level since records began "
        "in 1921, the agency said.",
        [Q("indirect", "The river rose to 4.2 metres at midnight", "the agency", "the agency",
           "said", "reported")],
    ),
    (
        "Sales fell 8 percent in March, the sharpest drop since the survey began in 1990, "
        "the trade body said.",
        [Q("indirect", "Sales fell 8 percent in March", "the trade body", "the trade body",
           "said", "reported")],
    ),
    # A `that`-clause the parser hung on how a statement was put out is what it says.
    (
        "The command's spokesman, Musa Adeyemi, confirmed the arrest and said in a "
        "statement made available to journalists on Sunday that the suspects had confessed.",
        [Q("indirect", "the arrest", "Musa Adeyemi", "The command's spokesman", "confirmed",
           "reported-object"),
         Q("indirect", "the suspects had confessed", "Musa Adeyemi",
           "The command's spokesman", "said", "reported")],
    ),
    # What the speaker does next, joined to the cue after a closed quotation, is not
    # what they said; a conjunct of an unquoted clause the cue is set into is.
    (
        '"I still dream about it," she says, and then falls silent for a while.',
        [Q("direct", "I still dream about it,", None, "she", "says", "dep")],
    ),
    (
        '"I think of him every day," she says, and then says nothing more.',
        [Q("direct", "I think of him every day,", None, "she", "says", "dep"),
         Q("indirect", "nothing more", None, "she", "says", "reported-object")],
    ),
    (
        "The board met on Monday, she said, and agreed to sell the site.",
        [Q("indirect", "The board met on Monday", None, "she", "said", "reported"),
         Q("indirect", "agreed to sell the site", None, "she", "said", "reported")],
    ),
    # A work speaks for its maker: the mention keeps the maker, the speaker is the maker.
    (
        "Turnout rose by a third, according to a new tally by the Press Association.",
        [Q("indirect", "Turnout rose by a third", "Press Association",
           "a new tally by the Press Association", "according", "according-to")],
    ),
    # No person before: the pronoun stays unresolved.
    (
        '"The tanks are gone," she said. "The fear is not."',
        [
            Q("direct", "The tanks are gone,", None, "she", "said", "dep"),
            Q("direct", "The fear is not.", None, "she", "said", "previous"),
        ],
    ),
    # Dialogue: a quote opening the line after another quote, with no narration
    # between, is the other speaker's turn (the guide's, then Tom Baker's again).
    (
        '"Is the river far?" asked Tom Baker.\n"Two miles," said the old guide.\n'
        'Tom Baker asked, "And the bridge?"\n"It fell last spring."\n"Then we swim."\n',
        [
            Q("direct", "Is the river far?", "Tom Baker", "Tom Baker", "asked", "dep"),
            Q("direct", "Two miles,", "the old guide", "the old guide", "said", "dep"),
            Q("direct", "And the bridge?", "Tom Baker", "Tom Baker", "asked", "dep"),
            Q("direct", "It fell last spring.", "the old guide", "the old guide", "said",
              "previous-turn"),
            Q("direct", "Then we swim.", "Tom Baker", "Tom Baker", "asked", "dialogue-turn"),
        ],
    ),
    # Dialogue: a line with no cue in an exchange (each line a quote, nothing between) is
    # spoken by whoever speaks two lines later, or two lines before.
    (
        'The two travellers reached the bank at dusk.\n"Where has the boat gone?"\n'
        '"Downstream," said the old guide, "an hour ago."\n'
        '"Then we swim," said Tom Baker, "before dark."\n"Not in this current."\n',
        [
            Q("direct", "Where has the boat gone?", "Tom Baker", "Tom Baker", "said",
              "dialogue-turn"),
            Q("direct", "Downstream,", "the old guide", "the old guide", "said", "dep"),
            Q("direct", "an hour ago.", "the old guide", "the old guide", "said", "dep"),
            Q("direct", "Then we swim,", "Tom Baker", "Tom Baker", "said", "dep"),
            Q("direct", "before dark.", "Tom Baker", "Tom Baker", "said", "dep"),
            Q("direct", "Not in this current.", "the old guide", "the old guide", "said",
              "dialogue-turn"),
        ],
    ),
    # A quote after narration about someone described, not named: that one speaks.
    (
        '"Will you carry the letter?" asked Tom Baker.\nThe old guide nodded slowly.\n'
        '"I will take it tonight."\n',
        [
            Q("direct", "Will you carry the letter?", "Tom Baker", "Tom Baker", "asked", "dep"),
            Q("direct", "I will take it tonight.", "the old guide", "The old guide", "nodded",
              "previous-sentence"),
        ],
    ),
    # speaking-before: a speech verb in any clause of the sentence before names the one
    # who speaks a quote with no cue (and the quote after it goes on with them: in `all`
    # the two run on as one row, quote-run; the statements scope has them apart).
    (
        'Nobody knew when work would begin, since Mayor Ana Ruiz spoke only briefly.\n\n'
        '"We will build. We will win."\n\n"Nobody can stop us."',
        [
            Q("direct", 'We will build. We will win."\n\n"Nobody can stop us.', "Ana Ruiz",
              "Ana Ruiz", "spoke", "quote-run:speaking-before"),
        ],
    ),
    # … and after-a-beat: a topic line between two quotes keeps the speaker.
    (
        "Here is what else the coach said.\n\nOn the defeat:\n\"We were tourists today.\"\n\n"
        'On the injury:\n"It is the hamstring."',
        [
            Q("direct", "We were tourists today.", "the coach", "the coach", "said",
              "speaking-before"),
            Q("direct", "It is the hamstring.", "the coach", "the coach", "said",
              "after-a-beat"),
        ],
    ),
    # Surnames and titled names resolve to the full name.
    (
        'Ukrainian President Volodymyr Zelensky spoke on Monday. "We are ready," President '
        "Zelensky said.",
        [Q("direct", "We are ready,", "Volodymyr Zelensky", "Zelensky", "said", "dep")],
    ),
    (
        'Volodymyr Zelensky spoke on Monday. "We will rebuild," Zelensky said.',
        [Q("direct", "We will rebuild,", "Volodymyr Zelensky", "Zelensky", "said", "dep")],
    ),
    (
        'NATO Secretary-General Jens Stoltenberg spoke in Brussels. "Our door stays open," '
        "Stoltenberg said.",
        [Q("direct", "Our door stays open,", "Jens Stoltenberg", "Stoltenberg", "said", "dep")],
    ),
    # `who` before a direct quote.
    (
        'The bill was opposed by Senator Laura Chen, who said, "It goes too far."',
        [
            Q("indirect", "The bill", "Laura Chen", "Laura Chen", "opposed", "reported-passive"),
            Q("direct", "It goes too far.", "Laura Chen", "who", "said", "dep"),
        ],
    ),
    # Organisations stay organisations (the article dropped).
    (
        '"Prices will fall next year," the Bank of England said.',
        [Q("direct", "Prices will fall next year,", "Bank of England", "the Bank of England",
           "said", "dep")],
    ),
    (
        '"Sales rose by ten percent," Apple said in a statement.',
        [Q("direct", "Sales rose by ten percent,", "Apple", "Apple", "said", "dep")],
    ),
    (
        '"We are closing the plant," Ford Motor Company said on Monday.',
        [Q("direct", "We are closing the plant,", "Ford Motor Company", "Ford Motor Company",
           "said", "dep")],
    ),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


# --- marks and line ends ------------------------------------------------------------------

MARKS = [
    # Curly double, curly single, guillemets, German low-high.
    (
        "“We are ready for the storm,” Fire Chief Ben Ortiz said.",
        [Q("direct", "We are ready for the storm,", "Ben Ortiz", "Ben Ortiz", "said", "dep")],
    ),
    (
        "‘We are ready for the storm,’ Fire Chief Ben Ortiz said.",
        [Q("direct", "We are ready for the storm,", "Ben Ortiz", "Ben Ortiz", "said", "dep")],
    ),
    (
        "«Nous sommes prêts», Mayor Anne Dubois said.",
        [Q("direct", "Nous sommes prêts", "Anne Dubois", "Anne Dubois", "said", "dep")],
    ),
    (
        "„Wir schaffen das“, Chancellor Anna Berg said.",
        [Q("direct", "Wir schaffen das", "Anna Berg", "Anna Berg", "said", "dep")],
    ),
    # A quote over two paragraphs is one span; the reopening mark stays inside it (set
    # off as a block after a colon, it is one mixed row in `all`, marks and all)
    (
        'Historian Ruth Klein said:\n\n"The archive holds letters from every decade of the '
        'century.\n\n"Many of them have never been read."',
        [Q("mixed", '"The archive holds letters from every decade of the century.\n\n"Many of '
           'them have never been read."', "Ruth Klein", "Ruth Klein", "said", "block-quote")],
    ),
    # CRLF line ends: offsets index the text as given.
    (
        'Union leader Tom Baker said, "The deal is fair."\r\n\r\n"We will sign it tomorrow," '
        "he added.",
        [
            Q("direct", "The deal is fair.", "Tom Baker", "Tom Baker", "said", "dep"),
            Q("direct", "We will sign it tomorrow,", "Tom Baker", "he", "added", "dep"),
        ],
    ),
    # Quotes signed with a dash, in a collection: after a space, glued to the mark, or on
    # the next line.
    (
        "“The bridge must stay open.” ― Nora Field\n“We were never asked.”― Carlos Ruiz\n"
        "“Fix the pier first.”\n\n- Ana Lind.\n",
        [
            Q("direct", "The bridge must stay open.", "Nora Field", "Nora Field", "―", "dash"),
            Q("direct", "We were never asked.", "Carlos Ruiz", "Carlos Ruiz", "”―", "dash"),
            Q("direct", "Fix the pier first.", "Ana Lind", "Ana Lind", "-", "dash"),
        ],
    ),
    # ... and a signature line that opens with `said` before the name has it for its cue
    # (rule dash-said)
    (
        "The stallholders are angry.\n\n“We sell in the rain. Who will answer for it?”\n\n"
        "— said Rosa Ajú Tum, who sells flowers at the gate.\n",
        [
            Q("direct", "We sell in the rain. Who will answer for it?", "Rosa Ajú Tum",
              "Rosa Ajú Tum", "said", "dash:said"),
        ],
    ),
    # Short words in capitals are a quotation, not a title, when the speaker and cue follow
    # at once, or when they open speech (`We're`).
    (
        '"Hopefully," Mayor Linda Park said, "the water will fall." Then she added, '
        '"We\'re Ready."',
        [
            Q("direct", "Hopefully,", "Linda Park", "Linda Park", "said", "dep"),
            Q("direct", "the water will fall.", "Linda Park", "Linda Park", "said", "dep"),
            Q("direct", "We're Ready.", "Linda Park", "she", "added", "dep"),
        ],
    ),
    # A no-break space (web pages) before an opening mark still opens a quotation.
    (
        "“Let us be clear,” Senator Ada Moreno said.\u00a0“I have read the bill. It is "
        "not ready.”",
        [
            Q("direct", "Let us be clear,", "Ada Moreno", "Ada Moreno", "said", "dep"),
            Q("direct", "I have read the bill. It is not ready.", "Ada Moreno", "Ada Moreno",
              "said", "previous"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", MARKS)
def test_marks(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


# --- the seed article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> dict:
    if not SEED.exists():
        pytest.skip(f"{SEED} is missing")
    return json.loads(SEED.read_text("utf-8").splitlines()[0])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def test_seed_direct_quotes(extract, seed: dict) -> None:
    found = extract(seed["text"])
    direct = [(q.start, q.end, q.speaker) for q in found if q.type == "direct"]
    gold = [(g["start"], g["end"], g["speaker_name"]) for g in seed["quotes"]
            if g["type"] == "direct"]
    assert len(gold) == 5
    assert direct == gold
    assert {speaker for *_, speaker in direct} == {"Volodymyr Zelensky"}


@pytest.mark.parametrize(
    "cue_text, speaker",
    [("Joe Biden", "Joe Biden"), ("Jens Stoltenberg", "Jens Stoltenberg"),
     ("claimed", "Volodymyr Zelensky")],
)
def test_seed_indirect_quotes(extract, seed: dict, cue_text: str, speaker: str) -> None:
    text = seed["text"]
    gold = next(g for g in seed["quotes"] if g["type"] == "indirect"
                and cue_text in text[g["speaker_start"] : g["cue_end"]])
    span = (gold["start"], gold["end"])
    hits = [q for q in extract(text)
            if q.type in ("indirect", "mixed") and _overlap((q.start, q.end), span)
            >= (span[1] - span[0]) / 2]
    assert [q.speaker for q in hits] == [speaker]


@pytest.mark.parametrize("word", ["firewall", "target number 1"])
def test_seed_scare_quotes_are_not_quotes(extract, seed: dict, word: str) -> None:
    text = seed["text"]
    at = text.index(word)
    for q in extract(text):
        assert not (q.start == at and q.end == at + len(word)), q
        assert q.text.strip(" ,.'\"") != word


# --- the spaCy component ------------------------------------------------------------------

COMPONENT_TEXT = (
    'Mayor Linda Park said, "The bridge will reopen in March." "Traffic will be light," '
    "she added.\n\nThe border will reopen on Monday, officials said."
)


def test_component_matches_extract(extract) -> None:
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    doc = nlp(COMPONENT_TEXT)
    expected = extract(COMPONENT_TEXT)
    assert len(expected) == 3
    assert doc._.quotes == identify([q.to_row(None, i) for i, q in enumerate(expected, 1)])
    # a Doc has no id: null, as the library's empty cells are, where it was "" (an id
    # that a DataFrame of several docs' rows showed as one document's)
    assert [row["doc_id"] for row in doc._.quotes] == [None, None, None]
    assert [row["speaker_id"] for row in doc._.quotes[:2]] == ["linda-park", "linda-park"]
    spans = doc.spans["quotes"]
    assert [(s.label_, s.start_char, s.end_char) for s in spans] == [
        (q.speaker or "", q.start, q.end) for q in expected
    ]


#: A transcript line that reads out a message for a sender it names (rule relayed-in-turn
#: reads the text the parse was made from).
RELAYED_TURN = (
    "PRESENTER: Good evening. Harbour Buses has written to us: \"The night route returns in "
    "May.\" So, May.\n\nGUEST: We have heard that before."
)


def test_component_reads_a_transcript_that_relays_a_message(extract) -> None:
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    rows = nlp(RELAYED_TURN)._.quotes
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        (q.text, q.speaker) for q in extract(RELAYED_TURN)
    ]
    assert ("The night route returns in May.", "Harbour Buses") in [
        (r["quote"], r["speaker"]) for r in rows
    ]


def test_component_pickles_for_processes_that_are_spawned() -> None:
    # nlp.pipe(texts, n_process=2) pickles the pipeline where processes are spawned
    # (macOS, Windows); the engine's compiled matchers raised AttributeError before
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes", config={"scope": "all"})
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.get_pipe("quotes").scope == "all"
    assert [(r["quote"], r["speaker"], r["method"]) for r in copy(COMPONENT_TEXT)._.quotes] == [
        (r["quote"], r["speaker"], r["method"]) for r in nlp(COMPONENT_TEXT)._.quotes
    ]


def test_component_reads_a_lone_surrogate_as_the_cli_does() -> None:
    # spaCy's tokenizer raised UnicodeEncodeError on it before the component ran
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    with pytest.warns(UnicodeWarning, match="lone surrogate"):
        doc = nlp('"Good \ud800 news," the clerk said.')
    assert [(r["quote"], r["speaker"], r["method"]) for r in doc._.quotes] == [
        ("Good \ufffd news,", "the clerk", "dep:subject")
    ]


@pytest.mark.parametrize(
    ("text", "speaker_start"),
    [
        ('"We will win," said Ann Lee\u200f.', 20),
        ('"We will win," said \u200fAnn Lee\u200e.', 21),
        ('Ann Lee\u200f said: "We will win."', 0),
    ],
    ids=["bidi mark after the name", "bidi marks around the name", "bidi mark before the cue"],
)
def test_component_reads_an_invisible_mark_outside_a_word_as_the_library_does(
    extract, text: str, speaker_start: int
) -> None:
    # the tokenizer kept the mark in the name's last token (`Lee\u200f.`), which the
    # component's speaker kept; the library's parser reads it as a space
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    doc = nlp(text)
    assert doc.text == text
    rows = [(r["quote"], r["speaker"], r["speaker_start"], r["speaker_end"], r["method"])
            for r in doc._.quotes]
    assert rows == [("We will win," if "," in text else "We will win.", "Ann Lee",
                     speaker_start, speaker_start + 7, "dep:subject")]
    assert rows == [(q.text, q.speaker, q.speaker_start, q.speaker_end, q.method)
                    for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tags glued to the words: `said.</p` and `p>"We` were words, and no row
        ('<p>"We will win," Ann Lee said.</p>', [("We will win,", "Ann Lee", "Ann Lee")]),
        # a line break's tag between two quotes: the first took the second's speaker
        ('"We will win," Ann Lee said.<br>"We will not," Bo Dahl said.',
         [("We will win,", "Ann Lee", "Ann Lee"), ("We will not,", "Bo Dahl", "Bo Dahl")]),
        # references for the marks: no mark the parse could read, and no row
        ("<p>&ldquo;We will win,&rdquo; Ann Lee said.</p>",
         [("We will win,", "Ann Lee", "Ann Lee")]),
        # a letter's reference in a name: the speaker was `Lee`, the name cut at `;`
        ('"We will win," Jos&eacute; Lee said.', [("We will win,", "José Lee", "Jos&eacute; Lee")]),
        # one inside a word: the parser read `René` and seven fillers before `e` as no
        # name, and the speaker was `Holt`
        ("Ren&eacute;e Holt said the ferry would sail.",
         [("the ferry would sail", "Renée Holt", "Ren&eacute;e Holt")]),
        ('"We will win," Ren&#233;e Holt said.',
         [("We will win,", "Renée Holt", "Ren&#233;e Holt")]),
        # a space's reference between a name's words: its five fillers were a word of
        # their own between them, and the speaker was `Ruiz`
        ("Ana&nbsp;Ruiz said the ferry would sail.",
         [("the ferry would sail", "Ana Ruiz", "Ana&nbsp;Ruiz")]),
        # a block's tags before the subject: the mention held them
        ('<div class="story"><p>Ann Lee said the ferry would sail.</p></div>',
         [("the ferry would sail", "Ann Lee", "Ann Lee")]),
    ],
    ids=["paragraph tags", "line break between quotes", "mark references", "letter reference",
         "letter reference inside a word", "decimal reference inside a word",
         "space reference between names",
         "block tags before the subject"],
)
def test_component_reads_markup_as_a_page_shows_it(
    extract, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Rule markup-as-shown in the component (quotes.surrogate_reader.SurrogateReader._as_shown),
    as the library reads a text holding markup (quotes/markup.py)."""
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    doc = nlp(text)
    assert doc.text == text
    rows = [(r["quote"], r["speaker"], r["speaker_mention"]) for r in doc._.quotes]
    assert rows == expected
    for r in doc._.quotes:
        assert text[r["quote_start"] : r["quote_end"]] == r["quote"]
        assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]
    assert [(q.text, q.speaker) for q in extract(text)] == [(q, s) for q, s, _ in expected]


@pytest.mark.parametrize(
    "build",
    [
        lambda: spacy.blank("en"),
        lambda: spacy.load(default_model(), exclude=["parser"]),
    ],
    ids=["blank pipeline", "pipeline without its parser"],
)
def test_component_on_an_unparsed_doc_says_what_to_do(build) -> None:
    nlp = build()
    nlp.add_pipe("quotes")
    assert nlp("")._.quotes == []  # an empty doc has nothing to parse
    with pytest.raises(ValueError, match="needs a dependency parse"):
        nlp(COMPONENT_TEXT)


# --- the CLI ------------------------------------------------------------------------------

runner = CliRunner()
FIXTURE = ARTICLES / "harbour.txt"


def _extract_cli(*args: object):
    return runner.invoke(app, ["extract", *(str(a) for a in args), "--workers", "1", "--quiet"])


def test_cli_header_is_the_contract(extract) -> None:
    result = _extract_cli(FIXTURE)
    assert result.exit_code == 0, result.output
    header = result.stdout.lstrip("\ufeff").splitlines()[0]
    assert header == ",".join(COLUMNS)


def test_cli_writes_the_output_file(extract, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = _extract_cli(FIXTURE, "-o", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    text = FIXTURE.read_text("utf-8")
    assert [r["quote"] for r in rows] == [q.text for q in extract(text)]
    assert {r["doc_id"] for r in rows} == {str(FIXTURE)}


def test_cli_jsonl_ids(extract, tmp_path: Path) -> None:
    source = tmp_path / "wire.jsonl"
    source.write_text(
        json.dumps({"id": "a-1", "text": '"We have no reason to panic," Governor Tom Reyes '
                    'said.'}) + "\n"
        + json.dumps({"id": "b-2", "text": 'Coach Diego Alvarez: "We played without fear '
                      'tonight."'}) + "\n",
        "utf-8",
    )
    out = tmp_path / "out.csv"
    result = _extract_cli(source, "-o", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert [(r["doc_id"], r["speaker"]) for r in rows] == [
        ("a-1", "Tom Reyes"), ("b-2", "Diego Alvarez")
    ]
