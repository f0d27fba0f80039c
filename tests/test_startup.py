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


#: Runs `python -m quotes ARGS` with a Ctrl-C (SIGINT to itself) arriving while
#: `quotes.cli` is being imported (in a real run: while Typer, rich and the writers load).
_CTRL_C_WHILE_IMPORTING = """
import builtins, os, runpy, signal, sys
# as in a foreground process: a shell starts a background job with SIGINT ignored
signal.signal(signal.SIGINT, signal.default_int_handler)
real_import = builtins.__import__
def importing(name, *args, **kwargs):
    if name == "quotes.cli":
        os.kill(os.getpid(), signal.SIGINT)
    return real_import(name, *args, **kwargs)
builtins.__import__ = importing
sys.argv = ["quotes", *sys.argv[1:]]
runpy.run_module("quotes", run_name="__main__", alter_sys=True)
"""


def test_ctrl_c_while_the_commands_load_is_one_line_and_exit_130(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We open on Monday," said Ada Lind.', encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _CTRL_C_WHILE_IMPORTING, "extract",
                           str(article)], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr, done.stdout) == (130, "interrupted\n", "")


def test_the_console_script_is_the_guarded_entry_point() -> None:
    import tomllib
    from importlib import import_module

    from quotes.entry import main

    pyproject = Path(__file__).parents[1] / "pyproject.toml"
    target = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["scripts"]["quotes"]
    module, _, name = target.partition(":")
    assert getattr(import_module(module), name) is main
