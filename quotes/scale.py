"""Run the engine at scale: in this process, a pool of worker processes or a Dask cluster.

:func:`run` chooses the runner. Every runner keeps the promises of
:func:`quotes.run.run_documents`: documents stream in, results come out in input order,
memory stays flat (a bounded number of batches is in flight) and one bad document never
stops a run; all do their per-batch work with :func:`~quotes.batches.process_batch`, so
they give identical rows. The steps have modules of their own: the batches
(:mod:`quotes.batches`), the pool (:mod:`quotes.pool`), Dask (:mod:`quotes.distributed`),
shards and resuming (:mod:`quotes.shards`) and the set-up of a parsing process
(:mod:`quotes.process_setup`); their public names are importable from here too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING

from quotes.batches import BatchResult, pool_batches, process_batch, yield_results
from quotes.pool import WORKER_DIED, run_pool, worker_pool
from quotes.process_setup import keep_freed_memory
from quotes.records import Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, Limits, run_documents
from quotes.shards import Shard, ShardTarget

if TYPE_CHECKING:
    from quotes.engine import Engine

__all__ = [
    "BACKENDS",
    "WORKER_DIED",
    "BatchResult",
    "Shard",
    "ShardTarget",
    "check_backend",
    "default_workers",
    "keep_freed_memory",
    "pool_batches",
    "process_batch",
    "run",
    "run_pool",
    "worker_pool",
    "yield_results",
]

#: The ways `quotes extract --engine` can run the engine.
BACKENDS = ("local", "dask")


def default_workers() -> int:
    """All the cores this process may run on (the `--workers` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def check_backend(backend: str, workers: int, scheduler: str | None = None) -> None:
    """Refuse an unknown backend, a worker count below 1, Dask when it is not installed,
    or a scheduler address without Dask (`--scheduler tcp://…` alone ran on this machine,
    saying nothing, where the user asked for a cluster).

    Called before any work starts, so a usage mistake costs nothing.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown engine {backend!r}; choose from: {', '.join(BACKENDS)}")
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if scheduler is not None and backend != "dask":
        raise ValueError(f"--scheduler {scheduler} is the address of a Dask cluster: add "
                         f"--engine dask to run there (the {backend} engine has no scheduler)")
    if backend == "dask":
        from quotes.distributed import dask_distributed

        dask_distributed()  # only checking that it is installed


def run(
    documents: Iterable[Document],
    *,
    engine: Engine | Callable[[], Engine],
    model: str | None,
    backend: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 32,
    on_error: Callable[[DocumentError], None],
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document with its quotes, in input order, on the chosen backend.

    `local` with one worker runs in this process with `engine`; with more it uses
    :func:`run_pool`, except when the whole input fits in one batch (starting
    processes would cost more than it saves). `dask` maps batches over a Dask cluster
    (:func:`quotes.distributed.run_dask`). Every path gives the same rows. `engine` may
    be a function that loads it: then only a run in this process loads the model here
    (seconds, and the memory of one more worker), the pool's and Dask's workers load
    their own.
    """
    check_backend(backend, workers, scheduler)
    if backend == "dask":
        from quotes.distributed import run_dask

        return run_dask(documents, model=model, batch_size=batch_size, on_error=on_error,
                        scheduler=scheduler, limits=limits)
    if workers == 1:
        return run_documents(_loaded(engine), documents, batch_size=batch_size,
                             on_error=on_error, limits=limits)
    return _local_or_pool(documents, engine=engine, model=model, workers=workers,
                          batch_size=batch_size, on_error=on_error, limits=limits)


def _loaded(engine: Engine | Callable[[], Engine]) -> Engine:
    """The engine, loaded now when given as the function that loads it."""
    return engine() if callable(engine) else engine


def _local_or_pool(
    documents: Iterable[Document],
    *,
    engine: Engine | Callable[[], Engine],
    model: str | None,
    workers: int,
    batch_size: int,
    on_error: Callable[[DocumentError], None],
    limits: Limits,
) -> Iterator[tuple[Document, list[Quote]]]:
    """The pool for inputs longer than one batch, this process for shorter ones; never
    more workers than there are batches (each worker loads the model: seconds and
    hundreds of MB for nothing), as far as the first `workers` batches tell."""
    stream = iter(documents)
    head = list(islice(stream, batch_size * workers + 1))
    if len(head) <= batch_size:
        yield from run_documents(_loaded(engine), head, batch_size=batch_size,
                                 on_error=on_error, limits=limits)
    else:
        batches = -(-len(head) // batch_size)
        yield from run_pool(chain(head, stream), model=model, workers=min(workers, batches),
                            batch_size=batch_size, on_error=on_error, limits=limits)
