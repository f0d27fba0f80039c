"""A verbatim report's speeches that open with the speaker's name, a full stop and a dash
(`Ana Ruiz, Member of the Commission. – …`), and the chair's lines, which are no rows."""

from __future__ import annotations

import pytest

import quotes

VERBATIM = """Harbour safety: the debate in the members' own words

An edited extract of the provisional verbatim report of Wednesday's sitting.

President. – The next item is the Council statement on harbour safety.

Ana Ruiz Prado, President-in-Office of the Council. – Madam President, three ferries ran \
aground in our waters last winter.

The Council will adopt its position in May.

Tomas Vidal. – Madam President, the pilots in my port have not had a pay rise since 2019.

(The speaker agreed to take a blue-card question)

Ines Marle (blue-card question). – Does the Member know how many pilots his port employs?

Tomas Vidal (blue-card answer). – Eleven, and four of them are over sixty. (Applause) \
That is the problem.

President. – Thank you. The debate is closed.

Vidal told us afterwards that he would write to the harbour board.
"""


@pytest.mark.parametrize(
    "content, mention",
    [
        # a name, an office after a comma, a full stop and a dash; a second paragraph
        ("Madam President, three ferries ran aground in our waters last winter.",
         "Ana Ruiz Prado"),
        ("The Council will adopt its position in May.", "Ana Ruiz Prado"),
        # a name alone before the dash
        ("Madam President, the pilots in my port have not had a pay rise since 2019.",
         "Tomas Vidal"),
        # a note on the turn in brackets; a stage note cuts the speech
        ("Does the Member know how many pilots his port employs?", "Ines Marle"),
        ("Eleven, and four of them are over sixty.", "Tomas Vidal"),
        ("That is the problem.", "Tomas Vidal"),
    ],
)
def test_a_name_a_full_stop_and_a_dash_open_a_speech(content: str, mention: str) -> None:
    rows = [q for q in quotes.extract(VERBATIM) if q.text == content]
    assert [(q.type, q.speaker_mention, q.method) for q in rows] == [
        ("direct", mention, "transcript")
    ]


def test_the_chair_s_lines_are_no_rows_and_end_the_speech_before() -> None:
    texts = [q.text for q in quotes.extract(VERBATIM)]
    assert not [t for t in texts if "debate is closed" in t or "next item" in t]
    assert not [t for t in texts if "blue-card question)" in t]


def test_one_such_paragraph_in_prose_is_no_speech() -> None:
    text = (
        "Ana Ruiz. – The name alone heads this profile of the harbourmaster.\n\n"
        "She has run the port since 2019."
    )
    assert [q for q in quotes.extract(text) if q.method == "transcript"] == []
