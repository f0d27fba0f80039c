"""Speakers of shapes found in local news stories pasted whole, as a user would: a
parent described by the count of their children before the name (`Mother of four Lisa
Hammond said …`), and a headline that opens with the place a firm is in (`Kettering
packaging firm to create 150 jobs`). Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, fragment, mention, speaker",
    [
        # rule parent-count-before-name: the name after the count speaks, not `Father`
        (
            "Father of two Dev Patel said the crossing outside the school was dangerous.",
            "the crossing",
            "Dev Patel",
            "Dev Patel",
        ),
        # ... nor the parent's words with the name as the speaker's name
        (
            "Mother of four Lisa Hammond said the new bins were far too small.",
            "far too small",
            "Lisa Hammond",
            "Lisa Hammond",
        ),
        # ... with the age set off after the name
        (
            "Grandmother of six Ann Cole, 81, said the bus had not come for a week.",
            "not come for a week",
            "Ann Cole",
            "Ann Cole",
        ),
        # ... after the cue of a direct quote
        (
            '"We have waited two years for a reply," said mother of three Jo Hart.',
            "waited two years",
            "Jo Hart",
            "Jo Hart",
        ),
        # ... and a `she` after it is the same woman
        (
            "Mother of four Lisa Hammond said she could not fit a week's rubbish in her "
            'bin. "Two weeks? With nappies? It will not work," she said.',
            "It will not work",
            "she",
            "Lisa Hammond",
        ),
    ],
)
def test_pasted_local_news_speakers(text: str, fragment: str, mention: str, speaker: str) -> None:
    (row,) = [q for q in quotes.extract(text) if fragment in q.text]
    assert (row.speaker_mention, row.speaker) == (mention, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # rule headline-place-before-kind: the town before `packaging firm` says where
        # the firm is; the story names it again as a place, and `the company` is no
        # body called Kettering
        "Kettering packaging firm to create 150 jobs\n\nCarrow Packaging is to build a "
        "factory in Kettering, the company announced on Wednesday.\n\nThe company said "
        "the plant would run on solar power.",
        # ... with a two-word place and more words before the kind
        "Milton Keynes family building company fined\n\nA builder from Milton Keynes was "
        "fined £20,000 on Monday. The company said it would appeal.",
    ],
)
def test_a_headline_place_before_a_kind_names_no_body(text: str) -> None:
    rows = quotes.extract(text)
    assert rows
    assert all(q.speaker == "the company" for q in rows), rows

