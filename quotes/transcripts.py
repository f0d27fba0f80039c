"""Interview transcripts: lines that open with the speaker's label and a colon.

A transcript gives each turn on its own line: `Q: …` / `A: …` for the interviewer and
the one interviewed, or the speaker's surname in capitals (`NAYAR: …`). Each line is
that person's verbatim words, so a direct quotation, though it has no quote marks. The
introduction says who asks and who answers (`The Courier's correspondent, Fiona
MacLeod, spoke to Oluwaseun Adebayo-Clarke`); a surname label is resolved like any
other mention of a name, a record's label by the introduction
(:mod:`quotes.label_names`, a step of the speaker resolution).

Records and released recordings write their labels in more ways, each read by a rule
here: a courtesy title or article before the capitals (`Mr T R MOLEFE:`, `The
CHAIRPERSON:`), an office or role for a label (`The DEPUTY MINISTER:`, `DISPATCHER:`), a
time stamp before the label (`[02:14] DISPATCHER:`), a turn that runs over several
paragraphs under one label, a stage note that splits a line (`(Applause.)`), a chorus
that is no one's statement (`Hon MEMBERS: Hear, hear!`), and `Q:` lines whose asker the
introduction gives only as a kind of person (`Q denotes a question from the press`).

A prose story may also set out an exchange from a record after a colon, its labels in
ordinary case (`Chair: … ¶ Professor Oberholzer: No.`): two labels taking turns make one
(:func:`quotes.exchanges.exchange_lines`).

Not every label in capitals is a speaker's: a roundup's section label or a dateline
(`MAREVA: Prime Minister … told parliament that …`, `KESARPUR: The second phase …,
officials said on Friday`) names where a paragraph comes from, and the paragraph's prose
gives its own source (:func:`quotes.label_speakers.section_label`).

This module finds the labelled lines and cuts them into turns (the notes after a
label in :mod:`quotes.label_notes`, the paragraphs a turn runs on over in
:mod:`quotes.turn_paragraphs`); which labels are speakers is
:mod:`quotes.label_speakers`, who asks and who answers in an interview
:mod:`quotes.interview_roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from quotes.dash_lines import dash_lines
from quotes.exchanges import exchange_lines
from quotes.label_notes import advert_note, asker_in_note, holder_in_note, sender_in_note
from quotes.language import word_list
from quotes.name_lines import name_lines
from quotes.speech_pieces import speech_pieces
from quotes.turn_paragraphs import asks_unlabelled, continued, narration_between

if TYPE_CHECKING:
    from quotes.label_speakers import LabelPeople


#: `Q: …`, `A: …`, `NAYAR: …`, `VAN DER BERG: …`, `The SPEAKER: …` at the start of a
#: line: the label and the words after it to the end of the line (the label's form is
#: checked in code, so any alphabet's capitals count). A time stamp may stand before
#: the label (`[02:14] DISPATCHER: …`, `14:02 HOST: …`, `[07.31] MASTER: …`, a radio
#: log's four figures `0441 MARIE ANGE: …`), and so may
#: the number a select committee's transcript gives each question (`Q112 Chair: …`). A note
#: in brackets may follow the label and is not part of it: a caller's town or a role
#: (`JOAN (PENRITH): …`, `OKAFOR (Chair): …`), a voice-over or a translation (`LUND
#: (V.O.): …`, `SAID [translated]: …`); so may a role after a comma, as an audio guide's
#: script gives each voice (`DR ANA RUIZ, CURATOR: …`; group `role`, in capitals:
#: :func:`_role_form`), or a role and the body it is held in, as a news transcript names
#: a soundbite's speaker (`ANA RUIZ, CHIEF EXECUTIVE, HARBOUR TRUST: …`), and a note
#: after the role (`TOMAS VIDAL, FERRYMAN (RECORDED
#: 1961): …`, group `role_note`).
_LINE = re.compile(
    r"^[ \t]*(?:(?:[\[(]?\d{1,2}(?:[:.]\d{2}){1,2}[\])]?|\d{4})[ \t]+)?"
    r"(?:Q\d{1,4}[ \t]+)?"
    r"(?P<label>[^\W\d_][\w'’.\- ]{0,40}?)"
    r"(?:[ \t]*(?P<note>\([^()\n]{1,80}\)|\[[^\[\]\n]{1,40}\]))?"
    r"(?:,[ \t]*(?P<role>[^\W\d_][\w'’.\- ]{0,60}?(?:,[ \t]*[^\W\d_][\w'’.\- ]{0,60}?)?))?"
    r"(?:[ \t]*(?P<role_note>\([^()\n]{1,40}\)))?"
    r"[ \t]*:[ \t]*(?P<content>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: A deposition's turns as court transcripts print them, a letter and a full stop:
#: `Q. Did you read the report?` ¶ `A. I read the summary.` (read as `Q:` and `A:` lines
#: when the text has both).
_DEPOSITION_LINE = re.compile(
    r"^[ \t]*(?P<label>[QA])\.[ \t]+(?P<content>\S[^\n]*?)[ \t]*$", re.MULTILINE
)
#: A document is read as a transcript when at least this many lines have labels.
_MIN_TURNS = 2
#: Words in ordinary case that may open a label in capitals (`The SPEAKER`, `Mr K
#: DLAMINI`).
LABEL_OPENERS = word_list("label-openers") | word_list("honorifics")
#: Role words a transcript numbers to tell voices of one kind apart (`HOST 1`, `SPEAKER 2`).
_NUMBERED_VOICES = word_list("numbered-voices")
#: Most figures of the number after such a role word.
_VOICE_NUMBER_DIGITS = 2


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    """One turn: its content offsets, its label, ``Q``/``A``/None (a name label),
    whether it is a line of an exchange in ordinary case (:func:`exchange_lines`), whose
    labels are speakers' by the test that found it, whether its label gives a role
    after a comma (`DR ANA RUIZ, CURATOR:`), whether a note in brackets follows the
    label (`JOAN (PENRITH):`) and whether that note marks an advertiser's copy read out
    (:func:`~quotes.label_notes.advert_note`), whether the label is the sender a
    message's note names (:func:`~quotes.label_notes.sender_in_note`), and the
    questioner a `Q` line names in the note after it
    (:func:`~quotes.label_notes.asker_in_note`)."""

    start: int
    end: int
    label: Span
    turn: str | None
    exchange: bool = False
    role: bool = False
    note: bool = False
    advert: bool = False
    sender: bool = False
    asker: Span | None = None


def transcript_lines(
    doc: Doc, people: LabelPeople, text: str | None = None
) -> list[TranscriptLine]:
    """The labelled lines of a transcript, in text order; none unless the text has at
    least two, so a lone headline (`NATO: …`) is not taken for a transcript. A line is
    cut at each stage note in it (:func:`speech_pieces`), and the paragraphs after a line
    that carry no label of their own are more of the same turn
    (:func:`~quotes.turn_paragraphs.continued`). `text` is the text `doc` was made from,
    when the caller has it (spaCy joins `doc.text` anew from every token on each call);
    `people` are the document's, whom labels in ordinary case must name
    (:func:`exchange_lines`)."""
    text = doc.text if text is None else text
    labelled = []
    matches = [match for match in _LINE.finditer(text) if _role_form(match)]
    exchange = exchange_lines(text, matches, people.names)
    named = {line.match.start(): line for line in name_lines(text, people.names)}
    dashed = {line.match.start(): line for line in dash_lines(text, people.names)}
    laid_out = named | dashed
    matches = sorted(
        matches + _deposition_turns(text) + [line.match for line in laid_out.values()],
        key=lambda match: match.start(),
    )
    holders: dict[str, Span] = {}
    for match in matches:
        if match.start() in laid_out:
            line = laid_out[match.start()]
            if match.start() in dashed and dashed[match.start()].chair:
                # `President. – The debate is closed.`: the chair's, ends the speech before
                labelled.append((match, None, False))
                continue
            label = doc.char_span(line.start, line.end, alignment_mode="expand")
            if label is not None:
                labelled.append((match, label, False))
            continue
        if not (_label_form(match.group("label")) or match.start() in exchange):
            continue
        sender = sender_in_note(doc, match)
        holder = holder_in_note(doc, match, holders)
        label = sender or holder or doc.char_span(
            match.start("label"), match.end("label"), alignment_mode="expand"
        )
        if label is not None:
            labelled.append((match, label, sender is not None))
    if len(labelled) < _MIN_TURNS:
        return []
    questions = asks_unlabelled(text, labelled[0][0].start())
    lines = []
    for k, (match, label, sender) in enumerate(labelled):
        if label is None:
            continue
        turn = match.group("label") if match.group("label") in ("Q", "A") else None
        following = labelled[k + 1][0].start() if k + 1 < len(labelled) else None
        asker = asker_in_note(doc, match) if turn == "Q" else None
        spans = [(match.start("content"), match.end("content"))]
        spans += [
            (start, end)
            for start, end in continued(text, match.end(), following, questions)
            if not narration_between(doc, start, end)
        ]
        for start, end in spans:
            for piece_start, piece_end in speech_pieces(text, start, end):
                lines.append(
                    TranscriptLine(
                        piece_start,
                        piece_end,
                        label,
                        turn,
                        match.start() in exchange or match.start() in laid_out,
                        match.start() not in dashed and match.groupdict().get("role") is not None,
                        match.start() not in laid_out
                        and (
                            match.groupdict().get("note") is not None
                            or match.groupdict().get("role_note") is not None
                        ),
                        advert_note(match.groupdict().get("note")),
                        sender,
                        asker,
                    )
                )
    return lines


def _deposition_turns(text: str) -> list[re.Match[str]]:
    """The `Q.` and `A.` lines of a deposition's excerpt, when the text has lines of
    both (not a lone `A. Smith wrote …`)."""
    if "Q. " not in text or "A. " not in text:
        return []
    turns = list(_DEPOSITION_LINE.finditer(text))
    return turns if {m.group("label") for m in turns} == {"Q", "A"} else []


def _label_form(text: str) -> bool:
    """Whether the words before a colon have a label's form: `Q` or `A`, a name or
    office in capitals (`NAYAR`, `MR. PATEL`, `CALL HANDLER`), or such capitals after
    an article or a courtesy title in ordinary case (`The SPEAKER`, `Mr K J DLAMINI`,
    `Hon MEMBERS`); never with a digit (`END 2:41 P.M.` is a time) but a numbered
    voice's (:func:`numbered_voice`)."""
    if text in ("Q", "A"):
        return True
    if any(c.isdigit() for c in text):
        return numbered_voice(text)
    first, _, rest = text.partition(" ")
    if first.lower().rstrip(".") in LABEL_OPENERS and rest.isupper():
        return True
    return len(text) > 1 and text.isupper()


def numbered_voice(text: str) -> bool:
    """Rule numbered-voice-label: whether a label is a role word in capitals and a number
    of one or two figures (:data:`_NUMBERED_VOICES`), as a podcast's transcript tells its
    two hosts apart (`HOST 1: On Tuesday I paid 620.` ¶ `HOST 2: And the trays are
    smaller.`); the introduction names each (:mod:`quotes.label_names`). Another word
    before a number stays no label (`END 2: …`, `ROUND 3: …`)."""
    # `HOST 2: Then give us a date.`
    words = text.split()
    return (
        len(words) == 2  # a role word and its number
        and words[0].isupper()
        and words[0].lower() in _NUMBERED_VOICES
        and words[1].isdigit()
        and len(words[1]) <= _VOICE_NUMBER_DIGITS
    )


def _role_form(match: re.Match[str]) -> bool:
    """Rule comma-role-label: whether the role after a label's comma has a label's form,
    capitals as the label's own (`DR ANA RUIZ, CURATOR: When the crates were opened …`,
    an audio guide's script naming each voice and what she is); a line of prose with a
    comma before its colon (`Mayor Ana Ruiz, speaking on Friday: …`) is no label's. A
    script that gives a voice's source after the name, with a note on how it is voiced
    (`CAPTAIN IKER SOLA, FROM HIS DIARY OF 1902 (READ BY AN ACTOR): …`), may date the
    source; with no such note a number makes no role (`LISBON, MAY 4: …`)."""
    # `TOMAS VIDAL, HARBOUR MASTER: We closed the lock at six.`
    role = match.group("role")
    if role is None:
        # `Ana Ruiz (Ross and Cromarty) (SNP): …`: a member's seat and party, two notes
        return match.group("role_note") is None or match.group("note") is not None
    return role.isupper() and (
        match.group("role_note") is not None or not any(c.isdigit() for c in role)
    )
