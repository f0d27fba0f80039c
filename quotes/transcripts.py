"""Interview transcripts: lines that open with the speaker's label and a colon.

A transcript gives each turn on its own line: `Q: …` / `A: …` for the interviewer and
the one interviewed, or the speaker's surname in capitals (`NAYAR: …`). Each line is
that person's verbatim words, so a direct quotation, though it has no quote marks. The
introduction says who asks and who answers (`The Courier's correspondent, Fiona
MacLeod, spoke to Oluwaseun Adebayo-Clarke`); a surname label is resolved like any
other mention of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.genders import gender_of_given
from quotes.language import word_list
from quotes.name_keys import name_parts

#: `Q: …`, `A: …`, `NAYAR: …`, `VAN DER BERG: …` at the start of a line: the label and
#: the words after it to the end of the line (labels in capitals are checked in code, so
#: any alphabet's capitals count). A note in brackets may follow the label and is not
#: part of it: a caller's town or a role (`JOAN (PENRITH): …`, `OKAFOR (Chair): …`), a
#: voice-over or a translation (`LUND (V.O.): …`, `SAID [translated]: …`).
_LINE = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_][\w'’.\- ]{0,40}?)"
    r"(?:[ \t]*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?"
    r"[ \t]*:[ \t]*(?P<content>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: A document is read as a transcript when at least this many lines have labels.
_MIN_TURNS = 2
#: Verbs that introduce an interview (`spoke to`, `interviewed`).
_INTERVIEW_VERBS = word_list("interview-verbs")


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    """One turn: its content offsets, its label, and ``Q``/``A``/None (a name label)."""

    start: int
    end: int
    label: Span
    turn: str | None


def transcript_lines(doc: Doc) -> list[TranscriptLine]:
    """The labelled lines of a transcript, in text order; none unless the text has at
    least two, so a lone headline (`NATO: …`) is not taken for a transcript."""
    lines = []
    for match in _LINE.finditer(doc.text):
        text = match.group("label")
        if text not in ("Q", "A") and not (len(text) > 1 and text.isupper()):
            continue  # a label is `Q`, `A` or a name in capitals (`SIGURÐARDÓTTIR`)
        label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
        if label is None:
            continue
        turn = match.group("label") if match.group("label") in ("Q", "A") else None
        lines.append(TranscriptLine(match.start("content"), match.end("content"), label, turn))
    return lines if len(lines) >= _MIN_TURNS else []


def names_someone(label: str, surnames: set[str | None]) -> bool:
    """Whether a name label (`NAYAR`, `DENISE`) names a person: a surname the text gives
    a named person, or a lone given name, as a phone-in labels its callers (`DENISE
    (HEWLEY): …` for a caller the presenter greets as `Denise`), which the tagger seldom
    reads as a person."""
    if name_parts(label)[1] in surnames:
        return True
    return " " not in label.strip() and gender_of_given(label) is not None


def interview_parties(doc: Doc, before: int) -> tuple[Token | None, Token | None]:
    """Who asks and who answers, from the first sentence before character ``before``
    that introduces an interview: the subject of `spoke to`/`interviewed` asks and its
    object answers; in the passive (`Y was interviewed by X`) the other way round."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
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
