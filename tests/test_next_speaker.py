"""Whose a direct quote is when the clause before it hands the words on: a quote after a
reported clause and `, and` (where the report ends), a quote after a cue sentence that
hands the floor on in a speech verb joined to its cue, and words a work issued by someone
says (sentences written for these tests).

Each case lists every row of scope `all` that the sentence gives: type, content start
offset, content, speaker mention, cue and method.
"""

from __future__ import annotations

import pytest

from tests.rows import Row, all_rows

CASES = [
    # a new subject and speech verb after `, and` is the writer's next clause: the reply
    # is the governor's own quote and the senator's report ends before `and`
    (
        "The senator said the bill would pass, and when pressed on the timing, the governor "
        'replied, "It will pass next week."',
        [Row("indirect", 17, "the bill would pass", "The senator", "said", "reported:subject"),
         Row("direct", 93, "It will pass next week.", "the governor", "replied",
             "dep:subject")],
    ),
    # ... and the question it answers is no part of the report either
    (
        "Ruiz said the count was fair, and when pressed about the ballots, the clerk "
        'replied, "Every ballot was counted."',
        [Row("indirect", 10, "the count was fair", "Ruiz", "said", "reported:subject"),
         Row("indirect", 53, "the ballots", None, "pressed", "unsourced:addressed"),
         Row("direct", 86, "Every ballot was counted.", "the clerk", "replied",
             "dep:subject")],
    ),
    # joined-speaker: the cue sentence of a quote hands the floor to someone else in a
    # speech verb joined to its cue; the quote right after it is theirs
    (
        '"Bring the maps," Ines Calder said, and her brother cut in. "And the torch."',
        [Row("direct", 1, "Bring the maps,", "Ines Calder", "said", "dep-inverted:subject"),
         Row("direct", 61, "And the torch.", "her brother", "cut", "joined-speaker")],
    ),
    # a conjunct that `that` reports is more of the same statement
    (
        "The mayor said the budget was balanced and that her spokesman had told the council: "
        '"We have no deficit."',
        [Row("mixed", 15, 'the budget was balanced and that her spokesman had told the '
             'council: "We have no deficit."', "The mayor", "said", "reported-run-on:subject")],
    ),
    # a work that a relative clause says speaks for whoever issued it, as `a video saying`
    (
        'In the spring the mayor released a video that said, "Our streets are safer than ever."',
        [Row("direct", 53, "Our streets are safer than ever.", "the mayor", "said",
             "issuer:dep:subject")],
    ),
    (
        'The council issued a statement that read: "We regret the delay."',
        [Row("direct", 43, "We regret the delay.", "The council", "read", "issuer:dep:subject")],
    ),
    # ... but a body that says something itself is no work
    (
        'The committee, which said, "We will meet again," adjourned.',
        [Row("direct", 28, "We will meet again,", "which", "said", "dep:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_next_speaker(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected
