"""What stands around a quote's marks, read by every step that links a quote to its cue.

A cue is looked for only so far from the marks (`"…," Zelensky said.` is next to its
quote; a verb three sentences on is not), and never across a sentence end, another quote
mark or a new paragraph. Fiction printed a line per sentence goes on across a line break
in lowercase (`"Oh!"` / `cried one of the women.`), so a break there does not count.
:mod:`quotes.direct_links`, :mod:`quotes.source_shapes` and :mod:`quotes.verb_after` share
these distances and tests.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.language import word_list
from quotes.normalise import CLOSING_MARKS

if TYPE_CHECKING:
    from quotes.matchers import CueSpeaker

#: How far (tokens) a cue may stand from a quote it attributes without a parse link.
NEAR_AFTER = 6
#: … or farther when the speaker comes first and an apposition stands before the cue.
NEAR_SPEAKER = 4
NEAR_APPOSITION = 30
NEAR_BEFORE = 10
#: Tokens that end the stretch between a quote and its cue: a sentence end or a mark.
BREAKS = frozenset({".", "!", "?", '"', "''", "``"})


#: Verbs by which the writer gives a quote's sense in another language (`meaning …`).
_GLOSS_VERBS = word_list("gloss-verbs")
#: Relative words that open a clause about a thing the quote names (`"…," which …`).
_QUOTE_RELATIVES = word_list("quote-relatives")
#: Tokens that end such a relative clause: its sentence's punctuation or a quote mark.
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–", "--"}) | BREAKS


def opens_gloss(tokens: Span | list[Token]) -> bool:
    """Whether the words right after a quote's closing mark are the writer's gloss of it,
    as news gives the sense of words in another language: `"Kaore matou e whakaae,"
    meaning that they would not agree`, `"…," which means …`, `"…," roughly translated,
    …`. Neither a cue inside a gloss nor its `which` speaks the quote."""
    words = [t for t in tokens if not t.is_punct][:3]
    while words and (words[0].tag_ == "WDT" or words[0].pos_ == "ADV"):
        words = words[1:]
    return bool(words) and words[0].lemma_.lower() in _GLOSS_VERBS


def relative_after(whole: Span) -> range:
    """Rule relative-after: the tokens of a relative clause that opens right after a
    quote's closing mark (``whole``, with its marks), up to the next punctuation, or an
    empty range. Such a clause is about a thing the quote names, so its verb is no cue
    of the quote and its subject no speaker: in `"… all the way to the coast," which
    votes in June.` the coast votes, and in `"… the overtime rule," which the owner
    thinks will cost jobs` the owner thinks about the rule; a cue after the clause's
    comma still is (`"…," which he rarely does, Ruiz said`)."""
    doc = whole.doc
    i = whole.end
    while i < len(doc) and (doc[i].is_space or doc[i].text == ","):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _QUOTE_RELATIVES:
        return range(0)
    end = i + 1
    while end < len(doc) and doc[end].text not in _CLAUSE_ENDS and "\n" not in doc[end].text:
        end += 1
    return range(i, end)


def narration_first(cue: Token, after: int) -> bool:
    """Rule narration-before-cue: whether the sentence after a quote (closed at token
    `after`) opens with narration of its own, a verb that the `cue` the near-after search
    found hangs under (its conjunct or complement), and a comma, before that cue. The cue
    then tells the writer's next act, not who spoke: in `"Mr. Lee?" I had prepared a
    statement, but decided to answer him.` the judge asked, not the writer, and in `"…!"
    After the rally, the mayor went further and portrayed the union as reckless.` the
    quote is not the mayor's. A tag whose first verb is the cue (`"…," she said and
    left`, `"…," Ruiz, who chairs the board, said`) or that holds no comma (`"Hi!" she
    smiled and said.`, `"…," she went on to say.`) is none."""
    if not any(t.text == "," for t in cue.doc[after : cue.i]):
        return False
    return any(after <= verb.i < cue.i and verb.pos_ == "VERB" for verb in cue.ancestors)


def char_before(text: str, at: int, blanks: str | None = None) -> str:
    """The last character of `text[:at]` once stripped of `blanks` (all whitespace when
    None), or "" when nothing is left; reads back only over the blanks, not the prefix."""
    i = at - 1
    while i >= 0 and (text[i].isspace() if blanks is None else text[i] in blanks):
        i -= 1
    return text[i] if i >= 0 else ""


#: A line label set before a quote's opening mark, up to the mark: a time (`08:40`,
#: `8.40pm`), a bracketed time (`[19:30]`), a list number (`4.`, `4.4`, `4/`, `(4)`) or a
#: bullet (`•`); dashes, which open a quote by themselves, are not needed here.
_LINE_LABEL_RE = re.compile(
    r"(?:[\[(]\d{1,2}[:.]\d{2}[\])]"
    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
    r"|\d{1,3}(?:\.\d{1,3})*[.)/]|\d{1,3}(?:\.\d{1,3})+|\(\d{1,3}\)"
    r"|[•·▪‣◦*])[ \t]*\Z"
)
#: How far back a line label is looked for before the mark (characters).
_LABEL_REACH = 24
#: What may stand right before a line label: a line start or a sentence end (with the
#: marks and brackets that close it).
_BEFORE_LABEL = frozenset("\n\r.!?)]" + CLOSING_MARKS)


def label_before(text: str, at: int) -> bool:
    """Rule line-label-before-quote: whether a line label alone stands between a line
    start or a sentence end and the opening mark at ``at``, as a live blog stamps its
    entries and a list numbers its items: `The sides met. 08:40 "We fish the lake. …,"
    Ana Ruiz said.`, `[19:30] "…"`, `4. "…"`, `• "…"`. The mark then opens a quotation
    as it would at the line start; the label is neither quoted nor a speaker. Not a
    number inside a clause (`rose 3.5 "points"`: a word stands before it)."""
    window = max(0, at - _LABEL_REACH)
    found = _LINE_LABEL_RE.search(text, window, at)
    if found is None or found.end() != at:
        return False
    before = char_before(text, found.start())
    return not before or before in _BEFORE_LABEL


def word_before(doc: Doc, at: int) -> int:
    """The index of the last token before token `at` that is no space (a quote's opening
    mark, a sentence's first word), or -1 when only spaces stand before it: the token
    twin of :func:`char_before`."""
    i = at - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def no_break(tokens: Span | list[Token]) -> bool:
    """No sentence end, no other quote mark and no new paragraph in between."""
    return not any(t.text in BREAKS or ("\n" in t.text and not _continues(t)) for t in tokens)


def _continues(space: Token) -> bool:
    """Whether the line after a line break goes on with the same sentence, as in fiction
    printed a line per sentence: `"Well, what a surprise!"` / `laughed one of the sailors.`"""
    doc = space.doc
    nxt = doc[space.i + 1] if space.i + 1 < len(doc) else None
    return nxt is not None and (nxt.text[:1].islower() or nxt.text == "I")


def same_sentence(tokens: list[Token]) -> list[Token]:
    """The tokens without leading line breaks that the sentence runs on across."""
    while tokens and tokens[0].is_space:
        if "\n" in tokens[0].text and not _continues(tokens[0]):
            return []
        tokens = tokens[1:]
    return tokens


class CuesByParagraph:
    """The cues of a document by paragraph, found by token position: a paragraph of
    thousands of quotes and cues (one endless line) costs each quote only the cues near
    it, where a scan of the paragraph's cues for each quote grew with its square."""

    def __init__(
        self, cues: Iterable[CueSpeaker], paragraph_of: Callable[[CueSpeaker], int]
    ) -> None:
        """Each paragraph's cues in the order given (the matcher's, which decides between
        two candidates of one rule), and their places in it by token index."""
        self._cues: dict[int, list[CueSpeaker]] = {}
        for hit in cues:
            self._cues.setdefault(paragraph_of(hit), []).append(hit)
        self._places: dict[int, tuple[list[int], list[int]]] = {}
        for paragraph, hits in self._cues.items():
            places = sorted(range(len(hits)), key=lambda p: hits[p].cue)
            self._places[paragraph] = ([hits[p].cue for p in places], places)

    def between(self, paragraphs: range, first: int, last: int) -> list[CueSpeaker]:
        """The cues of the paragraphs whose token index is in `[first, last)`, paragraph
        by paragraph, each in the order given."""
        found: list[CueSpeaker] = []
        for paragraph in paragraphs:
            if paragraph in self._places:
                tokens, places = self._places[paragraph]
                window = places[bisect_left(tokens, first) : bisect_left(tokens, last)]
                found.extend(self._cues[paragraph][p] for p in sorted(window))
        return found


def new_sentence_after(whole: Span) -> bool:
    """Whether the writer's own sentence starts right after a quote (``whole``, with its
    marks) closed by `?` or `!`: its first word a capitalised article or determiner
    (`"… for one man?" The hall applauded.`), which no speaker's tag opens (`"Why?" she
    asked.`, `"Why?" asked the mayor.`), or any capitalised word but `I` after a quote
    the words before it introduce (:func:`_introduced`), so the verb after is no cue of
    the quote's."""
    doc = whole.doc
    inside = whole.text.rstrip().rstrip(CLOSING_MARKS)
    if not inside.endswith(("?", "!")) or whole.end >= len(doc):
        return False
    first = doc[whole.end]
    if not first.text[:1].isupper():
        return False
    return first.pos_ == "DET" or (first.text != "I" and _introduced(whole))


def _introduced(whole: Span) -> bool:
    """Whether the words before a quote introduce it, ending in a comma or a colon right
    before its opening mark (`Ruiz wrote back to her, "Why now?"`, `telling her: "…!"`):
    they named who speaks, so a capital after its `?` or `!` starts the writer's next
    sentence even when a name opens it (`… "Why now?" Holt then wrote, …`)."""
    before = [t for t in whole.doc[max(0, whole.start - 3) : whole.start] if not t.is_space]
    return bool(before) and before[-1].text in (",", ":")
