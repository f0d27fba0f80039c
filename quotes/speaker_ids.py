"""Every row of a run given its ``speaker_id``: the id of the person its speaker is,
known once every row of the run is in.

:mod:`quotes.people` merges the names of a corpus into people and gives each an id;
this module hands those ids to rows. A file output holds its rows in an anonymous
temporary file until the run's last document (:class:`SpeakerIdWriter`), so memory stays
flat; rows held in memory (a DataFrame's, a doc's) get theirs at once (:func:`identify`).
A database gives its ids itself (:mod:`quotes.sqlite`).
"""

from __future__ import annotations

import contextlib
import pickle
import tempfile
from collections.abc import Mapping, Sequence
from typing import IO

from quotes.outputs import OutputError
from quotes.people import People, as_text
from quotes.records import Document
from quotes.row_writers import ClosingWriter, RowWriter

__all__ = ["SpeakerIdWriter", "identify", "with_speaker_ids"]


class SpeakerIdWriter(ClosingWriter):
    """Gives every row its ``speaker_id``, then passes it on to ``inner``.

    Rows are counted into ``people`` and held in an anonymous temporary file until the
    writer closes, when the ids are known; then they go to ``inner`` in order, each with
    its id, and ``inner`` is closed (on an error, both are dropped). For file writers,
    whose :meth:`~quotes.writers.RowWriter.document` keeps nothing, so documents pass
    straight on.
    """

    def __init__(self, inner: RowWriter, people: People | None = None) -> None:
        self.inner = inner
        self.people = People() if people is None else people
        # closed by close() or abort(), which the `with` block of the writer calls
        self.spool: IO[bytes] | None = tempfile.TemporaryFile(prefix="quotes-rows-")  # noqa: SIM115

    def document(self, document: Document) -> None:
        self.inner.document(document)

    def write(self, row: Mapping[str, object]) -> None:
        """Count the row's speaker and keep the row until :meth:`close`."""
        if self.spool is None:
            raise ValueError("write to a closed writer")
        self.people.count_row(row)
        try:
            pickle.dump(dict(row), self.spool, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot hold the rows until their speaker ids are known: "
                              f"{exc.strerror or exc}") from exc

    def close(self) -> None:
        """Write every row with its ``speaker_id`` to ``inner`` and close it."""
        if self.spool is None:
            return
        spool, self.spool = self.spool, None
        ids = self.people.ids()
        try:
            spool.seek(0)
            while True:
                try:
                    row = pickle.load(spool)
                except EOFError:
                    break
                self.inner.write(_with_id(row, ids))
        except BaseException:
            self.inner.abort()
            raise
        finally:
            spool.close()
        self.inner.close()

    def abort(self) -> None:
        """Drop the held rows and the inner writer's output."""
        if self.spool is not None:
            spool, self.spool = self.spool, None
            with contextlib.suppress(OSError):
                spool.close()
            self.inner.abort()


def _with_id(row: Mapping[str, object], ids: Mapping[str, str]) -> dict[str, object]:
    """The row with the ``speaker_id`` of its speaker (None when it has none)."""
    return {**row, "speaker_id": ids.get(as_text(row.get("speaker")) or "")}


def identify(rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    """Rows held in memory (a DataFrame's, a doc's), each given its ``speaker_id`` over
    them all, as :class:`SpeakerIdWriter` gives them to a file."""
    people = People()
    for row in rows:
        people.count_row(row)
    ids = people.ids()
    return [_with_id(row, ids) for row in rows]


def with_speaker_ids(
    writer: RowWriter, columns: Sequence[str], people: People | None = None
) -> RowWriter:
    """``writer`` behind a :class:`SpeakerIdWriter` when its rows have a ``speaker_id``
    column or their quotes are to be counted into ``people`` (a speaker table written
    beside them); else as it is, its rows streaming out as they come. A database gives
    its ids itself, over every document it holds (:mod:`quotes.sqlite`)."""
    from quotes.sqlite import SqliteWriter

    if isinstance(writer, SqliteWriter) or ("speaker_id" not in columns and people is None):
        return writer
    return SpeakerIdWriter(writer, people)
