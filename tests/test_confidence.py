"""A confidence that means what it says: measured per cell, smoothed, looked up, scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes
from quotes.cli import app
from quotes.confidence import Outcome, cell_keys, confidence, fit, speaker_kind
from quotes.language import data_path
from quotes.scoring import calibration_error

runner = CliRunner()


@pytest.mark.parametrize(
    "rated, expected",
    [
        ([], 0.0),
        # every row as sure as it is right: no gap
        ([(1.0, True), (0.0, False)], 0.0),
        # one bin, rows said 0.9 but half were right
        ([(0.9, True), (0.9, False)], 0.4),
        # two bins, each off by 0.2, weighted by their rows (3 and 1)
        ([(0.75, True), (0.75, True), (0.75, True), (0.2, True)], (3 * 0.25 + 0.8) / 4),
    ],
)
def test_calibration_error_over_ten_bins(rated, expected: float) -> None:
    assert calibration_error(rated) == pytest.approx(expected)


def test_fit_pulls_a_small_cell_toward_its_parent() -> None:
    rows = [Outcome("dep", "direct", "speech", "name", True)] * 90 + [
        Outcome("dep", "direct", "speech", "name", False)
    ] * 10 + [Outcome("dep", "direct", "speech", "pronoun", False)] * 2
    cells = fit(rows, prior=10)
    root = cells[""]["p"]
    assert root == pytest.approx(90 / 102, abs=1e-3)
    pronoun = cells["dep|direct|speech|pronoun"]
    # two wrong rows alone would say 0; ten pseudo-rows of the parent's rate hold it up
    parent = cells["dep|direct|speech"]["p"]
    assert pronoun["n"] == 2 and pronoun["p"] == pytest.approx(10 * parent / 12, abs=1e-3)
    assert cells["dep|direct|speech|name"]["p"] > pronoun["p"]


def test_an_unseen_cell_takes_its_nearest_measured_ancestor() -> None:
    table = json.loads(data_path("calibration.json").read_text("utf-8"))["cells"]
    assert confidence("no-such-rule:x", "direct", "speech", "name") == table[""]["p"]
    known = next(k for k in table if k.count("|") == 1)
    family, kind = known.split("|")
    assert confidence(f"{family}:x", kind, "no-class", "none") == table[known]["p"]


def test_cells_run_from_the_row_up_to_the_root() -> None:
    assert cell_keys("dep", "direct", None, "name") == [
        "dep|direct|-|name", "dep|direct|-", "dep|direct", "dep", ""
    ]


@pytest.mark.parametrize(
    "text, kind",
    [
        ('"We will win," Ana Ruiz said.', "name"),
        ('"We will win," she said.', "pronoun"),
        ('"We will win," the coach said.', "description"),
        ('"We will win."', "none"),
    ],
)
def test_speaker_kind_of_each_row(text: str, kind: str) -> None:
    engine = quotes.get_engine()
    doc = engine.nlp(text)
    (quote,) = engine.attribute(text, doc)
    mention = None
    if quote.speaker_start is not None:
        mention = doc.char_span(quote.speaker_start, quote.speaker_end)
    assert speaker_kind(mention) == kind


def test_confidence_is_the_measured_rate_of_the_rows_cell() -> None:
    (quote,) = quotes.extract('"We will win," Ana Ruiz said.')
    assert quote.confidence == confidence(quote.method, "direct", "speech", "name")
    (pronoun,) = quotes.extract('"We will win," she said.')
    assert pronoun.confidence == confidence(pronoun.method, "direct", "speech", "pronoun")


def test_evaluate_prints_calibration_in_its_table_and_json(tmp_path: Path) -> None:
    text = '"Fine," Ana Ruiz said. "Bad," Ben Ode said. Tom Lee said rain was due.'
    gold = tmp_path / "gold.jsonl"
    def at(words: str) -> dict[str, object]:
        start = text.index(words)
        return {"start": start, "end": start + len(words), "text": words}

    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {**at("Fine,"), "type": "direct", "speaker": "Ana Ruiz"},
        {**at("Bad,"), "type": "direct", "speaker": "Ann Lo"},
    ]}) + "\n", "utf-8")
    pred = tmp_path / "pred.jsonl"
    rows = [
        {"doc_id": "a", "type": kind, "quote": words, "quote_start": at(words)["start"],
         "quote_end": at(words)["end"], "speaker": speaker, "confidence": conf}
        for kind, words, speaker, conf in [
            ("direct", "Fine,", "Ana Ruiz", 0.95),  # right
            ("direct", "Bad,", "Ben Ode", 0.95),  # wrong speaker
            ("indirect", "rain was due", "Tom Lee", 0.25),  # not in the gold
        ]
    ]
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"]["overall"]["calibration"]
    # the 0.95 bin: 1 of 2 right (gap 0.45, 2 rows); the 0.25 bin: 0 of 1 (gap 0.25, 1 row)
    assert overall["ece"] == pytest.approx((2 * 0.45 + 0.25) / 3)
    assert (overall["confident_rows"], overall["confident_precision"]) == (2, 0.5)
    table = runner.invoke(app, ["evaluate", str(gold), "--pred", str(pred)],
                          env={"COLUMNS": "220"})
    assert "ECE" in table.stdout and "0.383" in table.stdout and "50.0" in table.stdout
