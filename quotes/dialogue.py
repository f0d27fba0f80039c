"""Turn-taking in dialogue: which earlier or later line a cue-less reply takes its speaker from.

In an exchange where each quote opens the line right after the one before, with no
narration between (a line's cue may stand between two of its quotes), the lines
alternate between two people: a line with no cue of its own is spoken by whoever speaks
two lines before it, or two lines after it.

    "Is the river far?"                         <- Tom, who speaks two lines later
    "Two miles," said the guide, "or three."    <- the guide (own cue)
    "And the bridge?" asked Tom, "is it up?"    <- Tom (own cue)
    "It fell last spring."                      <- the guide, who spoke two lines before

The engine decides which quotes answer which (:func:`quotes.turn_taking.answers`)
and which have a speaker of their own; this module only counts lines, tells
dialogue-dense text (fiction) from news by the share of its lines that reply to a quote
(:func:`dialogue_dense`), so that turns are counted farther where people talk in turns,
and says when a cue-less line answers a question put in a running exchange
(:func:`answers_question`)."""

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
#: The most words of narration (a cue and its speaker) between two lines of an exchange.
_CUE_WORDS = 12
#: Quote marks and blanks, stripped from a quote's edges and from the gap between lines.
_EDGES = OPENING_MARKS + CLOSING_MARKS + " \t\r\n"


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


def answers_question(
    norm: str, asked: tuple[int, int], question: tuple[int, int], reply: tuple[int, int]
) -> bool:
    """Rule answer-to-question: whether the cue-less quote `reply` answers the question
    `question`, put to the speaker of `asked` in a running exchange, so that it is that
    speaker's. Each is a quote's (start, end) in `norm`.

        "You came by the ferry, then?"            <- `asked`: Mira
        "Why ever not?" asked Tom.                <- `question`, on the next line
        "It was the only boat running."           <- `reply`: Mira answers

    The question opens the line right after `asked` (at most its cue between); the reply
    opens the line after the question's cue, and asks nothing itself (a second question
    is the asker going on: `"Is she mad?" he muttered.` / `"Must she balk me?"`).
    """
    return (
        norm[question[0] : question[1]].strip(_EDGES).endswith("?")
        and not norm[reply[0] : reply[1]].strip(_EDGES).endswith("?")
        and _next_line(norm, asked[1], question[0])
        and _next_line(norm, question[1], reply[0])
    )


def _next_line(norm: str, end: int, start: int) -> bool:
    """Whether the quote opening at `start` opens the line after the one of the quote
    ending at `end`, with no more than a cue between (:data:`_CUE_WORDS` words)."""
    gap = norm[end:start]
    if "\n" not in gap or gap.rsplit("\n", 1)[1].strip(_EDGES):
        return False
    return sum(bool(word.strip(_EDGES)) for word in gap.split()) <= _CUE_WORDS
