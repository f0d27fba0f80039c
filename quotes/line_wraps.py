"""Tell a line break that wraps a paragraph from one that ends it.

Plain-text wire copy, e-mails and press releases pasted from PDFs wrap their lines
inside a paragraph. :mod:`quotes.marks` reads each line as a paragraph, so a quote that
crosses such a line break would end (``closed=False``) at the line's end and its closing
mark, on the next line, would pair with nothing: :func:`line_goes_on` says when a quote
left open at a line's end goes on over the break (the break is a single one, as a blank
line ends a paragraph, and the next line does not open a paragraph's shape of its own:
a dateline, a speaker label, a bullet, or the quote's own mark repeated, as a quote run
on over paragraphs repeats it). The parser starts a sentence at each line that opens in
a capital, and the default scope reads a line with no full stop as a headline:
:func:`joined_wrapped_lines` gives the engine a hard-wrapped paragraph's lines as one, and
a sentence whose attribution a line break cuts, however short its lines, as one.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from quotes.mark_kinds import Mark

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["has_blank_lines", "joined_wrapped_lines", "line_goes_on"]

#: How many wrapped lines :func:`_closes_in_block` reads for the quote's closing mark.
_BLOCK_LINES = 12
#: The longest line a hard-wrapped text holds (e-mail wraps at 72 to 78 columns, a PDF's
#: lines reach about 100): a longer line ending a sentence ends its paragraph.
_WRAP_WIDTH = 100
#: What ends a sentence at a line's end, and what may follow it there (closing marks and
#: brackets: `the ‘last wall.’`).
_SENTENCE_ENDS = frozenset(".?!…")
_AFTER_SENTENCE_END = "'\"’”)]"
#: Line breaks as :meth:`str.splitlines` knows them (``\r\n`` is counted as one).
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
#: A line that opens a paragraph's shape of its own: a bullet or an item number
#: (``- The fares``, ``• Fares``, ``2. Fares``, ``(b) Fares``), a speaker label
#: (``Q:``, ``MAYOR VARGA:``, ``Ines Varga:``) or a dateline (``KESSEN, May 3 —``,
#: ``KESSEN (Wire) -``).
_PARAGRAPH_SHAPE_RE = re.compile(
    r"(?:[-*•·–—‣▪◦]\s"
    r"|\(?(?:\d{1,3}|[a-z])[.)]\s"
    r"|(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*:(?:\s|$)"
    r"|[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*(?:,|\s\(|\s[-–—]\s))"
)


def has_blank_lines(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether ``text`` sets its ``paragraphs`` (its lines) apart by blank lines anywhere
    (then a single line break inside a paragraph only wraps its line)."""
    return any(
        not _single_break(text, end, start)
        for (_, end), (start, _) in pairwise(paragraphs)
    )


def _single_break(text: str, end: int, start: int) -> bool:
    """Whether the gap ``[end, start)`` between two lines holds one line break, no more."""
    gap = text[end:start].replace("\r\n", "\n")
    return sum(char in _LINE_BREAKS for char in gap) == 1


def _ends_paragraph(text: str, lo: int, hi: int) -> bool:
    """Whether the line ``[lo, hi)`` may end its paragraph: it ends a sentence and is
    longer than a hard-wrapped line (a paragraph on one line, then a line of its own:
    a pull quote's signature, `… must not happen. ⏎ Ines Varga, mayor."`)."""
    end = text[lo:hi].rstrip(_AFTER_SENTENCE_END)
    return hi - lo > _WRAP_WIDTH and end[-1:] in _SENTENCE_ENDS


def _opens_paragraph(text: str, lo: int, family: str, first: Mark | None) -> bool:
    """Whether the line starting at ``lo`` opens a paragraph's shape of its own.

    Its first character is a mark of the open quote's family that can open (a quote run
    on into a new paragraph repeats its mark: the paragraph rules decide), or it starts
    with a bullet, an item number, a speaker label or a dateline.
    """
    if first is not None and first.pos == lo and first.family == family and first.can_open:
        return True
    return _PARAGRAPH_SHAPE_RE.match(text, lo) is not None


def _closes_in_block(
    text: str,
    paragraphs: list[tuple[int, int]],
    marks_of: Callable[[int], list[Mark]],
    n: int,
    family: str,
) -> bool:
    """Whether the quote of ``family`` left open at the end of line ``n`` closes on the
    lines that wrap on from it: the next mark of its family there can close, and, when it
    could open as well (a straight mark), pairing by alternation makes it a closer (an
    odd number of the family's marks from it to the end of the wrapped lines)."""
    count = 0
    first: Mark | None = None
    for m in range(n + 1, min(n + 1 + _BLOCK_LINES, len(paragraphs))):
        lo = paragraphs[m][0]
        marks = marks_of(m)
        if not _single_break(text, paragraphs[m - 1][1], lo) or _opens_paragraph(
            text, lo, family, marks[0] if marks else None
        ):
            break
        for mark in marks:
            if mark.family != family:
                continue
            if first is None:
                first = mark
                if not mark.can_close:
                    return False
                if not mark.can_open:
                    return True
            count += 1
    return count % 2 == 1


def line_goes_on(
    text: str,
    paragraphs: list[tuple[int, int]],
    marks_of: Callable[[int], list[Mark]],
    n: int,
    family: str,
    blank_lines: bool,
) -> bool:
    """Whether a quote of ``family`` left open at the end of line ``n`` goes on over the
    line break after it: the paragraph is wrapped there.

    Rule wrapped-line: the break is a single one, the line before it does not end a
    paragraph of its own (:func:`_ends_paragraph`), the next line opens no paragraph's
    shape of its own, and either the text sets its paragraphs apart by blank lines
    (``blank_lines``, from :func:`has_blank_lines`: then a
    single break only wraps a line: `"We have waited three years for a decision from the
    ⏎ capital," said the mayor.`) or the quote closes on the lines that wrap on
    (`"We won ⏎ the cup," said the captain.` in a text of one paragraph per line).
    """
    if n + 1 >= len(paragraphs) or _ends_paragraph(text, *paragraphs[n]):
        return False
    lo = paragraphs[n + 1][0]
    marks = marks_of(n + 1)
    if not _single_break(text, paragraphs[n][1], lo) or _opens_paragraph(
        text, lo, family, marks[0] if marks else None
    ):
        return False
    return blank_lines or _closes_in_block(
        text, paragraphs, marks_of, n, family
    )


#: The shortest line a hard-wrapped paragraph holds before its last: shorter lines are
#: a list's items, a form's fields or headings, each a line of its own.
_MIN_WRAPPED = 40
#: What a line ends with when its sentence goes on over the break: a word or a comma.
_MID_SENTENCE_RE = re.compile(r"[\w,]$")


def _wrapped_block(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether ``lines``, one paragraph's lines with single breaks between them, are a
    paragraph hard-wrapped: each line but the last is as long as a wrapped line is, and
    at least one ends mid-sentence (in a word or after a comma, the next line going on
    in a word in lower case)."""
    body = lines[:-1]
    return all(_MIN_WRAPPED <= hi - lo <= _WRAP_WIDTH for lo, hi in body) and any(
        _MID_SENTENCE_RE.search(text, lo, hi)
        and text[start].islower()
        for (lo, hi), (start, _) in pairwise(lines)
    )


def joined_wrapped_lines(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """``text`` with each line break that only wraps a paragraph read as a space (same
    length), so the parser reads the paragraph's sentences whole.

    Rule wrapped-paragraph: in a text that sets its paragraphs apart by blank lines, the
    lines between two blank lines (or a line that opens a paragraph's shape of its own:
    a bullet, a speaker label, a dateline) are one paragraph hard-wrapped when
    :func:`_wrapped_block` says so (`The harbour trust said on Tuesday that the ferry ⏎
    had gone down in calm water.`: `said` then governs the clause on the next line).
    In a text with no blank line, rule wrapped-text (:func:`_unspaced_wraps`) says which
    breaks wrap a line. In any text, rule wrapped-attribution (:func:`_attribution_wraps`)
    joins a break inside the attribution after a quote. ``paragraphs`` are the text's lines
    (:func:`quotes.marks.paragraph_bounds`).
    """
    if len(paragraphs) < 2:
        return text
    attributions = _attribution_wraps(text, paragraphs)
    if not has_blank_lines(text, paragraphs):
        return _joined(text, paragraphs, _unspaced_wraps(text, paragraphs) + attributions)
    firsts = [0]  # the number of each block's first line
    for n, (before, line) in enumerate(pairwise(paragraphs), 1):
        if not _single_break(text, before[1], line[0]) or _PARAGRAPH_SHAPE_RE.match(
            text, line[0]
        ):
            firsts.append(n)
    firsts.append(len(paragraphs))
    breaks = [
        n
        for first, after in pairwise(firsts)
        if after - first > 1 and _wrapped_block(text, paragraphs[first:after])
        for n in range(first, after - 1)
    ]
    return _joined(text, paragraphs, breaks + attributions)


#: The end of a line whose last quotation closes on a comma, its attribution begun or not
#: (`"We won,"`, `"We won," said`, `"We won," said Ana Ruiz,`): a few words after the
#: closing mark, none ending a sentence or opening another quotation.
_COMMA_QUOTE_END_RE = re.compile(r",[\"'”’»›]+(?:\s+[^\s\"“”«».?!:;…]+){0,6}$")


def _attribution_wraps(text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The numbers of the lines whose break falls inside a quotation's attribution.

    Rule wrapped-attribution: a quotation that closes on a comma goes on in its sentence
    (its cue and speaker follow), so a single line break after it, or inside the words
    after it, wraps the sentence, however short the line (text pasted from a PDF or a
    narrow column: `"We won," ⏎ said Ana Ruiz.`, `"We won," said ⏎ Ana Ruiz.`), when the
    next line starts with a letter and opens no paragraph's shape of its own (a bullet,
    a speaker label, a dateline).
    """
    return [
        n
        for n, ((lo, hi), (start, _)) in enumerate(pairwise(paragraphs))
        if _COMMA_QUOTE_END_RE.search(text, lo, hi)
        and _single_break(text, hi, start)
        and text[start].isalpha()
        and not _PARAGRAPH_SHAPE_RE.match(text, start)
    ]


def _joined(text: str, paragraphs: list[tuple[int, int]], breaks: list[int]) -> str:
    """``text`` with the line breaks after the lines numbered ``breaks`` read as spaces."""
    if not breaks:
        return text
    chars = list(text)
    for n in breaks:
        for i in range(paragraphs[n][1], paragraphs[n + 1][0]):
            if text[i] in _LINE_BREAKS:
                chars[i] = " "
    return "".join(chars)


#: Fewest breaks before a line in lower case that a text with no blank line must show to
#: be read as hard-wrapped: one such break may be a list or a poem's lines.
_MIN_LOWER_WRAPS = 2
#: The first word of a line, which the line before did not have room for.
_FIRST_WORD_RE = re.compile(r"\S+")


def _unspaced_wraps(text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The numbers of the lines whose break only wraps a paragraph, in a text that sets
    no paragraph apart by a blank line, told by the lines themselves: a headline, a
    byline or a paragraph's last line ends where its writer ended it, a wrapped line
    where it ran out of room.

    Rule wrapped-text: the text is hard-wrapped when no line is longer than a wrapped
    line is (:data:`_WRAP_WIDTH`) and at least :data:`_MIN_LOWER_WRAPS` lines of a
    wrapped line's length end mid-sentence before a line that goes on in lower case
    (`The harbour trust said on Tuesday that the winter ferry between Kessen ⏎ and the
    islands would stop running …`, an e-mail pasted whole). Then a break wraps its line
    when the line is as long as a wrapped line, ends in a word or a comma, the next line
    opens no paragraph's shape of its own (a bullet, a speaker label, a dateline), and
    either the next line goes on in lower case or, past the first line (the title's
    place), its first word would not have fit on the line (`… Marit ⏎ Hovland said …`
    at the text's width, its longest line). A headline (`Harbour ferry to stop running
    in winter ⏎ By Nadia Okonkwo`) stays a line of its own.
    """
    lengths = [hi - lo for lo, hi in paragraphs]
    if max(lengths) > _WRAP_WIDTH:
        return []
    width = max(lengths)
    lower: list[int] = []
    room: list[int] = []
    for n, ((lo, hi), (start, _)) in enumerate(pairwise(paragraphs)):
        if (
            hi - lo < _MIN_WRAPPED
            or not _MID_SENTENCE_RE.search(text, lo, hi)
            or _PARAGRAPH_SHAPE_RE.match(text, start)
        ):
            continue
        if text[start].islower():
            lower.append(n)
            continue
        word = _FIRST_WORD_RE.match(text, start)
        if n and word is not None and hi - lo + 1 + len(word.group()) > width:
            room.append(n)
    return sorted(lower + room) if len(lower) >= _MIN_LOWER_WRAPS else []
