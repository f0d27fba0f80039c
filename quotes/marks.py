"""Find the spans that quotation marks delimit in raw text, without spaCy.

This stage runs on every article before any parsing, so it is plain Python over
a regular-expression scan of the mark characters: one pass per paragraph, a
stack of open quotes, and a few small rules (each a function below) that decide
whether a mark opens, closes, or is not a quotation mark at all (an apostrophe,
a prime in ``6'2"``). Offsets always index the text as given.

It does not judge what a span *is* (a quotation, a scare quote, a title): that
needs the parse, and the engine decides it later.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from quotes.language import word_list

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["QuoteSpan", "find_quote_spans", "paragraph_bounds"]


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation delimited by marks. Offsets index the text as given."""

    start: int  # first char of the content (after the opening mark and any spaces)
    end: int  # end of the content (before any spaces and the closing mark, or the paragraph
    # end if unclosed)
    open_start: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark (== end when no closing mark)
    closed: bool  # False when the quote ran to a paragraph end without a closing mark
    nested: tuple[tuple[int, int], ...]  # content offsets of quotes nested inside this one


# --- character classes -------------------------------------------------------------------

#: Each mark character and its family. A closing mark closes the nearest open quote of
#: its own family, whatever the exact characters (sloppy text mixes ``"…”``).
_FAMILY: dict[str, str] = {
    **dict.fromkeys('"“”„‟', "double"),
    **dict.fromkeys("'‘’‚‛", "single"),
    **dict.fromkeys("«»", "guillemet"),
    **dict.fromkeys("‹›", "single-guillemet"),
}
_MARK_RE = re.compile("[" + re.escape("".join(_FAMILY)) + "]")
_MARK_RUN_RE = re.compile(_MARK_RE.pattern + "+")
#: Runs of more adjacent marks than this (four straight quotes, rows of apostrophes) are
#: typographic noise: three levels of nesting closing at once is the most text does.
_MAX_MARK_RUN = 3

#: Marks that only ever open (the low-9 marks and their reversed forms).
_OPEN_ONLY = frozenset("„‚‟‛")
#: Marks that lean to opening but close the quote that their partner opened:
#: ``„…“`` and ``‚…‘`` (German), ``»…«`` and ``›…‹`` (German guillemets).
_PARTNER_OF: dict[str, frozenset[str]] = {
    "“": frozenset("„‟"),
    "‘": frozenset("‚‛"),
    "«": frozenset("»"),
    "‹": frozenset("›"),
}
#: Guillemets take inner spaces in French (``« Oui »``), so spacing says nothing about them.
_GUILLEMETS = frozenset("«»‹›")
_SINGLE_MARKS = frozenset("'‘’‚‛")
#: Curly marks that point back: spaced out (tokenized text), they only close.
_RIGHT_MARKS = frozenset("”’")

#: Invisible formatting characters (zero-width, bidi controls, BOM, soft hyphen): they
#: are skipped when looking at a mark's neighbours and when trimming a paragraph.
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x061C, 0x061C),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
)
_INVISIBLE = frozenset(chr(c) for lo, hi in _INVISIBLE_RANGES for c in range(lo, hi + 1))
_INVISIBLE_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _INVISIBLE_RANGES)
#: Line breaks as :meth:`str.splitlines` knows them; each one ends a paragraph.
_LINE_BREAK_CLASS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: A paragraph: a run of one line's characters that starts and ends with a visible one.
_PARAGRAPH_RE = re.compile(
    rf"[^\s{_INVISIBLE_CLASS}](?:[^{_LINE_BREAK_CLASS}]*[^\s{_INVISIBLE_CLASS}])?"
)

#: Characters after which a quote may open: brackets, dashes, slash (plus space, start
#: of paragraph and other quote marks, handled in :func:`_can_open`).
_OPENING_CONTEXT = frozenset("([{<-‐‑‒–—―/")
#: Characters a quotation does not start with (they end clauses, not start them).
_NOT_CONTENT_START = frozenset(",;:!?)]}")
_OPEN_BRACKETS = frozenset("([{<")
#: Words whose first letters an apostrophe replaces: ``'tis``, ``rock 'n' roll``, ``'em``.
_ELISIONS = word_list("elisions")
#: Clitics that tokenized text splits off with their apostrophe: ``Lincoln 's``, ``we 'll``.
_CLITICS = word_list("clitics")
#: A foot sign followed by inches: ``'2`` or ``' 10"``.
_FEET_INCHES_RE = re.compile(r"""['’](?:\d| ?\d{1,2}["”″])""")
#: The end of a height before its inch sign: ``6'2`` or ``5' 10``.
_INCHES_RE = re.compile(r"\d['’] ?\d{1,2}$")
#: An elided century: ``90s`` or ``08`` after the apostrophe, then no letter or digit.
_YEAR_RE = re.compile(r"\d\ds?(?![^\W_])")
#: How many later marks :func:`_has_later_closer` looks at, to keep the scan linear.
_LOOKAHEAD = 64
#: How many quotes may be open inside one another; a mark that would open one more is
#: skipped. Text nests three deep at most; the bound keeps the work per mark constant
#: (a span records every quote nested in it) on a row of 50,000 opening marks.
_MAX_DEPTH = 16
#: How many following paragraphs :func:`_runs_on` looks at for the closing mark of a
#: spaced quote left open at a paragraph end.
_RUN_ON_PARAGRAPHS = 12


# --- paragraphs -----------------------------------------------------------------------------


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-empty paragraph, trimmed of blanks.

    News text puts one paragraph per line, so every line break (``\\n``, ``\\r\\n``,
    ``\\r`` and the other :meth:`str.splitlines` breaks) ends a paragraph; blank lines are
    skipped. Leading and trailing whitespace and invisible formatting characters are left
    out, so ``text[start]`` and ``text[end - 1]`` are visible characters.
    """
    return [m.span() for m in _PARAGRAPH_RE.finditer(text)]


# --- rules for one mark ---------------------------------------------------------------------


def _is_letter(char: str | None) -> bool:
    """Whether ``char`` is a letter or a combining mark (which belongs to a letter)."""
    if char is None:
        return False
    if char.isalpha():
        return True
    # Combining marks start at U+0300; skip the table look-up for everything below.
    return char >= "\u0300" and unicodedata.category(char).startswith("M")


def _neighbour(text: str, i: int, step: int, lo: int, hi: int) -> str | None:
    """The first visible character from ``i`` going by ``step``, inside ``[lo, hi)``.

    Invisible characters (zero-width space, bidi marks) are skipped: they must not turn a
    quote mark's neighbour into "something" or "nothing".
    """
    j = i + step
    while lo <= j < hi:
        if text[j] not in _INVISIBLE:
            return text[j]
        j += step
    return None


def _word_after(text: str, i: int, hi: int) -> str:
    """The run of letters right after position ``i`` (bounded by ``hi``)."""
    j = i + 1
    while j < hi and _is_letter(text[j]):
        j += 1
    return text[i + 1 : j]


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the single mark at ``i`` is an apostrophe rather than a quotation mark.

    An apostrophe sits between two letters (``don't``, ``O'Brien``, ``ma'am``), elides the
    start of a known word (``'tis``, ``'em``, ``rock 'n' roll``, both marks of ``'n'``) or
    of a year (``'90s``, ``'08``), or starts a clitic that tokenized text splits off
    (``Lincoln 's``, ``we 'll``, ``they 're``). Possessives (``Jones'``) are only *weak*
    closers, see :func:`_is_weak_closer`, because ``'the boys'`` must still close.
    """
    prev = text[i - 1] if i > lo else None
    nxt = text[i + 1] if i + 1 < hi else None
    prev_is_letter = _is_letter(prev)
    if _is_letter(nxt):
        if prev_is_letter:
            return True
        word = _word_after(text, i, hi).lower()
        if word in _ELISIONS or word in _CLITICS:
            return True
    elif nxt is not None and not prev_is_letter and _YEAR_RE.match(text, i + 1, hi):
        return True
    # The second mark of ``'n'``: the letter ``n`` right after another single mark.
    return (
        prev in ("n", "N")
        and i - 2 >= lo
        and text[i - 2] in _SINGLE_MARKS
        and (i - 3 < lo or not _is_letter(text[i - 3]))
    )


def _is_prime(text: str, i: int, lo: int) -> bool:
    """Whether the mark at ``i`` is a foot or inch sign, as in ``6'2"`` or ``5' 10"``.

    A ``'`` right after a digit and followed by inches (``6'2``, ``5' 10"``) is a foot
    sign, and a ``"`` after the inches of such a height is an inch sign. A lone ``12"``
    is ambiguous (it may close ``"we lost 12"``), so it is only a weak closer.
    """
    if i <= lo or not text[i - 1].isdigit():
        return False
    if text[i] in "'’":
        return _FEET_INCHES_RE.match(text, i) is not None
    return _INCHES_RE.search(text[max(lo, i - 6) : i]) is not None


def _can_open(char: str, prev: str | None, nxt: str | None) -> bool:
    """Whether the mark may open a quote, judged from its neighbours.

    An opening mark follows the start of the paragraph, a space, an opening bracket, a
    dash or another quote mark, and precedes the content (not a space, not ``,;:!?)``).
    Guillemets may be spaced inside (French), so they only need something after them.
    """
    if nxt is None:
        return False
    if char in _GUILLEMETS or char in _OPEN_ONLY:
        return True
    if nxt.isspace() or nxt in _NOT_CONTENT_START:
        return False
    return prev is None or prev.isspace() or prev in _OPENING_CONTEXT or prev in _FAMILY


def _can_close(char: str, prev: str | None) -> bool:
    """Whether the mark may close a quote, judged from its neighbours.

    A closing mark follows the content: any visible character but an opening bracket.
    Low-9 marks never close; guillemets only need something before them.
    """
    if prev is None or char in _OPEN_ONLY:
        return False
    if char in _GUILLEMETS:
        return True
    return not prev.isspace() and prev not in _OPEN_BRACKETS


def _is_spaced(char: str, prev: str | None, nxt: str | None) -> bool:
    """Whether the mark stands alone between spaces, as tokenized text writes every mark.

    ``" Good night , " said the man .`` puts spaces on both sides of each mark (or the
    paragraph edge on one side), so the spacing cannot say whether it opens or closes: it
    is ambiguous, and the pairing alternates (open, close, open, ...) within the paragraph.
    A mark alone in its paragraph is not spaced (it delimits nothing). Guillemets and
    low-9 marks keep their own rules.
    """
    if not ((prev is None or prev.isspace()) and (nxt is None or nxt.isspace())):
        return False
    return not (char in _GUILLEMETS or char in _OPEN_ONLY or (prev is None and nxt is None))


def _is_weak_closer(char: str, prev: str | None) -> bool:
    """Whether a closing mark may instead be a possessive or a prime.

    ``Jones'`` / ``Jones’`` (after an ``s``) and ``6'`` / ``12"`` (after a digit) close a
    quote only when no later mark in the paragraph would close it: see
    :func:`_has_later_closer`.
    """
    if prev is None:
        return False
    if char in _SINGLE_MARKS and prev in ("s", "S"):
        return True
    return char in "'’\"”" and prev.isdigit()


class _Mark(NamedTuple):
    """A mark that may delimit a quote, with what its context allows."""

    pos: int
    char: str
    family: str
    can_open: bool
    can_close: bool
    weak: bool
    spaced: bool = False  # whitespace (or the paragraph edge) on both sides: see _is_spaced


def _classify(text: str, i: int, lo: int, hi: int) -> _Mark | None:
    """The mark at ``i`` (inside the paragraph ``[lo, hi)``), or None if it delimits nothing."""
    char = text[i]
    if char in _SINGLE_MARKS and _is_apostrophe(text, i, lo, hi):
        return None
    if char in "'’\"”" and _is_prime(text, i, lo):
        return None
    prev = _neighbour(text, i, -1, lo, hi)
    nxt = _neighbour(text, i, 1, lo, hi)
    if _is_spaced(char, prev, nxt):
        # A straight mark closes an open quote of its family, else opens: the pairing
        # alternates. Curly marks keep their direction: “ and ‘ rather open (see
        # _Pairer.decide), ” and ’ only close.
        can_open = nxt is not None and char not in _RIGHT_MARKS
        return _Mark(i, char, _FAMILY[char], can_open, prev is not None, False, True)
    can_open = _can_open(char, prev, nxt)
    can_close = _can_close(char, prev)
    if not (can_open or can_close):
        return None
    weak = can_close and _is_weak_closer(char, prev)
    return _Mark(i, char, _FAMILY[char], can_open, can_close, weak)


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    """The candidate marks of the paragraph ``[lo, hi)``, in order.

    Runs of more than ``_MAX_MARK_RUN`` adjacent marks are skipped whole.
    """
    found: list[_Mark] = []
    for run in _MARK_RUN_RE.finditer(text, lo, hi):
        if run.end() - run.start() > _MAX_MARK_RUN:
            continue
        for i in range(run.start(), run.end()):
            mark = _classify(text, i, lo, hi)
            if mark is not None:
                found.append(mark)
    return found


def _has_later_closer(marks: list[_Mark], k: int) -> bool:
    """Whether a later mark of the same family closes something left open before it.

    Used on weak closers: in ``'The Jones' house is empty,' he said`` the ``,'`` closes
    the quote, so ``Jones'`` is a possessive. Openers after ``k`` and their closers cancel
    out; only ``_LOOKAHEAD`` marks are looked at, to keep the scan linear.
    """
    family = marks[k].family
    depth = 0
    for mark in marks[k + 1 : k + 1 + _LOOKAHEAD]:
        if mark.family != family:
            continue
        if mark.can_close:
            if depth == 0:
                return True
            depth -= 1
        else:
            depth += 1
    return False


def _may_run_unclosed(text: str, mark: _Mark, lo: int) -> bool:
    """Whether an opener left unclosed at its paragraph end still makes a quote.

    Double quotes and guillemets do (``closed=False``, or continued by the next paragraph).
    A single mark does only at the paragraph start or after a colon (``he said: 'We``),
    since elsewhere an unclosed one is far more often an apostrophe we did not recognise.
    A spaced mark never ends unclosed (see :meth:`_Pairer.end_paragraph`), but may run on
    to its closing mark a few paragraphs on; a spaced single one only if no word comes
    right before it (``the boys ' hats`` and ``t ' ee`` are apostrophes).
    """
    if mark.family != "single":
        return True
    j = mark.pos - 1
    while j >= lo and (text[j].isspace() or text[j] in _INVISIBLE):
        j -= 1
    if mark.spaced:
        return j < lo or not text[j].isalnum()
    return j < lo or text[j] == ":"


# --- pairing ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Open:
    """A quote opened and not yet closed, with the quotes closed inside it so far."""

    mark: _Mark
    eligible: bool
    children: list[QuoteSpan] = field(default_factory=list)


def _flatten(children: list[QuoteSpan]) -> tuple[tuple[int, int], ...]:
    """The content offsets of ``children`` and of everything nested in them, by start."""
    out: list[tuple[int, int]] = []
    for child in children:
        out.append((child.start, child.end))
        out.extend(child.nested)
    return tuple(sorted(out))


def _is_blank(content: str) -> bool:
    """Whether the content has no word in it: only spaces, invisibles and quote marks.

    Such a "quote" quotes nothing (an empty pair, or marks around marks), so it is dropped.
    """
    return all(c.isspace() or c in _INVISIBLE or c in _FAMILY for c in content)


class _Pairer:
    """Pairs the marks of one document, paragraph by paragraph, with a stack."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.results: list[QuoteSpan] = []
        self.stack: list[_Open] = []
        self.by_family: dict[str, list[_Open]] = {}

    def push(self, entry: _Open) -> None:
        """Open a quote."""
        self.stack.append(entry)
        self.by_family.setdefault(entry.mark.family, []).append(entry)

    def pop(self) -> _Open:
        """Remove the innermost open quote."""
        entry = self.stack.pop()
        self.by_family[entry.mark.family].pop()
        return entry

    def nearest(self, family: str) -> _Open | None:
        """The innermost open quote of ``family``, if any."""
        entries = self.by_family.get(family)
        return entries[-1] if entries else None

    def emit(self, spans: list[QuoteSpan]) -> None:
        """Hand finished spans to the enclosing open quote, or to the results."""
        (self.stack[-1].children if self.stack else self.results).extend(spans)

    def drop(self) -> None:
        """Forget the innermost open quote (an orphan mark), keeping what it enclosed."""
        self.emit(self.pop().children)

    def finish(self, entry: _Open, end: int, close_end: int, closed: bool) -> None:
        """Turn a popped open quote into a span; empty content is dropped.

        The content is trimmed of the whitespace next to its marks (``" Good night , "``
        gives ``Good night ,``), except inside guillemets, where French spaces belong to
        the quote.
        """
        start = entry.mark.pos + 1
        if _is_blank(self.text[start:end]):
            self.emit(entry.children)
            return
        if entry.mark.char not in _GUILLEMETS:
            while self.text[start].isspace():
                start += 1
            while self.text[end - 1].isspace():
                end -= 1
        span = QuoteSpan(start, end, entry.mark.pos, close_end, closed, _flatten(entry.children))
        self.emit([span])

    def close(self, family: str, pos: int) -> None:
        """Close the innermost open quote of ``family`` at the mark ``pos``.

        Quotes opened inside it and still open are orphans: dropped, their content kept.
        """
        while self.stack[-1].mark.family != family:
            self.drop()
        self.finish(self.pop(), pos, pos + 1, closed=True)

    def decide(self, marks: list[_Mark], k: int) -> str:
        """Whether the mark ``k`` opens, closes or does nothing, given what is open.

        A mark that could do both closes when a quote of its family is open, else opens;
        ``“``, ``‘``, ``«`` and ``‹`` rather open, and close only the quote their partner
        opened (``„…“``) or, in sloppy text, a quote they cannot open (``“Hi,“ he said``).
        A weak closer closes only if no later mark would close instead.
        """
        mark = marks[k]
        open_quote = self.nearest(mark.family)
        closable = mark.can_close and open_quote is not None
        if closable and mark.weak and _has_later_closer(marks, k):
            return "skip"
        partners = _PARTNER_OF.get(mark.char)
        if partners is not None and closable and open_quote is not None:
            if open_quote.mark.char in partners or not mark.can_open:
                return "close"
            return "open"
        if closable:
            return "close"
        if mark.can_open:
            return "open"
        return "skip"

    def paragraph(self, lo: int, marks: list[_Mark], reopened: bool) -> None:
        """Pair the marks of the paragraph starting at ``lo``.

        A quote still open here was carried over by :meth:`end_paragraph`; when it was
        ``reopened``, the paragraph's first mark is the re-opening mark: part of the content.
        """
        for k in range(1 if reopened else 0, len(marks)):
            action = self.decide(marks, k)
            if action == "close":
                self.close(marks[k].family, marks[k].pos)
            elif action == "open" and len(self.stack) < _MAX_DEPTH:
                mark = marks[k]
                self.push(_Open(mark, _may_run_unclosed(self.text, mark, lo)))

    def end_paragraph(self, hi: int, reopens: _Mark | None, runs_on: Callable[[str], bool]) -> bool:
        """Settle the quotes still open at a paragraph end; True if the next one reopens.

        The outermost one allowed to run unclosed survives: it continues when the next
        paragraph opens with a mark of its family (``reopens``), or, opened by a spaced
        mark, when ``runs_on`` its family; else it ends here with ``closed=False``. Every
        other open mark is an orphan and is dropped.
        """
        keep = next((i for i, entry in enumerate(self.stack) if entry.eligible), None)
        while len(self.stack) > (0 if keep is None else keep + 1):
            self.drop()
        if keep is None:
            return False
        survivor = self.pop()
        while self.stack:
            self.drop()
        family = survivor.mark.family
        if reopens is not None and reopens.family == family:
            self.push(survivor)
            return True
        if survivor.mark.spaced and runs_on(family):
            self.push(survivor)
        elif survivor.mark.spaced:
            self.emit(survivor.children)  # never closed: a stray mark, not a quote
        else:
            self.finish(survivor, hi, hi, closed=False)
        return False


def _reopening_mark(text: str, lo: int, hi: int) -> _Mark | None:
    """The mark that opens the paragraph ``[lo, hi)``, if it starts with one that can open.

    News style repeats the opening mark at the start of each paragraph of a long quote
    and closes only the last one; this is the mark that says "still quoting".
    """
    if not _MARK_RE.match(text, lo, hi):
        return None
    mark = _classify(text, lo, lo, hi)
    return mark if mark is not None and mark.can_open else None


class _MarkCache:
    """The marks of each paragraph, computed once, kept only while they may be looked at."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.cache: dict[int, list[_Mark]] = {}

    def __getitem__(self, n: int) -> list[_Mark]:
        marks = self.cache.get(n)
        if marks is None:
            marks = self.cache[n] = _marks(self.text, *self.paragraphs[n])
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
    first: _Mark | None = None
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
                if mark.char in _RIGHT_MARKS:
                    return True
            elif line_start and not mark.can_close:
                return count % 2 == 1  # a paragraph opening with a mark starts afresh
            line_start = False
            count += 1
    return count % 2 == 1


def _after_word(text: str, mark: _Mark) -> bool:
    """Whether a single mark that can close comes right after a letter or digit."""
    if mark.family != "single":
        return False
    j = mark.pos - 1
    while text[j].isspace() or text[j] in _INVISIBLE:
        j -= 1  # the mark can close, so a visible character precedes it
    return text[j].isalnum()


#: Two-character double quotes: the doubled apostrophes of newspaper archives
#: (``''We won,'' he said.``) and the doubled backticks of TeX-style text (````We won''``).
#: (Not ``don''t``: a doubled apostrophe between two letters is a typo for one.)
_DOUBLED_RE = re.compile(r"(?<![^\W_])''|''(?![^\W_])|``")


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """The quotations delimited by marks in ``text``, sorted by start, non-overlapping.

    Doubled apostrophes and backticks count as one double quote mark.

    Quotes nested inside another are kept in the outer span's ``nested``; a quote that a
    paragraph leaves open continues into the next paragraph if that one opens with a mark
    of the same family (or, opened by a spaced mark, if the quote closes a few paragraphs
    on: see :func:`_runs_on`), and otherwise ends at its paragraph end (``closed=False``).
    Orphan marks and empty pairs are skipped; no input makes this raise.
    """
    if "''" in text or "``" in text:
        return _doubled_marks_as_one(text)
    return _find(text)


def _doubled_marks_as_one(text: str) -> list[QuoteSpan]:
    """Find the spans with each ``''`` read as an invisible character and a ``"``, then
    move each opening mark back over its first character so offsets index ``text``."""
    spans = _find(_DOUBLED_RE.sub('\u200b"', text))
    moved = []
    for span in spans:
        if _DOUBLED_RE.match(text, span.open_start - 1):
            span = replace(span, open_start=span.open_start - 1)
        if span.end > span.start and _DOUBLED_RE.match(text, span.end - 1):
            span = replace(span, end=span.end - 1)
        moved.append(span)
    return moved


def _find(text: str) -> list[QuoteSpan]:
    pairer = _Pairer(text)
    paragraphs = paragraph_bounds(text)
    paragraph_marks = _MarkCache(text, paragraphs)
    reopened = False
    for n, (lo, hi) in enumerate(paragraphs):
        pairer.paragraph(lo, paragraph_marks[n], reopened)
        paragraph_marks.forget(n)
        reopens = None
        if n + 1 < len(paragraphs):
            reopens = _reopening_mark(text, *paragraphs[n + 1])
        reopened = pairer.end_paragraph(
            hi, reopens, lambda family, n=n: _runs_on(text, paragraph_marks, n, family)
        )
    return sorted(pairer.results, key=lambda span: span.start)
