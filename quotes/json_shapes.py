"""What shape a JSON input has, told from its bytes, and how a JSON fault or value is named
in a message: :mod:`quotes.readers` and :mod:`quotes.json_input` read JSON and JSONL by
these (a JSONL file that is one JSON value, a JSON file that is JSONL, a line that is a
JSON object)."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["LongNumber", "cr_lines", "is_json_object", "json_fault", "json_not_lines",
           "json_type", "lines_of_objects", "load_json"]


class LongNumber(str):
    """A JSON integer of more digits than Python makes an int of (4,300, its guard against
    slow conversions: :func:`sys.get_int_max_str_digits`), kept as its digits."""


def _integer(digits: str) -> int | LongNumber:
    """A JSON integer as an int, or as its digits when too long for one."""
    try:
        return int(digits)
    except ValueError:
        return LongNumber(digits)


def load_json(data: str | bytes) -> Any:
    """A JSON value, an integer of over 4,300 digits in it kept as a :class:`LongNumber`
    (rule long-json-numbers): Python refused such a value whole, so one huge number in a
    field the run never reads (a checksum, a hash written as a number) lost its record
    ("unreadable JSON: Exceeds the limit"). Read as usual first, so only such a value
    pays for the slower reading of each integer."""
    try:
        return json.loads(data)
    except ValueError as exc:  # a JSONDecodeError too, whose message is never this one
        if "Exceeds the limit" not in str(exc):
            raise
        return json.loads(data, parse_int=_integer)


def json_fault(exc: ValueError | RecursionError) -> str:
    """One line for a JSON value Python cannot hold."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(";")[0]


def is_json_object(line: bytes) -> bool:
    """Whether one line parses as a JSON object (used to sniff JSONL on stdin)."""
    line = line.removeprefix(codecs.BOM_UTF8).lstrip()
    if not line.startswith(b"{"):
        return False
    try:
        return isinstance(load_json(line), dict)
    except ValueError:
        return False


def json_not_lines(head: bytes) -> bool:
    """Whether a `.jsonl` file is one JSON value instead: its first line opens an array
    (`[{"id": …}, …]`, one line or many) or is a lone `{` (an object printed over lines),
    which is never a record of a line. Read by line, each of its lines was an error,
    thousands of them for a pretty-printed corpus, and every document was lost. A first
    line that is a whole array with more lines after it is a JSONL line that holds no
    object (`[1, 2]`): read as one JSON value, the file's every record was lost to one
    "Extra data" error at its second line."""
    lines = (line for line in head.splitlines() if line.strip())
    first = next(lines, b"").removeprefix(codecs.BOM_UTF8).strip()
    return first == b"{" or (first.startswith(b"[") and not (_whole(first) and next(lines, b"")))


def _whole(line: bytes) -> bool:
    """Whether a line is one whole JSON value."""
    try:
        load_json(line)
    except ValueError:
        return False
    return True


def lines_of_objects(data: bytes) -> bool:
    """Whether the first two non-blank lines of `data` are each a JSON object: JSONL, not
    one JSON value spread over lines."""
    lines = (line for line in data.splitlines() if line.strip())
    first, second = next(lines, b""), next(lines, b"")
    return is_json_object(first) and is_json_object(second)


def cr_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of JSONL with a lone carriage return ending a line as a line feed does
    (a file saved with classic Mac OS line ends: `{…}\\r{…}\\r`). Read by line feeds
    alone, such a file was one line, its every record lost to one "Extra data" error. A
    raw carriage return stands in JSON only as space between tokens, never in a string,
    so splitting at it never cuts a record that was whole. Other lines are given as they
    are (the same objects: a line over the bound stays :data:`~quotes.input_bytes.TOO_LONG`),
    and no copy of a line is held while it is read (a 200 MB line held one more)."""
    for line in lines:
        end = len(line)
        while end and line[end - 1] in _LINE_ENDS:
            end -= 1
        if line.find(b"\r", 0, end) >= 0:
            yield from line[:end].split(b"\r")
        else:
            yield line


#: The bytes that end a line, as ints (what indexing bytes gives).
_LINE_ENDS = frozenset(b"\r\n")


def json_type(value: object) -> str:
    """A JSON-flavoured name for a value's type, for error messages."""
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string",
             LongNumber: "a number"}
    return names.get(type(value)) or ("a list" if isinstance(value, list) else "an object")
