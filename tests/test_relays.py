"""A quote relayed with its speaker (`"…," the coach said, according to the Gazette`) when
the parse ends a sentence inside the quote or at its closing mark: `--scope all` has the
relay's one mixed row from the opening mark, the statements scope the quote as the
speaker's.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, relayed, source, speaker",
    [
        # a quote of two sentences: the parse ends one inside the marks
        (
            '"I held the gate for her, I offered her a chair and nothing else. That is plain '
            'courtesy and it is not a favour," the bishop told reporters, according to '
            "Reuters, during an answer on his flight home.",
            '"I held the gate for her, I offered her a chair and nothing else. That is plain '
            'courtesy and it is not a favour," the bishop told reporters',
            "Reuters",
            "the bishop",
        ),
        # a question: the parse ends the sentence at `?"` …
        (
            '"Is this about the town, or is it about an election year?" Varga said at a '
            "press conference, according to the Yorkshire Post.",
            '"Is this about the town, or is it about an election year?" Varga said at a '
            "press conference",
            "the Yorkshire Post",
            "Varga",
        ),
        # … or inside the marks, before `?,"`
        (
            '"How long must the tenants wait? When does it end?," the judge said, '
            "according to the Gazette.",
            '"How long must the tenants wait? When does it end?," the judge said',
            "the Gazette",
            "the judge",
        ),
    ],
)
def test_a_relay_reaches_back_to_the_quote_its_clause_signs(
    text: str, relayed: str, source: str, speaker: str
) -> None:
    rows = quotes.extract(text, scope="all")
    assert [(q.type, q.text, q.speaker_mention, q.cue) for q in rows if q.type != "indirect"] == [
        ("mixed", relayed, source, "according")
    ]
    statements = [q for q in quotes.extract(text) if q.type == "direct"]
    assert [q.speaker_mention for q in statements] == [speaker]


def test_a_relay_does_not_reach_a_quote_its_clause_does_not_sign() -> None:
    text = '"We are ready," Varga said. The mill closed in May, according to the Gazette.'
    rows = quotes.extract(text, scope="all")
    assert [(q.type, q.text, q.speaker_mention) for q in rows] == [
        ("direct", "We are ready,", "Varga"),
        ("indirect", "The mill closed in May", "the Gazette"),
    ]
