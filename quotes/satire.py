"""A piece labelled satire: its mock report is the writer's invention, no one's statement.

The guideline's `a piece labelled satire (a SATIRE label above its headline) and
written as a mock news report`: the quotes it puts in the mouths of named people and
bodies carry ordinary cues, so nothing in their sentences tells them from a real
report; only the label does. The engine can know it where the page gives it as its
first line, alone (`SATIRE`) or before the headline (`Satire: Minister discovers the
sea`, `Satire | Council unveils …`); a label anywhere else (a section name in a
byline, a note at the foot of the piece) is left alone, as a reader may not see it
before the words it would cover. A box after the mock report under a heading of its
own (`What was actually said`) reports real statements and is read as any story. The
default scope drops the rows of the mock report (:func:`quotes.scope.dropped_by`);
`--scope all` keeps them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.language import word_list

#: Labels that mark a piece as satire: `satire`, `spoof`.
_LABELS = word_list("satire-labels")
#: What may stand between a label and the headline on the first line: `:`, `|`, a dash.
_LABEL_ENDS = (":", "|", "-", "–", "—")
#: Marks that end a paragraph of running text (a closing quotation mark may follow them).
_ENDS = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
#: Most words of a heading line that closes the mock report (`What was actually said`).
_HEADING_WORDS = 12


def in_satire(text: str, start: int) -> bool:
    """Rule satire-label: whether character `start` of `text` stands in the mock report
    of a piece whose first line labels it satire (:func:`satire_end`): `SATIRE` ¶
    `Mayor announces plan to replace buses with optimism` ¶ `"Buses are a
    twentieth-century idea," Tarrant told a press conference.` gives no statement."""
    # `SATIRE` ¶ `City launches "Dry Run"` ¶ `"Water is a privilege," said the MMC.`
    head = text[:40].lstrip().lower()
    if not any(head.startswith(label) for label in _LABELS):
        return False
    return start < satire_end(text)


@lru_cache(maxsize=8)
def satire_end(text: str) -> int:
    """Where the mock report of a piece labelled satire ends: at the first heading line
    (a short paragraph with no full stop) after a paragraph of running text, the box
    that follows it being a real report; the end of the text if there is none; 0 when
    the first line is no satire label."""
    lines = _paragraphs(text)
    if not lines or not _label_line(lines[0][1]):
        return 0
    body = False
    for start, line in lines[1:]:
        if _ENDS.search(line):
            body = True
        elif body and len(line.split()) <= _HEADING_WORDS:
            return start
    return len(text)


def _label_line(line: str) -> bool:
    """Whether a first line is a satire label alone (`SATIRE`, `Satire:`) or one set
    before the headline (`Satire: Minister discovers the sea`, `SATIRE | …`)."""
    lower = line.strip().lower()
    for label in _LABELS:
        if lower == label or lower == label + ":":
            return True
        rest = lower[len(label) :].lstrip()
        if lower.startswith(label) and rest[:1] in _LABEL_ENDS and rest[1:2].isspace():
            return True
    return False


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of `text` with where each starts."""
    lines = []
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines.append((at, line.strip()))
        at += len(line)
    return lines
