"""Deterministic shards of a corpus, and resuming a sharded run.

`quotes extract --shard I/N -o FOLDER` runs shard I of N (:class:`Shard`: every N-th
document from the I-th, by position in the input) into its own file of the folder
(:class:`ShardTarget`); a rerun skips every shard whose file is complete, and redoes
from scratch one that was interrupted, had failed documents, or was made from other
inputs or options than the rerun's (:func:`run_key`). `quotes merge` joins the files
(:mod:`quotes.merge`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.atomic_sink import remove_stale_partials
from quotes.gzip_names import gzipped
from quotes.inputs import among_outputs, expand_inputs

#: `INDEX/COUNT` in ASCII digits (`re`'s `\d` takes any script's: `٠/٢`).
_SHARD_RE = re.compile(r"^\s*([0-9]+)\s*/\s*([0-9]+)\s*$")

#: The formats of shard files: those `quotes merge` reads, each published only once
#: complete (a database is written in place, so a shard killed midway would look done);
#: CSV and JSONL also compressed with gzip (`-f csv.gz`: `shard-0003-of-0008.csv.gz`), as
#: a corpus of millions of rows is kept.
SHARD_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet", "csv.gz", "jsonl.gz")


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
        if count < 1:  # no shard to number: not `shards are 0/0 to -1/0`
            raise ValueError(f"--shard {text}: COUNT is how many shards there are, at least "
                             "1 (0/1 is the whole input)")
        if not 0 <= index < count:
            raise ValueError(f"--shard {text}: shards are numbered from 0, so the {count} "
                             f"shards are 0/{count} to {count - 1}/{count}")
        return cls(index, count)

    def owns(self, position: int) -> bool:
        """Whether the document at `position` in the input (from 0) is this shard's."""
        return position % self.count == self.index

    def filename(self, fmt: str) -> str:
        """The shard's file name in an output folder, e.g. `shard-0003-of-0008.csv`."""
        return f"shard-{self.index:04d}-of-{self.count:04d}.{fmt}"

    def own(self, path: Path | None) -> Path | None:
        """This shard's own copy of a file every shard of a run is given (``--errors
        errors.jsonl`` → ``errors.shard-0003-of-0008.jsonl``), so that the shards, run
        one after the other or side by side, never write over each other's (and none
        reads another's as input: :func:`quotes.inputs.among_outputs`)."""
        if path is None:
            return None
        # before the extension that names the format, and its `.gz` (`errors.jsonl.gz` →
        # `errors.shard-0003-of-0008.jsonl.gz`, still read as gzipped JSONL)
        named = Path(path.stem) if gzipped(path) else path
        return path.with_name(f"{named.stem}.shard-{self.index:04d}-of-{self.count:04d}"
                              f"{named.suffix}{path.suffix if gzipped(path) else ''}")


def run_key(
    inputs: Sequence[str], options: Mapping[str, object], outputs: Sequence[Path] = ()
) -> str:
    """What the rows of a shard file depend on, as one digest: every input file (absolute
    path, size and modification time, in reading order; stdin as `-` and a FIFO by its
    path alone, which cannot be told apart from one run to the next) but the run's
    `outputs` (the shard folder and files in it, which the read skips too), and the
    options that change rows.

    Only the files are looked at (a stat each), none is read: a file rewritten within
    the same nanosecond to the same size goes unseen."""
    digest = hashlib.sha256(json.dumps(options, sort_keys=True, default=str).encode())
    for path, _root in expand_inputs(inputs):
        if path is None:
            digest.update(b"-\n")
            continue
        if among_outputs(path, outputs):
            continue
        try:
            info = path.stat()
            seen = ("stream" if stat.S_ISFIFO(info.st_mode)  # its size and time say nothing
                    else f"{info.st_size}\t{info.st_mtime_ns}")
        except OSError as exc:
            seen = exc.strerror or type(exc).__name__
        digest.update(f"{os.path.abspath(path)}\t{seen}\n".encode(errors="surrogateescape"))
    return digest.hexdigest()


def streamed_input(inputs: Sequence[str]) -> str | None:
    """The first input named that is a FIFO (`<(zcat news.jsonl.gz)`), or None.

    A rerun cannot tell whether a FIFO brings the documents that made a shard's file (it
    can be read only once, and its size and time say nothing), and skipping the shard
    would leave the program writing into it waiting for a reader forever: so a shard of a
    FIFO is redone from the stream given now, saying so (stdin, which a shell closes
    behind a run that does not read it, counts as done)."""
    for raw in inputs:
        with contextlib.suppress(OSError):
            if raw != "-" and stat.S_ISFIFO(os.stat(raw).st_mode):
                return raw
    return None


def recorded_key(path: Path) -> str | None:
    """The :func:`run_key` recorded beside a shard file (None: none recorded, as by an
    older version)."""
    lines = _record_lines(path)
    return lines[0] if lines else None


def recorded_size(path: Path) -> int | None:
    """The size in bytes a shard file had when its run published it (its record's second
    line; None when the record has none, as an older version's)."""
    lines = _record_lines(path)
    return int(lines[1]) if len(lines) > 1 and lines[1].isdigit() else None


def _record_lines(path: Path) -> list[str]:
    """The lines of the record beside a shard file (empty when there is none)."""
    try:
        return ShardTarget.record_of(path).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return []


@dataclass(frozen=True, slots=True)
class ShardTarget:
    """Where a shard's rows go in an output folder, and whether an earlier run finished it
    (``changed``: it did, from other inputs or options than ``key``'s)."""

    path: Path
    complete: bool
    changed: bool = False
    key: str | None = None
    #: The file is not as its run published it (cut short by a copy or a full disk,
    #: written to since): ``(recorded size, size now)``; a rerun redoes it.
    altered: tuple[int, int] | None = None
    #: A file this run writes beside the shard's (its `--texts` or `--errors` copy) that
    #: is not there: the run that made the shard did not write it; a rerun redoes it.
    missing: Path | None = None

    @classmethod
    def of(cls, folder: Path, shard: Shard, fmt: str, key: str | None = None,
           companions: Sequence[Path] = ()) -> ShardTarget:
        """The shard's file in `folder`; dead runs' temp files for it are removed.
        ValueError for a format not in :data:`SHARD_FORMATS`.

        Writers write a temp file and publish it only when all rows are in, so the file
        existing means the shard ran to the end; it is complete unless that run had
        failed documents (:meth:`record`), which a rerun tries again. A run killed
        half-way leaves just its temp file, which is dropped here and the shard is redone
        from scratch (never appended to). A temp file of a process still alive stays.
        A file whose recorded :func:`run_key` is not ``key`` was made from other inputs
        or options: it is not complete (``changed``), and a rerun redoes it; so is one
        whose size is not the size recorded when it was published (``altered``: a copy
        or a full disk cut it mid-row, and the rerun called it complete); and so is one
        whose `companions`, the shard's own `--texts` and `--errors` files this run
        writes, are not all there (``missing``: `--texts` added on a rerun skipped the
        shard, and its texts were never written, without a word).
        """
        if fmt not in SHARD_FORMATS:
            raise ValueError(f"a shard folder takes {', '.join(SHARD_FORMATS)} files (what "
                             f"`quotes merge` joins, each written whole or not at all), "
                             f"not {fmt}; merge the shards into {fmt} afterwards")
        path = folder / shard.filename(fmt)
        if folder.is_dir():
            remove_stale_partials(path)
        done = path.is_file() and not cls.failures_of(path).exists()
        recorded = recorded_key(path) if done and key is not None else None
        changed = recorded is not None and recorded != key
        size = recorded_size(path) if done else None
        altered = None
        if size is not None and size != path.stat().st_size:
            altered = (size, path.stat().st_size)
        missing = next((file for file in companions if not file.exists()), None)
        complete = done and not changed and altered is None and missing is None
        return cls(path, complete, changed, key, altered, missing if done else None)

    @staticmethod
    def failures_of(path: Path) -> Path:
        """The marker saying a shard's file lacks the documents that failed."""
        return path.with_name(f".{path.name}.failed")

    @staticmethod
    def record_of(path: Path) -> Path:
        """The file holding the :func:`run_key` a shard's file was made with."""
        return path.with_name(f".{path.name}.run")

    def record(self, failed: int) -> None:
        """After the shard's run (its file published): record the run's key, and mark the
        shard as incomplete when `failed` documents or inputs failed (so a rerun retries
        it), else clear any mark an earlier run left."""
        marker = self.failures_of(self.path)
        if self.key is not None:
            record = self.record_of(self.path)
            temp = record.with_name(f"{record.name}.{os.getpid()}")
            try:
                temp.write_text(f"{self.key}\n{self.path.stat().st_size}\n",
                                encoding="utf-8")
                os.replace(temp, record)
            except OSError:  # without a record the shard counts as complete, as before
                with contextlib.suppress(OSError):
                    temp.unlink()
        if failed:
            marker.write_text(f"{failed} documents or inputs failed\n", encoding="utf-8")
        else:
            marker.unlink(missing_ok=True)
