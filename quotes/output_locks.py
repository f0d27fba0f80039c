"""One run per output at a time: a lock beside every file a command writes.

Two `quotes extract` runs started on one output (`-o out.jsonl`, the same shard's file in
a shard folder, one database) each did the whole corpus's work, and the later one either
threw the earlier one's file away (`--force`) or found at its very end that it could not
publish its own; two runs of one shard read and wrote the same resume state. Each command
now takes, before any work (before the model loads), a lock on every file it will write:
``.NAME.lock`` beside it, held with ``flock`` on an open file, which the kernel lets go
when the process ends, however it ends, so the lock a killed run leaves behind never
blocks a later run. The file holds the owner's process id, so a second run on a held
output stops at once with one line naming the file and the other run
(:class:`OutputLockedError`). The locks go when the command ends (:func:`release`).
On a platform without ``flock`` (Windows) no lock is taken.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from quotes.inputs import mode_kind
from quotes.outputs import OutputError, is_device

try:
    import fcntl
except ImportError:  # Windows: no flock, no lock
    fcntl = None  # type: ignore[assignment]

__all__ = ["OutputLockedError", "lock_outputs", "lock_path", "release"]

#: The locks this process holds: lock file -> its open file descriptor.
_HELD: dict[Path, int] = {}


class OutputLockedError(OutputError):
    """Another run that is still going writes this output."""


def lock_path(path: Path) -> Path:
    """The lock file of output `path`: ``.NAME.lock`` beside it (hidden, so a folder read
    as input skips it)."""
    return path.with_name(f".{path.name}.lock")


def lock_outputs(outputs: Mapping[str, Path | None]) -> None:
    """Lock each output (named by its option, `--errors`) for this process, or raise
    :class:`OutputLockedError` naming the file and the process that holds it; an output
    this process holds already passes. Call it once the paths are checked."""
    if fcntl is None:
        return
    for option, path in outputs.items():
        if path is not None and str(path) != "-" and not is_device(Path(path)):
            _lock(Path(path), option)


def release() -> None:
    """Let go of every lock this process holds, removing the lock files (the command has
    ended; a later run then finds no lock at all)."""
    for lock, fd in list(_HELD.items()):
        with contextlib.suppress(OSError):
            if _same_file(fd, lock):
                lock.unlink()
        with contextlib.suppress(OSError):
            os.close(fd)  # closing the last descriptor lets go of the flock
        del _HELD[lock]


def _lock(path: Path, what: str) -> None:
    """Take the lock of `path`. A lock file whose owner has ended is free (the kernel
    dropped its flock); one that a releasing run removed between our open and our flock
    is taken again under its new file, so two runs never both hold one output."""
    lock = Path(os.path.abspath(lock_path(path)))
    if lock in _HELD:
        return
    while True:
        fd = _open_lock(lock, path, what)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = _owner(fd)
            os.close(fd)
            raise OutputLockedError(
                f"{what} {path} is being written by another run{owner}; wait for it to end "
                "or choose another path") from None
        except OSError:  # a file system that keeps no locks: write as before
            os.close(fd)
            return
        if _same_file(fd, lock):
            break
        os.close(fd)
    _HELD[lock] = fd  # held from here: the command's end removes it (release)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError as exc:  # a full disk: said as the output's, exit 1, not as stdout's
        raise OutputError(f"cannot write {what} {path}: its lock file {lock.name}: "
                          f"{exc.strerror or exc}") from exc


def _open_lock(lock: Path, path: Path, what: str) -> int:
    """Open (or make) the lock file of `path`, never through a symbolic link nor onto
    anything but a regular file: the lock file is written to, and a link planted in its
    place (`.out.csv.lock -> notes.txt`) would have had its target emptied."""
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_NONBLOCK", 0), 0o666)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _not_a_lock(lock, path, what, "a symbolic link") from None
        raise OutputError(f"cannot write {what} {path}: its lock file {lock.name}: "
                          f"{exc.strerror or exc}") from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_a_lock(lock, path, what, mode_kind(mode))
    return fd


def _not_a_lock(lock: Path, path: Path, what: str, kind: str) -> OutputError:
    """The error for a lock file that is no regular file."""
    return OutputError(f"cannot write {what} {path}: its lock file {lock.name} is {kind}, "
                       "not a regular file; remove it")


def _owner(fd: int) -> str:
    """` (process 1234)` from the lock file the other run wrote, or nothing."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = int(os.pread(fd, 32, 0).split()[0])
        return f" (process {pid})"
    return ""


def _same_file(fd: int, lock: Path) -> bool:
    """Whether `fd` is still the file named `lock` (not one removed meanwhile)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(lock))
    except OSError:
        return False
