"""Gold annotations: quote-gold JSONL documents (``id``, ``text``, ``quotes``).

The scorer (:mod:`quotes.scoring`), ``quotes evaluate`` and the calibration read gold
files here; :func:`json_objects` is also how ``evaluate --pred`` reads exported JSONL, so
both report an unreadable line the same way: the file, the line and the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def json_objects(
    path: str | Path, error: type[ValueError]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON object on each non-blank line of a UTF-8 file (a BOM is skipped), with
    its line number; a line that is not a JSON object raises ``error`` naming file and
    line."""
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                where = f"{path}:{number}"
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise error(f"{where}: not UTF-8 text ({exc.reason})") from exc
                if line.strip():
                    yield number, _json_object(line, where, error)
    except OSError as exc:
        raise error(f"{path}: {exc.strerror or exc}") from exc


def _json_object(line: str, where: str, error: type[ValueError]) -> dict[str, Any]:
    """The JSON object of one line, or ``error`` naming the file and line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise error(f"{where}: not JSON ({exc.msg})") from exc
    except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
        raise error(f"{where}: unreadable JSON ({type(exc).__name__})") from exc
    if not isinstance(record, dict):
        raise error(f"{where}: not a JSON object")
    return record


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its id, its text and its quotes as quote-gold dicts."""

    id: str
    text: str
    quotes: list[dict[str, Any]]


class GoldError(ValueError):
    """A gold file that cannot be read; the message starts with ``FILE:LINE:``."""


def load_gold(path: str | Path) -> dict[str, GoldDoc]:
    """Read a quote-gold JSONL file into gold documents keyed by id, in file order."""
    docs: dict[str, GoldDoc] = {}
    for number, record in json_objects(path, GoldError):
        try:
            doc_id = str(record["id"])
            docs[doc_id] = GoldDoc(doc_id, record["text"], record.get("quotes") or [])
        except (KeyError, TypeError, AttributeError) as exc:
            raise GoldError(f"{path}:{number}: a gold document needs \"id\" and "
                            "\"text\" fields") from exc
    return docs
