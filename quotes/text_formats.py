"""The text output families: RFC 4180 CSV (spreadsheet-safe unless asked plain) and JSONL.

Both stream UTF-8 text over an :class:`~quotes.atomic_sink.AtomicSink`'s bytes, to a file or
to stdout, one row at a time, compressed with gzip when the file's name ends in `.gz`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from gzip import GzipFile

from quotes.atomic_sink import AtomicSink
from quotes.formula_guard import guard
from quotes.row_writers import ColumnType, SinkWriter


class TextWriter(SinkWriter):
    """A writer of text formats: a UTF-8 text layer over the sink's bytes."""

    def __init__(self, sink: AtomicSink, columns: Sequence[str], *, bom: bool = False,
                 gzip: bool = False) -> None:
        super().__init__(sink, columns)
        encoding = "utf-8-sig" if bom and not sink.to_stdout else "utf-8"
        # `-o quotes.csv.gz`: the same bytes, compressed on their way to the sink (no name
        # nor time in the gzip header, so one run's file is the next one's byte for byte)
        self.zipped = (GzipFile(filename="", mode="wb", fileobj=sink.stream, mtime=0)
                       if gzip else None)
        self.text = io.TextIOWrapper(self.zipped or sink.stream, encoding=encoding,
                                     newline="")

    def _finish(self) -> None:
        # Detach rather than close: the sink owns the byte stream (stdout must stay open);
        # the gzip layer is closed, which writes its end and leaves the sink's stream open.
        self.text.flush()
        self.text.detach()
        if self.zipped is not None:
            self.zipped.close()


class CsvWriter(TextWriter):
    """RFC 4180 CSV with a header row; spreadsheet-safe unless ``safe`` is false."""

    def __init__(
        self,
        sink: AtomicSink,
        columns: Sequence[str],
        types: Mapping[str, ColumnType],
        *,
        safe: bool,
        gzip: bool = False,
    ) -> None:
        super().__init__(sink, columns, bom=safe, gzip=gzip)
        self.safe = safe
        self.text_columns = [types[c] == "string" for c in self.columns]
        # CRLF in files (RFC 4180), LF on stdout where the next program is a Unix tool.
        end = "\n" if sink.to_stdout else "\r\n"
        self.csv = csv.writer(self.text, quoting=csv.QUOTE_MINIMAL, lineterminator=end)
        self.started = False

    def _start(self) -> None:
        """The header row, written with the first row or at a clean close, never before:
        a run that cannot start (a missing input) prints no header."""
        if not self.started:
            self.started = True
            self.csv.writerow(self.columns)

    def _finish(self) -> None:
        if not self.aborted:
            self._start()
        super()._finish()

    def _write(self, values: list[object]) -> None:
        self._start()
        cells = ["" if value is None else value for value in values]
        if self.safe:
            cells = [
                guard(cell) if is_text and isinstance(cell, str) else cell
                for cell, is_text in zip(cells, self.text_columns, strict=True)
            ]
        self.csv.writerow(cells)


#: Characters that JSON leaves raw but that `str.splitlines` (and JavaScript) read as line
#: ends, written escaped: one row stays one line for every reader (`\u2028` is valid JSON).
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _escaped_line_breaks(line: str) -> str:
    """`line` with the characters of :data:`_LINE_BREAKS` escaped. Nearly no row holds
    one, so the line is searched for each first: `str.translate` with a table looks every
    character of a text that is not all ASCII up in the table, about a tenth of a
    millisecond for a row of 500 characters, which the writer paid for every row, in the
    pass that writes a run's rows once its last document is read."""
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        return line.translate(_LINE_BREAKS)
    return line


class JsonlWriter(TextWriter):
    """One JSON object per line, values typed (numbers stay numbers, empty is null); text
    as UTF-8, but for the Unicode line and paragraph separators and NEL, escaped."""

    def _write(self, values: list[object]) -> None:
        record = dict(zip(self.columns, values, strict=True))
        line = _escaped_line_breaks(json.dumps(record, ensure_ascii=False))
        self.text.write(line + "\n")
