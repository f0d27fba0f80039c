"""Rules interpreter-relay-turn and interpreter-own-turn: the lines of a transcript under
an interpreter's label (`INTERPRETER:`) that pass on an interviewee's answer in the third
person (`INTERPRETER: He says the road is closed for four months.`) are the
interviewee's reported speech, not the interpreter's words nor a direct quote: the
line is no turn, and the reported-speech rules read its `He says …` as they read any
(an indirect row of `He`, cue `says`). An interpreter who passes on answers so speaks
in her own person on her other lines (`INTERPRETER: There is no word for it in
Bartangi.`): those stay her own rows, the label her mention, and are not moved to the
one interpreted (:mod:`quotes.interpreted`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.found import Found
from quotes.interpreted import interpreter
from quotes.language import word_list

#: Third-person pronouns that open an interpreter's relay of an answer (`He says …`).
_RELAY_PRONOUNS = word_list("relay-pronouns")
#: Tags of a verb in the present, as a relay's `says` is.
_PRESENT = ("VBZ", "VBP")
#: The transcript rule's method: a line under a speaker's label.
_TURN = "transcript"


def _relays(doc: Doc, turn: Found) -> bool:
    """Whether every sentence of a turn opens with a third-person pronoun whose verb is a
    `say` in the present (`He says …`, `She says that …`); the label before the
    turn, in its first sentence, is no part of it."""
    sentences = {t.sent for t in doc.char_span(turn.start, turn.end, alignment_mode="expand")}
    for sentence in sentences:
        words = [
            t
            for t in sentence
            if turn.start <= t.idx < turn.end and not t.is_punct and not t.is_space
        ]
        if len(words) < 3 or words[0].lower_ not in _RELAY_PRONOUNS:
            return False
        verb = words[1]
        if words[0].head.i != verb.i or verb.lemma_ != "say" or verb.tag_ not in _PRESENT:
            return False
    return True


def interpreter_turns(doc: Doc, turns: list[Found]) -> tuple[list[Found], set[int]]:
    """The turns without an interpreter's relays of an answer (:func:`_relays`), and the
    starts of the interpreter's other turns, her own words, when she relays on some
    line: rows the interpreted-speaker rule leaves to her."""
    relaying = [
        t for t in turns if t.method == _TURN and interpreter(t.speaker) and _relays(doc, t)
    ]
    if not relaying:
        return turns, set()
    dropped = {id(t) for t in relaying}
    own = {
        t.start
        for t in turns
        if t.method == _TURN and interpreter(t.speaker) and id(t) not in dropped
    }
    return [t for t in turns if id(t) not in dropped], own
