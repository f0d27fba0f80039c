"""The full stop of `No.` before a numeral read as a space by the parser.

In `As Jo Hale, the No. 2 in the party, put it: "…"` or `the world No. 1 said` the
tokenizer splits the stop off `No` (`No.` is also the answer that ends a sentence), and
the stop then ends the sentence or cuts the description short, so the quote lost its
speaker (`the world No`). :func:`space_number_signs` writes a space for that stop in the
text the parser reads; one character for one, so every offset, and every word a row
shows (taken from the text as given), stays the same.
"""

from __future__ import annotations

import re

from quotes.language import word_list

#: `No` or `Nos` (number-signs.txt), its full stop (the one replaced), then a numeral
#: with or without a space between (`No. 2`, `No.1`).
_SIGNS = "|".join(sorted(map(re.escape, word_list("number-signs"))))
_SIGN_STOP = re.compile(r"\b(?:" + _SIGNS + r")(\.)(?= ?\d)")
#: A number sign as the parser reads it, its stop a space, then a numeral (`No 3` in a
#: name read from the parse, which :mod:`quotes.written_marks` writes as the text does).
SPACED_SIGN = re.compile(r"\b(?:" + _SIGNS + r") +\d")


def space_number_signs(text: str) -> str:
    """`text` with the full stop of each number sign before a numeral a space
    (:data:`_SIGN_STOP`): `the No. 2 official` → `the No  2 official`."""
    if "." not in text or not _SIGN_STOP.search(text):
        return text
    return _SIGN_STOP.sub(lambda found: found[0][:-1] + " ", text)
