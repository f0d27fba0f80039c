"""The write stage: exact CSV bytes, typed JSONL/Parquet round trips, atomic commits, refusals."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from quotes import parquet, writers
from quotes.inputs import ReadError
from quotes.records import COLUMNS, Quote
from quotes.writers import (
    OutputExistsError,
    OutputIsInputError,
    open_writer,
    write_error_report,
)

HEADER = ",".join(COLUMNS).encode()

#: Two quotes: a two-paragraph one whose content starts with ``=``, and a bare one.
ROWS = [
    Quote(
        "direct",
        '=SUM(A1) is not "safe",\n\nshe said',
        10,
        44,
        speaker="Mara Quist",
        speaker_mention="she",
        speaker_start=50,
        speaker_end=53,
        cue="said",
        cue_start=54,
        cue_end=58,
        method="dep:nsubj-ccomp",
        confidence=0.91234,
        cue_class="speech",
    ).to_row("letters-1", 1),
    Quote("mixed", "-40 degrees", 0, 11).to_row("b", 2),
]


def write_rows(path: Path | None, rows: list[dict[str, object]], **options: Any) -> None:
    """Write rows through :func:`open_writer` with the given options."""
    with open_writer(path, **options) as writer:
        for row in rows:
            writer.write(row)


def leftovers(folder: Path) -> list[str]:
    """Names of temp files a writer left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if ".partial-" in p.name)


# --- CSV ----------------------------------------------------------------------------------


def test_csv_bytes_bom_crlf_quoting_and_formula_prefix(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    write_rows(path, ROWS)
    assert path.read_bytes() == (
        b"\xef\xbb\xbf" + HEADER + b"\r\n"
        b'letters-1,1,direct,"\'=SUM(A1) is not ""safe"",\n\nshe said",10,44,'
        b"Mara Quist,she,50,53,said,54,58,dep:nsubj-ccomp,0.912,speech,\r\n"
        b"b,2,mixed,-40 degrees,0,11,,,,,,,,none,0.0,,\r\n"
    )
    with path.open(encoding="utf-8-sig", newline="") as handle:
        parsed = list(csv.DictReader(handle))
    assert parsed[0]["quote"] == "'" + str(ROWS[0]["quote"])


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_defused_in_text_cells_only(tmp_path: Path, start: str) -> None:
    path = tmp_path / "q.csv"
    row = {"doc_id": f"{start}id", "quote": f"{start}1", "quote_start": -1, "confidence": -0.5}
    write_rows(path, [row], columns=["doc_id", "quote", "quote_start", "confidence"])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == [f"'{start}id", f"'{start}1", "-1", "-0.5"]


def test_plain_csv_has_no_bom_and_no_prefix(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    write_rows(path, ROWS[1:], plain_csv=True)
    assert path.read_bytes() == HEADER + b"\r\nb,2,mixed,-40 degrees,0,11,,,,,,,,none,0.0,,\r\n"


def test_stdout_never_gets_a_bom(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    write_rows(None, ROWS[1:], columns=["doc_id", "quote"])
    assert capsysbinary.readouterr().out == b"doc_id,quote\nb,-40 degrees\n"
    write_rows(None, ROWS[1:], fmt="jsonl", columns=["quote"])
    assert capsysbinary.readouterr().out == b'{"quote": "-40 degrees"}\n'


def test_an_empty_csv_still_has_its_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    write_rows(path, [], plain_csv=True)
    assert path.read_bytes() == HEADER + b"\r\n"


# --- JSONL, Parquet, same columns everywhere ----------------------------------------------


def test_jsonl_is_typed_one_object_a_line(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    write_rows(path, ROWS)
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records == ROWS
    assert list(records[0]) == list(COLUMNS)
    assert records[1]["speaker"] is None and records[1]["confidence"] == 0.0


def test_a_jsonl_row_is_one_line_for_every_line_splitter(tmp_path: Path) -> None:
    """U+2028, U+2029 and NEL pasted into a web text stay raw in JSON, but Python's
    `splitlines` (and JavaScript) end a line there: they are written escaped."""
    path = tmp_path / "quotes.jsonl"
    quote = "The ferry\u2028is late.\u2029Again\x85today. Café."
    write_rows(path, [{**ROWS[0], "quote": quote}])
    text = path.read_text(encoding="utf-8")
    [line] = text.splitlines()
    assert json.loads(line)["quote"] == quote
    assert "Café" in text  # other text stays as it is


def test_parquet_round_trip_with_a_fixed_schema(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    write_rows(path, ROWS)
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    assert table.to_pylist() == ROWS
    types = {field.name: str(field.type) for field in table.schema}
    assert types["quote_start"] == types["speaker_end"] == "int64"
    assert types["confidence"] == "double" and types["quote"] == "string"


def test_parquet_streams_in_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet, "PARQUET_ROW_GROUP", 2)
    path = tmp_path / "groups.parquet"
    rows = [Quote("direct", f"q{i}", i, i + 2).to_row("d", i) for i in range(5)]
    write_rows(path, rows)
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    assert pq.read_table(path).column("quote_id").to_pylist() == [0, 1, 2, 3, 4]


def test_an_empty_parquet_file_keeps_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    write_rows(path, [], columns=["doc_id", "confidence"])
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.column_names == ["doc_id", "confidence"]


@pytest.mark.parametrize("columns", [COLUMNS, ("quote", "doc_id", "confidence")])
def test_every_format_has_the_same_columns_in_the_same_order(
    tmp_path: Path, columns: tuple[str, ...]
) -> None:
    for suffix in ("csv", "jsonl", "parquet"):
        write_rows(tmp_path / f"q.{suffix}", ROWS, columns=columns)
    with (tmp_path / "q.csv").open(encoding="utf-8-sig", newline="") as handle:
        csv_header = next(csv.reader(handle))
    first = (tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines()[0]
    jsonl_keys = list(json.loads(first))
    parquet_names = pq.read_table(tmp_path / "q.parquet").column_names
    assert csv_header == jsonl_keys == parquet_names == list(columns)


def test_unknown_or_repeated_columns_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown column 'speakr'; choose from: doc_id, quote_id"):
        open_writer(tmp_path / "q.csv", columns=["doc_id", "speakr"])
    with pytest.raises(ValueError, match="more than once: quote"):
        open_writer(tmp_path / "q.csv", columns=["quote", "quote"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "fmt", "first_bytes"),
    [
        ("out.csv", None, b"\xef\xbb\xbfdoc_id"),
        ("out.xlsx", None, b"PK"),
        ("out.ndjson", None, b'{"doc_id"'),
        ("out.pq", None, b"PAR1"),
        ("out.data", "jsonl", b'{"doc_id"'),
        ("out.csv", "csv", b"\xef\xbb\xbfdoc_id"),
    ],
)
def test_format_comes_from_fmt_else_the_extension(
    tmp_path: Path, name: str, fmt: str | None, first_bytes: bytes
) -> None:
    write_rows(tmp_path / name, ROWS, fmt=fmt)
    assert (tmp_path / name).read_bytes().startswith(first_bytes)


def test_bad_format_requests_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown output format 'xls'"):
        open_writer(tmp_path / "q.xls", fmt="xls")
    with pytest.raises(ValueError, match=r"unknown extension '\.txt'; use one of \.csv"):
        open_writer(tmp_path / "q.txt")
    with pytest.raises(ValueError, match="parquet output needs a file path"):
        open_writer(None, fmt="parquet")
    # Parquet in out.csv opened as garbage where CSV is opened
    with pytest.raises(ValueError, match=r"out\.csv: its extension names csv, --format parquet"):
        open_writer(tmp_path / "out.csv", fmt="parquet")


# --- atomic commits and refusals ----------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_an_error_inside_the_with_keeps_the_old_file_and_no_temp(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"quotes.{suffix}"
    path.write_bytes(b"previous run")
    with pytest.raises(KeyboardInterrupt), open_writer(path, force=True) as writer:
        writer.write(ROWS[0])
        assert leftovers(tmp_path) == [f".quotes.{suffix}.partial-{os.getpid()}"]
        raise KeyboardInterrupt
    assert path.read_bytes() == b"previous run"
    assert leftovers(tmp_path) == []


def test_a_failed_first_run_leaves_no_file_at_all(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), open_writer(tmp_path / "q.jsonl") as writer:
        writer.write(ROWS[0])
        raise RuntimeError("extraction failed")
    assert list(tmp_path.iterdir()) == []


def test_the_target_appears_only_on_close(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    writer = open_writer(path)
    writer.write(ROWS[0])
    assert not path.exists()
    writer.close()
    writer.close()
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + HEADER)
    with pytest.raises(ValueError, match="closed"):
        writer.write(ROWS[0])


def test_an_existing_output_is_refused_without_force(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputExistsError, match=rf"{re.escape(str(path))} exists; use --force"):
        open_writer(path)
    assert path.read_text(encoding="utf-8") == "keep me"
    write_rows(path, ROWS, force=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + HEADER)


def test_output_that_is_an_input_is_refused_even_with_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data.csv").write_text("id,text\n1,hi\n", encoding="utf-8")
    with pytest.raises(OutputIsInputError, match=r"output data\.csv is also an input"):
        open_writer(Path("data.csv"), force=True, inputs=[tmp_path / "sub" / ".." / "data.csv"])
    assert (tmp_path / "data.csv").read_text(encoding="utf-8") == "id,text\n1,hi\n"


# --- error report -------------------------------------------------------------------------


def test_error_report_is_jsonl_with_fixed_keys(tmp_path: Path) -> None:
    path = tmp_path / "errors.jsonl"
    path.write_text("old report\n", encoding="utf-8")
    read_error = ReadError("in/wire.jsonl:3", "malformed JSON: Expecting ',' delimiter: column 79")
    failure = {"source": "in/a.txt", "reason": "extraction failed: boom", "doc_id": "a.txt"}
    with pytest.raises(OutputExistsError):  # like any output, replaced only when forced
        write_error_report(path, [read_error])
    assert path.read_text(encoding="utf-8") == "old report\n"
    assert write_error_report(path, [read_error, failure], force=True) == 2
    records = [json.loads(line) for line in io.StringIO(path.read_text(encoding="utf-8"))]
    assert records == [
        {"source": read_error.source, "reason": read_error.reason, "doc_id": None},
        failure,
    ]
    assert leftovers(tmp_path) == []


def test_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r'pip install "quotes-attribution\[parquet\]"'):
        open_writer(tmp_path / "q.parquet")
    assert list(tmp_path.iterdir()) == []


def test_every_contract_column_has_a_type() -> None:
    assert tuple(writers.COLUMN_TYPES) == COLUMNS


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("held", [False, True], ids=["streamed", "held for speaker ids"])
def test_a_reader_gone_from_stdout_stops_the_run_at_the_next_document(
    monkeypatch: pytest.MonkeyPatch, fmt: str, held: bool
) -> None:
    """`quotes extract news/ | head -0`: the reader of the pipe has gone before any row
    was written. Rows held for their speaker ids (or a document without rows) wrote
    nothing, so the run went on parsing to the end; the next document now stops it."""
    from quotes.outputs import ReaderGoneError
    from quotes.records import Document
    from quotes.speaker_ids import with_speaker_ids

    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as pipe:
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(pipe, encoding="utf-8"))
        columns = COLUMNS if held else tuple(c for c in COLUMNS if c != "speaker_id")
        writer = with_speaker_ids(open_writer(None, fmt=fmt, columns=columns), columns)
        writer.document(Document("a", "text"))  # the reader is still there
        os.close(read_end)
        with pytest.raises(ReaderGoneError), writer:
            writer.document(Document("b", "text"))
        sys.stdout.detach()
