"""Run the engine at scale: deterministic shards and a pool of worker processes.

Both keep the promises of :func:`quotes.run.run_documents`: documents stream in, results
come out in input order, memory stays flat (a bounded number of batches is in flight) and
one bad document never stops a run. Every runner (in-process, process pool, Dask) does
its per-batch work with :func:`process_batch`, so they give identical rows.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import re
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import TYPE_CHECKING

from quotes import signals
from quotes.outputs import remove_stale_partials
from quotes.records import Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, Limits, run_documents

if TYPE_CHECKING:
    from quotes.engine import Engine

__all__ = [
    "BACKENDS",
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

#: Per document of a batch: its quotes, or why it failed.
BatchResult = list[list[Quote] | DocumentError]

_SHARD_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def default_workers() -> int:
    """All the cores this process may run on (the `--workers` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard `index` of `count`: every document whose position modulo `count` is `index`.

    Position in the input stream (not a hash) keeps shards equal in size and the split
    deterministic, since readers list files and records in a fixed order.
    """

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`"3/8"` → shard 3 of 8 (0-based: 0/8 … 7/8); ValueError when malformed."""
        match = _SHARD_RE.match(text)
        if not match:
            raise ValueError(f"--shard takes INDEX/COUNT, like 0/8; got {text!r}")
        index, count = int(match[1]), int(match[2])
        if count < 1 or not 0 <= index < count:
            raise ValueError(f"--shard {text}: shards are numbered from 0, so the {count} "
                             f"shards are 0/{count} to {count - 1}/{count}")
        return cls(index, count)

    def select(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents of this shard, lazily, in input order."""
        return islice(documents, self.index, None, self.count)

    def filename(self, fmt: str) -> str:
        """The shard's file name in an output folder, e.g. `shard-0003-of-0008.csv`."""
        return f"shard-{self.index:04d}-of-{self.count:04d}.{fmt}"


@dataclass(frozen=True, slots=True)
class ShardTarget:
    """Where a shard's rows go in an output folder, and whether an earlier run finished it."""

    path: Path
    complete: bool

    @classmethod
    def of(cls, folder: Path, shard: Shard, fmt: str) -> ShardTarget:
        """The shard's file in `folder`; dead runs' temp files for it are removed.

        Writers write a temp file and publish it only when all rows are in, so the file
        existing means the shard ran to the end; it is complete unless that run had
        failed documents (:meth:`record`), which a rerun tries again. A run killed
        half-way leaves just its temp file, which is dropped here and the shard is redone
        from scratch (never appended to). A temp file of a process still alive stays.
        """
        path = folder / shard.filename(fmt)
        if folder.is_dir():
            remove_stale_partials(path)
        return cls(path, path.is_file() and not cls.failures_of(path).exists())

    @staticmethod
    def failures_of(path: Path) -> Path:
        """The marker saying a shard's file lacks the documents that failed."""
        return path.with_name(f".{path.name}.failed")

    def record(self, failed: int) -> None:
        """After the shard's run: mark it as incomplete when `failed` documents or inputs
        failed (so a rerun retries it), else clear any mark an earlier run left."""
        marker = self.failures_of(self.path)
        if failed:
            marker.write_text(f"{failed} documents or inputs failed\n", encoding="utf-8")
        else:
            marker.unlink(missing_ok=True)


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


#: Thread counts of the numeric libraries, set to 1 for pool workers (unless the user set
#: them): the workers are the parallelism, and one spare math thread per worker only
#: competes with the other workers for the cores.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                    "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def one_blas_thread() -> None:
    """Keep this process's BLAS (numpy's OpenBLAS, which the model multiplies with, see
    :func:`quotes.model.load_model`) to one thread, as in the pool's workers: a parse's
    matrices are too small for a second thread to pay, and it spins on the core that the
    rules (or another worker) need. 100 PolNeAR train documents in one process: 14.5 ->
    9.8 CPU seconds."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


#: glibc's `mallopt` parameters: the heap's top is handed back to the kernel above this
#: many free bytes, and allocations from this size on get pages of their own.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def keep_freed_memory() -> None:
    """Let glibc's malloc keep the memory the parser frees for its next call instead of
    handing it back to the kernel, which then has to fault in and zero fresh pages for
    every large array: blocks up to 32 MB (the most glibc allows; the parser's arrays
    under :data:`~quotes.run.MAX_BATCH_CHARS` are far smaller) come from the heap, and
    the heap is not trimmed below 1 GB. 200 PolNeAR train documents in one process:
    486,000 page faults and 1.7 system CPU seconds (9% of the run) -> 27,000 and 0.1;
    peak RSS the same (276 and 279 MB). Two workers fault in parallel on one memory
    bus, so they gain at least as much. Does nothing where the C library has no
    `mallopt` (not glibc)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return
    mallopt(_M_MMAP_THRESHOLD, 32 * 2**20)
    mallopt(_M_TRIM_THRESHOLD, 2**30)


def _start_worker(model: str | None, ready: Barrier) -> None:
    """Pool initializer: load this worker's engine, then wait until every worker has.

    A worker ignores SIGINT: Ctrl-C reaches the whole process group, and the parent stops
    the workers itself (:mod:`quotes.signals`)."""
    from quotes import get_engine

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()
    get_engine(model)
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
    :data:`THREAD_VARIABLES`). All workers start and load the model together before this
    returns, so start-up is paid once, up front, and can be timed apart from the work.
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


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate a pool's worker processes now (their batches are dropped) and shut it down."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)


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

    Batches (:func:`pool_batches`: smaller towards the end, so the workers finish
    together) go to `pool`, or to a :func:`worker_pool` started here; at most two
    batches per worker are in flight, so memory does not grow with the corpus. Output equals
    the in-process run, document for document. A worker that dies (killed, out of
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


def check_backend(backend: str, workers: int) -> None:
    """Refuse an unknown backend, a worker count below 1, or Dask when it is not installed.

    Called before any work starts, so a usage mistake costs nothing.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown engine {backend!r}; choose from: {', '.join(BACKENDS)}")
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if backend == "dask":
        try:
            import distributed  # noqa: F401 - only checking that it is installed
        except ImportError as exc:
            message = 'the dask engine needs Dask: pip install "quotes-attribution[dask]"'
            raise ImportError(message) from exc


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
    check_backend(backend, workers)
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
    """The pool for inputs longer than one batch, this process for shorter ones."""
    stream = iter(documents)
    head = list(islice(stream, batch_size + 1))
    if len(head) <= batch_size:
        yield from run_documents(_loaded(engine), head, batch_size=batch_size,
                                 on_error=on_error, limits=limits)
    else:
        yield from run_pool(chain(head, stream), model=model, workers=workers,
                            batch_size=batch_size, on_error=on_error, limits=limits)
