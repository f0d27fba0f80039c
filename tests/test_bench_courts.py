"""Judges sitting together speak for their court (quotes/bench_courts.py, rule
bench-for-court, joined in quotes/speakers.py): a bench, the justices, a counted panel of
judges, and a judgment signed by one; never one judge or judges with no court named."""

from __future__ import annotations

import pytest

import quotes


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: (rule, text, the statements scope's rows as (type, speaker, mention, cue, content)).
BENCH_COURTS = [
    (
        "bench: `The Bench` is the court the text names",
        "The Harnby High Court heard the case in May. The Bench said the state had failed "
        "to act.",
        [("indirect", "Harnby High Court", "The Bench", "said", "the state had failed to act")],
    ),
    (
        "counted judges: `Three judges` are their court",
        "The Court of Appeal quashed the conviction on Friday. Three judges held that the "
        "trial judge had misdirected the jury.",
        [("indirect", "Court of Appeal", "Three judges", "held",
          "the trial judge had misdirected the jury")],
    ),
    (
        "panel signs: a judgment signed by a panel of judges is the court's",
        "The Norland District Administrative Court ruled on Monday that the council had "
        "acted unlawfully. The judgment, signed by a panel of three judges, reads in part: "
        '"The council has not shown that the stalls blocked the road."',
        [("indirect", "Norland District Administrative Court",
          "The Norland District Administrative Court", "ruled",
          "the council had acted unlawfully"),
         ("direct", "Norland District Administrative Court", "The judgment", "reads",
          "The council has not shown that the stalls blocked the road.")],
    ),
    (
        "no court: judges with no court named stay as written",
        "Two judges said the rules were unclear.",
        [("indirect", "two judges", "Two judges", "said", "the rules were unclear")],
    ),
]


@pytest.mark.parametrize("rule, text, rows", BENCH_COURTS, ids=[c[0] for c in BENCH_COURTS])
def test_a_bench_speaks_for_its_court(
    rule: str, text: str, rows: list[tuple[str, str, str, str, str]]
) -> None:
    found = quotes.extract(text)
    assert [(q.type, q.speaker, q.speaker_mention, q.cue, q.text) for q in found] == rows
