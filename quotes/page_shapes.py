"""Statements that the layout of a web page attributes, with no speech verb: a post
signed by its embed line, and a vox pop answer under a line naming the one who gives
it. (A quote in the title over the story is no statement: :func:`quotes.scope.title`.)

Each rule reads one shape of the page's lines (the comment on each says which) and
gives the rows or the speaker it implies; :class:`quotes.attributor.Attributor` calls
them beside the transcript lines (:mod:`quotes.transcripts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.found import MARKS, char_tokens
from quotes.marks import QuoteSpan
from quotes.signatures import signed_by

#: An embed line under a post: a dash, the display name, the handle in brackets and
#: the date (`— Ana Ruiz (@anaruiz) May 2, 2026`).
_EMBED_LINE = re.compile(r"^[ \t]*(?P<dash>[—―–])[ \t]*[^\n(]+\(@\w+\)[^\n]*$", re.MULTILINE)
#: A line of the embed's frame above a post's text, not the post: a short line holding
#: a handle (`Replying to @harbourcafe`).
_FRAME_LINE = re.compile(r"^[^\n]{0,40}@\w+[^\n]{0,20}$")
#: A vox pop's name line: a name, then the age in brackets or as one of the fields
#: after commas (`Ana Ruiz, 34, nurse`, `Kit, 9, from Leith`, `Ana Ruiz (34), nurse`,
#: `Ana Ruiz, nurse, 34`), read from the line's start.
_NAME_LINE = re.compile(
    r"[ \t]*(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3})"
    r"(?:[ \t]*\(\d{1,3}\)(?:,[^\n]*)?|(?:,[^,\n]*)*?,[ \t]*\d{1,3}(?:,[^\n]*)?)[ \t]*$"
)


@dataclass(frozen=True, slots=True)
class SignedPost:
    """A post's text (character offsets), the dash of its embed line and the name."""

    start: int
    end: int
    dash: Token
    speaker: Span


def signed_posts(doc: Doc, norm: str) -> list[SignedPost]:
    """Posts as a page embeds them: the post's text as a paragraph of its own, with no
    quote marks, and under it the embed line that opens with a dash and names the one
    who posted, with the handle (`We open at nine tomorrow.` ¶ `— Harbour Café
    (@harbourcafe) June 1, 2026`). The display name is the speaker, the dash the cue;
    a frame line above the text (`Replying to @anaruiz`) is not part of the post."""
    out = []
    for line in _EMBED_LINE.finditer(norm):
        if line.start() == 0:
            continue
        cue = char_tokens(doc, line.start("dash"), line.end("dash"))
        speaker = None if cue is None else signed_by(doc, norm, cue[0])
        if cue is None or speaker is None:
            continue
        block_end = line.start() - 1
        block_start = norm.rfind("\n\n", 0, max(block_end, 0)) + 1
        rows = norm[block_start:block_end].split("\n")
        at = block_start
        while rows and (not rows[0].strip() or _FRAME_LINE.match(rows[0].strip())):
            at += len(rows.pop(0)) + 1
        text = "\n".join(rows)
        start = at + len(text) - len(text.lstrip())
        end = at + len(text.rstrip())
        if start >= end or norm[start] in MARKS or norm[end - 1] == ":":
            continue  # a quote in marks is signed by :func:`quotes.signatures.signed_by`
        out.append(SignedPost(start, end, cue[0], speaker))
    return out


def name_line_speaker(doc: Doc, norm: str, span: QuoteSpan) -> Span | None:
    """The one a vox pop's name line names, for a quote with no cue that opens the line
    right under it: `Ana Ruiz, 34, nurse` ¶ `"I'd keep the market where it is."` →
    `Ana Ruiz`. The line holds the name, the age and maybe a job or town, no verb of
    speech and no colon."""
    line_start = norm.rfind("\n", 0, span.open_start) + 1
    if norm[line_start : span.open_start].strip() or line_start == 0:
        return None
    above_start = norm.rfind("\n", 0, line_start - 1) + 1
    match = _NAME_LINE.match(norm, above_start, line_start - 1)
    if match is None or not all(w[:1].isupper() for w in match.group("name").split()):
        return None  # `The mayor, 55` is no name
    return doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
