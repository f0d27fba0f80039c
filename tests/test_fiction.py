"""Speakers in fiction's conventions: one phenomenon per case, on passages written for
these tests and set one sentence a line with spaces around the marks, as sentence-split
corpora of novels come (the engine reads them as it reads any text)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

import pytest

import quotes
from quotes.records import Quote


@pytest.fixture(scope="module")
def extract() -> Callable[[str], list[Quote]]:
    """The rows of both scopes: these cases test the rules, and a quote no rule finds
    anyone to say is a row of the default scope only (no attribution, so not of `all`)."""
    return partial(quotes.get_engine().extract, scope=None)


class S(NamedTuple):
    """One quote's content, its speaker mention and the family of the rule that found it."""

    quote: str
    mention: str | None
    method: str


def check(text: str, found: list, expected: list[S]) -> None:
    """Each expected quote is found at its offsets, with its speaker mention (offsets too)
    and rule (a prefix of its method); other quotes of the passage are not checked."""
    for want in expected:
        start = text.index(want.quote)
        row = next((q for q in found if q.start == start), None)
        assert row is not None, (want, [(q.text, q.speaker_mention) for q in found])
        assert row.end == start + len(want.quote)
        assert row.speaker_mention == want.mention, (want, row)
        if want.mention is not None:
            assert text[row.speaker_start : row.speaker_end] == want.mention
        assert row.method.startswith(want.method), (want, row.method)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The cue goes on in lowercase after a full stop inside the marks, on its line.
        (
            "The cart stopped at the gate .\n"
            '" The back board has come off , miss . " said the carter .\n',
            [S("The back board has come off , miss .", "the carter", "continued")],
        ),
        # … or at the start of the next line; the name ends at its comma.
        (
            "The cart stopped at the gate .\n"
            '" Then I heard it drop . "\nsaid the girl , in a quiet voice .\n',
            [S("Then I heard it drop .", "the girl", "continued")],
        ),
        # A pronoun before the cue.
        (
            "Her brother looked at the road .\n" '" Do . "\nshe answered .\n',
            [S("Do .", "she", "continued")],
        ),
        # A name with a possessive, after an exclamation.
        ("' Never ! ' cried my aunt .\n", [S("Never !", "my aunt", "continued")]),
        # One of a group.
        (
            "The boys stood by the fire .\n" '" Shall we wait ? "\ncried one of the boys .\n',
            [S("Shall we wait ?", "one of the boys", "continued")],
        ),
        # The name ends where a relative clause about the one named begins.
        (
            "The boys stood by the fire .\n"
            '" You are right , Ned , " replied the man who had fed the horses .\n',
            [S("You are right , Ned ,", "the man", "continued")],
        ),
        # A capital after the mark starts a new sentence: no cue is read there.
        (
            '" We will see , " said Tom Baker . " Maybe . " Said Ali did not answer .\n',
            [S("Maybe .", "Tom Baker", "previous")],
        ),
    ],
)
def test_continued_cue(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb of speaking that fiction uses and news hardly does (`queried`,
        # `drawled`, `interposed`) signs the quote before it.
        (
            "The riders stopped at the ford .\n"
            '" Is the mill far ? " queried the youngest of the riders .\n',
            [S("Is the mill far ?", "the youngest", "near-after")],
        ),
    ],
)
def test_fiction_cues(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quote after narration about someone named by whose they are.
        (
            '" Take him to bed , " said the doctor .\nThe boy was carried out .\n'
            "His mother wept quietly .\n" '" What will become of him ? "\n',
            [S("What will become of him ?", "His mother", "previous-sentence")],
        ),
        # … but not a thing of its own.
        (
            '" Take him to bed , " said the doctor .\nThe boy was carried out .\n'
            "Its door closed softly .\n" '" What will become of him ? "\n',
            [S("What will become of him ?", None, "none")],
        ),
    ],
)
def test_narration_before(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


#: A conversation (six lines that reply to a quote) to make a passage dialogue-dense.
_TALK = (
    '" Is it late ? " asked Anna Berg .\n" Not yet . "\n" Is it cold ? "\n" Not yet . "\n'
    '" Is it dark ? "\n" Not yet . "\n" Then go . "\n" I will . "\n'
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # In dialogue-dense text, a line of narration about a person right after a quote
        # with no other speaker: that person spoke it.
        (
            _TALK + "Rain fell on the roof .\n" '" Morning , Mrs Hale ! "\n'
            "Mr Dunn dropped the parcels on the step .\n",
            [S("Morning , Mrs Hale !", "Dunn", "next-sentence")],
        ),
        # Not in news, where a quote with no cue stays without a speaker.
        (
            "Rain fell on the roof .\n" '" Morning , Mrs Hale ! "\n'
            "Mr Dunn dropped the parcels on the step .\n",
            [S("Morning , Mrs Hale !", None, "none")],
        ),
    ],
)
def test_narration_after(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # In dialogue-dense text every line has a speaker: a quote no other rule names,
        # after narration about no one, is the last speaker's.
        (
            _TALK + '" Is the barn locked ? " asked Ruth Hale .\n'
            "The wind rose and the rain came on .\nIts door banged twice .\n"
            '" Dry wood would help . "\n',
            [S("Dry wood would help .", "Ruth Hale", "last-speaker")],
        ),
        # Not in news, where a quote with no cue and no one in the narration before it
        # stays without a speaker.
        (
            '" Is the barn locked ? " asked Ruth Hale .\n'
            "The wind rose and the rain came on .\nIts door banged twice .\n"
            '" Dry wood would help . "\n',
            [S("Dry wood would help .", None, "none")],
        ),
    ],
)
def test_last_speaker(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # In a running exchange, the cue-less line after a question answers it: it is the
        # speaker's of the line the question replied to, not the asker's.
        (
            _TALK + '" So you stay with us , " said Mira Holt .\n'
            '" Why would I mind that ? " asked Tom Baker .\n" It is a dull town . "\n',
            [S("It is a dull town .", "Mira Holt", "answer-to-question")],
        ),
    ],
)
def test_answer_to_question(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # In dialogue-dense text, a cue-less quote that opens an exchange right after a
        # sentence about a person is that person's, not the one whose turn is counted two
        # lines on.
        (
            _TALK + "Mira Holt frowned at her brother .\n" '" Sit up straight , Tom . "\n'
            '" Why ? "\n" Because she is right , " said Karl Lund .\n',
            [S("Sit up straight , Tom .", "Mira Holt", "previous-sentence")],
        ),
    ],
)
def test_narration_before_turn(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # after-a-beat: one sentence of narration about no one between two quotes, the
        # second going on with the first one's speaker (lines are sentences, not turns).
        (
            '" Is this the ferry office ? "\nI asked .\nA shrug was the reply .\n'
            '" I need a ticket to the island . "\n',
            [S("I need a ticket to the island .", "I", "after-a-beat")],
        ),
        # … not across two sentences of narration (see test_last_speaker).
        # speaking-before: a clause of the narration before says who speaks.
        (
            "She waved as she spoke , from the top of the ladder .\n"
            "Would anyone catch her ?\n' And how foolish they will all think me ! '\n",
            [S("And how foolish they will all think me !", "she", "speaking-before")],
        ),
        # cue-after: a short sentence right after the quote is its cue.
        (
            'Rain fell .\n" Who is at the door ?\nWho is it ? "\nMrs. Dale gasped .\n',
            [S("Who is at the door ?\nWho is it ?", "Dale", "cue-after")],
        ),
        # … not a longer sentence of narration about a thing the speaker does.
        (
            'Rain fell .\n" Who is at the door ? "\n'
            "Mrs. Dale gasped and dropped the heavy tray on the floor .\n",
            [S("Who is at the door ?", None, "none")],
        ),
    ],
)
def test_last_resorts(extract, text: str, expected: list[S]) -> None:
    """A quote no other rule gives a speaker (:mod:`quotes.last_resort`)."""
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A voice is not a speaker: the quote is left to the text around it.
        (
            'Rain fell on the roof .\n" Who is there ? " called a voice from the yard .\n',
            [S("Who is there ?", None, "none")],
        ),
        # … but the one it comes from is.
        (
            '" Only me , " said Tom Baker .\n'
            '" Come in , then , " came the reply from Anna Berg .\n',
            [S("Come in , then ,", "Anna Berg", "dep")],
        ),
    ],
)
def test_speech_sounds(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quote broken off with a dash and another right after it, on the same line:
        # someone cut in, the other one talking.
        (
            '" Is the boat ready ? " asked Anna Berg .\nKarl said , " It is . "\n'
            '" Then we leave at -- " " Not before the rain stops . "\n',
            [
                S("Then we leave at --", "Anna Berg", "previous-turn"),
                S("Not before the rain stops .", "Karl", "dialogue-turn"),
            ],
        ),
    ],
)
def test_cut_in(extract, text: str, expected: list[S]) -> None:
    check(text, extract(text), expected)


#: A conversation set with quotation dashes (eight turns), to make a passage dash-set.
_DASHED = (
    "— Is the ferry in ? Ruth Hale asked .\n— Not yet .\n— And the mail ?\n"
    "— Tomorrow , maybe .\n— Then we wait .\n— We wait .\n— All day ?\n— All day .\n"
    "The gulls circled over the pier .\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # In dialogue set with dashes, a turn is a quote up to the cue that signs it.
        (
            _DASHED + "— The wind is turning , Karl Lund said .\n",
            [S("The wind is turning", "Karl Lund", "dep")],
        ),
        # A speech verb in the future inside the turn signs nothing.
        (
            _DASHED + "— Oh , Karl will explain it .\n",
            [S("Oh , Karl will explain it .", "Ruth Hale", "")],
        ),
        # A turn after a colon, its cue before it.
        (
            _DASHED + "Karl Lund looked at the sky and said : — The wind is turning .\n",
            [S("The wind is turning .", "Karl Lund", "")],
        ),
        # The lines after a turn that go on in the speaker's words are the turn's too, up
        # to the first line of narration in the past tense.
        (
            _DASHED + "— The wind is turning , Karl Lund said quietly .\n"
            "We should have left at noon .\nHe walked back to the shed .\n",
            [S("We should have left at noon .", "Karl Lund", "")],
        ),
    ],
)
def test_dash_turns(extract, text: str, expected: list[S]) -> None:
    found = extract(text)
    check(text, found, expected)
    for want in expected:
        row = next(q for q in found if q.start == text.index(want.quote))
        assert (row.type, row.attribution) == ("direct", True), row
    narration = text.index("He walked") if "He walked" in text else len(text)
    assert all(q.end <= narration for q in found)

