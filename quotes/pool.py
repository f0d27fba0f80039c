"""The process pool: `quotes extract --workers N` parses batches in N worker processes.

The workers are spawned with the model loaded in each before any batch is sent
(:func:`worker_pool`), get batches smaller towards the end of the input so they finish
together (:func:`~quotes.batches.pool_batches`), at most two each in flight, and give
their results back in input order (:func:`run_pool`); a worker that dies is replaced
once per batch.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from multiprocessing.synchronize import Barrier

from quotes import signals
from quotes.batches import BatchResult, pool_batches, process_batch, yield_results
from quotes.process_setup import THREAD_VARIABLES, keep_freed_memory, settle_loaded_model
from quotes.records import Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, Limits


def _start_worker(model: str | None, ready: Barrier) -> None:
    """Pool initializer: load this worker's engine, then wait until every worker has.

    A worker keeps the memory the parser frees, as every parsing process of the CLI
    does, and keeps the loaded model out of the garbage collector's reach
    (:func:`~quotes.process_setup.settle_loaded_model`); its numeric libraries get one
    thread each from its environment
    (:data:`~quotes.process_setup.THREAD_VARIABLES`, which a user's own setting
    overrides), not from :func:`~quotes.process_setup.one_blas_thread`. A worker ignores
    SIGINT: Ctrl-C reaches the whole process group, and the parent stops
    the workers itself (:mod:`quotes.signals`)."""
    from quotes import get_engine

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()
    get_engine(model)
    settle_loaded_model()
    ready.wait(timeout=600)  # a worker that never loads breaks the pool, not a hang


def _worker_batch(model: str | None, batch: list[Document], limits: Limits) -> BatchResult:
    """Pool task: one batch with this worker's engine for `model` (loaded once, cached)."""
    from quotes import get_engine

    return process_batch(lambda: get_engine(model), batch, limits)


def _nothing() -> None:
    """Pool task that returns as soon as a worker takes it (see :func:`worker_pool`)."""


@contextmanager
def worker_pool(model: str | None, workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of `workers` spawned processes, each with its engine loaded, once entered.

    Spawned, not forked (a clean interpreter each; forking a process that holds threads
    and a loaded model is not safe), with one thread per numeric library (see
    :data:`~quotes.process_setup.THREAD_VARIABLES`). All workers start and load the model
    together before this returns, so start-up is paid once, up front, and can be timed
    apart from the work.
    """
    context = multiprocessing.get_context("spawn")
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    for name in THREAD_VARIABLES:  # inherited by the spawned workers
        os.environ.setdefault(name, "1")
    try:
        ready = context.Barrier(workers)
        with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                 initializer=_start_worker, initargs=(model, ready)) as pool:
            cleanup = signals.register(lambda: stop_workers(pool))
            try:
                # One task per worker makes the pool start them all; none runs before
                # every worker has passed the barrier, i.e. has loaded its engine.
                for future in [pool.submit(_nothing) for _ in range(workers)]:
                    future.result()
                yield pool
            except BaseException:  # interrupted or failed: no worker goes on alone
                stop_workers(pool)
                raise
            finally:
                signals.unregister(cleanup)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


#: Seconds :func:`stop_workers` waits for a pool's manager thread, which ends as soon as
#: it sees the workers gone: the pool is shut down and every worker already joined.
_MANAGER_WAIT = 5


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate a pool's worker processes now (their batches are dropped), shut it down
    and wait for its manager thread to end.

    The manager thread closes its wake-up pipe as it ends, and the main thread writes to
    that pipe without the pool's lock when the pool is garbage-collected and at exit
    (CPython 3.11's `weakref_cb` and `_python_exit`): a write that checks the pipe is
    open just before the thread closes it fails with `OSError: handle is closed`, a
    traceback on stderr as a SIGTERM'd run exits. Joined here, the thread has closed
    the pipe before anything else writes to it, and those writes see it closed.
    Called while the pool's lock is held (a signal inside `submit`), it only terminates
    the workers (:func:`_lock_free`)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown forgets it
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    free = _lock_free(pool)
    if free:
        pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    if free and manager is not None and manager is not threading.current_thread():
        manager.join(timeout=_MANAGER_WAIT)


#: Seconds :func:`stop_workers` waits for the pool's lock before leaving its shutdown to
#: the caller (see :func:`_lock_free`).
_LOCK_WAIT = 1.0


def _lock_free(pool: ProcessPoolExecutor) -> bool:
    """Whether the pool's lock can be taken, so that `shutdown` will not wait on it.

    A SIGTERM handler runs in the main thread wherever it is: inside `pool.submit`, that
    thread holds the lock `shutdown` takes, and would wait on itself forever. Then the
    workers are only terminated here; the handler's exit unwinds `submit`, and
    :func:`worker_pool` stops the pool again on its way out, the lock free by then."""
    lock = getattr(pool, "_shutdown_lock", None)
    if lock is None:
        return True
    if not lock.acquire(timeout=_LOCK_WAIT):
        return False
    lock.release()
    return True


#: Why the documents of a batch are reported when its worker died twice.
WORKER_DIED = "worker process died twice on its batch (killed, or out of memory)"


class _Pools:
    """The pool batches go to; a pool broken by a dead worker is replaced once per batch.

    A pool given by the caller is never replaced: a batch it loses is reported.
    """

    def __init__(self, stack: ExitStack, model: str | None, workers: int,
                 given: ProcessPoolExecutor | None) -> None:
        self.stack = stack
        self.model = model
        self.workers = workers
        self.own = given is None
        self.pool = given if given is not None else self._start()

    def _start(self) -> ProcessPoolExecutor:
        return self.stack.enter_context(worker_pool(self.model, self.workers))

    def submit(self, batch: list[Document], limits: Limits) -> Future[BatchResult]:
        """Send a batch to the pool (a pool already broken gives a failed future)."""
        try:
            return self.pool.submit(_worker_batch, self.model, batch, limits)
        except BrokenProcessPool as exc:
            failed: Future[BatchResult] = Future()
            failed.set_exception(exc)
            return failed

    def collect(
        self,
        pending: deque[tuple[list[Document], Future[BatchResult], int]],
        limits: Limits,
        on_error: Callable[[DocumentError], None],
    ) -> Iterator[tuple[Document, list[Quote]]]:
        """The results of the oldest batch in flight; if its worker died, the pool is
        replaced and every batch in flight resubmitted, the oldest reported if it had
        been retried already."""
        batch, future, tries = pending.popleft()
        try:
            results = future.result()
        except BrokenProcessPool:
            retry = self.own and tries == 0
            if self.own:
                stop_workers(self.pool)
                self.pool = self._start()
                again = [(b, self.submit(b, limits), t) for b, _, t in pending]
                pending.clear()
                pending.extend(again)
            if retry:
                pending.appendleft((batch, self.submit(batch, limits), tries + 1))
                return
            for doc in batch:
                on_error(DocumentError(doc.id, WORKER_DIED))
            return
        yield from yield_results(batch, results, on_error)


def run_pool(
    documents: Iterable[Document],
    *,
    model: str | None,
    workers: int,
    batch_size: int,
    on_error: Callable[[DocumentError], None],
    pool: ProcessPoolExecutor | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document with its quotes, in input order, parsed by `workers` processes.

    Batches (:func:`~quotes.batches.pool_batches`: smaller towards the end, so the
    workers finish together) go to `pool`, or to a :func:`worker_pool` started here; at
    most two batches per worker are in flight, so memory does not grow with the corpus.
    Output equals the in-process run, document for document. A worker that dies (killed, out of
    memory) breaks the pool: a new one takes the batches in flight, and a batch that
    breaks it twice has its documents reported (:data:`WORKER_DIED`).
    """
    with ExitStack() as stack:
        pools = _Pools(stack, model, workers, pool)
        pending: deque[tuple[list[Document], Future[BatchResult], int]] = deque()
        for batch in pool_batches(documents, batch_size, workers):
            pending.append((batch, pools.submit(batch, limits), 0))
            if len(pending) >= 2 * workers:
                yield from pools.collect(pending, limits, on_error)
        while pending:
            yield from pools.collect(pending, limits, on_error)
