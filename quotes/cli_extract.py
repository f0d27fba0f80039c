"""`quotes extract`: every quote with its speaker, one row per quote, in any output
format, in this process, a pool of workers or a Dask cluster, whole or by shard.

The command only reads its options, checks every output before any work, and wires the
library together: documents (:class:`~quotes.cli_run.CommandRun`), the run
(:func:`quotes.scale.run`, or :func:`quotes.speaker_table.quotes_with_roles` for a
workbook with a speakers sheet), the scope (:func:`quotes.scope.select`) and the writers
(:func:`quotes.writers.open_writer`, with the corpus's speaker ids).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from rich.console import Console
from rich.table import Table

from quotes import __version__
from quotes.cli_options import (
    DocumentOptions,
    Format,
    Inputs,
    KeepFields,
    Output,
    PlainCsv,
    fields_of,
    input_paths,
    load_engine,
    reads_documents,
)
from quotes.cli_run import CommandRun, err, shown
from quotes.inputs import InputNotFoundError
from quotes.installed import ModelNotFoundError, check_model
from quotes.output_locks import lock_outputs
from quotes.outputs import FolderName, folder_named, output_path
from quotes.records import COLUMNS, counted
from quotes.run import Limits, kept_fields, rows_of
from quotes.scale import Shard, ShardTarget, check_backend, default_workers
from quotes.scale import run as run_scaled
from quotes.scope import check_scope, select
from quotes.shards import run_key, streamed_input
from quotes.writers import (
    TEXT_COLUMNS,
    TEXT_TYPES,
    OutputError,
    check_output,
    check_outputs,
    open_writer,
)
from quotes.xlsx import XlsxWriter

if TYPE_CHECKING:  # the engine imports spaCy: only the command loads it
    from quotes.engine import Engine


def _chosen_columns(columns: str | None) -> tuple[str, ...]:
    """The columns `--columns` chooses, all of them when it is not given. An empty choice
    (`--columns ''`, a shell variable that was never set) is refused naming the option,
    not read as no choice: a script that meant some columns would get every one."""
    if columns is None:
        return COLUMNS
    chosen = tuple(c.strip() for c in columns.split(","))
    if not any(chosen):
        raise ValueError(f"--columns is empty; choose at least one of: {', '.join(COLUMNS)}")
    return chosen


#: What to do instead of naming a folder as `extract`'s output.
_FOLDER_HINT = "give a file path, or --shard I/N to write shard files in it"


def _make_shard_folder(folder: Path) -> None:
    """Make the folder `--shard I/N -o FOLDER` names, where the shards of a run, started
    side by side, each put their file; its parent must exist, as any output's folder
    must (:func:`quotes.outputs.check_target`)."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--output {folder}: cannot make the shard folder: "
                          f"{exc.strerror or exc}") from exc


@reads_documents
def extract_cli(
    inputs: Inputs,
    options: DocumentOptions,
    output: Output = None,
    fmt: Format = None,
    columns: Annotated[
        str | None,
        typer.Option(metavar="COLUMNS",
                     help="Comma-separated columns to write, in that order (default: all: "
                     f"{', '.join(COLUMNS)}; see the README's Columns)."),
    ] = None,
    plain_csv: PlainCsv = False,
    preview: Annotated[
        bool, typer.Option("--preview", help="Also print a speaker / quote table on stderr.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(min=1, metavar="N", help="Processes parsing in parallel (default: all "
                     "cores; 1 = in-process). Output order is the same for any number."),
    ] = None,
    shard: Annotated[
        str | None,
        typer.Option(metavar="I/N", help="Process only shard I/N of the documents (every "
                     "N-th from the I-th). Shards are numbered from 0: 0/N to N-1/N. With "
                     "-o FOLDER each shard has its own file there (shard-0002-of-0004.csv "
                     "for 2/4, -f csv.gz for shard-0002-of-0004.csv.gz; --errors and --texts "
                     "files too: errors.shard-0002-of-0004.jsonl), "
                     "a rerun skips a shard whose file is complete, and `quotes merge FOLDER` "
                     "joins them."),
    ] = None,
    backend: Annotated[
        str, typer.Option("--engine", metavar="local|dask",
                          help="local (this machine) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(metavar="ADDRESS",
                     help="Dask scheduler address, with --engine dask (default: start a local "
                          "cluster)."),
    ] = None,
    keep_fields: KeepFields = None,
    texts: Annotated[
        Path | None,
        typer.Option(metavar="FILE", parser=output_path,
                     help="Also write the exact text analysed for each document (the text "
                     "the offsets index) as JSONL (.jsonl, .ndjson; gzipped when the name "
                     "ends in .gz): id, text and the --keep-fields."),
    ] = None,
    speakers_sheet: Annotated[
        bool,
        typer.Option("--speakers-sheet", help="With -o FILE.xlsx: add a `speakers` sheet (the "
                     "`quotes speakers` "
                     "table). Parses in this process; --workers is not used."),
    ] = False,
) -> None:
    """Extract every quote with its speaker and write one row per quote."""
    model, quiet, scope = options.model, options.quiet, options.scope
    errors, force = options.errors, options.force  # a shard writes its own errors file
    run = CommandRun("extract", quiet=quiet)
    fields = fields_of(keep_fields)
    paths = input_paths(inputs)
    target: ShardTarget | None = None
    try:
        chosen = _chosen_columns(columns)
        # `--shard "$I/$N"` with the variables unset gives `/`; `--shard ""` is refused too
        part = Shard.parse(shard) if shard is not None else None
        # `-o out.csv/` names a folder, which only a shard writes into (others say so)
        slashed, output = isinstance(output, FolderName), output and Path(output)
        if part is None and output is not None and slashed:
            raise folder_named("--output", output, _FOLDER_HINT)
        if part is None and output is not None and _is_folder(output):
            raise OutputError(f"--output {output} is a folder; {_FOLDER_HINT}")
        for option, named in (("--errors", errors), ("--texts", texts)):
            if isinstance(named, FolderName):  # said before a shard names its own copy
                raise folder_named(option, named)
        # a shard writes into a folder, or a name with no extension that is no file yet;
        # a file or device that exists (`-o /dev/null --shard 0/2`) is written as one
        to_folder = part is not None and output is not None and (
            _is_folder(output) or slashed or not (output.suffix or output.exists()))
        if to_folder and part is not None:  # a shard's report and texts are its own
            errors, texts = part.own(errors), part.own(texts)
        check_outputs({"--errors": errors, "--texts": texts}, inputs=paths,
                      force=force or (to_folder and part is not None))
        if output is not None and to_folder:
            made_by = run_key(inputs, {
                "quotes": __version__, "model": model, "scope": scope,
                "min_confidence": options.min_confidence, "columns": chosen,
                "keep_fields": fields, "id_field": options.id_field,
                "text_field": options.text_field, "plain_csv": plain_csv},
                [output, *(p for p in (errors, texts) if p is not None)])
            target = ShardTarget.of(output, part or Shard(0, 1), (fmt or "csv").lower(),
                                    made_by, [p for p in (errors, texts) if p is not None])
            _make_shard_folder(output)
            stream = streamed_input(inputs)
            if target.complete and stream is not None and not (force or quiet):
                err.print(shown(f"{target.path} was made by an earlier run, but the input "
                                f"{stream} is a FIFO, which cannot be checked against it; "
                                "redoing it from this stream"), highlight=False, soft_wrap=True)
            if target.complete and stream is None and not force:
                if not quiet:
                    err.print(shown(f"{target.path} is complete; skipped (--force redoes it)"),
                              highlight=False, soft_wrap=True)
                return
            if target.altered and not quiet:
                err.print(shown(f"{target.path} is not the file its run wrote ("
                                f"{target.altered[0]} bytes, now {target.altered[1]}: cut short "
                                "or written to since); redoing it"),
                          highlight=False, soft_wrap=True)
            if target.missing and not target.changed and not quiet:
                err.print(shown(f"{target.path} was made without {target.missing}, which "
                                "this run writes; redoing it"), highlight=False, soft_wrap=True)
            if target.changed and not quiet:
                err.print(shown(f"{target.path} was made from other inputs or options than "
                                 "this run's; redoing it"), highlight=False, soft_wrap=True)
            output, force = target.path, True
        check_outputs({"--output": output, "--errors": errors, "--texts": texts},
                      inputs=paths, force=True)  # each one's --force checked apart
        lock_outputs({"--output": output, "--errors": errors, "--texts": texts})
        workers = default_workers() if workers is None else workers
        check_backend(backend, workers, scheduler)
        if backend == "local" and workers > default_workers():
            # `--workers 1000` on two cores: one model a worker (hundreds of MB each, no
            # faster on a shared core), the machine out of memory before the first row
            cores = default_workers()
            run.note("--workers", f"{workers} is more than the {counted(cores, 'core')} this "
                     f"run may use; using {cores} (each worker loads the model)")
            workers = cores
        check_scope(scope)
        limits = Limits(options.max_doc_chars, options.max_doc_seconds)
        if speakers_sheet or (workers == 1 and backend == "local"):
            engine: Engine | Callable[[], Engine] = load_engine(model, quiet)
        else:  # the workers load their own; this process only for one batch (scale.run)
            check_model(model)
            engine = partial(load_engine, model, True)
        kind = check_output(output, fmt=fmt, force=force, inputs=paths)
        if speakers_sheet and kind != "xlsx":
            raise ValueError("--speakers-sheet needs -o FILE.xlsx")
        if texts is not None:
            check_output(texts, fmt="jsonl", force=force,
                         inputs=[*paths, *([output] if output else [])], what="--texts")
        book = open_writer(output, fmt=fmt, columns=chosen, plain_csv=plain_csv, force=force,
                           inputs=paths, fields=fields, on_error=run.error,
                           on_warning=run.note)
        texts_writer = (open_writer(texts, fmt="jsonl", columns=TEXT_COLUMNS, types=TEXT_TYPES,
                                    force=force, fields=fields) if texts else None)
    except (ModelNotFoundError, OutputError, ValueError, ImportError,
            InputNotFoundError) as exc:
        run.fail(exc)
    speakers = None
    if speakers_sheet:
        from quotes.speaker_table import SpeakerTable, quotes_with_roles

        speakers = SpeakerTable()
    from quotes.speaker_ids import with_speaker_ids

    writer = with_speaker_ids(book, chosen, speakers)
    table: list[tuple[str, str]] = []
    # the rows are committed first (with their speaker ids they are written only then):
    # when they fail (a full disk), the texts are dropped too, never published beside
    # the earlier rows they do not index
    with run.running(), texts_writer or nullcontext(), writer:
        documents = run.read(inputs, id_field=options.id_field,
                             text_field=options.text_field, keep_fields=fields,
                             outputs=(output, errors, texts, target and target.path.parent),
                             shard=part, max_chars=limits.max_chars)
        if speakers is not None:
            results = quotes_with_roles(cast("Engine", engine), documents, speakers,
                                        batch_size=options.batch_size, on_error=run.error,
                                        scope=check_scope(scope),
                                        min_confidence=options.min_confidence,
                                        limits=limits)
        else:
            results = run_scaled(documents, engine=engine, model=model, backend=backend,
                                 workers=workers, scheduler=scheduler,
                                 batch_size=options.batch_size,
                                 on_error=run.error, limits=limits)
        for document, found in results:
            found = select(found, scope, options.min_confidence)
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


def _print_preview(rows: list[tuple[str, str]]) -> None:
    """The `--preview` table of speakers and quotes (long quotes cut), on stderr unless
    stdout is a terminal."""
    table = Table("speaker", "quote", show_lines=False)
    for speaker, quote in rows:
        table.add_row(speaker, quote if len(quote) <= 90 else quote[:87] + "...")
    Console(file=sys.stderr if not sys.stdout.isatty() else sys.stdout).print(table)


def _is_folder(output: Path) -> bool:
    """Whether ``--output`` names a folder; a path the system cannot look up (a name
    longer than the file system takes) is an OutputError naming why, where `is_dir`
    raised its OSError as a traceback."""
    try:
        return output.is_dir()
    except OSError as exc:
        raise OutputError(f"--output {output}: {exc.strerror or exc}") from exc
