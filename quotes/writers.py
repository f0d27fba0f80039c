"""The write stage: rows out as CSV, JSONL or Parquet, with the same columns in every format.

Every file is written atomically: rows go to a hidden temp file next to the target
(``.NAME.partial-PID``), which is fsynced and renamed over the target only when the writer
closes cleanly. An interrupted or failed run leaves the previous file (or none), never a
truncated one. A writer refuses to overwrite an existing file unless forced, and always
refuses to write over one of the run's inputs.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol, Self, cast

from quotes.inputs import ReadError
from quotes.outputs import (
    AtomicSink,
    OutputError,
    OutputExistsError,
    OutputIsInputError,
    check_outputs,
    check_target,
)
from quotes.records import COLUMNS, Document

__all__ = [
    "COLUMN_TYPES",
    "ERROR_COLUMNS",
    "FORMATS",
    "TEXT_COLUMNS",
    "TEXT_TYPES",
    "AtomicSink",
    "OutputError",
    "OutputExistsError",
    "OutputIsInputError",
    "RowWriter",
    "check_output",
    "check_outputs",
    "check_target",
    "guard",
    "needs_guard",
    "open_writer",
    "unguard",
    "write_error_report",
]

Format = Literal["csv", "jsonl", "parquet", "xlsx", "sqlite"]

#: The output formats :func:`open_writer` knows.
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "parquet", "xlsx", "sqlite")

_SUFFIX_FORMATS: dict[str, Format] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".xlsx": "xlsx",
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
}

#: Formats that need a file: they cannot stream to stdout.
_FILE_ONLY: frozenset[Format] = frozenset({"parquet", "xlsx", "sqlite"})

ColumnType = Literal["string", "int", "float"]

#: The type of every output column; it fixes the Parquet schema and which CSV cells are text.
COLUMN_TYPES: dict[str, ColumnType] = {
    "doc_id": "string",
    "quote_id": "int",
    "type": "string",
    "quote": "string",
    "quote_start": "int",
    "quote_end": "int",
    "speaker": "string",
    "speaker_mention": "string",
    "speaker_start": "int",
    "speaker_end": "int",
    "cue": "string",
    "cue_start": "int",
    "cue_end": "int",
    "method": "string",
    "confidence": "float",
    "cue_class": "string",
    "speaker_id": "string",
}

#: The columns of the ``--texts`` file: each document's id and the exact text analysed.
TEXT_TYPES: dict[str, ColumnType] = {"id": "string", "text": "string"}
TEXT_COLUMNS: tuple[str, ...] = tuple(TEXT_TYPES)

#: The columns of an error report (``doc_id`` is null for a read error).
ERROR_COLUMNS: tuple[str, ...] = ("source", "reason", "doc_id")

#: Characters that start a formula or command in some spreadsheet (CWE-1236), ASCII and
#: full-width: a cell starting with one, even behind spaces or line breaks, is guarded.
_ALWAYS_FORMULA = frozenset("=@＝＠")
#: Signs that start a formula only when what follows parses as one (see :func:`needs_guard`).
_SIGNS = frozenset("+-＋－")
#: Whitespace a spreadsheet may skip before reading a formula.
_LEADING_SPACE = " \n\u3000\u00a0"
#: Characters that make a signed cell a function call, a DDE command or a sheet reference.
_FORMULA_SYNTAX = frozenset("(|!")
#: A signed cell that is arithmetic on numbers, spaced or not (`- 5`, `-1 + 1`, `+3 * 2%`).
_ARITHMETIC = re.compile(r"[\d\s.,%+\-*/^]*")

#: Rows buffered per Parquet row group: big enough for good compression, small enough
#: that memory stays flat whatever the corpus size.
PARQUET_ROW_GROUP = 10_000


class RowWriter(Protocol):
    """Writes rows (mappings from column name to value) to one output; a context manager.

    Leaving the ``with`` block normally commits the output; leaving it with an exception
    discards the temp file and leaves any previous file intact.
    """

    def document(self, document: Document) -> None:
        """Announce the document whose rows come next (a database stores the document)."""

    def write(self, row: Mapping[str, object]) -> None:
        """Write one row; keys outside the writer's columns are ignored, missing ones are null."""

    def close(self) -> None:
        """Finish and commit the output (idempotent)."""

    def abort(self) -> None:
        """Give up: drop what was written, keeping any previous output."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def open_writer(
    path: Path | None,
    *,
    fmt: str | None = None,
    columns: Sequence[str] = COLUMNS,
    types: Mapping[str, ColumnType] = COLUMN_TYPES,
    plain_csv: bool = False,
    force: bool = False,
    inputs: Sequence[Path] = (),
    fields: Sequence[str] = (),
    sheet: str = "quotes",
) -> RowWriter:
    """Open a writer for ``path`` (None is stdout) in ``fmt`` or the format of its extension.

    An unknown extension is refused (ValueError listing the formats). CSV is spreadsheet-safe
    unless ``plain_csv``: UTF-8 with a BOM (never on stdout) and the formula guard
    (:func:`needs_guard`).
    ``columns`` picks and orders a subset of the table's columns, whose value types are
    ``types`` (default: the quote table, :data:`~quotes.records.COLUMNS`).

    Raises ValueError for an unknown format or column, OutputIsInputError when ``path`` is one
    of ``inputs``, OutputExistsError when it exists and ``force`` is false, ImportError when
    Parquet is asked for without pyarrow installed. A ``.xlsx`` workbook has the rows on a
    sheet named ``sheet`` (:class:`quotes.xlsx.XlsxWriter`); a SQLite database is added to,
    not replaced (:class:`quotes.sqlite.SqliteWriter`). ``fields`` are the document metadata
    fields kept (``--keep-fields``): text columns after ``columns`` in every row, and
    columns of the ``documents`` table in a database.
    """
    chosen = _check_columns(columns, types)
    kind = check_output(path, fmt=fmt, force=force, inputs=inputs)
    clash = sorted(set(fields) & set(types))
    if clash:
        raise ValueError(f"--keep-fields: {', '.join(clash)} is already a column")
    if kind == "sqlite" and path is not None:
        from quotes.sqlite import SqliteWriter

        return SqliteWriter(path, chosen, types, fields=fields)
    types = {**types, **dict.fromkeys(fields, cast(ColumnType, "string"))}
    chosen = (*chosen, *fields)
    sink = AtomicSink(path, force=force)
    try:
        if kind == "parquet":
            return _ParquetWriter(sink, chosen, types)
        if kind == "jsonl":
            return _JsonlWriter(sink, chosen)
        if kind == "xlsx":
            from quotes.xlsx import XlsxWriter

            return XlsxWriter(sink, chosen, types, sheet=sheet)
        return _CsvWriter(sink, chosen, types, safe=not plain_csv)
    except BaseException:
        sink.discard()
        raise


def check_output(
    path: Path | None, *, fmt: str | None = None, force: bool = False, inputs: Sequence[Path] = ()
) -> Format:
    """Validate an output before a run starts and return its format.

    Raises ValueError for an unknown format or Parquet on stdout, and OutputError when the
    path is an input, a folder, or (without ``force``) an existing file. Writing over an
    input is the first thing refused, whatever the extension.
    """
    if path is not None and any(path.resolve() == Path(i).resolve() for i in inputs):
        check_target(path, force=force, inputs=inputs)
    kind = _format(path, fmt)
    if kind in _FILE_ONLY and path is None:
        raise ValueError(f"{kind} output needs a file path (-o); stdout takes csv or jsonl")
    if path is not None:
        # A database is added to, so an existing one needs no --force.
        check_target(path, force=force or kind == "sqlite", inputs=inputs)
    return kind


def write_error_report(
    path: Path, errors: Iterable[ReadError | Mapping[str, object]], *, force: bool = False
) -> int:
    """Write errors as JSONL (``source``, ``reason``, ``doc_id``), atomically; return the count.

    Like any output, an existing report is replaced only with ``force`` (check the path
    with :func:`~quotes.outputs.check_outputs` before the run).
    """
    count = 0
    with _JsonlWriter(AtomicSink(path, force=force), ERROR_COLUMNS) as writer:
        for error in errors:
            writer.write(asdict(error) if isinstance(error, ReadError) else error)
            count += 1
    return count


def _check_columns(columns: Sequence[str], types: Mapping[str, ColumnType]) -> tuple[str, ...]:
    """The chosen columns, validated against the table's columns."""
    chosen = tuple(columns)
    if not chosen:
        raise ValueError("choose at least one column")
    for column in chosen:
        if column not in types:
            raise ValueError(f"unknown column {column!r}; choose from: {', '.join(types)}")
    repeated = sorted({c for c in chosen if chosen.count(c) > 1})
    if repeated:
        raise ValueError(f"column chosen more than once: {', '.join(repeated)}")
    return chosen


def _format(path: Path | None, fmt: str | None) -> Format:
    """The explicit format, else the one of the path's extension (stdout: CSV).

    An extension that names no format is refused rather than guessed: a CSV written into
    ``out.xlsx`` or ``out.txt`` opens as garbage where its users open it.
    """
    if fmt is not None:
        if fmt.lower() not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}; choose from: {', '.join(FORMATS)}")
        return cast(Format, fmt.lower())
    if path is None:
        return "csv"
    kind = _SUFFIX_FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ValueError(
            f"output {path}: unknown extension {path.suffix or '(none)'!r}; use one of "
            f"{', '.join(_SUFFIX_FORMATS)} (or --format {'/'.join(FORMATS)})"
        )
    return kind


class ClosingWriter:
    """The `with` life cycle every writer shares: :meth:`close` on a clean exit,
    :meth:`abort` when the block raised (the subclass defines both)."""

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class _Writer(ClosingWriter):
    """Shared life cycle: write rows, then commit on a clean close or discard on error."""

    def __init__(self, sink: AtomicSink, columns: Sequence[str]) -> None:
        self.sink = sink
        self.columns = tuple(columns)
        self.closed = False
        self.aborted = False

    def document(self, document: Document) -> None:
        """Rows carry what they need of their document; file formats keep nothing more."""

    def write(self, row: Mapping[str, object]) -> None:
        """Write one row with this writer's columns."""
        if self.closed:
            raise ValueError("write to a closed writer")
        try:
            self._write([row.get(column) for column in self.columns])
        except OSError as exc:  # a full disk, a closed stdout: one line, temp file gone
            self.closed = True
            raise self.sink.fault(exc) from exc

    def close(self) -> None:
        """Finish the format's stream and commit the output (a second call does nothing)."""
        if self.closed:
            return
        self.closed = True
        try:
            self._finish()
        except OSError as exc:
            raise self.sink.fault(exc) from exc
        except BaseException:
            self.sink.discard()
            raise
        self.sink.commit()

    def abort(self) -> None:
        """Give up: discard what was written so far, keeping any previous output."""
        if self.closed:
            return
        self.closed = self.aborted = True
        with contextlib.suppress(Exception):
            self._finish()
        self.sink.discard()

    def _write(self, values: list[object]) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        raise NotImplementedError


class _TextWriter(_Writer):
    """A writer of text formats: a UTF-8 text layer over the sink's bytes."""

    def __init__(self, sink: AtomicSink, columns: Sequence[str], *, bom: bool = False) -> None:
        super().__init__(sink, columns)
        encoding = "utf-8-sig" if bom and not sink.to_stdout else "utf-8"
        self.text = io.TextIOWrapper(sink.stream, encoding=encoding, newline="")

    def _finish(self) -> None:
        # Detach rather than close: the sink owns the byte stream (stdout must stay open).
        self.text.flush()
        self.text.detach()


class _CsvWriter(_TextWriter):
    """RFC 4180 CSV with a header row; spreadsheet-safe unless ``safe`` is false."""

    def __init__(
        self,
        sink: AtomicSink,
        columns: Sequence[str],
        types: Mapping[str, ColumnType],
        *,
        safe: bool,
    ) -> None:
        super().__init__(sink, columns, bom=safe)
        self.safe = safe
        self.text_columns = [types[c] == "string" for c in self.columns]
        # CRLF in files (RFC 4180), LF on stdout where the next program is a Unix tool.
        end = "\n" if sink.to_stdout else "\r\n"
        self.csv = csv.writer(self.text, quoting=csv.QUOTE_MINIMAL, lineterminator=end)
        self.started = False

    def _start(self) -> None:
        """The header row, written with the first row or at a clean close, never before:
        a run that cannot start (a missing input) prints no header."""
        if not self.started:
            self.started = True
            self.csv.writerow(self.columns)

    def _finish(self) -> None:
        if not self.aborted:
            self._start()
        super()._finish()

    def _write(self, values: list[object]) -> None:
        self._start()
        cells = ["" if value is None else value for value in values]
        if self.safe:
            cells = [
                guard(cell) if is_text and isinstance(cell, str) else cell
                for cell, is_text in zip(cells, self.text_columns, strict=True)
            ]
        self.csv.writerow(cells)


def needs_guard(cell: str) -> bool:
    """Whether the spreadsheet-safe CSV puts one ``'`` before this text cell.

    Leading ``'`` are looked through, so that :func:`unguard` can always undo
    :func:`guard`. Then a cell is guarded when it starts with a tab or a carriage return,
    or, after any spaces and line breaks, with ``=`` or ``@`` (or their full-width forms
    ``＝`` ``＠``), or with ``+`` or ``-`` (``＋`` ``－``) followed by a single word with no
    space (``-A1+B2``, ``+5``), by arithmetic on numbers (``- 5``, ``-1 + 1``) or by
    anything containing ``(``, ``|`` or ``!`` (a function call, a DDE command, a sheet
    reference: ``-2+3+cmd|' /C calc'!A0``). Prose such as
    ``-10% in a year, prices fell`` is left as it is: LibreOffice reads it as text (tested
    by converting CSV to .xlsx headless), and a guard there would break offsets for nothing.
    """
    text = cell.lstrip("'")
    if text.startswith(("\t", "\r")):
        return True
    text = text.lstrip(_LEADING_SPACE)
    if not text:
        return False
    if text[0] in _ALWAYS_FORMULA:
        return True
    if text[0] not in _SIGNS or len(text) == 1:
        return False
    rest = text[1:]
    return (
        not any(c.isspace() for c in rest)
        or any(c in _FORMULA_SYNTAX for c in rest)
        or _ARITHMETIC.fullmatch(rest) is not None
    )


def guard(cell: str) -> str:
    """The cell as the spreadsheet-safe CSV writes it: one ``'`` first if it needs a guard."""
    return "'" + cell if needs_guard(cell) else cell


def unguard(cell: str) -> str:
    """Undo :func:`guard`: drop the one leading ``'`` it added (and only that)."""
    return cell[1:] if cell.startswith("'") and needs_guard(cell[1:]) else cell


class _JsonlWriter(_TextWriter):
    """One JSON object per line, values typed (numbers stay numbers, empty is null)."""

    def _write(self, values: list[object]) -> None:
        record = dict(zip(self.columns, values, strict=True))
        self.text.write(json.dumps(record, ensure_ascii=False) + "\n")


class _ParquetWriter(_Writer):
    """Parquet with a fixed schema, written one row group at a time as rows come."""

    def __init__(
        self, sink: AtomicSink, columns: Sequence[str], types: Mapping[str, ColumnType]
    ) -> None:
        super().__init__(sink, columns)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            message = 'parquet output needs pyarrow: pip install "quotes-attribution[parquet]"'
            raise ImportError(message) from exc
        arrow = {"string": pa.string(), "int": pa.int64(), "float": pa.float64()}
        self.pa = pa
        self.schema = pa.schema([(c, arrow[types[c]]) for c in self.columns])
        self.parquet = pq.ParquetWriter(sink.stream, self.schema)
        self.buffer: list[list[Any]] = [[] for _ in self.columns]
        self.buffered = 0

    def _write(self, values: list[object]) -> None:
        for column, value in zip(self.buffer, values, strict=True):
            column.append(value)
        self.buffered += 1
        if self.buffered >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        """Write the buffered rows as one row group."""
        if self.buffered:
            data = dict(zip(self.columns, self.buffer, strict=True))
            table = self.pa.Table.from_pydict(data, schema=self.schema)
            self.parquet.write_table(table)
            self.buffer = [[] for _ in self.columns]
            self.buffered = 0

    def _finish(self) -> None:
        try:
            self._flush()
        finally:
            self.parquet.close()
