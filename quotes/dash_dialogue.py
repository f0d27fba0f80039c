"""Dialogue set with quotation dashes instead of quote marks: each turn is a quote.

Some novels open every turn with a dash and close it with nothing but the line's end
or the cue that signs it:

    — Back to the tower!                 <- a turn, its cue on the next line
    he said.
    — Is it far? Ann asked.              <- a turn up to the cue that signs it
    Ann called out: — Wait for me!       <- a turn after a colon

News never writes a statement so: a dash at a line's start there opens a signature
under a quote (`"…"` ¶ `— Ana Ruiz, nurse`) or an item of a list. So the turns are read
only in text that the dashes show to be dash-set dialogue (:func:`dash_set`): many
lines open a turn with a dash, and more than open one with a quote mark. Each turn
becomes a quoted span like those the marks delimit (:class:`quotes.marks.QuoteSpan`),
and the engine links it to its cue and speaker as it links any other.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.cue_classes import VERB_CLASSES
from quotes.first_person import FIRST_PERSON
from quotes.language import word_list
from quotes.mark_pairing import QuoteSpan
from quotes.normalise import CLOSING_MARKS, OPENING_MARKS
from quotes.span_index import Spans

#: The dashes that open a turn (`—`, and `--` in plain-text editions).
_DASHES = word_list("quotation-dashes")
#: A turn's dash: at a line's start or after a colon, then a space and a word.
_TURN_RE = re.compile(
    r"(?:^|(?<=:))[ \t]*(?P<dash>"
    + "|".join(re.escape(d) for d in sorted(_DASHES, key=len, reverse=True))
    + r")[ \t]+(?=\w)",
    re.M,
)
#: Dash-set dialogue: at least this many turns …
_MIN_TURNS = 8
#: … and more than this many times as many as lines that open with a quote mark.
_OVER_MARKS = 2
#: Verbs of speaking, from the cue lexicon (`say`, `ask`, `cry`), that sign a turn.
_SPEAKING = frozenset(word for word, kind in VERB_CLASSES.items() if kind == "speech")
#: The tags of a verb that signs a turn: `said`, `says` (not `will say`, `to say`).
_SIGNING_TAGS = frozenset({"VBD", "VBZ"})
#: Words of the second person: a line holding one (or one of :data:`FIRST_PERSON`) is
#: someone's words.
_SECOND_PERSON = word_list("second-person-words")


def _turn_dashes(text: str, quoted: Spans) -> list[re.Match[str]]:
    """The dashes that may open a turn: not inside a quotation the marks delimit, nor on
    the line right under one that ends with a closing mark (a signature: `"…"` ¶
    `— Ana Ruiz, nurse`)."""
    found = []
    for match in _TURN_RE.finditer(text):
        at = match.start("dash")
        if quoted.overlapping(at, at + 1):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        above = text[: max(0, line_start - 1)].rstrip()
        if text[line_start:at].strip() == "" and above[-1:] in CLOSING_MARKS:
            continue
        found.append(match)
    return found


def dash_set(text: str, quoted: Spans) -> bool:
    """Whether `text` sets its dialogue with quotation dashes: at least eight turns open
    with a dash (:func:`_turn_dashes`), more than twice as many as the lines that open
    with a quote mark. Found from the text alone, as :func:`quotes.dialogue.dialogue_dense`
    finds fiction's dialogue in marks."""
    turns = len(_turn_dashes(text, quoted))
    marked = sum(line.lstrip()[:1] in OPENING_MARKS for line in text.split("\n"))
    return turns >= _MIN_TURNS and turns > _OVER_MARKS * marked


def dash_turns(text: str, doc: Doc, quoted: Spans) -> list[QuoteSpan]:
    """Rule dash-turn: the turns of dash-set dialogue as quoted spans, each from the word
    after its dash to the line's end, or to the comma before the cue that signs it
    (`— Is it far, Ann asked.` gives `Is it far`; `— Look, said Tom, the boat.` gives
    `Look`); none in text that is not dash-set (:func:`dash_set`)."""
    if not dash_set(text, quoted):
        return []
    spans = []
    for match in _turn_dashes(text, quoted):
        start = match.end()
        line_end = _line_end(text, start)
        end = _signed_at(doc, start, line_end) or line_end
        end = len(text[:end].rstrip(" \t,"))
        if end > start:
            spans.append(QuoteSpan(start, end, match.start("dash"), end, False, ()))
        going_on = _goes_on(text, doc, quoted, line_end)
        if going_on is not None:
            spans.append(QuoteSpan(*going_on, *going_on, False, ()))
    return spans


def _line_end(text: str, at: int) -> int:
    """Where the line holding character `at` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _goes_on(text: str, doc: Doc, quoted: Spans, end: int) -> tuple[int, int] | None:
    """Rule dash-turn-goes-on: the lines after a turn (and after the line of its cue, a
    line that opens in lower case) that go on with the speaker's words, up to the first
    line of narration, the next turn or a blank line, as one span; None when the next
    line is narration.

        — The tide is in, he said.
        We can swim from the rocks.        <- his words still (:func:`_spoken`)
        He walked to the wall.             <- narration
    """
    first = last = None
    at = end + 1
    while at < len(text):
        line_end = _line_end(text, at)
        line = text[at:line_end]
        opens = at + len(line) - len(line.lstrip())
        if not line.strip() or _TURN_RE.search(line) or quoted.overlapping(at, line_end):
            break
        if first is None and at == end + 1 and line.lstrip()[:1].islower():
            at = line_end + 1  # `he said sternly.`: the turn's cue, on a line of its own
            continue
        if not _spoken(doc, opens, line_end):
            break
        first = opens if first is None else first
        last = len(text[:line_end].rstrip())
        at = line_end + 1
    return None if first is None or last is None else (first, last)


def _spoken(doc: Doc, start: int, end: int) -> bool:
    """Whether a line after a turn is the speaker's words, not narration: it speaks in
    the first or second person (`I can't stay.`, `Were you there?`), or its main verb is
    not in the past tense that narration tells in (`That will do.`, `Etiquette is
    etiquette.`; narration: `He skipped off the wall.`)."""
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return False
    if any(t.lower_ in FIRST_PERSON or t.lower_ in _SECOND_PERSON for t in tokens):
        return True
    return not any(t.dep_ == "ROOT" and t.tag_ == "VBD" for t in tokens)


def _signed_at(doc: Doc, start: int, end: int) -> int | None:
    """The offset of the comma before the cue that signs a turn within its line
    (`…, Stephen said quietly.`, `…, said Tom, …`), or None when the line holds none: a
    speech verb in the past or present tense (`Ann said`, not `Ann will say`) whose
    subject is a name or a pronoun, right after a comma."""
    for token in doc.char_span(start, end, alignment_mode="expand") or ():
        if token.tag_ not in _SIGNING_TAGS or token.lemma_.lower() not in _SPEAKING:
            continue  # `— Oh, Ann will explain.` is words of the turn
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("PROPN", "PRON"):
            continue
        first = min(token.i, subject.left_edge.i)
        comma = _comma_before(doc, first)
        if comma is not None and comma.idx > start:
            return comma.idx
    return None


def _comma_before(doc: Doc, i: int) -> Token | None:
    """The comma right before token `i`, if there is one."""
    return doc[i - 1] if i > 0 and doc[i - 1].text == "," else None
