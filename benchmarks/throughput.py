"""Throughput of `quotes` against the plain textacy baseline, on the same documents, same run.

    .venv/bin/python benchmarks/throughput.py [--data FILE.jsonl] [--docs 200]

Configurations, each in its own subprocess so peak memory is its own:

* ``textacy``: what textacy users run — ``nlp.pipe`` with the same spaCy model, then
  ``textacy.extract.triples.direct_quotations`` on each doc; one process.
* ``quotes-1``: ``quotes`` in-process (``--workers 1``).
* ``quotes-2``: ``quotes`` with 2 worker processes (``--workers 2``); its time includes
  starting the workers and loading the model in each.

Model loading in the measuring process is not timed (it is the same for all). Peak RSS is
the largest of the process and its (joined) children, from ``getrusage``. The memory check
runs ``quotes-1`` on 100 and on 800 documents: flat means the peak does not grow with the
corpus. Texts are read at run time from the data file; nothing of it is stored here.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

DATA = Path("/work/shared/data/polnear-train.jsonl")
CONFIGS = ("textacy", "quotes-1", "quotes-2")


def load_texts(path: Path, count: int) -> list[str]:
    """The first `count` texts of a JSONL file with a `text` field."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if len(texts) == count:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _peak_rss_mb() -> float:
    """Peak resident memory (MB) of this process or any finished child (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure(config: str, path: Path, count: int, batch_size: int) -> dict[str, float]:
    """Run one configuration here (the child side) and return its figures."""
    texts = load_texts(path, count)
    if config == "textacy":
        from quotes.baseline import baseline_extract_many
        from quotes.model import load_model

        nlp = load_model(None)
        started = time.perf_counter()
        found = sum(len(q) for q in baseline_extract_many(texts, nlp, batch_size=batch_size))
    else:
        from quotes import get_engine
        from quotes.records import Document
        from quotes.scale import run

        engine = get_engine(None)
        workers = int(config.rsplit("-", 1)[1])
        documents: Iterator[Document] = (Document(str(i), t) for i, t in enumerate(texts))
        started = time.perf_counter()
        results = run(documents, engine=engine, model=None, workers=workers,
                      batch_size=batch_size, on_error=lambda e: None)
        found = sum(len(q) for _, q in results)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    return {"docs": len(texts), "words": words, "seconds": seconds, "quotes": found,
            "words_per_s": words / seconds, "docs_per_s": len(texts) / seconds,
            "peak_rss_mb": _peak_rss_mb()}


def run_child(config: str, path: Path, count: int, batch_size: int) -> dict[str, float]:
    """Measure one configuration in a fresh subprocess."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", config, "--data", str(path), "--docs", str(count),
         "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    """One line naming the machine: CPU model, cores, OS and Python."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, nproc={cores}, {platform.platform()}, Python {platform.python_version()}"


def main() -> None:
    """Parse arguments; run every configuration and print the markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--memory-sizes", default="100,800")
    parser.add_argument("--child", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.data, args.docs, args.batch_size)))
        return
    results = {c: run_child(c, args.data, args.docs, args.batch_size) for c in CONFIGS}
    base, one = results["textacy"], results["quotes-1"]
    print(f"Date: {datetime.date.today()}  \nMachine: {machine()}  ")
    print(f"Data: first {base['docs']} documents of {args.data.name} "
          f"({base['words']:,} words), batch size {args.batch_size}\n")
    print("| configuration | words/s | docs/s | peak RSS (MB) | quotes | words/s vs textacy "
          "| words/s vs quotes-1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['words_per_s']:,.0f} | {r['docs_per_s']:.2f} | "
              f"{r['peak_rss_mb']:.0f} | {r['quotes']:.0f} | "
              f"{r['words_per_s'] / base['words_per_s']:.2f}x | "
              f"{r['words_per_s'] / one['words_per_s']:.2f}x |")
    print("\n| quotes-1 on | peak RSS (MB) | words/s |\n|---|---:|---:|")
    for size in (int(s) for s in args.memory_sizes.split(",")):
        r = run_child("quotes-1", args.data, size, args.batch_size)
        print(f"| {r['docs']:.0f} docs ({r['words']:,.0f} words) | {r['peak_rss_mb']:.0f} | "
              f"{r['words_per_s']:,.0f} |")


if __name__ == "__main__":
    main()
