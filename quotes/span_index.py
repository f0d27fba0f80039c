"""Character spans indexed by their start, for look-ups near a point.

The reported-speech, direct-link and inheritance steps ask, for each statement or quote,
which direct quotes or transcript lines overlap it; walking only the spans near it keeps
that linear in a long document instead of quadratic.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate


class Spans:
    """`(start, end)` character spans (quotes, transcript lines), indexed so that a look-up
    walks only the spans near it, not all of them."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        #: The farthest end of the spans up to each one: a walk back stops where it is short.
        self.reach = list(accumulate((end for _, end in self.spans), max))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans sharing at least one character with `[start, end)`, by start."""
        found = []
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.reach[i] > start:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i -= 1
        return found[::-1]

    def starting_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans whose start lies in `[start, end)`."""
        return self.spans[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
