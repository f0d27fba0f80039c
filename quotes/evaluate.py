"""``quotes evaluate``: score predictions (or the engine itself) against gold files.

The scoring rules are in :mod:`quotes.scoring` and :mod:`quotes.speaker_match`, gold
reading in :mod:`quotes.gold`, reading back exported predictions in
:mod:`quotes.predictions`; this module runs the systems and prints the tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table
from rich.text import Text

from quotes import signals
from quotes.cli_run import shown
from quotes.gold import GoldDoc, GoldError, load_gold
from quotes.installed import ModelNotFoundError
from quotes.prediction_formats import GZIP_SUFFIXES, PREDICTION_SUFFIXES
from quotes.predictions import PredictionError, as_gold_ids, check_spans, load_predictions
from quotes.records import Document, Quote, counted
from quotes.scope import Scope, check_scope, select
from quotes.scoring import (
    CONFIDENT,
    TYPES,
    Counts,
    ErrorExample,
    Scores,
    error_examples,
    score,
)

# --------------------------------------------------------------------------- output


def _percent(value: float) -> str:
    """A figure as a percentage with one decimal, as the tables show it."""
    return f"{100 * value:.1f}"


def format_tables(
    title: str, systems: Mapping[str, Scores], *, plain: bool = False
) -> list[Table]:
    """Two tables for one gold file, each within 80 columns: spans (exact and partial
    P/R/F1) and attribution (P/R/F1, strict when scored, speaker accuracy).

    Rows are types then overall; when several systems are scored (``--baseline``) their rows
    for each type sit together. ``plain`` (for logs and pipes) prints no bold either.
    """
    strict = any(scores.strict for scores in systems.values())
    spans = _table(f"{title}: quote spans", systems, plain=plain, counts=True,
                   groups=[("exact", lambda c: c.exact), ("part.", lambda c: c.partial)])
    attribution_groups: list[tuple[str, Callable[[Counts], int]]] = [
        ("attr.", lambda c: c.attributed)]
    if strict:
        attribution_groups.append(("strict", lambda c: c.strict))
    attribution = _table(f"{title}: attribution", systems, plain=plain,
                         groups=attribution_groups, speaker_accuracy=True, calibration=True)
    return [spans, attribution]


def _table(
    title: str,
    systems: Mapping[str, Scores],
    *,
    plain: bool,
    groups: Sequence[tuple[str, Callable[[Counts], int]]],
    counts: bool = False,
    speaker_accuracy: bool = False,
    calibration: bool = False,
) -> Table:
    """One table: type (and system) rows, then gold and predicted counts (``counts``), P/R/F1
    per group (the group named once, over its P), speaker accuracy and how well the
    confidence is calibrated and ranks rows (``calibration``: ECE, precision of confident
    rows, AUROC)."""
    # No box and one space between columns: that keeps both tables within 80 characters,
    # --baseline, --strict-names and the calibration columns all shown.
    table = Table(title=Text(title), title_justify="left", box=None, padding=(0, 0, 0, 1),
                  header_style="" if plain else "bold", title_style="" if plain else "bold")
    several = len(systems) > 1
    table.add_column("type")
    if several:
        table.add_column("system")
    for header in ("gold", "pred") if counts else ():
        table.add_column(header, justify="right")
    for group, _hits in groups:
        for above, figure in zip((group, "", ""), ("P", "R", "F1"), strict=True):
            table.add_column(f"{above}\n{figure}", justify="right")
    if speaker_accuracy:
        table.add_column("spk.\nacc", justify="right")
    if calibration:
        table.add_column("\nECE", justify="right")
        table.add_column(f"P conf\n≥{CONFIDENT}", justify="right")
        table.add_column("\nAUROC", justify="right")
    rows = next(iter(systems.values())).rows if systems else {}
    for row in rows:
        for system_index, (system, scores) in enumerate(systems.items()):
            row_counts = scores.rows[row]
            cells = [row if system_index == 0 else ""]
            if several:
                cells.append(system)
            if counts:
                cells += [str(row_counts.gold), str(row_counts.pred)]
            for _group, hits in groups:
                cells += [_percent(figure) for figure in row_counts.prf(hits(row_counts))]
            if speaker_accuracy:
                cells.append(_percent(row_counts.speaker_accuracy))
            if calibration:
                rated = row_counts.to_dict()["calibration"]
                auroc = "-" if rated["auroc"] is None else f"{rated['auroc']:.3f}"
                cells += [f"{rated['ece']:.3f}", _percent(rated["confident_precision"]), auroc]
            table.add_row(*cells)
    return table


def format_errors(title: str, examples: Sequence[ErrorExample]) -> Table:
    """A rich table listing error examples with their context and both speakers."""
    table = Table(title=Text(title), title_justify="left")
    for header in ("kind", "doc", "type", "context", "predicted speaker", "gold speaker"):
        table.add_column(header, overflow="fold")
    for example in examples:
        cells = (
            example.kind,
            example.doc_id,
            example.type,
            example.context,
            example.pred_speaker or "-",
            example.gold_speaker or "-",
        )
        # Text, not str: quoted text is data, and "[...]" must not be read as markup.
        table.add_row(*(Text(cell) for cell in cells))
    return table


# --------------------------------------------------------------------------- CLI


def _run(
    label: str,
    gold_docs: Mapping[str, GoldDoc],
    extract: Callable[[list[Document]], Iterator[list[Quote]]],
    stderr: Console,
) -> dict[str, list[Quote]]:
    """Run an extractor (``documents -> iterator of quote lists``, one per document) over
    gold texts, with a progress bar on stderr when it is a terminal."""
    documents = [Document(doc_id, doc.text) for doc_id, doc in gold_docs.items()]
    results = track(
        extract(documents),
        total=len(gold_docs),
        description=label,
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )
    return dict(zip(gold_docs, results, strict=True))


def _engine_quotes(
    documents: list[Document], model: str | None, scope: Scope, stderr: Console
) -> Iterator[list[Quote]]:
    """The engine's rows in `scope` for each document, in order. A document the engine
    fails on (or gives up on, over its time budget) is named on stderr with the reason and
    scored with no rows, as `quotes extract` reports and skips it: one bad text never
    stops the scoring of the others."""
    from quotes import get_engine
    from quotes.run import DocumentError, run_documents

    def report(error: DocumentError) -> None:
        stderr.print(
            f"[yellow]warning[/] document {shown(f'{error.doc_id}: {error.reason}')}; "
            "scored with no rows",
            highlight=False,
            soft_wrap=True,
        )

    waiting = iter(documents)
    for done, quotes in run_documents(get_engine(model), documents, on_error=report):
        for document in waiting:  # the documents before this one failed (reported)
            if document is done:
                break
            yield []
        yield select(quotes, scope)
    for _failed in waiting:
        yield []


def coverage_warning(
    pred: Path | str,
    predictions: Mapping[str, list[Quote]],
    gold_files: Iterable[Mapping[str, GoldDoc]],
) -> str | None:
    """The line that says how far the ids of the predictions and the gold agree, or None
    when they do: the gold documents with quotes that have no predicted row (each of
    their quotes scored as missed) and the predicted documents the gold does not have
    (ignored). Predictions made from another corpus (or another version of its ids)
    share few or no ids with the gold, and were scored as if every quote were missed,
    saying nothing of why. A gold document with no quote needs no row."""
    gold = {doc_id: doc for docs in gold_files for doc_id, doc in docs.items()}
    quoted = [doc for doc in gold.values() if doc.quotes]
    unrowed = [doc for doc in quoted if doc.id not in predictions]
    unknown = [doc_id for doc_id in predictions if doc_id not in gold]
    if not unrowed and not unknown:
        return None
    said = []
    if unrowed:
        missed = sum(len(doc.quotes) for doc in unrowed)
        said.append(f"no row for {len(unrowed)} of the {len(quoted)} gold documents with "
                    f"quotes (their {counted(missed, 'quote')} scored as missed)")
    if unknown:
        some = ", ".join(unknown[:3]) + (", …" if len(unknown) > 3 else "")
        said.append(f"rows for {counted(len(unknown), 'document')} the gold does not have "
                    f"(ignored: {some}); were they made from another corpus?")
    return f"{pred}: {' and '.join(said)}"


def _parse_types(value: str) -> list[str]:
    """``--types`` as a list, rejecting unknown names."""
    types = [t.strip() for t in value.split(",") if t.strip()]
    unknown = sorted(set(types) - set(TYPES))
    if unknown or not types:
        raise typer.BadParameter(f"choose among {', '.join(TYPES)}; got {value!r}")
    return types


def evaluate_cli(
    gold: Annotated[
        list[Path],
        typer.Argument(
            metavar="GOLD",
            help="Gold file(s) in quote-gold JSONL; each is scored separately.",
            exists=True,
            dir_okay=False,
        ),
    ],
    pred: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Predictions to score: any file `quotes extract` wrote (by extension: "
            f"{', '.join(PREDICTION_SUFFIXES)}, and {', '.join(GZIP_SUFFIXES)} gzipped as "
            ".gz; else by content; its CSV saved as .tsv), or quote-gold JSONL. "
            "Without it the engine is run on the gold texts.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    types: Annotated[
        str, typer.Option(metavar="TYPES",
                          help="Comma-separated quote types to score (gold and predicted).")
    ] = ",".join(TYPES),
    errors: Annotated[
        int,
        typer.Option(help="List this many missed, spurious and misattributed quotes each.", min=0,
                     metavar="N"),
    ] = 0,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")
    ] = False,
    baseline: Annotated[
        bool,
        typer.Option(
            "--baseline", help="Also score textacy's direct_quotations on the same spaCy model."
        ),
    ] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", metavar="NAME",
                     help="spaCy pipeline for the engine and the baseline (default: best one)."),
    ] = None,
    strict_names: Annotated[
        bool,
        typer.Option(
            "--strict-names",
            help="Also score attribution by the strict name rule: the resolved speaker must "
            "hold every word of the gold full name (pronouns, surnames or roles alone are "
            "wrong); gold with no name is judged as usual. Errors follow this rule.",
        ),
    ] = False,
    scope: Annotated[
        str,
        typer.Option(metavar="statements|all",
                     help="Rows of the engine to score: statements (what a fact-checker would "
                     "publish) or all (every attribution; what PolNeAR annotates)."),
    ] = "statements",
) -> None:
    """Score quotation predictions (or the engine itself) against gold annotations."""
    wanted = _parse_types(types)
    try:
        check_scope(scope)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--scope") from exc
    stdout, stderr = Console(), Console(stderr=True)
    try:
        gold_files = {str(path): load_gold(path) for path in gold}
        predictions = None
        if pred is not None:
            # SIGTERM ended the process at once, leaving the temporary copy of a FIFO's
            # stream (up to 1 GiB); now it exits 143 through the copy's clean-up
            with signals.handling():
                predictions = load_predictions(pred)
            texts = {doc_id: doc.text for docs in gold_files.values()
                     for doc_id, doc in docs.items()}
            predictions = as_gold_ids(predictions, texts)
            check_spans(pred, predictions, texts)
    except (GoldError, PredictionError) as exc:
        stderr.print(f"[red]error[/] {shown(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    if predictions is not None:
        said = coverage_warning(pred, predictions, gold_files.values())
        if said:
            stderr.print(f"[yellow]warning[/] {shown(said)}", highlight=False, soft_wrap=True)
    nlp = None
    try:
        if predictions is None or baseline:
            # spaCy loads only here, when a pipeline runs (not for --pred alone); load_model
            # caches per name, so the engine and textacy share this one pipeline
            from quotes.model import load_model

            nlp = load_model(model)
    except ModelNotFoundError as exc:
        stderr.print(f"[red]error[/] {shown(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    extractors: dict[str, Callable[[list[Document]], Iterator[list[Quote]]]] = {}
    if predictions is None:
        extractors["quotes"] = partial(_engine_quotes, model=model, scope=scope, stderr=stderr)
    if baseline:
        # Imported here: textacy is slow to import and only this option needs it.
        from quotes.baseline import baseline_extract_many

        def textacy(documents: list[Document]) -> Iterator[list[Quote]]:
            return baseline_extract_many((d.text for d in documents), nlp=nlp)

        extractors["textacy"] = textacy

    report: list[dict[str, Any]] = []
    for name, gold_docs in gold_files.items():
        systems = {"quotes": predictions} if predictions is not None else {}
        for system, extract in extractors.items():
            systems[system] = _run(f"{name} ({system})", gold_docs, extract, stderr)
        scores = {
            system: score(gold_docs, preds, wanted, strict_names)
            for system, preds in systems.items()
        }
        examples = {
            system: error_examples(gold_docs, preds, wanted, errors, strict_names) if errors else []
            for system, preds in systems.items()
        }
        if as_json:
            entry: dict[str, Any] = {
                "gold": name,
                "types": wanted,
                "scores": {system: s.to_dict() for system, s in scores.items()},
            }
            if errors:
                entry["errors"] = {s: [asdict(e) for e in ex] for s, ex in examples.items()}
            report.append(entry)
            continue
        for table in format_tables(name, scores, plain=not stdout.is_terminal):
            stdout.print(table)
        for system, system_examples in examples.items():
            if system_examples:
                stdout.print(format_errors(f"{name}: errors ({system})", system_examples))
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
