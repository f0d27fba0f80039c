"""Who is quoted, and how much: one row per resolved speaker across a corpus.

Fact-checkers and researchers start from the speakers, not the quotes: who is quoted,
as what (``NATO Secretary-General``), how often directly or in reported speech, in
which documents, and what they said first. This module aggregates the engine's
quotes into that table and reads each speaker's role from the parse around their
fullest mention, so the role is given as the text gives it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from quotes.engine import Engine, over_budget
from quotes.genders import gender_of_given
from quotes.hidden_chars import Visible
from quotes.language import word_list, word_map
from quotes.name_spans import TITLES, name_tokens, surname_key
from quotes.people import SPEAKER_COLUMN_TYPES, SPEAKER_COLUMNS, People
from quotes.records import Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, Limits, failure, refusal
from quotes.scope import Scope, select
from quotes.time_budget import within
from quotes.writers import open_writer

#: Dependency labels of the words before a name that belong to its title or role
#: (`NATO Secretary-General`, `U.S. President`, `race director`, `Russia's President`).
_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod"})
#: Punctuation allowed inside a role (`Secretary-General`, `U.S.`).
_ROLE_PUNCT = frozenset({"-", "–", "."})
#: Words that are never a role on their own: honorifics (`Mrs.`) and pronouns (`herself`).
_NOT_ROLES = frozenset(word_list("honorifics")) | {
    word for words in word_map("pronouns").values() for word in words
}
#: The marks that set an apposition off from the name it follows.
_SETTING_OFF = frozenset({",", "(", "[", "-", "--", "–", "—"})
#: Longest apposition taken as a role; longer ones are clauses, not titles.
_MAX_APPOSITION = 8


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A document (or one piece of a long one) with its parse (of the normalised text,
    same offsets) and its quotes; `last` is false for every piece but a document's last.
    The text read is `visible.text`, the document's without its in-word invisible
    characters (:mod:`quotes.hidden_chars`), as :meth:`Engine.extract` reads it; offsets
    index its piece, `visible.text[offset:]`, and ``visible.given`` maps the quotes back
    to the text as given."""

    document: Document
    doc: Doc
    quotes: list[Quote]
    last: bool = True
    offset: int = 0
    visible: Visible | None = None


def parse_documents(
    engine: Engine,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    on_error: Callable[[DocumentError], None],
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[ParsedDocument]:
    """Like :func:`quotes.run.run_documents`, but keep each parse for readers of the syntax.

    Not built on it: that loop asks the engine for quotes alone, parsing only the
    sentences an attribution can use (:mod:`quotes.selective`) and dropping each parse;
    a speaker's role is read from the parse around every mention of the name, so here
    every sentence is parsed and the parse kept. The two share what is reported for a
    document not read (:func:`quotes.run.refusal`, :func:`quotes.run.failure`).

    Batches are parsed together; if a batch fails its documents are redone one by one so
    only the culprit is reported (through ``on_error``) and skipped. A text the engine reads
    in pieces comes piece by piece (memory bounded by the piece), under the time budget of
    `limits`; a document over it is reported after the pieces already given.
    """
    piece = min(engine.max_piece, engine.nlp.max_length)
    stream = iter(documents)
    while batch := list(islice(stream, batch_size)):
        refused = {i: refusal(d, limits) for i, d in enumerate(batch)}
        seen = {i: Visible(d.text) for i, d in enumerate(batch) if refused[i] is None}
        short = [v.text for v in seen.values() if len(v.text) <= piece]
        try:
            parses = iter(list(engine.nlp.pipe((engine.normalised(t) for t in short),
                                               batch_size=batch_size)))
        except Exception:  # isolate the document that failed below
            parses = None
        for i, document in enumerate(batch):
            error = refused[i]
            if error is not None:
                on_error(error)
                continue
            visible = seen[i]
            parsed = next(parses) if parses is not None and len(visible.text) <= piece else None
            try:
                yield from _pieces(engine, document, visible, parsed, limits)
            except Exception as exc:  # reported, never fatal for the run
                on_error(failure(document, exc, limits))


def _pieces(
    engine: Engine, document: Document, visible: Visible, parsed: Doc | None, limits: Limits
) -> Iterator[ParsedDocument]:
    """The parsed pieces of one document, read as `visible` (its parse `parsed` when the
    batch made it)."""
    text = visible.text
    deadline = time.monotonic() + limits.max_seconds
    if parsed is not None:
        quotes = within(deadline, lambda: over_budget(0, len(text)),
                        partial(engine.attribute, text, parsed))
        yield ParsedDocument(document, parsed, quotes, visible=visible)
        return
    norm = engine.normalised(text)
    bounds = engine.chunks(text, norm)
    for k, (start, end) in enumerate(bounds, 1):
        doc, quotes = within(deadline, lambda at=start: over_budget(at, len(text)),
                             partial(_parsed_piece, engine, text[start:end], norm[start:end]))
        yield ParsedDocument(document, doc, quotes, k == len(bounds), start, visible)


def _parsed_piece(engine: Engine, piece: str, norm: str) -> tuple[Doc, list[Quote]]:
    """The parse of one piece (from its normalised form `norm`) and its quotes."""
    doc = engine.nlp(norm)
    return doc, engine.attribute(piece, doc)


def role_of(doc: Doc, name: str, mentions: Sequence[tuple[int, int]] = ()) -> str | None:
    """The speaker's title or role as the text gives it, or None when it gives none.

    Looks at the fullest mentions of ``name`` first (where the text spells the canonical
    name out), then at person entities with the same surname, then at the
    ``mentions`` given as character offsets (the attribution sites). For each it takes
    the words before the name that hang off it (`NATO Secretary-General Jens
    Stoltenberg`), else an apposition (`Dana Okafor, chief economist at Northgate
    Bank`; `the editor, Mara Quist`).
    """
    for tokens in _mentions(doc, name, mentions):
        for role in (_role_before(doc, tokens), _role_apposed(doc, tokens)):
            if role and not _not_a_role(role):
                return role
    return None


def _not_a_role(role: str) -> bool:
    """Whether words found before or beside a name are no role: only honorifics or
    pronouns (`Mrs.`, `herself`), or a given name left before a surname (`Bernie`)."""
    if not any(char.isalpha() for char in role):  # signs alone: `>` of a tag left in a text
        return True
    words = role.split()
    given = role[:1].isupper() and role.lower() not in TITLES and gender_of_given(role)
    if len(words) == 1 and given:
        return True
    return all(word.lower().strip(".") in _NOT_ROLES for word in words)


def _mentions(doc: Doc, name: str, sites: Sequence[tuple[int, int]]) -> Iterator[list[Token]]:
    """Name tokens of the mentions of ``name``: fullest first, then same surname, then sites.

    The fullest mentions are the places the text spells the canonical name out, whether or
    not the entity recogniser tagged them (it misses names at a sentence start).
    """
    spans: list[Span | None] = [
        doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text)
    ]
    key = name.split()[-1].lower() if name.split() else None
    words = set(re.findall(r"\w+", name.lower()))
    spans += [e for e in doc.ents if e.label_ == "PERSON" and surname_key(e) == key
              and _own(e, words)]
    spans += [doc.char_span(start, end, alignment_mode="expand") for start, end in sites]
    for span in spans:
        tokens = name_tokens(span) if span is not None else []
        if tokens and tokens[-1].pos_ == "PROPN":
            yield tokens


def _own(entity: Span, words: set[str]) -> bool:
    """Whether a same-surname name is the speaker's: `Grace Adjei` is no mention of
    `Samuel Adjei`, as a word of its own makes it another person's; a word an initial
    of the name stands for (`Pavel` of `P. Niemi`) or an initial is none."""
    initials = {word for word in words if len(word) == 1}
    return all(
        t.lower_ in words or not t.is_alpha or len(t.text) == 1 or t.lower_[0] in initials
        for t in name_tokens(entity)
    )


def _root(tokens: list[Token]) -> Token:
    """The token of a name whose head lies outside it (the surname, usually)."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def _role_before(doc: Doc, tokens: list[Token]) -> str | None:
    """The title words right before the name that depend on it (compounds, modifiers)."""
    root = _root(tokens)
    first = tokens[0].i
    while first > 0:
        word = doc[first - 1]
        if word.is_space and "\n" not in word.text:  # a tag read as spaces: `<b>Ana Ruiz</b>`
            first -= 1
            continue
        attached = root in word.ancestors and word.dep_ in _ROLE_DEPS
        if not attached or word.pos_ == "DET" or (word.is_punct and word.text not in _ROLE_PUNCT):
            break
        if word.pos_ == "PRON" or "\n" in word.text:
            break
        first -= 1
    return _text(doc, first, tokens[0].i)


def _role_apposed(doc: Doc, tokens: list[Token]) -> str | None:
    """An apposition: `Name, chief economist at X` or `the editor, Name`."""
    root = _root(tokens)
    after = _apposed_after(root)
    if after:
        appos = after[0]
        return _text(
            doc, appos.left_edge.i, min(appos.right_edge.i + 1, appos.left_edge.i + _MAX_APPOSITION)
        )
    head = root.head
    if (
        root.dep_ == "appos"
        and head.i < root.i
        and head.pos_ in ("NOUN", "PROPN")
        and not any(t.text == ":" or "\n" in t.text for t in doc[head.i : tokens[0].i])
    ):  # `Photo: Maud Ellery`, a caption's label, is no role
        return _text(doc, head.left_edge.i, head.i + 1)
    return None


def _apposed_after(root: Token) -> list[Token]:
    """The appositions after a name that can be its role, in order: set off from it
    (:func:`_set_off`), and not an age (`Ola Berg, 41,`); after an age, only the one
    right after it (`Ola Berg, 41, a retired joiner,`), not words the parse hung on
    the name further on (`Nia Pyke, 9, on her tortoise, Sir Percival`)."""
    out: list[Token] = []
    after_age: int | None = None
    for child in root.children:
        if child.dep_ != "appos" or child.i < root.i:
            continue
        if child.like_num:
            after_age = child.i + 2  # the age and its comma
            continue
        if _set_off(child) and (after_age is None or child.left_edge.i == after_age):
            out.append(child)
    return out


def _set_off(appos: Token) -> bool:
    """Whether an apposition after a name is set off as one is (`Dana Okafor, chief
    economist`, `(a farmer)`, `— the editor`): a parse that hangs words with no comma,
    bracket or dash before them on the name (`Ada Lind of the Tide Research Unit`, its
    `Research Unit`) gives a piece of another name, no role."""
    first = appos.left_edge.i
    return first > 0 and appos.doc[first - 1].text in _SETTING_OFF


def _text(doc: Doc, start: int, end: int) -> str | None:
    """The text of tokens ``start:end`` without determiners, possessive pronouns and edge
    punctuation or spaces, each run of spaces inside it one space (a tag the text holds is
    read as spaces: `the <i>mayor</i>` gives `mayor`); None when nothing is left."""
    words = [
        t for t in doc[start:end] if t.pos_ != "DET" and not (t.pos_ == "PRON" and t.dep_ == "poss")
    ]
    while words and (words[0].is_punct or words[0].is_space):
        words = words[1:]
    while words and (words[-1].is_space or (words[-1].is_punct and words[-1].text != ".")):
        words = words[:-1]
    if not words:
        return None
    # the span's own text: `doc.text` is joined anew from every token on each call
    return " ".join(doc[words[0].i : words[-1].i + 1].text.split())


class SpeakerTable(People):
    """Aggregates quotes per resolved speaker name, with the roles the texts give them;
    feed documents in input order.

    A speaker's role is the one the texts give most often (ties: the first seen).
    Memory grows with the number of speakers, not of quotes or documents.
    """

    def add(self, parsed: ParsedDocument) -> None:
        """Count the quotes of one parsed document and read its speakers' roles."""
        for quote in parsed.quotes:
            self.count(parsed.document.id, quote.speaker, quote.type, quote.text)
        self.read_roles(parsed)

    def read_roles(self, parsed: ParsedDocument) -> None:
        """Read the roles of the speakers of one parsed document (its quotes counted
        elsewhere, as when :class:`~quotes.speaker_ids.SpeakerIdWriter` counts the rows)."""
        sites: dict[str, list[tuple[int, int]]] = {}
        for quote in parsed.quotes:
            if quote.speaker and quote.speaker_start is not None and quote.speaker_end is not None:
                sites.setdefault(quote.speaker, []).append((quote.speaker_start, quote.speaker_end))
        for name, spans in sites.items():
            role = role_of(parsed.doc, name, spans)
            if role:
                self.stats(name).roles[role] += 1

    def rows(self) -> list[dict[str, object]]:
        """One row per person (:meth:`~quotes.people.People.people`), most quoted first."""
        return [entry.row(slug) for slug, entry in self.people()]


def quotes_with_roles(
    engine: Engine,
    documents: Iterable[Document],
    speakers: SpeakerTable,
    *,
    batch_size: int,
    on_error: Callable[[DocumentError], None],
    scope: Scope,
    min_confidence: float,
    limits: Limits,
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document with its quotes of `scope` (at least `min_confidence`), their
    speakers' roles read into ``speakers`` on the way (from the parse, so this runs
    in-process; a long text piece by piece, its quotes gathered): what `quotes extract`
    runs for a workbook with a speakers sheet. The quotes are counted as the rows are
    written (:func:`quotes.speaker_ids.with_speaker_ids`)."""
    found: list[Quote] = []
    document: Document | None = None
    for parsed in parse_documents(engine, documents, batch_size=batch_size, on_error=on_error,
                                  limits=limits):
        parsed = replace(parsed, quotes=select(parsed.quotes, scope, min_confidence))
        speakers.read_roles(parsed)
        if parsed.document is not document:  # a new document (the last one may have failed)
            document, found = parsed.document, []
        found.extend(Engine.shifted(parsed.quotes, parsed.offset))
        if parsed.last:
            yield parsed.document, (parsed.visible.given(found) if parsed.visible else found)


def write_speaker_table(
    rows: Iterable[Mapping[str, object]],
    path: Path | None,
    *,
    fmt: str | None = None,
    plain_csv: bool = False,
    force: bool = False,
    inputs: Sequence[Path] = (),
    on_warning: Callable[[str, str], None] | None = None,
) -> None:
    """Write speaker rows as CSV, JSONL, Parquet or .xlsx (a sheet named ``speakers``) with
    the same conventions as ``extract`` (atomic, spreadsheet-safe CSV unless ``plain_csv``,
    typed JSONL, Parquet and workbook cells)."""
    with open_writer(
        path,
        fmt=fmt,
        columns=SPEAKER_COLUMNS,
        types=SPEAKER_COLUMN_TYPES,
        plain_csv=plain_csv,
        force=force,
        inputs=inputs,
        sheet="speakers",
        on_warning=on_warning,
    ) as writer:
        for row in rows:
            writer.write(row)
