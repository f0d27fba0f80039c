"""Turn-taking in dialogue: which earlier or later line a cue-less reply takes its speaker from.

In an exchange where each quote opens the line right after the one before, with no
narration between (a line's cue may stand between two of its quotes), the lines
alternate between two people: a line with no cue of its own is spoken by whoever speaks
two lines before it, or two lines after it.

    "Is the river far?"                         <- Tom, who speaks two lines later
    "Two miles," said the guide, "or three."    <- the guide (own cue)
    "And the bridge?" asked Tom, "is it up?"    <- Tom (own cue)
    "It fell last spring."                      <- the guide, who spoke two lines before

The engine decides which quotes answer which (:meth:`quotes.inheritance.Inheritance._answers`)
and which have a speaker of their own; this module only counts lines, and tells
dialogue-dense text (fiction) from news by the share of its lines that reply to a quote
(:func:`dialogue_dense`), so that turns are counted farther where people talk in turns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from quotes.normalise import CLOSING_MARKS, OPENING_MARKS

#: How many lines away (in one exchange) a speaker may be counted from …
_REACH = 6
#: … and in dialogue-dense text, where an exchange of a dozen lines or more is common and
#: its turns alternate to the end.
DENSE_REACH = 40
#: Dialogue-dense text: at least this many replies (a line that closes a quote followed
#: by a line that opens one), more than news shows even in an interview …
_DENSE_REPLIES = 6
#: … making at least this share of its non-blank lines.
_DENSE_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Line:
    """One quote as the turn-taking sees it.

    `answers`: it opens the line right after the previous quote, nothing between.
    `same_line`: it stands on the same line as the previous quote (the same turn).
    `anchored`: its speaker comes from a cue of its own.
    """

    answers: bool
    same_line: bool
    anchored: bool


def dialogue_dense(text: str) -> bool:
    """Whether `text` is dialogue-dense, as fiction is and news is not: many of its lines
    reply to the line before, a line ending a quote followed by a line opening one.

        "Is the river far?"       <- a line closing a quote …
        "Two miles."              <- … and the next opening one: a reply

    News quotes one source per paragraph, with its cue, and even a question-and-answer
    interview labels its lines (`Q:`); a novel's conversation runs line after line.
    """
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    replies = sum(a[-1] in CLOSING_MARKS and b[0] in OPENING_MARKS for a, b in pairwise(lines))
    return replies >= _DENSE_REPLIES and replies >= _DENSE_SHARE * len(lines)


def turn_sources(lines: Sequence[Line], reach: int = _REACH) -> dict[int, int]:
    """For each cue-less quote opening a turn, the index of the anchored quote it takes
    its speaker from: the nearest turn at an even distance in the same exchange (earlier
    first on a tie), at most `reach` turns away.

    Turns are runs of quotes on one line; an exchange is a run of turns each answering the
    one before. A turn whose first anchored quote is found lends that quote.
    """
    turns: list[list[int]] = []
    exchanges: list[list[int]] = []  # indices into `turns`
    for k, line in enumerate(lines):
        if k and line.same_line:
            turns[-1].append(k)
            continue
        turns.append([k])
        if k and line.answers:
            exchanges[-1].append(len(turns) - 1)
        else:
            exchanges.append([len(turns) - 1])
    anchor = {
        t: next((k for k in turn if lines[k].anchored), None) for t, turn in enumerate(turns)
    }
    sources: dict[int, int] = {}
    for exchange in exchanges:
        for at, t in enumerate(exchange):
            first = turns[t][0]
            if lines[first].anchored:
                continue
            for step in range(2, reach + 1, 2):
                near = [at - step, at + step]
                found = [
                    anchor[exchange[n]]
                    for n in near
                    if 0 <= n < len(exchange) and anchor[exchange[n]] is not None
                ]
                if found:
                    sources[first] = found[0]
                    break
    return sources
