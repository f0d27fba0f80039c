"""A confidence that means what it says: measured per cell, smoothed, looked up, scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes
import quotes.confidence
from quotes.cli import app
from quotes.confidence import (
    cell_keys,
    confidence,
    speaker_kind,
    speaker_pattern,
    speaker_reach,
)
from quotes.confidence_fit import Outcome, fit, pruned
from quotes.language import data_path
from quotes.scoring import calibration_error, ranking_auc, top_precision

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


@pytest.mark.parametrize(
    "rated, expected",
    [
        # every right row above every wrong one
        ([(0.9, True), (0.8, True), (0.3, False)], 1.0),
        # every wrong row above every right one
        ([(0.9, False), (0.2, True)], 0.0),
        # one confidence for all: the ranking tells nothing
        ([(0.7, True), (0.7, False), (0.7, True)], 0.5),
        # right rows 0.9 and 0.5, wrong rows 0.5 and 0.1: pairs 1 + 1 + 0.5 + 1 of 4
        ([(0.9, True), (0.5, True), (0.5, False), (0.1, False)], 3.5 / 4),
        # nothing to rank: all right, or no rows
        ([(0.9, True), (0.4, True)], None),
        ([], None),
    ],
)
def test_ranking_auc_is_the_chance_a_right_row_outranks_a_wrong_one(rated, expected) -> None:
    assert ranking_auc(rated) == (None if expected is None else pytest.approx(expected))


@pytest.mark.parametrize(
    "rated, share, expected",
    [
        # the top half of four rows: the two most confident, one right
        ([(0.9, True), (0.8, False), (0.5, True), (0.1, False)], 0.5, 0.5),
        # the top 80% of five rows ends inside a tie of two (one right): 3 + 1 * 1/2 of 4
        ([(0.9, True), (0.9, True), (0.8, True), (0.4, True), (0.4, False)], 0.8, 3.5 / 4),
        ([], 0.9, 0.0),
    ],
)
def test_top_precision_counts_a_tie_at_the_cut_by_its_share_right(
    rated, share: float, expected: float
) -> None:
    assert top_precision(rated, share) == pytest.approx(expected)


def test_fit_pulls_a_small_cell_toward_its_parent() -> None:
    rows = [Outcome("dep", "direct", "speech", "name", True)] * 90 + [
        Outcome("dep", "direct", "speech", "name", False)
    ] * 10 + [Outcome("dep", "direct", "speech", "pronoun", False)] * 2
    cells = fit(rows, prior=10)
    root = cells[""]["p"]
    assert root == pytest.approx(90 / 102, abs=1e-3)
    pronoun = cells["dep|direct|statement|speech|pronoun"]
    # two wrong rows alone would say 0; ten pseudo-rows of the parent's rate hold it up
    parent = cells["dep|direct|statement|speech"]["p"]
    assert pronoun["n"] == 2 and pronoun["p"] == pytest.approx(10 * parent / 12, abs=1e-3)
    assert cells["dep|direct|statement|speech|name"]["p"] > pronoun["p"]


def test_an_unseen_cell_takes_its_nearest_measured_ancestor(monkeypatch) -> None:
    monkeypatch.setattr(quotes.confidence, "_shifts", lambda lang: {})
    table = json.loads(data_path("calibration.json").read_text("utf-8"))["cells"]
    assert confidence("no-such-rule:x", "direct", "speech", "name") == table[""]["p"]
    known = next(k for k in table if k.count("|") == 2)
    family, kind, scope = known.split("|")
    statement = scope == "statement"
    assert confidence(f"{family}:x", kind, "no-class", "none", statement) == table[known]["p"]


def test_cells_run_from_the_row_up_to_the_root() -> None:
    assert cell_keys("dep", "direct", None, "name") == [
        "dep|direct|statement|-|name", "dep|direct|statement|-", "dep|direct|statement",
        "dep|direct", "dep", ""
    ]
    assert cell_keys("reported", "indirect", "act", "name", statement=False)[2] == (
        "reported|indirect|other"
    )


@pytest.mark.parametrize(
    "method, pattern",
    [
        ("reported:subject", "subject"),  # `The council said the bridge would close.`
        ("reported:participle", "participle"),  # `…, saying the bridge would close.`
        ("reported-object:conjunct", "conjunct"),
        ("transcript", "-"),  # a rule with one way to its speaker
    ],
)
def test_a_methods_speaker_pattern_is_the_part_after_its_colon(method: str, pattern: str):
    assert speaker_pattern(method) == pattern


def test_the_speaker_pattern_is_the_finest_part_of_a_cell() -> None:
    keys = cell_keys("reported", "indirect", "speech", "name", True, "participle")
    assert keys[:2] == ["reported|indirect|statement|speech|name|participle",
                        "reported|indirect|statement|speech|name"]
    assert keys[1:] == cell_keys("reported", "indirect", "speech", "name", True)


def test_fit_gives_each_speaker_pattern_of_a_rule_its_own_rate() -> None:
    # one rule: its cue verb's own subject right 9 times in 10, a participle's 1 in 2
    rows = [Outcome("reported", "indirect", "speech", "name", i % 10 != 0, True, f"s{i}",
                    "subject") for i in range(100)]
    rows += [Outcome("reported", "indirect", "speech", "name", i % 2 == 0, True, f"p{i}",
                     "participle") for i in range(100)]
    cells = fit(rows, prior=10)
    key = "reported|indirect|statement|speech|name"
    assert cells[key]["p"] == pytest.approx(0.7)
    assert cells[f"{key}|subject"]["p"] == pytest.approx((90 + 10 * 0.7) / 110, abs=1e-3)
    assert cells[f"{key}|participle"]["p"] == pytest.approx((50 + 10 * 0.7) / 110, abs=1e-3)


def test_confidence_reads_the_cell_of_the_methods_speaker_pattern(monkeypatch) -> None:
    key = "reported|indirect|statement|speech|name"
    table = {"": {"p": 0.8}, key: {"p": 0.9}, f"{key}|participle": {"p": 0.6}}
    monkeypatch.setattr(quotes.confidence, "_table", lambda lang: table)
    monkeypatch.setattr(quotes.confidence, "_shifts", lambda lang: {})
    assert confidence("reported:participle", "indirect", "speech", "name") == 0.6
    # a pattern the table never measured takes the cell without it
    assert confidence("reported:subject", "indirect", "speech", "name") == 0.9


@pytest.mark.parametrize(
    "text, reach",
    [
        # the speaker named in the quote's own paragraph, after it
        ('"We will win," Ana Ruiz said.', "0-para-after"),
        # … and before it, in reported speech
        ("Ana Ruiz said the team would win.", "0-para-before"),
        # a speaker carried over from the quote before, in the paragraph before
        ('"We will win," Ana Ruiz said.\n\n"Nobody can stop us."', "1-para-before"),
        # a reply given to the one who spoke two lines before, three line breaks back
        ('"Is the river far?" asked Tom.\n"Two miles," said the guide.\n"And the bridge?"\n'
         '"It fell last spring."', "2+-para-before"),
        # a speaker named after the quote, a paragraph on
        ('"Nobody can stop us."\nSo said Ana Ruiz on Monday.', "1-para-after"),
    ],
)
def test_speaker_reach_counts_the_paragraph_breaks_to_the_speaker(text: str, reach: str):
    last = quotes.extract(text)[-1]
    assert last.speaker == ("Tom" if "Tom" in text else "Ana Ruiz")
    found = speaker_reach(text, last.start, last.end, last.speaker_start, last.speaker_end)
    assert found == reach


def test_speaker_reach_of_a_row_with_no_speaker_mention() -> None:
    assert speaker_reach('"We never saw the shore."', 1, 24, None, None) == "-"


def test_the_speaker_reach_is_the_finest_part_of_a_cell() -> None:
    keys = cell_keys("previous-quote", "direct", "speech", "name", True, "-", "1-para-before")
    assert keys[0] == "previous-quote|direct|statement|speech|name|-|1-para-before"
    assert keys[1:] == cell_keys("previous-quote", "direct", "speech", "name", True, "-")


def test_a_row_reads_the_cell_of_its_speakers_reach(monkeypatch) -> None:
    key = "previous-quote|direct|statement|speech|name|-"
    table = {"": {"p": 0.8}, key: {"p": 0.95}, f"{key}|1-para-before": {"p": 0.7}}
    monkeypatch.setattr(quotes.confidence, "_table", lambda lang: table)
    monkeypatch.setattr(quotes.confidence, "_shifts", lambda lang: {})
    near = quotes.extract('Ana Ruiz spoke after the vote. "We will win," Ruiz said. '
                          '"Nobody can stop us."')[-1]
    far = quotes.extract('"We will win," Ana Ruiz said.\n\n"Nobody can stop us."')[-1]
    assert near.method == far.method == "previous-quote"
    assert (near.confidence, far.confidence) == (0.95, 0.7)


def test_a_speaker_carried_over_a_paragraph_is_less_sure_than_one_beside_it() -> None:
    near = quotes.extract('Ana Ruiz spoke after the vote. "We will win," Ruiz said. '
                          '"Nobody can stop us."')[-1]
    far = quotes.extract('"We will win," Ana Ruiz said.\n\n"Nobody can stop us."')[-1]
    assert near.method == far.method == "previous-quote"
    assert far.confidence < near.confidence - 0.05


def test_a_cell_holding_its_parents_rows_is_left_out_of_the_shipped_table() -> None:
    rows = [Outcome("transcript", "direct", "speech", "name", False, True, "a")] * 6
    rows += [Outcome("dep", "direct", "speech", "name", i % 4 != 0, True, f"b{i}")
             for i in range(30)]
    rows += [Outcome("dep", "direct", "speech", "pronoun", True, True, f"c{i}")
             for i in range(10)]
    cells = fit(rows, prior=10)
    kept = pruned(cells)
    assert "transcript|direct|statement|speech|name" not in kept and "transcript" in kept
    assert "dep|direct|statement|speech|pronoun" in kept
    # every cell's rows are given the rate they were given before
    for key, cell in cells.items():
        parts = key.split("|") if key else []
        ancestors = ["|".join(parts[:n]) for n in range(len(parts), -1, -1)]
        assert next(kept[k]["p"] for k in ancestors if k in kept) == cell["p"]


def test_fit_weighs_one_documents_rows_as_at_most_cap_rows() -> None:
    # forty wrong transcript turns of one interview, and two other documents' right ones
    rows = [Outcome("transcript", "direct", "speech", "name", False, True, "interview")] * 40
    rows += [Outcome("transcript", "direct", "speech", "name", True, True, "radio")] * 3
    rows += [Outcome("transcript", "direct", "speech", "name", True, True, "hearing")] * 2
    rows += [Outcome("dep", "direct", "speech", "name", True, True, f"d{i}")
             for i in range(90)]
    uncapped = fit(rows, prior=10)["transcript|direct|statement|speech|name"]
    capped = fit(rows, prior=10, cap=5)["transcript|direct|statement|speech|name"]
    # counted rows stay as they are; only their weight in the rate changes
    assert (capped["n"], capped["right"], capped["docs"]) == (45, 5, 3)
    assert uncapped["p"] < 0.3 < 0.5 < capped["p"]


def test_a_cell_with_its_parents_rows_takes_its_parents_rate() -> None:
    # every transcript row is direct speech: the same rows are not counted again below
    rows = [Outcome("transcript", "direct", "speech", "name", False, True, "a")] * 6
    rows += [Outcome("dep", "direct", "speech", "name", True, True, "b")] * 30
    cells = fit(rows, prior=10)
    assert cells["transcript|direct|statement|speech|name"]["p"] == cells["transcript"]["p"]
    assert cells["transcript"]["p"] == pytest.approx((0 + 10 * 30 / 36) / 16, abs=1e-3)


def test_rows_outside_the_default_scope_have_cells_of_their_own() -> None:
    rows = [Outcome("reported", "indirect", "speech", "name", True, True, f"s{i}")
            for i in range(40)]
    rows += [Outcome("reported", "indirect", "speech", "name", i % 2 == 0, False, f"o{i}")
             for i in range(40)]
    cells = fit(rows, prior=10)
    assert cells["reported|indirect|statement"]["p"] > 0.85
    assert cells["reported|indirect|other"]["p"] < 0.65


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
    (quote,) = quotes.extract('"We will win the final on Sunday," Ana Ruiz said.')
    after = "0-para-after"
    assert quote.confidence == confidence(quote.method, "direct", "speech", "name", reach=after)
    (pronoun,) = quotes.extract('"We will win the final on Sunday," she said.')
    assert pronoun.speaker is None  # no one named before `she`
    assert pronoun.confidence == confidence(
        pronoun.method, "direct", "speech", "pronoun", reach=after,
        doubts=("unresolved-speaker",),
    )


def test_a_row_outside_the_default_scope_takes_the_rate_of_its_own_cell() -> None:
    (act,) = quotes.extract("The mayor declined to comment on the plan.", scope="all")
    assert not act.statement
    kind, before = act.cue_class, "0-para-before"
    doubts = ("lowercase-speaker",)  # `the mayor`, no name given
    rate = confidence(act.method, act.type, kind, "description", False, reach=before,
                      doubts=doubts)
    assert act.confidence == rate
    assert rate != confidence(act.method, act.type, kind, "description", reach=before,
                              doubts=doubts)


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


def test_evaluate_reports_how_well_the_confidence_ranks_rows(tmp_path: Path) -> None:
    """A user filtering on confidence wants the wrong rows low: `--json` gives the AUROC
    and the precision of the top 50/80/90% of rows, the table the AUROC."""
    text = '"Fine," Ana Ruiz said. "Bad," Ben Ode said. "Good," Eva Lind said.'
    gold = tmp_path / "gold.jsonl"
    spans = {words: text.index(words) for words in ("Fine,", "Bad,", "Good,")}
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {"start": at, "end": at + len(words), "text": words, "type": "direct",
         "speaker": speaker}
        for (words, at), speaker in zip(spans.items(), ["Ana Ruiz", "Ann Lo", "Eva Lind"],
                                        strict=True)
    ]}) + "\n", "utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps({
        "doc_id": "a", "type": "direct", "quote": words, "quote_start": spans[words],
        "quote_end": spans[words] + len(words), "speaker": speaker, "confidence": conf,
    }) + "\n" for words, speaker, conf in [
        ("Fine,", "Ana Ruiz", 0.95),  # right, first
        ("Bad,", "Ben Ode", 0.6),  # wrong speaker, between the right rows
        ("Good,", "Eva Lind", 0.4),  # right, last
    ]), "utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"]["overall"]["calibration"]
    # right rows outrank the wrong one in one pair of two
    assert overall["auroc"] == pytest.approx(0.5)
    # top half: 1.5 rows, the right one and half the wrong one; 80%: 2.4 rows, 1.4 right
    assert overall["top_precision"] == pytest.approx({"0.5": 1 / 1.5, "0.8": 1.4 / 2.4,
                                                      "0.9": 1.7 / 2.7})
    table = runner.invoke(app, ["evaluate", str(gold), "--pred", str(pred)],
                          env={"COLUMNS": "220"})
    assert "AUROC" in table.stdout and "0.500" in table.stdout
