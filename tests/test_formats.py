"""Every file `quotes` writes reads back: in `quotes evaluate`, spreadsheets and databases."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import threading
from contextlib import suppress
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner, Result

from quotes.cli import app
from quotes.gzip_names import named_suffix
from quotes.inputs import file_kind
from quotes.prediction_formats import format_suffix
from quotes.predictions import PredictionError, load_predictions
from quotes.writers import guard, needs_guard, unguard

runner = CliRunner()

#: Two short articles in our own words: accented names, quotes that start with `-` and `=`.
TEXTS = {
    "m1": '"-10% in a year is what we expect," said the analyst, Petra Holm. "=A1 is no '
    'answer," replied José Álvarez. The mayor said that the pier would reopen in May.',
    "m2": '"We will not sell the ferry," the harbour master, Lena Brandt, told reporters.',
}


def _gold_quote(doc_id: str, quote: str, speaker: str) -> dict[str, object]:
    start = TEXTS[doc_id].index(quote)
    return {"start": start, "end": start + len(quote), "type": "direct", "speaker": speaker,
            "speaker_name": speaker}


GOLD = [
    {"id": "m1", "text": TEXTS["m1"], "quotes": [
        _gold_quote("m1", "-10% in a year is what we expect,", "Petra Holm"),
        _gold_quote("m1", "=A1 is no answer,", "José Álvarez"),
    ]},
    {"id": "m2", "text": TEXTS["m2"], "quotes": [
        _gold_quote("m2", "We will not sell the ferry,", "Lena Brandt"),
    ]},
]


def invoke(*args: object) -> Result:
    """Run ``quotes ARGS...`` in-process."""
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the gold file (also the input of `extract`)."""
    folder = tmp_path_factory.mktemp("formats")
    (folder / "gold.jsonl").write_text("".join(json.dumps(d) + "\n" for d in GOLD), "utf-8")
    return folder


def _scores(*args: object) -> dict[str, object]:
    result = invoke("evaluate", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)[0]["scores"]["quotes"]


@pytest.fixture(scope="module")
def engine_scores(corpus: Path) -> dict[str, object]:
    """The scores of the engine run inside `evaluate` (no predictions file)."""
    return _scores(corpus / "gold.jsonl")


# --- evaluate --pred reads what extract writes -------------------------------------------


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("pred.csv", ()),
        ("plain.csv", ("--plain-csv",)),
        ("pred.jsonl", ()),
        ("pred.parquet", ()),
        ("pred.xlsx", ()),
        ("pred.db", ()),
        # compressed as a corpus of millions of rows is kept (`-o quotes.csv.gz` was
        # refused: "unknown extension '.gz'")
        ("pred.csv.gz", ()),
        ("plain.csv.gz", ("--plain-csv",)),
        ("pred.jsonl.gz", ()),
        ("pred.ndjson.gz", ()),
        ("jsonl.gz", ("-f", "jsonl")),
        # a name that tells no format: `evaluate` reads it by its first bytes
        ("csv.txt", ("-f", "csv")),
        ("jsonl.txt", ("-f", "jsonl")),
        ("parquet.out", ("-f", "parquet")),
        ("xlsx.out", ("-f", "xlsx")),
        ("sqlite.out", ("-f", "sqlite")),
    ],
)
def test_evaluate_reads_every_format_extract_writes(
    corpus: Path, engine_scores: dict[str, object], name: str, options: tuple[str, ...]
) -> None:
    out = corpus / name
    result = invoke("extract", corpus / "gold.jsonl", "-o", out, "--force", *options)
    assert result.exit_code == 0, result.output
    assert _scores(corpus / "gold.jsonl", "--pred", out) == engine_scores
    assert engine_scores["overall"]["attribution"]["tp"] == 3


@pytest.mark.parametrize("doc_id", ["m2\x00b", "m2\rb", "m2\x1bb"],
                         ids=["NUL", "carriage return", "escape"])
def test_a_workbook_s_shown_id_is_scored_as_its_gold_id(tmp_path: Path, doc_id: str) -> None:
    # a cell cannot hold a NUL: the workbook shows `m2\ufffdb`, which the gold lacked, so
    # the document's every quote was scored missed and its rows ignored
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**GOLD[1], "id": doc_id}) + "\n", "utf-8")
    out = tmp_path / "rows.xlsx"
    assert invoke("extract", gold, "-o", out).exit_code == 0
    result = invoke("evaluate", gold, "--pred", out, "--json")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    assert json.loads(result.stdout)[0]["scores"]["quotes"]["overall"]["attribution"]["tp"] == 1


@pytest.mark.parametrize(("command", "name"), [
    ("speakers", "speakers.csv.gz"), ("speakers", "speakers.jsonl.gz"),
    ("merge", "merged.csv.gz"), ("merge", "merged.jsonl.gz"),
])
def test_speakers_and_merge_write_gzip_as_extract_does(
    corpus: Path, tmp_path: Path, command: str, name: str
) -> None:
    """`speakers -o speakers.csv.gz` and `merge -o merged.jsonl.gz` give the table the
    plain name gives, compressed with gzip."""
    plain, packed = tmp_path / name.removesuffix(".gz"), tmp_path / name
    if command == "merge":
        for index in (0, 1):
            assert invoke("extract", corpus / "gold.jsonl", "--shard", f"{index}/2", "-o",
                          tmp_path / "shards", "-q").exit_code == 0
        source: Path = tmp_path / "shards"
    else:
        source = corpus / "gold.jsonl"
    for out in (plain, packed):
        result = invoke(command, source, "-o", out)
        assert result.exit_code == 0, result.output
    assert packed.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(packed.read_bytes()) == plain.read_bytes()


#: A record that reads and one that fails, so each run has an error to report.
_WITH_ERROR = '{"id": "a", "text": "\\"We won,\\" Ana Ruiz said."}\n[1]\n'


@pytest.mark.parametrize(("command", "option", "name"), [
    ("extract", "--errors", "errors.jsonl.gz"),
    ("extract", "--texts", "texts.jsonl.gz"),
    ("extract", "--texts", "texts.ndjson.gz"),
    ("speakers", "--errors", "errors.jsonl.gz"),
    ("review", "--errors", "errors.gz"),
    ("review", "-o", "page.html.gz"),
])
def test_every_file_the_tool_writes_takes_a_gz_name(
    tmp_path: Path, command: str, option: str, name: str
) -> None:
    """`--errors errors.jsonl.gz` and `--texts texts.jsonl.gz` were refused ("written as
    JSONL, not the format .gz names") where `-o rows.csv.gz` writes gzip, and `review -o
    page.html.gz` too: each is now the plain file's bytes gzipped, the same on a rerun."""
    source = tmp_path / "news.jsonl"
    source.write_text(_WITH_ERROR, "utf-8")
    plain, packed = tmp_path / name.removesuffix(".gz"), tmp_path / name
    if name == "errors.gz":
        plain = tmp_path / "errors"
    output = ["-o", tmp_path / ("page.html" if command == "review" else "rows.csv")]
    made = []
    for target in (plain, packed, packed):
        args = ["-o", target] if option == "-o" else [*output, option, target]
        result = invoke(command, source, *args, "--force", "-q")
        assert result.exit_code == 1, result.output  # the second record failed
        made.append(target.read_bytes())
    assert made[1][:2] == b"\x1f\x8b"
    assert gzip.decompress(made[1]) == made[0]
    assert made[2] == made[1]  # no name nor time in the gzip header


def test_a_sharded_run_writes_gzip_shards_that_resume_and_merge(
    corpus: Path, tmp_path: Path
) -> None:
    """`-o shards/ --shard I/N -f csv.gz` writes `shard-IIII-of-NNNN.csv.gz` (the format
    took no `.gz`: shard files could not be compressed), each shard's `--errors
    errors.jsonl.gz` its own `errors.shard-IIII-of-NNNN.jsonl.gz`; a rerun skips them
    and `merge` joins them as the unsharded run writes its rows."""
    shards = tmp_path / "shards"
    for index in (0, 1):
        result = invoke("extract", corpus / "gold.jsonl", "--shard", f"{index}/2", "-f",
                        "jsonl.gz", "-o", f"{shards}/", "--errors", tmp_path / "errors.jsonl.gz")
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "errors.shard-0000-of-0002.jsonl.gz", "errors.shard-0001-of-0002.jsonl.gz", "shards"]
    names = sorted(p.name for p in shards.iterdir() if not p.name.startswith("."))
    assert names == ["shard-0000-of-0002.jsonl.gz", "shard-0001-of-0002.jsonl.gz"]
    again = invoke("extract", corpus / "gold.jsonl", "--shard", "0/2", "-f", "jsonl.gz",
                   "-o", f"{shards}/")
    assert again.exit_code == 0
    assert again.stderr == f"{shards}/shard-0000-of-0002.jsonl.gz is complete; skipped " \
        "(--force redoes it)\n"
    gold = corpus / "gold.jsonl"
    assert invoke("merge", shards, gold, "-o", tmp_path / "all.jsonl").exit_code == 0
    assert invoke("extract", gold, "-o", tmp_path / "whole.jsonl").exit_code == 0
    assert (tmp_path / "all.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    cut = shards / "shard-0001-of-0002.jsonl.gz"
    cut.write_bytes(cut.read_bytes()[:-9])  # a copy cut short: one line, never a traceback
    merged = invoke("merge", shards, "-o", tmp_path / "cut.jsonl")
    assert merged.exit_code == 2
    assert merged.stderr == f"error {cut}: its gzip data ends before its end mark; is the " \
        "file cut short (copied while its run wrote it, a full disk)? Run its shard again " \
        "with --force\n"


@pytest.mark.parametrize(("args", "said"), [
    (["-f", "csv.gz"], "--format csv.gz writes gzip, which needs a file path "
     "(-o FILE.csv.gz); stdout takes csv or jsonl"),
    (["-f", "jsonl.gz", "-o", "{tmp}/rows.jsonl"], "output {tmp}/rows.jsonl: --format "
     "jsonl.gz writes gzip; give the file a .jsonl.gz name, or --format jsonl"),
    (["-f", "parquet.gz", "-o", "{tmp}/rows.gz"], "unknown output format 'parquet.gz'; "
     "choose from: csv, jsonl, parquet, xlsx, sqlite, or csv.gz/jsonl.gz compressed"),
])
def test_a_gzip_format_names_a_gzip_file(
    corpus: Path, tmp_path: Path, args: list[str], said: str
) -> None:
    result = invoke("extract", corpus / "gold.jsonl", *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr == f"error {said.format(tmp=tmp_path)}\n"


@pytest.mark.parametrize(("name", "suffix", "kind", "read_as"), [
    ("quotes.csv", ".csv", "csv", ".csv"),
    ("quotes.CSV.GZ", ".csv", "csv", ".csv"),
    ("news.2024.jsonl.gz", ".jsonl", "jsonl", ".jsonl"),
    ("rows.gz", "", "text", ".gz"),
    ("rows.parquet.gz", ".parquet", "text", ".parquet.gz"),
    ("story.txt", ".txt", "text", ".txt"),
])
def test_one_reading_of_a_gzip_name_for_every_door(
    name: str, suffix: str, kind: str, read_as: str
) -> None:
    """The writers, the predictions reader and the input reader read the extension before
    a `.gz` through one function (three had their own)."""
    assert named_suffix(Path(name)) == suffix
    assert file_kind(Path(name)) == kind
    assert format_suffix(Path(name)) == read_as


@pytest.mark.parametrize(("name", "said"), [
    ("rows.parquet.gz", "output {out}: parquet is not written compressed with gzip (only "
     ".csv.gz, .jsonl.gz, .ndjson.gz); drop the .gz"),
    ("rows.xlsx.gz", "output {out}: xlsx is not written compressed with gzip (only "
     ".csv.gz, .jsonl.gz, .ndjson.gz); drop the .gz"),
    ("rows.txt.gz", "output {out}: unknown extension '.txt.gz'; use one of .csv, .jsonl, "
     ".ndjson, .parquet, .pq, .xlsx, .db, .sqlite, .sqlite3, or .csv.gz, .jsonl.gz, "
     ".ndjson.gz compressed (or --format csv/jsonl/parquet/xlsx/sqlite)"),
])
def test_a_gzip_name_of_a_format_not_written_so_is_one_line(
    corpus: Path, tmp_path: Path, name: str, said: str
) -> None:
    out = tmp_path / name
    result = invoke("extract", corpus / "gold.jsonl", "-o", out)
    assert result.exit_code == 2
    assert result.stderr == f"error {said.format(out=out)}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["pred.csv", "pred.jsonl", "pred.parquet", "pred.xlsx",
                                  "pred.db"])
def test_evaluate_reads_predictions_from_a_fifo(
    corpus: Path, tmp_path: Path, engine_scores: dict[str, object], name: str
) -> None:
    # `--pred <(cat rows.csv)`: sniffing the format read the FIFO's first bytes, so the
    # rows were read from the rest, and a CSV scored 0 with no error
    out = tmp_path / name
    assert invoke("extract", corpus / "gold.jsonl", "-o", out).exit_code == 0
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_bytes(out.read_bytes()), daemon=True)
    writer.start()
    assert _scores(corpus / "gold.jsonl", "--pred", pipe) == engine_scores
    writer.join(timeout=30)


def test_a_fifo_of_predictions_is_copied_up_to_a_bound(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--pred <(cat /dev/zero)` was copied to a temporary file with no end, until the disk
    # was full; now past the bound it is one line, and the copy is gone
    import quotes.predictions

    monkeypatch.setattr(quotes.predictions, "MAX_FIFO_BYTES", 4096)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def write() -> None:
        with suppress(BrokenPipeError), pipe.open("wb") as sink:
            sink.write(b"x" * 5000)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    result = invoke("evaluate", corpus / "gold.jsonl", "--pred", pipe)
    writer.join(timeout=30)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error {pipe}: a stream of more than 4,096 bytes; write "
                                    "the predictions to a file")
    assert len(result.stderr.splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_the_guarded_csv_reads_back_as_the_quote_itself(corpus: Path) -> None:
    out = corpus / "guarded.csv"
    assert invoke("extract", corpus / "gold.jsonl", "-o", out).exit_code == 0
    assert "'=A1 is no answer," in out.read_text("utf-8-sig")
    quotes = {q.text for q in load_predictions(out)["m1"]}
    assert {"=A1 is no answer,", "-10% in a year is what we expect,"} <= quotes


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("p.jsonl", '{"id": "m1", "quotes": []}\nnot json\n', "p.jsonl:2: not JSON"),
        ("p.jsonl", '{"doc_id": "m1", "type": "direct"}\n', "p.jsonl:1: no quote_start"),
        ("p.csv", "doc_id,type,quote_start,quote_end\nm1,said,1,5\n",
         "p.csv:2: type 'said' is not one of"),
        ("p.csv", "doc_id,type,quote_start,quote_end\nm1,direct,one,5\n",
         "p.csv:2: quote_start is 'one', expected a whole number"),
        ("p.csv", "doc_id,type,quote_start,quote_end,speaker_start\nm1,direct,1,5,abc\n",
         "p.csv:2: speaker_start is 'abc', expected a whole number"),
        ("p.jsonl", '{"doc_id": "m1", "type": "direct", "quote_start": 1.5, "quote_end": 5}\n',
         "p.jsonl:1: quote_start is 1.5, expected a whole number"),  # was cut to 1
        ("p.csv", "doc_id,type,quote_start,quote_end,confidence\nm1,direct,1,5,nan\n",
         "p.csv:2: confidence 'nan' is not a number from 0 to 1"),  # was a traceback
        ("p.csv", "doc_id,type,quote_start,quote_end,confidence\nm1,direct,1,5,7\n",
         "p.csv:2: confidence '7' is not a number from 0 to 1"),  # was an ECE of 6
        ("p.jsonl", '{"id": "m1", "quotes": [5]}\n', "p.jsonl:1: a quote is 5, not an object"),
        ("p.csv", "speaker,role,quotes,direct\nIda Berg,engineer,3,2\n",
         "p.csv:1: no doc_id, type, quote_start, quote_end column: scoring needs"),
        ("p.csv", "speaker,role,quotes,direct\n",  # a header alone was scored 0
         "p.csv:1: no doc_id, type, quote_start, quote_end column: scoring needs"),
        ("p.csv", "m1,direct,1,5\n",  # no header: its first row was read as one, scored 0
         "p.csv:1: no doc_id, type, quote_start, quote_end column: scoring needs"),
        ("p.csv", "", "p.csv: empty, not even a header row"),  # a failed run's stdout
        ("p.txt", "anything", "unknown predictions format '.txt'"),
        # no format by name and nothing in it: was "unknown predictions format '(none)'"
        ("p", "", "p: empty, no rows to score"),
        ("p.out", " \n", "p.out: empty, no rows to score"),
        ("p.csv", b"\xff\xfe\x00binary", "p.csv: not valid UTF-16 text after its byte-order "
         "mark"),  # UTF-16 with its mark is read, as extract reads it; this breaks off
        ("p.jsonl", b"\xff\xfe{\x00\x00\xd8}\x00",  # a lone surrogate
         "p.jsonl: not valid UTF-16 text after its byte-order mark"),
        ("p.jsonl", b'{"id": "m1", "quotes": []}\xff\n', "p.jsonl:1: not UTF-8 text"),
        ("p.parquet", "not parquet", "p.parquet: not a Parquet file"),
        ("p.xlsx", "not a workbook", "p.xlsx: not an .xlsx workbook"),
        ("p.db", "not a database", "p.db: not a `quotes` database"),
    ],
)
def test_an_unreadable_predictions_file_is_one_line_naming_it(
    corpus: Path, tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    with pytest.raises(PredictionError, match=message.replace(".", r"\.").replace("(", r"\(")):
        load_predictions(path)
    result = invoke("evaluate", corpus / "gold.jsonl", "--pred", path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error {path}")


def test_dev_null_as_predictions_is_empty(corpus: Path) -> None:
    """`--pred /dev/null` has no row to score: it was "unknown predictions format
    '(none)'", as if a format were the fault."""
    result = invoke("evaluate", corpus / "gold.jsonl", "--pred", "/dev/null")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error /dev/null: empty, no rows to score (did the run " \
        "that wrote it fail?)"


def test_an_unreadable_gold_file_is_one_line_naming_it(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x"}\n{"id": "b"}\n', "utf-8")
    result = invoke("evaluate", gold, "--pred", gold)
    assert result.exit_code == 2
    assert result.stderr.strip() == f'error {gold}:2: a gold document needs "id" and ' \
        '"text" fields'


@pytest.mark.parametrize(
    ("content", "message"),
    [(b'{"id": "a", "text": "x"}\n\xff\xfe{}\n', "2: not UTF-8 text"),
     (b'{"id": "a", "text": "x"}\n[1, 2]\n', "2: not a JSON object"),
     (b"[" * 100_000 + b"\n", "1: unreadable JSON"),
     (b"", " no gold documents (one JSON object per line: id, text, quotes)"),
     (b"\n\n", " no gold documents (one JSON object per line: id, text, quotes)")],
    ids=["not UTF-8", "not an object", "nested too deeply", "empty", "blank lines"],
)
def test_a_gold_file_that_is_no_gold_is_one_line_naming_the_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    result = invoke("evaluate", gold, "--pred", gold)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error {gold}:{message}")


GOLD_TEXT = '"We are ready," Ada Lind said.'
GOLD_QUOTE = {"start": 1, "end": 14, "text": "We are ready,", "type": "direct",
              "speaker": "Ada Lind", "speaker_start": 16, "speaker_end": 24,
              "speaker_aliases": [], "cue": "said", "cue_start": 25, "cue_end": 29}


@pytest.mark.parametrize(
    ("change", "message"),
    [({"start": 14, "end": 1}, "quote 1: start 14 is after end 1"),
     ({"start": -1}, "quote 1: offsets -1 to 14 are outside the text, which has 30 characters"),
     ({"end": 99}, "quote 1: offsets 1 to 99 are outside the text, which has 30 characters"),
     ({"start": 2}, 'quote 1: offsets 2 to 14 hold "e are ready,", not the quote\'s text '
                    '"We are ready," (offsets count the characters of the text as given)'),
     ({"start": "1"}, 'quote 1: "start" is "1", expected a whole number'),
     ({"start": 1.5}, 'quote 1: "start" is 1.5, expected a whole number'),
     ({"end": None}, 'quote 1: "end" is null, expected a whole number'),
     ({"type": "shouted"}, 'quote 1: type "shouted" is not one of direct, indirect, mixed'),
     ({"speaker": ["Ada", "Lind"]},
      'quote 1: "speaker" is ["Ada", "Lind"], expected a string or null'),
     ({"speaker_aliases": 5}, 'quote 1: "speaker_aliases" is 5, expected a list of strings '
                              'or null'),
     ({"speaker_aliases": ["Lind", 7]},
      'quote 1: "speaker_aliases" is ["Lind", 7], expected a list of strings or null'),
     ({"speaker_start": "16"}, 'quote 1: "speaker_start" is "16", expected a whole number '
                               'or null'),
     ({"speaker_start": 24, "speaker_end": 16}, "quote 1: speaker_start 24 is after "
                                                "speaker_end 16"),
     ({"speaker_end": 99}, "quote 1: speaker offsets 16 to 99 are outside the text, which "
                           "has 30 characters"),
     ({"cue_start": "x"}, 'quote 1: "cue_start" is "x", expected a whole number or null'),
     ({"cue": 5}, 'quote 1: "cue" is 5, expected a string or null'),
     ({"cue_start": 29, "cue_end": 25}, "quote 1: cue_start 29 is after cue_end 25"),
     ({"cue_end": 99}, "quote 1: cue offsets 25 to 99 are outside the text, which has 30 "
                       "characters"),
     ({"quotes": 5}, '"quotes" is 5, expected a list'),
     ({"quotes": ["We are ready"]}, "quote 1: not a JSON object"),
     ({"text": 30}, '"text" is 30, expected a string'),
     ({"id": "same"}, "the id 'same' is line 1's too; give each gold document its own id")],
    ids=["reversed", "negative", "past the end", "other words", "a string", "a fraction",
         "null", "unknown type", "a list speaker", "aliases not a list",
         "an alias not a string", "a string speaker start", "a reversed speaker span",
         "a speaker past the end", "a string cue start", "a number cue",
         "a reversed cue span", "a cue past the end", "quotes not a list", "quote not an object",
         "text not a string", "repeated id"],
)
def test_a_gold_quote_with_bad_offsets_is_one_line_naming_line_and_quote(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    """Offsets that are no span of the text, or hold other words than the quote's own,
    would score a quote missed (or matched by chance): the file is refused, naming the
    line and the quote, before anything is scored; no traceback for any shape."""
    quote = {**GOLD_QUOTE, **{k: v for k, v in change.items() if k in GOLD_QUOTE}}
    record = {"id": "same", "text": GOLD_TEXT, "quotes": [quote],
              **{k: v for k, v in change.items() if k in ("quotes", "text")}}
    first = {"id": "same" if "id" in change else "first", "text": GOLD_TEXT, "quotes": []}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(first) + "\n" + json.dumps(record) + "\n", "utf-8")
    result = invoke("evaluate", gold, "--pred", gold)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error {gold}:2: {message}\n"


# --- the CSV formula guard -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "guarded"),
    [
        ("=A1+A2 is all you need", True),  # a formula in every spreadsheet
        ("@SUM(1,2)", True),  # Lotus-style function call
        ("\t=1", True),  # tab first: some importers drop it and read the rest
        ("\rsecond line", True),  # carriage return first
        ("  =1+1", True),  # spaces before the formula
        ("\n=1+1", True),  # a line break before the formula
        ("＝1+1", True),  # full-width equals
        ("＠home", True),  # full-width at
        ("－5", True),  # full-width minus before a number
        ("-2+3+cmd|' /C calc'!A0", True),  # DDE payload behind a sign
        ("+SUM(1,2) is the total", True),  # a function call behind a sign
        ("-A1+B2", True),  # one word: a cell reference expression
        ("+5", True),  # one word: read as the number 5
        ("- 5", True),  # spaced arithmetic: read as the number -5
        ("-1 + 1", True),  # spaced arithmetic
        ("-10% in a year is what we expect,", False),  # prose: LibreOffice keeps it as text
        ("- a dash opens this line", False),  # prose after a dash
        ("-5 people came", False),  # a number and then words
        ("-", False),  # a lone sign
        ("We said =A1", False),  # a formula sign inside, not first
        ("'quoted", False),  # an apostrophe alone
        ("'=A1", True),  # an apostrophe before a formula: guarded so that unguard is exact
    ],
)
def test_which_csv_cells_get_the_guard(cell: str, guarded: bool) -> None:
    assert needs_guard(cell) is guarded
    assert guard(cell) == ("'" + cell if guarded else cell)
    assert unguard(guard(cell)) == cell


def test_csv_on_stdout_has_lf_line_ends(corpus: Path) -> None:
    result = invoke("extract", corpus / "gold.jsonl", "--columns", "doc_id,quote")
    assert result.exit_code == 0, result.output
    assert "\r" not in result.stdout
    assert result.stdout.splitlines()[0] == "doc_id,quote"


def test_csv_files_keep_crlf(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    assert invoke("extract", corpus / "gold.jsonl", "-o", out).exit_code == 0
    assert out.read_bytes().count(b"\r\n") == len(out.read_bytes().splitlines())


def test_a_missing_input_prints_no_header(tmp_path: Path) -> None:
    result = invoke("extract", tmp_path / "missing.jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "missing.jsonl" in result.stderr


# --- native spreadsheets -------------------------------------------------------------------


def test_xlsx_stores_every_text_as_text(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.xlsx"
    result = invoke("extract", corpus / "gold.jsonl", "-o", out, "--speakers-sheet")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["quotes", "speakers"]
    quotes = book["quotes"]
    header = [c.value for c in quotes[1]]
    rows = [dict(zip(header, r, strict=True)) for r in quotes.iter_rows(min_row=2)]
    cells = {r["quote"].value: r for r in rows}
    for text in ("=A1 is no answer,", "-10% in a year is what we expect,"):
        assert cells[text]["quote"].data_type == "s"  # a string, not a formula or a number
    assert cells["=A1 is no answer,"]["speaker"].value == "José Álvarez"
    assert cells["=A1 is no answer,"]["quote_start"].value == TEXTS["m1"].index("=A1")
    last = chr(ord("A") + len(header) - 1)  # one column per field of the contract
    assert (quotes.freeze_panes, quotes.auto_filter.ref) == ("A2", f"A1:{last}{len(rows) + 1}")
    speakers = {r[0].value: r[1].value for r in book["speakers"].iter_rows(min_row=2)}
    assert speakers["Lena Brandt"] == "harbour master"
    assert "José Álvarez" in speakers


def test_a_text_longer_than_a_cell_is_cut_marked_and_reported(tmp_path: Path) -> None:
    from quotes.atomic_sink import AtomicSink
    from quotes.xlsx import MAX_CELL_CHARS, XlsxWriter

    out, said = tmp_path / "long.xlsx", []
    long_quote = "The tide came in. " * 2_500  # 45,000 characters
    with XlsxWriter(AtomicSink(out), ("doc_id", "quote_id", "quote"),
                    {"doc_id": "string", "quote_id": "int", "quote": "string"},
                    on_warning=lambda where, why: said.append((where, why))) as writer:
        writer.write({"doc_id": "d7", "quote_id": 3, "quote": long_quote})
        writer.write({"doc_id": "d8", "quote_id": 1, "quote": "Short."})
    cells = [r[2] for r in openpyxl.load_workbook(out)["quotes"].iter_rows(values_only=True)]
    assert len(cells[1]) == MAX_CELL_CHARS
    assert cells[1].endswith(" … [cut: 45,000 characters in all]")
    assert long_quote.startswith(cells[1][: -len(" … [cut: 45,000 characters in all]")])
    assert cells[2] == "Short."
    [(where, why)] = said
    assert where == "d7, quote 3"
    assert why.startswith("quote has 45,000 characters, more than an Excel cell holds")


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("We will\x0bnot go back,", "We will\nnot go back,"),  # Word's line break
        ("Page one.\x0cPage two.", "Page one.\nPage two."),  # a page break
        ("a\x00b\x01c\x1f", "a\ufffdb\ufffdc\ufffd"),  # other controls
        ("x\ufffey\ud800z", "x\ufffdy\ufffdz"),  # a noncharacter, a lone surrogate
        # Windows' and classic Mac OS' ends; a CRLF is a space and a line break, so the
        # cell is as long as its offsets say (`quote_end - quote_start`)
        ("CRLF\r\nand lone\rCR", "CRLF \nand lone\nCR"),
        ("tab\tand\nbreaks", "tab\tand\nbreaks"),  # what XML holds stays
    ],
    ids=["vertical tab", "form feed", "C0 controls", "noncharacter and surrogate",
         "carriage returns", "kept"],
)
def test_a_character_xml_cannot_hold_shows_in_a_workbook_as_one_a_spreadsheet_shows(
    tmp_path: Path, written: str, shown: str
) -> None:
    """xlsxwriter stored such a character (and a carriage return) as Excel's escape
    `_x000B_`, which openpyxl and pandas show as those seven characters: the cell holds
    a character of its own, one for one (a CRLF too: read as one line break, it left the
    cell a character shorter than its offsets), and evaluate reads the same."""
    assert len(shown) == len(written)
    from quotes.atomic_sink import AtomicSink
    from quotes.writers import COLUMN_TYPES
    from quotes.xlsx import XlsxWriter

    out = tmp_path / "ctl.xlsx"
    columns = ("doc_id", "quote_id", "type", "quote", "quote_start", "quote_end")
    with XlsxWriter(AtomicSink(out), columns, COLUMN_TYPES) as writer:
        writer.write({"doc_id": "d", "quote_id": 1, "type": "direct", "quote": written,
                      "quote_start": 1, "quote_end": 1 + len(written)})
    assert openpyxl.load_workbook(out)["quotes"]["D2"].value == shown
    [found] = load_predictions(out)["d"]
    assert found.text == shown


def test_an_escape_written_in_the_text_reads_back_from_a_workbook_as_written(
    tmp_path: Path,
) -> None:
    """Text that spells Excel's escape (`_x0041_`) is kept as those characters."""
    from quotes.atomic_sink import AtomicSink
    from quotes.writers import COLUMN_TYPES
    from quotes.xlsx import XlsxWriter

    out = tmp_path / "escape.xlsx"
    columns = ("doc_id", "quote_id", "type", "quote", "quote_start", "quote_end")
    quote = "We will not go _x0041_ back,"
    with XlsxWriter(AtomicSink(out), columns, COLUMN_TYPES) as writer:
        writer.write({"doc_id": "d", "quote_id": 1, "type": "direct", "quote": quote,
                      "quote_start": 1, "quote_end": 1 + len(quote)})
    [found] = load_predictions(out)["d"]
    assert found.text == quote


def test_rows_past_a_full_sheet_go_on_in_the_next_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel shows 1,048,576 rows a sheet and xlsxwriter drops any more without a word:
    the rows go on in `quotes-2`, `quotes-3`, said once; evaluate reads them all."""
    import quotes.xlsx
    from quotes.atomic_sink import AtomicSink
    from quotes.writers import COLUMN_TYPES

    monkeypatch.setattr(quotes.xlsx, "MAX_SHEET_ROWS", 4)  # a header and three rows
    out, said = tmp_path / "many.xlsx", []
    columns = ("doc_id", "quote_id", "type", "quote_start", "quote_end")
    with quotes.xlsx.XlsxWriter(AtomicSink(out), columns, COLUMN_TYPES,
                                on_warning=lambda where, why: said.append((where, why))) as writer:
        for n in range(7):
            writer.write({"doc_id": f"d{n}", "quote_id": 1, "type": "direct",
                          "quote_start": 0, "quote_end": 5})
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["quotes", "quotes-2", "quotes-3"]
    assert [book[name].max_row for name in book.sheetnames] == [4, 4, 2]
    assert said == [("workbook", "sheet quotes is full (3 rows, as many as Excel shows): "
                                 "the rows go on in sheets quotes-2, quotes-3, …")]
    assert sorted(load_predictions(out)) == [f"d{n}" for n in range(7)]


def test_extract_warns_of_a_kept_field_cut_in_a_workbook(tmp_path: Path) -> None:
    source, out = tmp_path / "news.jsonl", tmp_path / "q.xlsx"
    source.write_text(json.dumps({"id": "m2", "text": TEXTS["m2"], "notes": "n" * 40_000})
                      + "\n", "utf-8")
    result = invoke("extract", source, "-o", out, "--keep-fields", "notes")
    assert result.exit_code == 0, result.output
    assert ("warning m2, quote 1: notes has 40,000 characters, more than an Excel cell holds"
            in result.stderr.replace("\n", " "))
    [row] = list(openpyxl.load_workbook(out)["quotes"].iter_rows(min_row=2, values_only=True))
    assert row[-1].endswith("[cut: 40,000 characters in all]")


def test_speakers_writes_xlsx_but_no_database(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "speakers.xlsx"
    assert invoke("speakers", corpus / "gold.jsonl", "-o", out).exit_code == 0
    names = [r[0] for r in openpyxl.load_workbook(out)["speakers"].iter_rows(values_only=True)]
    assert names[0] == "speaker" and "Petra Holm" in names
    result = invoke("speakers", corpus / "gold.jsonl", "-o", tmp_path / "s.db")
    assert result.exit_code == 2
    assert "speakers view" in result.stderr


@pytest.mark.parametrize("name", ["quotes.txt", "quotes.xls", "quotes"])
def test_an_unknown_output_extension_is_refused_with_the_formats(
    corpus: Path, tmp_path: Path, name: str
) -> None:
    result = invoke("extract", corpus / "gold.jsonl", "-o", tmp_path / name)
    assert result.exit_code == 2
    assert "use one of .csv, .jsonl" in result.stderr and ".xlsx, .db" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- SQLite --------------------------------------------------------------------------------


def test_a_database_has_documents_quotes_speakers_and_full_text_search(
    corpus: Path, tmp_path: Path
) -> None:
    db, csv_out = tmp_path / "corpus.db", tmp_path / "quotes.csv"
    assert invoke("extract", corpus / "gold.jsonl", "-o", csv_out).exit_code == 0
    for _ in range(2):  # the same documents twice: one copy of each
        result = invoke("extract", corpus / "gold.jsonl", "-o", db)
        assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as connection:
        documents = connection.execute("SELECT id, text FROM documents ORDER BY id").fetchall()
        assert documents == sorted(TEXTS.items())
        found = connection.execute(
            "SELECT doc_id, speaker FROM quotes WHERE rowid IN "
            "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'ferry')"
        ).fetchall()
        assert found == [("m2", "Lena Brandt")]
        count = connection.execute("SELECT count(*) FROM quotes").fetchone()[0]
        assert count == len(load_rows(csv_out))
        speakers = connection.execute("SELECT speaker, quotes, direct FROM speakers").fetchall()
        assert ("Petra Holm", 1, 1) in speakers


def test_appending_adds_new_documents_and_replaces_known_ones(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps({"id": "m2", "text": TEXTS["m2"]}) + "\n", "utf-8")
    changed = TEXTS["m2"].replace("ferry", "old ferry")
    second.write_text(json.dumps({"id": "m1", "text": TEXTS["m1"]}) + "\n"
                      + json.dumps({"id": "m2", "text": changed}) + "\n", "utf-8")
    assert invoke("extract", first, "-o", db).exit_code == 0
    assert invoke("extract", second, "-o", db).exit_code == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT id FROM documents ORDER BY id").fetchall() == [
            ("m1",), ("m2",)]
        quotes = connection.execute("SELECT quote FROM quotes WHERE doc_id = 'm2'").fetchall()
        assert quotes == [("We will not sell the old ferry,",)]


def test_a_stopped_run_leaves_its_documents_with_their_speaker_ids(tmp_path: Path) -> None:
    """A run stopped midway (Ctrl-C, SIGTERM, an error: the writer is aborted) keeps the
    documents written so far, each quote with its id and `people` in step; the document
    in progress is not written."""
    from quotes.records import COLUMNS, Document
    from quotes.sqlite import SqliteWriter
    from quotes.writers import COLUMN_TYPES

    db = tmp_path / "corpus.db"
    writer = SqliteWriter(db, COLUMNS, COLUMN_TYPES)
    for doc_id, speaker in (("m1", "Petra Holm"), ("m2", "Lena Brandt")):
        writer.document(Document(doc_id, TEXTS[doc_id]))
        writer.write({"doc_id": doc_id, "quote_id": 1, "type": "direct", "quote": "x",
                      "speaker": speaker})
    writer.abort()
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT doc_id, speaker_id FROM quotes").fetchall() == [
            ("m1", "petra-holm")]
        assert connection.execute("SELECT speaker_id, speaker FROM people").fetchall() == [
            ("petra-holm", "Petra Holm")]


def test_a_database_another_program_locks_is_one_line_not_a_traceback(
    corpus: Path, tmp_path: Path
) -> None:
    """SQLite waits five seconds for another program's lock, then gives up: before the
    run (nothing done) or at a document (those written before stay), one line each."""
    from quotes.outputs import OutputError
    from quotes.records import COLUMNS, Document
    from quotes.sqlite import SqliteWriter
    from quotes.writers import COLUMN_TYPES

    db = tmp_path / "corpus.db"
    writer = SqliteWriter(db, COLUMNS, COLUMN_TYPES)
    writer.document(Document("m1", TEXTS["m1"]))
    writer.document(Document("m2", TEXTS["m2"]))  # m1 is written
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OutputError, match=r"\(document m2\): database is locked \("
                           r"another program is writing to it.*; the documents written"):
            writer.document(Document("m3", "The sky was grey."))
        writer.abort()
        result = invoke("extract", corpus / "gold.jsonl", "-o", db)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 2
    assert f"cannot write output {db}: database is locked (another program" in result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT id FROM documents").fetchall() == [("m1",)]


def test_a_signal_while_the_ids_are_given_still_leaves_them_given(tmp_path: Path) -> None:
    """Ctrl-C or SIGTERM during the close's one transaction of ids rolls it back: the ids
    are given again before the run stops (the handler ignores a second such signal)."""
    from quotes.records import COLUMNS, Document
    from quotes.sqlite import SqliteWriter
    from quotes.writers import COLUMN_TYPES

    db = tmp_path / "corpus.db"
    writer = SqliteWriter(db, COLUMNS, COLUMN_TYPES)
    writer.document(Document("m2", TEXTS["m2"]))
    writer.write({"doc_id": "m2", "quote_id": 1, "type": "direct", "quote": "x",
                  "speaker": "Lena Brandt"})
    give, calls = writer._give_ids, []

    def stopped_once() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise KeyboardInterrupt
        give()

    writer._give_ids = stopped_once  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        writer.close()
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT doc_id, speaker_id FROM quotes").fetchall() == [
            ("m2", "lena-brandt")]


def test_a_new_database_stopped_before_its_first_document_is_not_left(tmp_path: Path) -> None:
    """Ctrl-C before the first document (while the model loads) left an empty database
    where a stopped run leaves no CSV or JSONL file; now none, and a database that was
    there before the run stays with its documents."""
    from quotes.records import COLUMNS, Document
    from quotes.sqlite import SqliteWriter
    from quotes.writers import COLUMN_TYPES

    db = tmp_path / "corpus.db"
    with pytest.raises(KeyboardInterrupt), SqliteWriter(db, COLUMNS, COLUMN_TYPES):
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
    with SqliteWriter(db, COLUMNS, COLUMN_TYPES) as writer:
        writer.document(Document("m2", TEXTS["m2"]))
    with pytest.raises(KeyboardInterrupt), SqliteWriter(db, COLUMNS, COLUMN_TYPES):
        raise KeyboardInterrupt
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT id FROM documents").fetchall() == [("m2",)]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet", ".xlsx", ".db"])
def test_a_repeated_id_is_warned_of_once_and_its_rows_kept_apart(
    tmp_path: Path, suffix: str
) -> None:
    """Two documents with one id would share their rows' doc_id (and in a database the
    second would replace the first): in every format the repeats get `#2`, `#3`, with
    one warning line for the id, and every row is kept."""
    source, out = tmp_path / "news.jsonl", tmp_path / f"quotes{suffix}"
    other = '"We will keep the ferry," the mayor, Ines Varga, said.'
    source.write_text("".join(json.dumps({"id": "m2", "text": text}) + "\n"
                              for text in (TEXTS["m2"], other, TEXTS["m2"])), "utf-8")
    result = invoke("extract", source, "-o", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert warnings == [f"warning {source}: the document id 'm2' is used again: this "
                        "document's rows have doc_id 'm2#2', a third's 'm2#3' and so on; "
                        "give each document its own id"]
    found = load_predictions(out)
    assert {doc_id: [q.speaker for q in rows] for doc_id, rows in found.items()} == {
        "m2": ["Lena Brandt"], "m2#2": ["Ines Varga"], "m2#3": ["Lena Brandt"]}


def test_a_database_writer_refuses_to_replace_a_document_of_its_own_run(
    tmp_path: Path,
) -> None:
    """The writer's own guard, for a caller that gives it one id twice: the second is
    reported and not written."""
    from quotes.records import COLUMNS, Document
    from quotes.run import DocumentError
    from quotes.sqlite import SqliteWriter
    from quotes.writers import COLUMN_TYPES

    db, failed = tmp_path / "corpus.db", []
    writer = SqliteWriter(db, COLUMNS, COLUMN_TYPES, on_error=failed.append)
    for text in (TEXTS["m2"], "The sky was grey."):
        writer.document(Document("m2", text))
    writer.close()
    assert failed == [DocumentError("m2", "an earlier document of this run has the id 'm2'; "
                                          "this one is not written to the database (the "
                                          "first is kept): give each document its own id "
                                          "(--id-field)")]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT id, text FROM documents").fetchall() == [
            ("m2", TEXTS["m2"])]


def test_a_database_another_program_made_is_refused_untouched(
    corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO documents VALUES (1, 'Annual report')")
    before = db.read_bytes()
    result = invoke("extract", corpus / "gold.jsonl", "-o", db)
    assert result.exit_code == 2
    assert "did not make (tables: documents); it is left untouched" in result.stderr
    assert db.read_bytes() == before


# --- metadata and texts carried through ----------------------------------------------------


def test_keep_fields_and_texts(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text(
        json.dumps({"id": "m2", "url": "https://news.test/ferry", "date": 2024,
                    "text": TEXTS["m2"]}) + "\n", "utf-8")
    out, texts, db = tmp_path / "q.csv", tmp_path / "texts.jsonl", tmp_path / "q.db"
    result = invoke("extract", source, "-o", out, "--keep-fields", "url,date,title",
                    "--texts", texts)
    assert result.exit_code == 0, result.output
    [row] = load_rows(out)
    assert (row["url"], row["date"], row["title"]) == ("https://news.test/ferry", "2024", "")
    assert [json.loads(line) for line in texts.read_text("utf-8").splitlines()] == [
        {"id": "m2", "text": TEXTS["m2"], "url": "https://news.test/ferry", "date": "2024",
         "title": None}]
    assert invoke("extract", source, "-o", db, "--keep-fields", "url").exit_code == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT id, url FROM documents").fetchall() == [
            ("m2", "https://news.test/ferry")]


def test_a_kept_field_may_not_shadow_a_column(corpus: Path) -> None:
    result = invoke("extract", corpus / "gold.jsonl", "--keep-fields", "speaker")
    assert result.exit_code == 2
    assert "speaker is already a column" in result.stderr


@pytest.mark.parametrize("suffix", ["db", "csv", "xlsx", "parquet"])
def test_a_lone_surrogate_reaches_no_output_as_a_traceback(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text('{"id": "s1", "url": "u\\udc80", "text": "\\"We sail \\ud800 soon,\\" '
                      'said Ana Ruiz."}\n', encoding="utf-8")
    out, texts = tmp_path / f"q.{suffix}", tmp_path / "texts.jsonl"
    result = invoke("extract", source, "-o", out, "--keep-fields", "url", "--texts", texts)
    assert result.exit_code == 0, result.output
    assert json.loads(texts.read_text("utf-8")) == {
        "id": "s1", "text": '"We sail \ufffd soon," said Ana Ruiz.', "url": "u\ufffd"}


def test_a_field_kept_twice_is_one_column(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "m2", "url": "u", "text": TEXTS["m2"]}) + "\n", "utf-8")
    out = tmp_path / "q.csv"
    result = invoke("extract", source, "-o", out, "--keep-fields", "url, url,url",
                    "--columns", "doc_id,quote_id")
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8-sig").splitlines() == ["doc_id,quote_id,url", "m2,1,u"]


@pytest.mark.parametrize("kept", ["id", "url,text"])
def test_a_kept_field_may_not_shadow_a_column_of_the_documents_table(
    tmp_path: Path, kept: str
) -> None:
    """`--keep-fields id` into a database wrote the field and the document id to one
    column (one of them lost, the column named twice in the insert)."""
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "m2", "name": "n2", "url": "u", "text": TEXTS["m2"]})
                      + "\n", "utf-8")
    db = tmp_path / "q.db"
    result = invoke("extract", source, "-o", db, "--keep-fields", kept, "--id-field", "name")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error --keep-fields {kept.split(',')[-1]}: the documents table")
    assert not db.exists()


def load_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV output."""
    import csv
    import io

    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


# --- shards and merge ----------------------------------------------------------------------

#: Five short documents in our own words; the third has no quote at all.
FIVE = [
    '"We open at nine," said Ana Ruiz.',
    "Kim Osei said the road would close.",
    "The weather was mild and the sky was grey.",
    '"Bring water," Tom Fell told the hikers.',
    '"The bridge is safe," the engineer, Ida Berg, said.',
]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_merge_joins_shard_files_in_input_order(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "five.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                              for i, t in enumerate(FIVE)), "utf-8")
    whole, merged, folder = tmp_path / f"whole.{suffix}", tmp_path / f"m.{suffix}", tmp_path / "s"
    assert invoke("extract", source, "-o", whole).exit_code == 0
    for index in range(3):
        result = invoke("extract", source, "--shard", f"{index}/3", "-o", folder, "-f", suffix)
        assert result.exit_code == 0, result.output
    result = invoke("merge", folder, source, "-o", merged)
    assert result.exit_code == 0, result.output
    assert merged.read_bytes() == whole.read_bytes()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("shard-0001-of-0003.csv", "shards 0/3, 2/3 are missing (not run or not complete)"),
        ("shard-0000-of-0012.csv", "shards 1/12, 2/12, 3/12, 4/12, 5/12, 6/12, 7/12, 8/12, "
         "9/12, 10/12, … are missing (not run or not complete; 11 in all)"),
        # listing every missing shard of `--shard 0/99999999999` never ended
        ("shard-0000-of-99999999999.csv", "shards 1/99999999999, 2/99999999999, 3/99999999999,"
         " 4/99999999999, 5/99999999999, 6/99999999999, 7/99999999999, 8/99999999999, "
         "9/99999999999, 10/99999999999, … are missing (not run or not complete; "
         "99,999,999,998 in all)"),
    ],
    ids=["two", "more than ten", "a count of 99999999999"],
)
def test_merge_names_the_missing_shards(tmp_path: Path, name: str, message: str) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / name).write_text("doc_id\n", "utf-8")
    result = invoke("merge", folder, "-o", tmp_path / "m.csv")
    assert result.exit_code == 2
    assert result.stderr == f"error {folder}: {message}\n"


@pytest.mark.parametrize(
    ("records", "options"),
    [([{"id": "other", "text": "x"}], []),  # inputs of another run
     ([{"id": "a", "key": "k1", "text": "x"}], ["--id-field", "key"])],  # another id field
    ids=["other inputs", "another id field"],
)
def test_merge_refuses_inputs_that_have_no_place_for_the_shards_rows(
    tmp_path: Path, records: list[dict[str, str]], options: list[str]
) -> None:
    """Rows are dealt out by the inputs' ids: rows whose document the inputs do not place
    were left out without a word (a header alone, exit 0); now the merge is refused."""
    folder, source, merged = tmp_path / "s", tmp_path / "in.jsonl", tmp_path / "m.csv"
    folder.mkdir()
    (folder / "shard-0000-of-0001.csv").write_text("doc_id,quote_id\r\na,1\r\n", "utf-8")
    source.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    result = invoke("merge", folder, source, *options, "-o", merged)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error {folder / 'shard-0000-of-0001.csv'}: the rows of document 'a' have no place "
        "in the inputs given (not among them, or at another position); give the inputs and "
        "--id-field of the sharded run, or none to take the shards in turn\n")
    assert not merged.exists()


@pytest.mark.parametrize(("second", "said"), [
    ("doc_id,quote_id,speaker,speaker_id\r\nb,1,Bo,bo\r\n", "has speaker_id"),
    ("doc_id,quote_id\r\nb,1\r\n", "lacks speaker"),
    ("doc_id,quote_id,cue\r\nb,1,said\r\n", "has cue; lacks speaker"),
], ids=["a column more", "a column less", "another column"])
def test_merge_refuses_shards_of_other_columns(tmp_path: Path, second: str, said: str) -> None:
    """A shard written with other `--columns` or by another version was merged under the
    first shard's header: its other columns dropped, its missing ones left empty, exit 0."""
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "shard-0000-of-0002.csv").write_text("doc_id,quote_id,speaker\r\na,1,Ana\r\n",
                                                   "utf-8")
    (folder / "shard-0001-of-0002.csv").write_text(second, "utf-8")
    result = invoke("merge", folder, "-o", tmp_path / "m.csv")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error {folder / 'shard-0001-of-0002.csv'}: its columns are not those of "
        f"shard-0000-of-0002.csv ({said}): written with other --columns or by another "
        "version; rerun extract for it with the others' options\n")
    assert not (tmp_path / "m.csv").exists()


def test_merge_reads_shards_whose_columns_come_in_another_order(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "shard-0000-of-0002.csv").write_text("doc_id,quote_id,speaker\r\na,1,Ana\r\n",
                                                   "utf-8")
    (folder / "shard-0001-of-0002.csv").write_text("speaker,quote_id,doc_id\r\nBo,1,b\r\n",
                                                   "utf-8")
    assert invoke("merge", folder, "-o", tmp_path / "m.csv").exit_code == 0
    # the same columns in another order are no other columns: each row goes by its names
    assert (tmp_path / "m.csv").read_bytes().decode("utf-8-sig") == (
        "doc_id,quote_id,speaker\r\na,1,Ana\r\nb,1,Bo\r\n")


def test_merge_into_a_database_says_what_to_run_instead(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "shard-0000-of-0001.csv").write_text("doc_id,quote_id\r\na,1\r\n", "utf-8")
    result = invoke("merge", folder, "-o", tmp_path / "m.db")
    assert result.exit_code == 2
    assert "merge writes .csv, .jsonl/.ndjson, .parquet/.pq, .xlsx;" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "m.db").exists()


_SPEAKERS_NO_DB = ("speakers writes .csv, .jsonl/.ndjson, .parquet/.pq, .xlsx; a database "
                   "written by `quotes extract -o FILE.db` has a speakers view")


# a command is asked for and told of its own formats only, on stdout too
@pytest.mark.parametrize(("command", "args", "said"), [
    ("speakers", ["-f", "sqlite"], _SPEAKERS_NO_DB),
    ("speakers", ["-f", "bogus"], "unknown output format 'bogus'; choose from: csv, jsonl, "
     "parquet, xlsx, or csv.gz/jsonl.gz compressed"),
    ("speakers", ["-o", "{tmp}/people.txt"], "output {tmp}/people.txt: unknown extension "
     "'.txt'; use one of .csv, .jsonl, .ndjson, .parquet, .pq, .xlsx, or .csv.gz, "
     ".jsonl.gz, .ndjson.gz compressed (or --format csv/jsonl/parquet/xlsx)"),
    ("merge", ["-f", "sqlite"], "merge writes .csv, .jsonl/.ndjson, .parquet/.pq, .xlsx; a "
     "database keeps each document's text, which shard files do not hold: run `quotes "
     "extract INPUTS -o FILE.db` to fill one"),
], ids=["speakers-sqlite-stdout", "speakers-bogus", "speakers-txt", "merge-sqlite-stdout"])
def test_speakers_and_merge_offer_only_the_formats_they_write(
    tmp_path: Path, command: str, args: list[str], said: str
) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "shard-0000-of-0001.csv").write_text("doc_id,quote_id\r\na,1\r\n",
                                                          "utf-8")
    (tmp_path / "a.txt").write_text('"We won," Ana Ruiz said.\n', "utf-8")
    given = tmp_path / ("s" if command == "merge" else "a.txt")
    result = invoke(command, given, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr == f"error {said.format(tmp=tmp_path)}\n"


@pytest.mark.parametrize("fmt", ["sqlite", "xlsx"])
def test_a_shard_folder_takes_only_what_merge_reads(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "in.txt").write_text(TEXTS["m2"], "utf-8")
    result = invoke("extract", tmp_path / "in.txt", "--shard", "0/2", "-o", tmp_path / "s",
                    "-f", fmt)
    assert result.exit_code == 2
    assert "a shard folder takes csv, jsonl, parquet, csv.gz, jsonl.gz files" in result.stderr
    assert not (tmp_path / "s").exists()


def test_a_shard_past_the_last_says_they_count_from_zero(tmp_path: Path) -> None:
    result = invoke("extract", tmp_path, "--shard", "2/2")
    assert result.exit_code == 2
    assert "numbered from 0, so the 2 shards are 0/2 to 1/2" in result.stderr


# --- evaluate tables -----------------------------------------------------------------------


def test_evaluate_tables_fit_80_columns_and_are_plain(corpus: Path) -> None:
    pred = corpus / "width.csv"
    assert invoke("extract", corpus / "gold.jsonl", "-o", pred, "--force").exit_code == 0
    result = invoke("evaluate", corpus / "gold.jsonl", "--pred", pred, "--strict-names",
                    "--baseline")  # the widest tables: two systems, strict and calibration
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not any(c in result.stdout for c in "│─━┃\x1b…")
    assert any(line.split()[:3] == ["overall", "quotes", "3"] for line in lines)


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("shard-0000-of-0001.jsonl", '{"doc_id": "a", "quote_id": 1}\n{bad\n', ":2:"),
        ("shard-0000-of-0001.csv", "doc_id,quote_id\r\na,1\r\nb,x\r\n", ":3:"),
        ("shard-0000-of-0001.csv", "doc_id,quote_id,quote\r\na,1,Yes\r\nb,2\r\n", ":3:"),
    ],
    ids=["malformed JSON", "no number", "a row short of its header's fields"],
)
def test_merge_names_a_damaged_shard_file_and_line(
    tmp_path: Path, name: str, content: str, where: str
) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / name).write_text(content, "utf-8")
    result = invoke("merge", folder, "-o", tmp_path / "m.csv")
    assert result.exit_code == 2
    assert f"{name}{where} cannot read this shard file" in result.stderr
    assert not (tmp_path / "m.csv").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_merge_refuses_a_shard_file_that_is_no_regular_file(
    tmp_path: Path, fmt: str, kind: str
) -> None:
    """A shard file linked to a device was read as one: `/dev/zero` for ever (the merge
    never ended), `/dev/null` as a shard with no rows; a FIFO under a shard's name hung
    waiting for a writer. Each is one line naming it, exit 2, and nothing is written."""
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / f"shard-0000-of-0002.{fmt}").write_bytes(b"")
    bad = folder / f"shard-0001-of-0002.{fmt}"
    if kind == "device":
        bad.symlink_to("/dev/null")
    else:
        os.mkfifo(bad)
    result = invoke("merge", folder, "-o", tmp_path / "m.csv")
    assert result.exit_code == 2, result.output
    said = "a device" if kind == "device" else "a FIFO (named pipe)"
    assert result.stderr.splitlines() == [
        f"error {bad}: {said}, not a regular file (a shard file is one `quotes extract "
        "--shard` wrote)"]
    assert not (tmp_path / "m.csv").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "jsonl.gz"])
@pytest.mark.parametrize("fault", ["folder", "unreadable"])
def test_merge_names_a_shard_file_it_cannot_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, fault: str
) -> None:
    """A folder named as a shard file (`shard-0001-of-0002.csv/`), or a shard file that
    cannot be opened (permission bits, which root reads through, stood in for by a
    refused open), is one line naming it, exit 2, where it was a traceback
    (IsADirectoryError, PermissionError from the check for a file cut short)."""
    import builtins

    folder = tmp_path / "s"
    folder.mkdir()
    (folder / f"shard-0000-of-0002.{fmt}").write_bytes(b"")
    bad = folder / f"shard-0001-of-0002.{fmt}"
    if fault == "folder":
        bad.mkdir()
        said = "Is a directory"
    else:
        bad.write_bytes(b"")
        real_open = builtins.open

        def refused(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(bad):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(builtins, "open", refused)
        said = "Permission denied"
    result = invoke("merge", folder, "-o", tmp_path / "m.csv")
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error {bad}: cannot read this shard file ({said})\n"
    assert not (tmp_path / "m.csv").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("shard-0000-of-0001.csv", "doc_id,quote_id,quo"),
        ("shard-0000-of-0001.csv", 'doc_id,quote_id,quote\r\na,1,"Yes, we w'),
        ("shard-0000-of-0001.jsonl", '{"doc_id": "a", "quote_id": 1}\n{"doc_id": "b", "quo'),
    ],
    ids=["header cut", "quoted field cut", "JSON line cut"],
)
def test_merge_refuses_a_shard_file_cut_short(tmp_path: Path, name: str, content: str) -> None:
    """A shard file cut short (copied while its run wrote it) was merged with its last
    row or header cut (`cue_clas`), or failed with a Python message: every row extract
    writes ends in a line break, so one that does not is named, and nothing written."""
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / name).write_text(content, "utf-8")
    result = invoke("merge", folder, "-o", tmp_path / "m.csv")
    assert result.exit_code == 2
    assert result.stderr == (f"error {folder / name}: ends inside a row, not in a line "
                             "break; is the file cut short (copied while its run wrote it, a "
                             "full disk)? Run its shard again with --force\n")
    assert not (tmp_path / "m.csv").exists()


def test_an_html_page_keeps_its_head_fields_and_its_analysed_text(tmp_path: Path) -> None:
    page = Path(__file__).resolve().parents[1] / "fixtures" / "inputs" / "harbour-pier.html"
    out, texts = tmp_path / "q.jsonl", tmp_path / "texts.jsonl"
    result = invoke("extract", page, "-o", out, "--keep-fields", "title,url", "--texts", texts)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    [document] = [json.loads(line) for line in texts.read_text("utf-8").splitlines()]
    assert rows and {(r["title"], r["url"]) for r in rows} == {
        ("Harbour council votes to close the old ferry pier", None)}
    assert document["title"] == rows[0]["title"]
    for row in rows:  # the offsets index the text trafilatura extracted, saved by --texts
        assert document["text"][row["quote_start"]:row["quote_end"]] == row["quote"]


def test_a_new_database_the_disk_has_no_room_for_is_not_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (or a file-size limit) while the tables of a new database were made
    was one line, but left an empty `corpus.db` behind, where a failed run leaves no CSV
    or JSONL; it is removed. A database that was there stays."""
    from quotes.records import COLUMNS
    from quotes.sqlite import SqliteWriter
    from quotes.writers import COLUMN_TYPES

    def full(self: SqliteWriter, *_: object) -> None:
        self.db.conn.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SqliteWriter, "_create", full)
    db = tmp_path / "corpus.db"
    with pytest.raises(ValueError, match="database or disk is full"):
        SqliteWriter(db, COLUMNS, COLUMN_TYPES)
    assert sorted(tmp_path.iterdir()) == []
    db.write_bytes(b"")
    with pytest.raises(ValueError, match="database or disk is full"):
        SqliteWriter(db, COLUMNS, COLUMN_TYPES)
    assert db.exists()


@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["csv", "tsv"])
def test_a_quote_longer_than_the_csv_modules_field_limit_is_read_back(
    tmp_path: Path, delimiter: str
) -> None:
    # rule wide-rows: a long document's quote passes the csv module's 128 KiB, and
    # `evaluate --pred` refused the table extract wrote ("not CSV (field larger than
    # field limit (131072))"); the limit is set back after each row
    import csv

    quote = "the harbour wall will hold " * 6_000  # 162,000 characters
    header = ["doc_id", "quote_id", "type", "quote", "quote_start", "quote_end", "speaker"]
    path = tmp_path / ("rows.csv" if delimiter == "," else "rows.tsv")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerows([header, ["d1", 1, "direct", quote, 1, 1 + len(quote), "Ida Berg"]])
    before = csv.field_size_limit()
    [row] = load_predictions(path)["d1"]
    assert (len(row.text), row.speaker, csv.field_size_limit()) == (len(quote), "Ida Berg",
                                                                     before)
