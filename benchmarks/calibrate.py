"""Measure how often rows of each kind are right, and ship the rates as the confidence.

    .venv/bin/python benchmarks/calibrate.py [--data DIR] [--out quotes/lang/en/calibration.json]

``make calibrate`` runs it. The engine reads the training sets only: PolNeAR train (news,
every attribution, so the rows of ``--scope all``), the fact-checker set
(``fixtures/factcheck/articles.jsonl``: the statements a fact-checker publishes, so the rows
of the default scope; its rules' shapes, transcripts, dash signatures, quote paragraphs, are
rare in PolNeAR and had only the root's rate) and, as fiction has no training split here,
the first half of LitBank dev's documents (in file order; its direct quotes). PolNeAR dev,
the second half of LitBank dev and the fact-checker set's last blind batch (articles from
``BLIND_FROM`` on) are never fitted on: they check the table (``quotes
evaluate … --json``, ``calibration``). Each row is read as ``quotes extract`` reads it
(selective parse, piece by piece) and matched to the gold as ``quotes evaluate`` counts
attribution (a partial span match, one to one, with the right speaker). Rows are grouped
in cells (rule family, type, whether the default scope keeps the row, cue class, speaker
kind, speaker pattern, speaker reach; see :mod:`quotes.confidence`) and each cell's rate
is smoothed toward its parent's (the same cell without its last part) with a Beta prior
of ``--prior`` pseudo-rows, so a cell of three rows says little more than its parent; a
cell that holds exactly its parent's rows is left out of the table. Then the log-odds
shift of each doubt (a speaker or cue far from the quote, a speaker in lower case or of one
word, a short quote, a text's reading cue, a pronoun the resolver found no one for, a
name set off after a description and passed over; :func:`quotes.confidence.row_doubts`)
is fitted on the same rows (:func:`quotes.confidence_fit.fit_shifts`) and shipped beside the
cells. The
rows one document puts in a cell weigh as ``--cap`` rows at most: a document's rows share
its annotators' habits and its layout, so forty transcript turns of one interview are not
forty pieces of evidence. The table's header says what data, which code (a hash of the
package's code and word lists) and when. Then each set, the check sets too
(``--no-check`` skips them), is scored under the shipped table and under the new fit: ECE,
the rows at 0.9 or above and at 0.5 or above and their share right, the share of the right
rows below 0.9, the AUROC (how well the confidence ranks right rows above wrong ones) and
the share right of the 80% most confident rows. ``--leave-one-batch-out`` writes no table:
it scores each of the fact-checker set's last six batches under a table fitted on the rows
before it (the way a new batch meets the shipped table), to judge a way of fitting on six
blind batches rather than one.

Running the engine over the training sets takes minutes on a small machine, so its rows
(cell and outcome, no text) are cached under ``--cache``, keyed by a hash of the gold file
and of the package's code and word lists: a rerun after a change of the calibration
alone fits from the cache; a change of a rule runs the engine again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import get_engine  # noqa: E402
from quotes.confidence import (  # noqa: E402
    row_doubts,
    rule_family,
    shifted_rate,
    speaker_kind,
    speaker_pattern,
    speaker_reach,
)
from quotes.confidence_fit import (  # noqa: E402
    Outcome,
    dump_table,
    fit,
    fit_shifts,
    pruned,
    rate_of,
)
from quotes.gold import load_gold  # noqa: E402
from quotes.records import Quote  # noqa: E402
from quotes.scope import Scope, select  # noqa: E402
from quotes.scoring import (  # noqa: E402
    CONFIDENT,
    calibration_error,
    match_quotes,
    ranking_auc,
    top_precision,
)
from quotes.speaker_match import speaker_matches  # noqa: E402


class Source(NamedTuple):
    """A training set: its name, its gold file (a path under ``--data``, or under the
    repository for a file it ships), the quote types its gold annotates, the scope
    its annotators followed (the rows it can say are right or wrong), for a file
    split in two, which `half` of its documents (in file order) the set is and, for the
    fact-checker set, whether it is its last `blind` batch (True) or the articles before
    it (False)."""

    name: str
    path: str
    shipped: bool
    types: tuple[str, ...]
    scope: Scope
    half: int | None = None
    blind: bool | None = None


#: The first article of the fact-checker set's next blind batch (batch 60, articles
#: 2224–2259, written blind and kept out when this table was fitted on every article before it):
#: never fitted on, it checks the table on news the fit never saw. Move it to the next
#: batch's first article when a batch is added.
BLIND_FROM = 2224
#: The first article of each of the fact-checker set's last six batches (54 to 59; each
#: ends where the next starts, the last at BLIND_FROM): ``--leave-one-batch-out`` scores
#: each under a table fitted on the training sets' rows before it, the way a new batch
#: meets the shipped table. Add the batch ending at BLIND_FROM when it moves.
LAST_BATCHES = (2008, 2044, 2080, 2116, 2152, 2188)


def article_number(doc_id: str) -> int:
    """A fact-checker article's number (1648 for `1648-ohrid-…`), -1 for another id."""
    number = doc_id.split("-", 1)[0]
    return int(number) if number.isdigit() else -1


def in_blind_batch(doc_id: str) -> bool:
    """Whether a fact-checker article (`1648-ohrid-…`) is of the last blind batch."""
    return article_number(doc_id) >= BLIND_FROM


#: The training sets. PolNeAR train annotates every attribution (acts and topics too), so
#: its rows are those of `--scope all`; the fact-checker set annotates the statements a
#: fact-checker would publish, so its rows are the default scope's. Fiction has no
#: training split here, and news alone cannot say how often a speaker carried over a
#: novel's long exchange is right: the first half of LitBank dev's documents is fitted
#: on (its direct quotes, all it annotates), the second half only checks the table.
#: PolNeAR dev is never fitted on.
SOURCES = (
    Source("polnear-train", "polnear-train.jsonl", False, ("direct", "indirect", "mixed"), "all"),
    Source("factcheck", "fixtures/factcheck/articles.jsonl", True,
           ("direct", "indirect", "mixed"), "statements", blind=False),
    Source("litbank-dev-1", "litbank-dev.jsonl", False, ("direct",), "all", 1),
)
#: The table the engine reads (the one a new fit is scored against, and replaces).
SHIPPED = ROOT / "quotes" / "lang" / "en" / "calibration.json"
#: The check sets: scored, never fitted on (the shipped table against the new fit).
CHECKS = (
    Source("polnear-dev", "polnear-dev.jsonl", False, ("direct", "indirect", "mixed"), "all"),
    Source("litbank-dev-2", "litbank-dev.jsonl", False, ("direct",), "all", 2),
    Source("factcheck-blind", "fixtures/factcheck/articles.jsonl", True,
           ("direct", "indirect", "mixed"), "statements", blind=True),
)
#: A row's confidence and whether it was right.
Rated = tuple[float, bool]
#: Pseudo-rows of the parent's rate each cell starts from.
PRIOR = 20.0
#: The most rows one document weighs as in any cell.
CAP = 5.0
#: The lower `--min-confidence` whose rows are reported beside those at CONFIDENT.
LIKELY = 0.5


def code_hash() -> str:
    """A hash of everything that decides the engine's rows: its code and word lists."""
    digest = hashlib.sha256()
    package = ROOT / "quotes"
    for path in sorted([*package.glob("*.py"), *package.glob("lang/*/*.txt")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def engine_rows(
    gold_path: Path, types: tuple[str, ...], scope: Scope, half: int | None = None
) -> Iterator[dict[str, object]]:
    """Each row of the engine in `scope` on a gold file (on the first or second `half`
    of its documents, when given): its cell and whether it was right, as ``quotes
    evaluate --scope SCOPE`` counts attribution on ``types``. The text is parsed and read
    piece by piece as :meth:`Engine.extract` does (selective parse), so the rows are the
    ones a user gets."""
    engine = get_engine()
    gold = list(load_gold(gold_path).items())
    if half is not None:
        middle = len(gold) // 2
        gold = gold[:middle] if half == 1 else gold[middle:]
    for doc_id, doc in gold:
        norm = engine.normalised(doc.text)
        found: list[Quote] = []
        kinds: list[str] = []
        for start, end in engine.chunks(doc.text, norm):
            parsed = engine.parse(norm[start:end])
            piece = engine.attribute(doc.text[start:end], parsed, norm=norm[start:end])
            for quote in piece:
                mention = None
                if quote.speaker_start is not None and quote.speaker_end is not None:
                    mention = parsed.char_span(
                        quote.speaker_start, quote.speaker_end, alignment_mode="expand"
                    )
                kinds.append(speaker_kind(mention))
            found += engine.shifted(piece, start)
        kept = {id(q) for q in select(found, scope)}
        wanted = [i for i, q in enumerate(found) if id(q) in kept and q.type in types]
        preds = [found[i] for i in wanted]
        gold_quotes = [g for g in doc.quotes if g["type"] in types]
        matches = match_quotes(doc.text, gold_quotes, preds)
        right = {pi for gi, pi in matches.partial if speaker_matches(preds[pi], gold_quotes[gi])}
        for k, i in enumerate(wanted):
            quote = found[i]
            doubts = row_doubts(
                doc.text, quote.start, quote.end, quote.speaker, quote.speaker_start,
                quote.speaker_end, quote.cue_start, quote.cue_end,
            )
            yield {
                "doc": doc_id,
                "family": rule_family(quote.method),
                "pattern": speaker_pattern(quote.method),
                "type": quote.type,
                "cue_class": quote.cue_class,
                "speaker": kinds[i],
                "reach": speaker_reach(
                    doc.text, quote.start, quote.end, quote.speaker_start, quote.speaker_end
                ),
                "statement": quote.statement,
                "doubts": list(doubts),
                "right": k in right,
            }


def cached_rows(source: Source, gold_path: Path, cache: Path) -> list[dict[str, object]]:
    """The engine's rows on a gold file, from the cache when the code and data match it
    (one run of the engine for both parts of the fact-checker set: the fit's and the
    blind batch's rows are picked from it)."""
    digest = hashlib.sha256(gold_path.read_bytes()).hexdigest()[:12]
    half = "" if source.half is None else f"-half{source.half}"
    name = f"{gold_path.stem}{half}-{source.scope}-{digest}-{code_hash()}.jsonl"
    path = cache / name
    if path.is_file():
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    else:
        print(f"running the engine on {gold_path} (cached to {path}) …", file=sys.stderr)
        rows = list(engine_rows(gold_path, source.types, source.scope, source.half))
        cache.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
        partial.replace(path)
    if source.blind is None:
        return rows
    return [r for r in rows if in_blind_batch(str(r["doc"])) == source.blind]


def outcome(row: dict[str, object]) -> Outcome:
    """A cached row as the fit reads it."""
    return Outcome(
        str(row["family"]),
        str(row["type"]),
        row["cue_class"],  # type: ignore[arg-type]
        str(row["speaker"]),
        bool(row["right"]),
        bool(row["statement"]),
        f"{row['source']}/{row['doc']}",
        str(row["pattern"]),
        str(row["reach"]),
        tuple(row["doubts"]),  # type: ignore[arg-type]
    )


def rated(
    cells: Mapping[str, Mapping[str, float]],
    shifts: Mapping[str, float],
    outcomes: list[Outcome],
) -> list[Rated]:
    """Each row's confidence under a table (its nearest measured cell moved by the
    shifts of its doubts, as :func:`quotes.confidence.confidence` reads it) and whether
    it was right."""
    return [(shifted_rate(rate_of(cells, o), o.doubts, shifts), o.right) for o in outcomes]


def figures(rows: list[Rated]) -> str:
    """What a user filtering on confidence wants to know of a table on some rows: ECE,
    the rows kept by ``--min-confidence 0.9`` and by 0.5 and their share right, the share
    of the right rows 0.9 leaves out, the AUROC and the share right of the 80% most
    confident rows."""
    confident = [right for conf, right in rows if conf >= CONFIDENT]
    likely = [right for conf, right in rows if conf >= LIKELY]
    right_rows = sum(right for _, right in rows)
    auroc = ranking_auc(rows)
    return (
        f"ECE {calibration_error(rows):.3f}, {len(confident)} rows >= {CONFIDENT} right "
        f"{sum(confident) / max(1, len(confident)):.3f}, {len(likely)} rows >= {LIKELY} "
        f"right {sum(likely) / max(1, len(likely)):.3f}, right rows below {CONFIDENT} "
        f"{(right_rows - sum(confident)) / max(1, right_rows):.3f}, AUROC "
        f"{'-' if auroc is None else f'{auroc:.3f}'}, top 80% right {top_precision(rows, 0.8):.3f}"
    )


def batch_folds(
    outcomes: list[Outcome],
) -> Iterator[tuple[int, int, list[Outcome], list[Outcome]]]:
    """For each of the fact-checker set's :data:`LAST_BATCHES`, its first article, the
    article after its last, the rows a table is fitted on to score it (PolNeAR train,
    LitBank dev's first half and the fact-checker articles before the batch: what the
    shipped table had seen when the batch was written) and the batch's rows."""
    numbers = [
        article_number(o.doc.split("/", 1)[1]) if o.doc.startswith("factcheck/") else -1
        for o in outcomes
    ]
    for first, end in zip(LAST_BATCHES, (*LAST_BATCHES[1:], BLIND_FROM), strict=True):
        train = [o for o, n in zip(outcomes, numbers, strict=True) if n < first]
        batch = [o for o, n in zip(outcomes, numbers, strict=True) if first <= n < end]
        yield first, end, train, batch


def leave_one_batch_out(outcomes: list[Outcome], prior: float, cap: float) -> None:
    """Print the figures of each of the last six batches under a table fitted on the rows
    before it (:func:`batch_folds`): how well a way of fitting the table ranks and
    calibrates news it has not seen, on six batches rather than the last alone (a batch
    has 5 to 20 wrong rows: one of them moves its AUROC by 0.01 or more)."""
    for first, end, train, batch in batch_folds(outcomes):
        cells, shifts = fit(train, prior, cap), fit_shifts(train, prior, cap)
        print(f"articles {first}-{end - 1}, {len(batch)} rows, "
              f"{sum(not o.right for o in batch)} wrong: "
              f"{figures(rated(cells, shifts, batch))}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "calibrate")
    parser.add_argument("--prior", type=float, default=PRIOR)
    parser.add_argument("--cap", type=float, default=CAP)
    parser.add_argument("--no-check", action="store_true",
                        help="do not score the new table against the shipped one on the "
                        "check sets (PolNeAR dev, LitBank dev)")
    parser.add_argument("--leave-one-batch-out", action="store_true",
                        help="score each of the fact-checker set's last six batches under "
                        "a table fitted on the rows before it, and write no table")
    args = parser.parse_args()
    table = json.loads(SHIPPED.read_text("utf-8")) if SHIPPED.is_file() else {}
    shipped, shipped_shifts = table.get("cells", {}), table.get("shifts", {})
    rows: list[dict[str, object]] = []
    used = []
    for source in SOURCES:
        gold_path = (ROOT if source.shipped else args.data) / source.path
        found = cached_rows(source, gold_path, args.cache)
        rows += [{**row, "source": source.name} for row in found]
        used.append({"name": source.name, "types": list(source.types),
                     "scope": source.scope, "rows": len(found)})
    outcomes = [outcome(r) for r in rows]
    if args.leave_one_batch_out:
        leave_one_batch_out(outcomes, args.prior, args.cap)
        return
    cells = fit(outcomes, args.prior, args.cap)
    shifts = fit_shifts(outcomes, args.prior, args.cap)
    header = {
        "about": "How often rows of each cell were right (partial span match and right "
        "speaker), smoothed toward the parent cell, a document weighing as `cap` rows at "
        "most; key: rule family|type|statement or other|cue class|speaker kind|speaker "
        "pattern|speaker reach (the paragraph breaks between the speaker's mention and the "
        "quote, 0, 1 or 2+, and whether the mention is before or after it: 1-para-before; "
        "- for none); a cell holding exactly its parent's "
        "rows is left out (its rows take the parent's rate). Made by benchmarks/calibrate.py "
        "(make calibrate) from the rows of the engine whose code and word lists hash to "
        "`code`, on `fitted`; read by quotes/confidence.py.",
        "fitted": datetime.now(UTC).strftime("%Y-%m-%d"),
        "code": code_hash(),
        "data": used,
        "prior": args.prior,
        "cap": args.cap,
        "shifts": shifts,
        "shifts_about": "The log-odds shift of each doubt a row has (quotes.confidence."
        "row_doubts) and the base shift every row takes, added to its cell's rate "
        "(quotes.confidence.shifted_rate); fitted by quotes.confidence_fit.fit_shifts on the "
        "same rows as the cells, each row's cell rate taken from cells fitted without its "
        "document.",
    }
    kept = pruned(cells)
    args.out.write_text(dump_table(kept, header), "utf-8")
    print(f"{len(rows)} rows, {len(cells)} cells ({len(kept)} unlike their parent), "
          f"written to {args.out}", file=sys.stderr)
    sets = [(s, [o for o in outcomes if o.doc.startswith(f"{s.name}/")]) for s in SOURCES]
    if not args.no_check:
        for source in CHECKS:
            gold_path = (ROOT if source.shipped else args.data) / source.path
            found = cached_rows(source, gold_path, args.cache)
            sets.append((source, [outcome({**r, "source": source.name}) for r in found]))
    for source, part in sets:
        fitted = "fitted on" if source in SOURCES else "not fitted on"
        print(f"{source.name} (--scope {source.scope}, {fitted}), {len(part)} rows:\n"
              f"  shipped table: {figures(rated(shipped, shipped_shifts, part))}\n"
              f"  this fit:      {figures(rated(cells, shifts, part))}", file=sys.stderr)


if __name__ == "__main__":
    main()
