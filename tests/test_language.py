"""The language folder: every word list is a data file with a header, read by one module."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from quotes import language

LANG_DIR = Path(str(resources.files("quotes").joinpath("lang", "en")))
LISTS = sorted(p.stem for p in LANG_DIR.glob("*.txt"))
SOURCES = "\n".join(p.read_text("utf-8") for p in Path(language.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("name", LISTS)
def test_each_list_opens_with_a_header_and_is_used(name: str) -> None:
    text = (LANG_DIR / f"{name}.txt").read_text("utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    # a header that says what the list is for and where the rules use it
    assert len(header) >= 2 and "Used by quotes/" in " ".join(header)
    assert language.word_list(name), "a list with no words"
    # read by name somewhere in the package (no orphan files)
    assert re.search(rf"""["']{re.escape(name)}["']""", SOURCES), f"{name} is read nowhere"


@pytest.mark.parametrize(
    "text, rows, words, mapping",
    [
        # a word list: many words a line, comments dropped, case kept
        ("# what\nI We  # openers\nno\n", [("I", "We"), ("no",)], {"I", "We", "no"}, None),
        # a table whose key repeats gathers its rows' fields in order
        (
            "# what\nmake clear case\ntake aim\nmake point\n",
            [("make", "clear", "case"), ("take", "aim"), ("make", "point")],
            {"make", "clear", "case", "take", "aim", "point"},
            {"make": ("clear", "case", "point"), "take": ("aim",)},
        ),
    ],
)
def test_files_read_as_lists_tables_and_maps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text, rows, words, mapping
) -> None:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "probe.txt").write_text(text, "utf-8")
    monkeypatch.setattr(language, "data_path", lambda name, lang: tmp_path / lang / name)
    for cached in (language.table, language.word_list, language.word_map):
        cached.cache_clear()
    try:
        assert language.table("probe", "xx") == tuple(rows)
        assert language.word_list("probe", "xx") == frozenset(words)
        if mapping is not None:
            assert dict(language.word_map("probe", "xx")) == mapping
    finally:
        for cached in (language.table, language.word_list, language.word_map):
            cached.cache_clear()


def test_an_unknown_language_is_a_missing_folder() -> None:
    with pytest.raises(FileNotFoundError):
        language.word_list("cues", "zz")
