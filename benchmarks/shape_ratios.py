"""Repeated sentence shapes against ordinary prose of the same length: ratio and growth.

A researcher's corpus holds texts that are no prose: one phrase pasted a thousand times
(`according to Ana Ruiz, according to Ana Ruiz, …`), a line of capitals, a paragraph as
long as a book, marks that never close. The engine's time must grow with such a text's
length as it does with prose, not with its square. For each shape below this script
makes one text of n, 2n, 4n and 8n units (8n is about 25,000 characters at ``--scale 1``,
one piece of the parser, where a per-sentence cost shows whole), and, in the same
process, ordinary news prose (:func:`worst_case.news_sentence`, in paragraphs of four)
cut to the same length. It prints CPU seconds of ``quotes.extract(text, scope="all")``,
the growth time(2n)/time(n) (~2 when linear), and the ratio of the shape's time per
character to the prose's (1 is as fast as prose).

    .venv/bin/python benchmarks/shape_ratios.py                     # every shape
    .venv/bin/python benchmarks/shape_ratios.py --scale 0.5 --shape according_to
    .venv/bin/python benchmarks/shape_ratios.py --tree ../lead51 --tree .   # before, after

With ``--tree`` (repeatable) each shape is timed on each tree in turn (a subprocess with
that tree first on ``PYTHONPATH``), so a before/after comparison shares the machine's
load; the rows found at 8n are printed too, which must agree between trees that change
speed only. Each shape runs in its own subprocess, model loaded and warmed first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from worst_case import FACTORS, NOUNS, clause, growths, name, news_sentence, seconds

#: Characters of a text at 8n, ``--scale 1``.
TOP_CHARS = 25_000


def repeated(unit: str, tail: str = "the ferry was late.") -> Callable[[int], str]:
    """`unit` pasted n times in one sentence, then `tail`."""
    return lambda chars: unit * max(1, (chars - len(tail)) // len(unit)) + tail


def lines(unit: str) -> Callable[[int], str]:
    """`unit` as one line, n lines."""
    return lambda chars: "\n".join([unit] * max(1, chars // (len(unit) + 1)))


def prose(chars: int, paragraph: int = 4, seed: str = "prose") -> str:
    """Ordinary news sentences, `paragraph` to a paragraph, up to `chars` characters."""
    rng = random.Random(seed)
    text = ""
    k = 0
    while len(text) < chars:
        text += ("\n\n" if k % paragraph == 0 else " ") if k else ""
        text += news_sentence(rng)
        k += 1
    return text[: text.rfind(".", 0, chars) + 1]


def one_paragraph(chars: int) -> str:
    """Prose with no paragraph break: a paragraph as long as the text."""
    return prose(chars, paragraph=10**9)


def one_quote(chars: int) -> str:
    """One paragraph of prose inside one quotation, then its cue (the prose's own
    quotations nested: single marks)."""
    inner = one_paragraph(chars - 20).replace("“", "‘").replace("”", "’")
    return "“" + inner + "” Ana Ruiz said."


def open_marks(chars: int) -> str:
    """Opening marks that never close, one before each word."""
    rng = random.Random("open")
    words = []
    size = 0
    while size < chars:
        words.append(rng.choice("“‘«„\"") + rng.choice(NOUNS))
        size += len(words[-1]) + 1
    return " ".join(words)


def told_that(chars: int) -> str:
    """`Ana Ruiz told Bo Lee that Ana Ruiz told …`, one sentence."""
    rng = random.Random("told")
    parts = []
    size = 0
    while size < chars - 30:
        parts.append(f"{name(rng)} told {name(rng)} that ")
        size += len(parts[-1])
    return "".join(parts) + clause(rng) + "."


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "according_to": repeated("according to Ana Ruiz, "),
    "told_that": told_that,
    "told_that_same": repeated("Ana told Bo that "),
    "said_she_said": repeated("He said she said that "),
    "caps_said": repeated("RUIZ SAID ", "THE FERRY WAS LATE."),
    "he_said": repeated("he said "),
    "colon_lines": lines('Ruiz: "Yes."'),
    "one_paragraph": one_paragraph,
    "one_quote": one_quote,
    "open_marks": open_marks,
}


def run_shape(shape: str, scale: float) -> list[dict[str, object]]:
    """Time `shape` and prose of the same length at each size, in this process."""
    import quotes

    quotes.extract("“Warm up,” Ana Brandt said. According to Bo Lee, it was late.",
                   scope="all")
    results = []
    for factor in FACTORS:
        chars = round(TOP_CHARS * scale * factor / FACTORS[-1])
        row: dict[str, object] = {"factor": factor}
        for kind, make in (("shape", SHAPES[shape]), ("prose", prose)):
            text = make(chars)
            t0 = time.process_time()
            found = quotes.extract(text, scope="all")
            row[kind] = {"chars": len(text), "rows": len(found),
                         "s": time.process_time() - t0}
        print(json.dumps({"shape": shape, **row}), file=sys.stderr, flush=True)
        results.append(row)
    return results


def per_char(row: dict[str, object], kind: str) -> float:
    part = row[kind]
    assert isinstance(part, dict)
    return float(part["s"]) / max(1, int(part["chars"]))


def table(results: dict[str, dict[str, list[dict[str, object]]]]) -> str:
    """One line per shape and tree: CPU s at each size, growth, ratio to prose."""
    lines_out = ["| shape | tree | chars at 8n | rows at 8n | CPU s (n, 2n, 4n, 8n) "
                 "| growth | prose CPU s at 8n | ratio to prose (n … 8n) |",
                 "|---|---|---:|---:|---|---|---:|---|"]
    for shape, by_tree in results.items():
        for tree, rows in by_tree.items():
            times = [float(r["shape"]["s"]) for r in rows]  # type: ignore[index]
            top = rows[-1]["shape"]
            assert isinstance(top, dict)
            prose_top = rows[-1]["prose"]
            assert isinstance(prose_top, dict)
            cells = [
                shape, tree, f"{top['chars']:,}", str(top["rows"]),
                seconds(times),
                growths(times),
                f"{prose_top['s']:.2f}",
                ", ".join(f"{per_char(r, 'shape') / per_char(r, 'prose'):.1f}"
                          if per_char(r, "prose") else "–" for r in rows),
            ]
            lines_out.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines_out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES),
                        help="only this shape (repeatable); default every shape")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every size (8n is 25,000 characters at 1)")
    parser.add_argument("--tree", action="append", type=Path,
                        help="time the quotes package of this tree (repeatable; default: "
                             "the one Python imports)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child: run this shape
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_shape(args.one, args.scale)))
        return
    trees: list[Path | None] = list(args.tree or [None])
    results: dict[str, dict[str, list[dict[str, object]]]] = {}
    for shape in args.shape or [s for s in SHAPES if s != "prose"]:
        for tree in trees:
            env = dict(os.environ)
            if tree is not None:
                env["PYTHONPATH"] = os.pathsep.join(
                    [str(tree.resolve())] + [p for p in [env.get("PYTHONPATH")] if p])
            command = [sys.executable, __file__, "--one", shape, "--scale", str(args.scale)]
            done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True,
                                  env=env)
            results.setdefault(shape, {})[str(tree or "-")] = json.loads(done.stdout)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
