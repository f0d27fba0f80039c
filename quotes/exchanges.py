"""An exchange quoted from a record in a prose story, its labels in ordinary case.

A story may set out a few turns of a committee's or a court's record after a colon,
each paragraph opening with its speaker's label in title case rather than the capitals
of a full transcript (`The exchange, from the committee's transcript:` ¶ `Chair: …` ¶
`Professor Oberholzer: No.` ¶ `Chair: …`). :mod:`quotes.transcripts` reads such lines
as transcript lines when :func:`exchange_lines` finds them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotes.language import word_list

#: Words before a colon that label a field, not a speaker (`Update: …`, `Note: …`).
_FIELD_LABELS = word_list("colon-labels")


def exchange_lines(text: str, matches: list[re.Match[str]]) -> set[int]:
    """Starts of the lines of an exchange quoted from a record in ordinary case, which
    a prose story sets out after a colon: at least :data:`_EXCHANGE_TURNS` paragraphs in
    a row, each opening with a label in title case (`Chair:`, `Professor Oberholzer:`,
    no field label such as `Update:`), and two labels taking turns
    (`Chair: … ¶ Professor Oberholzer: No. ¶ Chair: …`)."""
    runs: list[list[re.Match[str]]] = []
    for match in matches:
        label = match.group("label")
        words = label.split()
        if (
            not 0 < len(words) <= _EXCHANGE_LABEL_WORDS
            or not all(w[:1].isupper() for w in words)
            or label.lower() in _FIELD_LABELS
        ):
            runs.append([])
            continue
        if runs and runs[-1] and not text[runs[-1][-1].end() : match.start()].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    found: set[int] = set()
    for run in runs:
        labels = [m.group("label") for m in run]
        opened = run and text[: run[0].start()].rstrip().endswith(":")
        if (
            opened
            and len(run) >= _EXCHANGE_TURNS
            and len(set(labels)) == 2
            and all(a != b for a, b in pairwise(labels))
        ):
            found.update(m.start() for m in run)
    return found


#: Fewest lines of a quoted exchange in ordinary case (:func:`exchange_lines`), and most
#: words in one of its labels.
_EXCHANGE_TURNS = 3
_EXCHANGE_LABEL_WORDS = 3
