"""Rows of batch 38's shapes that the statements scope drops or keeps: a greeting quoted on
its own (quotes/greetings.py), a decision's verbless or bare-passive line
(quotes/decision_lines.py), a clause in a free relative and a number sign before a source
(quotes/reported_scope.py), a character's line in a chapter (quotes/fiction_lines.py), a
people's term for a thing (quotes/naming.py), a relay of a passive with no source
(quotes/rows.py) and the writer's paragraph after a document printed with notes
(quotes/printed_whole.py)."""

from __future__ import annotations

import pytest

import quotes

RELEASE = (
    "Harbour Foods issued the following statement on Monday. We print it in full, with "
    "our notes in square brackets.\n\n"
    "On Sunday night a freezer at our Leith plant failed. Staff moved the stock within "
    "two hours.\n\n"
    "[Note: The council told us it had sent an inspector.]\n\n"
    "We are sorry for the delay to deliveries this week.\n\n"
    "Ana Ruiz declined to say on Tuesday how much stock had been thrown away."
)


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: (text, content, speaker mention): rows `all` keeps that the statements scope drops.
DROPPED = [
    # greeting-alone: a te reo greeting opening a submission
    ('The session opened with a prayer. "Kia ora koutou," the submitter, Mere Tahana, '
     "began, before she told the panel that the clinic had closed twice.",
     "Kia ora koutou,", "the submitter"),
    # greeting-alone: a greeting with the one it greets
    ('"Good morning, Chair," Ana Ruiz said.', "Good morning, Chair,", "Ana Ruiz"),
    # sanction-read: a decision's line with its auxiliary left out
    ('The jury posted its ruling at noon. The decision line below reads: "Appeal upheld."',
     "Appeal upheld.", "The decision line"),
    # sanction-read: a decision's lines with no verb, each naming a penalty
    ("The stewards published their ruling. The line under it reads: \"Ten-second time "
     'penalty. One penalty point."', "Ten-second time penalty. One penalty point.",
     "The line"),
    # free-relative: `what` hung on the cue
    ("The herd is already close to what rangers believe the park can feed.",
     "the park can feed", "rangers"),
    # free-relative: `what` hung on the clause's verb
    ("The road cost twice what the council said it would cost.", "it would cost",
     "the council"),
    # in-a-chapter: a character's line told to another in a novel's chapter
    ('In the chapter called "The Well", the old ferryman tells Deniz: "Nobody crosses '
     'twice."', "Nobody crosses twice.", "the old ferryman"),
    # peoples-term: a people's word for a thing, in the past
    ('The fort fell in 1881 during what the French called a "pacification".',
     'a "pacification"', "the French"),
]


@pytest.mark.parametrize("text, content, mention", DROPPED)
def test_rows_that_are_no_statement(text: str, content: str, mention: str) -> None:
    every = quotes.get_engine().extract(text, scope=None)
    assert any(q.text == content and q.speaker_mention == mention for q in every)
    assert content not in [q.text for q in quotes.extract(text)]


def test_the_writers_paragraph_after_the_last_note_is_not_the_documents() -> None:
    # writers-ending: the story goes on after the release; the paragraphs between the
    # notes stay the company's
    rows = [(q.text, q.speaker) for q in quotes.get_engine().extract(RELEASE, scope=None)]
    assert ("Ana Ruiz declined to say on Tuesday how much stock had been thrown away.",
            "Harbour Foods") not in rows
    assert ("We are sorry for the delay to deliveries this week.", "Harbour Foods") in rows


#: (text, content, speaker): statements kept.
KEPT = [
    # number-sign-source: `No` before digits is no negative source
    ("A surgeon at Regional Hospital No. 2, Olga Petrovna Sidorenko, warned that beds had "
     "run out.", "beds had run out", "Olga Petrovna Sidorenko"),
    # relay-of-no-source: an agentless passive under `according to`
    ("The staff were told of the closure in a group chat on Sunday, according to two "
     "nurses.", "The staff were told of the closure in a group chat on Sunday",
     "two nurses"),
    ("The council's engineers were warned in May that the bridge was cracking, according "
     "to a leaked report seen by the Gazette.",
     "The council's engineers were warned in May that the bridge was cracking",
     "a leaked report"),
]


@pytest.mark.parametrize("text, content, speaker", KEPT)
def test_statements_kept(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(q.text, q.speaker) for q in quotes.extract(text)]
