"""CSV and TSV input: one document per row of a file with a header, its text in the
``--text-field`` column, read as :mod:`quotes.readers` reads every other format (lazily,
one bad row named and the rest read).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.csv_rows import FieldLimited
from quotes.input_bytes import (
    FALLBACK_ENCODINGS,
    MAX_READ_BYTES,
    MIXED_UTF8,
    STRAY_AS_CP1252,
    mostly_utf8,
    open_binary,
)
from quotes.inputs import ErrorCallback, ReadError
from quotes.record_fields import DEFAULT_ID_FIELD, named_fields
from quotes.records import Document

__all__ = ["Fields", "read_table"]


@dataclass(frozen=True, slots=True)
class Fields:
    """The columns a table's rows are read by: the id, the text, and those kept."""

    id: str
    text: str
    kept: Sequence[str] = ()


def read_table(
    path: Path,
    source: str,
    root: str,
    delimiter: str,
    *,
    fields: Fields,
    on_error: ErrorCallback,
    on_warning: ErrorCallback,
    max_chars: int | None = None,
) -> Iterator[Document]:
    """Rows of a CSV/TSV file with a header; the id is the line where the row starts.

    The encoding is checked in a streaming pass first (the csv module needs a text
    stream, and switching encodings half-way through would mangle earlier rows).
    Quoting is read strictly: a field that opens with a quote mark but is no quoted
    field (`"Hi," she said.`), which the csv module would read with its quote marks
    dropped, is a malformed line in a CSV file (named, the next rows go on), and in a
    TSV file is read as written, as TSV without quoting means it
    (:func:`_literal_rows`); a TSV field that is only a quotation keeps its marks
    (:func:`_quotations_kept`).
    """
    encoding, errors = _stream_encoding(path, source, on_warning)
    # News articles exceed the csv module's default 128 KiB field limit; a field over the
    # run's --max-doc-chars (`max_chars`) is refused as the reader reaches its limit
    # (rule field-over-max-chars), where the whole field was built first (1.3 GB of
    # memory for one of 200 MB)
    limit = MAX_READ_BYTES if max_chars is None else min(MAX_READ_BYTES, max_chars)
    skipped = 0  # lines of a refused field the reader never took, for the rows' lines
    delimiter = _header_delimiter(path, (encoding, errors), delimiter, fields.text, source,
                                  on_warning)
    with open_binary(path) as raw:
        text = _Lines(io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=""))
        rows = FieldLimited(csv.reader(text, delimiter=delimiter, strict=True), limit)
        try:
            header = next(rows)
        except StopIteration:
            on_error(ReadError(source, "empty file: no header row"))
            return
        except csv.Error as exc:
            on_error(ReadError(f"{source}:1", f"malformed CSV: {exc}"))
            return
        if fields.text not in header:
            columns = ", ".join(header) or "none"
            reason = f"no {fields.text!r} column (columns: {columns}; set --text-field)"
            on_error(ReadError(source, reason))
            return
        if fields.id not in header and fields.id != DEFAULT_ID_FIELD:  # a typo'd --id-field
            on_warning(ReadError(source, f"no {fields.id!r} column (columns: "
                                         f"{named_fields(header)}; set --id-field); its rows "
                                         "get their line as id (FILE:LINE)"))
        # A writer that quotes every field, its header too: each pair of marks is quoting
        quotes_all = delimiter == "\t" and all(map(_bare_quotation, _fields(text.taken)))
        text_at = header.index(fields.text)
        id_at = header.index(fields.id) if fields.id in header else None
        kept = [(f, header.index(f)) for f in fields.kept if f in header]
        while True:
            start = rows.line_num + 1 + skipped
            text.taken.clear()
            try:
                found = [(start, next(rows))]
            except StopIteration:
                return
            except csv.Error as exc:
                if limit == max_chars and str(exc).startswith(_FIELD_LIMIT):
                    skipped += _rest_of_field(text, delimiter)
                    on_error(ReadError(f"{source}:{start}", (
                        f"a field of more than {limit:,} characters, over the limit "
                        "(--max-doc-chars); row skipped")))
                    continue
                if delimiter != "\t" or not text.taken:
                    on_error(ReadError(f"{source}:{start}", f"malformed CSV: {_hint(exc)}"))
                    continue
                found = _literal_rows(text.taken, start, delimiter)
            if delimiter == "\t" and not quotes_all:
                found = [(at, _quotations_kept(row, text.taken)) for at, row in found]
            for start, row in found:
                if not row:
                    continue
                if [row[0].removeprefix("\ufeff"), *row[1:]] == header:
                    # rule header-again: `cat a.csv b.csv`, the second's header read as a row
                    on_warning(ReadError(f"{source}:{start}",
                                         "the header again (tables joined?); skipped"))
                    continue
                if text_at >= len(row):
                    reason = f"row has {len(row)} fields, the header has {len(header)}"
                    on_error(ReadError(f"{source}:{start}", reason))
                    continue
                doc_id = row[id_at] if id_at is not None and id_at < len(row) else ""
                metadata = {f: row[at] for f, at in kept if at < len(row)}
                yield Document(doc_id or f"{root}:{start}", row[text_at], metadata)

def _hint(exc: csv.Error) -> str:
    """The csv module's error with what likely caused it: a file that ends inside a quoted
    field was cut short, or opened a field with a mark it never closed (rule
    cut-short-table: it was told to double its marks); any other fault is a quote mark
    in a field not quoted whole."""
    if str(exc) == "unexpected end of data":
        return ("the file ends inside a quoted field (is it cut short, or does a field "
                "open with a quote mark it never closes?)")
    return f"{exc} (a field holding a quote mark must be quoted whole, its marks doubled)"


#: How the csv module's error for a field over its limit opens.
_FIELD_LIMIT = "field larger than field limit"


def _rest_of_field(lines: _Lines, delimiter: str) -> int:
    """Pass over the rest of a quoted CSV field the reader stopped inside at its limit,
    to the line that closes it (the first with an odd count of quote marks, the others
    being doubled inside the field), so that the field's later lines are not read as
    rows; how many lines that was. In TSV, whose marks may be the text's own, only when
    a field of the row opens with a mark."""
    opened = f"{delimiter}\""
    quoted = any(line.startswith('"') or opened in line for line in lines.taken)
    if not quoted or sum(line.count('"') for line in lines.taken) % 2 == 0:
        return 0
    count = 0
    for line in lines.stream:
        count += 1
        if line.count('"') % 2:
            break
    return count


#: The separators a table may use besides its extension's: Excel saves "CSV" with `;`
#: where the decimal mark is a comma (most of Europe), and its "Unicode Text" with tabs.
_SEPARATORS = (",", ";", "\t")


def _header_delimiter(path: Path, decoding: tuple[str, str], delimiter: str, text: str,
                      source: str, on_warning: ErrorCallback) -> str:
    """The separator of a table's header: the extension's when its header has the text
    column, else the first of :data:`_SEPARATORS` whose header has it, with a warning (a
    `;`-separated .csv, a tab-separated one, was refused as having no text column, the
    header read as one column `id;text`). `decoding` is how the file is decoded, its
    encoding and error handler (:func:`_stream_encoding`)."""
    encoding, errors = decoding
    with open_binary(path) as raw:
        first = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="").readline()
    for separator in (delimiter, *_SEPARATORS):
        if text in next(csv.reader([first], delimiter=separator), []):
            if separator != delimiter:
                on_warning(ReadError(source, f"separated by {separator!r}, not {delimiter!r}; "
                                             "read so"))
            return separator
    return delimiter


def _stream_encoding(path: Path, source: str, on_warning: ErrorCallback) -> tuple[str, str]:
    """The first encoding of the fallback chain that decodes the whole file, UTF-8 with
    its stray bytes as cp1252 (:func:`~quotes.input_bytes.mostly_utf8`) before cp1252,
    and the error handler to read it with."""
    for encoding in FALLBACK_ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with open_binary(path) as raw:
                while chunk := raw.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if encoding == FALLBACK_ENCODINGS[0] and _mostly_utf8(path):
                on_warning(ReadError(source, f"not valid UTF-8; decoded as {MIXED_UTF8}"))
                return encoding, STRAY_AS_CP1252
            continue
        if encoding != FALLBACK_ENCODINGS[0]:
            on_warning(ReadError(source, f"not valid UTF-8; decoded as {encoding}"))
        return encoding, "replace"
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def _mostly_utf8(path: Path) -> bool:
    """Whether the file is UTF-8 text with a few stray bytes, read in chunks."""
    with open_binary(path) as raw:
        return mostly_utf8(iter(lambda: raw.read(1 << 20), b""))


class _Lines:
    """A text stream's lines, keeping those taken since :attr:`taken` was last cleared
    (the lines of the CSV record being read, for :func:`_literal_rows`)."""

    def __init__(self, stream: Iterator[str]) -> None:
        self.stream = stream
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self.stream)
        self.taken.append(line)
        return line


def _literal_rows(lines: list[str], start: int, delimiter: str) -> list[tuple[int, list[str]]]:
    """Lines read as written, one row each with its line number: their fields split at
    each delimiter, quote marks kept (TSV without quoting: `x<TAB>"Hi," she said.`)."""
    return [(start + offset, line.rstrip("\r\n").split(delimiter))
            for offset, line in enumerate(lines)]


def _fields(lines: list[str]) -> list[str]:
    """The fields of one TSV line as written (none for a record over several lines)."""
    return lines[0].rstrip("\r\n").split("\t") if len(lines) == 1 else []


def _bare_quotation(field: str) -> bool:
    """Whether a TSV field as written is text between two quote marks with no tab, line
    break or quote mark inside: `"We will win."`. A writer that quotes a field only when
    it must (for a tab, a line break or a quote mark, doubled) never writes that, so its
    marks belong to the text (a quotation), not to the quoting."""
    return len(field) > 2 and field[0] == field[-1] == '"' and '"' not in field[1:-1]


def _quotations_kept(row: list[str], lines: list[str]) -> list[str]:
    """A TSV row as the csv module read it, but for the fields that are a bare quotation
    as written (:func:`_bare_quotation`), which keep their marks: `a1<TAB>"We will win."`
    has the text `"We will win."`, where the csv module drops both marks."""
    written = _fields(lines)
    if len(written) != len(row):
        return row
    return [raw if _bare_quotation(raw) else value for raw, value in zip(written, row, strict=True)]
