"""The bytes of one input, before any format reads them: opened (``.gz`` decompressed),
read with a bound, decoded by a chain of encodings, and sniffed for content that is no
text. :mod:`quotes.readers` and :mod:`quotes.csv_input` read every input through here.
"""

from __future__ import annotations

import codecs
import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

#: Encodings tried in order; latin-1 decodes any byte string, so the chain always ends.
FALLBACK_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")

#: How much of a file is sniffed for binary content.
SNIFF_BYTES = 8192

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
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"over {mib(MAX_READ_BYTES)} to read whole (decompressed); "
                            "split it, or give it as JSONL")
    return data


#: Stands for a line longer than :data:`MAX_READ_BYTES` (skipped, not held in memory).
TOO_LONG = b"\0too long"


def lines(stream: BinaryIO | gzip.GzipFile) -> Iterator[bytes]:
    """The lines of a stream, each read with a bound: an over-long line is skipped to its
    end in chunks and given as :data:`TOO_LONG`."""
    while line := stream.readline(MAX_READ_BYTES + 1):
        if len(line) <= MAX_READ_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (chunk := stream.readline(1 << 20)) and not chunk.endswith(b"\n"):
            pass
        yield TOO_LONG


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes with the first encoding of the fallback chain that fits; return both."""
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def open_binary(path: Path) -> gzip.GzipFile | io.BufferedReader:
    """A binary stream of the file's content, decompressed when it ends in ``.gz``."""
    if path.suffix.lower() == ".gz":
        return gzip.GzipFile(path, "rb")
    return open(path, "rb")


def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file say it is not text, or None when they look like text."""
    for magic, reason in _MAGIC.items():
        if head.startswith(magic):
            return reason
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16 text is not supported; convert the file to UTF-8"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    return None
