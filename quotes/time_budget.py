"""A time budget that stops a document's reading where it is, in whatever thread reads it.

`--max-doc-seconds` promises that no document holds a run up for longer than its budget.
Checking the clock between the pieces a long text is read in kept that promise only for
texts of several pieces, and a process's real-time timer (a signal, which Python delivers to
the main thread only) left a Dask worker's thread or a user's own thread unbounded.
:func:`within` runs the reading as a function and asks one watchdog thread per process to
raise the budget's error inside the reading thread when its deadline passes (CPython's
``PyThreadState_SetAsyncExc``, delivered at the thread's next Python instruction), and
again every :data:`REPEAT` seconds until the reading ends, so that no ``except`` on the way
can swallow it. Where the interpreter has no such call, a reading is refused only when its
deadline has passed before it starts, so a text read in pieces stops at the first piece
that would start late.

Why a function, not a ``with`` block: the error may arrive at any Python instruction, also
at the start of a context manager's ``__exit__``, before it could tell the watchdog the
reading is over; the watchdog would then go on raising in a thread that has moved on. In
:func:`within` the reading's end is recorded by the first statement of its ``finally``, a
store that lets no error in, well within the :data:`REPEAT` before the watchdog could raise
again; and the error raised is always the budget's own type (a subclass made when it
fires), so one that arrives as the work returns is still the document's timeout, never a
stray error in the caller's code.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import TypeVar

T = TypeVar("T")

#: Seconds between the error's later raisings, once the deadline has passed.
REPEAT = 0.5
#: Seconds to wait before trying again when the reading's thread stands in code that would
#: swallow the error (see :func:`_swallowing`).
ASIDE = 0.01


def _swallowing(frame: FrameType | None, reading: FrameType) -> bool:
    """Whether a thread whose innermost frame is `frame`, reading from the frame `reading`
    down, stands in code whose errors Python prints and swallows: a garbage collector's
    callback (Dask registers one, run inside whatever code allocates) or a finaliser
    (``__del__``). An error raised there would be lost and leave a traceback on stderr."""
    callbacks = {getattr(cb, "__func__", cb).__code__ for cb in gc.callbacks
                 if hasattr(getattr(cb, "__func__", cb), "__code__")}
    while frame is not None and frame is not reading:
        if frame.f_code in callbacks or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return frame is None  # the thread has left the reading


@dataclass(eq=False)
class _Reading:
    """One bounded reading: its thread and the frame it runs from, when to raise next, the
    error to raise, whether the reading is still running (cleared by its thread, read by
    the watchdog under its lock) and whether the watchdog has raised its error."""

    thread: int
    frame: FrameType
    due: float
    over: Callable[[], Exception]
    live: bool = True
    raised: bool = False


def _raiser(exc: Exception) -> type[BaseException]:
    """A subclass of `exc`'s type whose instances, made with no arguments as an error raised
    in another thread is, carry `exc`'s arguments (and pickle as `exc` does)."""
    base = type(exc)
    return type(base.__name__, (base,), {
        "__init__": lambda self: base.__init__(self, *exc.args),
        "__reduce__": lambda self: (base, exc.args),
        "__module__": base.__module__,
        "__qualname__": base.__qualname__,
    })


def _set_async(thread: int, error: type[BaseException] | None) -> None:
    """Ask the interpreter to raise `error` in `thread` (None takes back one not raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(error) if error is not None else None)


class _Watchdog:
    """The thread that raises each overdue reading's error in the reading's thread."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.readings: list[_Reading] = []
        self.thread: threading.Thread | None = None
        self.wakes = 0.0  # when the watchdog thread wakes next, unless told earlier

    def watch(self, reading: _Reading) -> None:
        """Start watching `reading` (and the watchdog thread, the first time), waking the
        thread only when it would sleep past the reading's deadline."""
        with self.cond:
            self.readings.append(reading)
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="quotes-time-budget",
                                               daemon=True)
                self.thread.start()
            elif reading.due < self.wakes:
                self.cond.notify()

    def release(self, reading: _Reading) -> None:
        """Stop watching `reading`, whose thread has marked it over, and take back an error
        the watchdog set for it that its thread has not raised yet."""
        with self.cond:
            if reading in self.readings:
                self.readings.remove(reading)
            if reading.raised:
                _set_async(reading.thread, None)

    def _run(self) -> None:
        """Sleep until the first deadline, raise every live overdue reading's error (a moment
        later where its thread stands in code that would swallow it), repeat."""
        with self.cond:
            while True:
                now = time.monotonic()
                frames = sys._current_frames()
                for reading in self.readings:
                    if reading.live and reading.due <= now:
                        if not _swallowing(frames.get(reading.thread), reading.frame):
                            _set_async(reading.thread, _raiser(reading.over()))
                            reading.raised = True
                            reading.due = now + REPEAT
                        else:
                            reading.due = now + ASIDE
                self.wakes = min((r.due for r in self.readings if r.live), default=now + 60)
                self.cond.wait(self.wakes - now)


_WATCHDOG = _Watchdog()
#: Whether this interpreter can raise an error in another thread (CPython can).
_CAN_RAISE = hasattr(ctypes, "pythonapi") and hasattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc")


def _forget_watchdog() -> None:
    """A forked child has no watchdog thread: give it a new, empty watchdog."""
    global _WATCHDOG
    _WATCHDOG = _Watchdog()


os.register_at_fork(after_in_child=_forget_watchdog)


def within(deadline: float | None, over: Callable[[], Exception], work: Callable[[], T]) -> T:
    """``work()``, run until `deadline` (a :func:`time.monotonic` time) at most: past it,
    the error `over()` makes is raised inside the work (its type, its message), or before
    it when the deadline has passed already. No deadline runs the work unbounded, and so
    does an interpreter that cannot raise in a thread (:data:`_CAN_RAISE`) once it has
    started."""
    if deadline is None:
        return work()
    if deadline <= time.monotonic():
        raise over()
    if not _CAN_RAISE:
        return work()
    reading = _Reading(threading.get_ident(), sys._getframe(), deadline, over)
    watchdog = _WATCHDOG
    try:
        watchdog.watch(reading)
        return work()
    finally:
        reading.live = False  # first, before any call: see the module's docstring
        watchdog.release(reading)
