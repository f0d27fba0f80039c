"""Rows of a quotation that a parse piece's end cuts (:meth:`quotes.engine.Engine.chunks`).

A text over the piece limit is parsed in pieces that end at paragraph starts no quotation
spans; only a quotation longer than a piece is cut, and each piece is read alone, so its
rows would stop at the cut and the next piece's would lose their speaker. Two named steps
mend them once every piece is read, so such a quote comes out as if read whole:

- :func:`run_on`: a row cut inside its paragraph runs on to its quotation's end there;
- :func:`speaker_carried`: the paragraphs of the quotation after the cut, which the
  next piece finds with no speaker, take the speaker of the rows before it.

A piece cut inside a paragraph keeps a quote open at its end whatever its length (it may
close past the cut: :func:`quotes.marks.find_quote_spans`); when the whole text shows it
never closes and holds too much to be a quote (rule unclosed-too-long), its row is
dropped (:func:`_unclosed_row`).

Only a cut that a row runs up to (a quotation left open there) is looked at, and the text
is read for its marks once, from the paragraph of the first such row on (:class:`_Marks`):
mending costs nothing on text whose cuts no quotation crosses, and a quotation over a
hundred pieces is not read again at each of its cuts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from quotes.mark_kinds import FAMILY
from quotes.mark_pairing import QuoteSpan
from quotes.marks import find_quote_spans
from quotes.records import Quote

#: What a row continued across a cut takes from the row before it: who said it and how.
_SPEAKER_FIELDS = (
    "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue", "cue_start",
    "cue_end", "method", "confidence", "cue_class",
)


def joined_across_pieces(quotes: list[Quote], text: str, cuts: list[int]) -> list[Quote]:
    """`quotes` (offsets into the whole `text`, in text order) with the rows each side of
    every cut in `cuts` (the starts of the pieces after the first) mended where a
    quotation crosses the cut."""
    if not cuts:
        return quotes
    quotes = list(quotes)
    starts = [q.start for q in quotes]
    marks = _Marks(text)
    for cut, next_cut in zip(cuts, [*cuts[1:], len(text)], strict=True):
        k = bisect_left(starts, cut) - 1
        if k < 0 or text[quotes[k].end : cut].strip():
            continue  # no row runs up to the cut: no quotation is left open there
        span = marks.across(text.rfind("\n", 0, quotes[k].start) + 1, cut, next_cut)
        if span is None:
            if _unclosed_row(quotes[k], text, marks):
                del quotes[k]
                del starts[k]
            continue
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        quotes[lo:hi] = speaker_carried(run_on(quotes[lo:hi], text, span, cut), text, span, cut)
        starts = [q.start for q in quotes]
    return quotes


def _unclosed_row(row: Quote, text: str, marks: _Marks) -> bool:
    """Whether `row`, run up to a cut, is a direct quote from an opening mark that the
    whole text pairs with nothing: the piece before the cut kept the mark open, as it
    might have closed past the cut (`"` then a paragraph of 1,500,000 characters)."""
    before = row.start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    opening = text[before] if before >= 0 else ""
    return row.type == "direct" and opening in FAMILY and not marks.holds(row.start)


class _Marks:
    """The quotations of a text, read once from the first paragraph asked about to the
    text's end (again only for a paragraph before that one), and looked up by a cut."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = len(text)
        self.spans: list[QuoteSpan] = []
        self.starts: list[int] = []

    def across(self, start: int, cut: int, end: int) -> QuoteSpan | None:
        """The quotation read from the paragraph at `start` whose content runs over
        `cut`, if one does, as far as `end` (the next cut: the rest is the next cut's).

        `He said: "… 2.5 million characters …"`: each of its hundred cuts finds the
        quotation read once, not the text from its start read again to that cut.
        """
        if start < self.start:
            self.start = start
            self.spans = [
                replace(span, start=span.start + start, end=span.end + start,
                        open_start=span.open_start + start,
                        close_end=span.close_end + start, nested=())
                for span in find_quote_spans(self.text[start:])
            ]
            self.starts = [span.start for span in self.spans]
        k = bisect_left(self.starts, cut) - 1
        if k < 0 or self.spans[k].end <= cut:
            return None
        span = self.spans[k]
        return span if span.end <= end else replace(span, end=end, close_end=end, closed=False)

    def holds(self, at: int) -> bool:
        """Whether a quotation read by :meth:`across` holds the character `at`."""
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and self.spans[k].end > at


def run_on(quotes: list[Quote], text: str, span: QuoteSpan, cut: int) -> list[Quote]:
    """A quotation cut inside a paragraph: its row before the cut runs on to where the
    quotation (or, when it runs over paragraphs, the paragraph) ends, and rows the next
    piece found in that tail, read without the quote's opening mark, are dropped.

    `Ana Ruiz said: "… 30,000 characters …"`: one row to the closing mark, not one that
    stops at the first piece's end.
    """
    if text[cut - 1] == "\n":  # a paragraph start: each paragraph has its own row
        return quotes
    line_end = text.find("\n", cut)
    end = span.end if line_end < 0 else min(span.end, line_end)
    while end > cut and text[end - 1].isspace():
        end -= 1
    cut_row = next(
        (q for q in reversed(quotes) if q.start < cut and not text[q.end : cut].strip()), None
    )
    if cut_row is None:
        return quotes
    longer = replace(cut_row, end=end, text=text[cut_row.start : end])
    return [
        longer if q is cut_row else q
        for q in quotes
        if q is cut_row or not cut <= q.start < end
    ]


def speaker_carried(quotes: list[Quote], text: str, span: QuoteSpan, cut: int) -> list[Quote]:
    """The rows of a quotation after a cut that have no speaker and open one of its
    paragraphs take the speaker, cue and rule of its last row before the cut that has
    one: the paragraphs of one long quoted speech, each opening with a mark, are all the
    first speaker's.
    """
    before = next((q for q in reversed(quotes) if q.start < cut and q.speaker), None)
    if before is None:
        return quotes
    said = {field: getattr(before, field) for field in _SPEAKER_FIELDS}
    return [
        replace(q, **said)
        if cut <= q.start and q.speaker is None and _opens_paragraph(text, q.start)
        else q
        for q in quotes
    ]


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only marks and spaces stand before `start` on its line: a paragraph of the
    quotation, not a quote nested inside one (which may be someone else's words)."""
    return not any(c.isalnum() for c in text[text.rfind("\n", 0, start) + 1 : start])
