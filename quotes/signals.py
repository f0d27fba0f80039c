"""Stop cleanly on SIGTERM and SIGINT: workers stopped, temp files removed, exit 143/130.

What must be undone when a run is killed registers a clean-up here while it lives (an
output's temp file, a pool of worker processes); the command line handles the signals
while it runs (:func:`handling`). On a signal every clean-up runs, newest first, then the
process exits with 128 + the signal number (143 for SIGTERM, 130 for SIGINT), as shells
expect.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType

__all__ = ["handling", "register", "unregister"]

_CLEANUPS: dict[int, Callable[[], None]] = {}


def register(action: Callable[[], None]) -> int:
    """Run `action` if the process is stopped by a signal; returns a key to unregister."""
    key = id(action)
    _CLEANUPS[key] = action
    return key


def unregister(key: int) -> None:
    """Forget a clean-up (its resource was released normally)."""
    _CLEANUPS.pop(key, None)


@contextlib.contextmanager
def handling() -> Iterator[None]:
    """While inside, SIGTERM and SIGINT clean up, then exit 128+N; the handlers before are
    restored on the way out. Outside the main thread (where no handler can be set) this
    does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = (signal.SIGTERM, signal.SIGINT)
    before = {number: signal.signal(number, _stop) for number in numbers}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def _stop(number: int, _frame: FrameType | None) -> None:
    signal.signal(number, signal.SIG_IGN)  # a second signal must not interrupt the clean-up
    for key in reversed(list(_CLEANUPS)):
        action = _CLEANUPS.pop(key, None)
        if action is not None:
            with contextlib.suppress(Exception):
                action()
    raise SystemExit(128 + number)
