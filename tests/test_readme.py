"""The README as a new user reads it: its console examples print what it shows, every
option of every command is named in it, and what it tells a library user to catch exists.

The examples are read from README.md itself, so an example that drifts from the code (a
rule that changed a row, a renamed option) fails here rather than in a user's first hour.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

import quotes
from quotes.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
#: The line a README output block uses for rows it leaves out.
ELIDED = "…"
#: The run's time at the end of a summary line, which no two runs share.
TIME = re.compile(r" in [\d.]+s$")

runner = CliRunner()


def _shown_runs() -> list[tuple[str, list[str]]]:
    """Each `$ quotes …` line of a console block that writes to stdout (no `-o`), with
    the output lines the README shows under it."""
    runs: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL):
        command: str | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                command = line[2:] if line.startswith("$ quotes ") else None
                if command is not None:
                    runs.append((command, []))
            elif command is not None:
                runs[-1][1].append(line)
    return [(c, shown) for c, shown in runs if shown and "-o" not in shlex.split(c)]


def _in_order(shown: list[str], printed: list[str]) -> bool:
    """Whether the shown rows are the printed ones, `…` standing for any run of rows."""
    at = 0
    for line in shown:
        if line == ELIDED:
            continue
        try:
            at = printed.index(line, at) + 1
        except ValueError:
            return False
    return ELIDED in shown or len([s for s in shown if s != ELIDED]) == len(printed)


RUNS = _shown_runs()


def test_every_console_example_prints_what_the_readme_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`quotes extract fixtures/articles/kessen.txt …` and the others, run as written from
    the project's folder: the rows (all of them, or those shown around `…`) and the
    summary line but for its time. The default scope's example lacked the mixed row of
    `called the barrier the region's "last wall"` and counted 11 quotes for 12."""
    assert len(RUNS) >= 3, RUNS  # the example, the two scopes, quotes speakers
    monkeypatch.chdir(ROOT)
    wrong = []
    for command, shown in RUNS:
        result = runner.invoke(app, shlex.split(command)[1:])
        summary = TIME.sub("", result.stderr.strip().splitlines()[-1])
        if (result.exit_code, summary) != (0, TIME.sub("", shown[-1])) or not _in_order(
            shown[:-1], result.stdout.splitlines()
        ):
            wrong.append((command, result.stdout, result.stderr))
    assert wrong == []


def test_every_option_of_every_command_is_in_the_readme() -> None:
    """An option a command's help lists but the README never names (`--preview`,
    `--max-doc-chars`, `--max-doc-seconds`) is one a reader of the README cannot find."""
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    absent = sorted(
        f"{name} {option}"
        for name, command in commands.items()
        for param in command.params
        for option in param.opts
        if option.startswith("--") and option != "--help"
        and not re.search(rf"(?<![\w-]){option}(?![\w-])", README)
    )
    assert absent == []


def test_the_error_the_readme_names_for_a_model_without_a_parser_can_be_caught() -> None:
    """`quotes.ModelNotFoundError`: the README names it for `model=` a pipeline with no
    parser; a script catching it by that name got an AttributeError instead."""
    with pytest.raises(quotes.ModelNotFoundError, match="no parser"):
        quotes.extract("Ana Ruiz said the pier would close.", model="blank:en")


def test_the_gold_example_is_a_gold_file_the_engine_is_scored_on(tmp_path: Path) -> None:
    """The quote-gold line the README shows under `quotes evaluate` is a whole gold file:
    read, checked and scored (a user writing gold of their own had only a path outside the
    project to learn the format from)."""
    example = re.search(r"```json\n(.*?)```", README, flags=re.DOTALL)
    assert example is not None, "no quote-gold example in README.md"
    gold = tmp_path / "gold.jsonl"
    gold.write_text(example.group(1), "utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--json", "--strict-names"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"]["overall"]
    assert (overall["gold"], overall["pred"], overall["attribution"]["f1"]) == (2, 2, 1.0)
