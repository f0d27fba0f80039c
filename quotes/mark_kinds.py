"""What one quote mark may do, read from its characters alone: open a quote, close one,
or nothing (an apostrophe in ``don't`` or ``'90s``, a prime in ``6'2"``).

:func:`marks_in` lists the candidate marks of one paragraph, each classified by small
rules (:func:`classify` and the functions it calls); :mod:`quotes.marks` pairs them into
quoted spans.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from quotes.language import word_list
from quotes.normalise import CONTROLS, KEYCAP, is_glued_symbol

# --- character classes -------------------------------------------------------------------

#: Each mark character and its family. A closing mark closes the nearest open quote of
#: its own family, whatever the exact characters (sloppy text mixes ``"…”``).
FAMILY: dict[str, str] = {
    **dict.fromkeys('"“”„‟', "double"),
    **dict.fromkeys("'‘’‚‛", "single"),
    **dict.fromkeys("«»", "guillemet"),
    **dict.fromkeys("‹›", "single-guillemet"),
    # rule east-asian-marks: the marks East Asian keyboards type, pasted into English text:
    # the fullwidth `＂We won,＂ she said`, the double primes `〝We won,〞` (or `〟`), the
    # ornaments of a pull quote `❝We won.❞`, and the corner brackets `「We won,」`
    **dict.fromkeys("＂〝〞〟❝❞", "double"),
    **dict.fromkeys("「」", "corner"),
    **dict.fromkeys("『』", "white-corner"),
}
MARK_RE = re.compile("[" + re.escape("".join(FAMILY)) + "]")
_MARK_RUN_RE = re.compile(MARK_RE.pattern + "+")
#: Runs of more adjacent marks than this (four straight quotes, rows of apostrophes) are
#: typographic noise: three levels of nesting closing at once is the most text does.
_MAX_MARK_RUN = 3

#: Marks that only ever open (the low-9 marks and their reversed forms, and the opening
#: East Asian marks: `〝`, `❝`, `「`, `『`).
_OPEN_ONLY = frozenset("„‚‟‛〝❝「『")
#: Marks that only ever close: the closing East Asian marks (`〞`, `〟`, `❞`, `」`, `』`).
_CLOSE_ONLY = frozenset("〞〟❞」』")
#: Marks that lean to opening but close the quote that their partner opened:
#: ``„…“`` and ``‚…‘`` (German), ``»…«`` and ``›…‹`` (German guillemets).
PARTNER_OF: dict[str, frozenset[str]] = {
    "“": frozenset("„‟"),
    "‘": frozenset("‚‛"),
    "«": frozenset("»"),
    "‹": frozenset("›"),
}
#: Guillemets take inner spaces in French (``« Oui »``), so spacing says nothing about them.
GUILLEMETS = frozenset("«»‹›")
_SINGLE_MARKS = frozenset("'‘’‚‛")
#: Curly marks that point back: spaced out (tokenized text), they only close.
RIGHT_MARKS = frozenset("”’")

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
INVISIBLE = frozenset(chr(c) for lo, hi in _INVISIBLE_RANGES for c in range(lo, hi + 1))
INVISIBLE_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _INVISIBLE_RANGES)

#: Characters after which a quote may open: brackets, dashes, slash (plus space, start
#: of paragraph and other quote marks, handled in :func:`_can_open`).
_OPENING_CONTEXT = frozenset("([{<-‐‑‒–—―/")
#: Punctuation that ends a clause, after which a mark glued to the next word opens a
#: quote whose space the writer left out: `Lind:"We learned`, `named."We were`.
_CLAUSE_END = frozenset(":.,;!?")
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

# --- rules for one mark ---------------------------------------------------------------------


def _is_letter(char: str | None) -> bool:
    """Whether ``char`` is a letter or a combining mark (which belongs to a letter)."""
    if char is None:
        return False
    if char.isalpha():
        return True
    # Combining marks start at U+0300; skip the table look-up for everything below.
    return _is_combining(char)


def _neighbour(text: str, i: int, step: int, lo: int, hi: int) -> str | None:
    """The first visible character from ``i`` going by ``step``, inside ``[lo, hi)``.

    Invisible characters (zero-width space, bidi marks) are skipped: they must not turn a
    quote mark's neighbour into "something" or "nothing". A control character is read as
    a space, as the parser reads it: `\x00"We won," Ann said` (a NUL from a database
    field or JSON's `\u0000` before the mark) opens a quote. Before the mark, a
    combining mark is read as the character it sits on (rule combining-mark-base): after
    a letter, `cafe\u0301"`, it is that letter; glued to a space, `She spoke. \u0301"We
    won," …` (a stray accent of a botched conversion), it is that space, so the quote
    opens, where the mark was read as glued to a word and the quote was lost. A keycap
    (U+20E3) is the end of an emoji, not an accent on its `#` or digit (`#️⃣"We won,"`).
    """
    j = i + step
    while lo <= j < hi:
        if text[j] in CONTROLS:  # read as the parser reads them (quotes.normalise)
            return " "
        if text[j] not in INVISIBLE and not (step < 0 and _is_combining(text[j])
                                             and text[j] != KEYCAP):
            return text[j]
        j += step
    return None


def _is_combining(char: str) -> bool:
    """Whether ``char`` is a combining mark, which belongs to the character before it."""
    return char >= "\u0300" and unicodedata.category(char).startswith("M")


def _base_before(text: str, i: int, lo: int) -> str | None:
    """The character right before ``i`` (None at ``lo``), a combining mark read as the
    character it sits on (rule combining-mark-base, see :func:`_neighbour`)."""
    j = i - 1
    while j >= lo and _is_combining(text[j]):
        j -= 1
    return text[j] if j >= lo else None


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
    prev = _base_before(text, i, lo)
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
    dash or another quote mark, and precedes the content (not a space, not ``,;:!?)``);
    or it is glued between a word and the punctuation ending a clause (``Lind:"We
    learned``; it still closes an open quote first, ``"No."Then``) or a sign or symbol
    that ends no word (``…"We``, ``🔥"We``, rule symbol-before-mark: see
    :func:`~quotes.normalise.is_glued_symbol`).
    Guillemets may be spaced inside (French), so they only need something after them;
    the closing-only East Asian marks (`」`) never open.
    """
    if nxt is None or char in _CLOSE_ONLY:
        return False
    if char in GUILLEMETS or char in _OPEN_ONLY:
        return True
    if nxt.isspace() or nxt in _NOT_CONTENT_START:
        return False
    if prev in _CLAUSE_END or is_glued_symbol(prev):
        return nxt.isalnum()
    return prev is None or prev.isspace() or prev in _OPENING_CONTEXT or prev in FAMILY


def _can_close(char: str, prev: str | None) -> bool:
    """Whether the mark may close a quote, judged from its neighbours.

    A closing mark follows the content: any visible character but an opening bracket.
    Low-9 marks (and the other opening-only marks) never close; guillemets only need
    something before them.
    """
    if prev is None or char in _OPEN_ONLY:
        return False
    if char in GUILLEMETS:
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
    return not (char in GUILLEMETS or char in _OPEN_ONLY or (prev is None and nxt is None))


def _is_weak_closer(char: str, prev: str | None) -> bool:
    """Whether a closing mark may instead be a possessive or a prime.

    ``Jones'`` / ``Jones’`` (after an ``s``) and ``6'`` / ``12"`` (after a digit) close a
    quote only when no later mark in the paragraph would close it: see
    :func:`quotes.mark_pairing._has_later_closer`.
    """
    if prev is None:
        return False
    if char in _SINGLE_MARKS and prev in ("s", "S"):
        return True
    return char in "'’\"”" and prev.isdigit()


def _is_markup(char: str, prev: str | None, nxt: str | None) -> bool:
    """Whether a straight mark delimits the value of a markup attribute, not a quotation:
    right after `=` or right before the `>` that closes a tag (`<post author="@ruiz"
    date="4 May">`), also when a line break splits the tag and leaves one mark alone at a
    paragraph's edge."""
    return char in "\"'" and (prev == "=" or nxt == ">")


class Mark(NamedTuple):
    """A mark that may delimit a quote, with what its context allows."""

    pos: int
    char: str
    family: str
    can_open: bool
    can_close: bool
    weak: bool
    spaced: bool = False  # whitespace (or the paragraph edge) on both sides: see _is_spaced


def classify(text: str, i: int, lo: int, hi: int) -> Mark | None:
    """The mark at ``i`` (inside the paragraph ``[lo, hi)``), or None if it delimits nothing."""
    char = text[i]
    if char in _SINGLE_MARKS and _is_apostrophe(text, i, lo, hi):
        return None
    if char in "'’\"”" and _is_prime(text, i, lo):
        return None
    prev = _neighbour(text, i, -1, lo, hi)
    nxt = _neighbour(text, i, 1, lo, hi)
    if _is_markup(char, prev, nxt):
        return None
    if _is_spaced(char, prev, nxt):
        # A straight mark closes an open quote of its family, else opens: the pairing
        # alternates. Curly marks keep their direction: “ and ‘ rather open (see
        # quotes.mark_pairing.Pairer.decide), ” and ’ only close.
        can_open = nxt is not None and char not in RIGHT_MARKS and char not in _CLOSE_ONLY
        return Mark(i, char, FAMILY[char], can_open, prev is not None, False, True)
    can_open = _can_open(char, prev, nxt)
    can_close = _can_close(char, prev)
    if not (can_open or can_close):
        return None
    weak = can_close and _is_weak_closer(char, prev)
    return Mark(i, char, FAMILY[char], can_open, can_close, weak)


def marks_in(text: str, lo: int, hi: int) -> list[Mark]:
    """The candidate marks of the paragraph ``[lo, hi)``, in order.

    Runs of more than ``_MAX_MARK_RUN`` adjacent marks are skipped whole.
    """
    found: list[Mark] = []
    for run in _MARK_RUN_RE.finditer(text, lo, hi):
        if run.end() - run.start() > _MAX_MARK_RUN:
            continue
        for i in range(run.start(), run.end()):
            mark = classify(text, i, lo, hi)
            if mark is not None:
                found.append(mark)
    return found
