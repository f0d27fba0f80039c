"""One person, one speaker_id across the documents of a run, in every output."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.people import People, speaker_slug
from quotes.speaker_ids import SpeakerIdWriter, identify

runner = CliRunner()


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        # a surname alone in one document joins the full name another gives
        ([("a", "Barack Obama"), ("b", "Obama")], ["barack-obama", "barack-obama"]),
        # two people who share a surname keep apart, and so does the bare surname
        ([("a", "Ruth Amadi"), ("b", "Paul Amadi"), ("c", "Amadi")],
         ["ruth-amadi", "paul-amadi", "amadi"]),
        # forms of one full name with the same given name are one person, named by the
        # more quoted form
        ([("a", "Marta Lind"), ("b", "Marta Lind"), ("c", "Marta Ek Lind")],
         ["marta-lind", "marta-lind", "marta-lind"]),
        # accents and hyphens fold into a readable slug
        ([("a", "Luis García-Márquez")], ["luis-garcia-marquez"]),
        # descriptions keep their own id, one per wording; no speaker, no id
        ([("a", "the company"), ("b", None)], ["the-company", None]),
        # names of one person in other capitals are that person
        ([("a", "Ana Lee"), ("b", "ANA LEE")], ["ana-lee", "ana-lee"]),
        # two speakers that fold alike are told apart by a number, the more quoted first
        ([("a", "the union"), ("b", "The Union"), ("c", "The Union")],
         ["the-union-2", "the-union", "the-union"]),
    ],
)
def test_identify_gives_one_id_per_person(
    speakers: list[tuple[str, str | None]], expected: list[str | None]
) -> None:
    rows = [{"doc_id": d, "speaker": s, "type": "direct", "quote": "x"} for d, s in speakers]
    assert [row["speaker_id"] for row in identify(rows)] == expected


def test_a_people_entry_lists_its_aliases() -> None:
    people = People()
    for doc, name in [("a", "Barack Obama"), ("b", "Obama"), ("c", "Obama")]:
        people.count(doc, name, "direct")
    [(slug, entry)] = people.people()
    assert (slug, entry.name, list(entry.aliases), entry.counts.total()) == (
        "barack-obama", "Barack Obama", ["Obama"], 3)


@pytest.mark.parametrize(("name", "slug"), [("Jean-Pierre Dubois", "jean-pierre-dubois"),
                                             ("Mr. O'Neil", "mr-o-neil"), ("...", "speaker")])
def test_speaker_slug(name: str, slug: str) -> None:
    assert speaker_slug(name) == slug


class _Rows:
    """A stand-in inner writer that records what reaches it."""

    def __init__(self) -> None:
        self.rows: list[dict[str, object]] = []
        self.state = "open"

    def document(self, document: object) -> None:
        pass

    def write(self, row: dict[str, object]) -> None:
        self.rows.append(dict(row))

    def close(self) -> None:
        self.state = "closed"

    def abort(self) -> None:
        self.state = "aborted"


def test_the_writer_holds_rows_until_the_ids_are_known() -> None:
    inner = _Rows()
    with SpeakerIdWriter(inner) as writer:  # type: ignore[arg-type]
        writer.write({"doc_id": "a", "speaker": "Obama", "type": "direct", "quote": "x"})
        assert inner.rows == []
        writer.write({"doc_id": "b", "speaker": "Barack Obama", "type": "direct", "quote": "y"})
    assert [(r["speaker"], r["speaker_id"]) for r in inner.rows] == [
        ("Obama", "barack-obama"), ("Barack Obama", "barack-obama")]
    assert inner.state == "closed"


def test_a_failed_run_drops_the_held_rows() -> None:
    inner = _Rows()
    with pytest.raises(RuntimeError), SpeakerIdWriter(inner) as writer:  # type: ignore[arg-type]
        writer.write({"doc_id": "a", "speaker": "Obama", "type": "direct", "quote": "x"})
        raise RuntimeError("stop")
    assert (inner.rows, inner.state) == ([], "aborted")


# --- end to end: our own sentences through `quotes extract` --------------------------------

DOCUMENTS = [
    {"id": "pier", "text": 'Barack Obama visited the harbour on Monday. "We will rebuild the '
     'pier," Obama said.'},
    {"id": "ohio", "text": '"The money is there," Obama told reporters in Ohio on Tuesday.'},
    {"id": "ward", "text": "Ruth Amadi, a nurse, said the ward was full. Paul Amadi, a "
     "builder, said the roof leaked."},
]

#: The speaker and id of each row, in order.
EXPECTED = [
    ("Barack Obama", "barack-obama"),
    ("Obama", "barack-obama"),
    ("Ruth Amadi", "ruth-amadi"),
    ("Paul Amadi", "paul-amadi"),
]


def _read(path: Path) -> list[dict[str, object]]:
    """The rows of any output of `extract`."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return [{k: v or None for k, v in row.items()} for row in csv.DictReader(handle)]
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    if path.suffix == ".xlsx":
        header, *rows = openpyxl.load_workbook(path)["quotes"].iter_rows(values_only=True)
        return [dict(zip(header, row, strict=True)) for row in rows]
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("SELECT * FROM quotes ORDER BY rowid")]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("people") / "news.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), "utf-8")
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet", ".xlsx", ".db"])
def test_extract_gives_one_id_per_person_in_every_format(
    source: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"quotes{suffix}"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert [(r["speaker"], r["speaker_id"]) for r in _read(out)] == EXPECTED
    # the corpus as quote-gold with no quote, so `evaluate` reads each format back
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({**d, "quotes": []}) + "\n" for d in DOCUMENTS), "utf-8")
    scores = runner.invoke(app, ["evaluate", str(gold), "--pred", str(out)])
    assert scores.exit_code == 0, scores.output


def test_a_single_document_run_has_the_column(source: Path, tmp_path: Path) -> None:
    single = tmp_path / "one.jsonl"
    single.write_text(json.dumps(DOCUMENTS[1]) + "\n", "utf-8")
    result = runner.invoke(app, ["extract", str(single), "-f", "jsonl", "-q"])
    assert [(r["speaker"], r["speaker_id"]) for r in map(json.loads, result.stdout.splitlines())
            ] == [("Obama", "obama")]


def test_the_speaker_table_has_the_ids_of_the_quote_rows(source: Path, tmp_path: Path) -> None:
    book = tmp_path / "quotes.xlsx"
    assert runner.invoke(app, ["extract", str(source), "-o", str(book), "-q",
                               "--speakers-sheet"]).exit_code == 0
    sheet = openpyxl.load_workbook(book)["speakers"].iter_rows(values_only=True)
    header = next(sheet)
    in_sheet = {(r[header.index("speaker")], r[header.index("speaker_id")],
                 r[header.index("aliases")]) for r in sheet}
    assert in_sheet == {("Barack Obama", "barack-obama", "Obama"),
                        ("Ruth Amadi", "ruth-amadi", None), ("Paul Amadi", "paul-amadi", None)}
    assert {r["speaker_id"] for r in _read(book)} == {s for _, s, _ in in_sheet}
    table = runner.invoke(app, ["speakers", str(source), "-f", "jsonl", "-q"])
    assert {json.loads(line)["speaker_id"] for line in table.stdout.splitlines()} == {
        s for _, s, _ in in_sheet}


def test_merge_gives_the_ids_again_over_every_shard(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shards"
    for index in range(2):
        result = runner.invoke(app, ["extract", str(source), "--shard", f"{index}/2", "-o",
                                     str(folder), "-f", "jsonl", "-q"])
        assert result.exit_code == 0, result.output
    # the shard with only `Obama` cannot know the full name
    alone = _read(folder / "shard-0001-of-0002.jsonl")
    assert [(r["speaker"], r["speaker_id"]) for r in alone] == [("Obama", "obama")]
    merged = tmp_path / "merged.jsonl"
    result = runner.invoke(app, ["merge", str(folder), str(source), "-o", str(merged)])
    assert result.exit_code == 0, result.output
    assert [(r["speaker"], r["speaker_id"]) for r in _read(merged)] == EXPECTED


def test_a_database_gives_ids_over_every_document_it_holds(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    for document in (DOCUMENTS[1], DOCUMENTS[0]):  # `Obama` first, the full name later
        path = tmp_path / f"{document['id']}.jsonl"
        path.write_text(json.dumps(document) + "\n", "utf-8")
        assert runner.invoke(app, ["extract", str(path), "-o", str(db), "-q"]).exit_code == 0
    assert {(r["doc_id"], r["speaker_id"]) for r in _read(db)} == {
        ("ohio", "barack-obama"), ("pier", "barack-obama")}
    with sqlite3.connect(db) as connection:
        speakers = connection.execute(
            "SELECT speaker_id, speaker, quotes, documents, aliases FROM speakers").fetchall()
    assert speakers == [("barack-obama", "Barack Obama", 2, 2, "Obama")]
