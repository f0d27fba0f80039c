"""The write stage for spreadsheets: rows out as a real ``.xlsx`` workbook (xlsxwriter).

Text cells are written as text (``write_string``), never as formulas, numbers or links,
so no guard character is needed and every quote reads back exactly as found. Each sheet
has its header frozen, an autofilter over its rows, and column widths by what the column
holds. Rows stream to disk (xlsxwriter's constant-memory mode), so memory stays flat
however many quotes a corpus has. The workbook goes through the same atomic temp file as
every other output.

A sheet holds at most 1,048,576 rows in Excel (:data:`MAX_SHEET_ROWS`, with its header):
rows past them go on to a sheet of the same columns named with a number (`quotes-2`,
`quotes-3`, …; the command says so once), where xlsxwriter would drop them without a word.
A cell holds at most 32,767 characters in Excel (:data:`MAX_CELL_CHARS`). A longer text is
cut there, never silently: the cell ends with a mark that gives the text's full length,
and ``on_warning`` (the command's warnings) names the row and column, so that no one
publishes the cut words as the whole quote; JSONL, CSV and Parquet keep the text whole.

A character XML cannot hold (a control character but tab and line feed, U+FFFE, U+FFFF,
a lone surrogate) and a carriage return are written as a spreadsheet shows them, one
character for one (:func:`cell_text`): xlsxwriter wrote Excel's escape `_x000B_`,
`_x000D_`, which openpyxl and pandas read as those seven characters.
"""

from __future__ import annotations

import re
import traceback
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from quotes.atomic_sink import AtomicSink
from quotes.row_writers import ColumnType, SinkWriter

__all__ = ["MAX_CELL_CHARS", "XlsxWriter", "cell_text", "fit_cell"]

#: The most characters a cell holds in Excel; a longer text is cut there (and marked).
MAX_CELL_CHARS = 32_767

#: The most rows a sheet holds in Excel, its header included; more go to the next sheet.
MAX_SHEET_ROWS = 1_048_576

#: What ends a cut cell: the text's full length, so no reader takes the cell for all of it.
CUT_MARK = " … [cut: {:,} characters in all]"

#: Told where (`d7, quote 3`, `workbook`) and what: a text cut, a sheet full; one line.
OnWarning = Callable[[str, str], None]


def fit_cell(text: str) -> str:
    """`text`, or when longer than a cell holds, its start and :data:`CUT_MARK` within
    :data:`MAX_CELL_CHARS` characters."""
    if len(text) <= MAX_CELL_CHARS:
        return text
    mark = CUT_MARK.format(len(text))
    return text[: MAX_CELL_CHARS - len(mark)] + mark


#: What xlsxwriter writes as Excel's escape (`_x000D_`) or cannot write: the C0 controls
#: but tab and line feed (a carriage return, alone or before a line feed, among them), the
#: lone surrogates of a broken UTF-16 text and the noncharacters U+FFFE, U+FFFF.
_NOT_SHOWN = re.compile("\r\n?|[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: What a cell shows for them, one character for each: a line break for a lone CR (classic
#: Mac OS' line end), a vertical tab (Word's line break within a paragraph) and a form
#: feed (a page break); for CRLF (Windows' line end) a space and the line break, as the
#: parser reads it (:mod:`quotes.normalise`), so a cell is as long as the words it holds
#: (`quote_end - quote_start`: a CRLF read as one break cut a cell a character short of its
#: offsets); the replacement character for anything else.
_BREAKS = {"\r\n": " \n", "\r": "\n", "\x0b": "\n", "\x0c": "\n"}


def cell_text(text: str) -> str:
    """`text` as a workbook can hold it and a spreadsheet show it, one character for one:
    each character XML cannot hold, and a carriage return, replaced (`We\x0bwon` ->
    `We\nwon`, `a\r\nb` -> `a \nb`, `a\x01b` -> `a\ufffdb`), where `_x000B_` stood in
    the cell for any reader but Excel."""
    return _NOT_SHOWN.sub(lambda found: _BREAKS.get(found.group(), "\ufffd"), text)


def _warn(where: str, reason: str) -> None:
    """The default of ``on_warning``: a Python warning (the command line prints its own)."""
    warnings.warn(f"{where}: {reason}", stacklevel=4)


def _where(row: Mapping[str, object]) -> str:
    """The row named for a warning: its document and quote number, else its speaker."""
    if row.get("doc_id") is not None:
        quote = f", quote {row['quote_id']}" if row.get("quote_id") is not None else ""
        return f"{row['doc_id']}{quote}"
    return f"speaker {row.get('speaker')}"

#: Column widths in characters, by column name or else by type.
_WIDTHS: dict[str, float] = {"quote": 70, "first_quote": 70, "doc_ids": 40, "method": 24}
_TYPE_WIDTHS: dict[ColumnType, float] = {"string": 22, "int": 11, "float": 11}


class XlsxWriter(SinkWriter):
    """One workbook: the rows written go to the first sheet; :meth:`add_sheet` adds more."""

    def __init__(
        self,
        sink: AtomicSink,
        columns: Sequence[str],
        types: Mapping[str, ColumnType],
        *,
        sheet: str = "quotes",
        on_warning: OnWarning = _warn,
    ) -> None:
        super().__init__(sink, columns)
        import xlsxwriter

        options = {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        }
        self.book = xlsxwriter.Workbook(sink.stream, options)
        self.bold = self.book.add_format({"bold": True})
        self.on_warning = on_warning
        self.sheets: list[_Sheet] = []
        self.first = self._sheet(sheet, self.columns, types)

    def _sheet(self, name: str, columns: Sequence[str], types: Mapping[str, ColumnType]) -> _Sheet:
        sheet = _Sheet(self.book.add_worksheet(name), tuple(columns), types, self.bold,
                       self.on_warning)
        sheet.name = name
        self.sheets.append(sheet)
        return sheet

    def _room(self, sheet: _Sheet, base: str) -> _Sheet:
        """`sheet`, or when it is full, the next sheet of its columns (`quotes-2`, …)."""
        if sheet.rows < MAX_SHEET_ROWS - 1:
            return sheet
        number = sum(s.name == base or s.name.startswith(f"{base}-") for s in self.sheets) + 1
        name = f"{base}-{number}"
        if number == 2:
            self.on_warning("workbook", f"sheet {base} is full ({MAX_SHEET_ROWS - 1:,} rows, as "
                        f"many as Excel shows): the rows go on in sheets {name}, {base}-3, …")
        return self._sheet(name, sheet.columns, sheet.typed)

    def add_sheet(
        self,
        name: str,
        columns: Sequence[str],
        types: Mapping[str, ColumnType],
        rows: Iterable[Mapping[str, object]],
    ) -> None:
        """Another sheet of the workbook, with its own columns, holding ``rows``."""
        sheet = self._sheet(name, columns, types)
        for row in rows:
            sheet = self._room(sheet, name)
            sheet.write([row.get(column) for column in sheet.columns], _where(row))

    def write(self, row: Mapping[str, object]) -> None:
        """Write one row on the first sheet (its document named if a text is cut)."""
        self.where = _where(row)
        super().write(row)

    def _write(self, values: list[object]) -> None:
        self.first = self._room(self.first, self.sheets[0].name)
        self.first.write(values, self.where)

    def _finish(self) -> None:
        from xlsxwriter.exceptions import FileCreateError

        for sheet in self.sheets:
            sheet.finish()
        try:
            self.book.close()
        except FileCreateError as exc:
            # xlsxwriter wraps the OS error of a full disk in its own, which the command
            # line printed as a traceback; as an OSError it is one line, the temp file gone
            cause = exc.args[0] if exc.args else None
            if not isinstance(cause, OSError):
                raise
            _release_zip(exc)
            failed = OSError(cause.errno, cause.strerror)
        else:
            return
        raise failed


def _release_zip(exc: BaseException) -> None:
    """Let go of the half-written zip archive a failed ``Workbook.close`` left: its
    ``__del__`` would write the archive's end to the temp file again once that is closed
    and removed, printing Python's `Exception ignored … seek of closed file` after the
    one line that said why the output failed."""
    seen: BaseException | None = exc
    while seen is not None:
        for frame, _ in traceback.walk_tb(seen.__traceback__):
            archive = frame.f_locals.get("self")
            if isinstance(archive, zipfile.ZipFile):
                archive.fp = None  # closing it does nothing more
        seen = seen.__context__


class _Sheet:
    """One worksheet: header, frozen first row, widths, then rows with typed cells."""

    def __init__(
        self, sheet: Any, columns: tuple[str, ...], types: Mapping[str, ColumnType], bold: Any,
        on_warning: OnWarning,
    ) -> None:
        self.sheet = sheet
        self.name = ""
        self.on_warning = on_warning
        self.columns = columns
        self.typed = {c: types[c] for c in columns}
        self.types = [types[c] for c in columns]
        self.rows = 0
        for index, (column, kind) in enumerate(zip(columns, self.types, strict=True)):
            sheet.set_column(index, index, _WIDTHS.get(column, _TYPE_WIDTHS[kind]))
            sheet.write_string(0, index, column, bold)
        sheet.freeze_panes(1, 0)

    def write(self, values: list[object], where: str) -> None:
        """One row below the last: text as text, numbers as numbers, nothing for null; a
        text too long for a cell is cut, marked and reported (`where`: the row's name)."""
        self.rows += 1
        for index, (value, kind) in enumerate(zip(values, self.types, strict=True)):
            if value is None or value == "":
                continue
            if kind == "string" or not isinstance(value, int | float):
                text = str(value)
                if len(text) > MAX_CELL_CHARS:
                    self.on_warning(where, f"{self.columns[index]} has {len(text):,} characters, "
                                f"more than an Excel cell holds ({MAX_CELL_CHARS:,}): cut in "
                                "the workbook, its cell marked; .jsonl, .csv or .parquet "
                                "output keeps it whole")
                    text = fit_cell(text)
                self.sheet.write_string(self.rows, index, cell_text(text))
            else:
                self.sheet.write_number(self.rows, index, value)

    def finish(self) -> None:
        """The autofilter over the header and every row written."""
        self.sheet.autofilter(0, 0, self.rows, len(self.columns) - 1)
