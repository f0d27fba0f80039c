"""The write stage for corpora: quotes, their documents and speakers in one SQLite database.

``quotes extract news/ -o corpus.db`` makes (or adds to) a database that Datasette,
``sqlite-utils`` or any SQLite client opens:

- ``documents``: one row per document: ``id`` (primary key), the kept metadata fields
  (``--keep-fields``) and ``text``, the exact text that was analysed (offsets index it);
- ``quotes``: the quote rows of ``extract`` (primary key ``doc_id, quote_id``), with
  full-text search on ``quote`` (the ``quotes_fts`` table, kept in step by triggers);
- ``speakers``: a view with one row per resolved speaker (quotes by type, documents).

Running ``extract`` again into the same database adds its documents: a document already
there (same id) is replaced with its new text and quotes, never duplicated. Each
document is written in one transaction, so an interrupted run leaves every document
either as it was or complete.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from quotes.records import Document, field_text
from quotes.writers import ClosingWriter, ColumnType

__all__ = ["SPEAKERS_VIEW", "SqliteWriter"]

#: The ``speakers`` view: the quotes of each resolved speaker, most quoted first.
SPEAKERS_VIEW = """
SELECT speaker,
       count(*) AS quotes,
       sum(type = 'direct') AS direct,
       sum(type = 'indirect') AS indirect,
       sum(type = 'mixed') AS mixed,
       count(DISTINCT doc_id) AS documents
FROM quotes
WHERE speaker IS NOT NULL AND speaker != ''
GROUP BY speaker
ORDER BY quotes DESC, direct DESC, speaker
"""

_SQL_TYPES: dict[ColumnType, type] = {"string": str, "int": int, "float": float}


class SqliteWriter(ClosingWriter):
    """Writes documents and their quote rows into a SQLite database, adding to what is there.

    Call :meth:`document` before each document's rows (every document, with quotes or
    not); rows are kept until the next document or the close, then written together.
    """

    def __init__(
        self,
        path: Path,
        columns: Sequence[str],
        types: Mapping[str, ColumnType],
        *,
        fields: Sequence[str] = (),
    ) -> None:
        import sqlite_utils

        if "doc_id" not in columns or "quote_id" not in columns:
            raise ValueError("a quotes database needs the doc_id and quote_id columns")
        self.columns = tuple(columns)
        self.fields = tuple(fields)
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite_utils.Database(path)
            self._create(types)
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"output {path} is not a SQLite database ({exc})") from exc
        self.current: Document | None = None
        self.rows: list[tuple[object, ...]] = []
        self.closed = False

    def _create(self, types: Mapping[str, ColumnType]) -> None:
        """The tables, the full-text index and the view, unless they are there already."""
        documents = self.db["documents"]
        documents.create({"id": str, "text": str}, pk="id", if_not_exists=True)  # type: ignore[union-attr]
        for name in self.fields:
            if name not in documents.columns_dict:
                documents.add_column(name, str)  # type: ignore[union-attr]
        quotes = self.db["quotes"]
        quotes.create(  # type: ignore[union-attr]
            {c: _SQL_TYPES[types[c]] for c in self.columns},
            pk=("doc_id", "quote_id"),
            foreign_keys=[("doc_id", "documents", "id")],
            if_not_exists=True,
        )
        missing = [c for c in self.columns if c not in quotes.columns_dict]
        if missing:
            raise ValueError(f"output {self.path} has a quotes table without the columns "
                             f"{', '.join(missing)}; write to a new database")
        if "quote" in self.columns and quotes.detect_fts() is None:  # type: ignore[union-attr]
            quotes.enable_fts(["quote"], create_triggers=True)  # type: ignore[union-attr]
        if "speaker" in self.columns and "type" in self.columns:
            self.db.create_view("speakers", SPEAKERS_VIEW, ignore=True)

    def document(self, document: Document) -> None:
        """Start a document: the rows written next are its quotes."""
        self._flush()
        self.current = document

    def write(self, row: Mapping[str, object]) -> None:
        """Keep one quote row of the current document."""
        if self.closed:
            raise ValueError("write to a closed writer")
        if self.current is None:
            raise ValueError("call document() before writing its rows")
        self.rows.append(tuple(row.get(c) for c in self.columns))

    def _flush(self) -> None:
        """Write the current document and its rows in one transaction, replacing any older
        copy of the document and its quotes."""
        if self.current is None:
            return
        document, rows = self.current, self.rows
        self.current, self.rows = None, []
        names = ["id", *self.fields, "text"]
        values = [document.id, *(field_text(document.metadata.get(f)) for f in self.fields),
                  document.text]
        updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names[1:])
        columns = ", ".join(f"[{c}]" for c in self.columns)
        with self.db.conn:
            self.db.conn.execute(
                f"INSERT INTO documents ({', '.join(f'[{n}]' for n in names)}) "
                f"VALUES ({', '.join('?' for _ in names)}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                values,
            )
            self.db.conn.execute("DELETE FROM quotes WHERE doc_id = ?", [document.id])
            self.db.conn.executemany(
                f"INSERT INTO quotes ({columns}) VALUES ({', '.join('?' for _ in self.columns)})",
                rows,
            )

    def close(self) -> None:
        """Write the last document and close the database (a second call does nothing)."""
        if self.closed:
            return
        self.closed = True
        try:
            self._flush()
        finally:
            self.db.close()

    def abort(self) -> None:
        """Give up: the document in progress is dropped, those written before stay."""
        if self.closed:
            return
        self.closed = True
        self.current, self.rows = None, []
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

