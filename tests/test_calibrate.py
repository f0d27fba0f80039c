"""The calibration script's leave-one-batch-out: each of the fact-checker set's last
batches is scored under a table fitted only on what came before it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from quotes.confidence_fit import Outcome

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("calibrate", ROOT / "benchmarks" / "calibrate.py")
assert _SPEC is not None and _SPEC.loader is not None
calibrate = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(calibrate)


def row(doc: str) -> Outcome:
    """A right row of one cell from document `doc` (`source/id`)."""
    return Outcome("dep", "direct", "speech", "name", True, True, doc, "subject", "0-para-after")


def test_each_batch_is_fitted_on_the_rows_before_it_only() -> None:
    news = row("polnear-train/wash-post_2016-01-01_harbour")
    early = row("factcheck/17-harbour-strike")
    rows = [news, early] + [row(f"factcheck/{first}-story") for first in calibrate.LAST_BATCHES]
    folds = list(calibrate.batch_folds(rows))
    assert [(first, end) for first, end, _, _ in folds] == list(
        zip(calibrate.LAST_BATCHES, (*calibrate.LAST_BATCHES[1:], calibrate.BLIND_FROM),
            strict=True)
    )
    for k, (_first, _end, train, batch) in enumerate(folds):
        # every batch before it, the older articles and the other sets; never itself
        assert train == [news, early, *rows[2 : 2 + k]]
        assert batch == [rows[2 + k]]


def test_the_next_blind_batch_is_in_no_fold() -> None:
    unseen = row(f"factcheck/{calibrate.BLIND_FROM}-story")
    assert all(unseen not in train + batch for *_, train, batch in
               calibrate.batch_folds([unseen]))


def test_an_article_number_is_the_number_before_its_first_hyphen() -> None:
    assert calibrate.article_number("1948-kelby-harbour-strike") == 1948
    assert calibrate.article_number("wash-post_2016-01-01_harbour") == -1
