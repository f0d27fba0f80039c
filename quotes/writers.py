"""The write stage: rows out as CSV, JSONL, Parquet, a workbook or a database, with the
same columns in every format.

This module checks an output and opens the writer of its family: CSV and JSONL
(:mod:`quotes.text_formats`), Parquet (:mod:`quotes.parquet`), ``.xlsx``
(:mod:`quotes.xlsx`) and SQLite (:mod:`quotes.sqlite`), all with the life cycle of
:mod:`quotes.row_writers`. Every file is written atomically: rows go to a hidden temp
file next to the target (``.NAME.partial-PID``), which is fsynced and renamed over the
target only when the writer closes cleanly. An interrupted or failed run leaves the
previous file (or none), never a truncated one. A writer refuses to overwrite an
existing file unless forced, and always refuses to write over one of the run's inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Literal, cast

from quotes.atomic_sink import AtomicSink
from quotes.formula_guard import guard, needs_guard, unguard
from quotes.gzip_names import gzipped, named_suffix, suffix_as_written
from quotes.inputs import ReadError
from quotes.outputs import (
    OutputError,
    OutputExistsError,
    OutputIsInputError,
    check_not_a_document,
    check_outputs,
    check_target,
    is_device,
)
from quotes.parquet import ParquetWriter
from quotes.records import COLUMNS
from quotes.row_writers import ColumnType, RowWriter
from quotes.run import DocumentError
from quotes.text_formats import CsvWriter, JsonlWriter

__all__ = [
    "COLUMN_TYPES",
    "ERROR_COLUMNS",
    "FORMATS",
    "GZIP_FORMATS",
    "TABLE_FORMATS",
    "TEXT_COLUMNS",
    "TEXT_TYPES",
    "AtomicSink",
    "ColumnType",
    "OutputError",
    "OutputExistsError",
    "OutputIsInputError",
    "RowWriter",
    "check_output",
    "check_outputs",
    "check_target",
    "extensions",
    "guard",
    "gzip_extensions",
    "needs_guard",
    "open_writer",
    "unguard",
    "write_error_report",
]

Format = Literal["csv", "jsonl", "parquet", "xlsx", "sqlite"]

#: The output formats :func:`open_writer` knows.
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "parquet", "xlsx", "sqlite")
#: The formats of a table that holds no document texts (`speakers`, `merge`).
TABLE_FORMATS: tuple[Format, ...] = ("csv", "jsonl", "parquet", "xlsx")

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

#: The formats a name ending in `.gz` writes compressed with gzip (`quotes.csv.gz`,
#: `rows.jsonl.gz`), as a corpus of millions of rows is kept and as `quotes evaluate
#: --pred` reads them back; the others are compressed already (Parquet, a workbook) or
#: are a database, which is written in place.
GZIP_FORMATS: tuple[Format, ...] = ("csv", "jsonl")


def extensions(kinds: Sequence[Format] = FORMATS) -> str:
    """The extensions that name the output formats ``kinds``, as the help and the errors
    say them, a format's names joined by `/`, its own first (`.csv, .jsonl/.ndjson,
    .parquet/.pq`): every name an output may have, where the help named one per format
    and `.ndjson`, `.pq`, `.sqlite` and `.sqlite3` were taken without a word."""
    return ", ".join(
        "/".join(suffix for suffix, kind in _SUFFIX_FORMATS.items() if kind == wanted)
        for wanted in kinds
    )


#: Formats that need a file: they cannot stream to stdout.
_FILE_ONLY: frozenset[Format] = frozenset({"parquet", "xlsx", "sqlite"})

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
    on_error: Callable[[DocumentError], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
) -> RowWriter:
    """Open a writer for ``path`` (None is stdout) in ``fmt`` or the format of its extension.

    An unknown extension is refused (ValueError listing the formats). CSV is spreadsheet-safe
    unless ``plain_csv``: UTF-8 with a BOM (never on stdout) and the formula guard
    (:func:`~quotes.formula_guard.needs_guard`).
    ``columns`` picks and orders a subset of the table's columns, whose value types are
    ``types`` (default: the quote table, :data:`~quotes.records.COLUMNS`).

    Raises ValueError for an unknown format or column, OutputIsInputError when ``path`` is one
    of ``inputs``, OutputExistsError when it exists and ``force`` is false, ImportError when
    Parquet is asked for without pyarrow installed. A ``.xlsx`` workbook has the rows on a
    sheet named ``sheet`` (:class:`quotes.xlsx.XlsxWriter`); a SQLite database is added to,
    not replaced (:class:`quotes.sqlite.SqliteWriter`). ``fields`` are the document metadata
    fields kept (``--keep-fields``): text columns after ``columns`` in every row, and
    columns of the ``documents`` table in a database. A database reports to ``on_error``
    a document it cannot take (its id repeats an earlier one's of the run); a workbook
    tells ``on_warning`` (where, reason) of a text cut at the size of a cell.
    """
    chosen = _check_columns(columns, types)
    kind = check_output(path, fmt=fmt, force=force, inputs=inputs)
    clash = sorted(set(fields) & set(types))
    if clash:
        raise ValueError(f"--keep-fields: {', '.join(clash)} is already a column")
    if kind == "sqlite" and path is not None:
        from quotes.sqlite import SqliteWriter

        return SqliteWriter(path, chosen, types, fields=fields, on_error=on_error)
    types = {**types, **dict.fromkeys(fields, cast(ColumnType, "string"))}
    chosen = (*chosen, *fields)
    sink = AtomicSink(path, force=force)
    try:
        if kind == "parquet":
            return ParquetWriter(sink, chosen, types)
        if kind == "jsonl":
            return JsonlWriter(sink, chosen, gzip=gzipped(path))
        if kind == "xlsx":
            from quotes.xlsx import XlsxWriter

            if on_warning is not None:
                return XlsxWriter(sink, chosen, types, sheet=sheet, on_warning=on_warning)
            return XlsxWriter(sink, chosen, types, sheet=sheet)
        return CsvWriter(sink, chosen, types, safe=not plain_csv, gzip=gzipped(path))
    except BaseException:
        sink.discard()
        raise


def check_output(
    path: Path | None, *, fmt: str | None = None, force: bool = False,
    inputs: Sequence[Path] = (), what: str = "--output",
    formats: Sequence[Format] = FORMATS, not_written: str = "",
) -> Format:
    """Validate an output before a run starts and return its format; `what` names the
    option that gives it (`--texts`). `formats` are those the command writes (`speakers`
    and `merge` no database): an unknown format's error lists them, and one of another
    command's is refused first, with `not_written` (where it is written), where
    `speakers -f sqlite` said a database needs a file path and `-f bogus` offered sqlite.

    Raises ValueError for an unknown format or Parquet on stdout, and OutputError when the
    path is an input, a folder, or (without ``force``) an existing file. Writing over an
    input is the first thing refused, whatever the extension.
    """
    if path is not None and any(path.resolve() == Path(i).resolve() for i in inputs):
        check_target(path, force=force, inputs=inputs, what=what)
    kind = _format(path, fmt, formats)
    if kind not in formats:
        raise ValueError(not_written or f"{what}: {kind} is not written here; choose from: "
                                        f"{', '.join(formats)}")
    if kind in _FILE_ONLY and path is None:
        raise ValueError(f"{kind} output needs a file path (-o); stdout takes csv or jsonl")
    if kind == "sqlite" and path is not None and is_device(path):
        raise ValueError(f"{what} {path} is a character device; a SQLite database needs a "
                         "file, give another format (-f csv) or a file path")
    if path is not None:
        # A database is added to, so an existing one needs no --force.
        check_target(path, force=force or kind == "sqlite", inputs=inputs, what=what)
        suffixes = [suffix_as_written(suffix, path)
                    for suffix, named in _SUFFIX_FORMATS.items() if named == kind]
        check_not_a_document(path, inputs=inputs, what=what, suffixes=suffixes)
    return kind


def write_error_report(
    path: Path, errors: Iterable[ReadError | Mapping[str, object]], *, force: bool = False
) -> int:
    """Write errors as JSONL (``source``, ``reason``, ``doc_id``), atomically, gzipped when
    `path` ends in `.gz` (`errors.jsonl.gz`); return the count.

    Like any output, an existing report is replaced only with ``force`` (check the path
    with :func:`~quotes.outputs.check_outputs` before the run).
    """
    count = 0
    with JsonlWriter(AtomicSink(path, force=force), ERROR_COLUMNS,
                     gzip=gzipped(path)) as writer:
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
        if column == "":  # `--columns doc_id, quote`: the shell took `quote` as an input
            raise ValueError(f"an empty column name in {','.join(chosen)!r} (a comma with "
                             "no name after it; write the names without spaces, or quote "
                             "them: --columns \"doc_id, quote\")")
        if column not in types:
            raise ValueError(f"unknown column {column!r}; choose from: {', '.join(types)}")
    repeated = sorted({c for c in chosen if chosen.count(c) > 1})
    if repeated:
        raise ValueError(f"column chosen more than once: {', '.join(repeated)}")
    return chosen


def _format(path: Path | None, fmt: str | None, formats: Sequence[Format]) -> Format:
    """The explicit format, else the one of the path's extension (stdout, and a character
    device its name gives no format: CSV); an error lists the `formats` of the command.

    An extension that names no format is refused rather than guessed: a CSV written into
    ``out.xlsx`` or ``out.txt`` opens as garbage where its users open it; so is an
    explicit format other than the one the extension names (`-o out.csv -f jsonl`).
    """
    if fmt is not None:
        chosen = _packed_format(path, fmt.lower())
        if chosen not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}; choose from: {', '.join(formats)}"
                             f", or {'/'.join(f + '.gz' for f in GZIP_FORMATS)} compressed")
        named = _SUFFIX_FORMATS.get(named_suffix(path)) if path is not None else None
        if named is not None and named != chosen:  # `-o out.csv -f jsonl`
            raise ValueError(f"output {path}: its extension names {named}, --format "
                             f"{fmt.lower()}; drop --format, or give the file the extension "
                             "of its format")
        return _compressible(path, cast(Format, chosen))
    kind = None if path is None else _SUFFIX_FORMATS.get(named_suffix(path))
    if path is None or (kind is None and is_device(path)):  # stdout, `-o /dev/null`
        return "csv"
    if kind is None:
        shown = "".join(path.suffixes[-2:]) if gzipped(path) else path.suffix
        raise ValueError(
            f"output {path}: unknown extension {shown or '(none)'!r}; use one of "
            f"{', '.join(s for s, k in _SUFFIX_FORMATS.items() if k in formats)}, or "
            f"{', '.join(gzip_extensions())} compressed (or --format {'/'.join(formats)})"
        )
    return _compressible(path, kind)


def _packed_format(path: Path | None, fmt: str) -> str:
    """The format `fmt` names, less a `.gz` that asks for it compressed (`-f csv.gz`, as
    the files of a shard folder, `-o shards/ --shard 0/8 -f csv.gz`, are named by the
    format alone): such a format writes only into a file whose name ends in `.gz`, as
    the name, not the format, tells the writer to compress."""
    base = fmt.removesuffix(".gz")
    if base == fmt or base not in GZIP_FORMATS:
        return fmt
    if path is None:
        raise ValueError(f"--format {fmt} writes gzip, which needs a file path "
                         f"(-o FILE.{fmt}); stdout takes csv or jsonl")
    if not gzipped(path):
        raise ValueError(f"output {path}: --format {fmt} writes gzip; give the file a "
                         f".{fmt} name, or --format {base}")
    return base


def gzip_extensions() -> list[str]:
    """The names of the compressed outputs, as the help and the errors say them
    (`.csv.gz`)."""
    return [f"{suffix}.gz" for suffix, kind in _SUFFIX_FORMATS.items() if kind in GZIP_FORMATS]


def _compressible(path: Path | None, kind: Format) -> Format:
    """`kind`, when `path` may hold it: a `.gz` name only a text format
    (:data:`GZIP_FORMATS`); `out.parquet.gz` is refused in one line, not written as a
    Parquet file that no reader opens through gzip."""
    if gzipped(path) and kind not in GZIP_FORMATS:
        raise ValueError(f"output {path}: {kind} is not written compressed with gzip (only "
                         f"{', '.join(gzip_extensions())}); drop the .gz")
    return kind
