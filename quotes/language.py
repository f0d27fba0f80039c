"""The vocabulary of the rules, read from the language's folder of data files.

Every word the rules look for (cue lemmas, noun and adjective cues, light verbs, titles,
given names, …) lives in ``quotes/lang/<lang>/<name>.txt``, one file per list, each
opening with a ``#`` comment that says what the list is for and where it is used. A new
language is a new folder; a reviewer reads the rules' vocabulary without reading code.

Two shapes of file: a *word list* (any number of words per line, read as one set) and a
*table* (one row per line, fields split on white space: `say speech`, `make clear case`).
Text after ``#`` is a comment in both. Each file is read once per process.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType

#: The language whose folder the rules read when none is named.
DEFAULT_LANG = "en"


def data_path(name: str, lang: str = DEFAULT_LANG) -> Traversable:
    """The packaged data file `name` of a language (``quotes/lang/<lang>/<name>``)."""
    return resources.files("quotes").joinpath("lang", lang, name)


@lru_cache(maxsize=128)
def table(name: str, lang: str = DEFAULT_LANG) -> tuple[tuple[str, ...], ...]:
    """The rows of ``quotes/lang/<lang>/<name>.txt``: the fields of each line that holds
    any once comments are dropped, in file order."""
    text = data_path(f"{name}.txt", lang).read_text("utf-8")
    rows = (tuple(line.split("#", 1)[0].split()) for line in text.splitlines())
    return tuple(row for row in rows if row)


@lru_cache(maxsize=128)
def word_list(name: str, lang: str = DEFAULT_LANG) -> frozenset[str]:
    """Every word of ``quotes/lang/<lang>/<name>.txt``, as written (case kept)."""
    return frozenset(word for row in table(name, lang) for word in row)


@lru_cache(maxsize=32)
def word_map(name: str, lang: str = DEFAULT_LANG) -> Mapping[str, tuple[str, ...]]:
    """A table read as key (its first field) to the rest of its row; a key on several
    lines gathers all their fields (`make clear case` and `make point` give `make` three
    words)."""
    out: dict[str, tuple[str, ...]] = {}
    for key, *rest in table(name, lang):
        out[key] = (*out.get(key, ()), *rest)
    return MappingProxyType(out)


@lru_cache(maxsize=32)
def word_classes(name: str, lang: str = DEFAULT_LANG) -> Mapping[str, str]:
    """A two-column table read as word (lower case) to its class: `say speech` gives
    `{"say": "speech"}`. A row of any other length is a mistake in the file."""
    out: dict[str, str] = {}
    for row in table(name, lang):
        if len(row) != 2:
            found = " ".join(row)
            raise ValueError(f"lang/{lang}/{name}.txt: expected `word class`, got {found!r}")
        out[row[0].lower()] = row[1]
    return MappingProxyType(out)
