"""CSV rows read back (shard files for `quotes merge`, predictions for `quotes evaluate`),
each checked whole: a file cut short (copied while its run wrote it, a disk that filled)
ends in a row with fewer fields than its header, which was read with the missing cells
as nothing (`evaluate` scored the row, `merge` failed with "'NoneType' object has no
attribute 'startswith'"), or inside a field or its header.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from quotes.input_bytes import MAX_READ_BYTES

__all__ = ["CUT_SHORT", "FieldLimited", "checked_rows", "ends_inside_a_row", "wide_rows"]

#: What a row of the wrong width or a file ending inside a row says of the file.
CUT_SHORT = "is the file cut short (copied while its run wrote it, a full disk)?"


class FieldLimited:
    """The rows of a csv reader, each read with the csv module's field size limit set
    to `limit` and set back after it: the limit is one for the whole process, and a
    library user's own csv reading kept the limit a `quotes` run had set (its fields
    of up to 256 MB taken where its own limit of 128 KiB refused them). The reader's
    `line_num` is this one's."""

    def __init__(self, rows: Iterator[list[str]], limit: int) -> None:
        self.rows = rows
        self.limit = limit

    def __iter__(self) -> FieldLimited:
        return self

    def __next__(self) -> list[str]:
        before = csv.field_size_limit(self.limit)
        try:
            return next(self.rows)
        finally:
            csv.field_size_limit(before)

    @property
    def line_num(self) -> int:
        """The lines the reader has read (:attr:`csv.reader.line_num`)."""
        return self.rows.line_num  # type: ignore[attr-defined]


def wide_rows(handle: TextIO, delimiter: str = ",") -> csv.DictReader[str]:
    """A DictReader of the rows `quotes extract` wrote, each field up to
    :data:`~quotes.input_bytes.MAX_READ_BYTES` (:class:`FieldLimited`): a quote of a
    long document is longer than the csv module's 128 KiB, and `evaluate --pred
    rows.csv` and `merge` refused the file the run wrote ("not CSV (field larger than
    field limit (131072))")."""
    reader = csv.DictReader(handle, delimiter=delimiter)
    reader.reader = FieldLimited(reader.reader, MAX_READ_BYTES)  # type: ignore[assignment]
    return reader


def checked_rows(reader: csv.DictReader[str]) -> Iterator[dict[str, str]]:
    """The rows of `reader`, each with as many fields as its header; a row with more or
    fewer is a ValueError saying how many (the line is the reader's `line_num`)."""
    width = len(reader.fieldnames or ())
    for row in reader:
        if None in row:  # more fields than the header: the extras are under None
            found = width + len(row[None])  # type: ignore[index]
        elif None in row.values():  # fewer: the missing ones are None
            found = sum(value is not None for value in row.values())
        else:
            yield row
            continue
        raise ValueError(f"a row of {found} fields where the header has {width}; {CUT_SHORT}")


def ends_inside_a_row(path: Path) -> bool:
    """Whether a non-empty file `quotes extract` wrote lacks the line break that ends each
    of its rows (its header too): it was cut short, maybe inside a field."""
    with open(path, "rb") as handle:
        if handle.seek(0, os.SEEK_END) == 0:
            return False
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"
