"""Every failure is one document's or one file's: bad inputs of every kind beside good
ones, a killed worker, a signal, a shard rerun after failures, wrong library input."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes
import quotes.input_bytes
from quotes.cli import app
from quotes.pool import stop_workers
from quotes.records import Document
from quotes.run import DocumentError, run_documents
from quotes.scale import WORKER_DIED, run_pool

runner = CliRunner()


def said(name: str, words: str) -> str:
    return f'"{words}," {name} said.\n'


def quoted_files(folder: Path, count: int, repeat: int) -> Path:
    """`count` made-up files in a new `folder`, each quoting Ada Lind `repeat` times."""
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:03}.txt").write_text(said("Ada Lind", f"Point {i} stands") * repeat,
                                            encoding="utf-8")
    return folder


def bad_inputs(folder: Path) -> dict[str, str]:
    """Good files and one file of each bad kind in `folder`; returns bad name -> reason."""
    folder.mkdir()
    (folder / "a-good.txt").write_text(said("Ada Lind", "The ferry is late"), encoding="utf-8")
    (folder / "b-good.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": said("Jon Barrow", "Tolls will rise")}) + "\n"
        + json.dumps({"id": "odd [/x] id", "text": said("Pia Sand", "We fixed the pier")})
        + "\n",
        encoding="utf-8",
    )
    os.mkfifo(folder / "c-pipe.txt")
    (folder / "d-loop.txt").symlink_to(folder / "d-loop.txt")
    (folder / "e-deep.json").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                        encoding="utf-8")
    (folder / "g-bomb.txt.gz").write_bytes(gzip.compress(b"a" * (3 * 1024 * 1024)))
    (folder / "h-odd [").mkdir()  # the path reads `h-odd [/x] name.txt`: rich markup
    (folder / "h-odd [" / "x] name.txt").write_bytes(b"\x89PNG\r\n\x1a\n rest")
    (folder / "i-header.csv").write_text("[/x],body\n1,hello\n", encoding="utf-8")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "j-socket.txt"))
    server.close()
    (folder / "k-zero.txt").symlink_to("/dev/zero")
    return {
        "c-pipe.txt": "skipped: a FIFO (named pipe), not a regular file",
        "d-loop.txt": "cannot read: Too many levels of symbolic links",
        "e-deep.json": "unreadable JSON: nested too deeply",
        "g-bomb.txt.gz": "skipped: over 1 MiB to read whole (decompressed)",
        "h-odd [/x] name.txt": "skipped: binary file (PNG image)",
        "i-header.csv": "no 'text' column (columns: [/x], body",
        "j-socket.txt": "skipped: a socket, not a regular file",
        "k-zero.txt": "skipped: a device, not a regular file",
    }


def test_a_folder_of_bad_inputs_loses_only_the_bad_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quotes.input_bytes, "MAX_READ_BYTES", 1024 * 1024)
    expected = bad_inputs(tmp_path / "in")
    out, report = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out),
                                 "--errors", str(report), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["speaker"]) for r in rows] == [
        ("a-good.txt", "Ada Lind"), ("rec-1", "Jon Barrow"), ("odd [/x] id", "Pia Sand")
    ]
    errors = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    named = {e["source"].split("/in/", 1)[1]: e["reason"] for e in errors}
    assert sorted(named) == sorted(expected)
    for name, reason in expected.items():
        assert named[name].startswith(reason), (name, named[name])
    assert "odd [/x] name.txt" in result.output  # printed as written, not read as markup


def test_endless_stdin_text_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes.input_bytes, "MAX_READ_BYTES", 1024 * 1024)
    result = runner.invoke(app, ["extract", "-", "--workers", "1"],
                           input="word " * 300_000)
    assert result.exit_code == 1
    assert "<stdin>: skipped: over 1 MiB to read whole" in result.output


# -- worker processes --------------------------------------------------------------------


class _BrokenPool:
    """Stands for a pool whose workers keep dying."""

    def submit(self, *_: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future


def test_the_documents_of_a_batch_that_kills_its_worker_are_reported() -> None:
    docs = [Document(f"d{i}", said("Ada Lind", f"Point {i}")) for i in range(3)]
    errors: list[DocumentError] = []
    done = list(run_pool(docs, model=None, workers=1, batch_size=2, on_error=errors.append,
                         pool=_BrokenPool()))  # type: ignore[arg-type]
    assert done == []
    assert errors == [DocumentError(f"d{i}", WORKER_DIED) for i in range(3)]


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_sigterm_stops_the_workers_and_leaves_no_temp_file(tmp_path: Path) -> None:
    folder = quoted_files(tmp_path / "in", 400, repeat=20)
    out = tmp_path / "out.csv"
    run = subprocess.Popen([sys.executable, "-m", "quotes", "extract", str(folder), "-o",
                            str(out), "--workers", "2", "--batch-size", "4", "-q"],
                           stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while len(_children(run.pid)) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    time.sleep(1)
    workers = _children(run.pid)
    assert len(workers) >= 2 and run.poll() is None
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 143, stderr
    assert "Traceback" not in stderr
    time.sleep(1)
    assert [pid for pid in workers if _alive(pid)] == []
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


@pytest.mark.parametrize(("number", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_evaluate_leaves_no_copy_of_its_predictions_stream(
    tmp_path: Path, number: int, status: int
) -> None:
    # `quotes evaluate gold.jsonl --pred <(…)` copies the stream to a temporary folder;
    # SIGTERM while it was copied ended the process at once and left the folder, and a
    # copy of up to 1 GiB in it, in the temporary folder for good
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": said("Ada Lind", "The pier is shut."),
                                "quotes": []}) + "\n", encoding="utf-8")
    stream, temp = tmp_path / "pred.fifo", tmp_path / "tmp"
    os.mkfifo(stream)
    temp.mkdir()
    run = subprocess.Popen([sys.executable, "-m", "quotes", "evaluate", str(gold), "--pred",
                            str(stream)], stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "TMPDIR": str(temp)})
    with open(stream, "w", encoding="utf-8") as writer:  # open until the run has stopped
        writer.write(json.dumps({"doc_id": "a", "quote_id": 1, "type": "direct"}) + "\n")
        writer.flush()
        deadline = time.monotonic() + 60
        while not list(temp.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list(temp.iterdir()), "the stream was never copied"
        run.send_signal(number)
        _, stderr = run.communicate(timeout=60)
    assert run.returncode == status, stderr
    assert "Traceback" not in stderr
    assert list(temp.iterdir()) == []


def test_a_reader_that_closes_stdout_stops_the_run_quietly(tmp_path: Path) -> None:
    # `quotes extract news/ -f jsonl | head -1`: once `head` has its line and goes, the
    # run stops without an error line, with the status of a tool its closed pipe ended.
    folder = quoted_files(tmp_path / "in", 300, repeat=3)
    run = subprocess.Popen([sys.executable, "-m", "quotes", "extract", str(folder), "-f",
                            "jsonl", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None and run.stderr is not None
    first = run.stdout.readline()
    run.stdout.close()
    stderr = run.stderr.read().decode()
    assert run.wait(timeout=240) == 141, stderr
    assert b"Ada Lind" in first
    assert stderr == ""


def test_stopping_a_pool_ends_its_manager_thread() -> None:
    """The pool's manager thread has ended, its wake-up pipe closed, when `stop_workers`
    returns: a thread still running would race the main thread's own writes to that pipe
    at exit, an `OSError: handle is closed` traceback after SIGTERM (test above)."""
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    running = pool.submit(time.sleep, 60)
    manager = pool._executor_manager_thread
    assert manager is not None and manager.is_alive()
    stop_workers(pool)
    assert not manager.is_alive()
    assert running.done()


def test_stopping_a_pool_inside_its_submit_does_not_hang() -> None:
    """A SIGTERM handler runs in the main thread wherever it is, even inside `pool.submit`,
    which holds the lock that the pool's shutdown takes: stopping from there terminates
    the workers and returns, and the pool shuts down once the lock is free."""
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    running = pool.submit(time.sleep, 60)
    while not pool._processes:
        time.sleep(0.05)
    workers = list(pool._processes.values())

    def handler_inside_submit() -> None:
        with pool._shutdown_lock:
            stop_workers(pool)

    thread = threading.Thread(target=handler_inside_submit, daemon=True)
    thread.start()
    thread.join(timeout=30)
    hung = thread.is_alive()
    if hung:  # free the thread so that the test run can go on
        pool._shutdown_lock.release()
    assert not hung
    assert [w for w in workers if w.is_alive()] == []
    stop_workers(pool)
    assert running.done()


def _workers_of(pid: int) -> list[int]:
    """The pool workers (spawned interpreters) among the children of `pid`."""
    return [child for child in _children(pid)
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_a_killed_worker_costs_no_document() -> None:
    docs = [Document(f"d{i}", said("Ada Lind", f"Point {i} stands")) for i in range(12)]
    expected = {d.id: found
                for d, found in run_documents(quotes.get_engine(None), docs, on_error=print)}
    errors: list[DocumentError] = []
    got = {}
    for doc, found in run_pool(docs, model=None, workers=1, batch_size=2,
                               on_error=errors.append):
        got[doc.id] = found
        if len(got) == 2:  # as the out-of-memory killer would, half-way through
            os.kill(_workers_of(os.getpid())[0], signal.SIGKILL)
    assert errors == []
    assert got == expected
    assert _workers_of(os.getpid()) == []


# -- shards ------------------------------------------------------------------------------


def test_a_shard_with_failed_documents_is_redone(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": "ok", "text": said("Ada Lind", "The ferry is late")})
    source.write_text(good + "\n" + '{"id": "bad"}\n', encoding="utf-8")
    out = tmp_path / "shards"
    args = ["extract", str(source), "-o", str(out), "--shard", "0/1", "--workers", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1
    again = runner.invoke(app, args)
    assert again.exit_code == 1 and "complete; skipped" not in again.output
    source.write_text(good + "\n", encoding="utf-8")
    fixed = runner.invoke(app, args)
    assert fixed.exit_code == 0
    done = runner.invoke(app, args)
    assert done.exit_code == 0 and "complete; skipped" in done.output
    assert [p.name for p in out.iterdir() if not p.name.endswith(".run")] == [
        "shard-0000-of-0001.csv"]


def test_a_shard_of_a_fifo_is_redone_from_the_new_stream_saying_so(tmp_path: Path) -> None:
    # a FIFO cannot be read again to check a shard's file against it: its rerun said the
    # shard was "made from other inputs" (the FIFO's time had moved) or, when the time
    # had not, skipped it and left the program writing into the FIFO waiting forever
    pipe, out = tmp_path / "pipe", tmp_path / "shards"
    os.mkfifo(pipe)
    args = ["extract", str(pipe), "-o", str(out), "--shard", "0/1", "--workers", "1"]
    for words in ("The ferry is late", "The pier is shut"):
        line = json.dumps({"id": "a", "text": said("Ada Lind", words)}) + "\n"
        writer = threading.Thread(target=pipe.write_text, args=(line,), daemon=True)
        writer.start()
        result = runner.invoke(app, args)
        writer.join(timeout=30)
        assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        f"{out}/shard-0000-of-0001.csv was made by an earlier run, but the input {pipe} is a "
        "FIFO, which cannot be checked against it; redoing it from this stream")
    [row] = _shard_rows(out / "shard-0000-of-0001.csv")
    assert row["quote"] == "The pier is shut,"


def _shard_rows(path: Path) -> list[dict[str, str]]:
    import csv

    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


def _first_shard_run(tmp_path: Path, *options: str) -> tuple[Path, Path, list[str]]:
    """Run `extract` once as shard 0/1 of one document's file (with `options`): its input,
    its output folder and its arguments, for a test of what a rerun does."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": said("Ada Lind", "The ferry is late")})
                      + "\n", encoding="utf-8")
    out = tmp_path / "shards"
    args = ["extract", str(source), "-o", str(out), "--shard", "0/1", "--workers", "1",
            *options]
    assert runner.invoke(app, args).exit_code == 0
    return source, out, args


def test_a_shard_made_from_another_input_or_scope_is_redone(tmp_path: Path) -> None:
    source, out, args = _first_shard_run(tmp_path)
    source.write_text(json.dumps({"id": "a", "text": said("Ada Lind", "The pier is shut")})
                      + "\n", encoding="utf-8")
    changed = runner.invoke(app, args)
    assert changed.exit_code == 0
    shard = out / "shard-0000-of-0001.csv"  # each line whole, however long the path
    assert (f"{shard} was made from other inputs or options than this run's; redoing it\n"
            in changed.stderr)
    [row] = _shard_rows(out / "shard-0000-of-0001.csv")
    assert row["quote"] == "The pier is shut,"
    assert (f"{shard} is complete; skipped (--force redoes it)\n"
            in runner.invoke(app, args).stderr)
    wider = runner.invoke(app, [*args, "--scope", "all"])
    assert "made from other inputs or options" in wider.output


@pytest.mark.parametrize("option", ["--texts", "--errors"])
def test_a_shard_rerun_with_texts_or_errors_added_writes_them(tmp_path: Path,
                                                              option: str) -> None:
    """A complete shard rerun with `--texts` (or `--errors`) added was "complete;
    skipped", and the shard's copy of that file was never written, exit 0, no word:
    the shard is redone to write it, and skipped once it is there."""
    _, out, args = _first_shard_run(tmp_path)
    added = [*args, option, str(tmp_path / "extra.jsonl")]
    rerun = runner.invoke(app, added)
    assert rerun.exit_code == 0, rerun.output
    extra = tmp_path / "extra.shard-0000-of-0001.jsonl"
    assert rerun.stderr.splitlines()[0] == (f"{out}/shard-0000-of-0001.csv was made without "
                                            f"{extra}, which this run writes; redoing it")
    assert extra.exists()
    assert "is complete; skipped" in runner.invoke(app, added).stderr


@pytest.mark.parametrize(("fmt", "cut"), [
    ("jsonl", 7),    # a copy stopped mid-row
    ("csv", 1),      # the last row's line break lost
    ("parquet", 9),  # the footer gone
])
def test_a_shard_file_cut_short_is_redone_not_skipped(
    tmp_path: Path, fmt: str, cut: int
) -> None:
    """A shard file cut short after its run (a copy stopped, a full disk under rsync)
    was "complete; skipped" on the rerun, and only `quotes merge` found it cut."""
    _, out, args = _first_shard_run(tmp_path, "-f", fmt)
    shard = out / f"shard-0000-of-0001.{fmt}"
    whole = shard.read_bytes()
    shard.write_bytes(whole[:-cut])
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0, rerun.output
    assert rerun.stderr.splitlines()[0] == (
        f"{shard} is not the file its run wrote ({len(whole)} bytes, now "
        f"{len(whole) - cut}: cut short or written to since); redoing it")
    assert shard.read_bytes() == whole
    assert "is complete; skipped" in runner.invoke(app, args).stderr


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path: Path) -> None:
    """A rerun into the folder it reads does not take its last rows, texts or shard
    files for documents: they are skipped with a warning, and shard positions hold."""
    news = tmp_path / "news"
    news.mkdir()
    for name, who in (("a.txt", "Ada Lind"), ("b.txt", "Jon Barrow"), ("c.txt", "Ida Berg")):
        (news / name).write_text(said(who, f"The ferry is late, {name}"), encoding="utf-8")
    out, texts = news / "quotes.jsonl", news / "texts.jsonl"
    args = ["extract", str(news), "-o", str(out), "--texts", str(texts), "--workers", "1"]
    assert runner.invoke(app, args).exit_code == 0
    again = runner.invoke(app, [*args, "--force"])
    assert again.exit_code == 0, again.output
    assert "quotes.jsonl: skipped: an output of this run (written, not read)" in again.output
    assert "3 documents" in again.output
    whole = out.read_text("utf-8").splitlines()
    out.unlink()
    texts.unlink()
    shards = ["extract", str(news), "-o", str(news / "shards"), "--workers", "1", "--shard"]
    for index in range(2):
        assert runner.invoke(app, [*shards, f"{index}/2"]).exit_code == 0
    merged = tmp_path / "merged.jsonl"
    result = runner.invoke(app, ["merge", str(news / "shards"), "-o", str(merged)])
    assert result.exit_code == 0, result.output
    assert merged.read_text("utf-8").splitlines() == whole


def test_a_shards_report_in_the_input_folder_is_never_read_as_documents(
    tmp_path: Path,
) -> None:
    """`--errors news/errors.jsonl` gives each shard its own report in the input folder
    (`errors.shard-0001-of-0002.jsonl`): no shard, no rerun and no unsharded run reads
    one of them, or the unsharded report, as documents."""
    news = tmp_path / "news"
    news.mkdir()
    for name, who in (("a.txt", "Ada Lind"), ("b.txt", "Jon Barrow"), ("c.txt", "Ida Berg")):
        (news / name).write_text(said(who, f"The ferry is late, {name}"), encoding="utf-8")
    (news / "d.txt").write_bytes(b"\x00\x01 not text")
    shards = ["extract", str(news), "-o", str(tmp_path / "shards"), "--workers", "1",
              "--errors", str(news / "errors.jsonl"), "--shard"]
    for _ in range(2):  # the second time, the shard with the failed file is redone
        outputs = [runner.invoke(app, [*shards, f"{index}/2"]).output for index in range(2)]
        assert "no 'text' field" not in "".join(outputs)
    assert sorted(p.name for p in news.glob("errors*")) == [
        "errors.shard-0000-of-0002.jsonl", "errors.shard-0001-of-0002.jsonl"]
    whole = runner.invoke(app, ["extract", str(news), "-o", str(tmp_path / "all.csv"),
                                "--workers", "1", "--errors", str(news / "errors.jsonl")])
    assert "no 'text' field" not in whole.output
    assert "3 documents, 3 quotes, 3 speakers, 1 error" in whole.output
    skipped = "skipped: an output of this run (written, not read)"
    assert whole.output.count(skipped) == 2, whole.output


def test_each_bad_input_is_reported_by_one_shard_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every shard reads the whole input to find its documents; a bad file or line is
    reported by the one shard that owns its place (that of the next document: here all
    come after the three good documents, at position 3, shard 0's), so the shards'
    reports together are the unsharded run's, each problem once, and only the shard
    that reports them is redone on a rerun."""
    monkeypatch.setattr(quotes.input_bytes, "MAX_READ_BYTES", 1024 * 1024)
    bad = bad_inputs(tmp_path / "bad")
    whole = runner.invoke(app, ["extract", str(tmp_path / "bad"), "--workers", "1",
                                "-o", str(tmp_path / "all.csv")])
    reported = []
    for index in range(3):
        result = runner.invoke(app, ["extract", str(tmp_path / "bad"), "--workers", "1",
                                     "-o", str(tmp_path / "shards"), "--shard", f"{index}/3"])
        reported += [line for line in result.stderr.splitlines() if line.startswith("error")]
    errors = [line for line in whole.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == len(bad)
    assert sorted(reported) == sorted(errors)
    rerun = [runner.invoke(app, ["extract", str(tmp_path / "bad"), "--workers", "1", "-o",
                                 str(tmp_path / "shards"), "--shard", f"{index}/3"]).stderr
             for index in range(3)]
    assert ["is complete; skipped" in text for text in rerun] == [False, True, True]


def test_merge_refuses_shards_made_from_different_inputs(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "shards"
    texts = [said("Ada Lind", "The ferry is late"), said("Jon Barrow", "The tide is high")]
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                              for i, t in enumerate(texts)), encoding="utf-8")
    first = ["extract", str(source), "-o", str(out), "--workers", "1", "--shard"]
    assert runner.invoke(app, [*first, "0/2"]).exit_code == 0
    source.write_text(source.read_text(encoding="utf-8").replace("high", "low"), "utf-8")
    assert runner.invoke(app, [*first, "1/2"]).exit_code == 0
    merged = tmp_path / "all.csv"
    result = runner.invoke(app, ["merge", str(out), str(source), "-o", str(merged)])
    assert result.exit_code == 2
    assert "made from different inputs or options (one run each: 0/2 | 1/2)" in result.output
    assert not merged.exists()


def test_rows_that_fail_to_be_written_take_the_texts_with_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rows (held for their speaker ids) are written at the end: a full disk there
    # left the --texts file published, new texts beside the earlier rows
    import errno

    from quotes.atomic_sink import AtomicSink

    src, out, texts = tmp_path / "in.txt", tmp_path / "out.jsonl", tmp_path / "texts.jsonl"
    src.write_text(said("Ada Lind", "The ferry is late"), encoding="utf-8")
    out.write_text("earlier rows\n", encoding="utf-8")
    texts.write_text("earlier texts\n", encoding="utf-8")
    commit = AtomicSink.commit

    def full(sink: AtomicSink) -> None:
        if sink.path == out:
            raise sink.fault(OSError(errno.ENOSPC, "No space left on device"))
        commit(sink)

    monkeypatch.setattr(AtomicSink, "commit", full)
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--texts", str(texts),
                                 "--force", "--workers", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"error cannot write {out}: No space left on device\n"
    assert out.read_text(encoding="utf-8") == "earlier rows\n"
    assert texts.read_text(encoding="utf-8") == "earlier texts\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.jsonl", "texts.jsonl"]


# -- two runs on one output ----------------------------------------------------------------


def _holding(lock: Path) -> int:
    """Hold `lock` as another live run does (its own open file, flocked, its process id
    written); returns the descriptor to close."""
    import fcntl

    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.write(fd, f"{os.getpid()}\n".encode())
    return fd


@pytest.mark.parametrize(
    ("args", "output", "written"),
    [
        (["extract", "{src}", "-o", "{tmp}/out.csv", "--force"], "out.csv", "out.csv"),
        (["extract", "{src}", "-o", "{tmp}/out.db"], "out.db", "out.db"),
        (["extract", "{src}", "--errors", "{tmp}/e.jsonl", "--force"], "e.jsonl", "e.jsonl"),
        (["extract", "{src}", "-o", "{tmp}/shards", "--shard", "0/1"],
         "shards/shard-0000-of-0001.csv", "shards/.shard-0000-of-0001.csv.partial-{pid}"),
        (["speakers", "{src}", "-o", "{tmp}/out.csv", "--force"], "out.csv", "out.csv"),
        (["review", "{src}", "-o", "{tmp}/out.html", "--force"], "out.html", "out.html"),
        (["merge", "{tmp}/done", "-o", "{tmp}/out.csv", "--force"], "out.csv", "out.csv"),
    ],
    ids=["extract csv", "extract database", "error report", "a shard's file", "speakers",
         "review", "merge"],
)
@pytest.mark.skipif(sys.platform == "win32", reason="no flock")
def test_an_output_another_running_run_writes_is_refused_at_once(
    tmp_path: Path, args: list[str], output: str, written: str
) -> None:
    """A second run on one output stops before any work, naming the file and the run that
    holds it, and leaves that run's files alone (it lost the first run's work: the later
    one replaced the file or failed to publish its own at its end). `written` is what the
    other run has there: an earlier output, or a shard's temp file."""
    src = tmp_path / "in.txt"
    src.write_text(said("Ada Lind", "The ferry is late"), encoding="utf-8")
    assert runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "done"),
                               "--shard", "0/1", "--workers", "1"]).exit_code == 0
    target = tmp_path / output
    target.parent.mkdir(exist_ok=True)
    (tmp_path / written.format(pid=os.getpid())).write_bytes(b"the other run's file")
    fd = _holding(target.with_name(f".{target.name}.lock"))
    try:
        before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
        result = runner.invoke(app, [*(a.format(src=src, tmp=tmp_path) for a in args),
                                     *(["--workers", "1"] if args[0] == "extract" else [])])
        assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    finally:
        os.close(fd)
    assert result.exit_code == 2, result.output
    line = " ".join(result.stderr.split())
    assert line.startswith("error ") and str(target) in line, line
    assert f"is being written by another run (process {os.getpid()})" in line, line
    assert len(result.stderr.splitlines()) == 1


def test_the_lock_a_killed_run_left_blocks_no_later_run(tmp_path: Path) -> None:
    """A run killed midway leaves its lock file, held by no one: the next run takes it and
    writes, and no lock file stays once it ends."""
    src, out = tmp_path / "in.txt", tmp_path / "out.csv"
    src.write_text(said("Ada Lind", "The ferry is late"), encoding="utf-8")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout
    lock = tmp_path / ".out.csv.lock"
    lock.write_text(dead, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "The ferry is late" in out.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.csv"]


@pytest.mark.parametrize(
    ("plant", "kind"),
    [(lambda lock: lock.symlink_to("notes.txt"), "a symbolic link"),
     (lambda lock: os.mkfifo(lock), "a FIFO (named pipe)")],
    ids=["a link to a file", "a FIFO"],
)
@pytest.mark.skipif(sys.platform == "win32", reason="no flock")
def test_a_lock_file_that_is_no_regular_file_is_refused_and_its_target_kept(
    tmp_path: Path, plant: Callable[[Path], None], kind: str
) -> None:
    # the lock file is written to: a link planted in its place had its target emptied
    src, out = tmp_path / "in.txt", tmp_path / "out.csv"
    src.write_text(said("Ada Lind", "The ferry is late"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("precious\n", encoding="utf-8")
    plant(tmp_path / ".out.csv.lock")
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 2
    assert result.stderr == (f"error cannot write --output {out}: its lock file .out.csv.lock "
                             f"is {kind}, not a regular file; remove it\n")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "precious\n"
    assert not out.exists()


# -- the library -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: quotes.extract(None), TypeError, "extract takes text (str), got NoneType"),  # type: ignore[arg-type]
        (lambda: quotes.extract(b'"Hi," she said.'), TypeError, "decode it first"),  # type: ignore[arg-type]
        (lambda: quotes.extract_many('"Hi," she said.'), TypeError, "not one text"),
        (lambda: next(quotes.extract_many([3])), TypeError,  # type: ignore[list-item]
         "extract_many takes text (str), got int"),
        # a batch of no texts ended the stream: one text in, no list of its quotes out
        (lambda: quotes.extract_many(['"Hi," she said.'], batch_size=0), ValueError,
         "batch_size is the number of texts parsed at once: at least 1, got 0"),
        (lambda: quotes.to_dataframe(['"Hi," she said.'], batch_size=-1), ValueError,
         "at least 1, got -1"),
        # a fraction, or a number as text, failed deep in the batching, in islice's words
        (lambda: quotes.extract_many(['"Hi," she said.'], batch_size=2.5), ValueError,  # type: ignore[arg-type]
         "at least 1, got 2.5, a whole number is needed"),
        (lambda: quotes.to_dataframe(['"Hi," she said.'], batch_size="32"), ValueError,  # type: ignore[arg-type]
         "at least 1, got '32', a whole number is needed"),
        # an empty model name loaded the default model without a word; a number failed on
        # `.startswith`, and a Path (which spacy.load takes) too
        (lambda: quotes.extract('"Hi," she said.', model=""), quotes.ModelNotFoundError,
         "cannot load spaCy model '': an empty name; leave it out for the default English "
         "model"),
        (lambda: quotes.extract('"Hi," she said.', model=3), TypeError,  # type: ignore[arg-type]
         "model is the name or folder of a spaCy pipeline (str), got int"),
        (lambda: quotes.extract('"Hi," she said.', model=Path("/no/such/pipeline")),
         quotes.ModelNotFoundError, "cannot load spaCy model '/no/such/pipeline': no installed "
         "package or folder of that name"),
    ],
    ids=["none", "bytes", "one string to extract_many", "a number in the stream",
         "no texts a batch", "a negative batch", "a fractional batch", "a batch as text",
         "an empty model name", "a model that is no name", "a model as a path"],
)
def test_the_library_says_what_to_pass(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        call()  # type: ignore[operator]


_SAID = '"The ferry is late," Ada Lind said.'


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        # scope=None gave the rows of both scopes, overlapping, without a word
        (lambda: quotes.extract(_SAID, scope=None), TypeError,  # type: ignore[arg-type]
         "scope is one of 'statements', 'all' (default 'statements'), got None"),
        (lambda: quotes.extract(_SAID, scope=["all"]), TypeError,  # type: ignore[arg-type]
         "scope is one of 'statements', 'all' (default 'statements'), got ['all']"),
        (lambda: quotes.to_dataframe([_SAID], scope=None), TypeError,  # type: ignore[arg-type]
         "scope is one of 'statements', 'all' (default 'statements'), got None"),
        # a stream checked its scope only when it was first read
        (lambda: quotes.extract_many([_SAID], scope="most"), ValueError,  # type: ignore[arg-type]
         "unknown scope 'most'; choose from: statements, all"),
        # None or a number failed as "'NoneType' object is not iterable"
        (lambda: quotes.extract_many(None), TypeError,  # type: ignore[arg-type]
         "extract_many takes an iterable of texts (str), got NoneType"),
        (lambda: quotes.to_dataframe(7), TypeError,  # type: ignore[arg-type]
         "to_dataframe takes an iterable of texts (str), got int"),
        # bytes were read one number at a time: "extract_many takes text (str), got int"
        (lambda: quotes.to_dataframe(_SAID.encode()), TypeError,  # type: ignore[arg-type]
         "to_dataframe takes an iterable of texts, not one text"),
        (lambda: quotes.to_dataframe([quotes.Document("a", None)]), TypeError,  # type: ignore[arg-type]
         "to_dataframe takes text (str), got NoneType"),
        # the engine itself: None failed inside the markup reader, one string gave a list
        # of rows per character, and a batch of no texts an empty stream
        (lambda: quotes.get_engine().extract(None), TypeError,  # type: ignore[arg-type]
         "Engine.extract takes text (str), got NoneType"),
        (lambda: quotes.get_engine().pipe(_SAID), TypeError,
         "Engine.pipe takes an iterable of texts, not one text"),
        (lambda: quotes.get_engine().pipe([_SAID], batch_size=0), ValueError,
         "batch_size is the number of texts parsed at once: at least 1, got 0"),
        (lambda: next(quotes.get_engine().pipe([b"x"])), TypeError,  # type: ignore[list-item]
         "Engine.pipe takes text (str), got bytes; decode it first"),
    ],
    ids=["scope None", "scope a list", "scope None to to_dataframe",
         "an unknown scope to a stream", "no texts to extract_many", "a number to to_dataframe",
         "bytes to to_dataframe", "a Document with no text", "None to the engine",
         "one string to the engine's stream", "no texts a batch of the engine's stream",
         "bytes in the engine's stream"],
)
def test_a_wrong_argument_is_named_by_the_call(
    call: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        call()  # type: ignore[operator]


_ROWS_HEADER = ",".join(("doc_id", "quote_id", "type", "quote", "quote_start", "quote_end",
                         "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue",
                         "cue_start", "cue_end", "method", "confidence", "cue_class",
                         "speaker_id"))


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("quotes.csv", f"\ufeff{_ROWS_HEADER}\r\na.txt,1,direct,\"The pier is shut,\",1,18,"
                       "Ada Lind,Ada Lind,20,28,said,29,33,dep:subject,0.98,speech,ada-lind\r\n",
         "rows `quotes extract` wrote"),
        ("picked.csv", "speaker,quote,url\r\nAda Lind,\"The pier is shut,\",https://x.test\r\n",
         "rows `quotes extract` wrote"),  # --columns speaker,quote --keep-fields url
        ("quotes.jsonl", json.dumps({"doc_id": "a.txt", "quote_id": 1, "type": "direct",
                                     "quote": "The pier is shut,"}) + "\n",
         "rows `quotes extract` wrote"),
        ("errors.jsonl", json.dumps({"source": "news/d.txt", "reason": "skipped: binary file",
                                     "doc_id": None}) + "\n",
         "the error report of an earlier run (--errors)"),
        # named as plain text, which --errors takes: it was read as one more document
        ("errors.txt", json.dumps({"source": "news/d.txt", "reason": "skipped: binary file",
                                   "doc_id": None}) + "\n",
         "the error report of an earlier run (--errors)"),
        ("speakers.csv", "speaker,role,quotes,direct,indirect,mixed,documents\r\n"
                         "Ada Lind,,1,1,0,0,1\r\n",
         "a speaker table `quotes speakers` wrote"),
        ("long.jsonl", json.dumps({"doc_id": "a.txt", "quote_id": 1, "type": "direct",
                                   "quote": "The pier is shut. " * 1000}) + "\n",
         "rows `quotes extract` wrote"),
    ],
    ids=["rows csv", "rows of chosen columns", "rows jsonl", "error report",
         "error report named .txt", "speaker table",
         "rows jsonl whose first quote is longer than the sniffed head"],
)
def test_an_earlier_runs_table_in_the_input_folder_is_skipped_with_one_notice(
    tmp_path: Path, name: str, content: str, what: str
) -> None:
    """A table `quotes` wrote, left in the folder a later run reads, was read as documents:
    an error a file ("no 'text' column"), exit 1. It is told by its header (our columns,
    no text column) and skipped with one notice; named as an input itself, it is an error
    naming the file. A JSONL file's first record is read whole, also when it is longer
    than the bytes sniffed for binary content (a long first quote went unrecognised)."""
    from quotes.inputs import ReadError
    from quotes.readers import iter_documents

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(said("Ada Lind", "The pier is shut"), encoding="utf-8")
    (news / name).write_text(content, encoding="utf-8")
    errors: list[ReadError] = []
    warnings: list[ReadError] = []
    docs = list(iter_documents([str(news)], on_error=errors.append,
                               on_warning=warnings.append))
    assert [doc.id for doc in docs] == ["a.txt"]
    assert (errors, warnings) == ([], [ReadError(str(news / name),
                                                 f"skipped: {what}, not documents")])
    docs = list(iter_documents([str(news / name)], on_error=errors.append))
    assert docs == []
    assert errors == [ReadError(str(news / name), f"{what}, not documents; give the files "
                                                  "of texts it was made from")]



@pytest.mark.parametrize(
    ("inputs", "texts_name", "long"),
    [(["news"], "texts.jsonl", False),
     (["news"], "texts.jsonl", True),
     (["news/*"], "texts.jsonl", False),
     (["news"], "sub/texts.jsonl.gz", False),
     # names the readers read as plain text, which --texts takes (rule
     # own-jsonl-named-as-text): each was one more document, its quotes counted twice
     (["news"], "texts.gz", False),
     (["news"], "texts.txt", False)],
    ids=["folder", "first text longer than the sniffed head", "glob", "gzip in a subfolder",
         "gzip without .jsonl", "named .txt"],
)
def test_the_texts_an_earlier_run_wrote_in_the_input_folder_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inputs: list[str], texts_name: str,
    long: bool,
) -> None:
    """`--texts news/texts.jsonl` holds the folder's own documents again; a later run over
    the folder read them as documents, every one twice (`a.txt` and `a.txt#2`), each
    speaker counted twice. Its first record's id names a file the walk reads itself, so
    it is skipped with one notice; named as an input, it is read (as the text its name
    says, `texts.txt` one plain text; `texts.gz`, whose name says no format, by its
    content)."""
    from quotes.inputs import ReadError
    from quotes.readers import iter_documents

    monkeypatch.chdir(tmp_path)
    news = Path("news")
    (news / "sub").mkdir(parents=True)
    words = "The pier is shut" + ". The tide is high" * (600 if long else 0)
    (news / "a.txt").write_text(said("Ada Lind", words), encoding="utf-8")
    (news / "b.txt").write_text(said("Bo Lee", "We open on Monday"), encoding="utf-8")
    lines = "".join(json.dumps({"id": name, "text": (news / name).read_text()}) + "\n"
                    for name in ("a.txt", "b.txt"))
    data = lines.encode()
    (news / texts_name).write_bytes(gzip.compress(data) if texts_name.endswith(".gz") else data)
    errors: list[ReadError] = []
    warnings: list[ReadError] = []
    docs = list(iter_documents(inputs, on_error=errors.append, on_warning=warnings.append))
    assert len(docs) == 2 and errors == []
    [warning] = warnings
    assert warning.source == str(news / texts_name)
    assert warning.reason.startswith("skipped: the texts of an earlier run (--texts)")
    named = list(iter_documents([str(news / texts_name)], on_error=errors.append))
    # `texts.gz` says no format: read by its content, JSONL (rule gzip-named-by-content)
    assert len(named) == (1 if texts_name == "texts.txt" else 2) and errors == []


@pytest.mark.parametrize(
    ("inputs", "field"),
    [(["news"], "text"), (["news/*"], "text"), (["news"], "body")],
    ids=["folder", "glob", "corpus with another text field"],
)
def test_the_texts_of_a_corpus_with_record_ids_are_skipped_in_the_input_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inputs: list[str], field: str
) -> None:
    """`--texts news/texts.jsonl` of a JSONL corpus whose records have ids of their own
    (`wire-1`): the texts' ids name no file, so a later run over the folder read every
    document twice (`wire-1` and `wire-1#2`). The texts file's first record has the id
    and the text of the corpus's first record and was written after it: skipped with one
    notice, and the corpus, which matches it as much, is read."""
    from quotes.inputs import ReadError
    from quotes.readers import iter_documents

    monkeypatch.chdir(tmp_path)
    news = Path("news")
    news.mkdir()
    records = [{"id": "wire-1", field: said("Ada Lind", "The pier is shut")},
               {"id": "wire-2", field: said("Bo Lee", "We open on Monday")}]
    (news / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    texts = news / "texts.jsonl"
    texts.write_text("".join(json.dumps({"id": r["id"], "text": r[field]}) + "\n"
                             for r in records))
    os.utime(texts, ns=(os.stat(news / "wire.jsonl").st_mtime_ns + 10**9,) * 2)
    errors: list[ReadError] = []
    warnings: list[ReadError] = []
    docs = list(iter_documents(inputs, text_field=field, on_error=errors.append,
                               on_warning=warnings.append))
    assert [doc.id for doc in docs] == ["wire-1", "wire-2"] and errors == []
    [warning] = warnings
    assert warning == ReadError(str(texts), (
        "skipped: the texts of an earlier run (--texts), not documents: its first record "
        f"is the text of the record 'wire-1' of {news / 'wire.jsonl'}, which this run "
        "reads; name the file as an input to read it"))
