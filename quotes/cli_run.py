"""One command's pass over documents as the user sees it on stderr: errors and warnings
as they happen, a progress bar with a total, one summary line and the exit code.

The commands in :mod:`quotes.cli` stay thin: they open their inputs and outputs and
hand every problem to a :class:`CommandRun`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from quotes import signals
from quotes.atomic_sink import disk_full
from quotes.distributed import SchedulerError
from quotes.input_bytes import FIFO_WAITING
from quotes.inputs import InputNotFoundError, ReadError, StdinTwiceError, count_documents
from quotes.outputs import ReaderGoneError
from quotes.readers import iter_documents
from quotes.records import Document, Quote, counted
from quotes.run import DocumentError
from quotes.shards import Shard
from quotes.writers import OutputError, write_error_report

#: Where every command reports: standard error.
err = Console(stderr=True)


def shown(text: str) -> str:
    """`text` as one safe line of rich markup: its brackets escaped, and every character
    that is not printable (an escape sequence, a line break, a right-to-left override in
    a file name or a document id) written as its Python escape (``\\x1b``, ``\\n``),
    so that no input can forge a line of the report or drive the terminal."""
    return escape("".join(c if c.isprintable() else repr(c)[1:-1] for c in text))


class CommandRun:
    """One command's pass over documents, as the user sees it on stderr.

    Read errors and warnings print as they happen and are kept for ``--errors``; a rich
    progress bar counts documents and quotes once a run passes :attr:`SHOW_AFTER`
    documents, only when stderr is a terminal and not ``--quiet`` (so pipes, CI logs and
    tests stay clean); the run ends with one summary line and the exit code
    (2 for a usage error, 1 when any document failed).
    """

    #: Documents done before the progress bar appears, so short runs print no bar.
    SHOW_AFTER = 3

    def __init__(self, label: str, *, quiet: bool, console: Console = err) -> None:
        self.label = label
        self.quiet = quiet
        self.console = console
        self.started = time.monotonic()
        self.problems: list[ReadError | DocumentError] = []
        self.documents = self.quotes = 0
        self.speakers: set[str] = set()
        self.progress: Progress | None = None
        self.inputs: list[str] = []

    def read(
        self, inputs: list[str], *, id_field: str, text_field: str,
        keep_fields: tuple[str, ...] = (), outputs: Iterable[Path | None] = (),
        shard: Shard | None = None, max_chars: int | None = None,
    ) -> Iterator[Document]:
        """The documents of the inputs (of one `shard` of them), with read problems
        reported here; the command's `outputs` are never read as inputs (a folder's file
        written by an earlier run); a plain text over `max_chars` characters by its bytes
        alone is refused unread (:func:`~quotes.readers.iter_documents`).

        Every shard of a run reads the whole input to find its documents, so each would
        report every bad file and line: a problem is reported only by the shard that
        owns the position it comes at, that of the next document read (a file that
        cannot be read stands where its documents would have), so each is reported
        once over the shards, and only the shard reporting it is redone on a rerun."""
        self.inputs = list(inputs)
        owned = _Owned(self, shard)
        documents = iter_documents(inputs, id_field=id_field, text_field=text_field,
                                   on_error=owned.error, on_warning=owned.warning,
                                   keep_fields=keep_fields,
                                   outputs=[path for path in outputs if path is not None],
                                   max_chars=max_chars)
        return owned.documents(documents)

    def error(self, problem: ReadError | DocumentError) -> None:
        """Report and keep a document or input that failed, under ``--quiet`` too: it
        hides the chatter of a run (progress, warnings, the summary), while a failed
        document is what the exit code 1 is about, and without its line a quiet run
        with no ``--errors`` file said nothing of which one failed or why."""
        self.problems.append(problem)
        where = problem.source if isinstance(problem, ReadError) else problem.doc_id
        self.console.print(f"[red]error[/red] {shown(f'{where}: {problem.reason}')}",
                           highlight=False, soft_wrap=True)

    def warning(self, problem: ReadError) -> None:
        """Report a recoverable oddity of an input; under ``--quiet`` only a FIFO input
        that waits for a writer (:data:`~quotes.input_bytes.FIFO_WAITING`): a quiet run
        of `mkfifo p; quotes extract p -q` with no writer hung saying nothing."""
        if not self.quiet or problem.reason == FIFO_WAITING:
            self.console.print(
                f"[yellow]warning[/yellow] {shown(f'{problem.source}: {problem.reason}')}",
                highlight=False, soft_wrap=True)

    def note(self, where: str, reason: str) -> None:
        """Report a warning about an output (a cell cut in a workbook): `where` names the
        row, `reason` says what happened and what to do."""
        self.warning(ReadError(where, reason))

    def fail(self, exc: Exception) -> NoReturn:
        """Stop on a usage error (bad option, missing input, unusable output): exit 2; a
        full disk met before the run (:func:`~quotes.atomic_sink.disk_full`) is a fault, 1."""
        if disk_full(exc):
            self.fault(exc)
        self._stop()
        # Shown safely: a message may hold brackets (an install hint's `[parquet]`) and a
        # file name anything.
        self.console.print(f"[red]error[/red] {shown(str(exc))}", highlight=False,
                           soft_wrap=True)
        raise typer.Exit(2) from exc

    def fault(self, exc: Exception) -> NoReturn:
        """Stop on an output that failed while writing (full disk, read-only folder): exit 1.
        The writer has removed its temp file; a previous output stays as it was. A reader
        of stdout that has gone (`| head`) stops the run without a word, with the status
        a shell gives a tool its closed pipe ended (141, 128 + SIGPIPE)."""
        self._stop()
        if isinstance(exc, ReaderGoneError):
            # Python flushes stdout once more at exit: into nothing, not the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from exc
        self.console.print(f"[red]error[/red] {shown(str(exc))}", highlight=False,
                           soft_wrap=True)
        raise typer.Exit(1) from exc

    @contextmanager
    def running(self) -> Iterator[None]:
        """Wrap the document loop: a missing input (or stdin given twice), or a Dask
        scheduler that does not answer, is a usage error, an output fault ends the run
        with one line; SIGTERM and SIGINT stop the workers, remove the temp files and
        exit 143 and 130 (:mod:`quotes.signals`); the bar ends with it."""
        try:
            with signals.handling():
                yield
        except (InputNotFoundError, StdinTwiceError, SchedulerError) as exc:
            self.fail(exc)
        except OutputError as exc:
            self.fault(exc)
        finally:
            self._stop()

    def done(self, quotes: list[Quote], *, finished: bool = True) -> None:
        """Count the quotes of one document (or of a piece of it, not `finished`) and
        advance the progress bar."""
        self.documents += finished
        self.quotes += len(quotes)
        self.speakers.update(q.speaker for q in quotes if q.speaker)
        if self.progress is None and self._show():
            total = self._total()
            counted = "{task.completed}" + (f"/{total}" if total else "")
            self.progress = Progress(
                SpinnerColumn(), TextColumn(f"[bold]{self.label}[/bold]"), BarColumn(),
                TextColumn(counted + " documents, {task.fields[quotes]} quotes"),
                TimeElapsedColumn(), TimeRemainingColumn(), console=self.console,
                transient=True,
            )
            self.progress.add_task(self.label, total=total, quotes=0)
            self.progress.start()
        if self.progress is not None:
            self.progress.update(self.progress.task_ids[0], completed=self.documents,
                                 quotes=self.quotes)

    def _total(self) -> int | None:
        """The run's document count when the inputs tell it cheaply (the bar then shows a
        total and the time left); counted only once the bar appears, never fatal."""
        try:
            return count_documents(self.inputs) or None
        except Exception:  # a count is a nicety: an input that cannot be counted has none
            return None

    def _show(self) -> bool:
        return not self.quiet and self.console.is_terminal and self.documents > self.SHOW_AFTER

    def _stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def finish(self, errors: Path | None, *, force: bool = False) -> None:
        """Write the error report, print the summary line, exit 1 if anything failed."""
        if errors is not None:
            try:
                write_error_report(errors, (_error_row(p) for p in self.problems), force=force)
            except OutputError as exc:
                self.fault(exc)
        if not self.quiet:
            self.console.print(
                f"{counted(self.documents, 'document')}, {counted(self.quotes, 'quote')}, "
                f"{counted(len(self.speakers), 'speaker')}, "
                f"{counted(len(self.problems), 'error')} in "
                f"{time.monotonic() - self.started:.1f}s",
                highlight=False,
            )
        if self.problems:
            raise typer.Exit(1)


class _Owned:
    """One shard's part of a read (all of it without a shard): its documents, and the
    read problems that come at their positions, reported through the run."""

    def __init__(self, run: CommandRun, shard: Shard | None) -> None:
        self.run = run
        self.shard = shard
        self.read = 0  # documents read so far, of every shard: the next one's position

    def mine(self) -> bool:
        """Whether the shard owns the position of the next document."""
        return self.shard is None or self.shard.owns(self.read)

    def error(self, problem: ReadError) -> None:
        if self.mine():
            self.run.error(problem)

    def warning(self, problem: ReadError) -> None:
        if self.mine():
            self.run.warning(problem)

    def documents(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The shard's documents, in input order."""
        for document in documents:
            if self.mine():
                yield document
            self.read += 1


def _error_row(problem: ReadError | DocumentError) -> dict[str, object]:
    if isinstance(problem, ReadError):
        return {"source": problem.source, "reason": problem.reason, "doc_id": None}
    return {"source": problem.doc_id, "reason": problem.reason, "doc_id": problem.doc_id}
