"""What the engine's rows must look like in the rule tables of the engine, news and
fiction tests: :class:`Q` for one expected row, :func:`check` to compare them; for
the reported-speech tables, :class:`Row` with its start offset and :func:`all_rows`; and
for the cue-lexicon tables, :class:`CueRow` and :func:`cue_rows`; for the name tables,
:func:`speaker_of`, :func:`row_in_all`, :func:`speaker_in_all` and
:func:`check_speaker_and_mention`; for
the tables of words that are no statement, :func:`check_statements_beside`."""

from __future__ import annotations

from typing import NamedTuple

import quotes
from quotes.records import Quote


class Q(NamedTuple):
    """What one quote must look like; `method` is a prefix of the rule name."""

    type: str
    quote: str
    speaker: str | None
    mention: str | None
    cue: str | None
    method: str | None = None


def check(text: str, found: list[Quote], expected: list[Q]) -> None:
    """Every found quote matches its expectation, offsets included, in text order."""
    got = [(q.type, q.text, q.speaker, q.speaker_mention, q.cue) for q in found]
    assert len(found) == len(expected), got
    searched_from = 0
    for q, want in zip(found, expected, strict=True):
        assert isinstance(q, Quote)
        assert q.type == want.type, got
        assert text[q.start : q.end] == q.text == want.quote, got
        assert q.start == text.index(want.quote, searched_from), got
        searched_from = q.end
        assert q.speaker == want.speaker, got
        assert q.speaker_mention == want.mention, got
        if want.mention is not None:
            assert text[q.speaker_start : q.speaker_end] == want.mention
        assert q.cue == want.cue, got
        if want.cue is not None:
            assert text[q.cue_start : q.cue_end] == want.cue
        if want.method is not None:
            assert q.method.startswith(want.method), (q.method, got)


class Row(NamedTuple):
    """One row of scope `all`: type, content start offset, content, speaker mention, cue
    and method (the full rule name)."""

    type: str
    start: int
    content: str
    mention: str | None
    cue: str
    method: str


def all_rows(text: str) -> list[Row]:
    """Every row scope `all` gives for `text`, as :class:`Row`."""
    return [
        Row(q.type, q.start, text[q.start : q.end], q.speaker_mention, q.cue, q.method)
        for q in quotes.extract(text, scope="all")
    ]


class CueRow(NamedTuple):
    """One row of scope `all` without offsets: type, content, speaker mention, cue and
    method (the full rule name)."""

    type: str
    content: str
    mention: str | None
    cue: str
    method: str


def cue_rows(text: str) -> list[CueRow]:
    """Every row scope `all` gives for `text`, as :class:`CueRow`."""
    return [CueRow(r.type, r.content, r.mention, r.cue, r.method) for r in all_rows(text)]


def row_in_all(text: str, fragment: str) -> Quote:
    """The first quote (`--scope all`) whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text, scope="all") if fragment in text[q.start : q.end]]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text, scope='all')}"
    return found[0]


def speaker_of(text: str, fragment: str) -> str | None:
    """The resolved speaker of the quote (default scope) whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text) if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text)}"
    return found[0].speaker


def speaker_in_all(text: str, fragment: str) -> str | None:
    """The resolved speaker of the quote (`--scope all`) whose content holds
    ``fragment``."""
    return row_in_all(text, fragment).speaker


def check_speaker_and_mention(text: str, fragment: str, speaker: str, mention: str) -> None:
    """The quote (`--scope all`) whose content holds ``fragment`` has ``speaker``, and its
    mention's offsets slice ``mention`` out of the text."""
    row = row_in_all(text, fragment)
    assert row.speaker == speaker
    assert text[row.speaker_start : row.speaker_end] == mention


def check_statements_beside(text: str, words: str, statements: list[tuple[str, str, str]]) -> None:
    """The default scope gives exactly ``statements`` (type, speaker, content), each at its
    offsets, and none for ``words``, which `--scope all` still has (alone, or after the
    object that leads in to them, as PolNeAR marks it: `an automatic warning: "…"`)."""
    found = quotes.extract(text)
    assert [(q.type, q.speaker, q.text) for q in found] == statements
    for q in found:
        assert text[q.start : q.end] == q.text
    assert any(words in q.text for q in quotes.extract(text, scope="all"))
