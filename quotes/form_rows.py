"""A row the statements scope gives in place of a row of `--scope all`, and its method.

Shared by the rules that make such rows (:mod:`quotes.statement_forms`,
:mod:`quotes.quoted_fragments`) and by :mod:`quotes.rows`, which writes them.
"""

from __future__ import annotations

from typing import NamedTuple

from quotes.records import QuoteType


class Form(NamedTuple):
    """One statement row in place of a row of `all`: its type, offsets and method."""

    type: QuoteType
    start: int
    end: int
    method: str


def form_method(rule: str, method: str) -> str:
    """The method of a form: its rule, with the speaker pattern of the row it comes from
    (`quoted-as:subject` from `reported-object:subject`)."""
    _, colon, pattern = method.partition(":")
    return f"{rule}:{pattern}" if colon else rule
