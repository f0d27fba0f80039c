"""Setting up a process that extracts in bulk: its numeric threads and its memory.

A parsing process spends most of its time in the model's matrix products and the arrays
they allocate; two settings of the process (not of the engine) make that cheaper, and
change no annotation. :func:`prepare_bulk_process` makes both: `quotes extract` calls it
in the process that parses, the benchmark in each configuration that parses, and a
library user may call it (README, Python API). The engine never calls it, since both
settings hold for the whole process; the pool's workers get one thread per numeric
library from their environment instead (:data:`THREAD_VARIABLES`), which a user's own
setting overrides. Once the model is loaded, :func:`settle_loaded_model` takes what
it loaded out of the garbage collector's reach (the CLI, each pool worker and the
benchmark call it then).
"""

from __future__ import annotations

import ctypes
import gc

#: Thread counts of the numeric libraries, set to 1 for pool workers (unless the user set
#: them): the workers are the parallelism, and one spare math thread per worker only
#: competes with the other workers for the cores.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                    "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def prepare_bulk_process() -> None:
    """Set this process up to extract from many texts: keep the memory the parser frees
    (:func:`keep_freed_memory`) and multiply with one BLAS thread
    (:func:`one_blas_thread`). Call it once, before the first extraction; nothing else
    about the process or the results changes."""
    keep_freed_memory()
    one_blas_thread()


def one_blas_thread() -> None:
    """Keep this process's BLAS (numpy's OpenBLAS, which the model multiplies with, see
    :func:`quotes.model.load_model`) to one thread, as in the pool's workers: a parse's
    matrices are too small for a second thread to pay, and it spins on the core that the
    rules (or another worker) need. 100 PolNeAR train documents in one process: 14.5 ->
    9.8 CPU seconds. numpy is loaded first: a limit holds only for the BLAS libraries
    loaded when it is set, and a process that has not loaded the model has none yet."""
    import numpy  # noqa: F401 - loads the BLAS that the limit is set on
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


def settle_loaded_model() -> None:
    """Take every object alive now (the loaded model, its vocabulary, our word lists)
    out of the cyclic garbage collector's reach for the rest of the process: each full
    collection walked all of them, about 100,000, though none is ever freed, and the
    rules make enough short-lived objects (a token object per word read) to start one
    every few dozen documents. 150 PolNeAR train documents in one process: 0.35 s of
    collection -> 0.11 s (about 3% of the run). Garbage made after the call is collected
    as before, and no result changes; call it once, after the model loaded (a call before
    it only freezes less)."""
    gc.collect()  # what loading left as garbage is freed, not kept for good
    gc.freeze()
