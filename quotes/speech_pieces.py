"""A transcript line's words cut at the transcriber's stage notes inside it.

A line of a record or a transcript holds the speaker's words and the transcriber's notes
between them (`I'm not surprised. (Laughter.) Nobody is.`); a note that marks words lost
inside a sentence (`two [inaudible] sites`) stays in the speech, and a dash at a turn's
edge (`If you had read page ten —`) marks an interruption, not words. Used by
:mod:`quotes.transcripts` for each labelled line and by the readers of other pages that
print speech with such notes.
"""

from __future__ import annotations

import re

from quotes.language import word_list

#: A stage note in brackets: one in ordinary case that opens with a capital and ends
#: with a full stop (`(Laughter.)`, `[Phone rings.]`), or one in capitals
#: (`(APPLAUSE)`, `[CROSSTALK]`, checked against :data:`_STAGE_WORDS` in code).
_NOTE = re.compile(r"\((?P<round>[^()\n]{1,60})\)|\[(?P<square>[^\[\]\n]{1,60})\]")
#: First words of a stage note in capitals (`(APPLAUSE)`).
_STAGE_WORDS = word_list("stage-notes")
#: First words of a note in sentence case of what the speaker does (`[Shows a slide]`).
_STAGE_VERBS = word_list("stage-verbs")
#: Words of a note that says the speech is given in translation (`[In Inuktitut,
#: interpreted]`).
_TRANSLATION_WORDS = word_list("translation-notes")
#: First words of a note that marks words lost from the speech (`[inaudible]`).
_SPEECH_GAPS = word_list("speech-gaps")


def speech_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line's words cut at the stage notes inside it: `I'm not surprised. (Laughter.)
    Nobody is.` is two pieces of speech, but not at a note of words lost inside a
    sentence (:func:`_gap_in_sentence`); a line that is only a note gives none, and a
    note that opens the line is left out (:func:`_opening_note`)."""
    notes = [
        (note.start(), note.end())
        for note in _NOTE.finditer(text, start, end)
        if (_stage_note(note) or _opening_note(text, start, note))
        and not _gap_in_sentence(text, note)
    ]
    notes += _record_interjections(text, start, end)
    pieces = []
    at = start
    for note_start, note_end in sorted(notes):
        if note_start >= at:
            pieces.append((at, note_start))
            at = note_end
    pieces.append((at, end))
    out = []
    for a, b in pieces:
        chunk = text[a:b]
        a, b = a + len(chunk) - len(chunk.lstrip()), b - len(chunk) + len(chunk.rstrip())
        a, b = _without_breaks(text, a, b)
        if a < b:
            out.append((a, b))
    return out


#: A parliamentary record's note without brackets after a sentence's end: one to four
#: words that open with a capital, the note's verb and a dash (`So fewer than half.
#: Honourable senators interjecting— I am asking …`); the verb is checked against
#: record-interjections.txt in code.
_RECORD_NOTE = re.compile(
    r"(?<=[.!?])\s+(?P<note>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?P<verb>[a-z]+)\s*[—–])"
)
#: The verbs of such notes (`interjecting`).
_RECORD_VERBS = word_list("record-interjections")


def _record_interjections(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rule record-interjection: the notes a parliamentary record sets without brackets
    in a turn where members called out and their words were left out (`Honourable
    senators interjecting—`, `Senator Ruiz interjecting—`), each the record's and not the
    speaker's, so a cut between two pieces of speech."""
    # `Senator RUIZ: So fewer than half. Honourable senators interjecting— I am asking …`
    return [
        (m.start("note"), m.end("note"))
        for m in _RECORD_NOTE.finditer(text, start, end)
        if m.group("verb") in _RECORD_VERBS
    ]


#: A dash set off by a space at the edge of a turn: the speaker broken off or taking up
#: where they were broken off (`If you had read page ten —` … `— and I would cut it`).
_BREAK_START = re.compile(r"[—–-]+\s+")
_BREAK_END = re.compile(r"\s+[—–-]+$")


#: Fewest words of a note that opens a turn (`(a)` numbers a point of the speech).
_OPENING_NOTE_WORDS = 2


def _opening_note(text: str, start: int, note: re.Match[str]) -> bool:
    """Rule opening-note: a note in round brackets that opens the line, of two words or
    more, before a sentence that opens with a capital, is the transcriber's account of
    how the words came, not the speaker's: `(After checking his notes) The order went
    out on May 3.`, `(in Spanish, through an interpreter) It is sore.` A speaker opens no
    turn with a bracket; an editor's square brackets (`[The council] has …`) and a
    point's number (`(a) The fee …`) stay in the speech."""
    # Shape: `LABEL: (<two words or more>) <Capital> …`
    inside = note.group("round") or ""
    after = text[note.end() :].lstrip()
    return (
        not text[start : note.start()].strip()
        and len(inside.split()) >= _OPENING_NOTE_WORDS
        and inside[:1].isalpha()
        and after[:1].isupper()
    )


def _without_breaks(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn's words without the dash of an interruption at either edge, which marks
    where the speaker was cut off or went on, not what they said."""
    opened = _BREAK_START.match(text, start, end)
    if opened is not None:
        start = opened.end()
    closed = _BREAK_END.search(text, start, end)
    if closed is not None:
        end = closed.start()
    return start, end


def _gap_in_sentence(text: str, note: re.Match[str]) -> bool:
    """Rule speech-gap: whether a note marks words lost inside a sentence the speaker goes
    on with (its first word one of :data:`_SPEECH_GAPS`, a word with no full stop before
    it and one in lower case after it): `two [Inaudible.] sites`, `has to [crosstalk] pay
    for it` are one piece of speech; between two sentences (`We won. [CROSSTALK] Let me
    finish.`) the note cuts the line as any stage note does."""
    first = (note.group("round") or note.group("square") or "").split()[:1]
    if not first or first[0].lower().strip(".") not in _SPEECH_GAPS:
        return False
    before = text[: note.start()].rstrip()
    after = text[note.end() :].lstrip()
    return bool(before) and before[-1].isalnum() and after[:1].islower()


def transcriber_note(words: str) -> bool:
    """Whether the words of a note in brackets open as a transcriber's stage note or a
    gap in the speech (`Laughter`, `CROSSTALK`, `Inaudible`), not as a name."""
    split = words.split()
    first = split[0].lower().strip(".") if split else ""
    return first in _STAGE_WORDS or first in _SPEECH_GAPS


def _stage_note(note: re.Match[str]) -> bool:
    """Whether a bracketed note is the transcriber's: `(Laughter.)`, `[Dog barks.]`,
    `(APPLAUSE)`, `[laughs]`, `[Laughs]`, `[Shows a slide]`, `[In Inuktitut,
    interpreted]`; not a gap in the speech
    (`[inaudible]`, `[name redacted]`, `[Inaudible]`)."""
    inside = (note.group("round") or note.group("square") or "").strip()
    words = inside.split()
    if not words:
        return False
    if inside[:1].isupper() and words[0].lower() in _STAGE_VERBS:
        return True  # `[Shows a slide]`: what the speaker does
    if any(word.lower().strip(".,") in _TRANSLATION_WORDS for word in words):
        return True  # `[In Inuktitut, interpreted]`
    listed = words[0].lower().strip(".") in _STAGE_WORDS
    if inside.isupper() or inside.islower():
        return listed
    return (listed and inside.istitle()) or (inside[:1].isupper() and inside.endswith("."))


def in_stage_paragraph(text: str, start: int, end: int) -> bool:
    """Rule stage-paragraph: whether the words at `start`-`end` stand in a paragraph that
    is all one note in brackets (`[Voices from the floor: "Shame!"]`, `(Cries of "Out!")`):
    the transcriber's account of the room, whose quotes are no turn of the last speaker."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return (
        len(line) > 2
        and (line[0], line[-1]) in (("[", "]"), ("(", ")"))
        and line[-1] not in line[1:-1]
    )

