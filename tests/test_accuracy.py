"""Accuracy guards: PolNeAR dev direct-quote attribution, and on our own fact-checker set the
default scope's precision and the strict-name attribution, must not slip below the record.

The recorded value lives in benchmarks/accuracy.json and is updated (upwards) by the
commit that earns it, and for the fact-checker set taken again on the set as it stands
when a blind batch of new articles joins it (a harder set scores lower with the same
engine); a change that loses more than 0.02 fails CI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotes
from quotes.gold import load_gold
from quotes.scoring import score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
FACTCHECK = ROOT / "fixtures" / "factcheck" / "articles.jsonl"
RECORD = json.loads((ROOT / "benchmarks" / "accuracy.json").read_text("utf-8"))
TOLERANCE = 0.02


@pytest.mark.slow
@pytest.mark.skipif(not GOLD.exists(), reason="shared gold data not present")
def test_polnear_dev_direct_attribution_holds() -> None:
    gold = load_gold(GOLD)
    found = quotes.extract_many((d.text for d in gold.values()), scope="all")
    predicted = dict(zip(gold, found, strict=True))
    direct = score(gold, predicted, types=["direct"]).rows["direct"]
    f1 = direct.prf(direct.attributed)[2]
    recorded = RECORD["polnear-dev"]["direct"]["attribution_f1"]
    assert f1 >= recorded - TOLERANCE, f"direct attribution F1 {f1:.3f} < recorded {recorded:.3f}"


@pytest.mark.slow
def test_factcheck_set_default_scope_holds() -> None:
    """What a fact-checker publishes: rows of the default scope are statements with the
    speaker's full name (fixtures/factcheck, our own articles; always in the repo)."""
    gold = load_gold(FACTCHECK)
    found = quotes.extract_many(d.text for d in gold.values())
    overall = score(gold, dict(zip(gold, found, strict=True))).rows["overall"]
    recorded = RECORD["factcheck"]["overall"]
    precision = overall.prf(overall.attributed)[0]
    strict_f1 = overall.prf(overall.strict)[2]
    assert precision >= recorded["attribution_precision"] - TOLERANCE, f"precision {precision:.3f}"
    assert strict_f1 >= recorded["strict_attribution_f1"] - TOLERANCE, f"strict F1 {strict_f1:.3f}"
