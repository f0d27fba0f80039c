"""A time budget that stops a document's reading where it is, in whatever thread reads it.

`--max-doc-seconds` promises that no document holds a run up for longer than its budget.
Checking the clock between the pieces a long text is read in kept that promise only for
texts of several pieces, and a process's real-time timer (a signal, which Python delivers to
the main thread only) left a Dask worker's thread or a user's own thread unbounded.
:func:`within` runs the reading as a function and asks one watchdog thread per process to
raise the budget's error inside the reading thread when its deadline passes (CPython's
``PyThreadState_SetAsyncExc``, delivered at the thread's next Python instruction), and
again every :data:`REPEAT` seconds until the reading ends, so that no ``except`` on the way
can swallow it; one that lands where Python swallows every error (a weak reference's
callback, which cannot be told apart beforehand) goes to :class:`_Refire`, which has it
raised again at once. Where the interpreter has no such call, a reading is refused only
when its deadline has passed before it starts, so a text read in pieces stops at the
first piece that would start late.

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
from dataclasses import dataclass, field
from types import FrameType
from typing import TypeVar

T = TypeVar("T")

#: Seconds between the error's later raisings, once the deadline has passed.
REPEAT = 0.5
#: The longest the watchdog sleeps at once: a deadline of no end (`--max-doc-seconds inf`,
#: `1e308`) asked a lock to wait longer than it can, and the watchdog's thread died
#: (OverflowError), leaving every later reading of the process unbounded.
_LONGEST_SLEEP = 60.0
#: Seconds to wait before trying again when the reading's thread stands in code that would
#: swallow the error (see :func:`_swallowing`).
ASIDE = 0.01


def _swallowing(frame: FrameType | None, reading: FrameType) -> bool:
    """Whether a thread whose innermost frame is `frame`, reading from the frame `reading`
    down, stands in code whose errors Python prints and swallows: a garbage collector's
    callback (Dask registers one, run inside whatever code allocates) or a finaliser
    (``__del__``), and :class:`_Refire`'s hook itself. An error raised there would be lost
    and leave a traceback on stderr. A weak reference's callback is not told apart (it
    may be any function): an error lost there is raised again at once (:class:`_Refire`)."""
    callbacks = {getattr(cb, "__func__", cb).__code__ for cb in gc.callbacks
                 if hasattr(getattr(cb, "__func__", cb), "__code__")}
    callbacks.add(_Refire.__call__.__code__)
    while frame is not None and frame is not reading:
        if frame.f_code in callbacks or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return frame is None  # the thread has left the reading


@dataclass(eq=False)
class _Reading:
    """One bounded reading: its thread and the frame it runs from, when to raise next, the
    error to raise, whether the reading is still running (cleared by its thread, read by
    the watchdog under its lock) and the errors the watchdog has raised in it."""

    thread: int
    frame: FrameType
    due: float
    over: Callable[[], Exception]
    live: bool = True
    raised: list[type[BaseException]] = field(default_factory=list)


def _raiser(exc: Exception) -> type[BaseException]:
    """A subclass of `exc`'s type whose instances, made with no arguments as an error raised
    in another thread is, carry `exc`'s arguments (and pickle as `exc` does)."""
    base = type(exc)
    return type(base.__name__, (base,), {
        "__init__": lambda self: base.__init__(self, *exc.args),
        "__reduce__": lambda self: (base, exc.args),
        "__module__": base.__module__,
        "_budget": True,  # told apart by :class:`_Refire`
        "__qualname__": base.__qualname__,
    })


def _set_async(thread: int, error: type[BaseException]) -> None:
    """Ask the interpreter to raise `error` in `thread`. (Never to take one back: CPython
    3.11 then leaves its check for pending errors on for good, and a thread under a
    profiler, as `sys.setprofile` sets, spins at its next call.)"""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(error))


def _check_point() -> None:
    """A Python call, where an error set for this thread and not raised yet arrives."""


def _absorb(raised: list[type[BaseException]]) -> None:
    """Let an error the watchdog set for a reading now over, and not raised yet, arrive
    here and drop it (the work ended as the deadline passed, or swallowed the error)."""
    try:
        _check_point()
    except BaseException as exc:
        if type(exc) not in raised:
            raise


def _raise_in(reading: _Reading) -> bool:
    """Raise `reading`'s error in its thread unless the thread stands where it would be
    swallowed (:func:`_swallowing`); whether it was raised. The error's class is made
    first, and the thread's place is looked at and the error set with the collector off:
    a collection here would run its callbacks in this thread, long enough for the reading
    thread to move on into one of its own before the error is set."""
    error = _raiser(reading.over())
    collecting = gc.isenabled()
    gc.disable()
    try:
        if _swallowing(sys._current_frames().get(reading.thread), reading.frame):
            return False
        _set_async(reading.thread, error)
    finally:
        if collecting:
            gc.enable()
    reading.raised.append(error)
    return True


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
        """Stop watching `reading`, whose thread has marked it over."""
        with self.cond:
            if reading in self.readings:
                self.readings.remove(reading)

    def refire(self, thread: int, error: type[BaseException]) -> None:
        """Have the live reading of `thread` that was sent `error`, which was swallowed,
        raise it again at once."""
        with self.cond:
            for reading in self.readings:
                if reading.live and reading.thread == thread and error in reading.raised:
                    reading.due = time.monotonic()
                    self.cond.notify()

    def _run(self) -> None:
        """Sleep until the first deadline, raise every live overdue reading's error (a moment
        later where its thread stands in code that would swallow it), repeat."""
        with self.cond:
            while True:
                now = time.monotonic()
                for reading in self.readings:
                    if reading.live and reading.due <= now:
                        reading.due = now + (REPEAT if _raise_in(reading) else ASIDE)
                live = (r.due for r in self.readings if r.live)
                self.wakes = min([now + _LONGEST_SLEEP, *live])
                self.cond.wait(self.wakes - now)


_WATCHDOG = _Watchdog()
#: Whether this interpreter can raise an error in another thread (CPython can).
_CAN_RAISE = hasattr(ctypes, "pythonapi") and hasattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc")


def _forget_watchdog() -> None:
    """A forked child has no watchdog thread: give it a new, empty watchdog."""
    global _WATCHDOG
    _WATCHDOG = _Watchdog()


os.register_at_fork(after_in_child=_forget_watchdog)


class _Refire:
    """The process's ``sys.unraisablehook`` around the one it replaced: a budget's error
    that code swallowed (a weak reference's callback it cut short, which Python printed
    as "Exception ignored in …" to stderr, then waited :data:`REPEAT` for the next try,
    which met the next such callback as likely) is not printed but raised again in its
    reading at once (one that comes after its reading ended is dropped); anything else
    goes to the hook it replaced."""

    def __init__(self, previous: Callable[[object], object]) -> None:
        self.previous = previous

    def __call__(self, unraisable: object) -> None:
        error = getattr(unraisable, "exc_type", None)
        if getattr(error, "_budget", False):
            _WATCHDOG.refire(threading.get_ident(), error)
        else:
            self.previous(unraisable)


def _hook_unraisable() -> None:
    """Put :class:`_Refire` around the process's current unraisable hook, unless it is
    there already (a hook set since, by a test or a program, gets it around it too)."""
    if not isinstance(sys.unraisablehook, _Refire):
        sys.unraisablehook = _Refire(sys.unraisablehook)


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
    _hook_unraisable()
    try:
        watchdog.watch(reading)
        return work()
    finally:
        reading.live = False  # first, before any call: see the module's docstring
        watchdog.release(reading)
        if reading.raised:
            _absorb(reading.raised)
