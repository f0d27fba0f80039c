"""A work whose maker the text names only after it has spoken (quotes/makers_after.py,
and the same kind of work named by another word, quotes/works_before.py): sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # the sentence after says `It was conducted … by X` (rule maker-named-after)
        (
            "Support for the governing party has fallen to a six-year low.\n\nThe poll found "
            "that 27 percent of voters would back the party, down from 34 percent in March. "
            "It was conducted between May 2 and May 9 by Sondages Nordet, a Montreal firm.",
            "27 percent of voters",
            "Sondages Nordet",
            "The poll",
        ),
        # `carried out … by X for Y`: the pollster, not the paper that commissioned it
        (
            "A new poll shows the mayor trailing her challenger.\n\nThe survey found that 48 "
            "percent of residents disapproved of her housing plan. It was carried out last "
            "week by Norland Research for the Evening Courier.",
            "48 percent of residents",
            "Norland Research",
            "The survey",
        ),
        # the work named again, sent by a role and a name: the name
        (
            "Brightline Logistics plans to close its Leeds depot, according to a memo seen "
            "by Reuters.\n\nThe memo was sent to managers on Friday by operations director "
            "Samir Haddad.",
            "close its Leeds depot",
            "Samir Haddad",
            "a memo",
        ),
        # the work named again, with its maker set off after it
        (
            "Brightline will cut 200 jobs by the end of the year, according to a leaked "
            "memo.\n\nThe memo, written by chief executive Paula Mertens, says the company "
            "lost two of its largest customers in the spring.",
            "cut 200 jobs",
            "Paula Mertens",
            "a leaked memo",
        ),
        # the maker in a participle set off after `according to` the work (rule
        # according-participle-maker)
        (
            "According to the report, published on Monday by the Regional Audit Office, "
            "patients waited an average of 14 hours in emergency departments.",
            "patients waited",
            "Regional Audit Office",
            "the report",
        ),
        # a poll named again as a survey is the pollster's (same-work-words.txt)
        (
            "Greens open lead in Halden, poll finds\n\nThe Greens have taken a six-point lead "
            "in the city election, according to a new survey by the polling firm Halden "
            "Opinion.\n\nThe poll found that 31 per cent of decided voters would back the "
            "Greens, against 25 per cent for Labour.",
            "31 per cent",
            "Halden Opinion",
            "The poll",
        ),
    ],
)
def test_a_work_speaks_for_the_maker_named_after_it(
    text: str, fragment: str, speaker: str, mention: str
) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)

