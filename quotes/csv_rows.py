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

__all__ = ["CUT_SHORT", "checked_rows", "ends_inside_a_row"]

#: What a row of the wrong width or a file ending inside a row says of the file.
CUT_SHORT = "is the file cut short (copied while its run wrote it, a full disk)?"


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
