"""JSON and JSONL inputs read as documents: one record a line (JSONL) or one JSON value
holding a record or a list of them, each record's text and id by the run's field names.
A step of :mod:`quotes.readers`, which decides which inputs are JSON by their names and
first bytes (:mod:`quotes.json_shapes`); a bad line or record is reported through the
callbacks, by its line or record number, and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from quotes import input_bytes
from quotes.csv_input import Fields
from quotes.input_bytes import (
    FALLBACK_ENCODINGS,
    SNIFF_BYTES,
    TOO_LONG,
    Stream,
    decode,
    mib,
    read_bounded,
)
from quotes.inputs import ErrorCallback, ReadError
from quotes.json_arrays import CUT_SHORT, EXTRA_DATA, items, opens_an_array
from quotes.json_shapes import (
    LongNumber,
    cr_lines,
    json_fault,
    json_type,
    lines_of_objects,
    load_json,
)
from quotes.normalise import replace_surrogates
from quotes.record_fields import FileFields
from quotes.records import Document

__all__ = ["JsonInput", "decoded", "record_bytes"]

#: The most bytes one character of a JSON string takes: one beyond U+FFFF written as two
#: escapes (`\\ud83d\\ude00`), 12 bytes for one character as the run counts them.
_JSON_CHAR_BYTES = 12
#: The bytes a JSONL record may hold besides its text (its id, the fields kept).
_RECORD_OTHER_BYTES = 1 << 20


def record_bytes(max_chars: int | None) -> int:
    """The most bytes of a JSONL line whose text can be within `max_chars` characters
    (``--max-doc-chars``; :data:`~quotes.input_bytes.MAX_READ_BYTES` without one): a
    longer line is skipped unread (rule line-bytes-over-max-chars), where it was read,
    decoded and parsed whole (three copies of a 150 MB text) only for its text to be
    refused by its length."""
    if max_chars is None:
        return input_bytes.MAX_READ_BYTES
    return min(input_bytes.MAX_READ_BYTES, _JSON_CHAR_BYTES * max_chars + _RECORD_OTHER_BYTES)


class JsonInput:
    """Reads JSON and JSONL inputs with the field names and callbacks of one run."""

    def __init__(self, fields: Fields, on_error: ErrorCallback, on_warning: ErrorCallback,
                 max_chars: int | None = None) -> None:
        """`max_chars` is the run's ``--max-doc-chars``: a JSONL line too long for a record
        whose text is within it is skipped unread (:attr:`line_bytes`)."""
        self.fields = fields
        self.on_error = on_error
        self.on_warning = on_warning
        self.max_chars = max_chars
        #: The most bytes a JSONL line is read to (:func:`~quotes.input_bytes.record_bytes`).
        self.line_bytes = record_bytes(max_chars)

    def read_jsonl(self, lines: Iterable[bytes], source: str, root: str) -> Iterator[Document]:
        """One record a line; blank lines are skipped, bad lines reported by line number.

        Each line is decoded on its own so one stray cp1252 line does not turn the valid
        UTF-8 of all other lines into mojibake; the file gets one warning per fallback used,
        naming the first line that needed it.
        """
        warned: set[str] = set()
        fields = FileFields(self.fields.id, self.fields.text)
        for number, raw in enumerate(cr_lines(lines), start=1):
            if not raw.strip():
                continue
            doc = self._parsed(raw, (source, root, number, "line"), fields, warned)
            if doc is not None:
                yield doc

    def _parsed(self, raw: bytes, place: tuple[str, str, int, str], fields: FileFields,
                warned: set[str]) -> Document | None:
        """The document of one JSONL line or array item, or None after reporting why it
        is unusable; `place` is the file's name and id root, the item's number and what
        an item is (`line`, `record`), `warned` the encodings the file was warned of."""
        source, root, number, unit = place
        where = f"{source}:{number}"
        if raw is TOO_LONG:
            self.on_error(ReadError(where, self._too_long(unit)))
            return None
        # the line end cut from the text, not the bytes: no second copy of a long line
        line, encoding = decode(raw)
        line = line.rstrip("\r\n")
        if encoding != FALLBACK_ENCODINGS[0] and encoding not in warned:
            warned.add(encoding)
            reason = f"not valid UTF-8 from {unit} {number}; such {unit}s decoded as {encoding}"
            self.on_warning(ReadError(source, reason))
        try:
            record = load_json(line)
        except json.JSONDecodeError as exc:
            self.on_error(ReadError(where, f"malformed JSON: {exc.msg}: column {exc.colno}"))
            return None
        except (ValueError, RecursionError) as exc:  # deep nesting
            self.on_error(ReadError(where, f"unreadable JSON: {json_fault(exc)}"))
            return None
        return self._record(record, where, f"{root}:{number}", fields)

    def read_array(self, stream: BinaryIO, source: str, root: str,
                   head: bytes = b"") -> Iterator[Document]:
        """A JSON file that holds one array of records, read one record at a time (rule
        json-array-streamed, :mod:`quotes.json_arrays`), numbered from 1 as
        :meth:`read_json` numbers them; an item too long for a record whose text is
        within ``--max-doc-chars`` is skipped unread, and a file cut short inside the
        array keeps the records before the cut. `head` is the stream's first bytes when
        they were read from it already (stdin's)."""
        warned: set[str] = set()
        fields = FileFields(self.fields.id, self.fields.text)
        for number, raw in enumerate(items(stream, self.line_bytes, head), start=1):
            if raw is CUT_SHORT:
                self.on_error(ReadError(source, "cut short: the file ends inside its JSON "
                                                "array; the records before the cut are read"))
            elif raw is EXTRA_DATA:
                self.on_error(ReadError(source, "malformed JSON: more after the array "
                                                "closes (Extra data)"))
            else:
                doc = self._parsed(raw, (source, root, number, "record"),  # type: ignore[arg-type]
                                   fields, warned)
                if doc is not None:
                    yield doc

    def _too_long(self, unit: str) -> str:
        """Why a line (or an array's record: `unit`) over :attr:`line_bytes` was skipped."""
        if self.max_chars is None or self.line_bytes >= input_bytes.MAX_READ_BYTES:
            return f"skipped: {unit} over {mib(input_bytes.MAX_READ_BYTES)}"
        return (f"skipped: {unit} over {self.line_bytes:,} bytes, more than a record holds "
                f"whose text is within the limit of {self.max_chars:,} characters "
                "(--max-doc-chars)")

    def read_value(self, stream: Stream, source: str, root: str) -> Iterator[Document]:
        """A JSON file from its stream: an array of records one record at a time
        (:meth:`read_array`), any other value read whole (:meth:`read_json`, bounded)."""
        if opens_an_array(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]):
            yield from self.read_array(stream, source, root)
        else:
            yield from self.read_json(read_bounded(stream), source, root)

    def read_json(self, data: bytes, source: str, root: str) -> Iterator[Document]:
        """A JSON file holds one record or a list of records (numbered from 1). One that
        holds an object per line is JSONL named `.json` (pandas' ``to_json(lines=True)``,
        Spark), read as JSONL with a warning, where one "malformed JSON" error at its
        second line lost every document of it."""
        text = decoded(data, source, self.on_warning)
        if not text.strip():
            self.on_error(ReadError(source, "empty file: no JSON record"))
            return
        try:
            value = load_json(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and lines_of_objects(data):  # JSONL named .json
                self.on_warning(ReadError(source, "holds one JSON object per line (JSONL), "
                                                  "not one JSON value; read as JSONL"))
                yield from self.read_jsonl(data.splitlines(keepends=True), source, root)
                return
            reason = f"malformed JSON: {exc.msg}: column {exc.colno}"
            self.on_error(ReadError(f"{source}:{exc.lineno}", reason))
            return
        except (ValueError, RecursionError) as exc:  # deep nesting
            self.on_error(ReadError(source, f"unreadable JSON: {json_fault(exc)}"))
            return
        fields = FileFields(self.fields.id, self.fields.text)
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
        text = record.get(self.fields.text)
        if self.fields.text not in record:  # a `null` text is there, and named below
            return None
        unnamed = fields.missing_id(record, where)
        if unnamed is not None:
            self.on_warning(unnamed)
        if not isinstance(text, str) or isinstance(text, LongNumber):
            reason = f"{self.fields.text!r} is {json_type(text)}, expected a string"
            self.on_error(ReadError(where, reason))
            return None
        metadata = {f: record[f] for f in self.fields.kept if f in record}
        doc_id = self._doc_id(record.get(self.fields.id), where, default_id)
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
        """The record's id as a string; a missing or empty id falls back to ``default_id``,
        and so, with a warning naming the line, does one that is no string or whole number
        (an object, a list, a boolean, `1.5`), which no output column can hold as an id."""
        if value is None or value == "":
            return default_id
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
        reason = (f"{self.fields.id!r} is {json_type(value)}, not a string or a whole "
                  f"number; using {default_id!r} as id")
        self.on_warning(ReadError(where, reason))
        return default_id


def decoded(data: bytes, source: str, on_warning: ErrorCallback) -> str:
    """Decode a whole file with the fallback chain, warning when UTF-8 did not fit."""
    text, encoding = decode(data)
    if encoding != FALLBACK_ENCODINGS[0]:
        on_warning(ReadError(source, f"not valid UTF-8; decoded as {encoding}"))
    return text


def _replaced(value: Any) -> Any:
    """A JSON value with the lone surrogates of its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        return [_replaced(item) for item in value]
    if isinstance(value, dict):
        return {_replaced(key): _replaced(item) for key, item in value.items()}
    return value
