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

This module finds the labelled lines and cuts them into turns; which labels are
speakers is :mod:`quotes.label_speakers`, who asks and who answers in an interview
:mod:`quotes.interview_roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from quotes.dash_lines import dash_lines
from quotes.exchanges import exchange_lines, is_chorus
from quotes.language import table, word_list
from quotes.name_lines import name_form, name_lines
from quotes.name_spans import name_tokens
from quotes.role_words import is_office
from quotes.speech_pieces import speech_pieces, transcriber_note

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
#: :func:`_role_form`), and a note after the role (`TOMAS VIDAL, FERRYMAN (RECORDED
#: 1961): …`, group `role_note`).
_LINE = re.compile(
    r"^[ \t]*(?:(?:[\[(]?\d{1,2}(?:[:.]\d{2}){1,2}[\])]?|\d{4})[ \t]+)?"
    r"(?:Q\d{1,4}[ \t]+)?"
    r"(?P<label>[^\W\d_][\w'’.\- ]{0,40}?)"
    r"(?:[ \t]*(?P<note>\([^()\n]{1,80}\)|\[[^\[\]\n]{1,40}\]))?"
    r"(?:,[ \t]*(?P<role>[^\W\d_][\w'’.\- ]{0,60}?))?"
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


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    """One turn: its content offsets, its label, ``Q``/``A``/None (a name label),
    whether it is a line of an exchange in ordinary case (:func:`exchange_lines`), whose
    labels are speakers' by the test that found it, whether its label gives a role
    after a comma (`DR ANA RUIZ, CURATOR:`), whether a note in brackets follows the
    label (`JOAN (PENRITH):`) and whether that note marks an advertiser's copy read out
    (:func:`advert_note`), whether the label is the sender a message's note names
    (:func:`_sender_in_note`), and the questioner a `Q` line names in the note after it
    (:func:`_asker_in_note`)."""

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
    cut at each stage note in it (:func:`speech_pieces`), and the paragraphs after a line that
    carry no label of their own are more of the same turn (:func:`_continued`). `text` is
    the text `doc` was made from, when the caller has it (spaCy joins `doc.text` anew
    from every token on each call); `people` are the document's, whom labels in ordinary
    case must name (:func:`exchange_lines`)."""
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
        sender = _sender_in_note(doc, match)
        holder = _holder_in_note(doc, match, holders)
        label = sender or holder or doc.char_span(
            match.start("label"), match.end("label"), alignment_mode="expand"
        )
        if label is not None:
            labelled.append((match, label, sender is not None))
    if len(labelled) < _MIN_TURNS:
        return []
    questions = _asks_unlabelled(text, labelled[0][0].start())
    lines = []
    for k, (match, label, sender) in enumerate(labelled):
        if label is None:
            continue
        turn = match.group("label") if match.group("label") in ("Q", "A") else None
        following = labelled[k + 1][0].start() if k + 1 < len(labelled) else None
        asker = _asker_in_note(doc, match) if turn == "Q" else None
        spans = [(match.start("content"), match.end("content"))]
        spans += [
            (start, end)
            for start, end in _continued(text, match.end(), following, questions)
            if not _narration(doc, start, end)
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


def _sender_in_note(doc: Doc, match: re.Match[str]) -> Span | None:
    """The sender a message's label names in the note after it (rule sender-in-note): a
    podcast plays a listener's message under `VOICE NOTE (Doina, Florești):`, the
    listener's words, the name before the comma the mention; None when the label is no
    kind of message (:data:`_MESSAGE_LABELS`) or the note opens with no name."""
    note = match.groupdict().get("note")
    if note is None or match.group("label").strip().lower() not in _MESSAGE_LABELS:
        return None
    inside = note[1:-1]
    name = inside.split(",")[0].strip()
    if not name[:1].isupper() or name.isupper():
        return None
    start = match.start("note") + 1 + inside.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand")


def _asker_in_note(doc: Doc, match: re.Match[str]) -> Span | None:
    """The questioner a press conference's transcript names in brackets after `Q`, her
    outlet (rule asker-in-note: `Q (Harbour Gazette): Will the pool reopen?`): words
    of a name's form (:func:`~quotes.name_lines.name_form`), not a stage note (`Q
    (Laughter):`) nor a gap in the speech (`Q (Inaudible):`)."""
    note = match.groupdict().get("note")
    if note is None or note[0] != "(" or not name_form(note[1:-1]):
        return None
    if transcriber_note(note[1:-1]):
        return None
    return doc.char_span(match.start("note") + 1, match.end("note") - 1, alignment_mode="expand")


def _holder_in_note(doc: Doc, match: re.Match[str], holders: dict[str, Span]) -> Span | None:
    """The person an office's label names in the note after it (rule holder-in-note), as
    a parliamentary committee's record gives the chair's name once and then the office
    alone: `The Chair (Ms. Ana Ruiz-Tell): Welcome back.` ¶ … ¶ `The Chair: You have the
    floor.` Both lines are Ana Ruiz-Tell's, the name in the first note their mention;
    ``holders`` keeps each office's holder for the lines after. None for a label that is
    no office (`Ana Ruiz (Barclays):`, `JOAN (PENRITH):`) or a note that is no name
    (`OKAFOR (Chair):`, `The Chair (translated):`)."""
    label = " ".join(match.group("label").split())
    if not is_office(label):
        return None
    note = match.groupdict().get("note")
    if note is None:
        return holders.get(label)
    inner = doc.char_span(match.start("note") + 1, match.end("note") - 1)
    tokens = [] if inner is None else name_tokens(inner)  # without `Ms.`, `Hon.`
    if not tokens:
        return None
    holder = doc[tokens[0].i : tokens[-1].i + 1]
    words = holder.text.split()
    if not 2 <= len(words) <= _NOTE_NAME_WORDS or not all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    ):
        return None
    holders[label] = holder
    return holder


#: Most words of a name in a label's note (`The Chair (Ms. Ana María Ruiz Tell)`).
_NOTE_NAME_WORDS = 5


#: Labels that name a kind of message played or read out, not its sender
#: (`VOICE NOTE (Doina, Florești):`), lower case.
_MESSAGE_LABELS = frozenset(" ".join(row) for row in table("message-labels"))
#: Notes after a label that mark an advertiser's copy (`SPONSOR READ`).
_ADVERT_NOTES = frozenset(" ".join(row) for row in table("advert-notes"))


def advert_note(note: str | None) -> bool:
    """Rule advert-read: whether the note in brackets after a label says the line is an
    advertiser's paid copy that the speaker reads out (`TAMAR (SPONSOR READ): This hour
    is supported by …`): like a slogan, no one's statement, so the line is no row; the
    speaker's own lines stay rows."""
    # `DEV (SPONSOR READ): Our show is brought to you by Kettleby Farms.`
    return note is not None and " ".join(note[1:-1].lower().split()) in _ADVERT_NOTES


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
    `Hon MEMBERS`); never with a digit (`END 2:41 P.M.` is a time)."""
    if text in ("Q", "A"):
        return True
    if any(c.isdigit() for c in text):
        return False
    first, _, rest = text.partition(" ")
    if first.lower().rstrip(".") in LABEL_OPENERS and rest.isupper():
        return True
    return len(text) > 1 and text.isupper()


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


#: A numbered question on a line of its own, which a debate page puts to each guest in
#: turn before their labelled answers (`2. Who is to blame?`): the paper's, no guest's.
_NUMBERED_QUESTION = re.compile(r"\d{1,2}[.)] .*\?$")


def _continued(
    text: str, after: int, before: int | None, questions: bool = False
) -> list[tuple[int, int]]:
    """The paragraphs after a labelled line up to the next label, which go on with the
    same turn, as a minister's answer runs over two paragraphs of a record under one
    label; none after the last label (the story goes on there), and not a note that
    fills its line (`[Interjections.]`), a heading that ends with a colon, a numbered
    question (rule numbered-question), a chorus's line (:func:`_chorus_line`), a line
    with no word, nor, on a page that prints its questions as lines with no label
    (``questions``, :func:`_asks_unlabelled`), a line that is one question."""
    if before is None:
        return []
    out = []
    at = after
    for line in text[after:before].split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        stripped = line.strip()
        if not any(c.isalpha() for c in stripped) or stripped.endswith(":"):
            continue  # an ellipsis or a rule (`….`), a heading (`Question 12:`)
        if _whole_note(stripped) or _NUMBERED_QUESTION.match(stripped):
            continue
        if _chorus_line(stripped) or (questions and _question_line(stripped)):
            continue
        start += len(line) - len(line.lstrip())
        out.append((start, start + len(stripped)))
    return out


def _asks_unlabelled(text: str, first: int) -> bool:
    """Rule unlabelled-question: whether the line right before a transcript's first
    labelled turn is one question with no label, as a page that puts the same questions
    to several people prints them (`Will the ban help?` ¶ `OUTEIRO: Not this year.` ¶
    `CASTRO: It will.` ¶ `Who pays for the change?` ¶ `OUTEIRO: …`): its later lines of
    one question are the writer's too, not more of the answer before them."""
    lines = [line for line in text[:first].split("\n") if line.strip()]
    return bool(lines) and _question_line(lines[-1].strip())


def _question_line(line: str) -> bool:
    """Whether a stripped line is one question and nothing else: a capital, no sentence
    ending before its closing question mark (`Who pays for the change?`)."""
    return line.endswith("?") and line[:1].isupper() and not _SENTENCE_END.search(line[:-1])


#: A sentence's end inside a line (`… today. Who pays?`).
_SENTENCE_END = re.compile(r"[.!?]\s")


#: Verbs by which the writer tells of a question or interruption between two turns.
_TURN_NARRATION = word_list("turn-narration-verbs")
#: Verbs by which the writer tells, between two turns, that someone gave no answer.
_TURN_REFUSALS = word_list("turn-refusal-verbs")
#: The people a turn's own words may say were asked (`A reporter asked me …` is speech).
_SPEAKERS_PRONOUNS = word_list("first-person-words") | word_list("addressee-pronouns")


def _narration(doc: Doc, start: int, end: int) -> bool:
    """Rule narration-between-turns: whether a line between two turns is the writer's
    account of someone new putting a question (`Later, a reporter asked why the alarm had
    not been raised.`): its first sentence's verb one of :data:`_TURN_NARRATION` in the
    past tense, its subject a noun phrase with an indefinite article (`a reporter`, `one
    journalist`), and no `me` or `us` the question went to (`A reporter asked me …` is
    the turn's own words). Also the writer's account of a turn not given
    (`Okonjo declined to say, citing the inquiry.`): a verb of :data:`_TURN_REFUSALS` in
    the past tense with a name for its subject, in a line with no question mark."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.tag_ != "VBD" or subject is None:
        return False
    if root.lemma_.lower() in _TURN_REFUSALS:
        return subject.pos_ == "PROPN" and not any(t.text == "?" for t in span)
    return (
        root.lemma_.lower() in _TURN_NARRATION
        and subject.pos_ == "NOUN"
        and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                for c in subject.children)
        and not any(t.lower_ in _SPEAKERS_PRONOUNS for t in root.children)
    )


def _chorus_line(line: str) -> bool:
    """Rule chorus-between-turns: whether a line between two turns is a chorus's, no one's
    statement: a chorus's label in ordinary case before a colon (`Noble Lords: Hear,
    hear!`), or a record's short note of what the members did (`Members indicated
    agreement.`, at most :data:`_CHORUS_NOTE_WORDS` words opening with a chorus's)."""
    if ":" in line and is_chorus(line.split(":")[0]):
        return True
    words = line.split()
    return len(words) <= _CHORUS_NOTE_WORDS and any(
        is_chorus(" ".join(words[:k])) for k in (1, 2) if k < len(words)
    )


#: Most words of a record's note of what a chorus did (`Members indicated agreement.`).
_CHORUS_NOTE_WORDS = 5


def _whole_note(line: str) -> bool:
    """A line that is nothing but a note in brackets (`[Advertisement break]`), however
    long: an editor's note between turns (`(The minister answered this question in
    Welsh. Translation by the agency.)`) is no part of the turn before it."""
    pairs = {"(": ")", "[": "]"}
    opening = line[:1]
    if opening not in pairs or line[-1:] != pairs[opening]:
        return False
    inside = line[1:-1]
    return opening not in inside and pairs[opening] not in inside
