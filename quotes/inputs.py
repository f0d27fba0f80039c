"""Which files the inputs name, and how a bad input is reported.

An input is a file, a folder (walked in a fixed order, hidden names skipped), a glob or
``-`` for stdin. :func:`expand_inputs` checks every input before the first file is read,
so a missing path is a usage error up front (:class:`InputNotFoundError`); everything
that goes wrong later with one input is a :class:`ReadError` given to a callback, and the
run goes on. The read stage (:mod:`quotes.readers`) turns the files into documents.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.gzip_names import gzipped, named_suffix

__all__ = [
    "FIFO",
    "HTML_SUFFIXES",
    "INPUT_EXTENSIONS",
    "JSONL_SUFFIXES",
    "STDIN_ID",
    "ErrorCallback",
    "InputNotFoundError",
    "ReadError",
    "among_outputs",
    "count_documents",
    "expand_inputs",
    "file_kind",
    "mode_kind",
    "special_file",
]

#: The doc id of the document read from stdin.
STDIN_ID = "<stdin>"
#: What :func:`special_file` calls a FIFO (named pipe), the one special file read.
FIFO = "a FIFO (named pipe)"

#: The extensions of JSONL, one record a line: the one list the readers
#: (:func:`file_kind`) and the writers (:data:`quotes.outputs.JSONL_SUFFIXES`) share.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: The extensions of a web page: read as an article (:func:`file_kind`), and what a page
#: `quotes review` writes is named (:data:`quotes.outputs.PAGES`).
HTML_SUFFIXES = (".html", ".htm")
#: The input extensions :func:`file_kind` knows, as the help and the README name them.
INPUT_EXTENSIONS = (
    f"{'/'.join(JSONL_SUFFIXES)}, .json, .csv, .tsv, {'/'.join(HTML_SUFFIXES)}, each also "
    "gzipped (.gz); any other file is plain text"
)


class InputNotFoundError(FileNotFoundError):
    """An input path (or glob) names nothing; the CLI reports it as a usage error."""


class StdinTwiceError(ValueError):
    """Standard input (``-``) is named twice among the inputs: it is read once, so the
    second was an empty document (`quotes extract - -` counted one text twice, the second
    as `<stdin>#2` with no words). The CLI reports it as a usage error."""


@dataclass(frozen=True, slots=True)
class ReadError:
    """One problem with one input, reported instead of stopping the run.

    ``source`` is the file path, with ``:LINE`` for a JSONL/CSV line (``:N`` for the N-th
    record of a JSON list); ``reason`` is one line a user can act on.
    """

    source: str
    reason: str


ErrorCallback = Callable[[ReadError], None]


def expand_inputs(
    inputs: Sequence[str], *, on_error: ErrorCallback | None = None
) -> Iterator[tuple[Path | None, str]]:
    """Resolve inputs to ``(path, doc id root)`` pairs; ``path`` is None for stdin (``-``).

    Files given directly keep their path as given as id root; files found in a directory are
    named relative to it (recursive, sorted, hidden files and folders skipped); a glob expands
    to its sorted matching files (``**`` recurses). Every input is checked before the first
    pair is produced, so a missing path raises :class:`InputNotFoundError` up front, before
    any work is done, and stdin named twice :class:`StdinTwiceError`. Folders that cannot
    be listed are reported to ``on_error`` and skipped.
    """
    plan: list[tuple[str, Path | None, list[str] | None]] = []
    if list(inputs).count("-") > 1:
        raise StdinTwiceError("input - (standard input) is given twice; it can be read once: "
                              "give it once")
    for raw in inputs:
        if raw == "-":
            plan.append((raw, None, None))
            continue
        path = Path(raw)
        if raw and _exists(raw, path):
            plan.append((raw, path, None))
        elif glob.has_magic(raw):
            matches = sorted(m for m in glob.glob(raw, recursive=True) if os.path.isfile(m))
            if not matches:
                raise InputNotFoundError(f"no file matches {raw!r}")
            plan.append((raw, None, matches))
        else:
            raise InputNotFoundError(f"input not found: {raw}")
    return _expand(plan, on_error)


def _exists(raw: str, path: Path) -> bool:
    """Whether the input ``raw`` names a file or folder; a path the system cannot look up
    (a name longer than the file system takes) is an InputNotFoundError naming why, where
    `Path.exists` raised its OSError as a traceback."""
    try:
        return path.exists()
    except OSError as exc:
        raise InputNotFoundError(f"input {raw}: {exc.strerror or exc}") from exc


def _expand(
    plan: list[tuple[str, Path | None, list[str] | None]], on_error: ErrorCallback | None
) -> Iterator[tuple[Path | None, str]]:
    """Produce the pairs of a checked plan lazily (a directory is walked as it is reached)."""
    for raw, path, matches in plan:
        if matches is not None:
            for match in matches:
                yield Path(match), name_id(Path(match).as_posix())
        elif path is None:
            yield None, STDIN_ID
        elif path.is_dir():
            for file in _walk(path, on_error):
                yield file, name_id(file.relative_to(path).as_posix())
        else:
            yield path, name_id(raw)


def name_id(name: str) -> str:
    """The document id of a file name: the name, with each byte of a name that is not
    UTF-8 (an old archive's Latin-1 `caf\xe9.txt`, which Python holds as a lone
    surrogate, U+DCE9) written as its escape, `caf\\xe9.txt`: an id every output can hold,
    where the document was refused (`id is not valid Unicode`) and its text never read."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def among_outputs(path: Path, outputs: Sequence[Path]) -> bool:
    """Whether the input file `path` is one of a run's `outputs` or lies in one that is a
    folder (`-o FOLDER/` of a sharded run): a file the run, or an earlier one, wrote. A
    shard's copy of an output counts as that output (:func:`unsharded`): with `--errors
    news/errors.jsonl`, every shard writes `news/errors.shard-0002-of-0004.jsonl`, and no
    shard, nor a later run, reads another's report as documents."""
    real = unsharded(os.path.realpath(path))
    for output in outputs:
        target = unsharded(os.path.realpath(output))
        if real == target or real.startswith(target.rstrip(os.sep) + os.sep):
            return True
    return False


#: The part a shard adds to the name of a file every shard of a run is given
#: (:meth:`quotes.shards.Shard.own`: `errors.shard-0002-of-0004.jsonl`, and before a
#: `.gz`, `errors.shard-0002-of-0004.jsonl.gz`).
_SHARD_PART = re.compile(r"\.shard-\d{4,}-of-\d{4,}(?=(?:\.[^.]*)?(?:\.[gG][zZ])?$)")


def unsharded(path: str) -> str:
    """`path` less the part a shard adds to its file name (`news/errors.jsonl` for
    `news/errors.shard-0002-of-0004.jsonl`); any other path as it is."""
    folder, name = os.path.split(path)
    return os.path.join(folder, _SHARD_PART.sub("", name, count=1))


def count_documents(inputs: Sequence[str], *, budget: int = 1 << 30) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (for a progress
    bar's total): one per text or HTML file, one per non-blank line of a plain JSONL file.
    None when an input is stdin, compressed, CSV, TSV or JSON (a row or record count needs a
    parse), not a regular file, or when the JSONL to count passes ``budget`` bytes."""
    total = used = 0
    for path, _root in expand_inputs(inputs):
        if path is None or gzipped(path) or special_file(path):
            return None
        kind = file_kind(path)
        if kind in ("text", "html"):
            total += 1
        elif kind == "jsonl":
            used += path.stat().st_size
            if used > budget:
                return None
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            return None
    return total


def _walk(folder: Path, on_error: ErrorCallback | None) -> Iterator[Path]:
    """Files under ``folder``, depth first in name order, skipping hidden names at any depth.

    Each folder's entries are sorted by name and a subfolder is entered at its place, so
    the order is the same on every machine and the walk streams. Symlinked folders are not
    followed (no loops).
    """
    try:
        with os.scandir(folder) as entries:
            ordered = sorted(entries, key=lambda entry: entry.name)
    except OSError as exc:
        if on_error is not None:
            on_error(ReadError(str(folder), f"cannot list folder: {exc.strerror or exc}"))
        return
    for entry in ordered:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):  # a link is not followed: no loop, no error
            yield from _walk(Path(entry.path), on_error)
        elif (special := _special_entry(entry)) is not None:
            if on_error is not None:
                on_error(ReadError(entry.path, f"skipped: {special}, not a regular file"))
        elif not entry.is_symlink() or not _links_to_folder(entry.path):
            yield Path(entry.path)


def _special_entry(entry: os.DirEntry[str]) -> str | None:
    """What a folder's entry is when it is no regular file, folder or link to a folder,
    through a link: a FIFO found in a folder is skipped, as no one may be writing to it
    (only one named as an input is read, :meth:`quotes.readers._Reader.read`)."""
    try:
        mode = entry.stat().st_mode
    except OSError:  # a broken link: the read names it
        return None
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else mode_kind(mode)


def _links_to_folder(path: str) -> bool:
    """Whether a symbolic link leads to a folder (such links are not followed)."""
    try:
        return os.path.isdir(path)
    except OSError:
        return False


def special_file(path: Path) -> str | None:
    """What `path` is when it is no regular file: a FIFO is read as a stream when named as
    an input (:meth:`quotes.readers._Reader.read`), any other such file is skipped."""
    mode = os.stat(path).st_mode
    return None if stat.S_ISREG(mode) else mode_kind(mode)


def mode_kind(mode: int) -> str:
    """What a file that is no regular file nor a link is, by its ``st_mode``, for
    messages: a FIFO, a socket, a device, a folder (the outputs name links too,
    :func:`quotes.outputs.check_outputs`). A folder was "a special file": the library's
    `load_predictions("rows.csv")` and `load_gold` on a folder said so."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return FIFO
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def file_kind(path: Path) -> str:
    """The format named by a file's extension, looking through a final ``.gz``."""
    suffix = named_suffix(path)
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in {".json", ".csv", ".tsv"}:
        return suffix[1:]
    return "text"
