"""A quotation that words of its sentence lead in to (its cue's object before a colon, a
word linking it to the sentence before): `--scope all` gives PolNeAR's one mixed row from
those words to the closing mark, the statements scope the quotation alone. So too for a
quote with no cue that goes on from a statement reported in the sentence before it.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

import quotes
from quotes import direct_links
from quotes.mixed import connective_before


@pytest.mark.parametrize(
    "text, lead_in, quote, cue",
    [
        # a noun for what is said: warning, line, reply, appeal
        (
            'Mayor Lena Ortiz offered a blunt warning: "The bridge will close by winter '
            'unless the state pays."',
            'a blunt warning: "The bridge will close by winter unless the state pays."',
            "The bridge will close by winter unless the state pays.",
            "offered",
        ),
        (
            'The Leeds manager repeated his favourite line: "Nobody outworks this squad."',
            'his favourite line: "Nobody outworks this squad."',
            "Nobody outworks this squad.",
            "repeated",
        ),
        (
            'The senator sent a two-line reply: "No comment. Check the record."',
            'a two-line reply: "No comment. Check the record."',
            "No comment. Check the record.",
            "sent",
        ),
        # … with a phrase of its own before the colon
        # … with a phrase of its own before the colon, in a court report
        (
            "The defence counsel entered a plea for leniency on behalf of her client: “He "
            "has lost his job and his home already.”",
            "a plea for leniency on behalf of her client: “He has lost his job and his home "
            "already.”",
            "He has lost his job and his home already.",
            "entered",
        ),
    ],
)
def test_an_object_before_the_colon_leads_in_to_the_quote(
    text: str, lead_in: str, quote: str, cue: str
) -> None:
    (row,) = quotes.extract(text, scope="all")
    assert (row.type, row.text, row.cue, row.method) == (
        "mixed",
        lead_in,
        cue,
        "object-colon:" + row.method.split(":", 1)[-1],
    )
    (statement,) = quotes.extract(text)
    assert (statement.type, statement.text, statement.cue) == ("direct", quote, cue)
    assert statement.speaker == row.speaker


@pytest.mark.parametrize(
    "text, quote",
    [
        # whom it was said to
        ('She told the crowd: "We are not going anywhere."', "We are not going anywhere."),
        (
            'The delay would hurt Dr Ines Harrow, who told the committee: "We cannot wait."',
            "We cannot wait.",
        ),
        # an object that only announces the quote, and a pronoun
        (
            'The club issued the following statement: "Our thoughts are with the family."',
            "Our thoughts are with the family.",
        ),
        ('He put it this way: "We pay now or we pay later."', "We pay now or we pay later."),
        # no object: a setting, a topic
        ('He said in a statement: "The figures are wrong."', "The figures are wrong."),
        ('She said of the ruling: "It changes nothing."', "It changes nothing."),
    ],
)
def test_no_object_or_one_said_to_leaves_the_quote_direct(text: str, quote: str) -> None:
    rows = quotes.extract(text, scope="all")
    assert [(q.type, q.text) for q in rows] == [("direct", quote)]


def test_in_dialogue_the_line_after_an_object_is_the_words_alone() -> None:
    # fiction (a text dense with dialogue): LitBank's quotation is the line itself
    text = "\n".join(
        [
            '"Where were you?" asked Aunt Mabel.',
            '"Out," said Pip.',
            '"Out where?"',
            '"Just out."',
            '"With whom?"',
            '"Nobody."',
            '"Nobody at all?"',
            '"Only the dog."',
            "Then she had a new idea: “Show me your boots, Pip.”",
            '"They are wet," he said.',
        ]
    )
    rows = quotes.extract(text, scope="all")
    assert "Show me your boots, Pip." in [q.text for q in rows if q.type == "direct"]
    assert not [q for q in rows if q.method.startswith("object-colon")]


@pytest.mark.parametrize(
    "text, lead_in, quote",
    [
        (
            '"We will not back down," Ortiz said. Instead, "we will take this to the high '
            'court."',
            'Instead, "we will take this to the high court."',
            "we will take this to the high court.",
        ),
        (
            "“The season is over,” the coach said. Then, “We start again in June. Nobody "
            "rests.”",
            "Then, “We start again in June. Nobody rests.”",
            "We start again in June. Nobody rests.",
        ),
    ],
)
def test_a_word_linking_to_the_sentence_before_leads_in(
    text: str, lead_in: str, quote: str
) -> None:
    first, second = quotes.extract(text, scope="all")
    assert (second.type, second.text, second.speaker, second.method) == (
        "mixed",
        lead_in,
        first.speaker,
        "connective:previous-quote",
    )
    assert [(q.type, q.text) for q in quotes.extract(text)][1:] == [("direct", quote)]


# rule connective-without-comma: the word leads in with a comma after it or not, where
# without one the mark, a word before it, opened no quotation (`Then "…"` gave no row)
@pytest.mark.parametrize("text, lead_in, quote", [
    ('Then "Good luck," Mira Holt said.', 'Then "Good luck,"', "Good luck,"),
    ('Still "we will win the vote," Mira Holt said.', 'Still "we will win the vote,"',
     "we will win the vote,"),
], ids=["short", "clause"])
def test_a_linking_word_without_its_comma_leads_in(text: str, lead_in: str, quote: str) -> None:
    assert [(q.type, q.text, q.speaker, q.method) for q in quotes.extract(text, scope="all")] \
        == [("mixed", lead_in, "Mira Holt", "connective:subject")]
    assert [(q.type, q.text) for q in quotes.extract(text)] == [("direct", quote)]


def test_the_linking_word_is_looked_for_once_a_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    # direct_links looked for it twice: whether it introduces the quote, then to lead in
    seen: list[str] = []

    def counted(whole: Span) -> Token | None:
        seen.append(whole.text)
        return connective_before(whole)

    monkeypatch.setattr(direct_links, "connective_before", counted)
    text = 'Still "the ferry keeps its winter timetable," Mira Holt said.'
    assert [q.type for q in quotes.extract(text)] == ["direct"]
    assert seen == ['"the ferry keeps its winter timetable,"']


def test_a_setting_before_the_quote_is_no_link() -> None:
    text = '"The season is over," the coach said. On Monday, "we start again."'
    assert "connective" not in " ".join(q.method for q in quotes.extract(text, scope="all"))


BLOCK = (
    "The council published its reply on Monday. The leader wrote:\n\n"
    '"We have heard the residents of Eastmoor. The depot will not be built on the meadow.'
    '\n\n"We will look again at the brownfield sites by the canal, as the petition asked."'
    "\n\nThe petition had 4,000 names."
)


def test_a_block_quotation_after_a_colon_is_one_mixed_row_marks_and_all() -> None:
    (block,) = [q for q in quotes.extract(BLOCK, scope="all") if q.type != "indirect"]
    assert (block.type, block.method) == ("mixed", "block-quote:verb")
    assert block.text.startswith('"We have heard') and block.text.endswith('petition asked."')
    assert [(q.type, q.text[:14]) for q in quotes.extract(BLOCK)] == [
        ("direct", "We have heard "),
        ("direct", "We will look a"),
    ]


def test_a_quotation_the_colon_opens_on_its_line_stays_direct() -> None:
    text = 'The leader said on Monday: "We have heard them.\n\n"We will look again."'
    assert [q.type for q in quotes.extract(text, scope="all")] == ["direct"]


@pytest.mark.parametrize(
    "text, joined, cue, statement, quote",
    [
        # a reported clause, then a quote with no cue that goes on with it
        (
            'The harbour master said the pier would reopen in spring. "We have ordered the '
            'timber and the crews are booked."',
            'the pier would reopen in spring. "We have ordered the timber and the crews are '
            'booked."',
            "said",
            "the pier would reopen in spring",
            "We have ordered the timber and the crews are booked.",
        ),
        # … a noun of speech the quote spells out
        (
            'Councillor Maud Brennan tweeted a warning. "Residents of Low Street should move '
            'their cars tonight."',
            'a warning. "Residents of Low Street should move their cars tonight."',
            "tweeted",
            None,
            "Residents of Low Street should move their cars tonight.",
        ),
    ],
)
def test_a_quote_going_on_from_a_reported_statement_is_one_mixed_row(
    text: str, joined: str, cue: str, statement: str | None, quote: str
) -> None:
    """`all` has PolNeAR's one mixed row from the statement's content to the closing
    mark, with the statement's cue and speaker; the statements scope has the two apart
    (a thing said alone, `a warning`, is no statement there)."""
    [row] = quotes.extract(text, scope="all")
    assert (row.type, row.text, row.cue) == ("mixed", joined, cue)
    assert row.method.startswith("statement-continued")
    apart = [(q.type, q.text) for q in quotes.extract(text)]
    assert apart == [*([("indirect", statement)] if statement else []), ("direct", quote)]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before opens with a quotation: the quote goes on from that one
        '"The pier is unsafe," said a diver who asked not to be named. "Nobody should fish '
        'from it."',
        # a thought, not a statement
        'Ana Ruiz thinks the levy is fair. "It pays for the lifeboats."',
        # a statement told in passing, inside a phrase
        'Ana Ruiz made her case by saying the levy was fair. "It pays for the lifeboats."',
    ],
)
def test_a_quote_after_no_statement_of_its_own_stays_direct(text: str) -> None:
    assert quotes.extract(text, scope="all")[-1].type == "direct"


@pytest.mark.parametrize(
    "text, run, apart",
    [
        # a quote with no cue opening the next paragraph, right after the one before
        (
            '"The ferry will run again on Monday," the harbour master said.\n\n"We have '
            'ordered new ropes."\n\n"Nobody will be turned away."',
            'We have ordered new ropes."\n\n"Nobody will be turned away.',
            ["The ferry will run again on Monday,", "We have ordered new ropes.",
             "Nobody will be turned away."],
        ),
        # … in the same paragraph, the first closed and the next opened at once
        (
            'The harbour master said: "The ferry will run again on Monday." "Nobody will '
            'be turned away."',
            'The ferry will run again on Monday." "Nobody will be turned away.',
            ["The ferry will run again on Monday.", "Nobody will be turned away."],
        ),
    ],
)
def test_quotations_closed_and_opened_again_run_on_as_one_row(
    text: str, run: str, apart: list[str]
) -> None:
    """`all` has PolNeAR's one direct row over quotations with only marks and spaces
    between them, with the first one's cue and speaker; the statements scope has each
    quotation as a row of its own."""
    rows = quotes.extract(text, scope="all")
    last = rows[-1]
    assert (last.type, last.text, last.speaker) == ("direct", run, "the harbour master")
    assert last.method.startswith("quote-run")
    statements = quotes.extract(text)
    assert [q.text for q in statements] == apart
    assert {q.speaker for q in statements} == {"the harbour master"}


def test_a_quotation_after_its_cue_does_not_run_on() -> None:
    """The cue between two quotations keeps them two rows in `all` too."""
    text = '"The ferry will run on Monday," she said. "Nobody will be turned away."'
    rows = [q.text for q in quotes.extract(text, scope="all")]
    assert rows == ["The ferry will run on Monday,", "Nobody will be turned away."]


@pytest.mark.parametrize(
    "text, run_on, quote, speaker",
    [
        # a conjunction opening the writer's words after the closing mark
        (
            'The factory has cut its shifts. "The plant runs at half speed," since the '
            "orders dried up in May, the manager said.",
            '"The plant runs at half speed," since the orders dried up in May',
            "The plant runs at half speed,",
            "the manager",
        ),
        # … a preposition, with the speaker and cue after the comma the other way round
        (
            'Turnout was low. "It was a quiet day," like the one before it, said Mara '
            "Quint, a poll worker.",
            '"It was a quiet day," like the one before it',
            "It was a quiet day,",
            "Mara Quint",
        ),
    ],
)
def test_words_going_on_after_the_quote_join_it(
    text: str, run_on: str, quote: str, speaker: str
) -> None:
    """Rule words-after: `all` has PolNeAR's one mixed row from the opening mark to the
    comma before the speaker; the statements scope has the quotation alone."""
    (row,) = quotes.extract(text, scope="all")
    assert (row.type, row.text, row.speaker) == ("mixed", run_on, speaker)
    assert row.method.startswith("words-after:")
    (statement,) = quotes.extract(text)
    assert (statement.type, statement.text, statement.speaker) == ("direct", quote, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker right after the mark, a modifier before the name
        '"We held on," former mayor Ann Lee said.',
        # words with no comma before the speaker: the manner of saying
        '"Come here," at last said the old man.',
        # too few words to go on from the quote
        '"We held on," as she said.',
        # `and` with no subject of its own: what the speaker did while speaking
        '"Sit down, all of you;" and pulling a chair to the fire, the old farmer said it '
        "again.",
    ],
)
def test_no_words_going_on_leave_the_quote_direct(text: str) -> None:
    assert [q.type for q in quotes.extract(text, scope="all")] == ["direct"]
