"""Commands that need no model start at once: importing the CLI loads neither spaCy nor
textacy (each takes seconds); the engine imports them when a command runs it, and a run
whose workers parse does not load the model in the main process too."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from textacy.preprocessing.resources import QUOTE_TRANSLATION_TABLE

from quotes.normalise import _TEXTACY_QUOTES
from quotes.records import Document


@pytest.mark.parametrize(
    "module", ["quotes.cli", "quotes.evaluate", "quotes", "quotes.people", "quotes.speaker_ids"]
)
def test_importing_loads_no_nlp_library(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'textacy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_normalise_maps_the_marks_textacy_maps() -> None:
    assert {ord(k): ord(v) for k, v in _TEXTACY_QUOTES.items()} == QUOTE_TRANSLATION_TABLE


def test_a_wrong_model_is_refused_before_any_worker_starts(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We open on Monday," said Ada Lind.', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(article), "--workers", "2",
         "--model", "no_such_model_here"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode != 0
    assert "no_such_model_here" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("workers", "documents", "loads"),
    [(1, 40, 1), (2, 32, 1), (2, 40, 0)],
    ids=["one process", "two workers, one batch: here", "two workers, a pool"],
)
def test_this_process_loads_the_model_only_to_parse_here(
    monkeypatch: pytest.MonkeyPatch, workers: int, documents: int, loads: int
) -> None:
    import quotes.scale as scale

    def pool(docs: Iterable[Document], **_: object) -> Iterator[tuple[Document, list]]:
        return ((doc, []) for doc in docs)  # the workers' side, not run here

    def engine() -> object:
        loaded.append(1)
        return engine

    loaded: list[int] = []
    monkeypatch.setattr(scale, "run_pool", pool)
    monkeypatch.setattr(scale, "run_documents", lambda engine, docs, **_: pool(docs))
    docs = [Document(str(i), "text") for i in range(documents)]
    out = list(scale.run(docs, engine=engine, model=None, workers=workers, batch_size=32,
                         on_error=print))
    assert [doc for doc, _ in out] == docs
    assert len(loaded) == loads
