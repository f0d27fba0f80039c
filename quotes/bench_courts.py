"""The court that judges sitting together speak for: `The Bench said …`, `the justices
wrote …`, `Three judges held …`, and `The judgment, signed by a panel of three judges,
reads …` are the court's, as the guideline gives a bench speaking together to its court.
A step of :class:`quotes.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.doc_memo import memo
from quotes.language import word_classes, word_list

#: Nouns for judges sitting together (`bench`, `justices`, `judges`, `panel`), each with
#: whether it is a bench `alone` or only `counted` (`Three judges`, `a panel of judges`).
_BENCH = word_classes("bench-words")
#: Words that end or head a court's name (`Court`, `Tribunal`).
_COURT_ENDS = word_list("court-name-ends")
#: A court's name in the text: capitalised words ending in a court word, or a court word
#: with an `of`/`for` phrase of capitalised words (`Court of Appeal`).
_CAPITAL = r"[A-Z][\w'’.-]*"
_COURT = re.compile(
    rf"((?:{_CAPITAL} )*(?:{'|'.join(sorted(_COURT_ENDS))})"
    rf"(?: (?:of|for)(?: the)?(?: {_CAPITAL})+)?)"
)


def bench_mention(mention: Span, head: Token) -> bool:
    """Rule bench-for-court: whether a mention is judges sitting together, a
    :data:`_BENCH` noun: `the Bench`, `the justices`, or `judges` or `panel` with a
    number before it or `of judges` after it (`Three judges`, `a panel of three judges`);
    not one judge, nor a panel the text names (`the Appeals Panel`)."""
    lower = head.lower_
    if lower not in _BENCH or any(t.pos_ == "PROPN" and t.i != head.i for t in mention):
        return False
    if _BENCH[lower] == "alone":
        return True
    # shape: <number> judges / a panel of <number> judges
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    return any(
        p.lower_ == "of" and any(o.lower_ in _BENCH for o in p.children) for p in head.rights
    )


def court_named(doc: Doc) -> Span | None:
    """The one court the text names (`the Lviv District Administrative Court ruled …`),
    the longest form where one name holds another (`Supreme Court` in `the Supreme Court
    of Norland`); None when it names none or several. Read once per doc."""
    # kept as token bounds: a table kept with the doc holds no span of it
    known: dict[str, tuple[int, int] | None] = memo(doc, "court-named")
    if "court" not in known:
        names = {m.group(1).removeprefix("The ") for m in _COURT.finditer(doc.text)}
        names = {n for n in names if n not in _COURT_ENDS}
        longest = {n for n in names if not any(n != o and n in o for o in names)}
        bounds = None
        if len(longest) == 1:
            name = next(iter(longest))
            start = doc.text.find(name)
            span = doc.char_span(start, start + len(name), alignment_mode="contract")
            bounds = None if span is None or not len(span) else (span.start, span.end)
        known["court"] = bounds
    bounds = known["court"]
    return None if bounds is None else doc[bounds[0] : bounds[1]]
