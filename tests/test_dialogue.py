"""Turn-taking in dialogue (quotes.dialogue): which texts are dialogue-dense, and the
speakers the engine gives the cue-less turns of a conversation.

The passages are written for these tests; the fiction ones are set one sentence a line
with spaces around the marks, as sentence-split corpora of novels come.
"""

from __future__ import annotations

import pytest

from quotes.dialogue import DENSE_REACH, Line, dialogue_dense, turn_sources

#: A conversation in turns: six lines that close a quote, each followed by one opening a
#: quote.
CONVERSATION = (
    '" Did you lock the shed ? " asked Anna Berg .\n'
    "Her brother did not answer at once .\n"
    "He was looking at the road , where a cart had stopped .\n"
    "The driver climbed down and walked toward the gate .\n"
    'Karl said , " I did . "\n'
    '" And the gate ? "\n'
    '" The gate too . "\n'
    '" And the hens ? "\n'
    '" Every one of them is in . "\n'
    '" Even the brown one ? "\n'
    '" Even the brown one . "\n'
)


@pytest.mark.parametrize(
    "text, dense",
    [
        # Fiction: a conversation line after line.
        (CONVERSATION, True),
        # News: one quoted source a paragraph, each with its cue; two quoted paragraphs in
        # a row are one speaker going on, not a reply.
        (
            'The council voted to close the pool.\n"It is a sad day," said Mayor Lena Ford.\n'
            '"We had no choice."\n"The roof is failing," the engineer said.\n'
            "The pool opened in 1964.\n",
            False,
        ),
        # An interview: its lines are labelled, not quoted.
        ("Q: Why now?\nA: The money ran out.\nQ: And next year?\nA: We will see.\n" * 3, False),
        # A short exchange in a long report: a few replies are not enough.
        ('"Ready?"\n"Ready."\n"Go."\n' + "The race began at noon.\n" * 20, False),
    ],
)
def test_dialogue_dense(text: str, dense: bool) -> None:
    assert dialogue_dense(text) is dense


def test_dense_reach_counts_turns_farther() -> None:
    """Ten turns answering each other, only the first two with a cue: the ninth and
    tenth are spoken by the first and second speakers, found eight turns back only
    within the dense reach."""
    lines = [Line(answers=k > 0, same_line=False, anchored=k < 2) for k in range(10)]
    near = turn_sources(lines)
    far = turn_sources(lines, DENSE_REACH)
    assert 8 not in near and 9 not in near
    assert far[8] == 0 and far[9] == 1
    assert {k: far[k] for k in near} == near


@pytest.mark.parametrize(
    "text, speakers",
    [
        # Dense dialogue: the reply after Karl's cued line goes back to Anna Berg, who
        # last spoke four lines before it (beyond a news paragraph's reach), and the
        # exchange alternates from there.
        (
            CONVERSATION,
            ["Anna Berg", "Karl", "Anna Berg", "Karl", "Anna Berg", "Karl", "Anna Berg", "Karl"],
        ),
    ],
)
def test_turns_in_dense_dialogue(extract, text: str, speakers: list[str]) -> None:
    found = extract(text)
    assert [q.speaker for q in found] == speakers
    assert [q.text for q in found][2] == "And the gate ?"
    assert found[2].method == "previous-turn"
    assert found[2].start == text.index("And the gate ?")
