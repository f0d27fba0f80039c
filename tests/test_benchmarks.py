"""The benchmark scripts and make targets run in any clone of the repository: their
default data is the repository's own, and a data file that is not there is one line, not
a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THROUGHPUT = ROOT / "benchmarks" / "throughput.py"


def test_throughput_times_the_repositorys_own_documents_by_default() -> None:
    """`--data` defaulted to /work/shared/data/polnear-train.jsonl, a path only the
    project's machines have; the default is now the fact-checker set of the clone."""
    done = subprocess.run([sys.executable, THROUGHPUT, "--help"], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert "fixtures/factcheck/articles.jsonl" in " ".join(done.stdout.split())
    assert "/work/" not in THROUGHPUT.read_text("utf-8")


@pytest.mark.parametrize("option", ["--data", "--also"])
def test_throughput_names_a_missing_data_file_in_one_line(option: str, tmp_path: Path) -> None:
    missing = tmp_path / "corpus.jsonl"
    done = subprocess.run([sys.executable, THROUGHPUT, option, missing], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        f"error {option} {missing}: no such file; give a JSONL file of documents with a text "
        "field (--data defaults to fixtures/factcheck/articles.jsonl)\n"
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["eval", "bench"])
def test_make_targets_need_no_corpus_the_clone_lacks(target: str, tmp_path: Path) -> None:
    """`make eval` read ../shared/data, which only the project's machines have, and
    failed on its first file in a clone: without the corpora it scores the fact-checker
    set alone (and `make bench` times it)."""
    stamp = tmp_path / "installed"
    stamp.touch()
    done = subprocess.run(["make", "-n", target, f"STAMP={stamp}", f"DATA={tmp_path}/none"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    assert "/none" not in done.stdout
    assert done.stdout.strip().splitlines()
