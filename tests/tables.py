"""The rows of a file that `quotes extract` wrote, read back by the CLI and scope tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq


def read_table(path: Path) -> list[dict[str, object]]:
    """The rows of a CSV, JSONL or Parquet output, by extension."""
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    text = path.read_text("utf-8-sig")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text)))
