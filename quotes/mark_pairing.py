"""Pair the quotation marks of a text into spans, paragraph by paragraph, with a stack.

A step of :mod:`quotes.marks`, which finds the paragraphs, reads each one's marks
(:mod:`quotes.mark_kinds` says what one mark may do: open, close or nothing) and decides
whether a quote left open runs on into the next paragraph. This module holds what one
paragraph's marks do together: which quote a mark closes, whether a weak closer is an
apostrophe after all, which open quotes are orphans, and the :class:`QuoteSpan` a pair
makes. Offsets always index the text as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotes.mark_kinds import FAMILY, GUILLEMETS, INVISIBLE, PARTNER_OF, RIGHT_MARKS, Mark

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Pairer", "QuoteSpan"]


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


#: How many later marks :func:`_has_later_closer` looks at, to keep the scan linear.
_LOOKAHEAD = 64
#: The most characters a quote left unclosed at its paragraph's end may hold (from its
#: opening mark). A quote whose writer forgot its closing mark runs to the paragraph's end,
#: a few hundred characters in news (none over 900 in the corpora we test on); one `"`
#: before a whole book on one line made a row of 1,500,000 characters, and a `"` before a
#: long paragraph of a page's text a row of all of it. Past this the mark is an orphan
#: (rule unclosed-too-long); a quote that closes is kept at any length.
MAX_UNCLOSED_CHARS = 5_000
#: How many levels of quotes nested inside it a span records (``QuoteSpan.nested``). Text
#: nests three deep at most; marks nested deeper still pair (the outer quote of marks
#: nested 2,000 deep ends at its own closing mark), but a quote opened inside this many
#: others is recorded in none of them, so each quote is recorded at most this many times
#: and the work stays linear in the marks.
_MAX_RECORDED = 16


# --- rules over a paragraph's marks (one mark alone: quotes.mark_kinds) ------------------


def _has_later_closer(
    marks: list[Mark], k: int, family: str | None = None, until: str | None = None
) -> bool:
    """Whether a later mark of `family` (mark ``k``'s own by default) closes something
    left open before it, before a mark of the family `until` that can open, if given.

    Used on weak closers: in ``'The Jones' house is empty,' he said`` the ``,'`` closes
    the quote, so ``Jones'`` is a possessive. Openers after ``k`` and their closers cancel
    out; only ``_LOOKAHEAD`` marks are looked at, to keep the scan linear.
    """
    family = family or marks[k].family
    depth = 0
    for mark in marks[k + 1 : k + 1 + _LOOKAHEAD]:
        if mark.family == until and mark.can_open:
            return False
        if mark.family != family:
            continue
        if mark.can_close:
            if depth == 0:
                return True
            depth -= 1
        else:
            depth += 1
    return False


def _opens_reversed(marks: list[Mark], k: int) -> bool:
    """Whether a right double mark that nothing open can take opens a quote: sloppy text
    that types ``”`` at both ends (``He says,” there are people nobody listens to.”``, a
    paragraph opening ``” … they are not like him,” she said``). Only when the next mark
    of its family closes and only closes, glued to the words it ends (``him,”``), so a
    stray closer before a quote that opens properly (``“``) is still skipped, and
    tokenized text, whose marks stand apart, is left to its own rule."""
    if marks[k].char != "”":
        return False
    family = marks[k].family
    after = next((m for m in marks[k + 1 :] if m.family == family), None)
    return after is not None and after.can_close and not after.can_open and not after.spaced


def _may_run_unclosed(text: str, mark: Mark, lo: int) -> bool:
    """Whether an opener left unclosed at its paragraph end still makes a quote.

    Double quotes and guillemets do (``closed=False``, or continued by the next paragraph).
    A single mark does only at the paragraph start or after a colon (``he said: 'We``),
    since elsewhere an unclosed one is far more often an apostrophe we did not recognise.
    A spaced mark never ends unclosed (see :meth:`Pairer.end_paragraph`), but may run on
    to its closing mark a few paragraphs on; a spaced single one only if no word comes
    right before it (``the boys ' hats`` and ``t ' ee`` are apostrophes).
    """
    if mark.family != "single":
        return True
    j = mark.pos - 1
    while j >= lo and (text[j].isspace() or text[j] in INVISIBLE):
        j -= 1
    if mark.spaced:
        return j < lo or not text[j].isalnum()
    return j < lo or text[j] == ":"


#: What ends a sentence before a quote mark.
_SENTENCE_ENDS = frozenset(".?!…")
#: What may stand between a quote's last word and its closing double mark: the closing
#: single mark of a quote it ends with (`…, 'Do you understand,'” she said`).
_INNER_CLOSERS = "'’ "


def _new_turn(text: str, marks: list[Mark], k: int) -> bool:
    """Whether the double mark ``k``, opening inside an open double quote or re-opening
    one at its paragraph's start, starts a new quotation instead: its writer ended the
    quote before it at the sentence before.

    A quote nested in another takes the other family's marks, and a quote running over
    paragraphs goes on with each one's opening mark; but a quote in the same marks that
    opens a sentence and ends with a comma before its closing mark, so a tag follows it,
    is a turn of its own (`"It's not a strategy. "Calling it names changes nothing," she
    said.`, and the same turn opening the next paragraph): the first quote ends at
    `strategy.`. Not in tokenized text, whose spaced marks (:func:`_may_run_unclosed`)
    run a quote over its lines as they stand.
    """
    mark = marks[k]
    if mark.family != "double" or mark.spaced:
        return False
    j = mark.pos - 1
    while j >= 0 and (text[j].isspace() or text[j] in INVISIBLE):
        j -= 1
    if j < 0 or text[j] not in _SENTENCE_ENDS:
        return False
    closer = next((m for m in marks[k + 1 :] if m.family == "double"), None)
    if closer is None or not closer.can_close:
        return False
    return text[mark.pos + 1 : closer.pos].rstrip(_INNER_CLOSERS).endswith(",")


#: The left curly mark of the other family that a right curly mark closes when no quote
#: of its own family is open (:func:`_closes_other_family`).
_CROSS_OPENER = {"”": "‘", "’": "“"}
#: What ends a quote's words before a right single mark that closes a double quote: a
#: single mark after a letter is a possessive (`the boys’ club`), never such a closer.
_QUOTE_END_PUNCT = frozenset(",.!?…;:")


def _closes_other_family(text: str, marks: list[Mark], k: int, innermost: Mark) -> bool:
    """Whether the right curly ``mark``, with no quote of its own family open, closes the
    innermost open quote, opened by the left curly mark of the other family: a writer who
    typed the two ends of one quotation in two families (`the boy was ‘badly hurt” and`,
    `“We will not back down,’ Ana Ruiz said`). A reader takes both marks as one quote;
    paired only by family, the opener was an orphan and the closer skipped, and a clause
    ran on past both. A single right mark closes so only after the punctuation that ends
    a quote's words (`,’`), never after a letter (`boys’`); and neither does when a later
    mark of the opener's own family closes it (`“… calls it a ‘s–t show,’ in part …,”
    he writes`, whose `‘s` reads as an apostrophe). Not in tokenized text, whose spaced
    marks pair by their own rules.
    """
    mark = marks[k]
    if mark.spaced or innermost.spaced or mark.can_open:
        return False
    if _CROSS_OPENER.get(mark.char) != innermost.char:
        return False
    # a later mark closes the quote left open before the next quotation of mark `k`'s
    # family opens: `… ‘badly hurt” and would appeal. “This ruling …,’ Tan said`
    if _has_later_closer(marks, k, innermost.family, until=mark.family):
        return False
    if mark.char == "’":
        j = mark.pos - 1
        while j >= 0 and text[j] in INVISIBLE:
            j -= 1
        return j >= 0 and text[j] in _QUOTE_END_PUNCT
    return True


# --- pairing ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Open:
    """A quote opened and not yet closed, with the quotes closed inside it so far."""

    mark: Mark
    eligible: bool
    depth: int = 0  # how many quotes were open around it when it opened
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
    return all(c.isspace() or c in INVISIBLE or c in FAMILY for c in content)


class Pairer:
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

    def wrappable_family(self) -> str | None:
        """The family of the quote that would survive a paragraph end here (the outermost
        one allowed to run unclosed, see :meth:`end_paragraph`), when its mark is not
        spaced: such a quote may go on over a line break that only wraps its paragraph
        (:mod:`quotes.line_wraps`). Tokenized text's spaced marks run on by their own rule.
        """
        keep = next((entry for entry in self.stack if entry.eligible), None)
        return None if keep is None or keep.mark.spaced else keep.mark.family

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
        if entry.depth >= _MAX_RECORDED:
            return  # too deep to be recorded in the quotes around it
        if _is_blank(self.text[start:end]):
            self.emit(entry.children)
            return
        if entry.mark.char not in GUILLEMETS:
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

    def end_unclosed(self, family: str, pos: int) -> None:
        """End the innermost open quote of ``family`` before the mark at ``pos``, as a
        quote its writer left unclosed (``closed=False``); quotes opened inside it and
        still open are orphans, as in :meth:`close`."""
        while self.stack[-1].mark.family != family:
            self.drop()
        self.finish(self.pop(), pos, pos, closed=False)

    def decide(self, marks: list[Mark], k: int) -> str:
        """Whether the mark ``k`` opens, closes or does nothing, given what is open.

        A mark that could do both closes when a quote of its family is open, else opens;
        ``“``, ``‘``, ``«`` and ``‹`` rather open, and close only the quote their partner
        opened (``„…“``) or, in sloppy text, a quote they cannot open (``“Hi,“ he said``).
        A weak closer closes only if no later mark would close instead. A right curly
        mark with no quote of its own family open may close the innermost quote, opened
        by the left curly mark of the other family (``close-other``, rule
        cross-family-close: :func:`_closes_other_family`).
        """
        mark = marks[k]
        open_quote = self.nearest(mark.family)
        closable = mark.can_close and open_quote is not None
        if closable and mark.weak and _has_later_closer(marks, k):
            return "skip"
        partners = PARTNER_OF.get(mark.char)
        if partners is not None and closable and open_quote is not None:
            if open_quote.mark.char in partners or not mark.can_open:
                return "close"
            return "open"
        if closable:
            return "close"
        # rule cross-family-close: `the boy was ‘badly hurt” and …`
        if (
            mark.char in RIGHT_MARKS
            and mark.can_close
            and open_quote is None
            and self.stack
            and _closes_other_family(self.text, marks, k, self.stack[-1].mark)
        ):
            return "close-other"
        if mark.can_open or (open_quote is None and _opens_reversed(marks, k)):
            return "open"
        return "skip"

    def paragraph(self, lo: int, marks: list[Mark], reopened: bool) -> None:
        """Pair the marks of the paragraph starting at ``lo``.

        A quote still open here was carried over by :meth:`end_paragraph`; when it was
        ``reopened``, the paragraph's first mark is the re-opening mark: part of the content.
        """
        first = 0
        if reopened:
            first = 1
            # rule new-turn, at a paragraph's start: `"… strategy.¶"Calling it …," she said.`
            # (a quote run on by its spaced mark may reach a paragraph with no mark, or
            # whose first mark is of another family)
            if marks and self.nearest(marks[0].family) is not None and _new_turn(
                self.text, marks, 0
            ):
                self.end_unclosed(marks[0].family, marks[0].pos)
                first = 0
        for k in range(first, len(marks)):
            action = self.decide(marks, k)
            if action == "close":
                self.close(marks[k].family, marks[k].pos)
            elif action == "close-other":
                pos = marks[k].pos
                self.finish(self.pop(), pos, pos + 1, closed=True)
            elif action == "open":
                mark = marks[k]
                # rule new-turn: `"… strategy. "Calling it names …," she said.`
                if self.nearest(mark.family) is not None and _new_turn(self.text, marks, k):
                    self.end_unclosed(mark.family, mark.pos)
                self.push(_Open(mark, _may_run_unclosed(self.text, mark, lo), len(self.stack)))

    def end_paragraph(
        self, hi: int, reopens: Mark | None, runs_on: Callable[[str], bool], cut: bool = False
    ) -> bool:
        """Settle the quotes still open at a paragraph end; True if the next one reopens.

        The outermost one allowed to run unclosed survives: it continues when the next
        paragraph opens with a mark of its family (``reopens``), or, opened by a spaced
        mark, when ``runs_on`` its family; else it ends here with ``closed=False``, unless
        it holds more than :data:`MAX_UNCLOSED_CHARS` (an orphan then), or the paragraph
        ends only where a piece of a longer text is `cut`, where the quote may yet close.
        Every other open mark is an orphan and is dropped.
        """
        keep = next((i for i, entry in enumerate(self.stack) if entry.eligible), None)
        while len(self.stack) > (0 if keep is None else keep + 1):
            self.drop()
        if keep is None:
            return False
        survivor = self.pop()
        while self.stack:
            self.drop()
        survivor.depth = 0  # the outermost quote now
        family = survivor.mark.family
        if reopens is not None and reopens.family == family:
            self.push(survivor)
            return True
        if survivor.mark.spaced and runs_on(family):
            self.push(survivor)
        elif survivor.mark.spaced:
            self.emit(survivor.children)  # never closed: a stray mark, not a quote
        elif hi - survivor.mark.pos > MAX_UNCLOSED_CHARS and not cut:
            self.emit(survivor.children)  # rule unclosed-too-long: a stray mark
        else:
            self.finish(survivor, hi, hi, closed=False)
        return False
