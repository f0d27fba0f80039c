"""The `quotes` command line: thin wrappers over the library, one per command.

The commands share their option types and helpers (:mod:`quotes.cli_options`) and show
a run on stderr through :class:`~quotes.cli_run.CommandRun`. `extract`, the main one,
lives in :mod:`quotes.cli_extract` and `evaluate` in :mod:`quotes.evaluate`; `speakers`,
`review` and `merge` are here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from quotes import __version__
from quotes.cli_extract import extract_cli
from quotes.cli_options import (
    DocumentOptions,
    Force,
    IdField,
    Inputs,
    PlainCsv,
    TableFormat,
    TableOutput,
    TextField,
    input_paths,
    load_engine,
    reads_documents,
)
from quotes.cli_run import CommandRun
from quotes.cli_usage import OneLineCommand, OneLineUsage
from quotes.evaluate import evaluate_cli
from quotes.installed import ModelNotFoundError
from quotes.merge import MergeError, ShardFiles, merge_rows
from quotes.output_locks import lock_outputs
from quotes.outputs import output_path
from quotes.review import ReviewWriter
from quotes.review import check_output as check_review_output
from quotes.run import Limits, run_documents
from quotes.scope import check_scope, select
from quotes.writers import (
    COLUMN_TYPES,
    TABLE_FORMATS,
    OutputError,
    check_output,
    check_outputs,
    extensions,
    open_writer,
)

if TYPE_CHECKING:
    from quotes.engine import Engine


def _flags_show_no_type() -> None:
    """Typer 0.29 writes a parameter's value type in ``--help`` (``--force <bool>``, also
    for ``--help`` itself, and ``INPUT <list[str]>``); a flag takes no value, so it shows
    none, as click's plain help has it, and an argument is shown by its metavar alone,
    as the value options are (``-o FILE``)."""
    from typer.core import TyperArgument, TyperOption

    for kind in (TyperOption, TyperArgument):
        shown = getattr(kind, "display_type_rich", None)
        if shown is None or getattr(shown, "flags_show_no_type", False):
            continue

        def display_type_rich(self: Any, ctx: typer.Context, shown: Any = shown) -> str | None:
            if getattr(self, "is_flag", False) or (self.param_type_name == "argument"
                                                  and self.metavar is not None):
                return None
            return shown(self, ctx)

        display_type_rich.flags_show_no_type = True  # type: ignore[attr-defined]
        kind.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_show_no_type()
app = typer.Typer(
    name="quotes",
    cls=OneLineUsage,  # a usage error is one line, not a box
    help="Find the quotations in news text and say who said each one.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",  # a docstring's lines are joined into paragraphs
)


def _version(value: bool) -> None:
    """Print the version and stop (the eager `--version` option)."""
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


app.command("extract", cls=OneLineCommand)(extract_cli)


def _set_up(
    run: CommandRun,
    inputs: list[str],
    output: Path | None,
    options: DocumentOptions,
    check_target: Callable[[], object],
) -> tuple[Engine, Limits]:
    """What `speakers` and `review` check and load before reading a document: the limits,
    that the output and the errors file are free (``check_target`` checks the command's
    own output format), the scope, and the engine; a failure ends the command with one
    line, before any work."""
    try:
        limits = Limits(options.max_doc_chars, options.max_doc_seconds)
        check_outputs({"--output": output, "--errors": options.errors},
                      inputs=input_paths(inputs), force=options.force)
        lock_outputs({"--output": output, "--errors": options.errors})
        engine = load_engine(options.model, options.quiet)
        check_scope(options.scope)
        check_target()
    except (ModelNotFoundError, OutputError, ValueError) as exc:
        run.fail(exc)
    return engine, limits


@app.command("speakers", cls=OneLineCommand)
@reads_documents
def speakers_cli(
    inputs: Inputs,
    options: DocumentOptions,
    output: TableOutput = None,
    fmt: TableFormat = None,
    plain_csv: PlainCsv = False,
) -> None:
    """One row per speaker: role, quotes (direct/indirect/mixed), documents and first quote.

    Speakers are the resolved names (`he` counts for the person it refers to); the role is
    read from the text (`NATO Secretary-General`). Most quoted speakers come first.
    """
    run = CommandRun("speakers", quiet=options.quiet)
    force = options.force

    def check_table() -> None:
        check_output(output, fmt=fmt, force=force, inputs=input_paths(inputs),
                     formats=TABLE_FORMATS,
                     not_written=f"speakers writes {extensions(TABLE_FORMATS)}; a database "
                                 "written by `quotes extract -o FILE.db` has a speakers view")

    engine, limits = _set_up(run, inputs, output, options, check_target=check_table)
    from quotes.speaker_table import SpeakerTable, parse_documents, write_speaker_table

    speakers = SpeakerTable()
    with run.running():
        documents = run.read(inputs, id_field=options.id_field, text_field=options.text_field,
                             outputs=(output, options.errors), max_chars=limits.max_chars)
        for parsed in parse_documents(engine, documents, batch_size=options.batch_size,
                                      on_error=run.error, limits=limits):
            found = select(parsed.quotes, options.scope, options.min_confidence)
            parsed = replace(parsed, quotes=found)
            run.done(parsed.quotes, finished=parsed.last)
            speakers.add(parsed)
    try:
        write_speaker_table(speakers.rows(), output, fmt=fmt, plain_csv=plain_csv, force=force,
                            inputs=input_paths(inputs), on_warning=run.note)
    except OutputError as exc:
        run.fault(exc)
    except ImportError as exc:
        run.fail(exc)
    run.finish(options.errors, force=force)


@app.command("review", cls=OneLineCommand)
@reads_documents
def review_cli(
    inputs: Inputs,
    options: DocumentOptions,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", parser=output_path,
                           help="The HTML page to write (self-contained; .html or .htm).")
    ],
    title: Annotated[str, typer.Option(metavar="TEXT",
                                       help="Title shown at the top of the page.")] = (
        "Quote review"
    ),
) -> None:
    """Write one HTML page of the documents with quotes, speakers and cues highlighted.

    Each document's text sits beside a table of its quotes (speaker, type, quote, method,
    confidence), for checking the extraction by eye. The page needs no network.
    """
    run = CommandRun("review", quiet=options.quiet)
    engine, limits = _set_up(
        run, inputs, output, options,
        check_target=lambda: check_review_output(output, force=options.force,
                                                 inputs=input_paths(inputs)),
    )
    with run.running(), ReviewWriter(output, title=title) as page:
        documents = run.read(inputs, id_field=options.id_field, text_field=options.text_field,
                             outputs=(output, options.errors), max_chars=limits.max_chars)
        for document, found in run_documents(engine, documents, batch_size=options.batch_size,
                                              on_error=run.error, limits=limits):
            found = select(found, options.scope, options.min_confidence)
            run.done(found)
            page.add(document, found)
    run.finish(options.errors, force=options.force)


@app.command("merge", cls=OneLineCommand)
def merge_cli(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER",
                                           help="The -o FOLDER of a sharded extract run.")],
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="INPUT",
                       help="The inputs of that run, for the exact input order (documents "
                       "without quotes leave no row, so without them shards are taken in "
                       "turn, one document each)."),
    ] = None,
    output: TableOutput = None,
    fmt: TableFormat = None,
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
        check_output(output, fmt=fmt, force=force, inputs=shards.paths, formats=TABLE_FORMATS,
                     not_written=f"merge writes {extensions(TABLE_FORMATS)}; a database keeps "
                                 "each document's text, which shard files do not hold: run "
                                 "`quotes extract INPUTS -o FILE.db` to fill one")
        lock_outputs({"--output": output})
        writer = open_writer(output, fmt=fmt, columns=columns, types=types, plain_csv=plain_csv,
                             force=force, inputs=[*shards.paths, *input_paths(inputs or [])],
                             on_warning=run.note)
    except (MergeError, OutputError, ValueError, ImportError) as exc:
        run.fail(exc)
    if "speaker_id" in columns:  # each shard's ids are its own: given again over them all
        from quotes.speaker_ids import with_speaker_ids

        writer = with_speaker_ids(writer, columns)
    with run.running(), writer:
        order = None
        if inputs:
            documents = run.read(inputs, id_field=id_field, text_field=text_field,
                                 outputs=(output,))
            order = (document.id for document in documents)
        try:
            for row in merge_rows(shards, order):
                writer.write(row)
        except MergeError as exc:
            run.fail(exc)
    if run.problems:
        raise typer.Exit(1)


app.command("evaluate", cls=OneLineCommand)(evaluate_cli)
