"""Tell a table `quotes` wrote from a file of documents, by its header.

A rerun over a folder (`quotes extract news/ -o out.csv`) walked the outputs an earlier
run left in it (`news/quotes.csv`, `news/quotes.jsonl`, `--errors news/errors.jsonl`,
`quotes speakers news/ -o news/speakers.csv`) and read each as documents: an error a
file ("no 'text' column"), exit 1, for files the user made with this very tool. Such a
file names our columns in its header (or in the keys of its first JSONL record) and has
no text column, so the read stage (:mod:`quotes.readers`) skips it with one notice when a
folder or glob holds it, and names it as an error when it is given as an input itself.

The texts an earlier run wrote (`--texts news/texts.jsonl`) do have a text column: they
are documents, the folder's own files again, so a rerun over the folder read every
document twice (`a.txt` and `a.txt#2`, each speaker counted twice). Such a file is known
by its first record, `id` and `text` first, whose id is the document id another file of
the same folder walk has, or, for a corpus of JSONL records with ids of their own
(`{"id": "wire-17", "text": …}`), whose id and text are those of the first record of a
JSONL file beside it (:func:`texts_copy`); it is skipped with a notice when a folder or
glob holds it, and read when named as an input.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from pathlib import Path

from quotes.html_input import is_review_page
from quotes.input_bytes import SNIFF_BYTES, first_line, open_binary
from quotes.inputs import file_kind
from quotes.people import SPEAKER_COLUMNS
from quotes.records import COLUMNS

__all__ = ["earlier_output", "holds_documents", "texts_copy"]

#: The columns of the error report `--errors` writes (:data:`quotes.writers.ERROR_COLUMNS`).
_ERROR_COLUMNS = ("source", "reason", "doc_id")
#: Fewest of the row columns a header must start with to be rows `extract` wrote
#: (`--columns speaker,quote` gives two; kept fields, `--keep-fields url`, come after).
_FEWEST_ROW_COLUMNS = 2
#: Fewest of the speaker table's columns a header must hold, and nothing else.
_FEWEST_SPEAKER_COLUMNS = 3


def earlier_output(kind: str, head: bytes, text_field: str) -> str | None:
    """What a file of format `kind` (`csv`, `tsv`, `jsonl`) whose first bytes are `head`
    is, when `quotes` wrote it (`rows quotes extract wrote`), else None: a header (or a
    first record) without the `text_field` that names only the columns of an error
    report, only a speaker table's, or starts with two or more row columns."""
    names = _header(kind, head)
    if not names or text_field in names:
        return None
    if tuple(names) == _ERROR_COLUMNS:
        return "the error report of an earlier run (--errors)"
    if len(names) >= _FEWEST_SPEAKER_COLUMNS and set(names) <= set(SPEAKER_COLUMNS) and (
        "quotes" in names
    ):
        return "a speaker table `quotes speakers` wrote"
    ours = 0
    while ours < len(names) and names[ours] in COLUMNS:
        ours += 1
    if ours >= _FEWEST_ROW_COLUMNS:
        return "rows `quotes extract` wrote"
    return None


def holds_documents(path: Path, *, texts: bool = False) -> bool:
    """Whether `path`, an existing CSV, TSV or JSONL file of an input folder that a run
    is to write, is a file of documents rather than a table an earlier run wrote: its
    first line is none of :func:`earlier_output`'s (`news/wire.jsonl`, records with a
    `text`, which `-o news/wire.jsonl --force` replaced with rows, the corpus lost). A
    `texts` target (`--texts`) may be an earlier run's texts, `id` and `text` first; an
    empty file holds nothing to lose; other formats are never read as documents. A web
    page is an article unless `quotes review` wrote it (`quotes review news/ -o
    news/story.html --force` replaced the article with the review page)."""
    kind = file_kind(path)
    if kind not in ("csv", "tsv", "jsonl", "html"):
        return False
    with open_binary(path) as stream:
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if not head.strip():
        return False
    if kind == "html":
        return not is_review_page(head)
    head = first_line(path, head)
    if earlier_output(kind, head, "text") is not None:
        return False
    return not (texts and tuple(_header(kind, head)[:2]) == _TEXTS_KEYS)


#: The first keys of every record of a `--texts` file (:data:`quotes.writers.TEXT_COLUMNS`).
_TEXTS_KEYS = ("id", "text")
#: What an id carries after the document's own name: the `#2` of a repeated id, or the
#: `:12` line number of a record that had no id of its own.
_ID_SUFFIX_RE = re.compile(r"(?:#\d+|:\d+)$")


def texts_copy(head: bytes, path: Path, doc_root: str) -> str | None:
    """The file a JSONL file found in a folder walk (or a glob) copies the text of, when
    it is the `--texts` file of an earlier run: its first record (in `head`) has `id` and
    `text` first, and its id (less a `#2` or a `:12`) names another regular file under
    the folder the walk started from (the id that file gets in this walk) or beside the
    file itself (`news/texts.jsonl` of a run over `news/`, read again by a glob,
    `news/*`), a document this run reads itself; or, when the documents are records of
    a JSONL corpus with ids of their own, the first record of a JSONL file in either
    folder has that id and that text (:func:`_record_copied`). `doc_root` is the id the
    walk gives `path` (`texts.jsonl` for `news/texts.jsonl`); None for any other file."""
    record = _first_record(head)
    if record is None or tuple(record)[:2] != _TEXTS_KEYS or not isinstance(record["id"], str):
        return None
    doc_id = _ID_SUFFIX_RE.sub("", record["id"])
    depth = len(Path(doc_root).parts)
    if not doc_id or not 0 < depth <= len(path.parts):
        return None
    walk_base = Path(*path.parts[: len(path.parts) - depth]) if depth < len(path.parts) else Path()
    for base in (walk_base, path.parent):
        other = base / doc_id
        try:
            if other.is_file() and not other.samefile(path):
                return str(other)
        except (OSError, ValueError):  # a name too long or with a NUL: no such file
            continue
    return _record_copied(record, path, (walk_base, path.parent))


#: The most JSONL files of a folder whose first record :func:`_record_copied` reads.
_MOST_CORPUS_FILES = 64


def _record_copied(record: dict[str, object], path: Path,
                   folders: tuple[Path, ...]) -> str | None:
    """`the record 'wire-17' of news/wire.jsonl` when the first record of a JSONL file
    (not hidden, not `path`) directly in one of `folders` (the first
    :data:`_MOST_CORPUS_FILES` by name) holds both the id and the text of `record`, the
    first record of the `--texts` file `path`: the earlier run's first document was that
    record. The copy is the file written later (a corpus of `id` and `text` records
    matches its copy as the copy matches it: the older is the documents). Only first
    lines are read, so a corpus is never read to find out."""
    doc_id, text = record["id"], record["text"]
    if not isinstance(text, str):
        return None
    seen: set[Path] = set()
    for folder in dict.fromkeys(folders):
        try:
            names = sorted(entry for entry in folder.iterdir()
                           if not entry.name.startswith(".") and file_kind(entry) == "jsonl")
        except OSError:
            continue
        for other in names[:_MOST_CORPUS_FILES]:
            if other in seen or other == path:
                continue
            seen.add(other)
            try:
                if not other.is_file() or other.samefile(path) or not _later(path, other):
                    continue
                with open_binary(other) as stream:
                    line = first_line(other, stream.peek(SNIFF_BYTES)[:SNIFF_BYTES])
            except (OSError, EOFError, ValueError, zlib.error):  # unreadable: no copy of it
                continue
            values = (_first_record(line) or {}).values()
            if text in values and doc_id in values:
                return f"the record {doc_id!r} of {other}"
    return None


def _later(path: Path, other: Path) -> bool:
    """Whether `path` was written after `other` (by name when at the same instant)."""
    return (path.stat().st_mtime_ns, path.name) > (other.stat().st_mtime_ns, other.name)


def _first_record(head: bytes) -> dict[str, object] | None:
    """The first JSONL record in `head`, when it holds a whole one that is an object."""
    line = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n").split(b"\n", 1)[0]
    try:
        record = json.loads(line.rstrip(b"\r").decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def _header(kind: str, head: bytes) -> list[str]:
    """The column names of a table's first line, or the keys of a JSONL file's first
    record; empty when the head holds neither (a first line longer than the head)."""
    if kind == "jsonl":
        record = _first_record(head)
        return [] if record is None else [str(key) for key in record]
    lines = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n").split(b"\n", 1)
    if len(lines) < 2:  # no whole first line
        return []
    line = lines[0].rstrip(b"\r").decode("utf-8", "replace")
    if kind not in ("csv", "tsv"):
        return []
    try:
        return next(csv.reader([line], delimiter="\t" if kind == "tsv" else ","), [])
    except csv.Error:
        return []
