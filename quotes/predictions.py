"""Read back the predictions `quotes extract` wrote, in any of its formats, for scoring.

``quotes evaluate --pred FILE`` takes what ``extract -o FILE`` wrote, whatever the format:
CSV (with or without the BOM and the formula guard), JSONL (one row per quote, or one
quote-gold document per line), Parquet, an ``.xlsx`` workbook or a SQLite database. The
format comes from the extension, or from the first bytes for a name that has none of
these (``-f jsonl -o rows.txt``, stdout sent to a file). Anything unreadable is a
:class:`PredictionError` whose message names the file and the line (or row) and the
reason, so the CLI prints one line.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, get_args

from quotes.csv_rows import checked_rows
from quotes.gold import json_objects
from quotes.inputs import FIFO, special_file
from quotes.records import Quote, QuoteType
from quotes.writers import unguard

__all__ = ["PREDICTION_SUFFIXES", "PredictionError", "check_spans", "load_predictions"]

#: Quote types a prediction may have.
_TYPES: tuple[str, ...] = get_args(QuoteType)

#: Where each :class:`Quote` field stands in an exported row and in a quote-gold item
#: (there ``speaker_name`` is the resolved name and ``speaker`` the mention).
_ROW_FIELDS = {
    "text": "quote",
    "start": "quote_start",
    "end": "quote_end",
    "speaker": "speaker",
    "speaker_mention": "speaker_mention",
}
_GOLD_FIELDS = {
    "text": "text",
    "start": "start",
    "end": "end",
    "speaker": "speaker_name",
    "speaker_mention": "speaker",
}

#: The columns a row of predictions must have.
_NEEDED = ("doc_id", "type", "quote_start", "quote_end")


class PredictionError(ValueError):
    """A predictions file that cannot be read; the message starts with ``FILE:LINE:`` (or
``FILE: row N:`` in Parquet, .xlsx and SQLite)."""


#: An offset as CSV writes it: a whole number of at most 18 digits.
_OFFSET = re.compile(r"-?[0-9]{1,18}")


def _offset(value: Any, name: str) -> int:
    """An offset from any format: a whole number (CSV gives it as text, a spreadsheet that
    was saved again may as ``12.0``); anything else (``1.5``, ``one``, ``true``, a number
    of thousands of digits) is a ValueError naming the column, not a silent ``int`` cut."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _OFFSET.fullmatch(value.strip()):
        return int(value)
    raise ValueError(f"{name} is {_shown(value)}, expected a whole number")


def _int_or_none(value: Any, name: str) -> int | None:
    """An offset that may be left out: empty or missing means ``None``."""
    return None if value is None or value == "" else _offset(value, name)


def _confidence(value: Any) -> float:
    """A row's confidence: a probability from 0 to 1, empty or missing meaning 0; anything
    else (``high``, ``nan``, ``7``) is a ValueError, as the calibration figures (ECE, bins
    of confidence) are only defined over probabilities."""
    if value is None or value == "":
        return 0.0
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not 0.0 <= number <= 1.0:
        raise ValueError(f"confidence {_shown(value)} is not a number from 0 to 1")
    return number


def _shown(value: Any) -> str:
    """A cell in a message, cut to 40 characters."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _str_or_none(value: Any) -> str | None:
    """A name from CSV or JSON: empty or missing means ``None``."""
    return str(value) if value not in (None, "") else None


def quote_from(item: Mapping[str, Any], fields: Mapping[str, str] = _ROW_FIELDS) -> Quote:
    """One predicted quote from an exported row (or, with ``_GOLD_FIELDS``, a gold item).

    Raises ValueError, KeyError or TypeError for a missing or malformed field; the
    loaders turn those into a :class:`PredictionError` naming the line.
    """
    if not isinstance(item, Mapping):  # a quote-gold document's quotes: [5]
        raise ValueError(f"a quote is {_shown(item)}, not an object")
    kind = item.get("type")
    if kind not in _TYPES:
        raise ValueError(f"type {kind!r} is not one of {', '.join(_TYPES)}")
    start = _offset(item[fields["start"]], fields["start"])
    end = _offset(item[fields["end"]], fields["end"])
    if not 0 <= start <= end:  # a row edited by hand or cut by a tool: no span to score
        raise ValueError(f"{fields['start']} {start} and {fields['end']} {end} are no span")
    return Quote(
        type=kind,
        text=str(item.get(fields["text"]) or ""),
        start=start,
        end=end,
        speaker=_str_or_none(item.get(fields["speaker"])),
        speaker_mention=_str_or_none(item.get(fields["speaker_mention"])),
        speaker_start=_int_or_none(item.get("speaker_start"), "speaker_start"),
        speaker_end=_int_or_none(item.get("speaker_end"), "speaker_end"),
        cue=_str_or_none(item.get("cue")),
        cue_start=_int_or_none(item.get("cue_start"), "cue_start"),
        cue_end=_int_or_none(item.get("cue_end"), "cue_end"),
        method=str(item.get("method") or "none"),
        confidence=_confidence(item.get("confidence")),
        cue_class=_str_or_none(item.get("cue_class")),
    )


def _collect(
    path: Path, records: Iterable[tuple[int, Mapping[str, Any]]], unit: str = "line"
) -> dict[str, list[Quote]]:
    """Group rows (``(line, row)``) or quote-gold documents into quotes per doc id."""
    docs: dict[str, list[Quote]] = {}
    for number, record in records:
        try:
            # a quote-gold document: its quotes a list (a speaker table's `quotes` is a count)
            if isinstance(record.get("quotes"), list) and "doc_id" not in record:
                docs.setdefault(str(record["id"]), []).extend(
                    quote_from(item, _GOLD_FIELDS) for item in record["quotes"] or []
                )
                continue
            _check_columns(record)
            docs.setdefault(str(record["doc_id"]), []).append(quote_from(record))
        except (KeyError, TypeError, ValueError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            where = f"{path}:{number}" if unit == "line" else f"{path}: row {number}"
            raise PredictionError(f"{where}: {reason}") from exc
    return docs


def _check_columns(columns: Iterable[str]) -> None:
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
        _check_columns(header)
    except ValueError as exc:
        raise PredictionError(f"{path}:1: {exc}") from None


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """CSV rows by line; the BOM is skipped and the formula guard undone."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
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
_READERS: dict[str, tuple[_Reader, str]] = {
    ".csv": (_csv_rows, "line"),
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
PREDICTION_SUFFIXES: tuple[str, ...] = tuple(_READERS)


#: How each binary format ``extract`` writes begins (an .xlsx is a ZIP archive).
_MAGIC = {b"SQLite format 3\x00": ".db", b"PAR1": ".parquet", b"PK\x03\x04": ".xlsx"}


def _sniffed(path: Path) -> str:
    """The extension of the format a file's first bytes show, for a name ``extract``
    chose no format by (``-o rows.txt -f jsonl``, ``quotes extract … > rows.out``): a
    binary format's signature, a JSON object per line, or CSV whose header names
    ``doc_id``; empty when none fits, or when the file cannot be read (named later)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return ""
    for magic, suffix in _MAGIC.items():
        if head.startswith(magic):
            return suffix
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if first.startswith(b"{"):
        return ".jsonl"
    return ".csv" if b"doc_id" in first.split(b"\n", 1)[0] else ""


def load_predictions(path: str | Path) -> dict[str, list[Quote]]:
    """Predictions keyed by doc id, from any file ``quotes extract`` writes (by extension,
    else by content); a FIFO (``--pred <(quotes extract … -f jsonl)``) is read once into
    a temporary file first (:func:`_from_fifo`).

    Raises :class:`PredictionError` (a ValueError) naming the file and line for an unknown
    extension, an unreadable file or a malformed row.
    """
    path = Path(path)
    if _is_fifo(path):
        return _from_fifo(path)
    return _load(path)


def _is_fifo(path: Path) -> bool:
    """Whether `path` is a FIFO (named pipe), as `<(…)` gives: readable once, from the start
    (:func:`quotes.inputs.special_file`, which the inputs read by too)."""
    try:
        return special_file(path) == FIFO
    except OSError:
        return False  # the read names the fault


#: The most a FIFO of predictions is copied (1 GiB): `--pred <(cat /dev/zero)` or a
#: command that never ends filled the temporary folder's disk with no end; a stream this
#: large is refused, to be written to a file and passed as one.
MAX_FIFO_BYTES = 1 << 30


def _from_fifo(path: Path) -> dict[str, list[Quote]]:
    """The predictions of a FIFO, copied whole into a file of the same name in a temporary
    folder, as its format is told by its first bytes and then read again from the start
    (and a Parquet, workbook or database file is read at any place); faults name `path`.
    A stream longer than :data:`MAX_FIFO_BYTES`, or one the temporary folder cannot hold
    (a full disk), is a :class:`PredictionError`, and the copy is removed."""
    with tempfile.TemporaryDirectory(prefix="quotes-pred-") as folder:
        copy = Path(folder) / path.name
        try:
            with open(path, "rb") as pipe, open(copy, "wb") as out:
                copied = _copy_bounded(pipe, out, MAX_FIFO_BYTES)
        except OSError as exc:
            raise PredictionError(f"{path}: cannot copy the stream to a temporary file: "
                                  f"{exc.strerror or exc}") from None
        if copied > MAX_FIFO_BYTES:
            raise PredictionError(
                f"{path}: a stream of more than {MAX_FIFO_BYTES:,} bytes; write the "
                "predictions to a file (quotes extract … -o pred.jsonl) and pass that")
        try:
            return _load(copy)
        except PredictionError as exc:
            raise PredictionError(str(exc).replace(str(copy), str(path))) from None


def _copy_bounded(source: IO[bytes], target: IO[bytes], limit: int) -> int:
    """Copy `source` to `target`, stopping once more than `limit` bytes came; returns how
    many bytes were copied (more than `limit`: the stream was cut there)."""
    copied = 0
    while copied <= limit:
        chunk = source.read(min(1 << 20, limit + 1 - copied))
        if not chunk:
            break
        target.write(chunk)
        copied += len(chunk)
    return copied


def _load(path: Path) -> dict[str, list[Quote]]:
    """The predictions of a file that can be read more than once (see :func:`load_predictions`)."""
    suffix = path.suffix.lower()
    known = _READERS.get(suffix) or _READERS.get(_sniffed(path))
    if known is None:
        raise PredictionError(f"{path}: unknown predictions format {suffix or '(none)'!r}; "
                              f"use one of {', '.join(PREDICTION_SUFFIXES)}")
    reader, unit = known
    try:
        return _collect(path, reader(path), unit)
    except UnicodeDecodeError as exc:
        raise PredictionError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                              "is the extension right?") from exc
    except csv.Error as exc:
        raise PredictionError(f"{path}: not CSV ({exc})") from exc
    except OSError as exc:
        raise PredictionError(f"{path}: {exc.strerror or exc}") from exc


def check_spans(path: Path, predictions: Mapping[str, list[Quote]],
                texts: Mapping[str, str]) -> None:
    """Refuse predictions whose spans run past the end of their gold document's text: they
    were made from another text than the gold's (another version of the file, other
    `--text-field`), and any overlap they score would be by chance. Documents the gold
    does not hold are left to the caller's warning."""
    for doc_id, quotes in predictions.items():
        text = texts.get(doc_id)
        if text is None:
            continue
        for number, quote in enumerate(quotes, 1):
            if quote.end > len(text):
                raise PredictionError(
                    f"{path}: doc {doc_id}: quote {number} ends at {quote.end}, past the end "
                    f"of the gold text ({len(text)} characters): predicted on another text")

