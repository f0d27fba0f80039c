"""Scale: worker processes, shards with resumable output folders, and Dask give the same rows."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.records import Document
from quotes.scale import Shard, ShardTarget, pool_batches

DOCS = Path(__file__).parent.parent / "fixtures" / "scale" / "docs.jsonl"
runner = CliRunner()


def extract(*args: str) -> None:
    """Run `quotes extract` on the fixture documents; fail the test on a non-zero exit."""
    result = runner.invoke(app, ["extract", str(DOCS), "--quiet", *args])
    assert result.exit_code == 0, result.output


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def doc_ids() -> list[str]:
    return [json.loads(line)["id"] for line in DOCS.read_text().splitlines()]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rows of a plain in-process run, which every other way must reproduce."""
    out = tmp_path_factory.mktemp("ref") / "all.csv"
    extract("--workers", "1", "-o", str(out))
    return out


def test_fixture_has_quotes_in_most_documents(reference: Path) -> None:
    assert len({r["doc_id"] for r in rows(reference)}) >= 8


def test_two_workers_write_the_same_bytes_as_one(reference: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.csv"
    # A batch of 2 makes six batches, so the process pool really runs.
    extract("--workers", "2", "--batch-size", "2", "-o", str(out))
    assert out.read_bytes() == reference.read_bytes()


@pytest.mark.parametrize("count", [1, 2, 3, 5, 20])
def test_shards_cover_every_document_exactly_once(count: int) -> None:
    docs = [Document(i, "") for i in doc_ids()]
    chosen = [d.id for i in range(count) for at, d in enumerate(docs) if Shard(i, count).owns(at)]
    assert sorted(chosen) == sorted(d.id for d in docs)
    assert len(chosen) == len(docs)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3/3", "--shard 3/3: shards are numbered from 0, so the 3 shards are 0/3 to 2/3"),
        ("-1/2", "--shard takes INDEX/COUNT, like 0/8; got '-1/2'"),
        ("0/0", "--shard 0/0: COUNT is how many shards there are, at least 1 (0/1 is the whole"),
        ("a/b", "--shard takes INDEX/COUNT, like 0/8; got 'a/b'"),
        ("2", "--shard takes INDEX/COUNT, like 0/8; got '2'"),
        ("", "--shard takes INDEX/COUNT, like 0/8; got ''"),
        ("\u0660/\u0662", "--shard takes INDEX/COUNT, like 0/8; got '\u0660/\u0662'"),
    ],
)
def test_bad_shard_specs_are_refused(text: str, message: str) -> None:
    """Also an empty one (`--shard "$I/$N"` with neither set is `/`, with one quoted
    variable unset ``), which ran the whole input as if no shard were given, and digits
    of another script, which no shard file name writes."""
    with pytest.raises(ValueError, match=re.escape(message)):
        Shard.parse(text)
    result = CliRunner().invoke(app, ["extract", str(DOCS), "--shard", text])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error {message}") and result.stderr.count("\n") == 1


def test_shard_files_together_are_the_full_run(reference: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    for i in range(3):
        extract("--shard", f"{i}/3", "-o", str(folder), "--workers", "1")
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert names == [f"shard-{i:04d}-of-0003.csv" for i in range(3)]
    together = [r for name in names for r in rows(folder / name)]
    key = doc_ids().index
    assert sorted(together, key=lambda r: key(r["doc_id"])) == rows(reference)


def test_rerun_skips_a_complete_shard_and_redoes_a_partial_one(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    extract("--shard", "0/2", "-o", str(folder))
    done = folder / "shard-0000-of-0002.csv"
    before = (done.stat().st_mtime_ns, done.read_bytes())
    # Shard 1 was killed half-way: only its temp file, named as the writers name it,
    # exists (the pid is one no process has).
    partial = folder / f".shard-0001-of-0002.csv.partial-{2**22 + 12345}"
    partial.write_text("doc_id,quote_id\nharbour-1,1\n")
    result = runner.invoke(app, ["extract", str(DOCS), "--shard", "0/2", "-o", str(folder)])
    assert result.exit_code == 0
    assert "complete; skipped" in result.output
    assert (done.stat().st_mtime_ns, done.read_bytes()) == before
    extract("--shard", "1/2", "-o", str(folder))
    assert not partial.exists()
    redone = rows(folder / "shard-0001-of-0002.csv")
    odd = doc_ids()[1::2]
    assert redone and {r["doc_id"] for r in redone} <= set(odd)
    assert len({(r["doc_id"], r["quote_id"]) for r in redone}) == len(redone)


def test_each_shard_writes_its_own_error_report_and_texts(tmp_path: Path) -> None:
    """`--errors errors.jsonl --texts texts.jsonl` given to every shard of a run: each
    shard writes its own (`errors.shard-0001-of-0002.jsonl`), never over another's (the
    second shard refused the first's report, or with --force replaced it)."""
    source = tmp_path / "news.jsonl"
    texts = ['"The pier opens in May," said Ana Ruiz.', "x" * 500,
             '"We sail at dawn," said Tom Fell.', "The council met on Monday."]
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                              for i, t in enumerate(texts)), encoding="utf-8")
    errors, read = tmp_path / "errors.jsonl", tmp_path / "texts.jsonl"
    codes = [runner.invoke(app, ["extract", str(source), "--shard", f"{i}/2", "-o",
                                 str(tmp_path / "out"), "--errors", str(errors), "--texts",
                                 str(read), "--max-doc-chars", "100", "--workers", "1",
                                 "-q"]).exit_code for i in (0, 1)]
    assert codes == [0, 1]
    assert not errors.exists() and not read.exists()

    def lines(path: Path) -> list[dict[str, object]]:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]

    own = [tmp_path / f"{name}.shard-000{i}-of-0002.jsonl" for name in ("errors", "texts")
           for i in (0, 1)]
    assert [[r["id"] for r in lines(path)] for path in own[2:]] == [["d0", "d2"], ["d3"]]
    assert lines(own[0]) == []
    assert [r["doc_id"] for r in lines(own[1])] == ["d1"]


def test_a_live_runs_temp_file_is_left_alone(tmp_path: Path) -> None:
    live = tmp_path / f".shard-0000-of-0001.csv.partial-{os.getppid()}"
    live.write_text("in progress")
    assert not ShardTarget.of(tmp_path, Shard(0, 1), "csv").complete
    assert live.exists()


def test_dask_local_cluster_gives_the_local_rows(reference: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    out = tmp_path / "dask.csv"
    extract("--engine", "dask", "--batch-size", "4", "-o", str(out))
    assert out.read_bytes() == reference.read_bytes()


def test_unknown_engine_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(DOCS), "--engine", "spark"])
    assert result.exit_code == 2
    assert "unknown engine" in result.output


def test_a_dask_scheduler_that_does_not_answer_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slip in --scheduler (or a cluster not started) printed dask's traceback after
    its 30 s time-out; now a usage error in one line, exit 2, nothing written."""
    distributed = pytest.importorskip("distributed")

    def unanswered(address: str) -> None:
        raise OSError(f"Timed out trying to connect to {address} after 30 s")

    monkeypatch.setattr(distributed, "Client", unanswered)
    out = tmp_path / "rows.csv"
    result = runner.invoke(app, ["extract", str(DOCS), "--engine", "dask", "--scheduler",
                                 "tcp://127.0.0.1:1", "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.output == (
        "error --scheduler tcp://127.0.0.1:1: no Dask scheduler answers there (Timed out "
        "trying to connect to tcp://127.0.0.1:1 after 30 s)\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("engine", [[], ["--engine", "local"]])
def test_a_scheduler_without_the_dask_engine_is_a_usage_error(
    tmp_path: Path, engine: list[str]
) -> None:
    """`--scheduler ADDRESS` alone ran the whole corpus on this machine without a word,
    where the user asked for a cluster: one line, exit 2, before any work."""
    out = tmp_path / "rows.csv"
    result = runner.invoke(app, ["extract", str(DOCS), "--scheduler", "tcp://10.0.0.9:8786",
                                 *engine, "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.output == (
        "error --scheduler tcp://10.0.0.9:8786 is the address of a Dask cluster: add "
        "--engine dask to run there (the local engine has no scheduler)\n")
    assert list(tmp_path.iterdir()) == []


def _docs(*lengths: int) -> list[Document]:
    """Documents of the given lengths in characters, numbered in order."""
    return [Document(f"d{i}", "word " * (n // 5)) for i, n in enumerate(lengths)]


def _finish_times(batches: list[list[Document]], workers: int) -> list[int]:
    """When each worker is done if batches go, in order, to whichever is free first and
    a document costs its length."""
    done = [0] * workers
    for batch in batches:
        first_free = done.index(min(done))
        done[first_free] += sum(len(doc.text) for doc in batch)
    return done


def test_pool_batches_keep_every_document_once_in_order() -> None:
    docs = _docs(*[100 + 37 * i for i in range(75)])
    batches = list(pool_batches(docs, 8, 2))
    assert [doc for batch in batches for doc in batch] == docs
    assert max(len(batch) for batch in batches) == 8


def test_pool_batches_are_full_until_the_end_is_in_sight() -> None:
    # 100 documents, read 2 x 2 x 8 = 32 ahead: the end shows once 68 are in batches.
    sizes = [len(batch) for batch in pool_batches(_docs(*[500] * 100), 8, 2)]
    assert sizes[:8] == [8] * 8
    assert sizes[9:] == sorted(sizes[9:], reverse=True) and sizes[-1] == 1


def test_a_long_document_near_the_end_goes_alone() -> None:
    batches = list(pool_batches(_docs(*[500] * 10, 20_000, *[500] * 5), 8, 2))
    (holding,) = [batch for batch in batches if any(len(d.text) == 20_000 for d in batch)]
    assert len(holding) == 1


def test_two_workers_finish_within_one_document_of_each_other() -> None:
    # Five whole batches of 8 equal documents would leave one worker 8 behind.
    docs = _docs(*[500] * 40)
    whole = _finish_times([docs[i:i + 8] for i in range(0, 40, 8)], 2)
    shrinking = _finish_times(list(pool_batches(docs, 8, 2)), 2)
    assert abs(whole[0] - whole[1]) == 8 * 500
    assert abs(shrinking[0] - shrinking[1]) <= 500


#: Parses the same made-up articles twice in a fresh process (after
#: `keep_freed_memory()` when told `keep`) and prints the page faults of the second pass.
_SECOND_PASS_FAULTS = """
import resource, sys
from quotes import get_engine
from quotes.records import Document
from quotes.run import run_documents
from quotes.scale import keep_freed_memory

if sys.argv[1] == "keep":
    keep_freed_memory()
engine = get_engine(None)
people = ["Ada Lind", "the harbour master", "Jon Barrow", "Ines Okafor"]
lines = [f'"The {w} will open again in {m}," {p} told reporters on {d}. '
         for w in ("ferry", "bridge", "school", "market", "clinic")
         for m in ("March", "the spring", "a week")
         for p in people for d in ("Monday", "Friday")]
docs = [Document(str(k), "".join(lines[k:] + lines[:k])) for k in range(6)]
list(run_documents(engine, docs, on_error=print))
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
list(run_documents(engine, docs, on_error=print))
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_parsing_process_keeps_the_memory_it_frees_for_the_next_batch() -> None:
    def faults(mode: str) -> int:
        out = subprocess.run([sys.executable, "-c", _SECOND_PASS_FAULTS, mode], check=True,
                             capture_output=True, text=True, env={**os.environ, "PYTHONPATH":
                             str(Path(__file__).parent.parent)})
        return int(out.stdout.split()[-1])

    kept, plain = faults("keep"), faults("plain")
    # without it, every large array of the parser is a fresh mapping, faulted in again
    assert kept * 5 < plain


#: Sets up a fresh process for bulk extraction before anything has loaded numpy (as the
#: CLI does before the model loads) and prints the thread count of each BLAS loaded.
_BLAS_THREADS = """
import quotes
from threadpoolctl import threadpool_info

quotes.prepare_bulk_process()
print([pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"])
"""


def test_a_process_set_up_for_bulk_extraction_multiplies_with_one_blas_thread() -> None:
    out = subprocess.run([sys.executable, "-c", _BLAS_THREADS], check=True,
                         capture_output=True, text=True,
                         env={**os.environ, "OPENBLAS_NUM_THREADS": "2",
                              "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert out.stdout.strip() == "[1]"


#: Settles a fresh process after something is loaded, then makes a reference cycle and
#: prints whether anything was frozen and whether the collector still frees the cycle.
_SETTLED = """
import gc, weakref
from quotes.process_setup import settle_loaded_model

loaded = [{"word": k} for k in range(1000)]  # stands for the loaded model
settle_loaded_model()
class Node:
    pass
node = Node()
node.me = node
gone = weakref.ref(node)
del node
gc.collect()
print(gc.get_freeze_count() >= 1000, gone() is None)
"""


def test_a_settled_process_keeps_what_it_loaded_out_of_the_collector_and_frees_new_cycles(
) -> None:
    out = subprocess.run([sys.executable, "-c", _SETTLED], check=True, capture_output=True,
                         text=True, env={**os.environ,
                                         "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert out.stdout.split() == ["True", "True"]


@pytest.mark.parametrize(("documents", "started"), [(10, 3), (12, 3), (13, 4), (400, 8)])
def test_no_more_workers_start_than_there_are_batches(
    monkeypatch: pytest.MonkeyPatch, documents: int, started: int
) -> None:
    """`--workers 8 --batch-size 4` over 10 documents started eight processes, each
    loading the model, for three batches."""
    import quotes.scale as scale

    def pool(docs: Iterable[Document], *, workers: int, **_: object
             ) -> Iterator[tuple[Document, list]]:
        seen.append(workers)
        return ((doc, []) for doc in docs)

    seen: list[int] = []
    monkeypatch.setattr(scale, "run_pool", pool)
    docs = [Document(str(i), "text") for i in range(documents)]
    out = list(scale.run(docs, engine=lambda: None, model=None, workers=8, batch_size=4,
                         on_error=print))
    assert [doc for doc, _ in out] == docs
    assert seen == [started]


def test_more_workers_than_cores_are_cut_to_the_cores_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--workers 1000` on a small machine started as many processes as the input had
    batches, each loading the model (hundreds of MB), and read that many batches ahead:
    memory ran out before the first row."""
    import quotes.cli_extract as cli_extract

    asked: list[int] = []
    real_run = cli_extract.run_scaled

    def counted(*args: object, **kwargs: object) -> object:
        asked.append(kwargs["workers"])  # type: ignore[arg-type]
        return real_run(*args, **kwargs)

    monkeypatch.setattr(cli_extract, "default_workers", lambda: 1)
    monkeypatch.setattr(cli_extract, "run_scaled", counted)
    out = tmp_path / "rows.csv"
    result = runner.invoke(app, ["extract", str(DOCS), "--workers", "1000", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "warning --workers: 1000 is more than the 1 core this run may use; using 1 (each "
        "worker loads the model)")
    assert asked == [1]
