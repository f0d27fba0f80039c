"""A time budget that stops a document's reading where it is, not only between pieces.

`--max-doc-seconds` promises that no document holds a run up for longer than its budget.
Checking the clock between the pieces a long text is read in
(:meth:`quotes.engine.Engine.extract`) keeps that promise only for texts of several
pieces: a text of one piece whose shape makes a rule slow (a line opening with the same
name a thousand times) ran to its end whatever the budget. :func:`budget` arms the
process's real-time interval timer around the reading, so that the text is stopped
within a moment of its deadline wherever the rules are; the timer fires again every
:data:`REPEAT` seconds until the reading ends, so no code between can swallow it.

A timer is a process's, and Python delivers its signal to the main thread only, so the
budget holds where the reading runs in a process's main thread (the CLI, its worker
processes, a script) and is not armed elsewhere (a thread of a user's program, a Dask
worker thread) or when the program has a timer of its own running: there a reading is
refused only when its deadline has passed before it starts, so a text read in pieces
stops at the first piece that would start late.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

#: Seconds between the timer's later firings, once the deadline has passed.
REPEAT = 0.5


def _can_arm() -> bool:
    """Whether this thread may arm the real-time timer: the platform has one, this is the
    main thread (the only one Python delivers signals to) and no timer is running."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


@contextmanager
def budget(deadline: float | None, over: Callable[[], Exception]) -> Iterator[None]:
    """Run the block until `deadline` (a :func:`time.monotonic` time) at most: past it, the
    exception `over()` makes is raised inside the block, or before it when the deadline
    has passed already. No deadline runs the block unbounded, and so does a thread that
    cannot arm the timer (:func:`_can_arm`) once the block has started."""
    if deadline is None:
        yield
        return
    left = deadline - time.monotonic()
    if left <= 0:
        raise over()
    if not _can_arm():
        yield
        return

    def _stop(signum: int, frame: FrameType | None) -> None:
        raise over()

    before = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, left, REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
