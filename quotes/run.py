"""Stream documents through the engine: batches in, rows out, one bad document never stops a run.

This is the loop the CLI drives; it holds no state beyond the current batch, so
memory stays flat however long the stream.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from quotes.normalise import SURROGATE, replace_surrogates
from quotes.records import Document, Quote, field_text

if TYPE_CHECKING:
    from quotes.engine import Engine

#: At most this many characters go to the parser in one call (a longer text goes alone).
#: spaCy's working memory grows with the text of the batch it parses, about 3 MB per
#: 1,000 characters with the small English model, so a batch of long articles set the
#: process's peak; bounding the characters keeps the peak flat whatever the documents.
#: Small enough that the model's arrays (tokens x 288 floats a layer) stay in the cache:
#: with two processes at once on this machine's two cores (sharing one 32 MB L3), the
#: model spent 14-24% more CPU per token on calls of 16,000 tokens than alone, 4-5% on
#: calls of 2,000 (one copy alone ran both at the same speed). 20,000 characters is
#: about 3,500 tokens.
MAX_BATCH_CHARS = 20_000


#: The default longest document (characters, `--max-doc-chars`): longer ones are reported,
#: not read. Ten times a long book; at the small model's pace about ten minutes.
MAX_DOC_CHARS = 10_000_000
#: The default time budget of one document (seconds, `--max-doc-seconds`).
MAX_DOC_SECONDS = 600.0


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document the engine could not process, with the reason (reported, then skipped)."""

    doc_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost: at most `max_chars` characters and `max_seconds` of
    work (stopped where it is in whatever thread reads it, see :mod:`quotes.time_budget`).
    A document over either is reported with the reason and the run goes on."""

    max_chars: int = MAX_DOC_CHARS
    max_seconds: float = MAX_DOC_SECONDS

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise ValueError("--max-doc-chars must be at least 1")
        if not self.max_seconds > 0:
            raise ValueError("--max-doc-seconds must be above 0")

    def too_long(self, document: Document) -> DocumentError | None:
        """The error of a document over `max_chars`, else None."""
        if len(document.text) <= self.max_chars:
            return None
        return DocumentError(
            document.id,
            f"{len(document.text):,} characters, over the limit of {self.max_chars:,} "
            "(--max-doc-chars)",
        )


#: The limits of a run that sets none.
DEFAULT_LIMITS = Limits()


def run_documents(
    engine: Engine,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    on_error: Callable[[DocumentError], None],
    max_chars: int = MAX_BATCH_CHARS,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document (the very object given) with all its quotes (scope `all`, each
    saying whether the default scope keeps it: the caller selects), in input order.

    Failures go to `on_error`, in input order too. A batch is parsed together for speed;
    if anything in it raises, its documents are redone one by one so only the culprit is
    lost. Within a batch the parser reads at most `max_chars` characters at a time (see
    :data:`MAX_BATCH_CHARS`), so peak memory does not depend on how long the documents
    of a batch happen to be. A text the engine reads in several pieces goes alone, under
    the time budget of `limits`; one over its size limit is reported unread. Lone
    surrogates in a text are read as U+FFFD (same length, so offsets hold); a document
    whose id holds one could not be written, so it is reported (id escaped).
    """
    piece = min(engine.max_piece, engine.nlp.max_length)
    stream = iter(documents)
    while batch := list(islice(stream, batch_size)):
        refused = {i: refusal(doc, limits) for i, doc in enumerate(batch)}
        refused = {i: error for i, error in refused.items() if error is not None}
        together = [
            replace_surrogates(d.text)
            for i, d in enumerate(batch)
            if i not in refused and len(d.text) <= piece
        ]
        try:
            results: Iterator[list[Quote]] | None = iter(
                [
                    quotes
                    for group in _by_size(together, max_chars)
                    for quotes in engine.pipe(group, batch_size=len(group), scope=None,
                                               max_seconds=limits.max_seconds)
                ]
            )
        except Exception:  # isolate the document that failed, below
            results = None
        for i, doc in enumerate(batch):
            if i in refused:
                on_error(refused[i])
                continue
            if results is not None and len(doc.text) <= piece:
                yield doc, next(results)
                continue
            try:
                deadline = time.monotonic() + limits.max_seconds
                found = engine.extract(replace_surrogates(doc.text), scope=None,
                                       deadline=deadline)
            except Exception as exc:  # reported, never fatal for the run
                on_error(failure(doc, exc, limits))
                continue
            yield doc, found


def failure(document: Document, exc: Exception, limits: Limits) -> DocumentError:
    """The error reported for a document whose reading raised `exc`: over the time budget
    of `limits` (:class:`~quotes.engine.DocumentTimeout`, how far it got and the budget),
    or anything else (the exception's type and message). One wording for
    :func:`run_documents` and :func:`quotes.speaker_table.parse_documents`."""
    from quotes.engine import DocumentTimeout  # the engine is loaded by now

    if isinstance(exc, DocumentTimeout):
        return DocumentError(document.id, f"{exc} ({limits.max_seconds:g} s, --max-doc-seconds)")
    return DocumentError(document.id, f"{type(exc).__name__}: {exc}")


def refusal(document: Document, limits: Limits) -> DocumentError | None:
    """Why a document is reported without being read (an id no output can hold, a text
    over the size limit), or None to read it."""
    if SURROGATE.search(document.id):
        escaped = document.id.encode("utf-8", "backslashreplace").decode("utf-8")
        return DocumentError(escaped, "id is not valid Unicode (lone surrogate)")
    return limits.too_long(document)


def _by_size(texts: list[str], max_chars: int) -> Iterator[list[str]]:
    """Consecutive groups of `texts` of at most `max_chars` characters (a longer text alone)."""
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > max_chars:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def kept_fields(document: Document, fields: Sequence[str]) -> dict[str, str | None]:
    """The document's metadata ``fields`` as output cells (None where the input had none)."""
    return {f: field_text(document.metadata.get(f)) for f in fields}


def rows_of(
    document: Document, quotes: list[Quote], fields: Sequence[str] = ()
) -> Iterator[dict[str, object]]:
    """The output rows of one document, numbered from 1 in text order, each with the
    document's metadata ``fields`` (``--keep-fields``; empty where the input had none)."""
    kept = kept_fields(document, fields)
    for i, quote in enumerate(quotes, 1):
        yield {**quote.to_row(document.id, i), **kept}
