"""The read stage: turn the files the inputs name (:mod:`quotes.inputs`) and stdin into
:class:`Document` records, by format.

Reading is lazy and streaming (one JSONL line or CSV row at a time, so memory stays flat in
corpus size) and never fatal for one bad input: a file that cannot be read, a binary file or a
malformed record is reported through ``on_error`` and the rest goes on. Only an input path that
does not exist raises (:class:`~quotes.inputs.InputNotFoundError`), because that is a
usage mistake the user must fix before anything runs.

Text is kept exactly as read (CRLF included, no normalisation) because quote offsets index it.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from quotes import input_bytes
from quotes.csv_input import Fields, read_table
from quotes.html_input import read_html
from quotes.input_bytes import (
    FALLBACK_ENCODINGS,
    SNIFF_BYTES,
    TOO_LONG,
    TooLargeError,
    UndecodableError,
    as_utf8,
    binary_reason,
    decode,
    first_line,
    mib,
    open_binary,
    read_bounded,
)
from quotes.inputs import (
    FIFO,
    STDIN_ID,
    ErrorCallback,
    ReadError,
    among_outputs,
    expand_inputs,
    file_kind,
    special_file,
)
from quotes.json_shapes import (
    cr_lines,
    is_json_object,
    json_fault,
    json_not_lines,
    json_type,
    lines_of_objects,
)
from quotes.normalise import replace_surrogates
from quotes.own_outputs import earlier_output, texts_copy
from quotes.record_fields import FileFields
from quotes.records import Document

__all__ = ["iter_documents"]

#: The formats whose first line names their columns (a header, a first record's keys).
_TABLES = frozenset({"jsonl", "csv", "tsv"})

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
    :class:`~quotes.inputs.InputNotFoundError`); files are read only as documents are
    consumed. A file of a folder or glob that is one of the run's ``outputs`` (`-o
    news/quotes.jsonl` for the input `news/`: on a rerun, the last run's rows or texts)
    is skipped with a warning, not read as documents; so is a table an earlier run of
    `quotes` left there, known by its header (:mod:`quotes.own_outputs`: rows, an error
    report, a speaker table), which is an error when named as an input itself.
    """
    warn = on_warning or (lambda _warning: None)
    files = _not_outputs(expand_inputs(inputs, on_error=on_error), outputs, warn)
    reader = _Reader(id_field, text_field, on_error, warn)
    reader.keep_fields = tuple(keep_fields)
    reader.named = frozenset(str(Path(raw)) for raw in inputs if raw != "-")
    ids = _UniqueIds(warn)
    return (ids.unique(doc, STDIN_ID if path is None else str(path))
            for path, root in files for doc in reader.read(path, root))


class _UniqueIds:
    """Gives every document of a run an id of its own: an id an earlier document had
    (two records with one `id`, `x.txt` in two input folders) gets `#2`, `#3` … (the
    first free), with one warning for each id used again, naming the file. Its rows
    would otherwise be those of the first in every output but a database, where it
    would replace the first; this way every output holds both, told apart, and a shard
    or `quotes merge` that reads the inputs again gives the same ids.

    Holds every id of the run (the length of the ids of a corpus: tens of megabytes
    for a million documents)."""

    def __init__(self, warn: ErrorCallback) -> None:
        self.warn = warn
        self.seen: set[str] = set()
        self.repeats: dict[str, int] = {}  # an id used again -> the last number given

    def unique(self, document: Document, source: str) -> Document:
        """The document, with an id no earlier document of the run had."""
        if document.id not in self.seen:
            self.seen.add(document.id)
            return document
        number = self.repeats.get(document.id, 1) + 1
        while f"{document.id}#{number}" in self.seen:
            number += 1
        new = f"{document.id}#{number}"
        if document.id not in self.repeats:
            self.warn(ReadError(source, f"the document id {document.id!r} is used again: "
                                f"this document's rows have doc_id {new!r}, a third's "
                                f"'{document.id}#{number + 1}' and so on; give each "
                                "document its own id"))
        self.repeats[document.id] = number
        self.seen.add(new)
        return Document(new, document.text, document.metadata)


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
        self.named: frozenset[str] = frozenset()  # the files named as inputs themselves

    def read(self, path: Path | None, root: str) -> Iterator[Document]:
        """Documents of one file (or stdin when ``path`` is None); errors go to the callbacks."""
        source = STDIN_ID if path is None else str(path)
        try:
            if path is None:
                yield from self._read_stream(sys.stdin.buffer, STDIN_ID, STDIN_ID)
                return
            special = special_file(path)
            if special == FIFO:  # named as an input (a folder's are skipped as it is walked)
                with open(path, "rb") as pipe:
                    yield from self._read_stream(pipe, source, root)
                return
            if special:
                self.on_error(ReadError(source, f"skipped: {special}, not a regular file"))
                return
            kind = file_kind(path)
            with open_binary(path) as stream:
                head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
                binary = binary_reason(head)
                if binary:
                    self.on_error(ReadError(source, f"skipped: {binary}"))
                    return
                table_head = first_line(path, head) if kind in _TABLES else head
                own = earlier_output(kind, table_head, self.text_field)
                if own is not None:
                    self._own_output(source, own)
                    return
                if kind == "jsonl" and source not in self.named:
                    copied = texts_copy(table_head, path, root)
                    if copied is not None:
                        self.on_warning(ReadError(source, (
                            "skipped: the texts of an earlier run (--texts), not documents: "
                            f"its first record is the text of {copied}, which this run "
                            "reads; name the file as an input to read it")))
                        return
                if kind == "jsonl" and json_not_lines(head):  # JSON named .jsonl
                    self.on_warning(ReadError(source, "holds one JSON value (an array, or an "
                                                      "object over lines), not one object per "
                                                      "line; read as JSON"))
                    yield from self._read_json(read_bounded(stream), source, root)
                elif kind == "jsonl":
                    yield from self._read_jsonl(input_bytes.lines(stream), source, root)
                elif kind == "csv" or kind == "tsv":
                    yield from read_table(path, source, root, "\t" if kind == "tsv" else ",",
                                          fields=Fields(self.id_field, self.text_field,
                                                        self.keep_fields),
                                          on_error=self.on_error, on_warning=self.on_warning)
                elif kind == "json":
                    yield from self._read_json(read_bounded(stream), source, root)
                elif kind == "html":
                    yield from read_html(read_bounded(stream), source, root, self.keep_fields,
                                         self.on_error, self.on_warning)
                else:
                    yield Document(root, self._decode(read_bounded(stream), source))
        except (OSError, EOFError, zlib.error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.on_error(ReadError(source, f"cannot read: {reason or type(exc).__name__}"))
        except TooLargeError as exc:
            self.on_error(ReadError(source, f"skipped: {exc}"))
        except UndecodableError as exc:
            self.on_error(ReadError(source, f"cannot read: {exc}"))
        except MemoryError:
            self.on_error(ReadError(source, "cannot read: out of memory"))
        except Exception as exc:  # any other fault of one input stays that input's
            self.on_error(ReadError(source, f"cannot read: {type(exc).__name__}: {exc}"))

    def _own_output(self, source: str, what: str) -> None:
        """Skip a table `quotes` wrote (`what` it is): with a notice when a folder or
        glob holds it (an earlier run's output left among the documents), as an error
        when it is named as an input itself (a slip of the command line)."""
        if source in self.named:
            self.on_error(ReadError(source, f"{what}, not documents; give the files of "
                                            "texts it was made from"))
        else:
            self.on_warning(ReadError(source, f"skipped: {what}, not documents"))

    def _decode(self, data: bytes, source: str) -> str:
        """Decode a whole file with the fallback chain, warning when UTF-8 did not fit."""
        text, encoding = decode(data)
        if encoding != FALLBACK_ENCODINGS[0]:
            self.on_warning(ReadError(source, f"not valid UTF-8; decoded as {encoding}"))
        return text

    def _read_stream(self, raw: BinaryIO, source: str, root: str) -> Iterator[Document]:
        """A stream that can be read once and not sized, stdin or a FIFO (named pipe:
        `quotes extract <(zcat news.jsonl.gz)`), by its content, not its name: JSONL when
        its first non-blank line is a JSON object, else one text (its id `root`, as the
        ids of JSONL lines without one are `root:LINE`). Gzip data is read decompressed,
        known by its first bytes, as a stream has no name to end in `.gz`
        (`quotes extract <(cat news.jsonl.gz)`, `… | quotes extract -`)."""
        stream = as_utf8(_gunzipped(raw))
        head: list[bytes] = []
        used = 0
        # Each line read with a bound: an endless stream with no line break stops there.
        while line := stream.readline(input_bytes.MAX_READ_BYTES + 1):
            head.append(line)
            used += len(line)
            if line.strip() or used > input_bytes.MAX_READ_BYTES:
                break
        if head and is_json_object(head[-1]):
            yield from self._read_jsonl(_chain_lines(head, input_bytes.lines(stream)),
                                        source, root)
            return
        data = b"".join(head) + read_bounded(stream, used)
        binary = binary_reason(data[:SNIFF_BYTES])
        if binary:
            self.on_error(ReadError(source, f"skipped: {binary}"))
        else:
            yield Document(root, self._decode(data, source))

    def _read_jsonl(self, lines: Iterable[bytes], source: str, root: str) -> Iterator[Document]:
        """One record a line; blank lines are skipped, bad lines reported by line number.

        Each line is decoded on its own so one stray cp1252 line does not turn the valid
        UTF-8 of all other lines into mojibake; the file gets one warning per fallback used,
        naming the first line that needed it.
        """
        warned: set[str] = set()
        fields = FileFields(self.id_field, self.text_field)
        for number, raw in enumerate(cr_lines(lines), start=1):
            if not raw.strip():
                continue
            where = f"{source}:{number}"
            if raw is TOO_LONG:
                reason = f"skipped: line over {mib(input_bytes.MAX_READ_BYTES)}"
                self.on_error(ReadError(where, reason))
                continue
            line, encoding = decode(raw.rstrip(b"\r\n"))
            if encoding != FALLBACK_ENCODINGS[0] and encoding not in warned:
                warned.add(encoding)
                reason = f"not valid UTF-8 from line {number}; such lines decoded as {encoding}"
                self.on_warning(ReadError(source, reason))
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                self.on_error(ReadError(where, f"malformed JSON: {exc.msg}: column {exc.colno}"))
                continue
            except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
                self.on_error(ReadError(where, f"unreadable JSON: {json_fault(exc)}"))
                continue
            doc = self._record(record, where, f"{root}:{number}", fields)
            if doc is not None:
                yield doc

    def _read_json(self, data: bytes, source: str, root: str) -> Iterator[Document]:
        """A JSON file holds one record or a list of records (numbered from 1). One that
        holds an object per line is JSONL named `.json` (pandas' ``to_json(lines=True)``,
        Spark), read as JSONL with a warning, where one "malformed JSON" error at its
        second line lost every document of it."""
        text = self._decode(data, source)
        if not text.strip():
            self.on_error(ReadError(source, "empty file: no JSON record"))
            return
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and lines_of_objects(data):  # JSONL named .json
                self.on_warning(ReadError(source, "holds one JSON object per line (JSONL), "
                                                  "not one JSON value; read as JSONL"))
                yield from self._read_jsonl(data.splitlines(keepends=True), source, root)
                return
            reason = f"malformed JSON: {exc.msg}: column {exc.colno}"
            self.on_error(ReadError(f"{source}:{exc.lineno}", reason))
            return
        except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
            self.on_error(ReadError(source, f"unreadable JSON: {json_fault(exc)}"))
            return
        fields = FileFields(self.id_field, self.text_field)
        if isinstance(value, list):
            for number, record in enumerate(value, start=1):
                doc = self._record(record, f"{source}:{number}", f"{root}:{number}", fields)
                if doc is not None:
                    yield doc
        else:
            doc = self._record(value, source, root, fields)
            if doc is not None:
                yield doc

    def _record(
        self, record: object, where: str, default_id: str, fields: FileFields
    ) -> Document | None:
        """A document from one JSON record, or None after reporting why it is unusable
        (a field the file does not use once for the file: `fields`)."""
        if not isinstance(record, dict):
            self.on_error(ReadError(where, f"expected a JSON object, got {json_type(record)}"))
            return None
        missing = fields.missing_text(record, where)
        if missing is not None:
            self.on_error(missing)
        text = record.get(self.text_field)
        if self.text_field not in record:  # a `null` text is there, and named below
            return None
        unnamed = fields.missing_id(record, where)
        if unnamed is not None:
            self.on_warning(unnamed)
        if not isinstance(text, str):
            reason = f"{self.text_field!r} is {json_type(text)}, expected a string"
            self.on_error(ReadError(where, reason))
            return None
        metadata = {f: record[f] for f in self.keep_fields if f in record}
        doc_id = self._doc_id(record.get(self.id_field), where, default_id)
        return self._valid_unicode(Document(doc_id, text, metadata), where)

    def _valid_unicode(self, document: Document, where: str) -> Document:
        """The document with each lone surrogate of its text and kept fields (a JSON
        escape such as ``\\ud800`` with no partner: no output can encode it) replaced by
        U+FFFD, one character for one so that offsets hold (the text the engine reads),
        with a warning; the document itself when it has none. An id is not changed (two
        ids would become one): the run reports such a document."""
        fixed = Document(document.id, _replaced(document.text), _replaced(document.metadata))
        if fixed == document and fixed.metadata == document.metadata:
            return document
        self.on_warning(ReadError(where, "a lone surrogate (a \\ud800-\\udfff escape with no "
                                         "partner, not Unicode) replaced by U+FFFD"))
        return fixed

    def _doc_id(self, value: object, where: str, default_id: str) -> str:
        """The record's id as a string; a missing or empty id falls back to ``default_id``."""
        if value is None or value == "":
            return default_id
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
        reason = f"{self.id_field!r} is {json_type(value)}; using {default_id!r} as id"
        self.on_warning(ReadError(where, reason))
        return default_id


def _replaced(value: Any) -> Any:
    """A JSON value with the lone surrogates of its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        return [_replaced(item) for item in value]
    if isinstance(value, dict):
        return {_replaced(key): _replaced(item) for key, item in value.items()}
    return value


def _gunzipped(raw: BinaryIO) -> BinaryIO:
    """A stream, decompressed when it starts with gzip's magic bytes."""
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    if stream.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


#: The first bytes of gzip data.
_GZIP_MAGIC = b"\x1f\x8b"


def _chain_lines(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    """The lines already peeked at, then the rest of the stream."""
    yield from head
    yield from rest


