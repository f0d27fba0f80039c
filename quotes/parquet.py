"""The Parquet output family: a fixed schema from the columns' types, rows written one
row group at a time as they come (pyarrow, the ``parquet`` extra)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quotes.atomic_sink import AtomicSink
from quotes.row_writers import ColumnType, SinkWriter

#: Rows buffered per Parquet row group: big enough for good compression, small enough
#: that memory stays flat whatever the corpus size.
PARQUET_ROW_GROUP = 10_000


class ParquetWriter(SinkWriter):
    """Parquet with a fixed schema, written one row group at a time as rows come."""

    def __init__(
        self, sink: AtomicSink, columns: Sequence[str], types: Mapping[str, ColumnType]
    ) -> None:
        super().__init__(sink, columns)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            message = 'parquet output needs pyarrow: pip install "quotes-attribution[parquet]"'
            raise ImportError(message) from exc
        arrow = {"string": pa.string(), "int": pa.int64(), "float": pa.float64()}
        self.pa = pa
        self.schema = pa.schema([(c, arrow[types[c]]) for c in self.columns])
        self.parquet = pq.ParquetWriter(sink.stream, self.schema)
        self.buffer: list[list[Any]] = [[] for _ in self.columns]
        self.buffered = 0

    def _write(self, values: list[object]) -> None:
        for column, value in zip(self.buffer, values, strict=True):
            column.append(value)
        self.buffered += 1
        if self.buffered >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        """Write the buffered rows as one row group."""
        if self.buffered:
            data = dict(zip(self.columns, self.buffer, strict=True))
            table = self.pa.Table.from_pydict(data, schema=self.schema)
            self.parquet.write_table(table)
            self.buffer = [[] for _ in self.columns]
            self.buffered = 0

    def _finish(self) -> None:
        try:
            self._flush()
        finally:
            self.parquet.close()
