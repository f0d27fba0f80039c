"""Rows that the statements scope gives in another shape than `--scope all` does.

PolNeAR annotates some attributions as one span where a fact-checker lists other rows
(see the guideline in `fixtures/factcheck/README.md`). The engine keeps the PolNeAR row
in `all` and, for the statements scope, gives the rows a fact-checker would publish in
its place, each by a named rule:

- `quoted-as`: a stance verb with an object and `as` before a whole quotation (`She
  described the plan as "a tax on the young"`): PolNeAR's row is mixed, from the object
  to the closing mark; the statement is the quoted words alone, a direct fragment.
- `quote-paragraph`: a quotation that runs over paragraphs, each new one opening with a
  mark and only the last closing (`She said:` ¶ `"…` ¶ `"…"`): one span in PolNeAR and
  LitBank, one direct row per paragraph here.

Each form keeps the row's speaker and cue; its method names the rule, with the speaker
pattern of the row it comes from (`quoted-as:subject`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotes.found import MARKS, Found, char_tokens
from quotes.records import QuoteType


class Form(NamedTuple):
    """One statement row in place of a row of `all`: its type, offsets and method."""

    type: QuoteType
    start: int
    end: int
    method: str


#: A line break before a paragraph that opens with a quotation mark: the next paragraph
#: of a quotation that runs on (`…a hospital menu.` ¶ `"He used to say …`).
_REOPENED = re.compile(r"\n\s*(?=[\"“‘'«])")
#: Spaces around a paragraph's piece of a quotation.
_SPACES = " \t\n"


def statement_forms(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """The rows the statements scope gives for `found` instead of its own, or None when
    it keeps the row as it is."""
    return quoted_as(found, text, doc) or quote_paragraphs(found, text)


def quoted_as(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """The quotation alone, as a direct row, when a mixed row is a stance verb's object
    and an `as` before the whole quotation: `described the plan as "a tax on the young"`,
    `blasted the claims as "lies from start to finish" when we called` (PolNeAR's mixed
    row runs from the object on). Not a quote that is only part of what follows `as`
    (`described it as a "tax"`), which stays mixed."""
    cue = found.cue
    content = char_tokens(doc, found.start, found.end)
    if found.type != "mixed" or cue is None or content is None:
        return None
    for word in content:
        # `as` hangs on the verb or, as the parser may read it, on its object
        on = word.head if word.head == cue else word.head.head if word.head.dep_ == "dobj" else None
        if word.lower_ != "as" or on != cue or word.i + 1 >= content.end:
            continue
        opening = doc[word.i + 1]
        closing = _closing(content, opening.i)
        if opening.is_quote and closing is not None and closing.i > opening.i + 1:
            start = doc[opening.i + 1].idx
            end = closing.idx
            end -= len(text[start:end]) - len(text[start:end].rstrip())
            return [Form("direct", start, end, _method("quoted-as", found.method))]
    return None


def _closing(content: Span, opened: int) -> Token | None:
    """The mark in `content` that closes the quotation opened at token `opened`: the next
    quotation mark, with none of the marks inside it opening another."""
    for token in content.doc[opened + 1 : content.end]:
        if token.is_quote:
            return token
    return None


def quote_paragraphs(found: Found, text: str) -> list[Form] | None:
    """One direct row per paragraph of a quotation that runs over several, each new one
    opening with a mark (`"Dad never stopped drawing boats.` ¶ `"He used to say …"`),
    without the marks; None for a quotation in one paragraph or a line broken inside one
    (a hard-wrapped text's line breaks open no mark)."""
    if found.type != "direct" or "\n" not in text[found.start : found.end]:
        return None
    cuts = [m.start() for m in _REOPENED.finditer(text, found.start, found.end)]
    if not cuts:
        return None
    forms = []
    method = _method("quote-paragraph", found.method)
    for start, end in zip([found.start, *cuts], [*cuts, found.end], strict=True):
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip(_SPACES))
        if text[start : start + 1] in MARKS and start > found.start:
            start += 1  # the mark that opens the next paragraph
        end -= len(piece) - len(piece.rstrip(_SPACES))
        if start < end:
            forms.append(Form("direct", start, end, method))
    return forms if len(forms) > 1 else None


def _method(rule: str, method: str) -> str:
    """The method of a form: its rule, with the speaker pattern of the row it comes from
    (`quoted-as:subject` from `reported-object:subject`)."""
    _, colon, pattern = method.partition(":")
    return f"{rule}:{pattern}" if colon else rule
