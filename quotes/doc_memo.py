"""What a rule reads from a doc once and looks up many times, kept with the doc.

A rule asked about every mention of a recurring word (`the council said …` in each
item of a list of thousands) that reads the whole doc on each call makes a long
document quadratic. :func:`memo` gives each rule a table per doc to keep what it read,
dropped with the doc (so it holds numbers and strings, never a token or span, which
would keep the doc alive), and emptied when the doc is retokenised (its length changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span

#: Per doc: its length when the tables were made, and each rule's table by the rule's name.
_TABLES: WeakKeyDictionary[Doc, tuple[int, dict[str, dict[Any, Any]]]] = WeakKeyDictionary()


def memo(doc: Doc, rule: str) -> dict[Any, Any]:
    """The table `rule` keeps for `doc` (empty at first, and again after the doc was
    retokenised)."""
    known = _TABLES.get(doc)
    if known is None or known[0] != len(doc):
        known = (len(doc), {})
        _TABLES[doc] = known
    return known[1].setdefault(rule, {})


def token_starts(doc: Doc) -> list[int]:
    """The first character of each token of `doc` (``token.idx``), read once per doc
    from its arrays: a rule that asks where each of thousands of mentions stands need not
    make a token object for each."""
    table = memo(doc, "token-starts")
    if not table:
        table[0] = doc.to_array("IDX").tolist()
    starts: list[int] = table[0]
    return starts


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per doc: spaCy joins it anew from a token object for every
    word of the doc on each call, where rules look at the characters around a word."""
    table = memo(doc, "text")
    if not table:
        table[0] = doc.text
    text: str = table[0]
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from its doc's text, which is read once per doc
    (:func:`doc_text`): spaCy joins a span's text from a token object for each of its
    words on every call, where rules that read each row's words several times need only
    the characters."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def made_from(doc: Doc, text: str) -> None:
    """Tell :func:`span_text` that `doc` was made from `text` (spaCy's tokenizer keeps
    every character, so ``doc.text`` is `text`), which the caller holds already: joining
    ``doc.text`` makes a token object for every word of the doc."""
    memo(doc, "text")[0] = text


def lexical_ids(doc: Doc, attr: str) -> np.ndarray:
    """The string-store id of a lexical attribute (``ORTH``, ``LOWER``: what a word is,
    which no parse or repair changes) of each token of `doc`, read once per doc from its
    arrays; an attribute the parser or a repair sets (a lemma, a tag, a dependency) is
    read afresh by whoever asks. Read it, never change it."""
    table = memo(doc, "lexical-ids")
    if attr not in table:
        table[attr] = doc.to_array(attr)
    ids: np.ndarray = table[attr]
    return ids


def first_of(doc: Doc, attr: str, value: str) -> int:
    """The index of the first token of `doc` whose lexical attribute `attr` (``ORTH``,
    ``LOWER``: see :func:`lexical_ids`) is `value`, or ``len(doc)`` when none is, read
    once per doc and value: a rule that asks each row whether such a word stands before
    it (`what` before a cue) need not look at a token when none does."""
    table = memo(doc, "first-of")
    if (attr, value) not in table:
        strings = doc.vocab.strings
        hits = (lexical_ids(doc, attr) == strings[value]).nonzero()[0] if value in strings else []
        table[attr, value] = int(hits[0]) if len(hits) else len(doc)
    first: int = table[attr, value]
    return first


def quote_marks(doc: Doc) -> list[int]:
    """The indices of the tokens of `doc` that are quotation marks (``token.is_quote``,
    what a word is: see :func:`lexical_ids`), in order, read once per doc: a rule that
    looks back from a cue for the mark closing a quote need not make a token object for
    each word it passes."""
    table = memo(doc, "quote-marks")
    if not table:
        table[0] = lexical_ids(doc, "IS_QUOTE").nonzero()[0].tolist()
    marks: list[int] = table[0]
    return marks
