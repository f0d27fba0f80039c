"""Reported-speech candidates that are no attribution, by the layout of the text around
them: the words or their source stand inside a markup tag the text kept, the cue stands
in a note the publisher repeats under its articles, or a colon, semicolon, bracket or dash
parts the content from its cue's clause. Rules of :mod:`quotes.unattributed`, each read
alone on a statement, the text of its doc and its content.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from quotes.child_patterns import token_forms
from quotes.cue_classes import cue_class
from quotes.doc_memo import span_text
from quotes.language import table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotes.reported import Reported
    from quotes.unattributed import Content

#: Openers of a note a publisher repeats (`editor 's note`), as lower-case words.
_OPENERS = frozenset(table("boilerplate-openers"))
_LONGEST_OPENER = max(len(opener) for opener in _OPENERS)
#: How many words back an open tag is looked for.
_TAG_REACH = 40


def in_markup(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content, its cue or its source is part of a markup tag the text kept,
    such as an embedded post's `<tweet author="@ana" date="May 3">`: the content holds a
    tag's bracket, or a `<` opens on the line before it with no `>` closing in between,
    or the source is a piece of the tag the parser read as a noun (`<post
    date="May 3">I will vote no`: `date="May` is no one; the post's author may be)."""
    doc = statement.cue.doc
    tokens = content.tokens
    # the characters of its words: between two tokens there is only space (no token
    # object is made for each word of a long quote)
    if tokens is None or "<" in (words := span_text(tokens)) or ">" in words:
        return True
    if _tag_piece(statement.speaker):
        return True
    before = doc[max(0, tokens.start - _TAG_REACH) : min(tokens.start, statement.cue.i)]
    for token in reversed(before):
        if ">" in token.text or "\n" in token.text:
            return False
        if "<" in token.text:
            return True
    return False


def _tag_piece(speaker: Token | None) -> bool:
    """Whether a source's head word holds a piece of a markup tag: a bracket of one or an
    attribute's `="` (`datetime="2016`, `id="42">I`). A name the tag only runs into
    (`date="May 3">Ana Ruiz says …`: the head `Ruiz` is clean) is a source."""
    text = "" if speaker is None else speaker.text
    return "<" in text or ">" in text or '="' in text


def boilerplate(statement: Reported, text: str, content: Content) -> bool:
    """Whether the cue stands in a paragraph that opens a note the publisher repeats under
    its articles (`Editor's note: the senator has repeatedly pledged to …`), and is no
    report the note makes (:func:`_note_report`)."""
    doc = statement.cue.doc
    start = _line_start(statement.cue)
    opening = tuple(t.lower_ for t in doc[start : start + _LONGEST_OPENER] if not t.is_space)
    return any(opening[: len(opener)] == opener for opener in _OPENERS) and not _note_report(
        statement.cue
    )


#: Dependencies that put a cue inside a clause about a noun (`who has pledged to …`).
_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _note_report(cue: Token) -> bool:
    """Rule note-report: an editor's note reports what someone said as the paper's own
    reporting does, with a verb of speech that heads its sentence: the answer a body
    sent about a letter (`Editor's note: The water board told us that the pumps had been
    fixed.`), a correction of what an article said. What the publisher repeats under its
    articles about a person stays no row: an act or a speech verb in a clause about the
    person (`… is a bully who has repeatedly pledged to …`)."""
    # Shape: `Editor's note: <source> said|told (us) (that) <clause>`, the cue no relative's
    return cue_class(cue) == "speech" and not any(
        t.dep_ in _NOUN_CLAUSES for t in (cue, *cue.ancestors)
    )


#: The first token of each line of a doc (with the doc's length, to notice a doc
#: retokenised since), found once per doc: walking back to the line's start from each
#: cue costs a doc of one endless line the square of its length. A line break is only
#: ever in a token's form (the space a token keeps after it is one space or none).
_LINE_STARTS: WeakKeyDictionary[Doc, tuple[int, list[int]]] = WeakKeyDictionary()


def _line_start(token: Token) -> int:
    """The index of the first token of the token's line."""
    doc = token.doc
    known = _LINE_STARTS.get(doc)
    if known is None or known[0] != len(doc):
        known = (len(doc), [0] + [i + 1 for i, form in enumerate(token_forms(doc)) if "\n" in form])
        _LINE_STARTS[doc] = known
    starts = known[1]
    return starts[bisect_right(starts, token.i) - 1]


_BREAKS = (":", ";", "(")
_DASHES = ("—", "–", " - ", "--")
#: Methods whose content stands before its cue across a mark by their own rule.
_SET_APART = ("reported-set-apart", "reported-as", "according-to", "reported-colon",
              "reported-passive", "unsourced")


def across_break(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content stands before its cue's clause with a colon, semicolon, opening
    bracket or dash between them: `Both towns are coastal (Ruiz grew up in one)`, `The
    deal was off: the board had voted it down`. A clause a cue reports from before it is
    set off by a comma (`The deal is off, the board said`); across such a mark the parser
    hung one sentence shape on another. A dash may set a parenthetical cue off (`The pool
    — the mayor said — will reopen`), so it counts for other rules only."""
    cue, speaker = statement.cue, statement.speaker
    if statement.method.startswith(_SET_APART) or statement.end > cue.idx:
        return False
    first = cue.idx
    if speaker is not None and speaker.i < cue.i:
        first = min(first, speaker.left_edge.idx)
    gap = text[statement.end : first]
    marks = _BREAKS if statement.method.startswith("reported-parenthetical") else (
        _BREAKS + _DASHES
    )
    return any(mark in gap for mark in marks)
