"""Stream documents through the engine: batches in, rows out, one bad document never stops a run.

This is the loop the CLI drives; it holds no state beyond the current batch, so
memory stays flat however long the stream.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from quotes.engine import Engine
from quotes.records import Document, Quote


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document the engine could not process, with the reason (reported, then skipped)."""

    doc_id: str
    reason: str


def run_documents(
    engine: Engine,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    on_error: Callable[[DocumentError], None],
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document with its quotes, in input order; failures go to `on_error`.

    A batch is parsed together for speed; if anything in it raises, its documents are
    redone one by one so only the culprit is lost.
    """
    stream = iter(documents)
    while batch := list(islice(stream, batch_size)):
        try:
            results = list(engine.pipe((d.text for d in batch), batch_size=batch_size))
        except Exception:  # noqa: BLE001 - isolate the document that failed below
            results = None
        if results is not None:
            yield from zip(batch, results, strict=True)
            continue
        for doc in batch:
            try:
                yield doc, engine.extract(doc.text)
            except Exception as exc:  # noqa: BLE001 - reported, never fatal for the run
                on_error(DocumentError(doc.id, f"{type(exc).__name__}: {exc}"))


def rows_of(document: Document, quotes: list[Quote]) -> Iterator[dict[str, object]]:
    """The output rows of one document, numbered from 1 in text order."""
    for i, quote in enumerate(quotes, 1):
        yield quote.to_row(document.id, i)
