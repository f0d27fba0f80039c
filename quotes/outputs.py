"""Output paths: checked before a run starts, written atomically, never destroying a file.

Every file a command writes (`-o`, `--errors`, a review page, any output to come) goes
through here, so each gets the same promises:

- :func:`check_outputs` / :func:`check_target`, before any work: an output is never one of
  the run's inputs nor another output of the run, never a folder, symbolic link, device,
  FIFO or socket (only a regular file or a new path), never an existing file without
  ``--force``, and its folder must take a new file.
- :class:`AtomicSink`, while writing: rows go to a hidden temp file beside the target
  (``.NAME.partial-PID``; those of dead processes are removed first), fsynced and
  published only when the writer closes cleanly; any failure removes the temp file and
  leaves the previous file (or none). Publishing never replaces a file another run
  created meanwhile (a hard link, which fails if the name exists) unless forced.
- Faults while writing (a full disk, a read-only folder, a closed stdout) become an
  :class:`OutputError` naming the path and the reason, one line, never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import select
import stat
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

from quotes import signals
from quotes.inputs import mode_kind

__all__ = [
    "AtomicSink",
    "FolderName",
    "OutputError",
    "OutputExistsError",
    "OutputIsInputError",
    "check_not_a_document",
    "check_outputs",
    "check_target",
    "disk_full",
    "folder_named",
    "output_path",
    "partial_path",
    "remove_stale_partials",
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
    symbolic link, device, FIFO, socket), an existing file without ``force``, or a place
    where no file can be created, nor `-`: where it names stdin or stdout to other tools
    (`-o - -f jsonl` wrote a file named `-`). Raises :class:`OutputError` (a subclass)
    saying why."""
    if str(path) == "-":
        raise OutputError(f"{what} -: give a file path ('-' names no file here)")
    if isinstance(path, FolderName):
        raise folder_named(what, path)
    if _is_input(path, inputs):
        raise OutputIsInputError(f"{what} {path} is also an input; choose another output path")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{what} {path}: {_reason(exc)}") from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{what} {path} is a folder; give a file path")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{what} {path} is {_kind(info.st_mode)}, not a regular file; "
                              "give the path of a new or regular file")
        if not force:
            raise OutputExistsError(f"{what} {path} exists; use --force to overwrite it")
    _check_folder(path, what)


#: The names a JSONL output (an error report, the texts) has when the readers would read
#: it back as JSONL (:func:`quotes.inputs.file_kind`).
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: Extensions that name a format other than plain JSONL, which tools open as that format.
_OTHER_FORMATS = (".csv", ".tsv", ".json", ".parquet", ".pq", ".xlsx", ".xls", ".db",
                  ".sqlite", ".sqlite3", ".html", ".htm", ".gz")


def _check_jsonl_name(path: Path, option: str) -> None:
    """Refuse a name whose extension promises another format to a file written as JSONL
    (`--texts texts.csv` was JSONL that a spreadsheet opened as one column of braces,
    `--errors errors.jsonl.gz` plain text that gzip refused)."""
    suffix = path.suffix.lower()
    if suffix in _OTHER_FORMATS:
        raise OutputError(f"{option} {path}: written as JSONL, not the format {suffix} "
                          "names; give a .jsonl name")


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
            raise OutputIsInputError(
                f"{what} {path} is a file of documents in the input folder {source}, not "
                "an earlier output (its first line is no table `quotes` wrote); choose "
                "another path")
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


def _kind(mode: int) -> str:
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
        raise OutputError(f"cannot write {what} {path}: {_reason(exc)}") from exc
    os.close(fd)
    probe.unlink(missing_ok=True)


#: The errors of a write to a full disk, a full quota or a file over its size limit.
FULL_DISK = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def disk_full(exc: BaseException) -> bool:
    """Whether `exc`, or an error it was raised from, is a full disk (:data:`FULL_DISK`,
    or SQLite's `database or disk is full`): a fault of the machine, exit 1 wherever a
    command meets it (as the rows' writes), never a usage error's 2, even when it is met
    before the run (a lock file, a new database's tables)."""
    sqlite3 = sys.modules.get("sqlite3")  # not imported: no SQLite error to be
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in FULL_DISK:
            return True
        if sqlite3 is not None and isinstance(seen, sqlite3.OperationalError) and (
                "disk is full" in str(seen)):
            return True
        seen = seen.__cause__
    return False


def _reason(exc: OSError) -> str:
    """The one-line reason of an OS error (`No space left on device`)."""
    return exc.strerror or str(exc) or type(exc).__name__


def partial_path(path: Path, pid: int | None = None) -> Path:
    """The temp file a process writes `path` through: ``.NAME.partial-PID`` beside it."""
    return path.with_name(f".{path.name}.partial-{os.getpid() if pid is None else pid}")


def remove_stale_partials(path: Path) -> list[Path]:
    """Remove the temp files that dead processes left for `path`; return them.

    A temp file of a process still running (another run writing the same target) stays.
    """
    removed = []
    for partial in path.parent.glob(f".{glob.escape(path.name)}.partial-*"):
        pid = partial.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                partial.unlink()
                removed.append(partial)
    return removed


def _alive(pid: int) -> bool:
    """Whether a process with this id is running (so its temp file is in use)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


class AtomicSink:
    """The bytes destination of a writer: a temp file published over the target, or stdout.

    The target may be replaced only with ``force`` (when None: if it exists as the sink is
    opened, which the checks allow only with ``--force``); otherwise publishing fails if
    another run created it in the meantime. OS faults raise :class:`OutputError`, and the
    temp file is removed.
    """

    def __init__(self, path: Path | None, *, force: bool | None = None) -> None:
        self.path = path
        self.to_stdout = path is None
        self.temp: Path | None = None
        self.stream: IO[bytes]
        if path is None:
            sys.stdout.flush()
            self.stream = sys.stdout.buffer
            return
        self.replace = os.path.lexists(path) if force is None else force
        try:
            remove_stale_partials(path)
            self.temp = partial_path(path)
            self.temp.unlink(missing_ok=True)  # a dead process that had our id
            fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as exc:
            self.temp = None
            raise OutputError(f"cannot write {path}: {_reason(exc)}") from exc
        self.stream = os.fdopen(fd, "wb")
        self.cleanup = signals.register(self.discard)

    def check_reader(self) -> None:
        """On stdout: raise :class:`ReaderGoneError` once the program reading the pipe has
        closed it (`| head` that has its lines), even before anything was written, so a
        run whose rows are held to the end (their speaker ids) stops at the next document
        rather than parsing the whole corpus for no one. A file, a terminal or a pipe
        still read passes."""
        if self.to_stdout and _pipe_reader_gone(self.stream):
            raise ReaderGoneError("stdout was closed by the program reading it")

    def fault(self, exc: OSError) -> OutputError:
        """The error to raise for an OS fault while writing (the temp file is removed)."""
        self.discard()
        if self.path is None and isinstance(exc, BrokenPipeError):
            return ReaderGoneError("stdout was closed by the program reading it")
        where = "stdout" if self.path is None else str(self.path)
        return OutputError(f"cannot write {where}: {_reason(exc)}")

    def commit(self) -> None:
        """Make the output durable: fsync and publish the temp file as the target."""
        if self.temp is None or self.path is None:
            try:
                self.stream.flush()
            except OSError as exc:
                raise self.fault(exc) from exc
            return
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            self._publish(self.temp, self.path)
            signals.unregister(self.cleanup)
        except OutputError:
            self.discard()
            raise
        except OSError as exc:
            raise self.fault(exc) from exc
        _fsync_folder(self.path.parent)

    def _publish(self, temp: Path, path: Path) -> None:
        """Rename `temp` to `path`: over it when replacing is allowed (never over a
        non-regular file), else only if no file has that name now."""
        if self.replace:
            with contextlib.suppress(FileNotFoundError):
                mode = os.lstat(path).st_mode
                if not stat.S_ISREG(mode):
                    raise OutputError(f"output {path} is now {_kind(mode)}; nothing written")
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)
        except FileExistsError as exc:
            raise OutputExistsError(f"output {path} was created by another run meanwhile; "
                                    "nothing written (use --force to replace it)") from exc
        except OSError:  # no hard links on this file system: check, then rename
            if os.path.lexists(path):
                raise OutputExistsError(
                    f"output {path} was created by another run meanwhile; nothing written "
                    "(use --force to replace it)"
                ) from None
            os.rename(temp, path)
            return
        temp.unlink()

    def discard(self) -> None:
        """Drop the temp file; the previous output (if any) stays as it was."""
        if self.temp is not None:
            signals.unregister(self.cleanup)
        if self.temp is None:
            with contextlib.suppress(OSError, ValueError):
                self.stream.flush()
            return
        with contextlib.suppress(OSError):
            self.stream.close()
        self.temp.unlink(missing_ok=True)


def _pipe_reader_gone(stream: IO[bytes]) -> bool:
    """Whether `stream` is a pipe whose reading end every reader has closed: polling its
    writing end then reports an error (POSIX ``poll``; where it is missing, never)."""
    try:
        fd = stream.fileno()
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            return False
        poller = select.poll()
    except (OSError, ValueError, AttributeError):  # no file descriptor, no poll
        return False
    poller.register(fd, 0)  # no events asked: errors and hang-ups are always reported
    return any(events & select.POLLERR for _, events in poller.poll(0))


def _fsync_folder(folder: Path) -> None:
    """Persist a rename on POSIX; platforms that cannot open a folder skip it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

