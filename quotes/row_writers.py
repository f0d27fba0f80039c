"""What every row writer shares: the interface, the `with` life cycle and the sink.

Every output family (:mod:`quotes.text_formats` for CSV and JSONL,
:mod:`quotes.parquet`, :mod:`quotes.xlsx`, :mod:`quotes.sqlite`, and the speaker-id
wrapper of :mod:`quotes.speaker_ids`) is a :class:`RowWriter`; those that write a file through
an :class:`~quotes.atomic_sink.AtomicSink` are :class:`SinkWriter`s, so an interrupted or
failed run leaves the previous file (or none), never a truncated one.
:func:`quotes.writers.open_writer` picks the family.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Literal, Protocol, Self

from quotes.atomic_sink import AtomicSink
from quotes.outputs import OutputError
from quotes.records import Document

#: The value type of a column: it fixes the Parquet schema, the SQLite column and which
#: CSV cells are text.
ColumnType = Literal["string", "int", "float"]


class RowWriter(Protocol):
    """Writes rows (mappings from column name to value) to one output; a context manager.

    Leaving the ``with`` block normally commits the output; leaving it with an exception
    discards the temp file and leaves any previous file intact.
    """

    def document(self, document: Document) -> None:
        """Announce the document whose rows come next (a database stores the document)."""

    def write(self, row: Mapping[str, object]) -> None:
        """Write one row; keys outside the writer's columns are ignored, missing ones are null."""

    def close(self) -> None:
        """Finish and commit the output (idempotent)."""

    def abort(self) -> None:
        """Give up: drop what was written, keeping any previous output."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class ClosingWriter:
    """The `with` life cycle every writer shares: :meth:`close` on a clean exit,
    :meth:`abort` when the block raised (the subclass defines both)."""

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class SinkWriter(ClosingWriter):
    """A writer to one :class:`~quotes.atomic_sink.AtomicSink`: write rows, then commit on a
    clean close or discard on error; each format says how a row is written
    (:meth:`_write`) and how its stream ends (:meth:`_finish`)."""

    def __init__(self, sink: AtomicSink, columns: Sequence[str]) -> None:
        self.sink = sink
        self.columns = tuple(columns)
        self.closed = False
        self.aborted = False

    def document(self, document: Document) -> None:
        """Rows carry what they need of their document; file formats keep nothing more.
        On stdout, a reader that has gone stops the run here, at the next document, not
        after the last (:meth:`~quotes.atomic_sink.AtomicSink.check_reader`)."""
        try:
            self.sink.check_reader()
        except OutputError:
            self.closed = True
            self.sink.discard()
            raise

    def write(self, row: Mapping[str, object]) -> None:
        """Write one row with this writer's columns."""
        if self.closed:
            raise ValueError("write to a closed writer")
        try:
            self._write([row.get(column) for column in self.columns])
        except OSError as exc:  # a full disk, a closed stdout: one line, temp file gone
            self.closed = True
            raise self.sink.fault(exc) from exc

    def close(self) -> None:
        """Finish the format's stream and commit the output (a second call does nothing)."""
        if self.closed:
            return
        self.closed = True
        try:
            self._finish()
        except OSError as exc:
            raise self.sink.fault(exc) from exc
        except BaseException:
            self.sink.discard()
            raise
        self.sink.commit()

    def abort(self) -> None:
        """Give up: discard what was written so far, keeping any previous output."""
        if self.closed:
            return
        self.closed = self.aborted = True
        with contextlib.suppress(Exception):
            self._finish()
        self.sink.discard()

    def _write(self, values: list[object]) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        raise NotImplementedError
