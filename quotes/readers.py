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

import os
import sys
import zlib
from codecs import BOM_UTF8
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from quotes import input_bytes
from quotes.csv_input import Fields, read_table
from quotes.gzip_names import gzipped, named_suffix
from quotes.html_input import read_html
from quotes.input_bytes import (
    FIFO_WAITING,
    SNIFF_BYTES,
    TooLargeError,
    TooManyCharsError,
    UndecodableError,
    as_utf8,
    binary_reason,
    first_line,
    gunzipped,
    open_binary,
    open_fifo,
    read_bounded,
    read_text_bounded,
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
from quotes.json_arrays import opens_records
from quotes.json_input import JsonInput, decoded
from quotes.json_shapes import is_json_object, json_not_lines
from quotes.own_outputs import earlier_output, texts_copy
from quotes.records import Document

__all__ = ["iter_documents"]

#: The formats whose first line names their columns (a header, a first record's keys).
_TABLES = frozenset({"jsonl", "csv", "tsv"})


#: Why a 0-byte file named `.gz` is not read (rule empty-gzip).
EMPTY_GZIP = "empty file (0 bytes), no gzip data: was its writing cut short?"


def _content_start(head: bytes) -> bytes:
    """A file's first bytes from its content on: a byte-order mark and the blank space
    and lines before the first character left out."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")


def _opens_a_record(head: bytes) -> bool:
    """Whether a file's first bytes open a JSON object, as a JSONL file's first line does
    (a BOM and blank lines before it aside)."""
    return _content_start(head).startswith(b"{")


def _array_unnamed(path: Path, head: bytes) -> bool:
    """Whether a file whose name says no format but gzip (`news.gz`) holds a JSON array of
    records, read so as stdin is (rule array-on-stdin), where it was one plain text."""
    return gzipped(path) and named_suffix(path) == "" and opens_records(head)


def _records_unnamed(path: Path, first: bytes) -> bool:
    """Whether a file whose name says no format but gzip (`news.gz`, `rows.GZ`) holds
    JSONL, by its first line, whole a JSON object: read so, as stdin and a FIFO are read
    by their content (`zcat news.gz | quotes extract -`), where it was one plain text
    whose JSON syntax went to the engine, its marks paired as quotes (rule
    gzip-named-by-content). `news.txt.gz` names text, and is read so."""
    line = _content_start(first).split(b"\n", 1)[0]
    return gzipped(path) and named_suffix(path) == "" and is_json_object(line)


def iter_documents(
    inputs: Sequence[str],
    *,
    id_field: str = "id",
    text_field: str = "text",
    on_error: ErrorCallback,
    on_warning: ErrorCallback | None = None,
    keep_fields: Sequence[str] = (),
    outputs: Sequence[Path] = (),
    max_chars: int | None = None,
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
    A plain text whose bytes alone say it holds more than ``max_chars`` characters
    (``--max-doc-chars``) is an error, unread past that
    (:func:`~quotes.input_bytes.read_text_bounded`).
    """
    warn = on_warning or (lambda _warning: None)
    files = _not_outputs(expand_inputs(inputs, on_error=on_error), outputs, warn)
    named = frozenset(str(Path(raw)) for raw in inputs if raw != "-")
    reader = _Reader(Fields(id_field, text_field, tuple(keep_fields)), on_error, warn, named,
                     max_chars)
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
        self,
        fields: Fields,
        on_error: ErrorCallback,
        on_warning: ErrorCallback,
        named: frozenset[str],
        max_chars: int | None = None,
    ) -> None:
        """`named` are the files named as inputs themselves (not found in a folder);
        `max_chars` is the run's ``--max-doc-chars``, a plain text's bound and a table
        field's (:func:`~quotes.csv_input.read_table`)."""
        self.fields = fields
        self.on_error = on_error
        self.on_warning = on_warning
        self.named = named
        self.max_chars = max_chars
        self.json = JsonInput(fields, on_error, on_warning, max_chars)

    def read(self, path: Path | None, root: str) -> Iterator[Document]:
        """Documents of one file (or stdin when ``path`` is None); errors go to the callbacks."""
        source = STDIN_ID if path is None else str(path)
        try:
            if path is None:
                yield from self._read_stream(sys.stdin.buffer, STDIN_ID, STDIN_ID)
                return
            special = special_file(path)
            if special == FIFO:  # named as an input (a folder's are skipped as it is walked)
                waiting = ReadError(source, FIFO_WAITING)
                with open_fifo(path, lambda: self.on_warning(waiting)) as pipe:
                    yield from self._read_stream(pipe, source, root)
                return
            if special:
                self.on_error(ReadError(source, f"skipped: {special}, not a regular file"))
                return
            kind = file_kind(path)
            if gzipped(path) and path.stat().st_size == 0:  # rule empty-gzip
                # gzip data is 20 bytes at least: 0 is a compression that failed, which
                # Python's gzip reads as no data, so no record and no word of it
                self.on_error(ReadError(source, f"cannot read: {EMPTY_GZIP}"))
                return
            with open_binary(path) as stream:
                head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
                binary = binary_reason(head)
                if binary:
                    self.on_error(ReadError(source, f"skipped: {binary}"))
                    return
                # an earlier run's --errors or --texts file under a name read as plain
                # text (`news/errors.txt`, `news/texts.gz`) is told as a JSONL one is, by
                # its first record: read as a document, it was one more article, and the
                # texts' every quote counted twice (rule own-jsonl-named-as-text)
                seen_as = "jsonl" if kind == "text" and _opens_a_record(head) else kind
                table_head = first_line(path, head) if seen_as in _TABLES else head
                own = earlier_output(seen_as, table_head, self.fields.text)
                if own is not None:
                    self._own_output(source, own)
                    return
                if seen_as == "jsonl" and source not in self.named:
                    copied = texts_copy(table_head, path, root)
                    if copied is not None:
                        self.on_warning(ReadError(source, (
                            "skipped: the texts of an earlier run (--texts), not documents: "
                            f"its first record is the text of {copied}, which this run "
                            "reads; name the file as an input to read it")))
                        return
                if kind == "text" and seen_as == "jsonl" and _records_unnamed(path, table_head):
                    kind = "jsonl"
                elif kind == "text" and _array_unnamed(path, head):
                    kind = "json"
                if kind == "jsonl" and json_not_lines(head):  # JSON named .jsonl
                    self.on_warning(ReadError(source, "holds one JSON value (an array, or an "
                                                      "object over lines), not one object per "
                                                      "line; read as JSON"))
                    yield from self.json.read_value(stream, source, root)
                elif kind == "jsonl":
                    yield from self.json.read_jsonl(
                        input_bytes.lines(stream, self.json.line_bytes), source, root)
                elif kind == "csv" or kind == "tsv":
                    yield from read_table(path, source, root, "\t" if kind == "tsv" else ",",
                                          fields=self.fields,
                                          on_error=self.on_error, on_warning=self.on_warning,
                                          max_chars=self.max_chars)
                elif kind == "json":
                    yield from self.json.read_value(stream, source, root)
                elif kind == "html":
                    yield from read_html(read_bounded(stream), source, root, self.fields.kept,
                                         self.on_error, self.on_warning)
                else:
                    data = read_text_bounded(stream, self.max_chars)
                    yield Document(root, decoded(data, source, self.on_warning))
        except (OSError, EOFError, zlib.error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            reason = _broken_link(path, exc) or reason or type(exc).__name__
            self.on_error(ReadError(source, f"cannot read: {reason}"))
        except TooLargeError as exc:
            self.on_error(ReadError(source, f"skipped: {exc}"))
        except TooManyCharsError as exc:
            self.on_error(ReadError(source, str(exc)))
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

    def _read_stream(self, raw: BinaryIO, source: str, root: str) -> Iterator[Document]:
        """A stream that can be read once and not sized, stdin or a FIFO (named pipe:
        `quotes extract <(zcat news.jsonl.gz)`), by its content, not its name: JSONL when
        its first non-blank line is a JSON object, else one text (its id `root`, as the
        ids of JSONL lines without one are `root:LINE`). Gzip data is read decompressed,
        known by its first bytes, as a stream has no name to end in `.gz`
        (`quotes extract <(cat news.jsonl.gz)`, `… | quotes extract -`)."""
        stream = as_utf8(gunzipped(raw))
        head: list[bytes] = []
        used = 0
        # Each line read with a bound: an endless stream with no line break stops there.
        while line := stream.readline(input_bytes.MAX_READ_BYTES + 1):
            head.append(line)
            used += len(line)
            if line.strip() or used > input_bytes.MAX_READ_BYTES:
                break
        if head and is_json_object(head[-1]):
            rest = input_bytes.lines(stream, self.json.line_bytes)
            yield from self.json.read_jsonl(_chain_lines(head, rest), source, root)
            return
        # `[` on a line of its own (a byte-order mark or blank lines before it): the line
        # after it tells an array of records from a text
        while (b"".join(head).removeprefix(BOM_UTF8).strip() in (b"", b"[")
               and used <= input_bytes.MAX_READ_BYTES
               and (line := stream.readline(input_bytes.MAX_READ_BYTES + 1))):
            head.append(line)
            used += len(line)
        if opens_records(b"".join(head)):  # rule array-on-stdin
            # a JSON array of records (`cat corpus.json | quotes extract -`) was one text
            # whose JSON went to the engine, its marks paired as quotes
            yield from self.json.read_array(stream, source, root, b"".join(head))
            return
        data = b"".join(head) + read_text_bounded(stream, self.max_chars, used)
        binary = binary_reason(data[:SNIFF_BYTES])
        if binary:
            self.on_error(ReadError(source, f"skipped: {binary}"))
        else:
            yield Document(root, decoded(data, source, self.on_warning))


def _broken_link(path: Path | None, exc: BaseException) -> str | None:
    """What is wrong with `path` when it is a symbolic link to nothing (rule broken-link),
    the read having failed with `exc`: a folder's dangling link was "cannot read: No
    such file or directory", which names no link, and the user looked for a file they
    could see in the listing. A link in a loop says so itself ("Too many levels of
    symbolic links")."""
    if not isinstance(exc, FileNotFoundError):
        return None
    try:
        if path is None or not path.is_symlink() or path.exists():
            return None
        return f"a broken link (to {os.readlink(path)}, which does not exist)"
    except OSError:
        return None


def _chain_lines(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    """The lines already peeked at, then the rest of the stream."""
    yield from head
    yield from rest
