"""A record's labels are looked up in the text before them only where it gives a clue.

Each mention of a label in capitals (`ROSA MOREAU:`) was looked up in all the text before
it (:class:`quotes.label_names.LabelNames`, its patterns run over that text anew): a
record of thousands of labelled lines cost the square of its length. The text is now read
once per label for the first place one of the look-ups could read a name
(:func:`quotes.label_clues.first_clue`); a mention before it is no name, with no look-up.
"""

from __future__ import annotations

from types import ModuleType

import pytest

import quotes
from quotes import label_holders, label_names, name_mentions
from quotes.label_clues import _SETTLED, clue_ends, first_clue, settled_end, surname_clue
from quotes.label_names import LabelNames, _named_with, label_words

#: A label, a text, and where the text first gives a clue to the label's words.
CLUES = [
    # its words written as a name, in ordinary case
    ("TOMAS BERG", "The count began at six. Tomas Berg ran the range.", 24),
    # a given name before a surname label
    ("MR BERG", "The count began at six.\nMR BERG: Go.\nAt noon Tomas Berg left.", 51),
    # the first half of a double surname before the hyphen
    ("OKAFOR", "Later Benedict Okafor-Lund spoke.", 15),
    # an office and a comma before its holder's name
    ("The MINISTER", "We met the Minister, Ana Ruiz, at noon.", 11),
    # an office as a title right before the name
    ("RANGE OFFICER", "RANGE OFFICER: Go.\nThe range officer Tomas Berg waved.", 23),
    # the act a role's word is made from, done by someone
    ("CALLER", "CALLER: Hello?\nThe call was made by Ana Ruiz from the pier.", 19),
    # the act before a clue to the role's word
    ("CALLER", "A call was made by Ana Ruiz.\nThe operator asked the (CALLER) to wait.", 2),
    # a description the text gives as the label
    ("OOW", "OOW: Hard to port.\nThe officer of the watch appears as\nOOW below.", 55),
    # a label's words before a comma and no name after it
    ("ROSA MOREAU", "ROSA MOREAU, thank you.\nROSA MOREAU, Ivo Lund and I agree.", 24),
    # a labelled line that greets someone after a comma (rule label-not-introduction)
    ("ROSA MOREAU", "ROSA MOREAU: Yes, Tom Berg, it is late.\nIVO LUND: No.", None),
    # only labels opening lines: no clue anywhere
    ("ROSA MOREAU", "ROSA MOREAU: The ferry is late.\nIVO LUND: Again.\nROSA MOREAU: Yes.", None),
]


def counted_look_ups(monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> list[int]:
    """The length of introduction each label look-up that `module` makes reads, in the
    order made: its :class:`LabelNames` replaced by one that counts."""
    read: list[int] = []

    class Counted(LabelNames):
        def _look_up(self, words: list[str], initial: str | None) -> str | None:
            read.append(len(self.introduction))
            return super()._look_up(words, initial)

    monkeypatch.setattr(module, "LabelNames", Counted)
    return read


@pytest.mark.parametrize(("label", "text", "expected"), CLUES)
def test_the_first_clue_is_where_a_look_up_first_reads_a_name(
    label: str, text: str, expected: int | None
) -> None:
    assert first_clue(text, label_words(label)[1]) == expected
    # no introduction that ends at or before the clue names anyone; the one just past
    # where a name can be read does, so the clue is not late
    names = [LabelNames(text[:end]).name(label) for end in range(len(text) + 1)]
    clue = len(text) + 1 if expected is None else expected
    assert not any(names[: clue + 1])
    assert (expected is None) == (names[-1] is None)


def test_a_record_of_labelled_lines_is_not_read_again_for_each_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = counted_look_ups(monkeypatch, label_holders)
    voices = ["ROSA MOREAU", "IVO LUND", "KEMI ACHEBE"]
    lines = [f"{voices[k % 3]}: The ferry to the island is late again." for k in range(120)]
    found = quotes.extract("\n".join(lines), scope="all")
    assert [(q.speaker, q.method) for q in found[:2]] == [
        ("Rosa Moreau", "unmarked:transcript"), ("Ivo Lund", "unmarked:transcript")
    ]
    assert len(found) == 120
    # each line's label was looked up in all the lines before it: 7,260 lines read here
    assert read == []


#: Words, a text, and where the text first writes them as a surname after a given name.
SURNAME_CLUES = [
    # after a given name
    (("LUND",), "The pier opened.\nMR LUND: Yes.\nThen Ivo Lund spoke.", 40),
    # after the first half of a double surname
    (("LUND",), "Later Kemi Achebe-Lund spoke.", 18),
    # after a title, an article or a possessive only: none
    (("Chief", "Executive"), "The Chief Executive, Hon. Gifty Sarfo, spoke. Reuters' Chief "
     "Executive.", None),
]


@pytest.mark.parametrize(("words", "text", "expected"), SURNAME_CLUES)
def test_the_surname_clue_is_where_a_name_ending_in_the_words_can_first_be_read(
    words: tuple[str, ...], text: str, expected: int | None
) -> None:
    assert surname_clue(text, words) == expected
    found = [_named_with(text[:end], list(words)) for end in range(len(text) + 1)]
    clue = len(text) + 1 if expected is None else expected
    assert not any(found[: clue + 1])
    assert (expected is None) == (not found[-1])


def test_an_office_s_acronym_said_again_and_again_is_not_read_for_a_surname_each_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[int] = []

    def counted(intro: str, surname: list[str]) -> set[str]:
        read.append(len(intro))
        return _named_with(intro, surname)

    monkeypatch.setattr(label_names, "_named_with", counted)
    text = "The Harbour Chief Executive, Hon. Mira Dubois, opened the new quay. " + " ".join(
        "The HCE said the tide was high." for _ in range(60)
    )
    found = quotes.extract(text)
    assert len(found) == 60
    assert {(q.speaker, q.speaker_mention) for q in found} == {("Mira Dubois", "The HCE")}
    # each mention read all the text before it for a name ending in the office's words
    assert read == []


def test_a_label_that_greets_someone_after_a_comma_names_no_holder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # rule label-not-introduction: `ROSA MOREAU: Yes, Tom Berg, …` is a labelled line,
    # no introduction of the office `ROSA MOREAU` with its holder after the comma
    read = counted_look_ups(monkeypatch, label_holders)
    voices = ["ROSA MOREAU", "IVO LUND"]
    lines = [f"{voices[k % 2]}: Yes, Tom Berg, the ferry was late again." for k in range(40)]
    found = quotes.extract("\n".join(lines), scope="all")
    assert len(found) == 40
    assert {q.speaker for q in found} == {"Rosa Moreau", "Ivo Lund"}  # was `Tom Berg`
    # and each line was looked up in all the lines before it
    assert read == []


def test_an_office_s_acronym_said_again_and_again_is_looked_up_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = counted_look_ups(monkeypatch, name_mentions)
    text = "The Harbour Chief Executive, Hon. Mira Dubois, opened the new quay. " + " ".join(
        "The HCE said the tide was high." for _ in range(60)
    )
    found = quotes.extract(text)
    assert {(q.speaker, q.speaker_mention) for q in found} == {("Mira Dubois", "The HCE")}
    # the office's patterns read all the text before each of the 60 mentions; now no
    # further than a little past the office's words
    assert len(text) > 1800
    assert max(read) == len("The Harbour Chief Executive") + _SETTLED


def test_a_log_s_labels_are_checked_against_the_lines_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked: list[str] = []

    def counted(text: str, name: str) -> bool:
        checked.append(name)
        return label_names.labels_a_line(text, name)

    monkeypatch.setattr(label_holders, "labels_a_line", counted)
    text = "The count was run from the pad; the range officer was Tomas Berg.\n" + "\n".join(
        f"RANGE OFFICER: Go for stage {k}.\nFLIGHT: Copy, stage {k}." for k in range(30)
    )
    found = quotes.extract(text, scope="all")
    assert [q.speaker for q in found[:3]] == ["Tomas Berg", "FLIGHT", "Tomas Berg"]
    # each of the 30 lines read the whole log for a line labelled `TOMAS BERG`
    assert checked == ["Tomas Berg"]


#: A label and a text whose clue is far from the lines after it.
SETTLED = [
    ("The MINISTER", "We met the Minister, Ana Ruiz, at noon. " + "The tide rose. " * 80),
    ("RANGE OFFICER", "The range officer was Tomas Berg. " + "RANGE OFFICER: Go. " * 60
     + "The range officer was Ivo Lund. " + "RANGE OFFICER: Hold. " * 60),
    ("CALLER", "The call was made by Ana Ruiz. " + "CALLER: Hello? " * 90),
]


@pytest.mark.parametrize(("label", "text"), SETTLED)
def test_an_introduction_names_as_the_text_to_a_little_past_its_last_clue(
    label: str, text: str
) -> None:
    ends = clue_ends(text, label_words(label)[1])
    assert len(ends) < 3  # a labelled line is no clue
    names = {}
    for end in range(0, len(text) + 1, 7):
        settled = settled_end(ends, end)
        assert settled <= end
        names[end] = LabelNames(text[:end]).name(label)
        assert LabelNames(text[:settled]).name(label) == names[end]
    assert len(set(names.values())) > 1
