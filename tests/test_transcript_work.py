"""The work of reading a record grows with its lines, not with their square: a guard
that counts work instead of timing it, so a busy machine cannot fail it.

A record of a sitting or a released call repeats a few labels hundreds of times. Twice a
step was done once per line over the whole record: spaCy's `Doc.text` (joined anew from
every token on each read) read for each line, and the turns of every line counted again
for each label, until 2,000 lines took minutes. Both shapes are counted here: the reads
of the document's text, and the lines of the engine's own code that run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from spacy.tokens import Doc

import quotes
from quotes.attributor import Attributor
from quotes.engine import Engine
from quotes.normalise import normalise

#: The engine's own source files: only their lines are counted.
_ENGINE_DIR = str(Path(quotes.__file__).parent)
#: Lines of the three records measured: each added line should cost the same.
_SIZES = (80, 160, 320)

_LABELS = ("Mr K J DLAMINI", "The MINISTER", "Ms A RUIZ", "The MINISTER")
_SAYS = (
    "Why was the audit of the harbour fund late again this year?",
    "The auditors asked for more time, and we gave it to them.",
    "Who signed off the accounts before the auditors had finished?",
    "The board did, hon member, as the rules allow.",
)


def _record(lines: int) -> str:
    """A made-up record of a sitting: an introduction naming the three speakers, then
    `lines` labelled turns."""
    intro = (
        "This is the record of Tuesday's sitting. The Minister of Finance, Thandiwe "
        "Mokoena, answered questions from Kagiso Dlamini and Ana Ruiz.\n\n"
    )
    turns = (f"{_LABELS[k % 4]}: {_SAYS[k % 4]}" for k in range(lines))
    return intro + "\n\n".join(turns)


class _CountingDoc(Doc):
    """A parsed doc that counts how often its text is joined."""

    reads = 0

    @property
    def text(self) -> str:  # type: ignore[override]
        _CountingDoc.reads += 1
        return Doc.text.__get__(self)


def _work(engine: Engine, lines: int) -> tuple[int, int]:
    """(reads of the doc's text, lines of the engine's code run) while the quotes of a
    record of `lines` turns are found and attributed; the parse is not counted."""
    text = _record(lines)
    norm = normalise(text)
    parsed = engine.parse(norm)
    doc = _CountingDoc(parsed.vocab).from_bytes(parsed.to_bytes())
    run = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal run
        if event == "line":
            run += 1
        return trace

    def enter(frame: FrameType, event: str, arg: Any) -> Any:
        # trace the lines of the engine's own frames only
        return trace if frame.f_code.co_filename.startswith(_ENGINE_DIR) else None

    _CountingDoc.reads = 0
    old = sys.gettrace()
    sys.settrace(enter)
    try:
        found = Attributor(text, doc, engine.matcher, engine.cue_forms, norm).run()
    finally:
        sys.settrace(old)
    assert sum(q.method == "transcript" for q in found) == lines
    return _CountingDoc.reads, run


@pytest.fixture(scope="module")
def engine() -> Engine:
    return quotes.get_engine(None)


def test_each_line_of_a_record_costs_the_same_however_long_it_is(engine: Engine) -> None:
    work = [_work(engine, lines) for lines in _SIZES]
    # the text is joined a fixed number of times per document, never once per line
    assert len({reads for reads, _ in work}) == 1, work
    # the lines of code run for each line added: from 80 to 160 lines, then from 160 to
    # 320. Linear work costs the same per added line (1.05 times as much measured); a
    # step over all lines for each line costs more the longer the record (recounting
    # the turns for each line: 1.44 times as much). The counts are exact, no timing.
    (_, a), (_, b), (_, c) = work
    first = (b - a) / (_SIZES[1] - _SIZES[0])
    second = (c - b) / (_SIZES[2] - _SIZES[1])
    assert second < 1.25 * first, f"{first:,.0f} then {second:,.0f} lines run per added line"
