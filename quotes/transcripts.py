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
gives its own source (:func:`section_label`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from quotes.exchanges import exchange_lines, is_chorus
from quotes.genders import gender_of_given
from quotes.language import word_list
from quotes.name_keys import initials, name_parts
from quotes.name_spans import surname_key

#: `Q: …`, `A: …`, `NAYAR: …`, `VAN DER BERG: …`, `The SPEAKER: …` at the start of a
#: line: the label and the words after it to the end of the line (the label's form is
#: checked in code, so any alphabet's capitals count). A time stamp may stand before
#: the label (`[02:14] DISPATCHER: …`, `14:02 HOST: …`, `[07.31] MASTER: …`). A note
#: in brackets may follow the label and is not part of it: a caller's town or a role
#: (`JOAN (PENRITH): …`, `OKAFOR (Chair): …`), a voice-over or a translation (`LUND
#: (V.O.): …`, `SAID [translated]: …`).
_LINE = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}(?:[:.]\d{2}){1,2}[\])]?[ \t]+)?"
    r"(?P<label>[^\W\d_][\w'’.\- ]{0,40}?)"
    r"(?:[ \t]*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?"
    r"[ \t]*:[ \t]*(?P<content>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: A deposition's turns as court transcripts print them, a letter and a full stop:
#: `Q. Did you read the report?` ¶ `A. I read the summary.` (read as `Q:` and `A:` lines
#: when the text has both).
_DEPOSITION_LINE = re.compile(
    r"^[ \t]*(?P<label>[QA])\.[ \t]+(?P<content>\S[^\n]*?)[ \t]*$", re.MULTILINE
)
#: A stage note in brackets: one in ordinary case that opens with a capital and ends
#: with a full stop (`(Laughter.)`, `[Phone rings.]`), or one in capitals
#: (`(APPLAUSE)`, `[CROSSTALK]`, checked against :data:`_STAGE_WORDS` in code).
_NOTE = re.compile(r"\((?P<round>[^()\n]{1,60})\)|\[(?P<square>[^\[\]\n]{1,60})\]")
#: A document is read as a transcript when at least this many lines have labels.
_MIN_TURNS = 2
#: Verbs that introduce an interview (`spoke to`, `interviewed`).
_INTERVIEW_VERBS = word_list("interview-verbs")
#: Nouns for the event a transcript records (`press conference`, `interview`).
_INTERVIEW_NOUNS = word_list("interview-nouns")
#: Words in ordinary case that may open a label in capitals (`The SPEAKER`, `Mr K
#: DLAMINI`).
_OPENERS = word_list("label-openers") | word_list("honorifics")
#: Words before a colon that label a field, not a speaker (`VERDICT: …`, `UPDATE: …`).
_FIELD_LABELS = word_list("colon-labels")
#: Offices and roles that a label may give instead of a name (`The MINISTER OF …`).
_OFFICES = word_list("titles") | word_list("person-roles")
#: First words of a stage note in capitals (`(APPLAUSE)`).
_STAGE_WORDS = word_list("stage-notes")
#: Words after which an office's name goes on (`MINISTER OF FINANCE`, `SECRETARY FOR
#: HEALTH`): the office is the word before them.
_OFFICE_LINKS = word_list("office-links")
#: Most words in the description of who asks that a key to the labels gives.
_KEY_WORDS = 5
#: Most words (hyphens counted) in the name a questioner gives at the start of a line.
_SELF_NAME_WORDS = 5
#: Speakers of the first and second person: `I said` in a turn is the label's own speech.
_OWN_VOICE = word_list("writer-pronouns") | word_list("addressee-pronouns")


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    """One turn: its content offsets, its label, ``Q``/``A``/None (a name label), and
    whether it is a line of an exchange in ordinary case (:func:`exchange_lines`), whose
    labels are speakers' by the test that found it."""

    start: int
    end: int
    label: Span
    turn: str | None
    exchange: bool = False


def transcript_lines(
    doc: Doc, people: LabelPeople, text: str | None = None
) -> list[TranscriptLine]:
    """The labelled lines of a transcript, in text order; none unless the text has at
    least two, so a lone headline (`NATO: …`) is not taken for a transcript. A line is
    cut at each stage note in it (:func:`_pieces`), and the paragraphs after a line that
    carry no label of their own are more of the same turn (:func:`_continued`). `text` is
    the text `doc` was made from, when the caller has it (spaCy joins `doc.text` anew
    from every token on each call); `people` are the document's, whom labels in ordinary
    case must name (:func:`exchange_lines`)."""
    text = doc.text if text is None else text
    labelled = []
    matches = list(_LINE.finditer(text))
    exchange = exchange_lines(text, matches, people.names)
    matches = sorted(matches + _deposition_turns(text), key=lambda match: match.start())
    for match in matches:
        if not (_label_form(match.group("label")) or match.start() in exchange):
            continue
        label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
        if label is not None:
            labelled.append((match, label))
    if len(labelled) < _MIN_TURNS:
        return []
    lines = []
    for k, (match, label) in enumerate(labelled):
        turn = match.group("label") if match.group("label") in ("Q", "A") else None
        following = labelled[k + 1][0].start() if k + 1 < len(labelled) else None
        spans = [(match.start("content"), match.end("content"))]
        spans += _continued(text, match.end(), following)
        for start, end in spans:
            for piece_start, piece_end in _pieces(text, start, end):
                lines.append(
                    TranscriptLine(piece_start, piece_end, label, turn, match.start() in exchange)
                )
    return lines


def _deposition_turns(text: str) -> list[re.Match[str]]:
    """The `Q.` and `A.` lines of a deposition's excerpt, when the text has lines of
    both (not a lone `A. Smith wrote …`)."""
    if "Q. " not in text or "A. " not in text:
        return []
    turns = list(_DEPOSITION_LINE.finditer(text))
    return turns if {m.group("label") for m in turns} == {"Q", "A"} else []


class LabelPeople:
    """The people the parser found in a document, as labels are checked against them
    (:func:`exchange_lines`, :func:`speaking_label`): read once, when a label first asks."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def surnames(self) -> set[str | None]:
        """The surname keys of the people the text names."""
        return {surname_key(e) for e in self.doc.ents if e.label_ == "PERSON"}

    @cached_property
    def initials(self) -> set[str]:
        """The initials of the people the text names in two words or more."""
        return {
            found
            for e in self.doc.ents
            if e.label_ == "PERSON" and " " in e.text.strip()
            for found in initials(e.text)
        }

    def names(self, label: str) -> bool:
        """A courtesy title or article before a name (`Hon. Tom Wells`, `The Speaker`),
        an office or role (`Moderator`), a name the text knows (:func:`names_someone`),
        or the initials of one (`RA` for Rosalind Achterberg, as an interviewer's label)."""
        words = label.split()
        if len(words) > 1 and words[0].lower().strip(".") in _OPENERS:
            return True
        return (
            is_office(label)
            or names_someone(label, self.surnames)
            or (label.isupper() and label in self.initials)
        )


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
    if first.lower().rstrip(".") in _OPENERS and rest.isupper():
        return True
    return len(text) > 1 and text.isupper()


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line's words cut at the stage notes inside it: `I'm not surprised. (Laughter.)
    Nobody is.` is two pieces of speech; a line that is only a note gives none."""
    pieces = []
    at = start
    for note in _NOTE.finditer(text, start, end):
        if _stage_note(note):
            pieces.append((at, note.start()))
            at = note.end()
    pieces.append((at, end))
    out = []
    for a, b in pieces:
        chunk = text[a:b]
        a, b = a + len(chunk) - len(chunk.lstrip()), b - len(chunk) + len(chunk.rstrip())
        a, b = _without_breaks(text, a, b)
        if a < b:
            out.append((a, b))
    return out


#: A dash set off by a space at the edge of a turn: the speaker broken off or taking up
#: where they were broken off (`If you had read page ten —` … `— and I would cut it`).
_BREAK_START = re.compile(r"[—–-]+\s+")
_BREAK_END = re.compile(r"\s+[—–-]+$")


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


def _stage_note(note: re.Match[str]) -> bool:
    """Whether a bracketed note is the transcriber's: `(Laughter.)`, `[Dog barks.]`,
    `(APPLAUSE)`, `[laughs]`, `[Laughs]`; not a gap in the speech (`[inaudible]`, `[name
    redacted]`, `[Inaudible]`)."""
    inside = (note.group("round") or note.group("square") or "").strip()
    words = inside.split()
    if not words:
        return False
    listed = words[0].lower().strip(".") in _STAGE_WORDS
    if inside.isupper() or inside.islower():
        return listed
    return (listed and inside.istitle()) or (inside[:1].isupper() and inside.endswith("."))


def _continued(text: str, after: int, before: int | None) -> list[tuple[int, int]]:
    """The paragraphs after a labelled line up to the next label, which go on with the
    same turn, as a minister's answer runs over two paragraphs of a record under one
    label; none after the last label (the story goes on there), and not a note that
    fills its line (`[Interjections.]`), a heading that ends with a colon or a line
    with no word."""
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
        if _whole_note(stripped):
            continue
        start += len(line) - len(line.lstrip())
        out.append((start, start + len(stripped)))
    return out


def _whole_note(line: str) -> bool:
    """A line that is nothing but a note in brackets (`[Advertisement break]`)."""
    return line[:1] in "([" and line[-1:] in ")]" and len(_NOTE.findall(line)) == 1


def speaking_label(line: TranscriptLine, takers: set[str], surnames: set[str | None]) -> bool:
    """Whether a label (not `Q`/`A`) is one person's, so that its lines are rows: a
    name the text knows (:func:`names_someone`), capitals after a courtesy title or an
    article, as a record writes a member or an office (`Ms Z NDLOVU`, `DR. OKAFOR`, `The
    CHAIRPERSON`), an office or role (`SPEAKER`, `MINISTER OF FINANCE`), or any label
    that takes turns with another (`DISPATCHER` … `CALLER` … `DISPATCHER`: one of
    ``takers``, :func:`turn_takers`). Not a chorus (`Hon MEMBERS`) or a field
    (`VERDICT`)."""
    text = line.label.text
    words = [w.lower().strip(".") for w in text.split()]
    if is_chorus(text) or text.lower() in _FIELD_LABELS:
        return False
    if names_someone(text, surnames) or (len(words) > 1 and words[0] in _OPENERS):
        return True
    return is_office(text) or text in takers


def is_office(label: str) -> bool:
    """Whether a label names an office or role (`SPEAKER`, `MINISTER OF FINANCE`, `The
    CHAIRPERSON`): the office is the word before `OF`/`FOR`, if any, else the last."""
    words = [w.lower().strip(".") for w in label.split()]
    cut = next((k for k, w in enumerate(words) if w in _OFFICE_LINKS), len(words))
    return bool(cut) and words[cut - 1] in _OFFICES


def section_label(
    label: str, start: int, end: int, doc: Doc, attributions: Iterable[tuple[int, int]]
) -> bool:
    """Whether a label in capitals that opens a line from character `start` to `end`
    names where the line comes from, not who speaks it: the line gives a source of its
    own, a cue and its speaker in the third person inside it, as a roundup's section
    labels and a dateline do (`MAREVA: Prime Minister Anjali Ross told parliament that
    …`, `UNITED NATIONS: The aid chief said …`, `KESARPUR: The second phase will be late,
    officials said`). A turn of a transcript is the label's own words, whatever it
    reports (`NAYAR: I said that at the time.`), and so is an office's (`MINISTER: The
    prime minister told me …`). `attributions` are the token indices of
    each cue and its speaker's head word."""
    if len(label) < 2 or not label.isupper() or is_office(label):
        return False
    line = doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in line or () if t.is_alpha), None)
    if first is None or (len(first) > 1 and first.text.isupper()):
        return False  # not prose: `UN: PEACEKEEPERS PAID FOR SEX …` is a headline
    return any(
        start <= doc[cue].idx < end
        and start <= doc[speaker].idx < end
        and doc[speaker].lower_ not in _OWN_VOICE
        for cue, speaker in attributions
    )


def turn_takers(lines: list[TranscriptLine]) -> set[str]:
    """The labels that come back after another label's turn, as speakers do."""
    order: list[str] = []
    for line in lines:
        if not order or order[-1] != line.label.text:
            order.append(line.label.text)
    return {label for label, turns in Counter(order).items() if turns > 1}


def names_someone(label: str, surnames: set[str | None]) -> bool:
    """Whether a name label (`NAYAR`, `DENISE`) names a person: a surname the text gives
    a named person, or a lone given name, as a phone-in labels its callers (`DENISE
    (HEWLEY): …` for a caller the presenter greets as `Denise`), which the tagger seldom
    reads as a person."""
    if name_parts(label)[1] in surnames:
        return True
    return " " not in label.strip() and gender_of_given(label) is not None


def interview_parties(
    doc: Doc, before: int, after: int = 0
) -> tuple[Token | None, Token | None]:
    """Who asks and who answers, from the first sentence between characters ``after``
    and ``before`` that introduces an interview: the subject of `spoke to`/`interviewed`
    asks and its object answers; in the passive (`Y was interviewed by X`) the other way
    round."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        if sent.start_char < after:
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INTERVIEW_VERBS:
                continue
            asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            answerer = next((c for c in verb.children if c.dep_ == "dobj"), None)
            for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.dep_ == "agent":
                    asker, answerer = obj, next(
                        (c for c in verb.children if c.dep_ == "nsubjpass"), answerer
                    )
                elif prep.lower_ in ("to", "with") and answerer is None:
                    answerer = obj
            if asker is not None and answerer is not None:
                return asker, answerer
    return None, None


def described_answerer(doc: Doc, before: int) -> Token | None:
    """Who answers the `A:` lines when no verb introduces the interview: the one whose
    event a sentence before character ``before`` names, by a noun of
    :data:`_INTERVIEW_NOUNS` (`the press conference Ana Ruiz gave` → Ana Ruiz, `Ana
    Ruiz's news conference`, `an interview with Ana Ruiz`, `the briefing given by the
    spokesman`); the first such sentence decides."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        for noun in sent:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in _INTERVIEW_NOUNS:
                holder = _event_holder(noun)
                if holder is not None:
                    return holder
    return None


def _event_holder(noun: Token) -> Token | None:
    """The person an event noun belongs to: its possessor, the subject of a clause on
    it (`the press conference Ana Ruiz gave`), the agent of a participle on it (`given
    by the spokesman`), or the object of `with` (`an interview with Ana Ruiz`)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "with":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
        if child.dep_ == "relcl":
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON"):
                return subject
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return None


def described_asker(doc: Doc, before: int) -> Span | None:
    """The kind of person `Q:` lines stand for, from a key to the labels before
    character ``before`` when no introduction names the interviewer: `Q marks a question
    from a reporter` → `a reporter`, `Questions from the floor are marked Q` → `the
    floor` (the words after `from` in a sentence that holds a lone `Q`, up to a verb or
    a mark)."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        words = [t for t in sent if not t.is_space]
        q = next((k for k, t in enumerate(words) if t.text.rstrip(".") == "Q"), None)
        if q is None:
            continue
        source = next((k for k, t in enumerate(words) if k != q and t.lower_ == "from"), None)
        if source is None:
            continue
        run = []
        for token in words[source + 1 :]:
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.i == words[q].i:
                break
            run.append(token)
        if 0 < len(run) <= _KEY_WORDS:
            return doc[run[0].i : run[-1].i + 1]
    return None


def self_named(doc: Doc, line: TranscriptLine) -> Span | None:
    """The name a questioner gives at the start of her own line, then her paper:
    `Q: Ana Ruiz, Harbour Gazette. When will …` → `Ana Ruiz`; both parts are words in
    capitals with no verb, the name two to five words (hyphens counted)."""
    words = [t for t in doc.char_span(line.start, line.end, alignment_mode="expand") or []]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or not 2 <= comma <= _SELF_NAME_WORDS:
        return None
    stop = next((k for k, t in enumerate(words) if k > comma and t.text == "."), None)
    if stop is None or stop == comma + 1:
        return None
    name, paper = words[:comma], words[comma + 1 : stop]
    capitals = all(
        t.text in "-‐" or (t.is_alpha and t.text[:1].isupper()) for t in name + paper[-1:]
    )
    if not capitals or any(t.pos_ in ("VERB", "AUX") for t in name + paper):
        return None
    return doc[name[0].i : name[-1].i + 1]
