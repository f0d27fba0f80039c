"""The write stage for corpora: quotes, their documents and speakers in one SQLite database.

``quotes extract news/ -o corpus.db`` makes (or adds to) a database that Datasette,
``sqlite-utils`` or any SQLite client opens:

- ``documents``: one row per document: ``id`` (primary key), the kept metadata fields
  (``--keep-fields``) and ``text``, the exact text that was analysed (offsets index it);
- ``quotes``: the quote rows of ``extract`` (primary key ``doc_id, quote_id``), with
  full-text search on ``quote`` (the ``quotes_fts`` table, kept in step by triggers);
- ``people``: one row per person across every document of the database: ``speaker_id``
  (primary key), ``speaker`` (the canonical name) and ``aliases`` (the other names the
  person was resolved as), made from the quotes' speakers by
  :func:`quotes.people.merge_people`, as the ``quotes speakers`` table is;
- ``speakers``: a view with one row per person (quotes by type, documents, aliases).

Running ``extract`` again into the same database adds its documents: a document already
there (same id) is replaced with its new text and quotes, never duplicated; a second
document with the same id within one run (which the readers never give: they number a
repeated id, :mod:`quotes.readers`) is reported and not written (it would replace the
first). Each document is written in one transaction, so an interrupted run leaves
every document either as it was or complete; a new database stopped before its first
document is removed. When the writer closes, every quote's
``speaker_id`` is given again over all the documents the database now holds (in one
transaction), so a surname in an old document joins a full name a new one brings; a run
stopped by a signal or an error gives them too, over the documents written so far. Only
a new or empty database, or one this writer made, is written to: any other is refused
untouched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from quotes.outputs import OutputError
from quotes.records import Document, field_text
from quotes.row_writers import ClosingWriter, ColumnType
from quotes.run import DocumentError

__all__ = ["NAMES_VIEW", "SPEAKERS_VIEW", "SqliteWriter"]

#: The ``speakers`` view: the quotes of each person, most quoted first.
SPEAKERS_VIEW = """
SELECT p.speaker_id,
       p.speaker,
       count(*) AS quotes,
       sum(q.type = 'direct') AS direct,
       sum(q.type = 'indirect') AS indirect,
       sum(q.type = 'mixed') AS mixed,
       count(DISTINCT q.doc_id) AS documents,
       p.aliases
FROM quotes AS q JOIN people AS p ON p.speaker_id = q.speaker_id
GROUP BY p.speaker_id
ORDER BY quotes DESC, direct DESC, p.speaker
"""

#: The ``speakers`` view of a database whose quotes have no ``speaker_id`` column: the
#: quotes of each resolved name.
NAMES_VIEW = """
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

#: Said after a "database is locked" error: what holds it and what to do.
_LOCKED_HINT = " (another program is writing to it: close that program or wait, then run again)"


def _locked(exc: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return "locked" in str(exc)


class SqliteWriter(ClosingWriter):
    """Writes documents and their quote rows into a SQLite database, adding to what is there.

    Call :meth:`document` before each document's rows (every document, with quotes or
    not); rows are kept until the next document or the close, then written together. A
    document whose id an earlier one of the same run had goes to ``on_error`` and is
    not written (without ``on_error``: ValueError).
    """

    def __init__(
        self,
        path: Path,
        columns: Sequence[str],
        types: Mapping[str, ColumnType],
        *,
        fields: Sequence[str] = (),
        on_error: Callable[[DocumentError], None] | None = None,
    ) -> None:
        import sqlite_utils

        if "doc_id" not in columns or "quote_id" not in columns:
            raise ValueError("a quotes database needs the doc_id and quote_id columns")
        clash = [name for name in ("id", "text") if name in fields]
        if clash:  # the documents table's own: the document id, the text analysed
            raise ValueError(f"--keep-fields {', '.join(clash)}: the documents table of a "
                             "database has its own id and text columns (the document id, "
                             "the text analysed); keep the field under another name, or "
                             "choose it as the id with --id-field")
        self.columns = tuple(columns)
        self.fields = tuple(fields)
        self.path = path
        self.on_error = on_error
        #: Whether this run makes the database: one stopped before its first document is
        #: removed (:meth:`_forget_if_unwritten`), as a stopped run leaves no CSV or JSONL.
        self.created = not path.exists()
        self.written = False
        self.db = sqlite_utils.Database(path)
        try:
            self._check_ours()
            self._create(types)
            self.db.conn.execute("CREATE TEMP TABLE run_ids (id TEXT PRIMARY KEY)")
        except sqlite3.OperationalError as exc:  # locked, read-only, full: a database still
            self.db.close()
            self._forget_if_unwritten()  # a new one the disk had no room for: left empty
            raise ValueError(f"cannot write output {path}: {exc}{_LOCKED_HINT * _locked(exc)}"
                             ) from exc
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise ValueError(f"output {path} is not a SQLite database ({exc})") from exc
        except BaseException:
            self.db.close()
            self._forget_if_unwritten()
            raise
        self.current: Document | None = None
        self.skipping = False
        self.rows: list[tuple[object, ...]] = []
        self.closed = False

    def _check_ours(self) -> None:
        """Refuse a database with tables that this writer did not make (another program's
        data: its own `documents` table would be written into); it stays untouched."""
        tables = self.db.table_names()
        if not tables:
            return
        documents = self.db["documents"]
        quotes = self.db["quotes"]
        if ("documents" in tables and "quotes" in tables
                and {"id", "text"} <= set(documents.columns_dict)
                and {"doc_id", "quote_id"} <= set(quotes.columns_dict)):
            return
        shown = ", ".join(t for t in tables[:5]) + (", …" if len(tables) > 5 else "")
        raise ValueError(f"output {self.path} is a database that `quotes extract` did not "
                         f"make (tables: {shown}); it is left untouched: give a new path")

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
        if "speaker_id" in self.columns and "speaker_id" not in quotes.columns_dict:
            quotes.add_column("speaker_id", str)  # type: ignore[union-attr]  # an older database
        missing = [c for c in self.columns if c not in quotes.columns_dict]
        if missing:
            raise ValueError(f"output {self.path} has a quotes table without the columns "
                             f"{', '.join(missing)}; write to a new database")
        if "quote" in self.columns and quotes.detect_fts() is None:  # type: ignore[union-attr]
            quotes.enable_fts(["quote"], create_triggers=True)  # type: ignore[union-attr]
        self.identifies = {"speaker_id", "speaker", "type"} <= set(quotes.columns_dict)
        if self.identifies:
            self.db["people"].create(  # type: ignore[union-attr]
                {"speaker_id": str, "speaker": str, "aliases": str}, pk="speaker_id",
                if_not_exists=True)
            self.db.create_view("speakers", SPEAKERS_VIEW, replace=True)
        elif "speaker" in self.columns and "type" in self.columns:
            self.db.create_view("speakers", NAMES_VIEW, ignore=True)


    def document(self, document: Document) -> None:
        """Start a document: the rows written next are its quotes (dropped, and the
        document reported, when an earlier document of this run had its id)."""
        self._flush()
        try:
            self.db.conn.execute("INSERT INTO temp.run_ids VALUES (?)", [document.id])
        except sqlite3.IntegrityError:
            self.skipping = True
            reason = (f"an earlier document of this run has the id {document.id!r}; this "
                      "one is not written to the database (the first is kept): give each "
                      "document its own id (--id-field)")
            if self.on_error is None:
                raise ValueError(reason) from None
            self.on_error(DocumentError(document.id, reason))
            return
        self.skipping = False
        self.current = document

    def write(self, row: Mapping[str, object]) -> None:
        """Keep one quote row of the current document."""
        if self.closed:
            raise ValueError("write to a closed writer")
        if self.skipping:
            return
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
        try:
            with self.db.conn:
                self.db.conn.execute(
                    f"INSERT INTO documents ({', '.join(f'[{n}]' for n in names)}) "
                    f"VALUES ({', '.join('?' for _ in names)}) "
                    f"ON CONFLICT(id) DO UPDATE SET {updates}",
                    values,
                )
                self.db.conn.execute("DELETE FROM quotes WHERE doc_id = ?", [document.id])
                self.db.conn.executemany(
                    f"INSERT INTO quotes ({columns}) "
                    f"VALUES ({', '.join('?' for _ in self.columns)})",
                    rows,
                )
            self.written = True
        except sqlite3.Error as exc:  # the transaction is rolled back: nothing half-written
            raise OutputError(f"cannot write {self.path} (document {document.id}): {exc}"
                              f"{_LOCKED_HINT * _locked(exc)}; the documents written before "
                              "it stay") from exc

    def close(self) -> None:
        """Write the last document and close the database (a second call does nothing)."""
        if self.closed:
            return
        self.closed = True
        try:
            self._flush()
            if self.identifies:
                self._give_ids()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot give the speaker ids in {self.path}: {exc}"
                              f"{_LOCKED_HINT * _locked(exc)}; the next run into it gives "
                              "them") from exc
        except BaseException:  # a signal stopped the last document or the ids (rolled back)
            if self.identifies:  # the ids are given before the run stops, as by abort()
                with contextlib.suppress(sqlite3.Error):
                    self._give_ids()
            self.db.close()
            self._forget_if_unwritten()
            raise
        finally:
            self.db.close()

    def _give_ids(self) -> None:
        """Give every quote of the database its ``speaker_id`` and rewrite ``people``,
        from the quotes of every document the database holds, in one transaction."""
        from quotes.people import DOC_ID_SEPARATOR, People

        people = People()
        counted = self.db.conn.execute(
            "SELECT doc_id, speaker, type, count(*) FROM quotes WHERE speaker != '' "
            "GROUP BY doc_id, speaker, type ORDER BY min(rowid)")
        for doc_id, speaker, kind, n in counted:
            people.count(doc_id, speaker, kind, n=n)
        found = people.people()
        with self.db.conn:
            self.db.conn.execute("DELETE FROM people")
            self.db.conn.executemany(
                "INSERT INTO people (speaker_id, speaker, aliases) VALUES (?, ?, ?)",
                [(slug, entry.name, DOC_ID_SEPARATOR.join(sorted(entry.aliases)) or None)
                 for slug, entry in found])
            self.db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS speaker_ids "
                                 "(speaker TEXT PRIMARY KEY, speaker_id TEXT)")
            self.db.conn.execute("DELETE FROM temp.speaker_ids")
            self.db.conn.executemany("INSERT INTO temp.speaker_ids VALUES (?, ?)",
                                     people.ids(found).items())
            self.db.conn.execute(
                "UPDATE quotes SET speaker_id = (SELECT speaker_id FROM temp.speaker_ids AS n "
                "WHERE n.speaker = quotes.speaker)")

    def abort(self) -> None:
        """Give up: the document in progress is dropped, those written before stay, with
        their ``speaker_id`` given (a stopped run leaves no quote without its id and no
        ``people`` table out of step with the quotes)."""
        if self.closed:
            return
        self.closed = True
        self.current, self.rows = None, []
        with contextlib.suppress(sqlite3.Error):
            if self.identifies:
                self._give_ids()
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self._forget_if_unwritten()

    def _forget_if_unwritten(self) -> None:
        """Remove the database this run made when it stopped before writing a document
        (Ctrl-C while the model loads): no empty database is left where a stopped run
        leaves no CSV or JSONL file; a rerun makes it anew. One that was there stays."""
        if self.created and not self.written:
            for leftover in (self.path, *(self.path.with_name(self.path.name + end)
                                          for end in ("-journal", "-wal", "-shm"))):
                with contextlib.suppress(OSError):
                    leftover.unlink()

