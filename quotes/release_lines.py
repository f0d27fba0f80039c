"""Statements a media release attributes by a line of its own, printed with no quote
marks: `Please attribute to Detective Inspector Hemi Tane, Waikato CIB:` ¶ `A man has
been charged with …` ¶ `We would like to hear from anyone who …`, as New Zealand police
releases are written (and `Quotes attributable to Chief X:` in others).

The rule gives rows as :class:`quotes.columns.ColumnRow`, beside the other columns' rows
(:meth:`quotes.attributor.Attributor._columns`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.appeals import NON_STATEMENT, phrases
from quotes.columns import ColumnRow
from quotes.found import MARKS, char_tokens
from quotes.marks import paragraph_bounds
from quotes.speech_pieces import speech_pieces

#: A paragraph that is a line naming whom the paragraphs under it are attributed to,
#: ending in a colon (`Please attribute to Detective Inspector Hemi Tane, Waikato CIB:`):
#: the cue words (group `cue`), the name before its first comma (group `who`).
_ATTRIBUTE_LINE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?(?P<cue>" + phrases("attribution-line-cues")
    + r")[ \t]+(?P<who>[^\W\d_][^\n,:]*?)(?:,[^\n:]*)?:[ \t]*$",
    re.IGNORECASE,
)


def attributed_release(doc: Doc, norm: str) -> list[ColumnRow]:
    """Rule attribute-line: the paragraphs under a release's line that names whom they
    are to be attributed to (`Please attribute to Detective Inspector Hemi Tane, Waikato
    CIB:` ¶ `A 27-year-old man has been charged with …` ¶ `Police searched a house in
    Hamilton this morning.`) are each a direct row of the one the line names (the words
    after `to`, up to the first comma), the line's `attribute to` their cue. The run ends
    at a paragraph that opens with a quote mark, is in capitals (`ENDS`) or ends in a
    colon (`The family has asked Police to release the following statement:`); a
    paragraph that appeals for information or declines to say more
    (:data:`quotes.appeals.NON_STATEMENT`) is an act, no row."""
    paragraphs = paragraph_bounds(norm)
    out: list[ColumnRow] = []
    for k, (start, end) in enumerate(paragraphs):
        line = _ATTRIBUTE_LINE.match(norm, start, end)
        cue = None if line is None else char_tokens(doc, *line.span("cue"))
        who = None if line is None else char_tokens(doc, *line.span("who"))
        if cue is None or who is None:
            continue
        speaker = doc[who[0].i : who[-1].i + 1]
        for a, b in paragraphs[k + 1 :]:
            text = norm[a:b]
            if norm[a] in MARKS or text.isupper() or text.endswith(":"):
                break
            if NON_STATEMENT.search(text) is None:
                out.extend(ColumnRow(p, q, cue[0], speaker, "attribute-line")
                           for p, q in speech_pieces(norm, a, b))
    return out
