"""The tokenizer the `quotes` component gives its pipeline (:class:`SurrogateReader`):
the pipeline's own, reading a text as the library's parser reads it (a lone surrogate
as U+FFFD, an endless token in pieces, markup and invisible characters as shown), so
that a doc the component reads has the tokens the engine would have made. Split out of
:mod:`quotes.component`, which installs it (:func:`~quotes.component.make_quotes_component`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.lent_entries import LentEntries
from quotes.markup import markup_as_shown, markup_spans
from quotes.normalise import (
    INVISIBLE_RUN,
    LONG_RUN,
    MAX_RUN,
    SURROGATE,
    replace_surrogates,
    shown,
)

__all__ = ["SurrogateReader"]


class SurrogateReader:
    """The pipeline's tokenizer, reading each lone surrogate of a text as U+FFFD.

    A `str` can hold a lone surrogate (a broken `\\ud83d` escape in JSON) that spaCy's
    tokenizer cannot hash: `nlp(text)` raised a UnicodeEncodeError before any component
    ran. Read as U+FFFD (one character for one, so offsets hold) with one warning, as
    `quotes extract` reads such a document. A run of more than
    :data:`~quotes.normalise.MAX_RUN` characters without a space (a row of 20,000 quote
    marks) is tokenized :data:`~quotes.normalise.MAX_RUN` characters at a time, as the
    library's parser reads it: spaCy's tokenizer takes n² steps over one token of n
    characters (271 s for the row). An invisible character outside a word (a bidi
    mark, a zero-width space) is read as a space, as the library reads it
    (:meth:`_invisible_as_spaces`). Any other text goes to the tokenizer as it is, and
    everything else (`to_disk`, `explain`, special cases) is the tokenizer's."""

    def __init__(self, tokenizer: Callable[[str], Doc], nlp: Language) -> None:
        self.tokenizer = tokenizer
        #: The pipeline, whose `quotes` component this reader reads for (:meth:`_in_use`).
        self.nlp = nlp
        #: The vocabulary entries lent another word's features for the docs in flight
        #: (:mod:`quotes.lent_entries`), given back by the component.
        self.lent = LentEntries()

    def give_back(self, doc: Doc) -> None:
        """Give back the vocabulary entries lent for `doc` (rule entries-given-back), once
        it has left the component."""
        self.lent.give_back(doc)

    def _in_use(self) -> bool:
        """Whether a `quotes` component of the pipeline is on. Once it is removed or
        disabled (`nlp.remove_pipe("quotes")`, `nlp.select_pipes(disable="quotes")`) the
        tokenizer reads as it did before the component was added: it went on reading
        markup and invisible characters as the component does, lending entries that no
        component gave back (:mod:`quotes.lent_entries`)."""
        from quotes.component import QuotesComponent  # the component imports this module

        return any(isinstance(proc, QuotesComponent) for _, proc in self.nlp.pipeline)

    def __call__(self, text: str) -> Doc:
        if not self._in_use():
            return self.tokenizer(text)
        if SURROGATE.search(text):
            warnings.warn("a lone surrogate (a \\ud800-\\udfff escape with no partner, not "
                          "Unicode) read as U+FFFD", UnicodeWarning, stacklevel=2)
            text = replace_surrogates(text)
        shown = markup_as_shown(text, for_parser=True)
        if shown != text:
            return self._as_shown(text, shown)
        if any(not _in_word(text, run) for run in INVISIBLE_RUN.finditer(text)):
            return self._invisible_as_spaces(text)
        return self._tokens(text)

    def _as_shown(self, text: str, shown: str) -> Doc:
        """The doc of a text with HTML markup in it (rule markup-as-shown in the
        component), tokenized as the library's parser reads it, as a browser shows it
        (:func:`~quotes.markup.markup_as_shown`), then given back (the doc's text is still
        `text`): `<p>"We won," Ana Ruiz said.</p>` gave no row, `said.</p` and `p>"We`
        being words, and `<br/>` between two quotes gave the first the second's speaker.
        A tag is a token of its own that the models read as the spaces it shows as
        (:meth:`_gap`); a reference (`&quot;`, `Jos&eacute;`) stays inside one word, which
        the models read as the characters it shows (:meth:`_read_as`)."""
        spaced = INVISIBLE_RUN.sub(lambda run: run[0] if _in_word(shown, run)
                                   else " " * len(run[0]), shown)
        parsed = self._tokens(spaced)
        units = markup_spans(text)
        words: list[str] = []
        spaces: list[bool] = []
        lent: set[str] = set()
        at = 0
        for token in parsed:
            if token.is_space:
                continue  # read with the gap it stands in
            start, end = _widened(token.idx, token.idx + len(token), units)
            if start < at:  # a reference the tokenizer cut: one word with the one before
                words[-1] = text[at - len(words[-1]) : max(at, end)]
                at = max(at, end)
                continue
            self._gap(text, spaced, (at, start), (words, spaces), (parsed.vocab, lent))
            words.append(text[start:end])
            spaces.append(False)
            at = end
        self._gap(text, spaced, (at, len(text)), (words, spaces), (parsed.vocab, lent))
        at = 0
        for word, space in zip(words, spaces, strict=True):
            self._read_as(parsed.vocab, word, spaced[at : at + len(word)], lent)
            at += len(word) + space
        return self.lent.taken(Doc(parsed.vocab, words=words, spaces=spaces), lent)

    def _tokens(self, text: str) -> Doc:
        """The tokenizer's doc of `text`, an endless token read in pieces."""
        if LONG_RUN.search(text):
            return self._in_pieces(text)
        return self.tokenizer(text)

    def _invisible_as_spaces(self, text: str) -> Doc:
        """The doc of a text with invisible characters outside its words, tokenized with
        each of them read as a space and then given back (the doc's text is still
        `text`): `"…," said Ann Lee\\u200f.` gave the speaker `Ann Lee\\u200f.`, one token,
        where the library, whose parser reads the mark as a space, gives `Ann Lee`. A
        space a token keeps after it can only be a space, so a mark in its place is a
        token of its own that the models read as the spaces it stands for
        (:meth:`_gap`)."""
        spaced = INVISIBLE_RUN.sub(
            lambda run: run[0] if _in_word(text, run) else " " * len(run[0]), text
        )
        words: list[str] = []
        spaces: list[bool] = []
        lent: set[str] = set()
        parsed = self._tokens(spaced)
        at = 0
        for token in parsed:
            if token.is_space:
                continue  # read with the gap it stands in
            self._gap(text, spaced, (at, token.idx), (words, spaces), (parsed.vocab, lent))
            at = token.idx + len(token)
            words.append(text[token.idx : at])
            spaces.append(False)
        self._gap(text, spaced, (at, len(text)), (words, spaces), (parsed.vocab, lent))
        return self.lent.taken(Doc(parsed.vocab, words=words, spaces=spaces), lent)

    def _in_pieces(self, text: str) -> Doc:
        """The doc of a text with an endless token, its runs cut every
        :data:`~quotes.normalise.MAX_RUN` characters and each piece tokenized on its own
        (the doc's text is still `text`, character for character)."""
        cuts = [0]
        for run in LONG_RUN.finditer(text):
            cuts.extend(range(run.start() + MAX_RUN, run.end(), MAX_RUN))
        cuts.append(len(text))
        pieces = [self.tokenizer(text[a:b]) for a, b in pairwise(cuts)]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def _gap(self, text: str, spaced: str, span: tuple[int, int],
             doc: tuple[list[str], list[bool]], entries: tuple[Vocab, set[str]]) -> None:
        """Add the gap between two words of `text` (`span`) to a doc's words and spaces: a
        first space as the space after the word before, the rest as one token, which the
        models read as the spaces `spaced` has there when it holds an invisible character:
        its entry in the vocabulary takes their features (norm, prefix, suffix, shape and
        flags), lent for the doc (gathered in `entries`' set)."""
        (start, end), (words, spaces), (vocab, lent) = span, doc, entries
        gap = text[start:end]
        if gap[:1] == " " and words:
            spaces[-1] = True
            gap, start = gap[1:], start + 1
        if not gap:
            return
        words.append(gap)
        spaces.append(False)
        if gap != spaced[start:end]:
            self._read_as(vocab, gap, spaced[start:end], lent)

    def _read_as(self, vocab: Vocab, word: str, spaced: str, lent: set[str]) -> None:
        """Make the models read the vocabulary entry of `word` (a gap holding an invisible
        character or a tag, a word holding a reference) as what the library's parser reads in
        its place, `spaced`, its fillers left out (:func:`~quotes.normalise.shown`): the
        entry takes that form's features (norm, prefix, suffix, shape, lower case and
        flags), lent until the doc leaves the component (:mod:`quotes.lent_entries`; `lent`
        gathers the doc's words). A word read as written is left alone."""
        if word != spaced:
            self.lent.lend(vocab, word, shown(spaced) or spaced, lent)

    def __getattr__(self, name: str) -> object:
        tokenizer = self.__dict__.get("tokenizer")
        if tokenizer is None:  # being unpickled: nothing to hand on yet
            raise AttributeError(name)
        return getattr(tokenizer, name)


#: A letter, digit or underscore (`\w`), on either side of an invisible run inside a word.
_LETTER_OR_DIGIT = re.compile(r"\w")


def _in_word(text: str, run: re.Match[str]) -> bool:
    """Whether a run of invisible characters stands between two word characters, where
    the library takes it out (:mod:`quotes.hidden_chars`) and the tokenizer keeps it
    inside the word."""
    start, end = run.span()
    return (
        start > 0
        and end < len(text)
        and bool(_LETTER_OR_DIGIT.match(text, start - 1))
        and bool(_LETTER_OR_DIGIT.match(text, end))
    )


def _widened(start: int, end: int, units: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of a token widened over each tag or reference (`units`, in text order) it
    shares characters with, so none is cut between two words."""
    for unit_start, unit_end in units:
        if unit_start >= end:
            break
        if unit_end > start:
            start, end = min(start, unit_start), max(end, unit_end)
    return start, end
