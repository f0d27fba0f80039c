"""Join the files of a sharded run back into one table, in input order.

``quotes extract INPUT --shard I/N -o FOLDER`` writes ``FOLDER/shard-IIII-of-NNNN.EXT``
for shards 0 to N-1; shard I holds the documents at positions I, I+N, I+2N, … of the
input. :func:`merge_rows` deals the documents back out in that order: with the document
ids of the input (read again, which is quick: nothing is parsed) the order is exact; without
them, documents are taken from the shards in turn, which is input order when every
document has at least one quote (a document without quotes leaves no row to count).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby, islice
from pathlib import Path
from typing import Any, TextIO

from quotes.csv_rows import CUT_SHORT, checked_rows, ends_inside_a_row, wide_rows
from quotes.inputs import mode_kind
from quotes.shards import recorded_key
from quotes.writers import COLUMN_TYPES, ColumnType, unguard

__all__ = ["MergeError", "ShardFiles", "merge_rows"]

_SHARD_FILE = re.compile(r"^shard-(\d{4,})-of-(\d{4,})\.(csv|jsonl|parquet|csv\.gz|jsonl\.gz)$")

#: A document's rows: its id and the rows in file order.
_Group = tuple[str, list[dict[str, Any]]]


class MergeError(ValueError):
    """The folder does not hold one complete set of shard files; the message says why."""


@dataclass(frozen=True, slots=True)
class ShardFiles:
    """The shard files of one sharded run, in shard order, and their format."""

    paths: tuple[Path, ...]
    fmt: str

    @classmethod
    def find(cls, folder: Path) -> ShardFiles:
        """The complete set of shard files in ``folder``, or MergeError naming what is off."""
        try:  # a name longer than the file system takes raised OSError as a traceback
            is_folder = folder.is_dir()
        except OSError as exc:
            raise MergeError(f"{folder}: {exc.strerror or exc}") from exc
        if not is_folder:
            raise MergeError(f"{folder} is not a folder of shard files")
        found = {}
        for path in folder.iterdir():
            match = _SHARD_FILE.match(path.name)
            if match:
                found[path] = (int(match[1]), int(match[2]), match[3])
        if not found:
            raise MergeError(f"{folder} holds no shard-IIII-of-NNNN.csv/.jsonl/.parquet files "
                             "(nor .csv.gz/.jsonl.gz)")
        kinds = {(count, fmt) for _, count, fmt in found.values()}
        if len(kinds) > 1:
            raise MergeError(f"{folder} mixes the files of several runs: "
                             + ", ".join(sorted(f"{n} shards as {f}" for n, f in kinds)))
        [(count, fmt)] = kinds
        by_index = {index: path for path, (index, _, _) in found.items()}
        absent = count - sum(index < count for index in by_index)
        if absent:  # the first few named, found lazily: a count can be 99999999999
            missing = islice((i for i in range(count) if i not in by_index), 10)
            shown = ", ".join(f"{i}/{count}" for i in missing) + (", …" if absent > 10 else "")
            raise MergeError(f"{folder}: shards {shown} are missing (not run or not "
                             f"complete{f'; {absent:,} in all' if absent > 10 else ''})")
        paths = tuple(by_index[i] for i in range(count))
        for path in paths:
            _check_regular(path)
        _check_one_run(folder, paths, count)
        return cls(paths, fmt)

    def columns(self) -> list[str]:
        """The columns of the first shard file, which every other shard that has a header
        must have too, in any order: a shard written with other `--columns` or by another
        version (a column more, or one less) is a MergeError naming it, where its rows
        were written under the first shard's header, its other columns dropped or left
        empty without a word."""
        first = _header(self.paths[0], self.fmt)
        for path in self.paths[1:]:
            header = _header(path, self.fmt)
            if header and set(header) != set(first):
                more, fewer = sorted(set(header) - set(first)), sorted(set(first) - set(header))
                said = "; ".join(part for part in (
                    more and f"has {', '.join(more)}", fewer and f"lacks {', '.join(fewer)}")
                    if part)
                raise MergeError(f"{path}: its columns are not those of {self.paths[0].name} "
                                 f"({said}): written with other --columns or by another "
                                 "version; rerun extract for it with the others' options")
        return first


def _check_regular(path: Path) -> None:
    """Refuse a shard file that is a FIFO, a socket or a device (a link to one too): one
    linked to `/dev/zero` was read for ever, to `/dev/null` as a shard with no rows, and
    a FIFO hung waiting for a writer. A folder or a file that cannot be opened is named
    by the read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise MergeError(f"{path}: {mode_kind(mode)}, not a regular file (a shard file is "
                         "one `quotes extract --shard` wrote)")


def _header(path: Path, fmt: str) -> list[str]:
    """The columns of a shard file: its first row's (a CSV's header, even with no row
    under it); empty for a file with no row and no header."""
    first = next(_rows(path, fmt), None)
    if first is None and fmt.startswith("csv"):
        with _opened(path, fmt, "utf-8-sig") as handle:
            return next(csv.reader(handle), [])
    return list(first) if first is not None else []


def _check_one_run(folder: Path, paths: tuple[Path, ...], count: int) -> None:
    """MergeError when the shard files were made from different inputs or options (their
    recorded run keys differ: an input changed between the shards' runs), which would
    join rows of one corpus with rows of another. Files with no record are not judged."""
    groups: dict[str, list[int]] = {}
    for index, path in enumerate(paths):
        key = recorded_key(path)
        if key is not None:
            groups.setdefault(key, []).append(index)
    if len(groups) > 1:
        shown = " | ".join(", ".join(f"{i}/{count}" for i in group[:5])
                           + (", …" if len(group) > 5 else "") for group in groups.values())
        raise MergeError(f"{folder}: the shards were made from different inputs or options "
                         f"(one run each: {shown}); rerun extract for the outdated shards "
                         "with the inputs and options of the others")


def merge_rows(shards: ShardFiles, order: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of every shard file, document by document in input order.

    ``order`` is the doc ids of the input in order (every document, with quotes or not);
    without it the shards are taken in turn, one document each.
    """
    groups = [_Peekable(groupby(_rows(p, shards.fmt), key=lambda r: str(r.get("doc_id"))))
              for p in shards.paths]
    count = len(groups)
    if order is not None:
        for position, doc_id in enumerate(order):
            shard = groups[position % count]
            if shard.peek_id() == doc_id:
                yield from shard.take()
        _check_all_placed(shards, groups)
        return
    while any(g.peek_id() is not None for g in groups):
        for shard in groups:
            if shard.peek_id() is not None:
                yield from shard.take()


def _check_all_placed(shards: ShardFiles, groups: list[_Peekable]) -> None:
    """MergeError when a shard still holds rows once the inputs' ids are dealt out: its
    document is not at the place the inputs give it (other inputs than the sharded run's,
    another ``--id-field``), and its rows, with every one after them in that shard, would
    be left out of the table without a word (a header alone, exit 0)."""
    for path, shard in zip(shards.paths, groups, strict=True):
        doc_id = shard.peek_id()
        if doc_id is not None:
            raise MergeError(f"{path}: the rows of document {doc_id!r} have no place in the "
                             "inputs given (not among them, or at another position); give "
                             "the inputs and --id-field of the sharded run, or none to take "
                             "the shards in turn")


class _Peekable:
    """A shard's documents, one group of rows at a time, with a look at the next id."""

    def __init__(self, groups: Iterator[tuple[str, Iterator[dict[str, Any]]]]) -> None:
        self.groups = groups
        self.next: _Group | None = None
        self._advance()

    def _advance(self) -> None:
        group = next(self.groups, None)
        self.next = (group[0], list(group[1])) if group is not None else None

    def peek_id(self) -> str | None:
        return self.next[0] if self.next is not None else None

    def take(self) -> list[dict[str, Any]]:
        rows = self.next[1] if self.next is not None else []
        self._advance()
        return rows


def _rows(path: Path, fmt: str) -> Iterator[dict[str, Any]]:
    """The rows of one shard file with their values typed as ``extract`` wrote them; a file
    that cannot be read is a MergeError naming it (and the line, for text formats), as is
    one cut short (every row ``extract`` writes ends in a line break)."""
    # a gzip file cut short fails as it is read (EOFError), its end unknown till then
    if fmt in ("csv", "jsonl") and _ends_inside_a_row(path):
        raise MergeError(f"{path}: ends inside a row, not in a line break; {CUT_SHORT} "
                         "Run its shard again with --force")
    line = 1 if fmt.startswith("csv") else 0  # the line of the last row read (CSV: header)
    try:
        for row in _read(path, fmt):
            line += 1
            yield row
    except EOFError as exc:  # gzip's end not reached: a `.gz` shard cut short
        raise MergeError(f"{path}: its gzip data ends before its end mark; {CUT_SHORT} "
                         "Run its shard again with --force") from exc
    except (ValueError, csv.Error, UnicodeDecodeError, OSError, zlib.error) as exc:
        if isinstance(exc, OSError) and exc.filename is not None:  # not opened: no line
            raise _unopened(path, exc) from exc
        where = f"{path}:{line + 1}" if fmt != "parquet" else str(path)
        raise MergeError(f"{where}: cannot read this shard file ({exc})") from exc
    except Exception as exc:  # pyarrow's own errors for a damaged Parquet file
        raise MergeError(f"{path}: cannot read this shard file ({exc})") from exc


def _ends_inside_a_row(path: Path) -> bool:
    """:func:`ends_inside_a_row`, with a shard file that cannot be opened (unreadable, a
    folder named as a shard file) a MergeError naming it, where it was a traceback."""
    try:
        return ends_inside_a_row(path)
    except OSError as exc:
        raise _unopened(path, exc) from exc


def _unopened(path: Path, exc: OSError) -> MergeError:
    """The one line for a shard file that cannot be opened: its name and the reason."""
    return MergeError(f"{path}: cannot read this shard file ({exc.strerror or exc})")


def _read(path: Path, fmt: str) -> Iterator[dict[str, Any]]:
    """The rows of one shard file, typed; errors are the readers' own."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches():
            yield from batch.to_pylist()
        return
    if fmt.startswith("jsonl"):
        with _opened(path, fmt, "utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
        return
    with _opened(path, fmt, "latin-1") as raw:
        guarded = raw.read(3) == "\xef\xbb\xbf"  # the spreadsheet-safe CSV starts with a BOM
    with _opened(path, fmt, "utf-8-sig") as handle:
        for row in checked_rows(wide_rows(handle)):
            yield {k: _typed(v, COLUMN_TYPES.get(k, "string"), guarded) for k, v in row.items()}


def _opened(path: Path, fmt: str, encoding: str) -> TextIO:
    """A shard file's text, decompressed when its format is compressed (`csv.gz`)."""
    if fmt.endswith(".gz"):
        return gzip.open(path, "rt", encoding=encoding, newline="")
    return open(path, encoding=encoding, newline="")


def _typed(value: str, kind: ColumnType, guarded: bool) -> object:
    """A CSV cell back to its value: numbers parsed, empty is None, the guard undone."""
    if value == "":
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return unguard(value) if guarded else value
