"""The spreadsheet-safe CSV's formula guard: one ``'`` before a text cell that a
spreadsheet would run as a formula (CWE-1236), and how to undo it.

The CSV writer (:mod:`quotes.text_formats`) applies :func:`guard`; reading an export back
(:mod:`quotes.predictions`, :mod:`quotes.merge`) applies :func:`unguard`, which undoes
it exactly, so offsets hold again.
"""

from __future__ import annotations

import re

#: Characters that start a formula or command in some spreadsheet (CWE-1236), ASCII and
#: full-width: a cell starting with one, even behind spaces or line breaks, is guarded.
_ALWAYS_FORMULA = frozenset("=@＝＠")
#: Signs that start a formula only when what follows parses as one (see :func:`needs_guard`).
_SIGNS = frozenset("+-＋－")
#: Whitespace a spreadsheet may skip before reading a formula.
_LEADING_SPACE = " \n\u3000\u00a0"
#: Characters that make a signed cell a function call, a DDE command or a sheet reference.
_FORMULA_SYNTAX = frozenset("(|!")
#: A signed cell that is arithmetic on numbers, spaced or not (`- 5`, `-1 + 1`, `+3 * 2%`).
_ARITHMETIC = re.compile(r"[\d\s.,%+\-*/^]*")


def needs_guard(cell: str) -> bool:
    """Whether the spreadsheet-safe CSV puts one ``'`` before this text cell.

    Leading ``'`` are looked through, so that :func:`unguard` can always undo
    :func:`guard`. Then a cell is guarded when it starts with a tab or a carriage return,
    or, after any spaces and line breaks, with ``=`` or ``@`` (or their full-width forms
    ``＝`` ``＠``), or with ``+`` or ``-`` (``＋`` ``－``) followed by a single word with no
    space (``-A1+B2``, ``+5``), by arithmetic on numbers (``- 5``, ``-1 + 1``) or by
    anything containing ``(``, ``|`` or ``!`` (a function call, a DDE command, a sheet
    reference: ``-2+3+cmd|' /C calc'!A0``). Prose such as
    ``-10% in a year, prices fell`` is left as it is: LibreOffice reads it as text (tested
    by converting CSV to .xlsx headless), and a guard there would break offsets for nothing.
    """
    text = cell.lstrip("'")
    if text.startswith(("\t", "\r")):
        return True
    text = text.lstrip(_LEADING_SPACE)
    if not text:
        return False
    if text[0] in _ALWAYS_FORMULA:
        return True
    if text[0] not in _SIGNS or len(text) == 1:
        return False
    rest = text[1:]
    return (
        not any(c.isspace() for c in rest)
        or any(c in _FORMULA_SYNTAX for c in rest)
        or _ARITHMETIC.fullmatch(rest) is not None
    )


def guard(cell: str) -> str:
    """The cell as the spreadsheet-safe CSV writes it: one ``'`` first if it needs a guard."""
    return "'" + cell if needs_guard(cell) else cell


def unguard(cell: str) -> str:
    """Undo :func:`guard`: drop the one leading ``'`` it added (and only that)."""
    return cell[1:] if cell.startswith("'") and needs_guard(cell[1:]) else cell
