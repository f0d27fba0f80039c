"""Writing an output atomically: the temp file beside the target, published whole or not
at all, and the faults of writing (a full disk, a closed pipe) as one-line errors.

The checks made before a run starts live in :mod:`quotes.outputs`; this is what
:class:`AtomicSink` promises while the rows are written: rows go to a hidden temp file
beside the target (``.NAME.partial-PID``; those of dead processes are removed first),
fsynced and published only when the writer closes cleanly; any failure removes the temp
file and leaves the previous file (or none). Publishing never replaces a file another run
created meanwhile (a hard link, which fails if the name exists) unless forced. A
character device (`/dev/null`) is written straight into, opened without truncating it.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import select
import stat
import sys
from pathlib import Path
from typing import IO

from quotes import signals
from quotes.outputs import (
    OutputError,
    OutputExistsError,
    ReaderGoneError,
    error_reason,
    file_kind,
    is_device,
)

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
    """The bytes destination of a writer: a temp file published over the target, stdout,
    or a character device written straight into (:func:`~quotes.outputs.is_device`).

    The target may be replaced only with ``force`` (when None: if it exists as the sink is
    opened, which the checks allow only with ``--force``); otherwise publishing fails if
    another run created it in the meantime. OS faults raise :class:`OutputError`, and the
    temp file is removed.
    """

    def __init__(self, path: Path | None, *, force: bool | None = None) -> None:
        self.path = path
        self.to_stdout = path is None
        self.temp: Path | None = None
        #: Whether `path` is a character device, written straight into.
        self.device = False
        self.stream: IO[bytes]
        if path is None:
            sys.stdout.flush()
            self.stream = sys.stdout.buffer
            return
        self.replace = os.path.lexists(path) if force is None else force
        if is_device(path):
            try:  # never O_CREAT nor O_TRUNC: the device stays as it is
                fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
            except OSError as exc:
                raise OutputError(f"cannot write {path}: {error_reason(exc)}") from exc
            self.stream = os.fdopen(fd, "wb")
            self.device = True
            return
        try:
            remove_stale_partials(path)
            self.temp = partial_path(path)
            self.temp.unlink(missing_ok=True)  # a dead process that had our id
            fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as exc:
            self.temp = None
            raise OutputError(f"cannot write {path}: {error_reason(exc)}") from exc
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
        return OutputError(f"cannot write {where}: {error_reason(exc)}")

    def commit(self) -> None:
        """Make the output durable: fsync and publish the temp file as the target."""
        if self.temp is None or self.path is None:
            try:
                self.stream.flush()
                if self.device:
                    self.stream.close()
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
                    raise OutputError(f"output {path} is now {file_kind(mode)}; nothing written")
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
                if self.device:
                    self.stream.close()
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

