"""Quoted titles of works and shows: `"Mercy Street,"` is a name, not a quotation, and so
is a quote that names the work a noun before it announces (`the film, "…"`); and quoted
subheads: a line of a story that is nothing but a phrase in single marks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.mark_kinds import FAMILY

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotes.marks import QuoteSpan

#: Short words a title leaves in lower case (`Girls of the Golden West`).
_TITLE_SMALL_WORDS = word_list("title-small-words")
#: First words (before any apostrophe: `We're`, `I'm`) that open speech, not a title.
_SPEECH_OPENERS = word_list("speech-openers")
#: Longest title (in words) told apart from a quotation by its capitals alone.
_TITLE_WORDS = 6
#: Nouns for a kind of work whose name a quote after a comma gives (`the film, "…"`).
_WORK_KINDS = word_list("work-kinds")
#: Documents whose title a quote set off by commas after them gives when they are the
#: sentence's subject (`The paper, "…", is available`).
_DOCUMENT_KINDS = word_list("document-kinds")
#: Verbs of putting out a work (`published`, `released`), whose quoted object may be its name.
_RELEASING = word_list("work-release-verbs")
#: Openings of two characters that are one double mark (`''`, TeX's ``` `` ```).
_DOUBLED_OPENINGS = ("''", "``")
#: What may stand beside a subhead on its line: spaces, dashes and a full stop.
_SUBHEAD_EDGES = " \t.-‐‑‒–—―"


def is_title(content: str, longest: int = _TITLE_WORDS) -> bool:
    """A short quoted name of a work or show, every word capitalised: `"Mercy Street,"`,
    `''60 Minutes.''` — not a quotation (a shouted `"USA! USA!"` still is). `longest`
    words at most: a longer run of capitals is a title only where more than its capitals
    says so (`…, by` its author after it)."""
    words = re.findall(r"[^\W_][\w'’-]*", content)
    return (
        0 < len(words) <= longest
        and not any(c in content for c in "!?")
        and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
        and not (len(words) == 1 and content.rstrip().endswith("."))
        and not _opens_speech(words[0])
    )


def published_title(cue: Token | None, content: Span) -> bool:
    """Rule published-title: a quote right after a verb of putting out a work, as its
    object, whose words are a title (:func:`is_title`, two words at least; a title may
    end in a question mark) is the work's name, not words said: `since it published
    "Who Holds the Keys?", its 2023 review`, `The trust released "Rivers in Retreat" in
    May`. `The mayor posted "We are not closing the pool" on Monday` stays a row."""
    if cue is None or cue.lemma_.lower() not in _RELEASING or content.start < 2:
        return False
    doc = content.doc
    opening = doc[content.start - 1]
    name = content.text.rstrip().rstrip("?!")
    return (
        opening.is_quote
        and doc[content.start - 2].i == cue.i
        and len(name.split()) > 1
        and is_title(name)
    )


def _opens_speech(word: str) -> bool:
    """Whether a quote's first word opens speech, not a title: `We're`, `I`, or a word
    that does so only with a verb clipped onto it (`That's`, listed as `That'`)."""
    stem, *clipped = re.split("['’]", word)
    return stem in _SPEECH_OPENERS or (bool(clipped) and f"{stem}'" in _SPEECH_OPENERS)


def names_a_work(whole: Span) -> bool:
    """Whether a quote (`whole`, marks included) stands in apposition to a noun for a kind
    of work, after a comma: the work's name, however long or however capitalised.

    `His memoir, "Bridges Over the Tay: A Life in Steel," sold well.`, `the hit play,
    "Outbound."` and `The paper, "Hedges and run-off", is available` (a document as
    subject) → True; `Ruiz told the board, "We are done."` and `as the polls show,
    "…"` (a verb, not a noun) → False.
    """
    before = [t for t in whole.doc[max(0, whole.start - 3) : whole.start] if not t.is_space]
    if len(before) < 2 or before[-1].text != ",":
        return False
    noun = before[-2]
    if noun.pos_ != "NOUN":
        return False
    if noun.lower_ in _WORK_KINDS:
        return True
    # `The paper, "Field-edge hedges and run-off", is available on request`: a document
    # the sentence is about, its title set off; not `According to the report, "…"` nor
    # `she told the paper, "…"`, where the noun is no subject
    return noun.lower_ in _DOCUMENT_KINDS and noun.dep_ in SUBJECT


def has_byline(whole: Span) -> bool:
    """Rule byline: whether a quote (`whole`, marks included) is the headline of a story
    that a digest lists with its byline, `by` and the writer's name (and outlet) right
    after the closing mark, up to a colon: `"Tenants win rent case," by the Herald's Ana
    Ruiz: "…"` — a title, not a quotation. Not `"…," by Ruiz's count, …` (a noun ends the
    phrase) nor `"…," by contrast`."""
    doc = whole.doc
    first = whole.end
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first >= len(doc) or doc[first].lower_ != "by":
        return False  # most quotes: no `by` after the mark, and no ten words read
    after = [t for t in doc[whole.end : whole.end + 10] if not t.is_space]
    if len(after) < 3:
        return False
    for k, token in enumerate(after[1:], 1):
        if token.text == ":":
            return k > 1 and after[k - 1].pos_ == "PROPN"
        if token.pos_ not in ("PROPN", "DET", "PART") and token.tag_ != "POS":
            return False
    return False


def is_subhead(text: str, span: QuoteSpan, spans: Sequence[QuoteSpan]) -> bool:
    """Whether a quote in single marks is all of its line (but for dashes and a full stop)
    in a text that quotes in double marks: a subhead setting off a part of the story, not
    a quotation.

    `'A long way from home.'` alone on its line, between paragraphs whose quotes are
    `"…"`, and `– 'Who asked?' –` → True; the same line where single marks are what the
    text quotes in (British news, most dialogue) → False.
    """
    if _family(text, span) != "single":
        return False
    line_start = text.rfind("\n", 0, span.open_start) + 1
    line_end = text.find("\n", span.close_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : span.open_start].strip(_SUBHEAD_EDGES):
        return False
    if text[span.close_end : line_end].strip(_SUBHEAD_EDGES):
        return False
    families = [_family(text, s) for s in spans]
    return families.count("double") > families.count("single")


def _family(text: str, span: QuoteSpan) -> str | None:
    """The family of a quote's opening mark (:data:`quotes.mark_kinds.FAMILY`): a text
    quoting in one style may set its subheads in the other. Two apostrophes or backticks
    are one double mark (`''We won,'' he said.`, as newspaper archives print them; marks
    paired so by :mod:`quotes.marks`), so such a text's `'A tough decision.'` alone on
    its line is a subhead too."""
    if text.startswith(_DOUBLED_OPENINGS, span.open_start):
        return "double"
    return FAMILY.get(text[span.open_start : span.open_start + 1])
