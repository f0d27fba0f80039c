"""The bytes of one input, before any format reads them: opened (``.gz`` decompressed),
read with a bound, decoded by a chain of encodings, and sniffed for content that is no
text. :mod:`quotes.readers` and :mod:`quotes.csv_input` read every input through here.
"""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from quotes.gzip_names import gzipped

#: Encodings tried in order; latin-1 decodes any byte string, so the chain always ends.
FALLBACK_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")

#: How much of a file is sniffed for binary content.
SNIFF_BYTES = 8192
#: How much of a table's first line (a header, a first JSONL record) is read to tell an
#: output of `quotes` from documents when it does not end within :data:`SNIFF_BYTES`.
FIRST_LINE_BYTES = 16 * 1024 * 1024

#: The first bytes of gzip data (the gold and predictions readers tell it by them too).
GZIP_MAGIC = b"\x1f\x8b"
#: What a file another compressor than gzip made is told.
_RECOMPRESS = "{} data; decompress it first, or compress it with gzip (.gz), which is read"
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
    GZIP_MAGIC: "gzip data without a .gz extension; rename the file to end in .gz",
    # the other compressors, which only gzip is read of: their data was "binary file (NUL
    # bytes)", or decoded as cp1252 and read as one text of noise
    **{f"BZh{level}1AY&SY".encode(): _RECOMPRESS.format("bzip2") for level in range(1, 10)},
    b"\xfd7zXZ\x00": _RECOMPRESS.format("xz"),
    b"\x28\xb5\x2f\xfd": _RECOMPRESS.format("zstd"),
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive; extract its text first",
}


#: The most bytes read for one document, JSON file or line, after decompression: a gzip
#: bomb or an endless stream stops here instead of exhausting memory.
MAX_READ_BYTES = 256 * 1024 * 1024


class TooLargeError(ValueError):
    """An input holds more than :data:`MAX_READ_BYTES` where it must be read whole."""


def mib(size: int) -> str:
    """A size in whole mebibytes, for messages (`256 MiB`)."""
    return f"{size // (1024 * 1024)} MiB"


def read_bounded(stream: BinaryIO | gzip.GzipFile, used: int = 0) -> bytes:
    """The rest of `stream`, refusing (TooLargeError) more than :data:`MAX_READ_BYTES`
    bytes in all (`used` of them read already)."""
    limit = MAX_READ_BYTES - used
    data = stream.read(limit + 1) if limit >= 0 else b""
    if limit < 0 or len(data) > limit:
        raise TooLargeError(f"over {mib(MAX_READ_BYTES)} to read whole (decompressed); "
                            "split it, or give it as JSONL")
    return data


#: The most bytes a character takes in UTF-8, which every text is read as (a UTF-16 or
#: UTF-32 one converted, :func:`as_utf8`; cp1252 and latin-1 take one byte a character),
#: and a byte-order mark's, which is no character: more bytes than `4 N + 3` hold more
#: than N characters, whatever they decode to.
_CHAR_BYTES, _BOM_BYTES = 4, 3


class TooManyCharsError(ValueError):
    """A text whose byte length alone says it is over ``--max-doc-chars``."""


def read_text_bounded(stream: BinaryIO | gzip.GzipFile, max_chars: int | None,
                      used: int = 0) -> bytes:
    """The rest of a plain text's `stream`, as :func:`read_bounded` reads it, refusing
    (TooManyCharsError) a text of more than `max_chars` characters as soon as its bytes
    alone say so (rule bytes-over-max-chars): unread past that bound and never decoded,
    where a 200 MB text was read and decoded whole (593 MB at its peak) only to be
    refused by its length. A text its bytes do not show to be over (UTF-8 of one to
    four bytes a character) is read whole, and counted when decoded, as before."""
    if max_chars is None:
        return read_bounded(stream, used)
    most = _CHAR_BYTES * max_chars + _BOM_BYTES
    if most >= MAX_READ_BYTES:
        return read_bounded(stream, used)
    data = stream.read(max(most - used, -1) + 1)
    if used + len(data) > most:
        raise TooManyCharsError(f"over {most:,} bytes, more characters than the limit of "
                                f"{max_chars:,} (--max-doc-chars)")
    return data


#: Stands for a line longer than its bound (skipped, not held in memory).
TOO_LONG = b"\0too long"


def lines(stream: BinaryIO | gzip.GzipFile, most: int | None = None) -> Iterator[bytes]:
    """The lines of a stream, each read with a bound of `most` bytes (else
    :data:`MAX_READ_BYTES`): an over-long line is skipped to its end in chunks and given
    as :data:`TOO_LONG`."""
    most = MAX_READ_BYTES if most is None else most
    while line := stream.readline(most + 1):
        if len(line) <= most or line.endswith(b"\n"):
            yield line
            continue
        while (chunk := stream.readline(1 << 20)) and not chunk.endswith(b"\n"):
            pass
        yield TOO_LONG


#: The error handler (:func:`codecs.register_error`) that reads each byte UTF-8 cannot
#: decode as cp1252 (the five bytes cp1252 leaves undefined as latin-1), one character a
#: byte: `open(path, encoding="utf-8-sig", errors=STRAY_AS_CP1252)`.
STRAY_AS_CP1252 = "quotes.stray-as-cp1252"
#: What :func:`decode` names a text read so, for the warning (rule stray-bytes-as-cp1252).
MIXED_UTF8 = "UTF-8, its stray bytes as cp1252"
_CP1252 = [bytes([code]).decode("cp1252", "ignore") or chr(code) for code in range(256)]


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """The bytes of a UTF-8 decoding error, each read as cp1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(_CP1252[code] for code in bad), error.end


codecs.register_error(STRAY_AS_CP1252, _stray_as_cp1252)


def mostly_utf8(chunks: Iterable[bytes]) -> bool:
    """Whether bytes that are not valid UTF-8 are UTF-8 text with a few stray bytes in
    it (rule stray-bytes-as-cp1252): more of its characters beyond ASCII are whole UTF-8
    sequences than are bytes no UTF-8 sequence holds. A UTF-8 article with one Latin-1
    `caf\xe9` pasted in was decoded whole as cp1252, so its every `“`, `é` and `—` became
    mojibake (`â€œ`). Real cp1252 text is nearly all bytes UTF-8 does not take (`\x93`,
    a lower-case `\xe9` before a letter): a pair of its bytes forms a UTF-8 sequence
    only by chance (a capital `É` before `”`), so it stays cp1252. Read in chunks, so a
    large file costs no more memory than a chunk."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("surrogateescape")
    whole = stray = 0
    for chunk in itertools.chain(chunks, [b""]):
        text = decoder.decode(chunk, final=not chunk)
        beyond = len(text) - len(text.encode("ascii", "ignore"))
        strays = len(_STRAY.findall(text))
        whole += beyond - strays
        stray += strays
    return stray > 0 and whole > stray


#: A byte UTF-8 could not decode, as the surrogateescape error handler gives it.
_STRAY = re.compile("[\udc80-\udcff]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes with the first encoding of the fallback chain that fits, UTF-8 with
    its stray bytes as cp1252 (:func:`mostly_utf8`) before cp1252; return the text and
    the encoding's name (:data:`MIXED_UTF8` for that)."""
    try:
        return data.decode(FALLBACK_ENCODINGS[0]), FALLBACK_ENCODINGS[0]
    except UnicodeDecodeError:
        pass
    if mostly_utf8(data[at:at + (1 << 20)] for at in range(0, len(data), 1 << 20)):
        return data.decode(FALLBACK_ENCODINGS[0], STRAY_AS_CP1252), MIXED_UTF8
    for encoding in FALLBACK_ENCODINGS[1:]:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


#: A binary stream that can be peeked at: a file, a decompressed file, stdin's bytes.
Stream = gzip.GzipFile | io.BufferedReader


def first_line(path: Path, head: bytes) -> bytes:
    """The file's first line (after any blank lines), whole, when `head`, the file's
    first bytes (as much as a peek gives: 4 KiB or 8 KiB), ends inside it: a JSONL file
    of rows whose first quote, or of texts whose first text, is longer than the head. At
    most :data:`FIRST_LINE_BYTES`; `head` itself when it holds a line end already."""
    if b"\n" in head.lstrip(b"\r\n"):
        return head
    with open_binary(path) as stream:
        line = stream.readline(FIRST_LINE_BYTES)
        while line.strip(b"\r\n") == b"" and line:
            line = stream.readline(FIRST_LINE_BYTES)
        return line


#: Seconds the opening of a FIFO waits for a writer before the run says it is waiting.
FIFO_NOTICE_SECONDS = 5.0
#: What a run says while a FIFO it reads has no writer (:func:`open_fifo`).
FIFO_WAITING = ("a FIFO with nothing writing to it yet; waiting for a writer (start the "
                "command that feeds it, or Ctrl-C to stop)")


def open_fifo(path: Path, on_wait: Callable[[], None] | None = None) -> BinaryIO:
    """A FIFO (named pipe) opened for reading. The opening blocks until something opens
    it for writing: `mkfifo p; quotes extract p` with no writer hung for ever, saying
    nothing. `on_wait` is called once (from a timer thread) when no writer has come after
    :data:`FIFO_NOTICE_SECONDS`, so the run can say what it waits for; the wait goes on
    (a writer may come late; Ctrl-C stops it). Without `on_wait`, the notice is a line
    on stderr, `warning PATH: ...` (:data:`FIFO_WAITING`), as the commands print one."""
    if on_wait is None:
        def on_wait() -> None:
            sys.stderr.write(f"warning {path}: {FIFO_WAITING}\n")
            sys.stderr.flush()

    timer = threading.Timer(FIFO_NOTICE_SECONDS, on_wait)
    timer.daemon = True
    timer.start()
    try:
        return open(path, "rb")
    finally:
        timer.cancel()


def open_binary(path: Path) -> Stream:
    """A binary stream of the file's content, decompressed when it ends in ``.gz``, and
    as UTF-8 when it is UTF-16 or UTF-32 text with a byte-order mark (:class:`_AsUtf8`),
    so that every format reads it as it reads UTF-8."""
    if gzipped(path):
        return as_utf8(gzip.GzipFile(path, "rb"))
    return as_utf8(open(path, "rb"))


def gunzipped(raw: BinaryIO) -> BinaryIO:
    """A stream of `raw`'s bytes, decompressed when they start with gzip's magic bytes
    (:data:`GZIP_MAGIC`), told by peeking, so that a pipe or a FIFO is read once."""
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    if stream.peek(2)[:2] == GZIP_MAGIC:  # type: ignore[attr-defined]
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def as_utf8(stream: Stream | BinaryIO) -> Stream:
    """`stream` as UTF-8 bytes when it starts with the byte-order mark of UTF-16 or
    UTF-32 (:class:`_AsUtf8`); any other stream as it is (buffered, to be peeked at,
    when it is not: a stdin that a test or an embedding program set)."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    try:
        head = stream.peek(4)[:4]
    except BaseException:  # a damaged .gz fails at its first read: the file is closed
        stream.close()
        raise
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return io.BufferedReader(_AsUtf8(stream, encoding))
    return stream


#: The byte-order marks of UTF-32 and UTF-16 (UTF-32's first: its little-endian mark
#: starts with UTF-16's), with the codec that reads the mark and the text after it.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class UndecodableError(ValueError):
    """A file whose byte-order mark names an encoding its bytes do not follow."""


class _AsUtf8(io.RawIOBase):
    """The text of a UTF-16 or UTF-32 stream (byte-order mark dropped) as UTF-8 bytes,
    decoded as it is read; bytes that do not decode raise :class:`UndecodableError`."""

    def __init__(self, stream: Stream, encoding: str) -> None:
        super().__init__()
        self.stream = stream
        self.encoding = encoding
        self.decoder = codecs.getincrementaldecoder(encoding)()
        self.pending = b""
        self.ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill `buffer` with the next UTF-8 bytes (0 at the end)."""
        while not self.pending and not self.ended:
            chunk = self.stream.read(1 << 16)
            self.ended = not chunk
            try:
                self.pending = self.decoder.decode(chunk, final=self.ended).encode("utf-8")
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"not valid {self.encoding.upper()} text after its "
                                       "byte-order mark "
                                       f"({exc.reason}); convert the file to UTF-8") from exc
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size

    def close(self) -> None:
        self.stream.close()
        super().close()


def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file say it is not text, or None when they look like text."""
    for magic, reason in _MAGIC.items():
        if head.startswith(magic):
            return reason
    if b"\x00" in head:
        if _wide_text(head):
            return ("UTF-16 text without a byte-order mark; convert the file to UTF-8 (or "
                    "to UTF-16 with its byte-order mark)")
        if _text_with_stray_nuls(head):
            return None
        return "binary file (NUL bytes)"
    return None


#: At most one byte in this many of a text's first bytes may be a NUL or another control
#: byte (but tab, line breaks, form feed and ESC) for it to be read as text
#: (:func:`_text_with_stray_nuls`): binary data holds them far more densely.
_STRAY_BYTES_PER = 100
#: A short text may hold this many such bytes however short it is, one in ten of its
#: bytes at most (:data:`_FEW_STRAY_BYTES_PER`): two NULs in a 110-byte CSV are few.
_FEW_STRAY_BYTES = 4
_FEW_STRAY_BYTES_PER = 10
#: The control bytes text holds: tab, line feed, vertical tab, form feed, carriage return
#: and ESC (of a terminal's colours).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_OTHER_CONTROLS = bytes(code for code in range(0x20) if code not in _TEXT_CONTROLS)


def _text_with_stray_nuls(head: bytes) -> bool:
    """Whether the first bytes of a file are UTF-8 text with a few NUL bytes in it, or a
    run of them at its end (rule stray-nul-text): a file that a crash filled up with NULs
    after its text, an export padded with them, a field with a C string's terminator.
    Such a text was skipped whole as a binary file, every document of a CSV or JSONL
    file lost; the engine reads a NUL as a space, and JSON a NUL in a record as an error
    of that line. Binary data holds NULs and other control bytes more densely than one
    in :data:`_STRAY_BYTES_PER` or is not UTF-8. A short text may hold a few in all,
    :data:`_FEW_STRAY_BYTES`, one in :data:`_FEW_STRAY_BYTES_PER` bytes at most (rule
    few-nuls-in-short-text), where a 110-byte CSV with two NULs was skipped whole as
    binary and every row lost; binary data holds far more of them, its numbers' zero
    bytes."""
    text = head.rstrip(b"\x00")
    stray = sum(text.count(code) for code in _OTHER_CONTROLS)
    few = stray <= _FEW_STRAY_BYTES and stray * _FEW_STRAY_BYTES_PER <= len(text)
    if not text or not (few or stray * _STRAY_BYTES_PER <= len(text)):
        return False
    try:
        text.decode("utf-8")
    except UnicodeDecodeError as exc:  # only a character cut by the end of the head
        return exc.start >= len(text) - 3 and exc.reason == "unexpected end of data"
    return True


def _wide_text(head: bytes) -> bool:
    """Whether the first bytes read as mostly Latin text in UTF-16 without a byte-order
    mark: nine in ten of the high bytes NUL (little- or big-endian), one in ten of the
    low bytes at most (a character such as U+0100 or half an emoji's pair)."""
    pairs = len(head) // 2
    if pairs < 4:
        return False
    for high, low in ((1, 0), (0, 1)):  # little-endian, big-endian
        if (head[high:2 * pairs:2].count(0) >= 0.9 * pairs
                and head[low:2 * pairs:2].count(0) <= 0.1 * pairs):
            return True
    return False
