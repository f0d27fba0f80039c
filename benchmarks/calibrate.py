"""Measure how often rows of each kind are right, and ship the rates as the confidence.

    .venv/bin/python benchmarks/calibrate.py [--data DIR] [--out quotes/lang/en/calibration.json]

``make calibrate`` runs it. The engine (scope ``all``) reads PolNeAR train (news, every
type) and LitBank dev (fiction, direct quotes only: LitBank annotates nothing else); each
row is matched to the gold as ``quotes evaluate`` counts attribution (a partial span match,
one to one, with the right speaker). Rows are grouped in cells (rule family, type,
whether the default scope keeps the row, cue class, speaker kind; see
:mod:`quotes.confidence`) and each cell's rate is smoothed toward its parent's (the same
cell without its last part) with a Beta prior of ``--prior`` pseudo-rows, so a cell of
three rows says little more than its parent. The rows one document puts in a cell weigh
as ``--cap`` rows at most: a document's rows share its annotators' habits and its
layout, so forty transcript turns of one interview are not forty pieces of evidence.

Running the engine over PolNeAR train takes minutes on a small machine, so its rows
(cell and outcome, no text) are cached under ``--cache``, keyed by a hash of the gold file
and of the package's code and word lists: a rerun after a change of the calibration
alone fits from the cache; a change of a rule runs the engine again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import get_engine  # noqa: E402
from quotes.confidence import (  # noqa: E402
    Outcome,
    cell_keys,
    dump_table,
    fit,
    rule_family,
    speaker_kind,
)
from quotes.gold import load_gold  # noqa: E402
from quotes.scoring import CONFIDENT, calibration_error, match_quotes  # noqa: E402
from quotes.speaker_match import speaker_matches  # noqa: E402

#: The training sets: name, file in the data folder, the quote types its gold annotates.
SOURCES = (
    ("polnear-train", "polnear-train.jsonl", ("direct", "indirect", "mixed")),
    ("litbank-dev", "litbank-dev.jsonl", ("direct",)),
)
#: Pseudo-rows of the parent's rate each cell starts from.
PRIOR = 20.0
#: The most rows one document weighs as in any cell.
CAP = 5.0


def code_hash() -> str:
    """A hash of everything that decides the engine's rows: its code and word lists."""
    digest = hashlib.sha256()
    package = ROOT / "quotes"
    for path in sorted([*package.glob("*.py"), *package.glob("lang/*/*.txt")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def engine_rows(gold_path: Path, types: tuple[str, ...]) -> Iterator[dict[str, object]]:
    """Each row of the engine (scope ``all``) on a gold file: its cell and whether it was
    right, as ``quotes evaluate`` counts attribution on ``types``."""
    engine = get_engine()
    gold = load_gold(gold_path)
    for doc_id, doc in gold.items():
        if len(doc.text) > engine.nlp.max_length:
            print(f"skipped {doc_id}: longer than the parser reads at once", file=sys.stderr)
            continue
        norm = engine.normalised(doc.text)
        parsed = engine.nlp(norm)
        found = engine.attribute(doc.text, parsed, "all", norm=norm)
        kinds = []
        for quote in found:
            mention = None
            if quote.speaker_start is not None and quote.speaker_end is not None:
                mention = parsed.char_span(
                    quote.speaker_start, quote.speaker_end, alignment_mode="expand"
                )
            kinds.append(speaker_kind(mention))
        wanted = [i for i, q in enumerate(found) if q.type in types]
        preds = [found[i] for i in wanted]
        gold_quotes = [g for g in doc.quotes if g["type"] in types]
        matches = match_quotes(doc.text, gold_quotes, preds)
        right = {pi for gi, pi in matches.partial if speaker_matches(preds[pi], gold_quotes[gi])}
        for k, i in enumerate(wanted):
            quote = found[i]
            yield {
                "doc": doc_id,
                "family": rule_family(quote.method),
                "type": quote.type,
                "cue_class": quote.cue_class,
                "speaker": kinds[i],
                "statement": quote.statement,
                "right": k in right,
            }


def cached_rows(
    name: str, gold_path: Path, types: tuple[str, ...], cache: Path
) -> list[dict[str, object]]:
    """The engine's rows on a gold file, from the cache when the code and data match it."""
    digest = hashlib.sha256(gold_path.read_bytes()).hexdigest()[:12]
    path = cache / f"{name}-{digest}-{code_hash()}.jsonl"
    if path.is_file():
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    print(f"running the engine on {gold_path} (cached to {path}) …", file=sys.stderr)
    rows = list(engine_rows(gold_path, types))
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    partial.replace(path)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "quotes/lang/en/calibration.json")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "calibrate")
    parser.add_argument("--prior", type=float, default=PRIOR)
    parser.add_argument("--cap", type=float, default=CAP)
    args = parser.parse_args()
    rows: list[dict[str, object]] = []
    used = []
    for name, filename, types in SOURCES:
        found = cached_rows(name, args.data / filename, types, args.cache)
        rows += [{**row, "source": name} for row in found]
        used.append({"name": name, "types": list(types), "rows": len(found)})
    outcomes = [
        Outcome(
            str(r["family"]),
            str(r["type"]),
            r["cue_class"],
            str(r["speaker"]),
            bool(r["right"]),
            bool(r["statement"]),
            f"{r['source']}/{r['doc']}",
        )
        for r in rows
    ]
    cells = fit(outcomes, args.prior, args.cap)
    header = {
        "about": "How often rows of each cell were right (partial span match and right "
        "speaker), smoothed toward the parent cell, a document weighing as `cap` rows at "
        "most; key: rule family|type|statement or other|cue class|speaker kind. Made by "
        "benchmarks/calibrate.py (make calibrate); read by quotes/confidence.py.",
        "data": used,
        "prior": args.prior,
        "cap": args.cap,
    }
    args.out.write_text(dump_table(cells, header), "utf-8")
    rated = [
        (
            cells[cell_keys(o.family, o.quote_type, o.cue_class, o.speaker, o.statement)[0]]["p"],
            o.right,
        )
        for o in outcomes
    ]
    confident = [right for conf, right in rated if conf >= CONFIDENT]
    print(
        f"{len(rows)} rows, {len(cells)} cells; on the training rows: ECE "
        f"{calibration_error(rated):.3f}, rows with confidence >= {CONFIDENT}: "
        f"{len(confident)}, right {sum(confident) / max(1, len(confident)):.3f}; "
        f"written to {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
