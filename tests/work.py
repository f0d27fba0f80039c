"""The work a call does, counted rather than timed: growth tests compare counts at two
sizes, which a busy machine cannot change as it changes seconds."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def counted_calls(run: Callable[[], T]) -> tuple[T, int]:
    """What `run()` returns, and how many Python and built-in calls it made (the profiler
    hook's events). A scan inside one built-in call (a regular expression) counts once,
    whatever its length."""
    counted = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal counted
        counted += 1

    sys.setprofile(count)
    try:
        result = run()
    finally:
        sys.setprofile(None)
    return result, counted
