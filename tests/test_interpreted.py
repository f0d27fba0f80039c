"""An interpreter or a translator who passes on what someone said is never the speaker
(:mod:`quotes.interpreted`): the row is the one interpreted's.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, content, mention, speaker, cue",
    [
        # the one who spoke through an interpreter in the sentence before
        ("The fisheries minister, Tuvshin Erdenebat, took questions through an interpreter. "
         "The interpreter relayed that the quota talks had stalled.",
         "the quota talks had stalled", "The fisheries minister", "Tuvshin Erdenebat", "relayed"),
        # the interpreter's owner
        ("Asked about the quota, Mr Erdenebat paused. His interpreter relayed that the "
         "minister would not give ground.",
         "the minister would not give ground", "His", "Erdenebat", "relayed"),
        # no one named with the interpreter: the speaker of the row before
        ('"We fished these waters first," Erdenebat said in Mongolian. The translator added '
         "that the fleet would stay in port until Friday.",
         "the fleet would stay in port until Friday", "Erdenebat", "Erdenebat", "added"),
    ],
)
def test_an_interpreters_row_is_the_one_interpreted(
    text: str, content: str, mention: str, speaker: str, cue: str
) -> None:
    rows = [q for q in quotes.extract(text) if q.text == content]
    assert [(q.type, q.speaker_mention, q.speaker, q.cue) for q in rows] == [
        ("indirect", mention, speaker, cue)
    ]
    assert rows[0].method.startswith("interpreted:")


@pytest.mark.parametrize(
    "text, content, mention, speaker, cue",
    [
        ("Council officers relayed that the bridge would reopen on Monday.",
         "the bridge would reopen on Monday", "Council officers", "Council officers", "relayed"),
        # a translator the text names beside the noun speaks for themself (rule
        # named-translator)
        ("His translator, Dita Mesic, told us the second edition took a year.",
         "the second edition took a year", "His translator", "Dita Mesic", "told"),
    ],
)
def test_someone_who_relays_words_of_their_own_is_the_speaker(
    text: str, content: str, mention: str, speaker: str, cue: str
) -> None:
    rows = quotes.extract(text)
    assert [(q.text, q.speaker_mention, q.speaker, q.cue, q.method) for q in rows] == [
        (content, mention, speaker, cue, "reported:subject")
    ]
