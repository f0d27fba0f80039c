"""Adversarial and odd-but-real documents: does any shape cost more than its length?

For each shape below, a seeded generator makes one document of n, 2n, 4n and 8n units
(sentences, paragraphs, marks, names, ... as the shape says), and this script times
``quotes.extract(text, scope="all")`` on it and ``quotes extract FILE`` (the command, run
in this process through Typer's runner with one worker, so the model is loaded once) on
a JSONL file holding it, in CPU seconds of this process (other jobs on the machine slow
the wall clock, not the process's own CPU time). The growth ratio time(2n)/time(n) is ~2
for a linear shape; ~3-4 or more is a superlinear step. Each shape runs in its own
subprocess, sizes in increasing order, so the peak RSS reported after each size (from
``resource.getrusage``) is that of the shape alone.

    .venv/bin/python benchmarks/worst_case.py                 # every shape, brief's sizes
    .venv/bin/python benchmarks/worst_case.py --scale 0.25    # a quick pass, a quarter size
    .venv/bin/python benchmarks/worst_case.py --shape transcript --shape name_list
    .venv/bin/python benchmarks/worst_case.py --dump DIR      # write the documents only

The same seed gives the same documents (``--seed``, default 38).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

GIVEN = ["Ana", "Bram", "Chidi", "Dana", "Eun-ji", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
         "Kemi", "Lars", "Mira", "Nuno", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tove"]
FAMILY = ["Achebe", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gupta", "Halvorsen",
          "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
          "Quiroga", "Rahman", "Sorensen", "Tanaka"]
NOUNS = ["council", "bridge", "budget", "harbour", "school", "union", "ferry", "clinic",
         "railway", "market", "library", "court"]
ADJECTIVES = ["closed", "late", "safe", "ready", "too expensive", "under review", "finished",
              "delayed", "popular", "short of staff"]
MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„"]


def name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def clause(rng: random.Random) -> str:
    return f"the {rng.choice(NOUNS)} was {rng.choice(ADJECTIVES)}"


def news_sentence(rng: random.Random) -> str:
    """One sentence of an ordinary article: reported speech, a direct quote or narration."""
    kind = rng.randrange(4)
    who = name(rng)
    if kind == 0:
        return f"{who} said {clause(rng)}."
    if kind == 1:
        return f"“{clause(rng).capitalize()},” {who} said."
    if kind == 2:
        return f"The {rng.choice(NOUNS)} opened in {rng.randrange(1900, 2024)}."
    return f"According to {who}, {clause(rng)}."


# Each shape: (units at 1n for --scale 1, so 8n is the brief's size; generator).
def many_short_quotes(n: int, rng: random.Random) -> str:
    # `"Yes," Ana Brandt said. "No," said Bram Gupta. ...` in one paragraph
    words = ["Yes", "No", "Never", "Maybe", "Soon", "Later", "Agreed", "Wrong"]
    return " ".join(
        f"\"{rng.choice(words)},\" {name(rng)} said." if k % 2 else
        f"\"{rng.choice(words)},\" said {name(rng)}."
        for k in range(n)
    )


def long_paragraph(n: int, rng: random.Random) -> str:
    # one paragraph of n sentences of news (about 7 words each)
    return " ".join(news_sentence(rng) for _ in range(n))


def one_line_paragraphs(n: int, rng: random.Random) -> str:
    return "\n".join(news_sentence(rng) for _ in range(n))


def mark_soup(n: int, rng: random.Random) -> str:
    # thousands of unbalanced quote marks of every kind between words
    return " ".join(
        rng.choice(MARKS) + rng.choice(NOUNS) + (rng.choice(MARKS) if rng.random() < 0.3 else "")
        + (" said " + name(rng) + "." if rng.random() < 0.1 else "")
        for _ in range(n)
    )


def alternating_marks(n: int, rng: random.Random) -> str:
    # `“budget” «ferry» „clinic“ ‘court’ "bridge' …`: pairs and near-pairs in turn
    pairs = [("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ('"', "'"), ("'", '"'), ("”", "“")]
    return " ".join(
        f"{a}{rng.choice(NOUNS)}{b}" + (f" {name(rng)} said." if k % 5 == 0 else "")
        for k in range(n)
        for a, b in [pairs[k % len(pairs)]]
    )


def nested_quotes(n: int, rng: random.Random) -> str:
    # `“A said ‘B said “C said … ” ’ ”`, n deep, in one sentence
    opens = [("“", "”"), ("‘", "’")]
    head = "".join(f"{name(rng)} said {opens[k % 2][0]}" for k in range(n))
    tail = "".join(f" done{opens[k % 2][1]}" for k in reversed(range(n)))
    return f"{head}{clause(rng)}{tail}."


def name_list(n: int, rng: random.Random) -> str:
    # `Ana Brandt, Bram Gupta, …, and Tove Rahman said "…"`
    names = ", ".join(name(rng) for _ in range(n))
    return f"{names} and {name(rng)} said: “We will appeal.” The list ends here."


def according_to(n: int, rng: random.Random) -> str:
    # `According to Ana Brandt, the ferry was late.` n times in one paragraph
    return " ".join(f"According to {name(rng)}, {clause(rng)}." for _ in range(n))


def yes_paragraphs(n: int, rng: random.Random) -> str:
    # `"Yes," he said.` as n one-line paragraphs, one name before them all
    return f"{name(rng)} came in.\n\n" + "\n\n".join('"Yes," he said.' for _ in range(n))


def open_mark(n: int, rng: random.Random) -> str:
    # one quote mark at the start of n words that it never closes
    return "“" + " ".join(rng.choice(NOUNS) for _ in range(n)) + "."


def said_open_mark(n: int, rng: random.Random) -> str:
    # `Ana Brandt said: "` before n sentences of one paragraph, the mark never closed
    return f'{name(rng)} said: "' + " ".join(f"{clause(rng).capitalize()}." for _ in range(n))


def html_paragraphs(n: int, rng: random.Random) -> str:
    # a page's markup on one line: `<p>&ldquo;The ferry was late,&rdquo; <b>Ana Brandt</b>
    # said.</p>` n times, tags and entities glued to the words
    return "".join(f'<p class="body">&ldquo;{clause(rng).capitalize()},&rdquo; '
                   f"<b>{name(rng)}</b> said.<br/></p>" for _ in range(n))


def open_comments(n: int, rng: random.Random) -> str:
    # `<!-- Ana Brandt said the ferry was late.` n times on one line, no comment closed
    return " ".join(f"<!-- {name(rng)} said {clause(rng)}." for _ in range(n))


def nested_brackets(n: int, rng: random.Random) -> str:
    # `((((… Ana Brandt said the ferry was late. …))))`, n deep
    return "(" * n + f"{name(rng)} said {clause(rng)}." + ")" * n


def said_sentences(n: int, rng: random.Random) -> str:
    # 10,000 `said` with no quote: `Ana Brandt said the ferry was late.` in one paragraph
    return " ".join(f"{name(rng)} said {clause(rng)}." for _ in range(n))


def said_words(n: int, rng: random.Random) -> str:
    # `said said said …`: a cue with nothing around it
    return " ".join("said" for _ in range(n)) + "."


def transcript(n: int, rng: random.Random) -> str:
    # `ANA BRANDT: The ferry was late.` lines
    speakers = [name(rng).upper() for _ in range(6)]
    return "\n".join(
        f"{rng.choice(speakers)}: {clause(rng).capitalize()}." for _ in range(n)
    )


def transcript_greetings(n: int, rng: random.Random) -> str:
    # `ANA BRANDT: Yes, Tomas Berg, the ferry was late.`: each turn greets someone by name
    speakers = [name(rng).upper() for _ in range(6)]
    return "\n".join(
        f"{rng.choice(speakers)}: Yes, {name(rng)}, {clause(rng)}." for _ in range(n)
    )


def office_acronym(n: int, rng: random.Random) -> str:
    # an office spelled out once with its holder, then `The MCE said …` n times
    return "The Municipal Chief Executive, Hon. Gifty Sarfo, opened the market. " + " ".join(
        f"The MCE said {clause(rng)}." for _ in range(n)
    )


def live_blog(n: int, rng: random.Random) -> str:
    # `14:05 GMT` then a post with a quote, n posts
    posts = []
    for k in range(n):
        stamp = f"{(k // 60) % 24:02d}:{k % 60:02d} GMT"
        posts.append(f"{stamp}\n{name(rng)} said: “{clause(rng).capitalize()}.” "
                     f"{news_sentence(rng)}")
    return "\n\n".join(posts)


def boilerplate(n: int, rng: random.Random) -> str:
    # the same paragraph n times (a footer pasted into every page of a scrape)
    para = ("“We are committed to serving our readers,” the editor, Rosa Moreau, said. "
            "Subscribe to our newsletter for the latest news.")
    return "\n\n".join(para for _ in range(n))


def text_table(n: int, rng: random.Random) -> str:
    # a table pasted as text: `| Ana Brandt | 12.5 | 47% | "yes" |` rows
    rows = ["| Name | Votes | Share | Answer |", "|---|---:|---:|---|"]
    rows += [f"| {name(rng)} | {rng.randrange(10**5)} | {rng.random() * 100:.1f}% | "
             f"\"{rng.choice(['yes', 'no', 'abstain'])}\" |" for _ in range(n)]
    return "Results by candidate, the council said:\n" + "\n".join(rows)


def odd_characters(n: int, rng: random.Random) -> str:
    # long URLs, emoji, right-to-left text and combining marks around quotes
    units = [
        lambda: "https://example.org/" + "/".join(rng.choice(NOUNS) for _ in range(30))
        + "?id=" + "".join(rng.choice("abcdef0123456789") for _ in range(64)),
        lambda: "🙂👍🏽🇳🇴 " * rng.randrange(1, 4),
        lambda: "قال المتحدث إن الجسر مغلق. אמר הדובר שהגשר סגור.",
        lambda: "Ze\u0301\u0308\u0327ro cafe\u0301 na\u0308i\u0308ve " * 2,
        lambda: f"“{clause(rng).capitalize()} 🙂,” {name(rng)} said.",
    ]
    return " ".join(rng.choice(units)() for _ in range(n))


def all_caps(n: int, rng: random.Random) -> str:
    return " ".join(news_sentence(rng).upper() for _ in range(n))


def all_digits(n: int, rng: random.Random) -> str:
    return " ".join(str(rng.randrange(10**9)) for _ in range(n))


def base64_blob(n: int, rng: random.Random) -> str:
    # an article with a base64 blob of n KB (one line) in the middle
    blob = base64.b64encode(rng.randbytes(n * 768)).decode("ascii")
    article = " ".join(news_sentence(rng) for _ in range(20))
    return f"{article}\n\n<img src=\"data:image/png;base64,{blob}\">\n\n{article}"


SHAPES: dict[str, tuple[int, Callable[[int, random.Random], str]]] = {
    "many_short_quotes": (1000, many_short_quotes),
    "long_paragraph": (900, long_paragraph),  # 8n: ~50,000 words
    "one_line_paragraphs": (625, one_line_paragraphs),  # 8n: 5,000 paragraphs
    "mark_soup": (1000, mark_soup),
    "alternating_marks": (1000, alternating_marks),
    "nested_quotes": (100, nested_quotes),
    "name_list": (250, name_list),  # 8n: 2,000 names
    "according_to": (500, according_to),  # 8n: 4,000 `According to`
    "yes_paragraphs": (2500, yes_paragraphs),  # 8n: 20,000 paragraphs
    "open_mark": (37500, open_mark),  # 8n: 300,000 words after one mark
    "said_open_mark": (6250, said_open_mark),  # 8n: 50,000 sentences after one mark
    "html_paragraphs": (500, html_paragraphs),  # 8n: 4,000 paragraphs in tags
    "open_comments": (1250, open_comments),  # 8n: 10,000 comments never closed
    "nested_brackets": (1250, nested_brackets),  # 8n: 10,000 brackets deep
    "said_sentences": (1250, said_sentences),  # 8n: 10,000 said
    "said_words": (1250, said_words),
    "transcript": (375, transcript),  # 8n: 3,000 lines
    "transcript_greetings": (375, transcript_greetings),  # 8n: 3,000 lines
    "office_acronym": (375, office_acronym),
    "live_blog": (250, live_blog),  # 8n: 2,000 posts
    "boilerplate": (63, boilerplate),  # 8n: ~500 paragraphs
    "text_table": (250, text_table),
    "odd_characters": (250, odd_characters),
    "all_caps": (500, all_caps),
    "all_digits": (2500, all_digits),
    "base64_blob": (128, base64_blob),  # 8n: ~1 MB
}
FACTORS = (1, 2, 4, 8)


def document(shape: str, n: int, seed: int) -> str:
    return SHAPES[shape][1](n, random.Random(f"{seed}:{shape}:{n}"))


def sizes(shape: str, scale: float) -> list[int]:
    base = max(1, round(SHAPES[shape][0] * scale))
    return [base * f for f in FACTORS]


def run_shape(shape: str, scale: float, seed: int, cli: bool) -> list[dict[str, object]]:
    """Time one shape at each size in this process (model loaded and warmed first)."""
    from typer.testing import CliRunner

    import quotes
    from quotes.cli import app

    quotes.extract("“Warm up,” Ana Brandt said.", scope="all")
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
            results.append(row)
            print(json.dumps({"shape": shape, **row}), file=sys.stderr, flush=True)
    return results


def seconds(times: list[float]) -> str:
    """CPU seconds at each size, for a table cell."""
    return ", ".join(f"{t:.2f}" for t in times)


def growths(times: list[float]) -> str:
    """Each doubling's growth, time(2n)/time(n) and on, for a table cell."""
    return ", ".join(f"{b / a:.2f}" if a else "–" for a, b in pairwise(times))


def ratio(times: list[float]) -> float:
    """The growth of the last doubling, time(8n)/time(4n), the least noisy one."""
    return times[-1] / times[-2] if times[-2] > 0 else float("nan")


def table(all_results: dict[str, list[dict[str, object]]], cli: bool) -> str:
    head = ("| shape | n | chars at 8n | rows at 8n | extract CPU s (n, 2n, 4n, 8n) "
            "| growth 2n/n, 4n/2n, 8n/4n |")
    lines = [head, "|---|---:|---:|---:|---|---|"]
    if cli:
        lines[0] += " command CPU s (n … 8n) | command growth | peak RSS MB (4n → 8n) |"
        lines[1] += "---|---|---:|"
    else:
        lines[0] += " peak RSS MB (4n → 8n) |"
        lines[1] += "---:|"
    for shape, rows in all_results.items():
        lib = [float(r["lib_s"]) for r in rows]  # type: ignore[arg-type]
        cells = [shape, str(rows[0]["n"]), f"{rows[-1]['chars']:,}", str(rows[-1]["rows"]),
                 seconds(lib), growths(lib)]
        if cli:
            cl = [float(r.get("cli_s", 0)) for r in rows]  # type: ignore[arg-type]
            cells += [seconds(cl), growths(cl)]
        cells.append(f"{rows[-2]['rss_mb']:.0f} → {rows[-1]['rss_mb']:.0f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES),
                        help="only this shape (repeatable); default every shape")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--no-cli", action="store_true", help="time the library only")
    parser.add_argument("--dump", type=Path, help="write the documents as JSONL, time nothing")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child: run this shape, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_shape(args.one, args.scale, args.seed, not args.no_cli)))
        return
    shapes = args.shape or list(SHAPES)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for shape in shapes:
            with (args.dump / f"{shape}.jsonl").open("w", encoding="utf-8") as f:
                for n in sizes(shape, args.scale):
                    f.write(json.dumps({"id": f"{shape}-{n}",
                                        "text": document(shape, n, args.seed)}) + "\n")
        return
    results: dict[str, list[dict[str, object]]] = {}
    for shape in shapes:
        command = [sys.executable, __file__, "--one", shape, "--scale", str(args.scale),
                   "--seed", str(args.seed)] + (["--no-cli"] if args.no_cli else [])
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
        results[shape] = json.loads(done.stdout)
    print(table(results, not args.no_cli))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
