"""Adversarial and odd-but-real documents: does any shape cost more than its length?

For each shape of `shapes.py`, a seeded generator makes one document of n, 2n, 4n and 8n units
(sentences, paragraphs, marks, names, ... as the shape says; characters for the repeated
shapes, whose 8n is about 25,000 characters at ``--scale 1``, one piece of the parser,
where a per-sentence cost shows whole), and this script times
``quotes.extract(text, scope="all")`` on it and ``quotes extract FILE`` (the command, run
in this process through Typer's runner with one worker, so the model is loaded once) on
a JSONL file holding it, in CPU seconds of this process (other jobs on the machine slow
the wall clock, not the process's own CPU time). The growth ratio time(2n)/time(n) is ~2
for a linear shape; ~3-4 or more is a superlinear step. Each shape runs in its own
subprocess, sizes in increasing order, so the peak RSS reported after each size (from
``resource.getrusage``) is that of the shape alone.

With ``--prose`` it also times, in the same process, ordinary news prose
(`shapes.news_sentence`, in paragraphs of four) cut to each document's length, and prints
the ratio of the shape's CPU time per character to the prose's (1 is as fast as prose).
With ``--tree`` (repeatable) each shape is timed on each tree in turn (a subprocess with
that tree first on ``PYTHONPATH``), so a before/after comparison shares the machine's
load; the rows found at 8n must agree between trees that change speed only.

    .venv/bin/python benchmarks/worst_case.py                 # every shape, brief's sizes
    .venv/bin/python benchmarks/worst_case.py --scale 0.25    # a quick pass, a quarter size
    .venv/bin/python benchmarks/worst_case.py --shape transcript --shape name_list
    .venv/bin/python benchmarks/worst_case.py --dump DIR      # write the documents only
    .venv/bin/python benchmarks/worst_case.py --shape repeated --prose --tree ../lead51 --tree .

The same seed gives the same documents (``--seed``, default 38).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from shapes import REPEATED, SHAPES, document, prose, sizes


def run_shape(shape: str, scale: float, seed: int, cli: bool,
              against_prose: bool) -> list[dict[str, object]]:
    """Time one shape at each size in this process (model loaded and warmed first)."""
    from typer.testing import CliRunner

    import quotes
    from quotes.cli import app

    quotes.extract("“Warm up,” Ana Brandt said. According to Bo Lee, it was late.",
                   scope="all")
    runner = CliRunner()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes(shape, scale):
            text = document(shape, n, seed)
            t0 = time.process_time()
            found = quotes.extract(text, scope="all")
            lib = time.process_time() - t0
            row: dict[str, object] = {"n": n, "chars": len(text), "rows": len(found),
                                      "lib_s": lib}
            if cli:
                source = Path(folder) / f"{n}.jsonl"
                source.write_text(json.dumps({"id": "d", "text": text}) + "\n", encoding="utf-8")
                out = Path(folder) / f"{n}.out.jsonl"
                t0 = time.process_time()
                result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--scope",
                                             "all", "--workers", "1", "--quiet", "--force"])
                row["cli_s"] = time.process_time() - t0
                if result.exit_code:
                    row["cli_error"] = result.output[-300:]
            row["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if against_prose:
                same_length = prose(len(text), random.Random(f"{seed}:prose:{n}"))
                t0 = time.process_time()
                found = quotes.extract(same_length, scope="all")
                row["prose"] = {"chars": len(same_length), "rows": len(found),
                                "s": time.process_time() - t0}
            results.append(row)
            print(json.dumps({"shape": shape, **row}), file=sys.stderr, flush=True)
    return results


def seconds(times: list[float]) -> str:
    """CPU seconds at each size, for a table cell."""
    return ", ".join(f"{t:.2f}" for t in times)


def growths(times: list[float]) -> str:
    """Each doubling's growth, time(2n)/time(n) and on, for a table cell."""
    return ", ".join(f"{b / a:.2f}" if a else "–" for a, b in pairwise(times))


def per_char(seconds_taken: object, chars: object) -> float:
    """CPU seconds per character."""
    return float(seconds_taken) / max(1, int(chars))  # type: ignore[arg-type]


def prose_ratios(rows: list[dict[str, object]]) -> str:
    """Each size's CPU per character against the prose's, for a table cell."""
    cells = []
    for r in rows:
        other = r["prose"]
        assert isinstance(other, dict)
        base = per_char(other["s"], other["chars"])
        cells.append(f"{per_char(r['lib_s'], r['chars']) / base:.1f}" if base else "–")
    return ", ".join(cells)


def table(all_results: dict[str, dict[str, list[dict[str, object]]]], cli: bool,
          against_prose: bool, by_tree: bool) -> str:
    """One line per shape (and tree): CPU s at each size, growth, peak RSS and, as asked,
    the command's CPU s and the ratio to prose."""
    head = ["shape"] + (["tree"] if by_tree else []) + [
        "n", "chars at 8n", "rows at 8n", "extract CPU s (n, 2n, 4n, 8n)",
        "growth 2n/n, 4n/2n, 8n/4n"]
    align = ["---"] + (["---"] if by_tree else []) + ["---:", "---:", "---:", "---", "---"]
    if cli:
        head += ["command CPU s (n … 8n)", "command growth"]
        align += ["---", "---"]
    if against_prose:
        head += ["prose CPU s at 8n", "ratio to prose (n … 8n)"]
        align += ["---:", "---"]
    head.append("peak RSS MB (4n → 8n)")
    align.append("---:")
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    for shape, trees in all_results.items():
        for tree, rows in trees.items():
            lib = [float(r["lib_s"]) for r in rows]  # type: ignore[arg-type]
            cells = [shape] + ([tree] if by_tree else []) + [
                str(rows[0]["n"]), f"{rows[-1]['chars']:,}", str(rows[-1]["rows"]),
                seconds(lib), growths(lib)]
            if cli:
                cl = [float(r.get("cli_s", 0)) for r in rows]  # type: ignore[arg-type]
                cells += [seconds(cl), growths(cl)]
            if against_prose:
                top = rows[-1]["prose"]
                assert isinstance(top, dict)
                cells += [f"{top['s']:.2f}", prose_ratios(rows)]
            cells.append(f"{rows[-2]['rss_mb']:.0f} → {rows[-1]['rss_mb']:.0f}")
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=[*sorted(SHAPES), "repeated"],
                        help="only this shape (repeatable; `repeated`: the repeated shapes); "
                             "default every shape")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--no-cli", action="store_true", help="time the library only")
    parser.add_argument("--prose", action="store_true",
                        help="also time news prose of each document's length, and the ratio")
    parser.add_argument("--tree", action="append", type=Path,
                        help="time the quotes package of this tree (repeatable; default: "
                             "the one Python imports)")
    parser.add_argument("--dump", type=Path, help="write the documents as JSONL, time nothing")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child: run this shape, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_shape(args.one, args.scale, args.seed, not args.no_cli,
                                   args.prose)))
        return
    shapes: list[str] = []
    for shape in args.shape or list(SHAPES):
        for one in REPEATED if shape == "repeated" else [shape]:
            if one not in shapes:
                shapes.append(one)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for shape in shapes:
            with (args.dump / f"{shape}.jsonl").open("w", encoding="utf-8") as f:
                for n in sizes(shape, args.scale):
                    f.write(json.dumps({"id": f"{shape}-{n}",
                                        "text": document(shape, n, args.seed)}) + "\n")
        return
    trees: list[Path | None] = list(args.tree or [None])
    results: dict[str, dict[str, list[dict[str, object]]]] = {}
    for shape in shapes:
        for tree in trees:
            env = dict(os.environ)
            if tree is not None:
                env["PYTHONPATH"] = os.pathsep.join(
                    [str(tree.resolve())] + [p for p in [env.get("PYTHONPATH")] if p])
            command = [sys.executable, __file__, "--one", shape, "--scale", str(args.scale),
                       "--seed", str(args.seed)] + (["--no-cli"] if args.no_cli else []) + (
                       ["--prose"] if args.prose else [])
            done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True,
                                  env=env)
            results.setdefault(shape, {})[str(tree or "-")] = json.loads(done.stdout)
    print(table(results, not args.no_cli, args.prose, args.tree is not None))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
