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


#: A radio transcript whose interpreter passes on a guest's answers in the third person.
RELAYED_TRANSCRIPT = """\
This is an edited transcript of Sunday's Morning Line. The presenter, Anna Petrova, spoke \
to the shepherd Davron Rahimov, who spoke in Yaghnobi through the interpreter Malika Nazarova.

PETROVA: Mr Rahimov, how many sheep did you lose?

INTERPRETER: He says they lost 40 sheep in the first night.

PETROVA: Did the district send help?

INTERPRETER: He says a truck came after four days.

INTERPRETER: There is no word for truck in Yaghnobi, so he used the Russian one.
"""


@pytest.mark.parametrize(
    "content, kind, mention, speaker, cue",
    [
        # rule interpreter-relay-turn: `He says …` under the interpreter's label is the
        # guest's reported speech
        ("they lost 40 sheep in the first night", "indirect", "He", "Davron Rahimov", "says"),
        ("a truck came after four days", "indirect", "He", "Davron Rahimov", "says"),
        # rule interpreter-own-turn: her other line is her own
        ("There is no word for truck in Yaghnobi, so he used the Russian one.", "direct",
         "INTERPRETER", "Malika Nazarova", "INTERPRETER"),
    ],
)
def test_an_interpreter_who_relays_in_the_third_person(
    content: str, kind: str, mention: str, speaker: str, cue: str
) -> None:
    rows = [q for q in quotes.extract(RELAYED_TRANSCRIPT) if q.text == content]
    assert [(q.type, q.speaker_mention, q.speaker, q.cue) for q in rows] == [
        (kind, mention, speaker, cue)
    ]
