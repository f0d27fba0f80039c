"""The checks of the library's public arguments: a wrong one is a one-line error that
names it, raised when the call is made, never a traceback from deep inside the engine
nor a stream that silently yields nothing.

Used by :mod:`quotes` (``extract``, ``extract_many``, ``to_dataframe``) and
:class:`quotes.engine.Engine` (``extract``, ``pipe``); the scope is checked by
:func:`quotes.scope.check_scope`. Imports no spaCy, as the CLI
imports :mod:`quotes` when it starts.
"""

from __future__ import annotations

from collections.abc import Iterable


def checked_text(value: object, caller: str) -> str:
    """`value` when it is a str, else a TypeError that says what to pass (bytes: decode
    them; `Engine.extract(None)` failed inside the markup reader)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        raise TypeError(f"{caller} takes text (str), got {type(value).__name__}; "
                        "decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"{caller} takes text (str), got {type(value).__name__}")


def checked_texts(value: object, caller: str) -> Iterable[object]:
    """`value` when it is an iterable of texts, else a TypeError naming the argument: one
    text (a `str` is read one character at a time, a quote-less "text" each) or a thing
    that is no iterable (`None` failed as "'NoneType' object is not iterable")."""
    if isinstance(value, str | bytes | bytearray):
        raise TypeError(f"{caller} takes an iterable of texts, not one text; "
                        "use quotes.extract(text) or pass [text]")
    if not isinstance(value, Iterable):
        raise TypeError(f"{caller} takes an iterable of texts (str), "
                        f"got {type(value).__name__}")
    return value


def checked_batch_size(value: object) -> int:
    """`value` when it is a whole number of at least 1, else a ValueError: a batch of no
    texts ended the stream, every text's row lost (`Engine.pipe(texts, batch_size=0)`
    yielded nothing)."""
    whole = isinstance(value, int) and not isinstance(value, bool)
    if not whole or value < 1:  # type: ignore[operator]
        raise ValueError(f"batch_size is the number of texts parsed at once: at least 1, "
                         f"got {value!r}" + ("" if whole else ", a whole number is needed"))
    return value  # type: ignore[return-value]

