"""Output paths: checked before a run starts, written atomically, never destroying a file.

Every file a command writes (`-o`, `--errors`, a review page, any output to come) goes
through here, so each gets the same promises:

- :func:`check_outputs` / :func:`check_target`, before any work: an output is never one of
  the run's inputs nor another output of the run, never a folder, symbolic link, block
  device, FIFO or socket (only a regular file or a new path), never an existing file
  without ``--force``, and its folder must take a new file. A character device
  (`-o /dev/null` for a run whose summary or timing is all a user wants, a terminal) is
  written straight into, never truncated nor replaced (:func:`is_device`).
- :class:`~quotes.atomic_sink.AtomicSink`, while writing (its own module): a temp file
  beside the target, published whole or not at all.
- Faults while writing (a full disk, a read-only folder, a closed stdout) become an
  :class:`OutputError` naming the path and the reason, one line, never a traceback.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path

from quotes.gzip_names import named_suffix, suffix_as_written
from quotes.inputs import HTML_SUFFIXES, mode_kind
from quotes.inputs import JSONL_SUFFIXES as JSONL_NAMES

__all__ = [
    "FolderName",
    "OutputError",
    "OutputExistsError",
    "OutputIsInputError",
    "check_not_a_document",
    "check_outputs",
    "check_target",
    "folder_named",
    "is_device",
    "output_path",
]


class OutputError(Exception):
    """The output path cannot be used; the message says why and what to do."""


class FolderName(type(Path())):  # type: ignore[misc]
    """An output path given with a trailing slash (`-o out.csv/`, `--errors logs/`),
    which names a folder, as to `cp` and `mkdir`: pathlib drops the slash, so the name
    was read as the file `out.csv`. Only a shard's output may be a folder
    (`--shard I/N -o results/`); every other output refuses it (:func:`check_target`)."""


def output_path(raw: str) -> Path:
    """The path of an output option as given: a :class:`FolderName` when it ends in a
    slash (but `/` itself, which is a folder anyway), else a plain path (`-` too)."""
    if raw.endswith(("/", os.sep)) and raw.strip("/" + os.sep):
        return FolderName(raw)
    return Path(raw)


def folder_named(what: str, path: Path, hint: str = "give a file path") -> OutputError:
    """The error for an output named with a trailing slash (:class:`FolderName`)."""
    return OutputError(f"{what} {path}/ names a folder (it ends in /); {hint}")


class ReaderGoneError(OutputError):
    """The program reading our stdout closed it (`quotes extract news/ | head`): nothing is
    wrong and nothing more can be written, so the command stops quietly, as Unix tools
    do when their reader is gone."""


class OutputExistsError(OutputError):
    """The output file exists and overwriting was not allowed (``--force``)."""


class OutputIsInputError(OutputError):
    """The output path is one of the run's input files."""


def check_outputs(
    outputs: Mapping[str, Path | None], *, inputs: Sequence[Path | str] = (), force: bool = False
) -> None:
    """Check all output paths of one run together, named by their option (``--errors``).

    Each passes :func:`check_target`, and no two name the same file (the rows and the error
    report in one file would lose one of them).
    """
    seen: dict[str, str] = {}
    for option, path in outputs.items():
        if path is None:
            continue
        check_target(path, force=force, inputs=inputs, what=option)
        if is_device(path):  # `-o /dev/null --errors /dev/null`: nothing to lose
            continue
        if option in ("--errors", "--texts"):  # written as JSONL, whatever their name
            check_not_a_document(path, inputs=inputs, what=option, suffixes=JSONL_SUFFIXES)
        key = _identity(path)
        if key in seen:
            raise OutputError(f"{option} {path} is also {seen[key]}; give each output its own path")
        seen[key] = f"the {option}" if option.startswith("-") else option
        if option in ("--errors", "--texts"):  # named as JSONL (a clash with -o said first)
            _check_jsonl_name(path, option)


def check_target(
    path: Path, *, force: bool, inputs: Sequence[Path | str] = (), what: str = "output"
) -> None:
    """Refuse a path that would destroy something: an input, a non-regular file (folder,
    symbolic link, block device, FIFO, socket), an existing file without ``force``, or a
    place where no file can be created, nor `-`: where it names stdin or stdout to other
    tools (`-o - -f jsonl` wrote a file named `-`). Raises :class:`OutputError` (a
    subclass) saying why. A character device passes (:func:`is_device`)."""
    if str(path) == "-":
        raise OutputError(f"{what} -: give a file path ('-' names no file here)")
    if isinstance(path, FolderName):
        raise folder_named(what, path)
    if _is_input(path, inputs):
        raise OutputIsInputError(f"{what} {path} is also an input; choose another output path")
    if is_device(path):
        return
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{what} {path}: {error_reason(exc)}") from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{what} {path} is a folder; give a file path")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{what} {path} is {file_kind(info.st_mode)}, not a regular file; "
                              "give the path of a new or regular file")
        if not force:
            raise OutputExistsError(f"{what} {path} exists; use --force to overwrite it")
    _check_folder(path, what)


#: The names a JSONL output (an error report, the texts) has when the readers would read
#: it back as JSONL (:func:`quotes.inputs.file_kind`), gzipped too.
JSONL_SUFFIXES = (*JSONL_NAMES, *(f"{suffix}.gz" for suffix in JSONL_NAMES))

#: The names of a web page, which `quotes review` writes and the readers read as an article.
PAGES = HTML_SUFFIXES
#: The names a page `quotes review` writes may have: a web page's, gzipped too.
PAGE_NAMES = (*PAGES, *(f"{suffix}.gz" for suffix in PAGES))

#: Extensions that name a format other than plain JSONL, which tools open as that format.
_OTHER_FORMATS = (".csv", ".tsv", ".json", ".parquet", ".pq", ".xlsx", ".xls", ".db",
                  ".sqlite", ".sqlite3", *PAGES)


def _check_jsonl_name(path: Path, option: str) -> None:
    """Refuse a name whose extension promises another format to a file written as JSONL
    (`--texts texts.csv` was JSONL that a spreadsheet opened as one column of braces);
    a final `.gz` is looked through, as the file is then written gzipped
    (`--errors errors.jsonl.gz`, which was refused; `texts.csv.gz` is not)."""
    suffix = named_suffix(path)
    if suffix in _OTHER_FORMATS:
        shown = suffix_as_written(suffix, path)
        raise OutputError(f"{option} {path}: written as JSONL, not the format {shown} "
                          "names; give a .jsonl name (or .jsonl.gz, compressed)")


def check_not_a_document(
    path: Path, *, inputs: Sequence[Path | str], what: str, suffixes: Sequence[str]
) -> None:
    """Refuse a target that is an existing file of an input folder not named as this output
    is written (`-o news/story.txt -f csv --force`, `--errors news/story.txt`): it is one
    of the run's documents, not an earlier output of the run, and ``--force`` replaces an
    earlier output, never an input; so is one named as this output but holding documents
    (`-o news/wire.jsonl --force` over a JSONL corpus of the folder, which the read skipped
    as the run's output and the run replaced with rows: :func:`quotes.own_outputs.
    holds_documents`). An earlier output (`-o news/quotes.csv`) is skipped by the read and
    may be replaced."""
    if not os.path.lexists(path):
        return
    target = _identity(path)
    for source in inputs:
        if glob.has_magic(str(source)) or not os.path.isdir(source):
            continue  # a file or glob input is refused whole by check_target
        folder = _identity(Path(source))
        if not target.startswith(folder.rstrip(os.sep) + os.sep):
            continue
        if not path.name.lower().endswith(tuple(suffixes)):  # `.csv`, `.csv.gz`
            raise OutputIsInputError(
                f"{what} {path} is a file of the input folder {source}, not an earlier "
                f"output (those are named {' or '.join(suffixes)}); choose another path")
        from quotes.own_outputs import holds_documents

        if holds_documents(path, texts=what == "--texts"):
            made = ("it is no page `quotes review` wrote" if named_suffix(path) in PAGES
                    else "its first line is no table `quotes` wrote")
            raise OutputIsInputError(
                f"{what} {path} is a file of documents in the input folder {source}, not "
                f"an earlier output ({made}); choose another path")
        return


def _identity(path: Path) -> str:
    """One key per file, whatever the spelling (relative, `..`, symlinked folders)."""
    return str(Path(os.path.abspath(path)).resolve())


def _is_input(path: Path, inputs: Sequence[Path | str]) -> bool:
    """Whether `path` names one of the input files (globs expanded, hard links too)."""
    target = _identity(path)
    for source in inputs:
        names = glob.glob(str(source)) if glob.has_magic(str(source)) else [str(source)]
        for name in names:
            if _identity(Path(name)) == target:
                return True
            with contextlib.suppress(OSError):
                if os.path.exists(path) and os.path.samefile(name, path):
                    return True
    return False


def is_device(path: Path) -> bool:
    """Whether `path` names a character device (through symbolic links: `/dev/stderr`):
    `/dev/null`, where a user who wants only a run's summary or its timing sends the
    rows, or a terminal. Rule device-output: the output is written straight into it (no
    temp file, no lock beside it, no rename over it) and never truncated; a format that
    needs a file it can seek and reopen (SQLite) is refused."""
    try:
        return stat.S_ISCHR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def file_kind(mode: int) -> str:
    """What a non-regular, non-folder file is, for messages: a symbolic link, or what
    :func:`~quotes.inputs.mode_kind` says."""
    return "a symbolic link" if stat.S_ISLNK(mode) else mode_kind(mode)


def _check_folder(path: Path, what: str) -> None:
    """Refuse a target whose folder cannot take a new file (missing, read-only, not a
    folder), by creating and removing a probe file in it. A missing folder is not made:
    `-o reprots/out.csv` is more often a slip than a wish for a new tree of folders (as
    `cp` and `sort -o` see it); only the folder of shard files `--shard I/N -o FOLDER`
    names is made, by that command."""
    folder = Path(os.path.abspath(path)).parent
    if not folder.exists():
        raise OutputError(f"{what} {path}: folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise OutputError(f"{what} {path}: {folder} is not a folder")
    probe = folder / f".quotes-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        probe.unlink(missing_ok=True)  # our own, left by a crash of this very process id
        return
    except OSError as exc:
        raise OutputError(f"cannot write {what} {path}: {error_reason(exc)}") from exc
    os.close(fd)
    probe.unlink(missing_ok=True)


def error_reason(exc: OSError) -> str:
    """The one-line reason of an OS error (`No space left on device`)."""
    return exc.strerror or str(exc) or type(exc).__name__
