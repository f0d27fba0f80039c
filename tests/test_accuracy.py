"""Accuracy guard: PolNeAR dev direct-quote attribution must not slip below the record.

The recorded value lives in benchmarks/accuracy.json and is updated (upwards) by the
commit that earns it; a change that loses more than 0.02 fails CI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotes
from quotes.evaluate import load_gold, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
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
