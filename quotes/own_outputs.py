"""Tell a table `quotes` wrote from a file of documents, by its header.

A rerun over a folder (`quotes extract news/ -o out.csv`) walked the outputs an earlier
run left in it (`news/quotes.csv`, `news/quotes.jsonl`, `--errors news/errors.jsonl`,
`quotes speakers news/ -o news/speakers.csv`) and read each as documents: an error a
file ("no 'text' column"), exit 1, for files the user made with this very tool. Such a
file names our columns in its header (or in the keys of its first JSONL record) and has
no text column, so the read stage (:mod:`quotes.readers`) skips it with one notice when a
folder or glob holds it, and names it as an error when it is given as an input itself.
"""

from __future__ import annotations

import csv
import json

from quotes.people import SPEAKER_COLUMNS
from quotes.records import COLUMNS

__all__ = ["earlier_output"]

#: The columns of the error report `--errors` writes (:data:`quotes.writers.ERROR_COLUMNS`).
_ERROR_COLUMNS = ("source", "reason", "doc_id")
#: Fewest of the row columns a header must start with to be rows `extract` wrote
#: (`--columns speaker,quote` gives two; kept fields, `--keep-fields url`, come after).
_FEWEST_ROW_COLUMNS = 2
#: Fewest of the speaker table's columns a header must hold, and nothing else.
_FEWEST_SPEAKER_COLUMNS = 3


def earlier_output(kind: str, head: bytes, text_field: str) -> str | None:
    """What a file of format `kind` (`csv`, `tsv`, `jsonl`) whose first bytes are `head`
    is, when `quotes` wrote it (`rows quotes extract wrote`), else None: a header (or a
    first record) without the `text_field` that names only the columns of an error
    report, only a speaker table's, or starts with two or more row columns."""
    names = _header(kind, head)
    if not names or text_field in names:
        return None
    if tuple(names) == _ERROR_COLUMNS:
        return "the error report of an earlier run (--errors)"
    if len(names) >= _FEWEST_SPEAKER_COLUMNS and set(names) <= set(SPEAKER_COLUMNS) and (
        "quotes" in names
    ):
        return "a speaker table `quotes speakers` wrote"
    ours = 0
    while ours < len(names) and names[ours] in COLUMNS:
        ours += 1
    if ours >= _FEWEST_ROW_COLUMNS:
        return "rows `quotes extract` wrote"
    return None


def _header(kind: str, head: bytes) -> list[str]:
    """The column names of a table's first line, or the keys of a JSONL file's first
    record; empty when the head holds neither (a first line longer than the head)."""
    lines = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n").split(b"\n", 1)
    if len(lines) < 2 and kind != "jsonl":  # no whole first line
        return []
    line = lines[0].rstrip(b"\r").decode("utf-8", "replace")
    if kind == "jsonl":
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            return []
        return [str(key) for key in record] if isinstance(record, dict) else []
    if kind not in ("csv", "tsv"):
        return []
    try:
        return next(csv.reader([line], delimiter="\t" if kind == "tsv" else ","), [])
    except csv.Error:
        return []
