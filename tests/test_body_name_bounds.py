"""A body's whole name, and nothing but the name, as the speaker's mention and as the
speaker: a name the parse cut at its `and` or `&` (rule joined-body-mention), told from a
list of two bodies by the text itself, a kind of business written before the name where
it opens a sentence (rule kind-opening-sentence), a business's name set off after a
description of it (rule kind-set-off-body) or in brackets (rule bracketed-body-name), and
a short name of three words for the longer one the text wrote first (rule
titled-short-name). Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, mention, speaker",
    [
        # a capitalised head after `and` that is a body's kind word; the first half no body
        (
            "Brenmoor and Tarvick Police said two men had been held after the crash.",
            "Brenmoor and Tarvick Police",
            "Brenmoor and Tarvick Police",
        ),
        # the parse cut the name before `and`: read on to the left, with its article
        (
            "The Boating and Angling Commission has said it will review the licence.",
            "The Boating and Angling Commission",
            "Boating and Angling Commission",
        ),
        # an ampersand joins two words of a firm's name
        (
            "The novel was printed in May. Harlow & Finch Books said the first printing "
            "sold out in a month.",
            "Harlow & Finch Books",
            "Harlow & Finch Books",
        ),
        # a legal form ends the name after `and`
        (
            "Harbour Land and Housing Corp. said the flats would be finished next year.",
            "Harbour Land and Housing Corp.",
            "Harbour Land and Housing Corp.",
        ),
        # the verb agrees with one subject: one name, though no kind word ends it
        (
            "Pennock and Gale says sales rose in every region last year.",
            "Pennock and Gale",
            "Pennock and Gale",
        ),
        (
            "Pennock and Gale has said sales rose in every region last year.",
            "Pennock and Gale",
            "Pennock and Gale",
        ),
        # lists stay lists: two bodies of one kind, two firms, a person and a body
        (
            "Harwell Council and Dunmore Council said the road would close in May.",
            "Harwell Council",
            "Harwell Council",
        ),
        (
            "Pennock and Gale said sales rose in every region last year.",
            "Pennock",
            "Pennock",
        ),
    ],
)
def test_joined_body_mention(text: str, mention: str, speaker: str) -> None:
    """Rule joined-body-mention: the mention and its offsets hold the whole name."""
    [row] = quotes.extract(text, scope="all")
    assert (row.speaker_mention, row.speaker) == (mention, speaker)
    assert text[row.speaker_start : row.speaker_end] == mention


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Carmaker Velden said the recall covered 40,000 cars in Europe.", "Velden"),
        (
            "Shares fell on Monday. Drugmaker Halvern Pharma said the trial had met its goal.",
            "Halvern Pharma",
        ),
        ("Watchdog Ofcom said the channel had broken the rules twice.", "Ofcom"),
        # a kind of body that opens a body's own name stays in it
        ("Police Scotland said two men had been held after the crash.", "Police Scotland"),
    ],
)
def test_kind_opening_sentence(text: str, speaker: str) -> None:
    """Rule kind-opening-sentence: a kind of business capitalised only because it opens
    the sentence is no word of the body's name."""
    [row] = quotes.extract(text, scope="all")
    assert row.speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The company, the Bergen firm Skarvik Offshore, said the rig would be towed "
            "to port by June.",
            "Skarvik Offshore",
        ),
        (
            "The rig lost power on Friday. The operator, the drilling firm Halmstad Energi, "
            "said it would be towed to port.",
            "Halmstad Energi",
        ),
    ],
)
def test_kind_set_off_body(text: str, speaker: str) -> None:
    """Rule kind-set-off-body: a description of a business with another set off after it
    that names the business speaks for that business."""
    [row] = quotes.extract(text, scope="all")
    assert row.speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The town's water board (Tarvick Water Supply Corporation) said the pipes "
            "would be mended by Friday.",
            "Tarvick Water Supply Corporation",
        ),
        # an acronym alone in brackets names no body whole: the description stays
        ("The agency (KWSA) said the pipes would be mended by Friday.", "the agency"),
    ],
)
def test_bracketed_body_name(text: str, speaker: str) -> None:
    """Rule bracketed-body-name: a body's name in brackets after its description is the
    speaker."""
    [row] = quotes.extract(text, scope="all")
    assert row.speaker == speaker


def test_short_name_of_three_words_is_the_longer_one_before() -> None:
    """Rule titled-short-name: `the` and three words of a body's name the text wrote
    whole before are that name."""
    text = (
        "The North Coast Trawling Owners Association rejects the plan. The Trawling "
        "Owners Association said in a statement that its boats had lost money."
    )
    rows = [q for q in quotes.extract(text, scope="all") if "boats had lost" in q.text]
    assert [(q.speaker_mention, q.speaker) for q in rows] == [
        ("The Trawling Owners Association", "North Coast Trawling Owners Association")
    ]
