"""The one engine behind the library, the spaCy component and the CLI.

normalise → marks (quoted spans) → matchers (cues and speakers) → speakers
(resolution) → :class:`~quotes.records.Quote` records with offsets into the
text exactly as given.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from quotes.arguments import checked_batch_size, checked_text, checked_texts
from quotes.attributor import Attributor
from quotes.cue_forms import CueForms
from quotes.headline_case import lower_headline_cues
from quotes.hidden_chars import Visible
from quotes.line_wraps import joined_wrapped_lines
from quotes.marks import find_quote_spans, paragraph_bounds
from quotes.matchers import SpeakerMatcher
from quotes.normalise import normalise
from quotes.number_signs import space_number_signs
from quotes.piece_joins import joined_across_pieces
from quotes.records import Quote
from quotes.scope import Scope, select
from quotes.selective import SelectiveParser
from quotes.time_budget import within

#: The most characters the parser reads at once (or the pipeline's `max_length`, if
#: lower). A longer document is read in pieces (:meth:`Engine.chunks`), so its time grows
#: with its length and its memory with the piece: spaCy holds about 3 MB per 1,000
#: characters it parses, and the rules look around each quote within its piece only.
#: Longer than nearly every news article (speakers resolve within a piece); longer
#: pieces cost more per character (the parser's own work grows faster than the text).
MAX_PIECE_CHARS = 25_000


#: A sentence's end in the parser's text, and the space after it: `Lee. "Point …`,
#: `won!" Next`, `(see below.) The` (quote marks are ASCII there).
_SENTENCE_END = re.compile(r"""[.!?]["')\]]* """)


def _sentence_end(
    norm: str, low: int, high: int, spans: list[tuple[int, int]], opens: list[int]
) -> int:
    """Where a piece of a paragraph longer than a piece may end: just after the last
    sentence end in `(low, high]` that no quotation of `spans` holds, or 0 when there
    is none. A cut at the last space before the limit fell between a quote and its cue
    (`"Point 2973 stands," | said Bo Lee.`), each piece holding half of it: the row
    was lost without a word, one in some 4,000 quotes of a text of one endless line.
    `opens` are where the quotations open, in order."""
    best = 0
    for end in _SENTENCE_END.finditer(norm, low, high):
        at = end.end()
        k = bisect_right(opens, at - 1) - 1
        if at > low and (k < 0 or spans[k][1] <= at):
            best = at
    return best


class DocumentTimeout(Exception):
    """A document took longer than its time budget; the message says how far it got."""


class Engine:
    """Extracts quotes from texts with one loaded spaCy pipeline.

    A text longer than `max_piece` characters (:data:`MAX_PIECE_CHARS`, or the pipeline's
    `nlp.max_length` if lower) is parsed in pieces (see :meth:`chunks`); quotes keep
    offsets into the whole text, and speakers are resolved within each piece (a quotation
    longer than a piece is mended across the cut: :mod:`quotes.piece_joins`).
    """

    def __init__(self, nlp: Language, lang: str = "en", max_piece: int = MAX_PIECE_CHARS) -> None:
        self.nlp = nlp
        self.max_piece = max_piece
        self.matcher = SpeakerMatcher(nlp.vocab, lang)
        #: Parses only the sentences an attribution can use (see :mod:`quotes.selective`),
        #: for our own pipeline; another pipeline parses the whole text.
        self.selective = SelectiveParser(nlp, lang) if SelectiveParser.applies(nlp) else None
        #: The forms of the cue words, for the headlines' verbs (:meth:`normalised`) and a
        #: cue verb the tagger read as a noun before a colon (:mod:`quotes.source_shapes`).
        self.cue_forms = CueForms(nlp, lang) if self.selective is None else self.selective.cues

    def extract(
        self, text: str, scope: Scope | None = "statements", deadline: float | None = None
    ) -> list[Quote]:
        """The quotes of one text in a scope (see :mod:`quotes.scope`), in text order;
        with `scope` None, the rows of both scopes, each saying which keeps it.

        With a `deadline` (a :func:`time.monotonic` time) the reading stops when it passes
        it, raising :class:`DocumentTimeout` within the piece it is in
        (:mod:`quotes.time_budget`).
        Invisible characters inside a word are taken out first (:mod:`quotes.hidden_chars`).
        Anything but a `str` is a TypeError (:func:`~quotes.arguments.checked_text`).
        """
        visible = Visible(checked_text(text, "Engine.extract"))
        text = visible.text
        norm = self.normalised(text)
        found: list[Quote] = []
        bounds = self.chunks(text, norm)
        for start, end in bounds:
            piece = within(deadline, lambda at=start: over_budget(at, len(text)),
                           partial(self._piece, text, norm, start, end))
            found.extend(self.shifted(select(piece, scope), start))
        return visible.given(joined_across_pieces(found, text, [start for start, _ in bounds[1:]]))

    def _piece(self, text: str, norm: str, start: int, end: int) -> list[Quote]:
        """The quotes of the piece `text[start:end]`, parsed from its normalised form, with
        offsets inside the piece."""
        doc = self.parse(norm[start:end])
        return self.attribute(text[start:end], doc, norm=norm[start:end],
                              cut=_cut_inside(text, end))

    def pipe(
        self,
        texts: Iterable[str],
        batch_size: int = 32,
        scope: Scope | None = "statements",
        max_seconds: float | None = None,
    ) -> Iterator[list[Quote]]:
        """Quotes in a scope for each text, streaming, in input order (with `scope` None,
        the rows of both scopes); invisible characters inside a word are taken out first
        (:mod:`quotes.hidden_chars`). One text, what is no iterable and a `batch_size`
        under 1 are refused by the call (:mod:`quotes.arguments`): a `str` gave a row
        list per character, and a batch of no texts an empty stream. With `max_seconds`,
        reading a text's piece (its attribution, after the batch's parse) that takes longer
        raises :class:`DocumentTimeout` (:mod:`quotes.time_budget`) and ends the stream."""
        texts = checked_texts(texts, "Engine.pipe")
        if max_seconds is not None and not max_seconds > 0:
            raise ValueError(f"Engine.pipe: max_seconds must be above 0, not {max_seconds!r}")
        return self._pipe(texts, checked_batch_size(batch_size), scope, max_seconds)

    def _pipe(
        self,
        texts: Iterable[str],
        batch_size: int,
        scope: Scope | None,
        max_seconds: float | None = None,
    ) -> Iterator[list[Quote]]:
        """:meth:`pipe` once its arguments are checked."""
        found: list[Quote] = []
        read: list[tuple[str, int]] = []  # the text of each piece of a text so far, and its offset
        waiting: deque[Visible] = deque()  # the texts read, not yet yielded
        pieces = self._pieces(self._visible(texts, waiting))
        jobs = (
            self.nlp.pipe(pieces, as_tuples=True, batch_size=batch_size)
            if self.selective is None
            else self.selective.pipe(pieces, batch_size=batch_size)
        )
        for doc, (piece, norm, offset, last, cut) in jobs:
            deadline = None if max_seconds is None else time.monotonic() + max_seconds
            quotes = within(deadline, lambda: DocumentTimeout("over the time budget"),
                            partial(self.attribute, piece, doc, norm=norm, cut=cut))
            found.extend(self.shifted(select(quotes, scope), offset))
            read.append((piece, offset))
            if last:
                if len(read) > 1:  # a text read in pieces: mend the quotes cut between them
                    text = "".join(piece for piece, _ in read)
                    found = joined_across_pieces(found, text, [at for _, at in read[1:]])
                yield waiting.popleft().given(found)
                found, read = [], []

    def normalised(self, text: str) -> str:
        """What the parser reads of `text` (same length): :func:`~quotes.normalise.normalise`,
        the line breaks that only wrap a paragraph as spaces
        (:func:`~quotes.line_wraps.joined_wrapped_lines`), then the cue verbs of title-case
        headlines in lower case (:func:`~quotes.headline_case.lower_headline_cues`) and the
        full stop of `No.` before a numeral a space
        (:func:`~quotes.number_signs.space_number_signs`)."""
        norm = normalise(text)
        norm = joined_wrapped_lines(norm, paragraph_bounds(norm))
        return space_number_signs(lower_headline_cues(norm, self.cue_forms))

    def parse(self, norm: str) -> Doc:
        """The parse of one normalised text (of its picked sentences, when selective)."""
        return self.nlp(norm) if self.selective is None else self.selective(norm)

    def attribute(
        self,
        text: str,
        doc: Doc,
        scope: Scope | None = None,
        norm: str | None = None,
        cut: bool = False,
    ) -> list[Quote]:
        """The quotes of `text` in a scope, given its parse `doc` (of the normalised text,
        `norm`, when the caller has it already): by default the rows of both scopes, each
        saying which keeps it (``Quote.statement``, ``Quote.attribution``), for callers
        that select rows themselves. A text that selective parsing left wholly unparsed
        holds none (it has no quote, cue or colon). `cut`: `text` is a piece of a longer
        text that ends inside a paragraph, where a quote open at its end may close."""
        if self.selective is not None and len(doc) and not doc.has_annotation("DEP"):
            return []
        attributor = Attributor(text, doc, self.matcher, self.cue_forms, norm, cut)
        return select(attributor.run(), scope)

    def chunks(self, text: str, norm: str | None = None) -> list[tuple[int, int]]:
        """The `(start, end)` pieces the parser reads `text` in, none over the piece limit.

        The whole text when it fits. Otherwise each piece ends at the last paragraph start
        within reach that no quotation (from :func:`~quotes.marks.find_quote_spans`)
        spans, so no quote is cut; only when a quotation or paragraph is itself too long
        does a piece end at any paragraph start, else after the last sentence end outside
        a quotation (:func:`_sentence_end`), else after the last space or line break,
        else at the limit. `norm` is what the parser reads, when the caller has it already.
        """
        limit = min(self.nlp.max_length, self.max_piece)
        if len(text) <= limit:
            return [(0, len(text))]
        norm = normalise(text) if norm is None else norm
        starts = [start for start, _ in paragraph_bounds(text)]
        # where a piece may end: a paragraph start, else a sentence end, outside them
        spans = [(span.open_start, span.close_end) for span in find_quote_spans(text)]
        opens = [open_start for open_start, _ in spans]
        safe = [
            start
            for start in starts
            if (k := bisect_right(opens, start - 1) - 1) < 0 or spans[k][1] <= start
        ]
        bounds: list[tuple[int, int]] = []
        position = 0
        while len(text) - position > limit:
            reach = position + limit
            space = max(norm.rfind(" ", position, reach), norm.rfind("\n", position, reach))
            cut = (
                self._last_between(safe, position, reach)
                or self._last_between(starts, position, reach)
                or _sentence_end(norm, position, reach, spans, opens)
                or space + 1
                or reach
            )
            bounds.append((position, cut))
            position = cut
        bounds.append((position, len(text)))
        return bounds

    @staticmethod
    def _visible(texts: Iterable[str], waiting: deque[Visible]) -> Iterator[str]:
        """Each text without its in-word invisible characters, its :class:`Visible`
        kept in `waiting` until its quotes are mapped back; an item that is no `str` is a
        TypeError as the stream reaches it."""
        for text in texts:
            visible = Visible(checked_text(text, "Engine.pipe"))
            waiting.append(visible)
            yield visible.text

    def _pieces(
        self, texts: Iterable[str]
    ) -> Iterator[tuple[str, tuple[str, str, int, bool]]]:
        """What `nlp.pipe` reads: each normalised piece with (its text, the normalised
        piece again, its offset, whether it is the last, whether it ends inside a
        paragraph)."""
        for text in texts:
            norm = self.normalised(text)
            bounds = self.chunks(text, norm)
            for k, (start, end) in enumerate(bounds, 1):
                piece = norm[start:end]
                yield piece, (text[start:end], piece, start, k == len(bounds),
                              _cut_inside(text, end))

    @staticmethod
    def _last_between(points: list[int], low: int, high: int) -> int:
        """The largest of the sorted `points` in `(low, high]`, or 0 when there is none."""
        k = bisect_right(points, high) - 1
        return points[k] if k >= 0 and points[k] > low else 0

    @staticmethod
    def shifted(quotes: list[Quote], offset: int) -> list[Quote]:
        """The quotes of a piece starting at `offset`, with offsets into the whole text."""
        if not offset:
            return quotes

        def moved(at: int | None) -> int | None:
            return None if at is None else at + offset

        return [
            replace(
                q,
                start=q.start + offset,
                end=q.end + offset,
                speaker_start=moved(q.speaker_start),
                speaker_end=moved(q.speaker_end),
                cue_start=moved(q.cue_start),
                cue_end=moved(q.cue_end),
            )
            for q in quotes
        ]


#: The characters that end a paragraph (:func:`quotes.marks.paragraph_bounds`).
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def over_budget(done: int, total: int) -> DocumentTimeout:
    """The error of a text stopped by its time budget with `done` of its `total`
    characters read."""
    return DocumentTimeout(f"over the time budget after {done:,} of {total:,} characters")


def _cut_inside(text: str, end: int) -> bool:
    """Whether a piece of `text` ending at `end` ends inside a paragraph (cut at a space
    or at the limit, :meth:`Engine.chunks`), not at a paragraph start or the text's end."""
    if end >= len(text):
        return False
    last = end - 1
    while last > 0 and text[last] in " \t":  # a piece cut at a paragraph start ends in
        last -= 1  # its line break and the next paragraph's indent
    return text[last] not in _LINE_BREAKS
