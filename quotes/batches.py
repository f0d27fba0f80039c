"""The unit every runner ships: a batch of documents, and its results.

The in-process run, the process pool (:mod:`quotes.pool`) and Dask
(:mod:`quotes.distributed`) all cut the input with :func:`pool_batches`, do a batch's
work with :func:`process_batch` and pair its results with its documents with
:func:`yield_results`, so they give identical rows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from quotes.records import Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, Limits, run_documents

if TYPE_CHECKING:
    from quotes.engine import Engine

#: Per document of a batch: its quotes, or why it failed.
BatchResult = list[list[Quote] | DocumentError]


def pool_batches(
    documents: Iterable[Document], size: int, workers: int
) -> Iterator[list[Document]]:
    """Batches of at most `size` documents for `workers` processes, the last ones smaller.

    A pool's run ends when its last worker does. Cut into whole batches to the end, the
    input may leave one worker a full last batch while the others have nothing left
    (about 4% of the time of 200 news articles in batches of 32, with two workers). So
    the documents are read `2 * workers * size` ahead, and once the end of the input is
    among them each batch takes only its share of the characters left, one part in
    `2 * workers` (at least one document): the batches shrink towards the end and the
    workers finish together. The documents keep their order, and a document's rows do
    not depend on the batch it is in.
    """
    stream = iter(documents)
    reach = 2 * workers * size
    ahead: deque[Document] = deque(islice(stream, reach))
    ended = len(ahead) < reach
    while ahead:
        if ended:
            share = sum(len(doc.text) for doc in ahead) / (2 * workers)
            batch = [ahead.popleft()]
            chars = len(batch[0].text)
            while ahead and len(batch) < size and chars + len(ahead[0].text) <= share:
                chars += len(ahead[0].text)
                batch.append(ahead.popleft())
            yield batch
            continue
        yield [ahead.popleft() for _ in range(size)]
        more = list(islice(stream, size))
        ahead.extend(more)
        ended = len(more) < size


def process_batch(
    engine_of: Callable[[], Engine], batch: list[Document], limits: Limits = DEFAULT_LIMITS
) -> BatchResult:
    """The quotes of each document of a batch, or its error; the unit every runner ships.

    `engine_of` returns the process's cached engine (built on first use), so a worker
    loads its model once however many batches it gets.
    """
    errors: list[DocumentError] = []
    done = run_documents(engine_of(), batch, batch_size=len(batch), on_error=errors.append,
                         limits=limits)
    found = dict.fromkeys(range(len(batch)))
    position = 0
    for doc, quotes in done:  # in batch order, the failed documents left out
        while batch[position] is not doc:
            position += 1
        found[position] = quotes
        position += 1
    failed = iter(errors)  # reported in batch order too
    return [quotes if quotes is not None else next(failed) for quotes in found.values()]


def yield_results(
    batch: list[Document], results: BatchResult, on_error: Callable[[DocumentError], None]
) -> Iterator[tuple[Document, list[Quote]]]:
    """Pair a processed batch with its documents; failures go to `on_error`."""
    for doc, result in zip(batch, results, strict=True):
        if isinstance(result, DocumentError):
            on_error(result)
        else:
            yield doc, result
