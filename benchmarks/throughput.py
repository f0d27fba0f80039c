"""Throughput of `quotes` against the plain textacy baseline, on the same documents, same run.

    .venv/bin/python benchmarks/throughput.py [--data FILE.jsonl] [--docs 800] [--rounds 1]
        [--also FILE.jsonl]

``--data`` defaults to the repository's own fact-checker set
(``fixtures/factcheck/articles.jsonl``, 1,455 short news articles), so the script runs in
any clone; ``make bench`` passes PolNeAR train and LitBank dev from ``$(DATA)`` when that
folder holds them (the corpora the README's figures were measured on). A ``--data`` or
``--also`` file that is not there is one line on stderr, exit 2.

Configurations, each in its own subprocess so peak memory is its own:

* ``textacy``: what textacy users run — ``nlp.pipe`` with the FULL spaCy model, loaded
  plainly with ``spacy.load`` (statistical NER included, none of our components), then
  ``textacy.extract.triples.direct_quotations`` on each doc; one process.
* ``quotes-1``: ``quotes`` in-process (``--workers 1``), with its own pipeline
  (:func:`quotes.model.load_model`: no statistical NER, people found by rule).
* ``quotes-2``: ``quotes`` with 2 worker processes (``--workers 2``). Starting the pool
  (spawning the workers, loading the model in each) is timed apart, as ``start-up``;
  words/s is over the processing only, and words/s with start-up is shown too.
* ``shards-2``: two independent ``quotes-1`` processes at the same time, each on every
  other document (what ``--shard 0/2`` and ``--shard 1/2`` run), both told to start once
  both have loaded the model; words/s over the later one's finish. No pool, nothing
  passed between processes: the most two processes give on this machine, which
  ``quotes-2`` is measured against.
* ``tokens``: ``nlp.pipe`` of our pipeline with every component disabled: tokenisation
  only, the floor no configuration can beat.
* ``parse-all``: ``nlp.pipe`` of our pipeline (no statistical NER) on all of the text,
  no attribution: what selective parsing (``quotes-1`` parses only some sentences, see
  :mod:`quotes.selective`) is compared against.

``quotes-1`` also reports the share of sentences and characters it parsed. With
``--rounds N`` every configuration runs N times, the configurations interleaved
(round-robin), and the median of each is reported, so a drift of the host's speed
during the run falls on all of them alike. ``--also FILE`` runs ``textacy`` and
``quotes-1`` on that data too (all of its documents; ``make bench`` gives LitBank dev, the
dialogue-dense fiction the issue asks about, when the file is there).

Model loading in the measuring process is not timed (it is the same for all). Every child
runs with one thread per numeric library (OMP/OpenBLAS/MKL/BLIS = 1). Peak RSS is the
largest of the process and its (joined) children, from ``getrusage``: per process, not
summed. The memory check runs ``quotes-1`` on 100 documents and on ``--docs`` documents:
flat means the peak does not grow with the corpus. The load average is read before each
configuration and CPU use (user + system seconds over wall seconds) after it, so a run
that shared its cores with other jobs shows it; words per CPU-second (start-up included
for the pool) is the cost that sharing the cores does not change. Texts are read at run
time from the data file; nothing of it is stored here.
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

#: The documents timed by default: the fact-checker set every clone of the repository has.
DATA = Path(__file__).resolve().parents[1] / "fixtures" / "factcheck" / "articles.jsonl"
CONFIGS = ("textacy", "tokens", "parse-all", "quotes-1", "quotes-2", "shards-2")
#: One thread per numeric library in every child: the same for all configurations.
ONE_THREAD = dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                            "BLIS_NUM_THREADS"), "1")


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


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and its finished children."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF),
                      resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def measure(config: str, path: Path, count: int, batch_size: int,
            shard: int | None = None) -> dict[str, float]:
    """Run one configuration here (the child side) and return its figures; with `shard`
    (0 or 1) only every other document from that one, and the work starts when a line
    comes in on stdin (see :func:`shards`)."""
    texts = load_texts(path, count)
    if shard is not None:
        texts = texts[shard::2]
    startup = 0.0
    shares: dict[str, float] = {}
    found: list = []
    if config == "textacy":
        import spacy

        from quotes.baseline import baseline_extract_many
        from quotes.model import default_model

        nlp = spacy.load(default_model())  # the full pipeline, as a textacy user loads it
        cpu, started = _cpu_seconds(), time.perf_counter()
        found = [q for qs in baseline_extract_many(texts, nlp, batch_size=batch_size)
                 for q in qs]
        seconds = time.perf_counter() - started
    elif config in ("tokens", "parse-all"):
        from quotes.model import load_model
        from quotes.normalise import normalise
        from quotes.process_setup import prepare_bulk_process, settle_loaded_model

        prepare_bulk_process()  # as the CLI's parsing processes do

        nlp = load_model()
        settle_loaded_model()  # as they do once the model is loaded
        off = nlp.pipe_names if config == "tokens" else []
        with nlp.select_pipes(disable=off):
            cpu, started = _cpu_seconds(), time.perf_counter()
            for _ in nlp.pipe((normalise(t) for t in texts), batch_size=batch_size):
                pass
            seconds = time.perf_counter() - started
    else:
        from quotes.records import Document
        from quotes.scale import run, run_pool, worker_pool

        workers = int(config.rsplit("-", 1)[1])
        documents: Iterator[Document] = (Document(str(i), t) for i, t in enumerate(texts))
        if workers == 1:
            from quotes import get_engine
            from quotes.process_setup import prepare_bulk_process, settle_loaded_model

            prepare_bulk_process()  # as the CLI does when it parses in this process
            engine = get_engine(None)
            settle_loaded_model()
            if shard is not None:
                print("ready", flush=True)
                sys.stdin.readline()
            cpu, started = _cpu_seconds(), time.perf_counter()
            results = list(run(documents, engine=engine, model=None, workers=1,
                               batch_size=batch_size, on_error=lambda e: None))
            seconds = time.perf_counter() - started
            selective = engine.selective
            if selective is not None and selective.chars:
                shares = {"chars_parsed": selective.parsed_chars / selective.chars,
                          "sentences_parsed": (selective.parsed_sentences
                                               / selective.sentence_count)}
        else:
            cpu, begun = _cpu_seconds(), time.perf_counter()
            with worker_pool(None, workers) as pool:
                started = time.perf_counter()
                startup = started - begun
                results = list(run_pool(documents, model=None, workers=workers,
                                        batch_size=batch_size, on_error=lambda e: None,
                                        pool=pool))
                seconds = time.perf_counter() - started
        found = [q for _, qs in results for q in qs]
    cpu = _cpu_seconds() - cpu  # children count once joined, i.e. after the pool closed
    words = sum(len(t.split()) for t in texts)
    return {"docs": len(texts), "words": words, "seconds": seconds, "startup": startup,
            "quotes": len(found), "direct": sum(q.type == "direct" for q in found),
            "words_per_s": words / seconds, "docs_per_s": len(texts) / seconds,
            "words_per_s_with_startup": words / (seconds + startup),
            "cpu_use": cpu / (seconds + startup), "words_per_cpu_s": words / cpu,
            "peak_rss_mb": _peak_rss_mb(), **shares}


def shards(path: Path, count: int, batch_size: int) -> dict[str, float]:
    """``shards-2``: two ``quotes-1`` children on the two halves (every other document),
    started together once both have loaded the model; their figures combined."""
    command = [sys.executable, __file__, "--child", "quotes-1", "--data", str(path),
               "--docs", str(count), "--batch-size", str(batch_size), "--shard"]
    children = [subprocess.Popen([*command, str(k)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, **ONE_THREAD}) for k in (0, 1)]
    for child in children:  # both loaded
        if child.stdout is None or child.stdout.readline().strip() != "ready":
            raise RuntimeError("a shards-2 child failed before its run")
    for child in children:
        if child.stdin is not None:
            child.stdin.write("go\n")
            child.stdin.flush()
    halves = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    if any(child.returncode for child in children):
        raise RuntimeError("a shards-2 child failed")
    seconds = max(h["seconds"] for h in halves)
    words, docs = (sum(h[k] for h in halves) for k in ("words", "docs"))
    cpu = sum(h["words"] / h["words_per_cpu_s"] for h in halves)
    return {"docs": docs, "words": words, "seconds": seconds, "startup": 0.0,
            "quotes": sum(h["quotes"] for h in halves),
            "direct": sum(h["direct"] for h in halves), "words_per_s": words / seconds,
            "docs_per_s": docs / seconds, "words_per_s_with_startup": words / seconds,
            "cpu_use": cpu / seconds, "words_per_cpu_s": words / cpu,
            "peak_rss_mb": max(h["peak_rss_mb"] for h in halves)}


def run_child(config: str, path: Path, count: int, batch_size: int) -> dict[str, float]:
    """Measure one configuration in a fresh subprocess; note the load average before it."""
    load = os.getloadavg()[0]
    if config == "shards-2":
        return {**shards(path, count, batch_size), "load_before": load}
    out = subprocess.run(
        [sys.executable, __file__, "--child", config, "--data", str(path), "--docs", str(count),
         "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True, env={**os.environ, **ONE_THREAD},
    )
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "load_before": load}


def machine() -> str:
    """Lines naming the machine: CPU model, cores, RAM, OS, Python, spaCy and the model."""
    import spacy

    from quotes.model import default_model

    cpu, ram = "unknown CPU", "? GB RAM"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kib / 1024**2:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = default_model()
    version = spacy.util.get_package_version(model)
    return (f"{cpu}, {cores} cores, {ram}, {platform.platform()}  \n"
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"model {model} {version}")


def interleaved(configs: tuple[str, ...], path: Path, count: int, batch_size: int,
                rounds: int) -> dict[str, dict[str, float]]:
    """Each configuration `rounds` times, round-robin; per configuration the run with the
    median words/s (its other figures with it) and the load average before every run."""
    runs: dict[str, list[dict[str, float]]] = {c: [] for c in configs}
    for _ in range(rounds):
        for config in configs:
            runs[config].append(run_child(config, path, count, batch_size))
    out = {}
    for config, measured in runs.items():
        ranked = sorted(measured, key=lambda r: r["words_per_s"])
        out[config] = {**ranked[len(ranked) // 2],
                       "loads": [r["load_before"] for r in measured],
                       "all_words_per_s": [r["words_per_s"] for r in measured]}
    return out


def table(results: dict[str, dict[str, float]]) -> None:
    """Print the markdown table of one data set's results (ratios within this run)."""
    base, one = results["textacy"], results["quotes-1"]
    print("| configuration | words/s | docs/s | start-up (s) | words/s with start-up "
          "| CPU use | words per CPU-s | peak RSS (MB) | quotes (direct) "
          "| words/s vs textacy | words/s vs quotes-1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        found = (f"{r['quotes']:.0f} ({r['direct']:.0f})"
                 if name in ("textacy", "quotes-1", "quotes-2", "shards-2") else "–")
        print(f"| {name} | {r['words_per_s']:,.0f} | {r['docs_per_s']:.2f} | "
              f"{r['startup']:.1f} | {r['words_per_s_with_startup']:,.0f} | "
              f"{r['cpu_use']:.2f} | {r['words_per_cpu_s']:,.0f} | {r['peak_rss_mb']:.0f} | "
              f"{found} | {r['words_per_s'] / base['words_per_s']:.2f}x | "
              f"{r['words_per_s'] / one['words_per_s']:.2f}x |")
    if "shards-2" in results:
        pool, apart = results["quotes-2"], results["shards-2"]
        print(f"\nquotes-2 ran at {pool['words_per_s'] / apart['words_per_s']:.1%} of the "
              "words/s of shards-2 (two independent processes, no pool).")
    if "chars_parsed" in one:
        print(f"\nquotes-1 parsed {one['chars_parsed']:.1%} of the characters and "
              f"{one['sentences_parsed']:.1%} of the sentences (rule-split).")


def main() -> None:
    """Parse arguments; run every configuration and print the markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA,
                        help="JSONL with a text field (default: the fact-checker set, "
                             "fixtures/factcheck/articles.jsonl)")
    parser.add_argument("--docs", type=int, default=800)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=1,
                        help="runs of each configuration, interleaved; the median is kept")
    parser.add_argument("--also", type=Path, default=None,
                        help="a second data set (all its documents) for textacy and quotes-1 "
                             "(default: none; make bench gives LitBank dev when present)")
    parser.add_argument("--memory-docs", type=int, default=100,
                        help="the small run of the memory check (the large one is --docs)")
    parser.add_argument("--child", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--shard", type=int, choices=(0, 1), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.also is not None and not str(args.also).strip(". "):
        args.also = None  # `--also ''`
    for option, path in (("--data", args.data), ("--also", args.also)):
        if path is not None and not path.is_file():
            print(f"error {option} {path}: no such file; give a JSONL file of documents with "
                  "a text field (--data defaults to fixtures/factcheck/articles.jsonl)",
                  file=sys.stderr)
            sys.exit(2)
    if args.child == "shards-2":
        print(json.dumps(shards(args.data, args.docs, args.batch_size)))
        return
    if args.child:
        print(json.dumps(measure(args.child, args.data, args.docs, args.batch_size,
                                 args.shard)))
        return
    uptime = " ".join(os.popen("uptime").read().split())
    results = interleaved(CONFIGS, args.data, args.docs, args.batch_size, args.rounds)
    small = run_child("quotes-1", args.data, args.memory_docs, args.batch_size)
    also = (interleaved(("textacy", "quotes-1"), args.also, 10**9, args.batch_size, args.rounds)
            if args.also else None)
    after = os.getloadavg()[0]
    base = results["textacy"]
    print(f"Date: {datetime.datetime.now():%Y-%m-%d %H:%M}  \nMachine: {machine()}  ")
    print(f"`uptime` at the start: {uptime}  ")
    print(f"Data: first {base['docs']:.0f} documents of {args.data.name} "
          f"({base['words']:,.0f} words), batch size {args.batch_size}, "
          f"{args.rounds} interleaved round(s), median kept  ")
    loads = "; ".join(f"{name} " + ", ".join(f"{x:.2f}" for x in r["loads"])
                      for name, r in results.items())
    print(f"Load average (1 min) before each run: {loads}; after the last: {after:.2f}\n")
    table(results)
    if args.rounds > 1:
        print("\nwords/s of every round: " + "; ".join(
            f"{name} " + ", ".join(f"{x:,.0f}" for x in r["all_words_per_s"])
            for name, r in results.items()))
    one = results["quotes-1"]
    print("\n| quotes-1 on | peak RSS (MB) | words/s |\n|---|---:|---:|")
    for r in (small, one):
        print(f"| {r['docs']:.0f} docs ({r['words']:,.0f} words) | {r['peak_rss_mb']:.0f} | "
              f"{r['words_per_s']:,.0f} |")
    print(f"\nPeak RSS {args.docs} vs {args.memory_docs} docs: "
          f"{one['peak_rss_mb'] / small['peak_rss_mb'] - 1:+.1%}")
    if also is not None:
        first = also["textacy"]
        print(f"\n{args.also.name}: {first['docs']:.0f} documents ({first['words']:,.0f} "
              "words)\n")
        table(also)


if __name__ == "__main__":
    main()
