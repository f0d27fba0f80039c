"""Gold annotations: quote-gold JSONL documents (``id``, ``text``, ``quotes``).

The scorer (:mod:`quotes.scoring`), ``quotes evaluate`` and the calibration read gold
files here; :func:`json_objects` is also how ``evaluate --pred`` reads exported JSONL, so
both report an unreadable line the same way: the file, the line and the reason.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from quotes.input_bytes import (
    MAX_READ_BYTES,
    TOO_LONG,
    UndecodableError,
    as_utf8,
    gunzipped,
    lines,
    mib,
    open_fifo,
)
from quotes.inputs import FIFO, special_file
from quotes.json_shapes import cr_lines

#: A first line that opens a JSON array of objects: `[` alone (`json.dump(docs, f,
#: indent=2)`), `[{"id": …}, …]` on one line, or `[]`.
_ARRAY_OPENING = re.compile(r"\s*\[\s*(?:\{|\]|$)")


def json_objects(
    path: str | Path, error: type[ValueError], table_hint: str = ""
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON object on each non-blank line of a UTF-8 file (a BOM opening a line is
    skipped, the first's or one where files were joined), with
    its line number; a line that is not a JSON object raises ``error`` naming file and
    line. A gzip file (known by its first bytes: `gold.jsonl.gz`) is read decompressed,
    as ``extract`` reads one, where its first line was "not UTF-8 text"; a damaged one
    raises ``error`` too; so is UTF-16 or UTF-32 text with a byte-order mark, read as
    UTF-8. A lone carriage return ends a line as a line feed does (classic Mac OS line
    ends, :func:`~quotes.json_shapes.cr_lines`), as ``extract`` reads JSONL. A first
    line that is a CSV or TSV header (:func:`_table_header`) or opens a JSON array says
    so, then `table_hint`: what to give instead."""
    try:
        with opened(path) as handle:
            for number, raw in enumerate(cr_lines(lines(handle)), start=1):
                where = f"{path}:{number}"
                if raw is TOO_LONG:
                    raise error(f"{where}: a line of over {mib(MAX_READ_BYTES)}; is this "
                                "one JSON object per line?")
                try:
                    # a mark opening any line is skipped, as files joined with `cat`
                    # hold one at each (rule bom-on-any-line)
                    line = raw.decode("utf-8-sig")
                except UnicodeDecodeError as exc:
                    raise error(f"{where}: not UTF-8 text ({exc.reason})") from exc
                if not line.strip():
                    continue
                if number == 1 and (table := _table_header(line)):
                    raise error(f"{where}: {table}, not one JSON object per line{table_hint}")
                if number == 1 and _ARRAY_OPENING.match(line):
                    # `json.dump(docs, f, indent=2)`: "not JSON (Expecting value)" at `[`
                    raise error(f"{where}: a JSON array, not one JSON object per "
                                f"line{table_hint}")
                yield number, _json_object(line, where, error)
    except (OSError, EOFError, zlib.error) as exc:  # EOFError: a cut .gz
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise error(f"{path}: {reason}") from exc
    except UndecodableError as exc:  # UTF-16 whose bytes break off
        raise error(f"{path}: {exc}") from exc


#: Columns of the rows `quotes extract` writes (:data:`~quotes.records.COLUMNS`).
_ROW_COLUMNS = frozenset({"doc_id", "quote_start", "quote_end", "speaker", "quote"})


def _table_header(line: str) -> str:
    """What a first line that is a table's header is (`CSV rows quotes extract wrote`,
    `a TSV header`), else empty: a line that opens no JSON value and holds a comma or a
    tab between names."""
    if line.lstrip()[:1] in ("{", "[", '"') or not line.strip():
        return ""
    delimiter = "\t" if "\t" in line else "," if "," in line else ""
    if not delimiter:
        return ""
    kind = "TSV" if delimiter == "\t" else "CSV"
    names = {name.strip().strip('"') for name in line.strip().split(delimiter)}
    if len(names & _ROW_COLUMNS) >= 2:
        return f"{kind} rows `quotes extract` wrote"
    return f"a {kind} header"


def opened(path: str | Path) -> BinaryIO:
    """The file's bytes, decompressed when it starts with gzip's magic bytes, from one
    opening: a FIFO (`quotes evaluate <(zcat gold.jsonl.gz)`) can be read only once, and
    opening it again to read it hung on a pipe with no writer, or read it from its third
    byte on (`not JSON`). A device or a socket (`/dev/zero`, read for ever) is refused
    with an OSError saying what it is."""
    kind = special_file(Path(path))
    if kind is not None and kind != FIFO:
        raise OSError(f"{kind}, not a regular file")
    # the caller closes it, or the gzip file that wraps it; a FIFO with no writer yet
    # says after a while that it waits (open_fifo), where it hung saying nothing
    handle = open_fifo(Path(path)) if kind == FIFO else open(path, "rb")  # noqa: SIM115
    stream = gunzipped(handle)
    if isinstance(stream, gzip.GzipFile):
        stream.myfileobj = handle  # closed with it, as a file gzip opened by name is
    return as_utf8(stream)


def _json_object(line: str, where: str, error: type[ValueError]) -> dict[str, Any]:
    """The JSON object of one line, or ``error`` naming the file and line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise error(f"{where}: not JSON ({exc.msg})") from exc
    except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
        raise error(f"{where}: unreadable JSON ({type(exc).__name__})") from exc
    if not isinstance(record, dict):
        raise error(f"{where}: not a JSON object")
    return record


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its id, its text and its quotes as quote-gold dicts."""

    id: str
    text: str
    quotes: list[dict[str, Any]]


class GoldError(ValueError):
    """A gold file that cannot be read; the message starts with ``FILE:LINE:``."""


#: What a table given as gold should be instead.
_GOLD_NOT_A_TABLE = ("; gold is quote-gold JSONL (id, text, quotes on each line); score rows "
                     "against it with --pred FILE")


def load_gold(path: str | Path) -> dict[str, GoldDoc]:
    """Read a quote-gold JSONL file into gold documents keyed by id, in file order.

    Every document and quote is checked first (:func:`quote_problem`): a quote whose
    offsets are no span of its text, or hold other words than its own ``text``, would
    be scored as missed or matched by chance, so the file is refused, naming the line
    and the quote, as is a second document with an id the file used already (one would
    be scored in place of the other). A file with no document at all is refused too, and
    so is one none of whose documents gives ``quotes`` (an input corpus given as gold,
    whose every predicted row was scored spurious without a word)."""
    docs: dict[str, GoldDoc] = {}
    lines: dict[str, int] = {}
    annotated = False  # whether any document gives its "quotes"
    for number, record in json_objects(path, GoldError, _GOLD_NOT_A_TABLE):
        where = f"{path}:{number}"
        doc_id, text, quotes = record.get("id"), record.get("text"), record.get("quotes")
        if doc_id is None or text is None:
            raise GoldError(f'{where}: a gold document needs "id" and "text" fields')
        if not isinstance(text, str):
            raise GoldError(f'{where}: "text" is {_shown(text)}, expected a string')
        try:
            doc_id = document_id("id", doc_id)
        except ValueError as exc:
            raise GoldError(f"{where}: {exc}") from None
        if doc_id in lines:
            raise GoldError(f"{where}: the id {doc_id!r} is line {lines[doc_id]}'s too; give "
                            "each gold document its own id")
        if not isinstance(quotes, list | None):
            raise GoldError(f'{where}: "quotes" is {_shown(quotes)}, expected a list')
        for index, quote in enumerate(quotes or [], start=1):
            problem = quote_problem(quote, text)
            if problem:
                raise GoldError(f"{where}: quote {index}: {problem}")
        lines[doc_id] = number
        docs[doc_id] = GoldDoc(doc_id, text, quotes or [])
        annotated = annotated or quotes is not None
    if not docs:  # an empty file would score 0 everywhere, as if the engine found nothing
        raise GoldError(f"{path}: no gold documents (one JSON object per line: id, text, quotes)")
    if not annotated:  # a corpus to extract from: every row was scored spurious, P 0
        raise GoldError(f'{path}: no document has a "quotes" field: a corpus to extract '
                        'from (id, text), not quote-gold (id, text, quotes on each line; '
                        '"quotes": [] for a document with none)')
    return docs


#: The types a gold quote may have.
GOLD_TYPES = ("direct", "indirect", "mixed")


def quote_problem(quote: object, text: str) -> str | None:
    """What is wrong with one gold quote of `text`, in a few words, or None: it must be an
    object with whole-number offsets ``start`` ≤ ``end`` within the text, holding its
    ``text`` when it gives one, a ``type`` of :data:`GOLD_TYPES`, a speaker that is a
    string or null, aliases that are a list of strings (or null) and speaker offsets that
    are a span of the text (or null): the scorer reads each of them; and a cue that is a
    string and cue offsets that are a span of the text (or null), which it does not."""
    if not isinstance(quote, dict):
        return "not a JSON object"
    start, end = quote.get("start"), quote.get("end")
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            return f'"{name}" is {_shown(value)}, expected a whole number'
    if start > end:
        return f"start {start} is after end {end}"
    if start < 0 or end > len(text):
        return (f"offsets {start} to {end} are outside the text, which has {len(text)} "
                "characters")
    given = quote.get("text")
    if isinstance(given, str) and text[start:end] != given:
        return (f"offsets {start} to {end} hold {_shown(text[start:end])}, not the quote's "
                f"text {_shown(given)} (offsets count the characters of the text as given)")
    if quote.get("type") not in GOLD_TYPES:
        return f"type {_shown(quote.get('type'))} is not one of {', '.join(GOLD_TYPES)}"
    for name in ("speaker", "speaker_name"):
        if not isinstance(quote.get(name), str | None):
            return f'"{name}" is {_shown(quote.get(name))}, expected a string or null'
    aliases = quote.get("speaker_aliases")
    if not (aliases is None or (isinstance(aliases, list)
            and all(isinstance(alias, str) for alias in aliases))):
        return f'"speaker_aliases" is {_shown(aliases)}, expected a list of strings or null'
    if not isinstance(quote.get("cue"), str | None):
        return f'"cue" is {_shown(quote.get("cue"))}, expected a string or null'
    return (_span_problem("speaker", quote, text)
            # the scorer reads no cue, but a cue of the wrong kind is a broken file
            or _span_problem("cue", quote, text))


def _span_problem(field: str, quote: dict[str, Any], text: str) -> str | None:
    """What is wrong with a gold quote's offsets of `field` (`speaker`: `speaker_start`,
    `speaker_end`; `cue`), or None: each a whole number or null, and when both are
    numbers, a span of the text (the scorer compares the speaker's with the predicted
    speaker's offsets; a cue's `"x"` was accepted without a word)."""
    start, end = quote.get(f"{field}_start"), quote.get(f"{field}_end")
    for name, value in ((f"{field}_start", start), (f"{field}_end", end)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            return f'"{name}" is {_shown(value)}, expected a whole number or null'
    if isinstance(start, int) and isinstance(end, int):
        if start > end:
            return f"{field}_start {start} is after {field}_end {end}"
        if start < 0 or end > len(text):
            return (f"{field} offsets {start} to {end} are outside the text, which has "
                    f"{len(text)} characters")
    return None


def document_id(field: str, value: object) -> str:
    """A document id read from JSON: text, or a whole number as text (`7`); ValueError
    for anything else (`["a"]`, an object, `true`, `1.5`), which was scored under its
    Python spelling, `['a']`, an id no other file has."""
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return str(value)
    raise ValueError(f'"{field}" is {_shown(value)}, expected a string')


def _shown(value: object) -> str:
    """A value in a message: as JSON would write it, cut to 40 characters."""
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:39] + "…"
