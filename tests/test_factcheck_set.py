"""The fact-checker evaluation set (fixtures/factcheck) is valid quote-gold and up to date.

The set is scored by `make eval`; these checks keep it loadable and honest: offsets point
at their own text, types are the three quote-gold types, every quote names its speaker
unless the text gives none, and the built file is what the builder makes from src/.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

import pytest

from quotes.gold import load_gold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "fixtures" / "factcheck"
BUILT = SET / "articles.jsonl"
TYPES = {"direct", "indirect", "mixed"}
FIELDS = {
    "start", "end", "text", "type", "speaker", "speaker_start", "speaker_end",
    "speaker_name", "speaker_aliases", "cue", "cue_start", "cue_end",
}  # fmt: skip


@cache
def _builder():
    """The set's builder script, imported from its file (it is not a package module)."""
    spec = importlib.util.spec_from_file_location("factcheck_build", SET / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


DOCS = [json.loads(line) for line in BUILT.read_text("utf-8").splitlines() if line.strip()]
ROWS = [(doc["id"], row) for doc in DOCS for row in doc["quotes"]]


def test_built_file_is_what_the_builder_makes() -> None:
    assert BUILT.read_text("utf-8") == _builder().render(_builder().build_all())


def test_set_is_big_and_varied_enough() -> None:
    assert len(DOCS) >= 16
    assert len({doc["id"] for doc in DOCS}) == len(DOCS)
    for doc in DOCS:
        assert 120 <= len(doc["text"].split()) <= 450, doc["id"]
        assert doc["source"] == "factcheck"
    assert {row["type"] for _, row in ROWS} == TYPES


def test_readme_lists_every_article() -> None:
    listed = (SET / "README.md").read_text("utf-8")
    assert all(f"`{doc['id']}`" in listed for doc in DOCS)


def test_evaluate_loads_every_document() -> None:
    gold = load_gold(BUILT)
    assert list(gold) == [doc["id"] for doc in DOCS]


@pytest.mark.parametrize(("doc_id", "row"), ROWS, ids=[f"{d}:{r['start']}" for d, r in ROWS])
def test_row_is_valid_quote_gold(doc_id: str, row: dict) -> None:
    text = next(doc["text"] for doc in DOCS if doc["id"] == doc_id)
    assert set(row) == FIELDS
    assert row["type"] in TYPES
    assert text[row["start"] : row["end"]] == row["text"] == row["text"].strip()
    for part in ("speaker", "cue"):
        if row[part] is None:
            assert row[f"{part}_start"] is None and row[f"{part}_end"] is None
        else:
            assert text[row[f"{part}_start"] : row[f"{part}_end"]] == row[part]
    if row["speaker"] is None:
        assert row["speaker_name"] is None and row["speaker_aliases"] == []
    else:
        assert row["speaker_name"], "a quote with a speaker mention needs its canonical name"
        assert all(alias in text for alias in row["speaker_aliases"])
    name = row["speaker_name"]
    if name and name[0].islower():
        # an unnamed source's description as written, only its first letter lowered
        # (`critics of the scheme`, `a spokesman for the council`), never a made-up one
        assert name in text or name[0].upper() + name[1:] in text, "a description as written"
    if row["type"] == "mixed":
        assert any(mark in row["text"] for mark in "\"“”‘’'")


def test_builder_rejects_a_quote_without_its_speaker(tmp_path: Path) -> None:
    source = tmp_path / "bad.txt"
    source.write_text("style: x\n---\n{d:s1:c1|Hello,} {c1|said} Ann.\n", "utf-8")
    builder = _builder()
    with pytest.raises(builder.MarkupError, match="has no s1"):
        builder.build_article(source)
