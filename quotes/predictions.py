"""Read back the predictions `quotes extract` wrote, in any of its formats, for scoring.

``quotes evaluate --pred FILE`` takes what ``extract -o FILE`` wrote, whatever the format:
CSV (with or without the BOM and the formula guard), JSONL (one row per quote, or one
quote-gold document per line), Parquet, an ``.xlsx`` workbook or a SQLite database. The
format comes from the extension, or from the first bytes for a name that has none of
these (``-f jsonl -o rows.txt``, stdout sent to a file); each format's reader is in
:mod:`quotes.prediction_formats`. Anything unreadable is a
:class:`PredictionError` whose message names the file and the line (or row) and the
reason, so the CLI prints one line.
"""

from __future__ import annotations

import csv
import os
import re
import select
import tempfile
import zlib
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, get_args

from quotes.gold import document_id
from quotes.input_bytes import UndecodableError, open_fifo
from quotes.inputs import FIFO, special_file
from quotes.prediction_formats import (
    GZIP_SUFFIXES,
    PREDICTION_SUFFIXES,
    READERS,
    PredictionError,
    check_columns,
    format_suffix,
    sniffed,
)
from quotes.records import Quote, QuoteType
from quotes.xlsx import cell_text

__all__ = ["PREDICTION_SUFFIXES", "PredictionError", "as_gold_ids", "check_spans",
           "load_predictions"]

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
                docs.setdefault(document_id("id", record["id"]), []).extend(
                    quote_from(item, _GOLD_FIELDS) for item in record["quotes"] or []
                )
                continue
            check_columns(record)
            docs.setdefault(document_id("doc_id", record["doc_id"]), []).append(
                quote_from(record))
        except (KeyError, TypeError, ValueError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            where = f"{path}:{number}" if unit == "line" else f"{path}: row {number}"
            raise PredictionError(f"{where}: {reason}") from exc
    return docs


def load_predictions(path: str | Path) -> dict[str, list[Quote]]:
    """Predictions keyed by doc id, from any file ``quotes extract`` writes (by extension,
    else by content); a FIFO (``--pred <(quotes extract … -f jsonl)``) is read once into
    a temporary file first (:func:`_from_fifo`).

    Raises :class:`PredictionError` (a ValueError) naming the file and line for an unknown
    extension, an unreadable file or a malformed row; a device or a socket is refused by
    its kind before any reader opens it (:func:`_kind`).
    """
    path = Path(path)
    kind = _kind(path)
    if kind == FIFO:
        return _from_fifo(path)
    if kind is not None:
        reason = _NO_ROWS if _is_null(path) else f"{kind}, not a regular file"
        raise PredictionError(f"{path}: {reason}")
    return _load(path)


def _is_null(path: Path) -> bool:
    """Whether `path` is `/dev/null` (or a link to it), which holds no row, as an empty
    file does: it is refused as one, not as a device."""
    try:
        return os.path.samefile(path, os.devnull)
    except OSError:
        return False


def _kind(path: Path) -> str | None:
    """What `path` is when it is no regular file (:func:`quotes.inputs.special_file`): a
    FIFO, as `<(…)` gives, readable once from the start, or a device or socket, which
    no format is read from: `--pred rows.xlsx` linked to `/dev/zero` was read by the
    workbook reader until memory ran out, and on a database or Parquet name it was
    "no such table" or "not a Parquet file". A folder is one too: named `rows.xlsx` it
    was "Is a directory", `rows.db` "disk I/O error", and `rows.parquet` read as an
    empty Parquet dataset, no rows and no word."""
    try:
        return special_file(path)
    except OSError:
        return None  # the read names the fault


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
            with open_fifo(path) as pipe, open(copy, "wb") as out:
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


#: How long a read of a FIFO waits for bytes before Python runs again (a signal's handler
#: runs only then: SIGTERM met while a read blocked was handled once the writer wrote).
_WAKE_SECONDS = 0.5


def _copy_bounded(source: IO[bytes], target: IO[bytes], limit: int) -> int:
    """Copy the unread stream `source` to `target`, stopping once more than `limit` bytes
    came; returns how many bytes were copied (more than `limit`: the stream was cut
    there). Each read waits at most :data:`_WAKE_SECONDS`, so SIGTERM stops the copy at
    once, not when the writer next writes."""
    fd, copied = source.fileno(), 0
    while copied <= limit:
        if not select.select([fd], [], [], _WAKE_SECONDS)[0]:
            continue
        chunk = os.read(fd, min(1 << 20, limit + 1 - copied))
        if not chunk:
            break
        target.write(chunk)
        copied += len(chunk)
    return copied


def _load(path: Path) -> dict[str, list[Quote]]:
    """The predictions of a file that can be read more than once (see :func:`load_predictions`)."""
    suffix = format_suffix(path)
    known = READERS.get(suffix) or READERS.get(sniffed(path))
    if known is None and _blank(path):
        raise PredictionError(f"{path}: {_NO_ROWS}")
    if known is None:
        raise PredictionError(f"{path}: unknown predictions format {suffix or '(none)'!r}; "
                              f"use one of {', '.join(PREDICTION_SUFFIXES)}, or "
                              f"{', '.join(s + '.gz' for s in GZIP_SUFFIXES)}")
    reader, unit = known
    try:
        return _collect(path, reader(path), unit)
    except UnicodeDecodeError as exc:
        raise PredictionError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                              "is the extension right?") from exc
    except csv.Error as exc:
        raise PredictionError(f"{path}: not CSV ({exc})") from exc
    except UndecodableError as exc:  # UTF-16 with its mark, whose bytes break off
        raise PredictionError(f"{path}: {exc}") from exc
    except (OSError, EOFError, zlib.error) as exc:  # EOFError, zlib.error: a cut .gz
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise PredictionError(f"{path}: {reason}") from exc


#: Why a file with no row is refused.
_NO_ROWS = "empty, no rows to score (did the run that wrote it fail?)"


def _blank(path: Path) -> bool:
    """Whether a file whose name says no format holds nothing but blanks: an empty file,
    or `/dev/null`, which was `unknown predictions format '(none)'` where there is no row
    to score, as an empty ``.csv`` is refused (a failed run's output)."""
    try:
        with open(path, "rb") as handle:
            return not handle.read(4096).strip()
    except OSError:
        return False  # the read names the fault


def as_gold_ids(predictions: Mapping[str, list[Quote]],
                gold_ids: Collection[str]) -> dict[str, list[Quote]]:
    """`predictions` keyed by the gold's own id where a workbook showed it otherwise (rule
    workbook-shown-ids): a cell cannot hold a NUL or another control character, so an
    ``.xlsx`` shows the id `a\x00b` as `a\ufffdb` and a CR as a line break
    (:func:`quotes.xlsx.cell_text`), which the gold did not have: the document's every
    quote was scored missed and its rows ignored. An id is taken back only when it is
    no gold id itself and shows exactly one gold id."""
    shown: dict[str, list[str]] = {}
    for doc_id in gold_ids:
        if cell_text(doc_id) != doc_id:
            shown.setdefault(cell_text(doc_id), []).append(doc_id)
    if not shown:
        return dict(predictions)
    return {(shown[doc_id][0] if doc_id not in gold_ids and len(shown.get(doc_id, ())) == 1
             else doc_id): quotes for doc_id, quotes in predictions.items()}


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

