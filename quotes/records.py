"""The records every stage passes along: documents in, quotes out.

Offsets always index the document text exactly as it was given, so that
``text[quote.start:quote.end] == quote.text`` holds for every quote a user sees.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

#: The method of a cry that comes from a place, not from anyone the text names
#: (:func:`quotes.narration.voice_from_elsewhere`): it takes no speaker, and the
#: statements scope leaves it out (here, where the scope's rules read it without spaCy).
UNNAMED_VOICE = "voice-unnamed"

QuoteType = Literal["direct", "indirect", "mixed"]

#: The CSV contract (DESIGN.md): these columns, in this order.
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "quote_id",
    "type",
    "quote",
    "quote_start",
    "quote_end",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "method",
    "confidence",
    "cue_class",
    "speaker_id",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its id (a path, a JSONL id, ...) and its text as read.

    ``metadata`` holds the input fields asked to be carried through to the output
    (``--keep-fields url,title``), as the input gave them; it takes no part in comparing
    documents.
    """

    id: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Quote:
    """One contiguous quoted span and who said it.

    ``speaker`` is the canonical name resolved inside the document (``Volodymyr
    Zelensky``); ``speaker_mention`` is the words at the attribution site (``he``).
    ``method`` names the rule that found the speaker, so a reviewer can filter by it;
    ``confidence`` is how often rows like it were right; ``cue_class`` says what the cue
    reports (``speech``, ``thought``, ``stance``, ``act``; see :mod:`quotes.cue_classes`).
    """

    type: QuoteType
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    method: str = "none"
    confidence: float = 0.0
    cue_class: str | None = None
    #: Whether the default scope, `statements`, keeps the row (see :mod:`quotes.scope`);
    #: not an output column: the scope a user asks for decides which rows are written.
    statement: bool = True
    #: Whether `--scope all` keeps the row: False for a row that only the statements
    #: scope gives, in place of one of `all` (:mod:`quotes.statement_forms`).
    attribution: bool = True

    def to_row(self, doc_id: str | None, quote_id: int) -> dict[str, object]:
        """The quote as one output row with the columns of :data:`COLUMNS` (read field by
        field: ``dataclasses.asdict`` deep-copies every value, 24 µs a row)."""
        return {
            "doc_id": doc_id,
            "quote_id": quote_id,
            "type": self.type,
            "quote": self.text,
            "quote_start": self.start,
            "quote_end": self.end,
            **{k: getattr(self, k) for k in COLUMNS[6:14]},
            "confidence": round(self.confidence, 3),
            "cue_class": self.cue_class,
            # known once the run's documents are all in (quotes.speaker_ids.with_speaker_ids)
            "speaker_id": None,
        }


def field_text(value: Any) -> str | None:
    """A kept metadata value as an output cell: text as it is, anything else as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def counted(n: int, noun: str) -> str:
    """`1 document`, `2 documents`: a count for a summary line (nouns with a plain -s)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
