"""Dask as the distributed engine: batches of documents mapped over a cluster.

``pip install "quotes-attribution[dask]"``, then
``quotes extract ... --engine dask [--scheduler ADDR]``.
Each task is one batch, run with the same :func:`~quotes.batches.process_batch` as a local
run, so rows are identical. A worker builds its engine on its first task and keeps it
(:func:`quotes.get_engine` caches per process), so the model loads once per worker.
Without a scheduler address a small :class:`~distributed.LocalCluster` is started.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from types import ModuleType

from quotes.batches import BatchResult, pool_batches, process_batch, yield_results
from quotes.records import Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, Limits

__all__ = ["SchedulerError", "run_dask"]

#: The cluster started when no scheduler is given: two single-threaded worker processes
#: (spaCy releases little of the GIL, so processes, not threads, give parallelism).
LOCAL_WORKERS = 2


def _dask_batch(model: str | None, batch: list[Document], limits: Limits) -> BatchResult:
    """Dask task: one batch with this worker's cached engine for `model`."""
    from quotes import get_engine

    return process_batch(lambda: get_engine(model), batch, limits)


class SchedulerError(ValueError):
    """No Dask scheduler answers at the address ``--scheduler`` gives (a slip, a cluster
    not started): a usage error, one line, where it was a traceback after 30 s."""


def run_dask(
    documents: Iterable[Document],
    *,
    model: str | None,
    batch_size: int,
    on_error: Callable[[DocumentError], None],
    scheduler: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document with its quotes, in input order, computed on a Dask cluster.

    Batches (:func:`~quotes.batches.pool_batches`, smaller towards the end) are submitted
    as the input is read, with at most two per worker in flight, and collected in
    submission order; memory stays flat and output order is deterministic. Raises
    ImportError (with the install line) when Dask is missing.
    """
    return _run(dask_distributed(), documents, model=model, batch_size=batch_size,
                on_error=on_error, scheduler=scheduler, limits=limits)


def dask_distributed() -> ModuleType:
    """Dask's `distributed` module, or an ImportError with the install line when Dask is
    not installed (what :func:`quotes.scale.check_backend` checks before any work)."""
    try:
        import distributed
    except ImportError as exc:
        message = 'the dask engine needs Dask: pip install "quotes-attribution[dask]"'
        raise ImportError(message) from exc
    return distributed


def _run(
    distributed: ModuleType,
    documents: Iterable[Document],
    *,
    model: str | None,
    batch_size: int,
    on_error: Callable[[DocumentError], None],
    scheduler: str | None,
    limits: Limits,
) -> Iterator[tuple[Document, list[Quote]]]:
    """The generator behind :func:`run_dask` (which checks the import eagerly)."""
    with ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(distributed.Client(scheduler))
            except OSError as exc:  # dask's time-out, a refused connection
                raise SchedulerError(
                    f"--scheduler {scheduler}: no Dask scheduler answers there ({exc})"
                ) from exc
        else:
            cluster = stack.enter_context(
                distributed.LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         silence_logs=logging.CRITICAL)
            )
            client = stack.enter_context(distributed.Client(cluster))
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = 2 * workers
        pending: deque[tuple[list[Document], distributed.Future]] = deque()
        for batch in pool_batches(documents, batch_size, workers):
            pending.append((batch, client.submit(_dask_batch, model, batch, limits, pure=False)))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield from yield_results(done, future.result(), on_error)
        while pending:
            done, future = pending.popleft()
            yield from yield_results(done, future.result(), on_error)
