"""No path destroys a file: every output is checked like `-o`, written atomically, and a
fault while writing is one line naming the path, with no temp file left behind."""

from __future__ import annotations

import errno
import gc
import io
import json
import os
import socket
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotes import review
from quotes.atomic_sink import AtomicSink, partial_path
from quotes.cli import app
from quotes.outputs import OutputError, OutputExistsError, check_outputs, check_target
from quotes.writers import open_writer

runner = CliRunner()
GOOD = '"The tide turns at six," Ada Lind said.\n'


def extract(*args: object) -> Result:
    return runner.invoke(app, ["extract", "--workers", "1", *map(str, args)])


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*partial*"))


# -- destructive paths are refused before the run (exit 2), nothing touched ----------------


def test_errors_report_never_overwrites_an_input(article: Path, tmp_path: Path) -> None:
    result = extract(article, "-o", tmp_path / "out.csv", "--errors", article, "--force")
    assert result.exit_code == 2
    assert "--errors" in result.output and "is also an input" in result.output
    assert article.read_text(encoding="utf-8") == GOOD
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(
    ("command", "option"),
    [("extract", ["-o", "{doc}", "-f", "csv"]), ("extract", ["-o", "{doc}", "-f", "jsonl"]),
     ("extract", ["-o", "{out}", "--errors", "{doc}"]),
     ("extract", ["-o", "{out}", "--texts", "{doc}"]),
     ("speakers", ["-o", "{doc}", "-f", "csv"])],
    ids=["-o as csv", "-o as jsonl", "--errors", "--texts", "speakers -o"],
)
def test_force_never_replaces_a_document_of_an_input_folder(
    tmp_path: Path, command: str, option: list[str]
) -> None:
    """`quotes extract news/ -o news/story.txt -f csv --force` replaced a story of the
    folder with the rows (and `--errors news/story.txt` with the report): the file is one
    of the run's documents, not an earlier output, which --force is for."""
    folder = tmp_path / "news"
    folder.mkdir()
    doc = folder / "story.txt"
    doc.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.csv"
    args = [a.format(doc=doc, out=out) for a in option]
    result = runner.invoke(app, [command, str(folder), "--workers", "1", *args, "--force"]
                           if command == "extract" else [command, str(folder), *args, "--force"])
    assert result.exit_code == 2
    assert f"{doc} is a file of the input folder {folder}, not an earlier output" in \
        result.output
    assert doc.read_text(encoding="utf-8") == GOOD
    assert not out.exists()


def test_force_replaces_an_earlier_output_in_the_input_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(GOOD, encoding="utf-8")
    out, report = folder / "quotes.csv", folder / "errors.jsonl"
    for _ in range(2):
        result = extract(folder, "-o", out, "--errors", report, "--force")
        assert result.exit_code == 0, result.output
    assert "Ada Lind" in out.read_text(encoding="utf-8-sig")


def test_errors_report_and_rows_never_share_a_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = extract(article, "-o", out, "--errors", tmp_path / "." / "out.jsonl")
    assert result.exit_code == 2
    assert "give each output its own path" in result.output
    assert not out.exists()


def test_an_existing_errors_report_needs_force(article: Path, tmp_path: Path) -> None:
    report = tmp_path / "errors.jsonl"
    report.write_text("keep me\n", encoding="utf-8")
    result = extract(article, "-o", tmp_path / "out.csv", "--errors", report)
    assert result.exit_code == 2 and "use --force" in result.output
    assert report.read_text(encoding="utf-8") == "keep me\n"


def test_force_never_replaces_a_symbolic_link(article: Path, tmp_path: Path) -> None:
    kept = tmp_path / "precious.csv"
    kept.write_text("precious\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(kept)
    result = extract(article, "-o", link, "--force")
    assert result.exit_code == 2 and "symbolic link" in result.output
    assert link.is_symlink() and kept.read_text(encoding="utf-8") == "precious\n"


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


@pytest.mark.parametrize(("make", "kind"), [(_fifo, "FIFO"), (_socket, "socket")],
                         ids=["fifo", "socket"])
def test_force_never_replaces_a_special_file(
    article: Path, tmp_path: Path, make: Callable[[Path], None], kind: str
) -> None:
    special = tmp_path / "special.csv"
    make(special)
    result = extract(article, "-o", special, "--force")
    assert result.exit_code == 2 and kind in result.output
    assert not special.is_file() and special.exists()


# -- a character device (`-o /dev/null`) is written into, never replaced -----------------


def _devices_beside_null() -> list[str]:
    """The files a run could have left beside /dev/null (a temp file, a lock)."""
    return sorted(name for name in os.listdir("/dev") if name.startswith(".null"))


@pytest.mark.parametrize("args", [[], ["-f", "jsonl"], ["-f", "parquet"], ["-f", "xlsx"],
                                  ["--errors", "/dev/null"], ["--force"], ["--shard", "0/2"]],
                         ids=["csv", "jsonl", "parquet", "xlsx", "errors-too", "force", "a shard"])
def test_dev_null_takes_the_rows(article: Path, args: list[str]) -> None:
    """Rule device-output: a user who wants only the summary or a timing run writes the
    rows to /dev/null, which stays the device it was, with nothing left beside it."""
    before = _devices_beside_null()
    result = extract(article, "-o", "/dev/null", *args)
    assert result.exit_code == 0, result.output
    assert "1 document, 1 quote" in result.output
    assert Path("/dev/null").is_char_device()
    assert _devices_beside_null() == before


@pytest.mark.parametrize("command", ["review", "speakers"])
def test_the_other_commands_write_into_dev_null(article: Path, command: str) -> None:
    result = runner.invoke(app, [command, str(article), "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert Path("/dev/null").is_char_device()


def test_a_database_needs_a_file_not_a_device(article: Path) -> None:
    result = extract(article, "-o", "/dev/null", "-f", "sqlite")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error --output /dev/null is a character device; a SQLite database needs a file, "
        "give another format (-f csv) or a file path"]


def test_a_device_is_opened_without_truncating_or_creating(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[int] = []
    real_open = os.open

    def recorded(path: object, flags: int, *args: object) -> int:
        opened.append(flags)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", recorded)
    check_target(Path("/dev/null"), force=False)  # no --force needed: nothing is replaced
    sink = AtomicSink(Path("/dev/null"))
    sink.stream.write(b"rows\n")
    sink.commit()
    assert opened and all(not flags & (os.O_TRUNC | os.O_CREAT) for flags in opened)
    assert sink.temp is None and Path("/dev/null").is_char_device()


@pytest.mark.parametrize("args", [["--batch-size", "0"], ["--workers", "0"], ["--workers", "-2"],
                                  ["--max-doc-chars", "0"]])
def test_numbers_out_of_range_are_usage_errors(
    article: Path, tmp_path: Path, args: list[str]
) -> None:
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "o.csv"), *args])
    assert result.exit_code == 2
    assert not (tmp_path / "o.csv").exists()


def test_outputs_are_checked_together() -> None:
    with pytest.raises(OutputError, match=r"--errors out\.csv is also the --output"):
        check_outputs({"--output": Path("out.csv"), "--errors": Path("out.csv")})


# -- publishing never replaces what another run wrote meanwhile -----------------------------


def test_a_file_created_meanwhile_is_not_replaced_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    writer = open_writer(out)
    writer.write({"doc_id": "mine"})
    out.write_text("the other run's rows\n", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="created by another run meanwhile"):
        writer.close()
    assert out.read_text(encoding="utf-8") == "the other run's rows\n"
    assert leftovers(tmp_path) == []


def test_with_force_the_newer_rows_win(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    writer = open_writer(out, force=True)
    writer.write({"doc_id": "mine"})
    out.write_text("the other run's rows\n", encoding="utf-8")
    writer.close()
    assert "mine" in out.read_text(encoding="utf-8-sig")


def test_a_dead_runs_temp_file_is_removed_when_the_target_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = partial_path(out, int(dead.stdout))
    stale.write_text("half a run", encoding="utf-8")
    alive = partial_path(out, os.getppid())
    alive.write_text("a run still going", encoding="utf-8")
    with open_writer(out) as writer:
        writer.write({"doc_id": "a"})
    assert not stale.exists() and alive.exists()


# -- faults while writing: one line, exit 1, no temp file ----------------------------------


def _failing_fsync(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_is_one_line_and_leaves_nothing(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.csv"
    monkeypatch.setattr(os, "fsync", _failing_fsync)
    result = extract(article, "-o", out)
    assert result.exit_code == 1
    assert f"cannot write {out}: No space left on device" in result.output
    assert "Traceback" not in result.output
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_full_disk_under_a_workbook_is_one_line_and_leaves_nothing(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """xlsxwriter wraps the OS error in its own FileCreateError: the command printed a
    traceback, and the half-written archive another at exit (`seek of closed file`)."""
    def full(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    unraisable: list[object] = []
    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    out = tmp_path / "out.xlsx"
    result = extract(article, "-o", out)
    gc.collect()
    assert result.exit_code == 1
    assert f"error cannot write {out}: No space left on device" in result.output
    assert not out.exists() and leftovers(tmp_path) == []
    assert unraisable == []


class _FullDisk(io.RawIOBase):
    """A file on a full disk: every write fails."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_under_the_review_page_is_one_line_and_leaves_nothing(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's writes were unguarded: a traceback, and the temp file left behind."""
    class FullSink(AtomicSink):
        def __init__(self, path: Path) -> None:
            super().__init__(path)
            self.stream.close()
            self.stream = io.BufferedWriter(_FullDisk(), buffer_size=16)

    monkeypatch.setattr(review, "AtomicSink", FullSink)
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(article), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"error cannot write {out}: No space left on device" in result.output
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_full_disk_while_rows_are_written_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sink = AtomicSink(tmp_path / "out.csv")
    assert sink.temp is not None and sink.temp.exists()
    error = sink.fault(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert str(error) == f"cannot write {tmp_path / 'out.csv'}: No space left on device"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("command", ["extract", "speakers", "review"])
def test_a_read_only_folder_is_found_before_the_run(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def read_only(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).parent == locked and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    result = runner.invoke(app, [command, str(article), "-o", str(locked / "out.csv")])
    assert result.exit_code == 2
    assert f"cannot write --output {locked / 'out.csv'}: Read-only file system" in result.output
    assert "documents" not in result.output  # refused before any document was read
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize(("command", "suffix", "hint"), [
    ("extract", ".csv", "give a file path, or --shard I/N to write shard files in it"),
    ("speakers", ".csv", "give a file path"),
    ("review", ".html", "give a file path"),
])
def test_an_existing_folder_named_as_the_output_is_refused(
    article: Path, tmp_path: Path, command: str, suffix: str, hint: str
) -> None:
    folder = tmp_path / f"results{suffix}"
    folder.mkdir()
    result = runner.invoke(app, [command, str(article), "-o", str(folder)])
    assert result.exit_code == 2
    assert result.output.strip() == f"error --output {folder} is a folder; {hint}"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("args", "named", "hint"), [
    (["extract", "-o", "{tmp}/out.csv/"], "--output {tmp}/out.csv/",
     "give a file path, or --shard I/N to write shard files in it"),
    (["extract", "-o", "{tmp}/out.jsonl", "--errors", "{tmp}/logs/"], "--errors {tmp}/logs/",
     "give a file path"),
    (["extract", "-o", "{tmp}/out.jsonl", "--texts", "{tmp}/texts.jsonl/"],
     "--texts {tmp}/texts.jsonl/", "give a file path"),
    (["extract", "--shard", "0/2", "-o", "{tmp}/shards", "--errors", "{tmp}/logs/"],
     "--errors {tmp}/logs/", "give a file path"),
    (["speakers", "-o", "{tmp}/speakers.csv/"], "--output {tmp}/speakers.csv/",
     "give a file path"),
    (["review", "-o", "{tmp}/page.html/"], "--output {tmp}/page.html/", "give a file path"),
], ids=["extract -o", "--errors", "--texts", "a shard's --errors", "speakers -o", "review -o"])
def test_an_output_named_with_a_trailing_slash_is_a_folder(
    article: Path, tmp_path: Path, args: list[str], named: str, hint: str
) -> None:
    """`-o out.csv/` was read as the file `out.csv` (pathlib drops the slash), where the
    user named a folder, or slipped: it is refused in one line, as `cp` refuses it, and
    nothing is written."""
    args = [a.format(tmp=tmp_path) for a in args]
    result = runner.invoke(app, [args[0], str(article), *args[1:]])
    assert result.exit_code == 2
    assert result.output == f"error {named.format(tmp=tmp_path)} names a folder (it ends " \
        f"in /); {hint}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_a_shard_output_named_with_a_trailing_slash_is_its_folder(
    article: Path, tmp_path: Path
) -> None:
    """`--shard 0/1 -o results.csv/` names the shard folder, made as one named without a
    dot is; `merge results.csv/` reads it."""
    result = extract(article, "--shard", "0/1", "-o", f"{tmp_path}/results.csv/", "-q")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "results.csv" / "shard-0000-of-0001.csv").is_file()
    merged = runner.invoke(app, ["merge", f"{tmp_path}/results.csv/", "-o",
                                 str(tmp_path / "all.csv")])
    assert merged.exit_code == 0, merged.output
    assert "Ada Lind" in (tmp_path / "all.csv").read_text("utf-8-sig")


@pytest.mark.parametrize(("output", "said"), [
    ("{tmp}/merged.csv/", "--output {tmp}/merged.csv/ names a folder (it ends in /); give "
     "a file path"),
    ("{tmp}/shards/shard-0000-of-0001.csv", "--output {tmp}/shards/shard-0000-of-0001.csv "
     "is also an input; choose another output path"),
], ids=["trailing slash", "a shard file"])
def test_merge_names_its_output_as_the_other_commands_do(
    article: Path, tmp_path: Path, output: str, said: str
) -> None:
    """`merge -o merged.csv/` said `error output …` where `extract`, `speakers` and
    `review` say `--output`, the option the user typed."""
    assert extract(article, "--shard", "0/1", "-o", tmp_path / "shards", "-q").exit_code == 0
    merged = runner.invoke(app, ["merge", str(tmp_path / "shards"), "-o",
                                 output.format(tmp=tmp_path)])
    assert merged.exit_code == 2
    assert merged.output == f"error {said.format(tmp=tmp_path)}\n"


def test_a_full_stdout_is_one_line(article: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "quotes", "extract", str(article),
                               "--workers", "1"], stdout=full, stderr=subprocess.PIPE,
                              text=True, check=False, timeout=300)
    assert done.returncode == 1
    assert "cannot write stdout: No space left on device" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_error_report_is_written_when_rows_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    report = tmp_path / "errors.jsonl"
    result = extract(bad, "-o", tmp_path / "o.csv", "--errors", report)
    assert result.exit_code == 1
    [row] = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert row["reason"].startswith("no 'text' field")


def _full_lock_file(real_write: Callable[[int, bytes], int]) -> Callable[[int, bytes], int]:
    """`os.write` on a disk that has no room left for the lock file's process id."""
    def write(fd: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".lock"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)
    return write


def _full_folder(real_open: Callable[..., int], folder: Path) -> Callable[..., int]:
    """`os.open` in a folder whose disk has no room (or no inode) left for a new file."""
    def open_(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(path, flags, *args)
    return open_


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
@pytest.mark.parametrize(("where", "name", "said"), [
    # the lock file's process id: printed `cannot write stdout`, the rows' stream
    ("lock", "out.csv", "cannot write --output {out}: its lock file .out.csv.lock: "
                        "No space left on device"),
    ("lock", "out.db", "cannot write --output {out}: its lock file .out.db.lock: "
                       "No space left on device"),
    # the check that the folder takes a new file: exit 2, as for a mistyped option
    ("folder", "out.jsonl", "cannot write --output {out}: No space left on device"),
    # the tables of a new database: exit 2
    ("tables", "out.db", "cannot write output {out}: database or disk is full"),
])
def test_a_full_disk_met_before_the_run_is_exit_1_as_one_met_while_writing(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, name: str,
    said: str,
) -> None:
    """The README's exit codes: 1 when a write fails (a full disk), 2 for a user's
    mistake. A full disk met before the first row, where the command checks or
    prepares its outputs, ended with 2 (or a wrong line, naming stdout)."""
    import sqlite3

    from quotes.sqlite import SqliteWriter

    folder = tmp_path / "full"
    folder.mkdir()
    out = folder / name
    if where == "lock":
        monkeypatch.setattr(os, "write", _full_lock_file(os.write))
    elif where == "folder":
        monkeypatch.setattr(os, "open", _full_folder(os.open, folder))
    else:
        def full(self: SqliteWriter, *_: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")
        monkeypatch.setattr(SqliteWriter, "_create", full)
    result = extract(article, "-o", out)
    assert result.exit_code == 1, result.output
    assert result.output == f"error {said.format(out=out)}\n"
    assert list(folder.iterdir()) == []  # no output, temp file nor lock file left


@pytest.mark.parametrize(("option", "name", "corpus"), [
    ("-o", "wire.jsonl", '{"id": "w1", "text": "\\"The tide turns at six,\\" Ada Lind said."}\n'),
    ("-o", "wire.csv", 'id,text\nw1,"""The tide turns at six,"" Ada Lind said."\n'),
    ("--errors", "wire.jsonl", '{"id": "w1", "text": "Nothing was said."}\n'),
    ("--texts", "wire.jsonl", '{"url": "https://example.org/1", "text": "Nothing."}\n'),
])
def test_a_corpus_of_the_input_folder_named_as_an_output_is_never_replaced(
    tmp_path: Path, option: str, name: str, corpus: str
) -> None:
    """`quotes extract news/ -o news/wire.jsonl --force`, with `wire.jsonl` one of the
    folder's documents: the read skipped it as this run's output, and the run replaced
    the corpus with its rows. A file named as the output is replaced only when it is a
    table an earlier run wrote (its first line says so)."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "pier.txt").write_text(GOOD, encoding="utf-8")
    target = news / name
    target.write_text(corpus, encoding="utf-8")
    others = [] if option == "-o" else ["-o", tmp_path / "rows.csv"]
    result = extract(news, option, target, *others, "--force")
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error {'--output' if option == '-o' else option} {target} is a file of documents "
        f"in the input folder {news}, not an earlier output (its first line is no table "
        "`quotes` wrote); choose another path\n")
    assert target.read_text(encoding="utf-8") == corpus


@pytest.mark.parametrize("name", ["story.html", "story.htm"])
def test_review_never_replaces_an_article_page_of_the_input_folder(
    tmp_path: Path, name: str
) -> None:
    """`quotes review news/ -o news/story.html --force`, with `story.html` an article of
    the folder: the read skipped it as this run's output, and the review page replaced
    the article. A page is replaced only when `quotes review` wrote it."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "pier.txt").write_text(GOOD, encoding="utf-8")
    story = news / name
    page = '<html><body><p>"The tide turns at six," Ada Lind said.</p></body></html>\n'
    story.write_text(page, encoding="utf-8")
    result = runner.invoke(app, ["review", str(news), "-o", str(story), "--force"])
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error output {story} is a file of documents in the input folder {news}, not an "
        "earlier output (it is no page `quotes review` wrote); choose another path\n")
    assert story.read_text(encoding="utf-8") == page
    review_page = news / f"review{story.suffix}"
    for _ in range(2):  # an earlier review page is replaced
        again = runner.invoke(app, ["review", str(news), "-o", str(review_page), "--force"])
        assert again.exit_code == 0, again.output
