"""Find the spans that quotation marks delimit in raw text, without spaCy.

This stage runs on every article before any parsing, so it is plain Python over
a regular-expression scan of the mark characters: one pass per paragraph, a
stack of open quotes. What one mark may do (open, close, or nothing: an apostrophe,
a prime in ``6'2"``) is decided by the rules of :mod:`quotes.mark_kinds`, and what a
paragraph's marks do together (which quote a mark closes, the stack) by
:mod:`quotes.mark_pairing`; this module finds the paragraphs, carries a quote left open
at a paragraph end into the next one when it goes on there, and reads doubled marks
(``''``) as one. Offsets always index the text as given.

It does not judge what a span *is* (a quotation, a scare quote, a title): that
needs the parse, and the engine decides it later.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from quotes.language import table
from quotes.line_wraps import has_blank_lines, line_goes_on
from quotes.mark_kinds import (
    INVISIBLE,
    INVISIBLE_CLASS,
    MARK_RE,
    RIGHT_MARKS,
    Mark,
    classify,
    marks_in,
)
from quotes.mark_pairing import Pairer, QuoteSpan
from quotes.normalise import read_as_meant

__all__ = ["QuoteSpan", "find_quote_spans", "paragraph_bounds"]


#: Line breaks as :meth:`str.splitlines` knows them; each one ends a paragraph.
#: Words quoted inside a paragraph, between a pair of voice-quote-marks.txt on one line:
#: someone else's words, not the paragraph's own voice nor its writer's phrase.
QUOTED_RUN = re.compile(
    "|".join(
        f"{re.escape(o)}[^{re.escape(c)}\n]*{re.escape(c)}" for o, c in table("voice-quote-marks")
    )
)
_LINE_BREAK_CLASS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: A paragraph: a run of one line's characters that starts and ends with a visible one.
_PARAGRAPH_RE = re.compile(
    rf"[^\s{INVISIBLE_CLASS}](?:[^{_LINE_BREAK_CLASS}]*[^\s{INVISIBLE_CLASS}])?"
)
#: How many following paragraphs :func:`_runs_on` looks at for the closing mark of a
#: spaced quote left open at a paragraph end.
_RUN_ON_PARAGRAPHS = 12
#: How many texts' paragraphs :func:`_read_paragraphs` keeps: a text as given, what the
#: parser reads of it, and a piece of it.
_TEXTS_KEPT = 4


# --- paragraphs -----------------------------------------------------------------------------


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-empty paragraph, trimmed of blanks.

    News text puts one paragraph per line, so every line break (``\\n``, ``\\r\\n``,
    ``\\r`` and the other :meth:`str.splitlines` breaks) ends a paragraph; blank lines are
    skipped. Leading and trailing whitespace and invisible formatting characters are left
    out, so ``text[start]`` and ``text[end - 1]`` are visible characters.

    A text's paragraphs are read once (:func:`_read_paragraphs`); each caller gets a list
    of its own.
    """
    return list(_read_paragraphs(text))


@lru_cache(maxsize=_TEXTS_KEPT)
def _read_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """The paragraphs of :func:`paragraph_bounds`, kept for the last few texts read: the
    engine (wrapped lines, the pieces of a long text), the marks and the page-shape
    rules (columns, printed documents, release lines) each ask about the same text, a
    dozen times per text in all."""
    return tuple(m.span() for m in _PARAGRAPH_RE.finditer(text))


# --- a quote left open at a paragraph end -------------------------------------------------


def _reopening_mark(text: str, lo: int, hi: int) -> Mark | None:
    """The mark that opens the paragraph ``[lo, hi)``, if it starts with one that can open.

    News style repeats the opening mark at the start of each paragraph of a long quote
    and closes only the last one; this is the mark that says "still quoting".
    """
    if not MARK_RE.match(text, lo, hi):
        return None
    mark = classify(text, lo, lo, hi)
    return mark if mark is not None and mark.can_open else None


class _MarkCache:
    """The marks of each paragraph, computed once, kept only while they may be looked at."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.cache: dict[int, list[Mark]] = {}

    def __getitem__(self, n: int) -> list[Mark]:
        marks = self.cache.get(n)
        if marks is None:
            marks = self.cache[n] = marks_in(self.text, *self.paragraphs[n])
        return marks

    def forget(self, n: int) -> None:
        """Drop the marks of paragraph ``n``, once paired."""
        self.cache.pop(n, None)


def _runs_on(text: str, paragraph_marks: _MarkCache, n: int, family: str) -> bool:
    """Whether a spaced quote left open at the end of paragraph ``n`` runs on past it.

    Tokenized fiction often puts one sentence per line, so a quote of several sentences
    spans lines that do not repeat the opening mark. The quote runs on when the next mark
    of its family (within ``_RUN_ON_PARAGRAPHS`` paragraphs) is a spaced mark that can
    close, and either points back (``”``, ``’``) or is straight with an odd number of
    marks of the family from it to the next paragraph that starts with one: pairing by
    alternation, it must then close a quote. A single mark must also come right after
    punctuation (``, '`` or ``. ’``), not after a word (``the boys ' hats``).
    """
    first: Mark | None = None
    count = 0
    for m in range(n + 1, min(n + 1 + _RUN_ON_PARAGRAPHS, len(paragraph_marks.paragraphs))):
        line_start = True
        for mark in paragraph_marks[m]:
            if mark.family != family:
                continue
            if first is None:
                first = mark
                if not (mark.spaced and mark.can_close) or _after_word(text, mark):
                    return False
                if mark.char in RIGHT_MARKS:
                    return True
            elif line_start and not mark.can_close:
                return count % 2 == 1  # a paragraph opening with a mark starts afresh
            line_start = False
            count += 1
    return count % 2 == 1


def _after_word(text: str, mark: Mark) -> bool:
    """Whether a single mark that can close comes right after a letter or digit."""
    if mark.family != "single":
        return False
    j = mark.pos - 1
    while text[j].isspace() or text[j] in INVISIBLE:
        j -= 1  # the mark can close, so a visible character precedes it
    return text[j].isalnum()


#: Two-character double quotes: the doubled apostrophes of newspaper archives
#: (``''We won,'' he said.``) and the doubled backticks of TeX-style text (````We won''``).
#: (Not ``don''t``: a doubled apostrophe between two letters is a typo for one.)
_DOUBLED_RE = re.compile(r"(?<![^\W_])''|''(?![^\W_])|``")


# --- the spans of a text ---------------------------------------------------------------------


def find_quote_spans(text: str, cut: bool = False) -> list[QuoteSpan]:
    """The quotations delimited by marks in ``text``, sorted by start, non-overlapping.

    Doubled apostrophes and backticks count as one double quote mark.

    Quotes nested inside another are kept in the outer span's ``nested``; a quote that a
    paragraph leaves open continues into the next paragraph if that one opens with a mark
    of the same family (or, opened by a spaced mark, if the quote closes a few paragraphs
    on: see :func:`_runs_on`), and otherwise ends at its paragraph end (``closed=False``).
    A quote left unclosed over more than
    :data:`~quotes.mark_pairing.MAX_UNCLOSED_CHARS` is an orphan, but at the end of a
    text that is a piece `cut` from a longer one inside a paragraph (it may close past
    the cut). Orphan marks and empty pairs are skipped; no input makes this raise. Marks
    mis-decoded as C1 controls (`\x93…\x94`) or as UTF-8 read as Windows-1252
    (`â€œ…â€`) pair as the curly marks they are (:func:`~quotes.normalise.read_as_meant`).
    """
    meant = read_as_meant(text)
    doubled = "''" in meant or "``" in meant
    spans = _doubled_marks_as_one(meant, cut) if doubled else _find(meant, cut)
    if meant is text:
        return spans
    # a C1 control read as a character (`\x85` as `…`) is no word of the text's own:
    # marks round nothing else quote nothing
    return [
        _over_fillers(span, text, meant) for span in spans if text[span.start : span.end].strip()
    ]


def _over_fillers(span: QuoteSpan, text: str, meant: str) -> QuoteSpan:
    """`span` with its marks stretched over the spaces :func:`read_as_meant` filled in
    beside them (`â€œ` read as `  “`), so a span with its marks covers the whole
    mis-decoded sequence."""
    open_start, close_end = span.open_start, span.close_end
    while open_start > 0 and meant[open_start - 1] == " " != text[open_start - 1]:
        open_start -= 1
    if span.closed:
        while close_end < len(text) and meant[close_end] == " " != text[close_end]:
            close_end += 1
    return replace(span, open_start=open_start, close_end=close_end)


def _doubled_marks_as_one(text: str, cut: bool) -> list[QuoteSpan]:
    """Find the spans with each ``''`` read as an invisible character and a ``"``, then
    move each opening mark back over its first character so offsets index ``text``."""
    spans = _find(_DOUBLED_RE.sub('\u200b"', text), cut)
    moved = []
    for span in spans:
        if _DOUBLED_RE.match(text, span.open_start - 1):
            span = replace(span, open_start=span.open_start - 1)
        if span.end > span.start and _DOUBLED_RE.match(text, span.end - 1):
            span = replace(span, end=span.end - 1)
        moved.append(span)
    return moved


def _find(text: str, cut: bool) -> list[QuoteSpan]:
    pairer = Pairer(text)
    paragraphs = paragraph_bounds(text)
    paragraph_marks = _MarkCache(text, paragraphs)
    reopened = False
    blank_lines: bool | None = None  # read once, when a quote is first open at a line end
    start: int | None = None  # the paragraph's first line's start, while its lines wrap on
    for n, (lo, hi) in enumerate(paragraphs):
        pairer.paragraph(lo if start is None else start, paragraph_marks[n], reopened)
        paragraph_marks.forget(n)
        reopened = False
        open_family = pairer.wrappable_family()
        if open_family is not None and n + 1 < len(paragraphs):
            if blank_lines is None:
                blank_lines = has_blank_lines(text, paragraphs)
            # rule wrapped-line: the quote goes on over a line break inside its paragraph
            if line_goes_on(
                text, paragraphs, paragraph_marks.__getitem__, n, open_family, blank_lines
            ):
                start = lo if start is None else start
                continue
        start = None
        reopens = None
        if n + 1 < len(paragraphs):
            reopens = _reopening_mark(text, *paragraphs[n + 1])
        reopened = pairer.end_paragraph(
            hi, reopens, lambda family, n=n: _runs_on(text, paragraph_marks, n, family),
            cut and n + 1 == len(paragraphs),
        )
    return sorted(pairer.results, key=lambda span: span.start)
