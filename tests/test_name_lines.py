"""Speaker lines with no colon: a Lords record's `Lord X of Y (Lab)` lines and a call
transcript's `Name -- Role` lines, each over the paragraph its speaker says."""

from __future__ import annotations

import pytest

import quotes

LORDS = """Coastal Defences: Leigh
Question

Asked by Baroness Okafor of Leigh

To ask His Majesty's Government what assessment they have made of the sea wall at Leigh.

The Minister of State, Department for Environment, Food and Rural Affairs (Lord Hale of Ely) (Lab)

My Lords, the wall was surveyed in May and repairs begin next month.

The cost is shared with the county council.

Baroness Okafor of Leigh (LD)

My Lords, I thank the noble Lord for his answer. Will he meet the council?

Noble Lords: Hear, hear!

Lord Hale of Ely (Lab)

My Lords, I will be happy to meet them.
"""

CALL = """Harbour Foods Q2 call: "Margins held"

An edited excerpt from Harbour Foods' second-quarter call on Tuesday.

Operator

Good afternoon, and welcome to the call. [Operator Instructions] I will now hand over to Ms. \
Ana Ruiz.

Ana Ruiz -- Chief Executive Officer

Thank you. Sales rose 4% in the quarter, and we opened twelve stores.

Operator

Our first question comes from Tom Hale with Lark Capital.

Tom Hale -- Lark Capital

Thanks. How much of the margin came from energy?

Ana Ruiz -- Chief Executive Officer

About half of it, Tom. The rest was pricing.
"""


@pytest.mark.parametrize(
    "text, content, mention",
    [
        # a peer's title and party on the line before the speech
        (LORDS, "My Lords, I thank the noble Lord for his answer. Will he meet the council?",
         "Baroness Okafor of Leigh"),
        (LORDS, "My Lords, I will be happy to meet them.", "Lord Hale of Ely"),
        # an office with its holder's title in brackets, and a speech of two paragraphs
        (LORDS, "My Lords, the wall was surveyed in May and repairs begin next month.",
         "Lord Hale of Ely"),
        (LORDS, "The cost is shared with the county council.", "Lord Hale of Ely"),
        # a name, a dash and a role or a firm
        (CALL, "Thank you. Sales rose 4% in the quarter, and we opened twelve stores.",
         "Ana Ruiz"),
        (CALL, "Thanks. How much of the margin came from energy?", "Tom Hale"),
        # a bare name that comes back; a transcriber's note cuts the turn
        (CALL, "Good afternoon, and welcome to the call.", "Operator"),
        (CALL, "I will now hand over to Ms. Ana Ruiz.", "Operator"),
        (CALL, "Our first question comes from Tom Hale with Lark Capital.", "Operator"),
    ],
)
def test_a_line_naming_the_speaker_makes_the_next_paragraph_a_direct_row(
    text: str, content: str, mention: str
) -> None:
    rows = [q for q in quotes.extract(text) if q.text == content]
    assert [(q.type, q.speaker_mention, q.method) for q in rows] == [
        ("direct", mention, "transcript")
    ]


def test_a_call_s_operator_is_not_named_by_the_note_of_its_instructions() -> None:
    speakers = {q.speaker for q in quotes.extract(CALL) if q.speaker_mention == "Operator"}
    assert speakers == {"Operator"}


def test_a_chorus_between_speeches_is_no_one_s_row() -> None:
    assert not [q for q in quotes.extract(LORDS) if "Hear, hear" in q.text]


@pytest.mark.parametrize(
    "text",
    [
        # a headline in title case over its story, and a byline
        "Council Approves New Sea Wall\n\nBy Ana Ruiz\n\nThe council approved the wall on "
        "Monday. Work starts in June.\n",
        # one marked line only: a signature with a firm after a dash
        "The harbour will reopen in May, the letter says.\n\nAna Ruiz -- Harbour Foods\n\n"
        "Readers can write to the same address.\n",
        # a list of members, one to a line, over a paragraph of prose
        "The new committee:\n\nAna Ruiz (Lab)\nTom Hale (Con)\nJo Brant (LD)\n\nIt meets "
        "for the first time on Friday.\n",
    ],
)
def test_title_case_lines_that_are_no_speakers_lines_give_no_turns(text: str) -> None:
    assert [q for q in quotes.extract(text) if q.method == "transcript"] == []
