"""A JSON file that holds one array of records, read one record at a time (rule
json-array-streamed): the array's items are cut from the stream by their brackets,
braces and strings, and each is handed on as its own bytes, so memory holds one record,
never the file. Read whole, a 150 MB array of articles peaked at 500 MB (its bytes, its
text and every record at once), and one over 256 MiB was refused. A step of
:mod:`quotes.json_input`, which parses each item as a JSONL line is parsed.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from quotes.input_bytes import TOO_LONG

__all__ = ["CUT_SHORT", "EXTRA_DATA", "items", "opens_an_array", "opens_records"]

#: Bytes read from the stream at a time.
_CHUNK = 1 << 20

#: Outside a string: what opens or closes a value, separates items or opens a string.
_STRUCTURE = re.compile(rb'["\[\]{},]')

#: What an array's item stands for when the file ends before the array closes, and when
#: something follows the array's close (each the last item :func:`items` gives).
CUT_SHORT, EXTRA_DATA = object(), object()


def opens_an_array(head: bytes) -> bool:
    """Whether a JSON file's first bytes open an array (`[{"id": …}, …]`, after any
    byte-order mark and blanks)."""
    return head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"[")


def opens_records(head: bytes) -> bool:
    """Whether a stream's first bytes open an array of objects: `[` then `{`, with only
    blanks between (`[{"id": …`, or `[` on a line of its own), which no text opens with;
    `[Updated 3pm] The mayor said …` is text."""
    head = head.removeprefix(codecs.BOM_UTF8).lstrip()
    return head.startswith(b"[") and head[1:].lstrip().startswith(b"{")


def items(stream: BinaryIO, most: int, head: bytes = b"") -> Iterator[bytes | object]:
    """The bytes of each item of the array `stream` holds, in order (an empty item where
    two commas meet, which the parser names); :data:`~quotes.input_bytes.TOO_LONG` for
    an item of more than `most` bytes, skipped unread; :data:`CUT_SHORT` last when the
    file ends inside the array, :data:`EXTRA_DATA` when more than blanks follow it.
    `head` is the stream's first bytes when they were read from it already (stdin's)."""
    depth, in_string, escaped, started = 0, False, False, False
    piece: list[bytes] = []
    size, lead = 0, b""
    while chunk := head or stream.read(_CHUNK):
        head = b""
        if not started:  # up to the array's `[`: the caller saw it open the file
            lead += chunk
            chunk = lead.removeprefix(codecs.BOM_UTF8).lstrip()
            if not chunk or codecs.BOM_UTF8.startswith(lead):
                continue
            chunk, depth, started = chunk[1:], 1, True
        at, start = 0, 0
        if escaped:  # the byte after a backslash that ended the last chunk
            at, escaped = 1, False
        while at < len(chunk):
            if depth == 0:  # the array has closed: only blanks may follow
                if chunk[at:].strip():
                    yield EXTRA_DATA
                    return
                break
            if in_string:  # found with `find`, many times faster than a search here
                close = chunk.find(b'"', at)
                slash = chunk.find(b"\\", at, len(chunk) if close < 0 else close)
                if slash >= 0:
                    at = slash + 2
                    escaped = at > len(chunk)
                    continue
                if close < 0:
                    break
                in_string, at = False, close + 1
                continue
            found = _STRUCTURE.search(chunk, at)
            if found is None:
                break
            sign, at = found.group(), found.end()
            if sign == b'"':
                in_string = True
            elif sign in b"[{":
                depth += 1
            elif sign in b"]}" and depth > 1:
                depth -= 1
            elif depth == 1 and sign in b",]":  # an item ends
                piece.append(chunk[start:found.start()])
                item = b"".join(piece) if size + found.start() - start <= most else TOO_LONG
                piece, size, start = [], 0, at
                if sign == b"]":
                    depth = 0
                    if item is TOO_LONG or item.strip():  # `[]` and `[…]` hold no item after
                        yield item
                else:
                    yield item
        if depth > 0 and start < len(chunk):
            rest = chunk[start:]
            if size <= most:
                piece.append(rest)
            else:
                piece = []
            size += len(rest)
    if depth > 0:
        yield CUT_SHORT
