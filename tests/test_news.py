"""News rules of the second accuracy round (issue 16), one case per phenomenon.

The sentences are written for these tests. Each case checks the rows the engine gives
in scope `all`: type, exact content and offsets, resolved speaker, mention, cue and the
family of the rule that made the row.
"""

from __future__ import annotations

import pytest
from rows import Q, check

CASES = [
    # mixed: the quoted words finish a clause begun before the opening mark
    (
        'Okafor said she would vote against the plan because "it leaves the river towns '
        'with nothing."',
        [Q("mixed", 'she would vote against the plan because "it leaves the river towns '
           'with nothing."', "Okafor", "Okafor", "said", "reported")],
    ),
    # mixed: the cue of the quote stands in the clause an earlier cue reports
    (
        'Lee said the mayor wants "a vote by June."',
        [Q("mixed", 'the mayor wants "a vote by June."', "Lee", "Lee", "said", "reported")],
    ),
    # mixed: the reported clause opens with `that` and an adverbial before the mark
    (
        'The treasurer told members that, in any event, "the fund will pay every claim."',
        [Q("mixed", 'in any event, "the fund will pay every claim."', "The treasurer",
           "The treasurer", "told", "reported")],
    ),
    # mixed: a clause opening the sentence before the mark, with the cue after the quote
    (
        'If the levy passes, "we will hire twelve nurses," Moreno said.',
        [Q("mixed", 'If the levy passes, "we will hire twelve nurses,"', "Moreno", "Moreno",
           "said", "reported")],
    ),
    # … but a quote right after its cue, or after `that`, is a quotation proper
    (
        'Ruiz said that "nobody in the room wants to name the risks."',
        [Q("direct", "nobody in the room wants to name the risks.", "Ruiz", "Ruiz", "said",
           "dep")],
    ),
    # … and so is one whose own words open with the adverbial
    (
        'Osei said, "If the vote fails, we start again."',
        [Q("direct", "If the vote fails, we start again.", "Osei", "Osei", "said", "dep")],
    ),
    # direct: a reported statement whose content is one quote and nothing else
    (
        'The board said in a statement that "the sale is final."',
        [Q("direct", "the sale is final.", "The board", "The board", "said", "reported")],
    ),
    (
        'Ms Adeyemi called for "a full and open inquiry."',
        [Q("direct", "a full and open inquiry.", "Adeyemi", "Adeyemi", "called",
           "reported-topic")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_news(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)
