"""The read stage: turn the files the inputs name (:mod:`quotes.inputs`) and stdin into
:class:`Document` records, by format.

Reading is lazy and streaming (one JSONL line or CSV row at a time, so memory stays flat in
corpus size) and never fatal for one bad input: a file that cannot be read, a binary file or a
malformed record is reported through ``on_error`` and the rest goes on. Only an input path that
does not exist raises (:class:`InputNotFoundError`), because that is a usage mistake the user
must fix before anything runs.

Text is kept exactly as read (CRLF included, no normalisation) because quote offsets index it.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from quotes.inputs import (
    STDIN_ID,
    ErrorCallback,
    ReadError,
    among_outputs,
    expand_inputs,
    file_kind,
    special_file,
)
from quotes.records import Document

__all__ = ["iter_documents"]

#: Encodings tried in order; latin-1 decodes any byte string, so the chain always ends.
_FALLBACK_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")

#: How much of a file is sniffed for binary content.
_SNIFF_BYTES = 8192

#: File signatures of formats that are certainly not text (images, PDF, archives, office).
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "binary file (PNG image)",
    b"\xff\xd8\xff": "binary file (JPEG image)",
    b"GIF87a": "binary file (GIF image)",
    b"GIF89a": "binary file (GIF image)",
    b"II*\x00": "binary file (TIFF image)",
    b"MM\x00*": "binary file (TIFF image)",
    b"RIFF": "binary file (WebP, WAV or AVI)",
    b"%PDF-": "PDF file; extract its text first, e.g. with pdftotext",
    b"PK\x03\x04": "ZIP archive (or DOCX/XLSX); extract its text first",
    b"\x1f\x8b": "gzip data without a .gz extension; rename the file to end in .gz",
}


def iter_documents(
    inputs: Sequence[str],
    *,
    id_field: str = "id",
    text_field: str = "text",
    on_error: ErrorCallback,
    on_warning: ErrorCallback | None = None,
    keep_fields: Sequence[str] = (),
    outputs: Sequence[Path] = (),
) -> Iterator[Document]:
    """Yield the documents of all inputs in order, reporting bad inputs instead of raising.

    The format comes from the extension (``.gz`` is read transparently): ``.jsonl``/
    ``.ndjson`` (one record a line), ``.json`` (a list of records or one record), ``.csv``/
    ``.tsv`` (a ``text_field`` column), ``.html``/``.htm`` (article text via trafilatura) and
    plain text for anything else. Records take their id from ``id_field``, else
    ``<file>:<line>``. ``on_warning`` hears about recoverable oddities (a non-UTF-8 file
    decoded with a fallback encoding, a page without article text). ``keep_fields`` are
    the fields of JSON, JSONL and CSV records (and of a web page's head: ``title``,
    ``author``, ``date``, ``url``, ``sitename``, ``description``) copied into each
    document's ``metadata``.

    Inputs are checked when this is called (a missing one raises
    :class:`InputNotFoundError`); files are read only as documents are consumed. A file
    of a folder or glob that is one of the run's ``outputs`` (`-o news/quotes.jsonl` for
    the input `news/`: on a rerun, the last run's rows or texts) is skipped with a
    warning, not read as documents.
    """
    warn = on_warning or (lambda _warning: None)
    files = _not_outputs(expand_inputs(inputs, on_error=on_error), outputs, warn)
    reader = _Reader(id_field, text_field, on_error, warn)
    reader.keep_fields = tuple(keep_fields)
    return (doc for path, root in files for doc in reader.read(path, root))


def _not_outputs(
    files: Iterator[tuple[Path | None, str]], outputs: Sequence[Path], warn: ErrorCallback
) -> Iterator[tuple[Path | None, str]]:
    """The input files less the run's outputs, each of those skipped with a warning."""
    for path, root in files:
        if path is not None and outputs and among_outputs(path, outputs):
            warn(ReadError(str(path), "skipped: an output of this run (written, not read)"))
            continue
        yield path, root


class _Reader:
    """Reads one input with the field names and callbacks of one :func:`iter_documents` call."""

    def __init__(
        self, id_field: str, text_field: str, on_error: ErrorCallback, on_warning: ErrorCallback
    ) -> None:
        self.id_field = id_field
        self.text_field = text_field
        self.on_error = on_error
        self.on_warning = on_warning
        self.keep_fields: tuple[str, ...] = ()

    def read(self, path: Path | None, root: str) -> Iterator[Document]:
        """Documents of one file (or stdin when ``path`` is None); errors go to the callbacks."""
        source = STDIN_ID if path is None else str(path)
        try:
            if path is None:
                yield from self._read_stdin()
                return
            special = special_file(path)
            if special:
                self.on_error(ReadError(source, f"skipped: {special}, not a regular file"))
                return
            kind = file_kind(path)
            with _open_binary(path) as stream:
                head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
                binary = _binary_reason(head)
                if binary:
                    self.on_error(ReadError(source, f"skipped: {binary}"))
                    return
                if kind == "jsonl":
                    yield from self._read_jsonl(_lines(stream), source, root)
                elif kind == "csv" or kind == "tsv":
                    yield from self._read_csv(path, source, root, "\t" if kind == "tsv" else ",")
                elif kind == "json":
                    yield from self._read_json(_read_bounded(stream), source, root)
                elif kind == "html":
                    yield from self._read_html(_read_bounded(stream), source, root)
                else:
                    yield Document(root, self._decode(_read_bounded(stream), source))
        except (OSError, EOFError, zlib.error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.on_error(ReadError(source, f"cannot read: {reason or type(exc).__name__}"))
        except TooLargeError as exc:
            self.on_error(ReadError(source, f"skipped: {exc}"))
        except MemoryError:
            self.on_error(ReadError(source, "cannot read: out of memory"))
        except Exception as exc:  # any other fault of one input stays that input's
            self.on_error(ReadError(source, f"cannot read: {type(exc).__name__}: {exc}"))

    def _decode(self, data: bytes, source: str) -> str:
        """Decode a whole file with the fallback chain, warning when UTF-8 did not fit."""
        text, encoding = _decode(data)
        if encoding != _FALLBACK_ENCODINGS[0]:
            self.on_warning(ReadError(source, f"not valid UTF-8; decoded as {encoding}"))
        return text

    def _read_stdin(self) -> Iterator[Document]:
        """Stdin is JSONL when its first non-blank line is a JSON object, else one text."""
        stream = sys.stdin.buffer
        head: list[bytes] = []
        for line in stream:
            head.append(line)
            if line.strip():
                break
        if head and _is_json_object(head[-1]):
            yield from self._read_jsonl(_chain_lines(head, _lines(stream)), STDIN_ID, STDIN_ID)
            return
        data = b"".join(head) + _read_bounded(stream, sum(map(len, head)))
        binary = _binary_reason(data[:_SNIFF_BYTES])
        if binary:
            self.on_error(ReadError(STDIN_ID, f"skipped: {binary}"))
        else:
            yield Document(STDIN_ID, self._decode(data, STDIN_ID))

    def _read_jsonl(self, lines: Iterable[bytes], source: str, root: str) -> Iterator[Document]:
        """One record a line; blank lines are skipped, bad lines reported by line number.

        Each line is decoded on its own so one stray cp1252 line does not turn the valid
        UTF-8 of all other lines into mojibake; the file gets one warning per fallback used,
        naming the first line that needed it.
        """
        warned: set[str] = set()
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            where = f"{source}:{number}"
            if raw is _TOO_LONG:
                self.on_error(ReadError(where, f"skipped: line over {_mib(MAX_READ_BYTES)}"))
                continue
            line, encoding = _decode(raw.rstrip(b"\r\n"))
            if encoding != _FALLBACK_ENCODINGS[0] and encoding not in warned:
                warned.add(encoding)
                reason = f"not valid UTF-8 from line {number}; such lines decoded as {encoding}"
                self.on_warning(ReadError(source, reason))
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                self.on_error(ReadError(where, f"malformed JSON: {exc.msg}: column {exc.colno}"))
                continue
            except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
                self.on_error(ReadError(where, f"unreadable JSON: {_json_fault(exc)}"))
                continue
            doc = self._record(record, where, f"{root}:{number}")
            if doc is not None:
                yield doc

    def _read_json(self, data: bytes, source: str, root: str) -> Iterator[Document]:
        """A JSON file holds one record or a list of records (numbered from 1)."""
        try:
            value = json.loads(self._decode(data, source))
        except json.JSONDecodeError as exc:
            reason = f"malformed JSON: {exc.msg}: column {exc.colno}"
            self.on_error(ReadError(f"{source}:{exc.lineno}", reason))
            return
        except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
            self.on_error(ReadError(source, f"unreadable JSON: {_json_fault(exc)}"))
            return
        if isinstance(value, list):
            for number, record in enumerate(value, start=1):
                doc = self._record(record, f"{source}:{number}", f"{root}:{number}")
                if doc is not None:
                    yield doc
        else:
            doc = self._record(value, source, root)
            if doc is not None:
                yield doc

    def _record(self, record: object, where: str, default_id: str) -> Document | None:
        """A document from one JSON record, or None after reporting why it is unusable."""
        if not isinstance(record, dict):
            self.on_error(ReadError(where, f"expected a JSON object, got {_json_type(record)}"))
            return None
        text = record.get(self.text_field)
        if text is None:
            self.on_error(ReadError(where, f"no {self.text_field!r} field (set --text-field)"))
            return None
        if not isinstance(text, str):
            reason = f"{self.text_field!r} is {_json_type(text)}, expected a string"
            self.on_error(ReadError(where, reason))
            return None
        metadata = {f: record[f] for f in self.keep_fields if f in record}
        return Document(self._doc_id(record.get(self.id_field), where, default_id), text, metadata)

    def _doc_id(self, value: object, where: str, default_id: str) -> str:
        """The record's id as a string; a missing or empty id falls back to ``default_id``."""
        if value is None or value == "":
            return default_id
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
        reason = f"{self.id_field!r} is {_json_type(value)}; using {default_id!r} as id"
        self.on_warning(ReadError(where, reason))
        return default_id

    def _read_csv(self, path: Path, source: str, root: str, delimiter: str) -> Iterator[Document]:
        """Rows of a CSV/TSV file with a header; the id is the line where the row starts.

        The encoding is checked in a streaming pass first (the csv module needs a text
        stream, and switching encodings half-way through would mangle earlier rows).
        Quoting is read strictly: a field that opens with a quote mark but is no quoted
        field (`"Hi," she said.`), which the csv module would read with its quote marks
        dropped, is a malformed line in a CSV file (named, the next rows go on), and in a
        TSV file is read as written, as TSV without quoting means it
        (:func:`_literal_rows`).
        """
        encoding = self._stream_encoding(path, source)
        # News articles exceed the csv module's default 128 KiB field limit.
        csv.field_size_limit(MAX_READ_BYTES)
        with _open_binary(path) as raw:
            text = _Lines(io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline=""))
            rows = csv.reader(text, delimiter=delimiter, strict=True)
            try:
                header = next(rows)
            except StopIteration:
                self.on_error(ReadError(source, "empty file: no header row"))
                return
            except csv.Error as exc:
                self.on_error(ReadError(f"{source}:1", f"malformed CSV: {exc}"))
                return
            if self.text_field not in header:
                columns = ", ".join(header) or "none"
                reason = f"no {self.text_field!r} column (columns: {columns}; set --text-field)"
                self.on_error(ReadError(source, reason))
                return
            # A writer that quotes every field (the header too) means each quote it wrote
            quotes_all = delimiter == "\t" and all(map(_bare_quotation, _fields(text.taken)))
            text_at = header.index(self.text_field)
            id_at = header.index(self.id_field) if self.id_field in header else None
            kept = [(f, header.index(f)) for f in self.keep_fields if f in header]
            while True:
                start = rows.line_num + 1
                text.taken.clear()
                try:
                    found = [(start, next(rows))]
                except StopIteration:
                    return
                except csv.Error as exc:
                    if delimiter != "\t" or not text.taken:
                        reason = (f"malformed CSV: {exc} (a field holding a quote mark must "
                                  "be quoted whole, its marks doubled)")
                        self.on_error(ReadError(f"{source}:{start}", reason))
                        continue
                    found = _literal_rows(text.taken, start, delimiter)
                if delimiter == "\t" and not quotes_all:
                    found = [(at, _quotations_kept(row, text.taken)) for at, row in found]
                for start, row in found:
                    if not row:
                        continue
                    if text_at >= len(row):
                        reason = f"row has {len(row)} fields, the header has {len(header)}"
                        self.on_error(ReadError(f"{source}:{start}", reason))
                        continue
                    doc_id = row[id_at] if id_at is not None and id_at < len(row) else ""
                    metadata = {f: row[at] for f, at in kept if at < len(row)}
                    yield Document(doc_id or f"{root}:{start}", row[text_at], metadata)

    def _stream_encoding(self, path: Path, source: str) -> str:
        """The first encoding of the fallback chain that decodes the whole file."""
        for encoding in _FALLBACK_ENCODINGS:
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                with _open_binary(path) as raw:
                    while chunk := raw.read(1 << 20):
                        decoder.decode(chunk)
                    decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                continue
            if encoding != _FALLBACK_ENCODINGS[0]:
                self.on_warning(ReadError(source, f"not valid UTF-8; decoded as {encoding}"))
            return encoding
        raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover

    def _read_html(self, data: bytes, source: str, root: str) -> Iterator[Document]:
        """The article text of a web page: boilerplate dropped, one paragraph a line."""
        try:
            import trafilatura
        except ImportError:
            reason = "HTML input needs trafilatura: pip install trafilatura lxml_html_clean"
            self.on_error(ReadError(source, reason))
            return
        # Bytes, not text: trafilatura honours the page's own <meta charset>.
        text = trafilatura.extract(data, include_comments=False, include_tables=False)
        if not text:
            self.on_warning(ReadError(source, "no article text found in the page"))
        yield Document(root, text or "", self._page_metadata(trafilatura, data))

    def _page_metadata(self, trafilatura: Any, data: bytes) -> dict[str, Any]:
        """The kept fields a web page gives, as trafilatura reads them from its head
        (``title``, ``author``, ``date``, ``url``, ``sitename``, ``description``)."""
        if not self.keep_fields:
            return {}
        found = trafilatura.extract_metadata(data)
        values = {f: getattr(found, f, None) for f in self.keep_fields} if found else {}
        return {f: v for f, v in values.items() if isinstance(v, str) and v}


#: The most bytes read for one document, JSON file or line, after decompression: a gzip
#: bomb or an endless stream stops here instead of exhausting memory.
MAX_READ_BYTES = 256 * 1024 * 1024


class TooLargeError(ValueError):
    """An input holds more than :data:`MAX_READ_BYTES` where it must be read whole."""


def _mib(size: int) -> str:
    return f"{size // (1024 * 1024)} MiB"


def _read_bounded(stream: BinaryIO | gzip.GzipFile, used: int = 0) -> bytes:
    """The rest of `stream`, refusing (TooLargeError) more than :data:`MAX_READ_BYTES`
    bytes in all (`used` of them read already)."""
    limit = MAX_READ_BYTES - used
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"over {_mib(MAX_READ_BYTES)} to read whole (decompressed); "
                            "split it, or give it as JSONL")
    return data


#: Stands for a line longer than :data:`MAX_READ_BYTES` (skipped, not held in memory).
_TOO_LONG = b"\0too long"


def _lines(stream: BinaryIO | gzip.GzipFile) -> Iterator[bytes]:
    """The lines of a stream, each read with a bound: an over-long line is skipped to its
    end in chunks and given as :data:`_TOO_LONG`."""
    while line := stream.readline(MAX_READ_BYTES + 1):
        if len(line) <= MAX_READ_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (chunk := stream.readline(1 << 20)) and not chunk.endswith(b"\n"):
            pass
        yield _TOO_LONG


def _json_fault(exc: ValueError | RecursionError) -> str:
    """One line for a JSON value Python cannot hold."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(";")[0]


def _decode(data: bytes) -> tuple[str, str]:
    """Decode bytes with the first encoding of the fallback chain that fits; return both."""
    for encoding in _FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def _open_binary(path: Path) -> gzip.GzipFile | io.BufferedReader:
    """A binary stream of the file's content, decompressed when it ends in ``.gz``."""
    if path.suffix.lower() == ".gz":
        return gzip.GzipFile(path, "rb")
    return open(path, "rb")


def _binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file say it is not text, or None when they look like text."""
    for magic, reason in _MAGIC.items():
        if head.startswith(magic):
            return reason
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16 text is not supported; convert the file to UTF-8"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    return None


def _is_json_object(line: bytes) -> bool:
    """Whether one line parses as a JSON object (used to sniff JSONL on stdin)."""
    line = line.removeprefix(codecs.BOM_UTF8).lstrip()
    if not line.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _chain_lines(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    """The lines already peeked at, then the rest of the stream."""
    yield from head
    yield from rest


def _json_type(value: object) -> str:
    """A JSON-flavoured name for a value's type, for error messages."""
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    return names.get(type(value)) or ("a list" if isinstance(value, list) else "an object")


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

