"""Rows of `--scope all` that say nothing a fact-checker lists, and the statements beside
them that stay: the writer's phrase after a source set into the sentence
(quotes/trailing_asides.py), what a speaker described by a relative clause says she is
(quotes/self_descriptions.py), a refusal whose topic a relative clause describes or that
is given when asked (quotes/refusals.py), an advisory's requests quoted in part, alone
or as a paragraph (quotes/instructions.py, quotes/statement_forms.py), a greeting in
another language (quotes/greetings.py), what an indictment alleges and a meeting's act
told after its minutes (quotes/record_acts.py)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import check_statements_beside


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: An advisory quoted in part, a paragraph of fact and one of requests.
ADVISORY = (
    "The advisory, signed by the regional director of health, Dr Amara Diallo, was sent "
    "to every clinic. It reads in part:\n\n"
    '"Since March, nine cases of measles have been confirmed in the district."\n\n'
    '"Parents are asked to bring every child aged one to five to the clinic when the team '
    'visits. Do not wait for a letter."'
)

#: An advisory quoted in part over paragraphs, one quotation that closes at the end.
ADVISORY_RUN = (
    "The advisory, signed by the mission director, Dr Rina Das, is addressed to the "
    "district health officers. It reads in part:\n\n"
    '"Japanese encephalitis is carried by mosquitoes that breed in paddy fields.\n\n'
    '"Most deaths this season have been in patients who reached hospital late.\n\n'
    '"Do not let children sleep without a net. Take any child with fever to the nearest '
    'hospital without delay."\n\n'
    "Dr Das said the state had 40 new cases this week."
)

#: (text, words no statement, the statements that stay: type, speaker, content).
DROPPED = [
    # trailing-aside: a clause of time after `, the council has said,`
    ("The outdoor pool will stay shut until at least July, the council has said, a year "
     "after it closed for a short repair.", "a year after it closed",
     [("indirect", "the council", "The outdoor pool will stay shut until at least July")]),
    # trailing-aside: an `as`-clause with no subject of its own after `, per X,`
    ("The driver has been suspended on full pay, per a club spokesman, as is usual after "
     "any crash.", "as is usual after any crash",
     [("indirect", "a club spokesman", "The driver has been suspended on full pay")]),
    # self-description: what a speaker described by `who says` says she is
    ('In the recording, a woman who says she is a nurse says: "The ward has had no water '
     'since Sunday."', "she is a nurse",
     [("direct", "a woman", "The ward has had no water since Sunday.")]),
    ("A caller who said he was a farmer told the station that the road had been shut for "
     "a week.", "he was a farmer",
     [("indirect", "a caller", "the road had been shut for a week")]),
    # refusal-topic-relative: a refusal whose topic a relative clause describes
    ('Asked about the tender, Mayor Ines Navarro said: "I\'m not going to comment on a '
     'case the police are looking at." She said the new depot would open in June.',
     "a case the police are looking at",
     [("indirect", "Ines Navarro", "the new depot would open in June")]),
    # refusal-alone (refusal-topics.txt: `give out`)
    ('"We don\'t give out pay figures for single farms," the manager, Tomas Brandt, said. '
     "He said the harvest had been the best in a decade.", "give out pay figures",
     [("indirect", "Tomas Brandt", "the harvest had been the best in a decade")]),
    # refusal-reported-until (refusal-time-words.txt: `when`): refused when asked
    ("Finance director Ana Costa said sales had risen 4 percent. She said the group did "
     "not comment on market rumours when asked about a bid.", "did not comment",
     [("indirect", "Ana Costa", "sales had risen 4 percent")]),
    # charge-alleged: what an indictment alleges is the charge itself
    ("Oren Levi, 41, is charged with fraud and denies the charges. The indictment alleges "
     "that he moved about 3 million shekels of client money into an account he alone "
     "controlled. The prosecutor told the court that the money had never been repaid.",
     "he moved about 3 million shekels",
     [("indirect", "the prosecutor", "the money had never been repaid")]),
    # minuted-act: a council's vote told after its minutes; what the minutes record the
    # mayor as saying stays his row
    ("The village council voted 7 to 4 on Friday to sell a plot of common land to a "
     "developer, according to the minutes published on the village's website on Monday. "
     "According to the minutes, the mayor said the sale would pay for a new water tank.",
     "voted 7 to 4",
     [("indirect", "the mayor", "the sale would pay for a new water tank")]),
    # paragraph-orders: the paragraph of orders in a quotation over paragraphs
    (ADVISORY_RUN, "Do not let children",
     [("direct", None, "Japanese encephalitis is carried by mosquitoes that breed in paddy "
       "fields."),
      ("direct", None, "Most deaths this season have been in patients who reached hospital "
       "late."),
      ("indirect", "Rina Das", "the state had 40 new cases this week")]),
    # greeting-alone (greeting-formulas.txt): a Croatian and an Icelandic greeting
    ('"Dobar dan, Split!" began Mira Kovač, a delegate from the island, before she told '
     "the hall that the island had lost its only doctor.", "Dobar dan",
     [("indirect", "Mira Kovač", "the island had lost its only doctor")]),
    ('"Góðan morgun, and welcome," said the chair, Jón Ólafsson. He said the hearing '
     "would end at noon.", "Góðan morgun",
     [("indirect", "Jón Ólafsson", "the hearing would end at noon")]),
    # document-instruction: an advisory's requests, `it` standing for it
    (ADVISORY, "Parents are asked",
     [("direct", None, "Since March, nine cases of measles have been confirmed in the "
       "district.")]),
]

#: (text, the statements the default scope gives: type, speaker, content).
KEPT = [
    # trailing-aside: a clause with a subject of its own after the source goes on
    ("Ticket prices have risen twice this year, the promoter says, and more rises are "
     "likely in the spring.",
     [("indirect", "the promoter", "Ticket prices have risen twice this year"),
      ("indirect", "the promoter", "more rises are likely in the spring")]),
    # self-description: not what the speaker is, but what was done to the one she told
    ('"Order, order," said the Speaker, who then told Ms Ruiz that she had been warned '
     "twice already.",
     [("indirect", "the Speaker", "she had been warned twice already")]),
    # refusal-topic-relative: a relative clause that reports something says more
    ('"I won\'t comment on the report, which says the plan failed," Senator Alma Reyes '
     "said.",
     [("direct", "Alma Reyes", "I won't comment on the report, which says the plan "
       "failed,")]),
    # `speak for` answers a question here, it refuses nothing
    ('"I cannot speak for one bag," the minister replied.',
     [("direct", "the minister", "I cannot speak for one bag,")]),
    # document-instruction: an alert's line naming the danger is its maker's warning
    ("The alert, sent at 14:02 by the civil protection office, read: \"Wildfire in the "
     'area. Leave now towards the coast."',
     [("direct", "the civil protection office",
       "Wildfire in the area. Leave now towards the coast.")]),
    # document-instruction: a person's imperative to reporters is her statement
    ('"Do not believe the rumours," the health minister, Joan Okello, told reporters.',
     [("direct", "Joan Okello", "Do not believe the rumours,")]),
]


@pytest.mark.parametrize("text, words, statements", DROPPED)
def test_pieces_that_are_no_statement_are_dropped_and_the_rest_kept(
    text: str, words: str, statements: list[tuple[str, str | None, str]]
) -> None:
    check_statements_beside(text, words, statements)


@pytest.mark.parametrize("text, statements", KEPT)
def test_statements_of_the_same_shapes_stay(
    text: str, statements: list[tuple[str, str | None, str]]
) -> None:
    found = quotes.extract(text)
    assert [(q.type, q.speaker, q.text) for q in found] == statements
