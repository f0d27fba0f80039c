"""The command line through typer's CliRunner: outputs, formats, safety, help and docs."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import typer.main
from rich.console import Console
from typer.core import TyperCommand, TyperGroup
from typer.testing import CliRunner, Result

from quotes import __version__
from quotes.cli import app
from quotes.cli_run import CommandRun
from quotes.records import COLUMNS, Quote
from tests.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "fixtures" / "cli"
INPUTS = ROOT / "fixtures" / "inputs"
HTML = INPUTS / "harbour-pier.html"
FORMULAS = CLI / "formulas.csv"
CRANE = CLI / "crane.txt"
BOM = b"\xef\xbb\xbf"

runner = CliRunner()


def invoke(*args: object) -> Result:
    """Run ``quotes ARGS...`` in-process."""
    return runner.invoke(app, [str(a) for a in args])


# --- the program ----------------------------------------------------------------------


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"quotes {__version__}"


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "quotes", "--version"], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == f"quotes {__version__}"


#: A file name longer than the 255 bytes a file system takes for one name.
_LONG = "x" * 300


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["extract", "a.txt", "--bogus"],
         "error quotes extract: no such option: --bogus (try 'quotes extract --help')"),
        (["extract", "a.txt", "--scop", "all"],
         "error quotes extract: no such option: --scop; did you mean --scope? "
         "(try 'quotes extract --help')"),
        (["extract"], "error quotes extract: missing argument 'INPUT' "
         "(try 'quotes extract --help')"),
        (["extract", "a.txt", "--shard"], "error quotes extract: option '--shard' requires "
         "an argument (try 'quotes extract --help')"),
        (["extract", "a.txt", "--workers", "0"], "error quotes extract: invalid value for "
         "'--workers': "),
        (["evaluate", "gold.jsonl", "--errors", "many"], "error quotes evaluate: invalid "
         "value for '--errors': "),
        (["summarise", "a.txt"], "error quotes: no such command 'summarise' "
         "(try 'quotes --help')"),
        (["--bogus"], "error quotes: no such option: --bogus (try 'quotes --help')"),
        (["extract", "-", "-", "--workers", "1"], "error input - (standard input) is given "
         "twice; it can be read once: give it once"),
        (["speakers", "-", "-"], "error input - (standard input) is given twice"),
        # a name longer than the file system takes was a traceback of `Path.exists`
        (["extract", f"{_LONG}.txt"], f"error input {_LONG}.txt: File name too long"),
        (["speakers", f"{_LONG}.txt"], f"error input {_LONG}.txt: File name too long"),
        (["extract", "a.txt", "-o", f"{_LONG}.csv"],
         f"error --output {_LONG}.csv: File name too long"),
        (["extract", "a.txt", "--shard", "0/2", "-o", f"{_LONG}/"],
         f"error --output {_LONG}: File name too long"),
        (["merge", _LONG], f"error {_LONG}: File name too long"),
    ],
    ids=["unknown option", "misspelt option", "missing argument", "missing value",
         "value out of range", "not a number", "unknown command", "unknown top option",
         "stdin twice", "stdin twice to speakers", "input name too long",
         "speakers input name too long", "output name too long", "shard folder name too long",
         "merge folder name too long"],
)
def test_a_usage_error_is_one_line_and_exit_2(args: list[str], line: str) -> None:
    """Click's usage errors are one line naming the command, the mistake and where help
    is, not Typer's box of five lines; nothing goes to stdout."""
    result = runner.invoke(app, args, color=False)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(line), result.stderr


def test_a_usage_error_of_the_console_script_is_one_line() -> None:
    done = subprocess.run([sys.executable, "-m", "quotes", "extract", "--bogus"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert done.stderr == ("error quotes extract: no such option: --bogus "
                           "(try 'quotes extract --help')\n")


#: A gold file of one quote, and a prediction of it.
_GOLD = {"id": "pier", "text": '"The pier is shut," Ines Varga said.', "quotes": [
    {"start": 1, "end": 18, "text": "The pier is shut,", "type": "direct",
     "speaker": "Ines Varga", "speaker_start": 20, "speaker_end": 30}]}
_PRED = {"doc_id": "pier", "type": "direct", "quote": "The pier is shut,", "quote_start": 1,
         "quote_end": 18, "speaker": "Ines Varga"}


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["evaluate", "--help"], ["evaluate", "GOLD", "--pred", "PRED"],
     ["evaluate", "GOLD", "--pred", "PRED", "--json"]],
    ids=["help", "version", "command help", "scores", "scores as JSON"],
)
def test_a_full_disk_under_stdout_is_one_line_for_every_command(
    tmp_path: Path, args: list[str]
) -> None:
    """What rich and click print (help, the tables of scores) to a full disk was a
    traceback of 60 lines; now one line and exit 1, as for extract's rows."""
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(_GOLD) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(_PRED) + "\n", encoding="utf-8")
    args = [{"GOLD": str(gold), "PRED": str(pred)}.get(a, a) for a in args]
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "quotes", *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=300)
    assert (done.returncode, done.stderr) == (
        1, "error cannot write stdout: No space left on device\n"
    )


def _commands() -> dict[str, TyperCommand]:
    """Every command of the app by name (the app is one group of commands)."""
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return dict(group.commands)


def test_every_command_and_option_has_help_text() -> None:
    group = typer.main.get_command(app)
    missing = [f"quotes {p.name}" for p in group.params if not getattr(p, "help", None)]
    for name, command in _commands().items():
        if not (command.help or "").strip():
            missing.append(f"quotes {name}")
        missing.extend(
            f"quotes {name} {param.name}"
            for param in command.params
            if not (getattr(param, "help", None) or "").strip()
        )
    assert missing == []


@pytest.mark.parametrize("name", ["extract", "speakers", "review", "merge", "evaluate"])
def test_help_offers_only_what_the_command_takes(name: str) -> None:
    """No `--no-force` style twin of a flag (nothing to turn off), an option's value named
    by what it is, and no output format the command refuses."""
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "100"}, color=False)
    assert result.exit_code == 0, result.output
    assert "--no-" not in result.output
    assert "<float range>" not in result.output and "<int range>" not in result.output
    if name in ("speakers", "merge"):
        assert ".db" not in result.output and "sqlite" not in result.output


@pytest.mark.parametrize("name", ["", "extract", "speakers", "review", "merge", "evaluate"])
def test_help_shows_a_flag_as_a_flag_and_values_by_their_name(name: str) -> None:
    """`--force` and `--help` take no value, so no type follows them (Typer 0.29 wrote
    `--force <bool>`); an argument or option is named by what it takes (`INPUT`, `-o
    FILE`), never by a Python type (`<list[str]>`, `<path>`, `{inputs}`)."""
    result = runner.invoke(app, [name, "--help"] if name else ["--help"],
                           env={"COLUMNS": "100"}, color=False)
    assert result.exit_code == 0, result.output
    assert re.findall(r"<[a-z][\w\[\], ]*>|\{[a-z]\w*\}", result.output) == []
    assert re.search(r"--help +Show this message", result.output)
    if name:
        flag = "--json" if name == "evaluate" else "--force"
        assert re.search(rf"{flag} +[A-Z]", result.output), result.output


#: Every output name each command takes, by the format it writes.
_OUTPUT_NAMES = {
    "extract": [".csv", ".jsonl", ".ndjson", ".parquet", ".pq", ".xlsx", ".db", ".sqlite",
                ".sqlite3", ".csv.gz", ".jsonl.gz", ".ndjson.gz"],
    "speakers": [".csv", ".jsonl", ".ndjson", ".parquet", ".pq", ".xlsx", ".csv.gz",
                 ".jsonl.gz", ".ndjson.gz"],
    "merge": [".csv", ".jsonl", ".ndjson", ".parquet", ".pq", ".xlsx", ".csv.gz", ".jsonl.gz",
              ".ndjson.gz"],
    "review": [".html", ".htm"],
}


@pytest.mark.parametrize("name", list(_OUTPUT_NAMES))
def test_help_and_readme_name_every_output_extension_a_command_takes(name: str) -> None:
    """`.ndjson`, `.pq`, `.sqlite` and `.sqlite3` were taken by `-o` but named nowhere:
    the help names each extension the command writes, and the README each one too."""
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "100"}, color=False)
    said = " ".join(re.sub(r"[│\s]+", " ", result.output).split())
    readme = (ROOT / "README.md").read_text("utf-8")
    for suffix in _OUTPUT_NAMES[name]:
        assert re.search(rf"{re.escape(suffix)}(?![\w])", said), (name, suffix, said)
        assert f"`{suffix}`" in readme, suffix


def test_extract_help_names_the_columns_it_can_write() -> None:
    """`--columns` said "default: all" and named none: a first run had to write every
    column to learn what to ask for."""
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "100"}, color=False)
    said = " ".join(re.sub(r"[│\s]+", " ", result.output).split())
    assert ", ".join(COLUMNS) in said


def test_every_command_is_in_the_readme() -> None:
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("README.md is not written yet")
    text = readme.read_text("utf-8")
    absent = [name for name in _commands() if f"quotes {name}" not in text]
    assert absent == [], f"commands missing from README.md: {absent}"


# --- extract: spreadsheet-safe CSV, formats, columns ----------------------------------


def test_extract_csv_defuses_a_quote_that_starts_like_a_formula(tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    result = invoke("extract", FORMULAS, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(BOM)
    assert read_table(out)[0]["quote"] == "'=A1+A2 is the only formula you need,"


def test_extract_plain_csv_keeps_the_cell_as_written(tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    result = invoke("extract", FORMULAS, "-o", out, "--plain-csv")
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert not data.startswith(BOM)
    assert read_table(out)[0]["quote"] == "=A1+A2 is the only formula you need,"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_extract_columns_in_every_format(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"quotes{suffix}"
    result = invoke("extract", HTML, "-o", out, "--columns", "speaker,type,quote_start")
    assert result.exit_code == 0, result.output
    rows = read_table(out)
    assert [list(row) for row in rows] == [["speaker", "type", "quote_start"]] * len(rows)
    assert rows[0]["speaker"] == "Ines Varga"
    assert {row["type"] for row in rows} >= {"direct", "indirect"}
    assert str(rows[0]["quote_start"]).isdigit()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_extract_format_overrides_the_extension(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "quotes.out"
    result = invoke("extract", HTML, "-o", out, "--format", fmt, "--columns", "speaker")
    assert result.exit_code == 0, result.output
    rows = read_table(out.rename(out.with_suffix("." + fmt)))
    assert [row["speaker"] for row in rows][:2] == ["Ines Varga", "Ines Varga"]


def test_extract_jsonl_to_stdout_and_the_summary_on_stderr() -> None:
    result = invoke("extract", HTML, "--format", "jsonl", "--columns", "doc_id,quote_id")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["quote_id"] for row in rows] == list(range(1, len(rows) + 1))
    assert result.stderr.startswith(f"1 document, {len(rows)} quotes, 2 speakers, 0 errors")


@pytest.mark.parametrize("name", ["-", "/dev/stdout", "/dev/fd/1"])
@pytest.mark.parametrize(
    ("command", "args"),
    [("extract", ["--format", "jsonl", "--columns", "doc_id,quote_id,speaker"]),
     ("extract", []),
     ("speakers", [])],
    ids=["extract jsonl", "extract csv", "speakers"],
)
def test_output_dash_is_stdout(command: str, args: list[str], name: str, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o -` writes to stdout, as no `-o` does (a pipeline's `-o - -f jsonl | jq`); it
    was an error, "give a file path", and no file named `-` is made. `-o /dev/stdout`
    too: where stdout was a pipe or a file it was refused as a symbolic link."""
    monkeypatch.chdir(tmp_path)
    dashed = invoke(command, HTML, "-o", name, *args)
    assert dashed.exit_code == 0, dashed.output
    assert dashed.stdout == invoke(command, HTML, *args).stdout
    assert "Ines Varga" in dashed.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--columns", "speaker,nope"], "unknown column 'nope'"),
        (["--columns", ""], "--columns is empty"),
        # `--columns doc_id, quote`: the shell splits at the space; was "unknown column ''"
        (["--columns", "doc_id,"], "an empty column name in 'doc_id,' (a comma with no "
         "name after it; write the names without spaces, or quote them: --columns "
         '"doc_id, quote")'),
        (["--format", "xls"], "unknown output format 'xls'"),
        (["--format", "xlsx"], "xlsx output needs a file path"),
        (["--format", "parquet"], "parquet output needs a file path"),
        # `-` names stdout to other tools: no file named `-` is written
        (["--errors", "-"], "--errors -: give a file path"),
        (["-o", "-", "-f", "xlsx"], "xlsx output needs a file path"),
        # a file's extension names its format (JSONL in texts.csv opened as one column)
        (["--texts", "texts.csv"], "--texts texts.csv: written as JSONL, not the format "
         ".csv names; give a .jsonl name"),
        (["--errors", "errors.csv.gz"], "--errors errors.csv.gz: written as JSONL, not "
         "the format .csv.gz names; give a .jsonl name (or .jsonl.gz, compressed)"),
        (["-o", "out.csv", "-f", "jsonl"], "output out.csv: its extension names csv, "
         "--format jsonl; drop --format, or give the file the extension of its format"),
    ],
)
def test_extract_refuses_bad_output_options(args: list[str], message: str) -> None:
    result = invoke("extract", HTML, *args)
    assert result.exit_code == 2
    assert message in result.stderr


# --- speakers -------------------------------------------------------------------------


def test_speakers_table_with_roles_counts_and_documents(tmp_path: Path) -> None:
    out = tmp_path / "speakers.csv"
    result = invoke("speakers", CRANE, HTML, "-o", out)
    assert result.exit_code == 0, result.output
    rows = read_table(out)
    assert [(r["speaker"], r["role"], r["quotes"], r["direct"], r["indirect"]) for r in rows] == [
        ("Mira Solberg", "Harbour Authority chief executive", "3", "2", "1"),
        ("Tomas Reed", "Fisherman", "3", "2", "1"),
        ("Ines Varga", "Mayor", "2", "2", "0"),
        ("Arne Lund", "Dock worker", "1", "1", "0"),
    ]
    assert rows[0]["first_quote"] == "the new crane would arrive in June"
    assert rows[0]["doc_ids"] == str(CRANE)
    assert rows[0]["documents"] == "1"
    assert "4 speakers, 0 errors" in result.stderr


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_speakers_typed_formats(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"speakers{suffix}"
    result = invoke("speakers", CRANE, "-o", out)
    assert result.exit_code == 0, result.output
    first = read_table(out)[0]
    assert first["speaker"] == "Mira Solberg"
    assert (first["quotes"], first["direct"], first["mixed"]) == (3, 2, 0)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_speakers_typed_formats_give_an_empty_cell_as_null(tmp_path: Path, suffix: str) -> None:
    """A speaker with no role and no other name has null cells, as a quote row's empty
    cells are (the aliases cell was `""`, which a reader takes for a name)."""
    out = tmp_path / f"speakers{suffix}"
    result = invoke("speakers", CRANE, "-o", out)
    assert result.exit_code == 0, result.output
    lund = next(row for row in read_table(out) if row["speaker"] == "Arne Lund")
    assert (lund["role"], lund["aliases"]) == ("Dock worker", None)
    assert "" not in {value for row in read_table(out) for value in row.values()}


def test_speakers_csv_is_spreadsheet_safe_unless_plain(tmp_path: Path) -> None:
    safe, plain = tmp_path / "safe.csv", tmp_path / "plain.csv"
    assert invoke("speakers", FORMULAS, "-o", safe).exit_code == 0
    assert invoke("speakers", FORMULAS, "-o", plain, "--plain-csv").exit_code == 0
    by_first = {r["first_doc_id"]: r["first_quote"] for r in read_table(safe)}
    assert by_first["calc-1"] == "'=A1+A2 is the only formula you need,"
    plain_first = {r["first_doc_id"]: r["first_quote"] for r in read_table(plain)}
    assert plain_first["calc-1"] == "=A1+A2 is the only formula you need,"
    assert safe.read_bytes().startswith(BOM)
    assert not plain.read_bytes().startswith(BOM)


def test_speakers_reports_bad_records_and_exits_1(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = invoke("speakers", INPUTS / "wire.jsonl", "--errors", errors)
    assert result.exit_code == 1
    assert result.stdout.startswith("speaker,role,quotes")
    assert len(errors.read_text("utf-8").splitlines()) == 2
    assert "2 errors" in result.stderr


def test_speakers_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "speakers.csv"
    out.write_text("keep me", encoding="utf-8")
    result = invoke("speakers", CRANE, "-o", out)
    assert result.exit_code == 2
    assert out.read_text("utf-8") == "keep me"
    assert invoke("speakers", CRANE, "-o", out, "--force").exit_code == 0
    assert read_table(out)[0]["speaker"] == "Mira Solberg"


# --- review ---------------------------------------------------------------------------


def test_review_page_is_self_contained_and_escaped(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "<b>id</b>",
        "text": '"<script>alert(1)</script> is not news," said Mayor Ines Varga.',
    }) + "\n", encoding="utf-8")
    out = tmp_path / "review.html"
    result = invoke("review", HTML, hostile, "-o", out, "--title", "Check <this>")
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count("<script") == 1  # the filter bar's own script; the text's is escaped
    assert "http://" not in page and "https://" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;id&lt;/b&gt;" in page and "Check &lt;this&gt;" in page
    assert page.count('<section class="doc"') == 2
    for css_class in ('class="q direct"', 'class="sp"', 'class="cue"', "indirect"):
        assert css_class in page
    assert "2 documents, 6 quotes" in page


def test_review_needs_an_output_and_keeps_an_existing_page(tmp_path: Path) -> None:
    assert invoke("review", HTML).exit_code == 2
    out = tmp_path / "review.html"
    out.write_text("old", encoding="utf-8")
    assert invoke("review", HTML, "-o", out).exit_code == 2
    assert out.read_text("utf-8") == "old"


def test_review_writes_only_an_html_page(tmp_path: Path) -> None:
    result = invoke("review", HTML, "-o", tmp_path / "quotes.csv")
    assert result.exit_code == 2
    assert "review writes an HTML page; give a .html path" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_input_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    result = invoke("review", tmp_path / "nowhere.txt", "-o", out)
    assert result.exit_code == 2
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "rows"),
    [
        # JSONL, sniffed from the first line: a record with no id takes the FIFO's path
        ('{"id": "a", "text": "\\"We won,\\" Ana Ruiz said."}\n'
         '{"text": "\\"It rained,\\" Jon Barrow said."}\n',
         [("a", "We won,", "Ana Ruiz"), ("{pipe}:2", "It rained,", "Jon Barrow")]),
        # anything else is one text, named by the path
        ('"The pier opens in May," said Pia Sand.\n',
         [("{pipe}", "The pier opens in May,", "Pia Sand")]),
    ],
    ids=["jsonl", "text"],
)
def test_extract_reads_a_fifo_named_as_input_as_a_stream(
    tmp_path: Path, content: str, rows: list[tuple[str, str, str]]
) -> None:
    # `quotes extract <(zcat news.jsonl.gz)` and `mkfifo p; quotes extract p`: read once,
    # never sized, its format told by its content
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=(content,),
                              kwargs={"encoding": "utf-8"}, daemon=True)
    writer.start()
    result = invoke("extract", pipe, "-f", "jsonl", "--workers", "1")
    writer.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["quote"], r["speaker"]) for r in found] == [
        (doc_id.format(pipe=pipe), quote, speaker) for doc_id, quote, speaker in rows
    ]


@pytest.mark.parametrize("command", [["extract", "--workers", "1"], ["speakers"],
                                     ["review", "-o", "{out}/page.html"]],
                         ids=["extract", "speakers", "review"])
@pytest.mark.parametrize("quiet", [[], ["-q"]], ids=["", "quiet"])
def test_a_fifo_with_no_writer_yet_is_said_once_then_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], quiet: list[str]
) -> None:
    """A FIFO input that nothing writes to yet: each command says so once on stderr,
    under --quiet too (a quiet run hung saying nothing), and reads what a late writer
    sends."""
    from quotes import input_bytes, readers

    monkeypatch.setattr(input_bytes, "FIFO_NOTICE_SECONDS", 0.2)
    said = threading.Event()  # the writer comes once the wait was said

    def open_fifo(path: Path, on_wait: Callable[[], None]) -> object:
        return input_bytes.open_fifo(path, lambda: (on_wait(), said.set()))

    monkeypatch.setattr(readers, "open_fifo", open_fifo)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def late() -> None:
        said.wait(60)
        pipe.write_text('"The pier opens in May," said Pia Sand.\n', encoding="utf-8")

    writer = threading.Thread(target=late, daemon=True)
    writer.start()
    args = [part.format(out=tmp_path) for part in command]
    result = invoke(*args[:1], pipe, *args[1:], *quiet)
    writer.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "FIFO" in line] == [
        f"warning {pipe}: a FIFO with nothing writing to it yet; waiting for a writer (start "
        "the command that feeds it, or Ctrl-C to stop)"]
    assert "Pia Sand" in (result.stdout if command[0] != "review"
                          else (tmp_path / "page.html").read_text(encoding="utf-8"))


# --- progress -------------------------------------------------------------------------


def _run_five(console: Console, *, quiet: bool = False) -> CommandRun:
    run = CommandRun("extract", quiet=quiet, console=console)
    with run.running():
        for _ in range(5):
            run.done([Quote("direct", "Hi.", 0, 3, speaker="Ann Lee")])
    return run


def test_progress_bar_on_a_terminal_after_a_few_documents() -> None:
    stream = io.StringIO()
    run = _run_five(Console(file=stream, force_terminal=True, width=100))
    assert (run.documents, run.quotes, run.speakers) == (5, 5, {"Ann Lee"})
    assert "documents, 5 quotes" in stream.getvalue()


def test_progress_bar_shows_the_total_when_the_inputs_tell_it(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("One.", encoding="utf-8")
    (tmp_path / "more.jsonl").write_text('{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}\n',
                                         encoding="utf-8")
    stream = io.StringIO()
    run = CommandRun("extract", quiet=False, console=Console(file=stream, force_terminal=True,
                                                       width=120))
    with run.running():
        for _ in run.read([str(tmp_path)], id_field="id", text_field="text"):
            run.done([])
    assert run.documents == 5
    assert "/5 documents" in stream.getvalue()


@pytest.mark.parametrize(("terminal", "quiet"), [(False, False), (True, True)])
def test_no_progress_bar_off_a_terminal_or_when_quiet(terminal: bool, quiet: bool) -> None:
    stream = io.StringIO()
    _run_five(Console(file=stream, force_terminal=terminal), quiet=quiet)
    assert stream.getvalue() == ""


@pytest.mark.parametrize(
    ("doc_id", "printed"),
    [("wire\x1b[2J\x1b]0;owned\x07", "wire\\x1b[2J\\x1b]0;owned\\x07"),
     ("one\nerror forged: all good", "one\\nerror forged: all good"),
     ("txt.\u202eexe", "txt.\\u202eexe"), ("[red]x[/]", "[red]x[/]")],
    ids=["escape sequences", "a line break", "a right-to-left override", "markup"],
)
def test_an_error_line_shows_an_id_as_text_on_one_line(
    tmp_path: Path, doc_id: str, printed: str
) -> None:
    """A document id or file name is the input's to choose: printed raw, its escape
    sequences cleared the screen or retitled the terminal, and a line break forged a
    line of the report."""
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": doc_id, "text": "x" * 50}) + "\n", encoding="utf-8")
    result = invoke("extract", source, "--max-doc-chars", "10", "--workers", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"error {printed}: 50 characters, over the limit of 10 (--max-doc-chars)")


@pytest.mark.parametrize("command", ["extract", "speakers"])
def test_quiet_hides_the_summary_and_warnings_but_not_a_failed_documents_line(
    tmp_path: Path, command: str
) -> None:
    """`-q` is "no progress, warnings or summary": a run of a file with a broken line and
    a too-long document exited 1 saying nothing of which failed or why."""
    source = tmp_path / "news.jsonl"
    source.write_text(
        '{"id": "ok", "text": "Ana Ruiz said the pier would close."}\n'
        "{not json\n"
        + json.dumps({"id": "long", "text": "The council met. " * 20}) + "\n"
        + '{"id": "ok", "text": "Ana Ruiz said the pier would close."}\n',
        encoding="utf-8",
    )
    result = invoke(command, source, "-q", "--max-doc-chars", "200")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error {source}:2: malformed JSON: Expecting property name enclosed in double "
        "quotes: column 2",
        "error long: 340 characters, over the limit of 200 (--max-doc-chars)",
    ]
