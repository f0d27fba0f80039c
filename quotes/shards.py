"""Deterministic shards of a corpus, and resuming a sharded run.

`quotes extract --shard I/N -o FOLDER` runs shard I of N (:class:`Shard`: every N-th
document from the I-th, by position in the input) into its own file of the folder
(:class:`ShardTarget`); a rerun skips every shard whose file is complete, and redoes
from scratch one that was interrupted or had failed documents. `quotes merge` joins the
files (:mod:`quotes.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from quotes.outputs import remove_stale_partials
from quotes.records import Document

_SHARD_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")

#: The formats of shard files: those `quotes merge` reads, each published only once
#: complete (a database is written in place, so a shard killed midway would look done).
SHARD_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard `index` of `count`: every document whose position modulo `count` is `index`.

    Position in the input stream (not a hash) keeps shards equal in size and the split
    deterministic, since readers list files and records in a fixed order.
    """

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`"3/8"` → shard 3 of 8 (0-based: 0/8 … 7/8); ValueError when malformed."""
        match = _SHARD_RE.match(text)
        if not match:
            raise ValueError(f"--shard takes INDEX/COUNT, like 0/8; got {text!r}")
        index, count = int(match[1]), int(match[2])
        if count < 1 or not 0 <= index < count:
            raise ValueError(f"--shard {text}: shards are numbered from 0, so the {count} "
                             f"shards are 0/{count} to {count - 1}/{count}")
        return cls(index, count)

    def select(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents of this shard, lazily, in input order."""
        return islice(documents, self.index, None, self.count)

    def filename(self, fmt: str) -> str:
        """The shard's file name in an output folder, e.g. `shard-0003-of-0008.csv`."""
        return f"shard-{self.index:04d}-of-{self.count:04d}.{fmt}"


@dataclass(frozen=True, slots=True)
class ShardTarget:
    """Where a shard's rows go in an output folder, and whether an earlier run finished it."""

    path: Path
    complete: bool

    @classmethod
    def of(cls, folder: Path, shard: Shard, fmt: str) -> ShardTarget:
        """The shard's file in `folder`; dead runs' temp files for it are removed.
        ValueError for a format not in :data:`SHARD_FORMATS`.

        Writers write a temp file and publish it only when all rows are in, so the file
        existing means the shard ran to the end; it is complete unless that run had
        failed documents (:meth:`record`), which a rerun tries again. A run killed
        half-way leaves just its temp file, which is dropped here and the shard is redone
        from scratch (never appended to). A temp file of a process still alive stays.
        """
        if fmt not in SHARD_FORMATS:
            raise ValueError(f"a shard folder takes {', '.join(SHARD_FORMATS)} files (what "
                             f"`quotes merge` joins, each written whole or not at all), "
                             f"not {fmt}; merge the shards into {fmt} afterwards")
        path = folder / shard.filename(fmt)
        if folder.is_dir():
            remove_stale_partials(path)
        return cls(path, path.is_file() and not cls.failures_of(path).exists())

    @staticmethod
    def failures_of(path: Path) -> Path:
        """The marker saying a shard's file lacks the documents that failed."""
        return path.with_name(f".{path.name}.failed")

    def record(self, failed: int) -> None:
        """After the shard's run: mark it as incomplete when `failed` documents or inputs
        failed (so a rerun retries it), else clear any mark an earlier run left."""
        marker = self.failures_of(self.path)
        if failed:
            marker.write_text(f"{failed} documents or inputs failed\n", encoding="utf-8")
        else:
            marker.unlink(missing_ok=True)
