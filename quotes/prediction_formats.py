"""The formats `quotes extract` writes, read back as numbered rows for scoring.

A step of :mod:`quotes.predictions`: each format's reader (CSV with the BOM skipped and
the formula guard undone, JSONL, Parquet, an ``.xlsx`` workbook, a SQLite database)
gives ``(line or row number, row)`` pairs; a header without the columns scoring needs
is refused before any row, and a file whose name says no format is told by its first
bytes (:func:`sniffed`). Faults are a :class:`PredictionError` naming the file.
"""

from __future__ import annotations

import gzip
import io
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from quotes.csv_rows import checked_rows, wide_rows
from quotes.gold import json_objects, opened
from quotes.gzip_names import gzipped, named_suffix
from quotes.input_bytes import GZIP_MAGIC
from quotes.writers import unguard

#: The columns a row of predictions must have.
_NEEDED = ("doc_id", "type", "quote_start", "quote_end")


class PredictionError(ValueError):
    """A predictions file that cannot be read; the message starts with ``FILE:LINE:`` (or
``FILE: row N:`` in Parquet, .xlsx and SQLite)."""


def check_columns(columns: Iterable[str]) -> None:
    """A ValueError unless a row (or a header) has the columns scoring needs."""
    missing = [c for c in _NEEDED if c not in columns]
    if missing:
        raise ValueError(f"no {', '.join(missing)} column: scoring needs "
                         f"{', '.join(_NEEDED)} (the rows `quotes extract` writes, "
                         "with those among its --columns)")


def _check_header(path: Path, header: list[str] | None) -> None:
    """Refuse a CSV or sheet whose header lacks a column scoring needs, before any row:
    a header-only file, or one whose first row is data (no header), was scored 0 as if
    the engine had found nothing. So is an empty CSV (no header at all), which
    ``extract`` never writes once a run has started (a failed run sent to a file)."""
    if not header:
        raise PredictionError(f"{path}: empty, not even a header row (did the run that "
                              "wrote it fail?)")
    try:
        check_columns(header)
    except ValueError as exc:
        raise PredictionError(f"{path}:1: {exc}") from None


def _csv_rows(path: Path, delimiter: str = ",") -> Iterator[tuple[int, dict[str, Any]]]:
    """CSV rows by line; the BOM is skipped and the formula guard undone. A gzip file
    (`rows.csv.gz`, known by its first bytes) is read decompressed, as JSONL is."""
    with io.TextIOWrapper(opened(path), encoding="utf-8-sig", newline="") as handle:
        reader = wide_rows(handle, delimiter)
        _check_header(path, reader.fieldnames)
        rows = checked_rows(reader)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except ValueError as exc:  # a row cut short: named, not scored without its cells
                raise PredictionError(f"{path}:{reader.line_num}: {exc}") from exc
            yield reader.line_num, {k: unguard(v) if isinstance(v, str) else v
                                    for k, v in row.items()}


def _tsv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of our CSV saved as TSV (a spreadsheet's "tab-separated" export): read
    as CSV, they were one column whose name held every header, "no doc_id column". A
    .tsv whose header has commas and no tab is our CSV renamed (`cp rows.csv rows.tsv`),
    read as CSV: split at tabs, it was that one column."""
    with opened(path) as handle:
        header = handle.readline()
    return _csv_rows(path, "," if b"," in header and b"\t" not in header else "\t")


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """JSON objects by line: exported rows or quote-gold documents."""
    return json_objects(path, PredictionError)


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parquet rows, numbered from 1."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise PredictionError(f"{path}: reading Parquet needs pyarrow: "
                              'pip install "quotes-attribution[parquet]"') from exc
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises its own error types for a bad file
        raise PredictionError(f"{path}: not a Parquet file ({exc})") from exc
    return enumerate(table.to_pylist(), start=1)


#: Excel's escape of a character XML cannot hold (`_x000B_`; `_x005F_` is `_` itself),
#: which xlsxwriter writes for control characters and openpyxl leaves as it is.
_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(value: object) -> object:
    """A cell's text as Excel reads it: every `_xHHHH_` the character it stands for."""
    if isinstance(value, str) and "_x" in value:
        return _XLSX_ESCAPE.sub(lambda m: chr(int(m[1], 16)), value)
    return value


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of the workbook's ``quotes`` sheet (else its first) and of the sheets its rows
    went on to past Excel's rows per sheet (``quotes-2``, …), by spreadsheet row."""
    try:
        import openpyxl
    except ImportError as exc:
        raise PredictionError(f"{path}: reading .xlsx needs openpyxl: pip install openpyxl"
                              ) from exc
    with open(path, "rb") as handle:  # by its bytes: openpyxl refuses a name not .xlsx
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # zipfile and openpyxl errors for a file that is no workbook
            raise PredictionError(f"{path}: not an .xlsx workbook ({exc})") from exc
        base = "quotes" if "quotes" in book.sheetnames else book.sheetnames[0]
        more = (f"{base}-{n}" for n in range(2, len(book.sheetnames) + 1))
        for name in (base, *(m for m in more if m in book.sheetnames)):
            rows = book[name].iter_rows(values_only=True)
            header = [str(h) for h in next(rows, ())]
            _check_header(path, header)
            for number, values in enumerate(rows, start=2):
                yield number, dict(zip(header, map(_unescape, values), strict=False))
        book.close()


def _sqlite_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of the database's ``quotes`` table, by rowid."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        cursor = connection.execute("SELECT rowid AS _rowid, * FROM quotes ORDER BY rowid")
    except sqlite3.DatabaseError as exc:
        raise PredictionError(f"{path}: not a `quotes` database ({exc})") from exc
    try:
        for row in cursor:
            record = dict(row)
            yield record.pop("_rowid"), record
    finally:
        connection.close()


_Reader = Callable[[Path], Iterable[tuple[int, dict[str, Any]]]]

#: The reader of every extension ``extract`` writes, and the word naming a record in it.
READERS: dict[str, tuple[_Reader, str]] = {
    ".csv": (_csv_rows, "line"),
    ".tsv": (_tsv_rows, "line"),
    ".jsonl": (_jsonl_rows, "line"),
    ".ndjson": (_jsonl_rows, "line"),
    ".parquet": (_parquet_rows, "row"),
    ".pq": (_parquet_rows, "row"),
    ".xlsx": (_xlsx_rows, "row"),
    ".db": (_sqlite_rows, "row"),
    ".sqlite": (_sqlite_rows, "row"),
    ".sqlite3": (_sqlite_rows, "row"),
}

#: The extensions :func:`load_predictions` reads.
PREDICTION_SUFFIXES: tuple[str, ...] = tuple(READERS)
#: The formats read through gzip when the name ends in `.gz` (`rows.csv.gz`).
GZIP_SUFFIXES: tuple[str, ...] = (".csv", ".tsv", ".jsonl", ".ndjson")


def format_suffix(path: Path) -> str:
    """The extension that names the format of `path`: its last one, or the one before a
    `.gz` (`rows.csv.gz` is CSV, read through gzip; `rows.parquet.gz` names `.parquet.gz`,
    no format read)."""
    inner = named_suffix(path)
    if not gzipped(path):
        return inner
    return inner if inner in GZIP_SUFFIXES else inner + ".gz"


#: How each binary format ``extract`` writes begins (an .xlsx is a ZIP archive).
_MAGIC = {b"SQLite format 3\x00": ".db", b"PAR1": ".parquet", b"PK\x03\x04": ".xlsx"}



def _gunzipped_head(path: Path) -> bytes:
    """The first bytes of a gzip file's content, BOM skipped; empty when it is damaged."""
    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(4096).removeprefix(b"\xef\xbb\xbf")
    except (OSError, EOFError, zlib.error):
        return b""


def sniffed(path: Path) -> str:
    """The extension of the format a file's first bytes show, for a name ``extract``
    chose no format by (``-o rows.txt -f jsonl``, ``quotes extract … > rows.out``): a
    binary format's signature, a JSON object per line, or CSV whose header names
    ``doc_id`` (either compressed with gzip too); empty when none fits, or when the file
    cannot be read (named later)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return ""
    for magic, suffix in _MAGIC.items():
        if head.startswith(magic):
            return suffix
    if head.startswith(GZIP_MAGIC):  # JSONL and CSV are read through gzip
        head = _gunzipped_head(path)
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if first.startswith(b"{"):
        return ".jsonl"
    header = first.split(b"\n", 1)[0]
    if b"doc_id" not in header:
        return ""
    return ".tsv" if b"\t" in header else ".csv"
