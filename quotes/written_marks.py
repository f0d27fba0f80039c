"""A speaker's name with the apostrophes the text writes in it (rule
name-apostrophes-as-written).

The library's parser reads the text with its apostrophes and quote marks made straight
(:mod:`quotes.normalise`), so a name read from the parse held a straight apostrophe where
the text wrote a curly one: `"…," Sean O’Brien said` gave the speaker `Sean O'Brien` in
the library and on the command line, and `Sean O’Brien` in the spaCy component, which
parses the text as given. The speaker is the name as the document gives it, with its own
characters: the name is looked up in the parser's text, and where the text writes it
there with other apostrophes (`’`, `ʼ`), it is written so. A name the parser reads
otherwise than the text shows it (mojibake read as meant, `Oâ€™Brien`; a name in
capitals given a name's case) is not found so, and stays as it is. A name is written
with the full stop of a number sign in it too, which the parser reads as a space
(:mod:`quotes.number_signs`: `Caleta Norte Fishermen's Union No. 3`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.normalise import APOSTROPHE_FORMS
from quotes.number_signs import SPACED_SIGN, space_number_signs
from quotes.records import Quote


def as_written(name: str, text: str, norm: str) -> str:
    """`name`, read from `norm` (the parser's text of `text`, same length), with the
    apostrophes `text` writes where `norm` first has it, and the full stop of a number
    sign in it (`Union No. 3`, rule number-sign-as-written); `name` itself when it holds
    neither, is not found or is written there with other changes."""
    if not _marked(name):
        return name
    found = re.search(r"\s+".join(map(re.escape, name.split())), norm)
    if found is None:
        return name
    written = text[found.start() : found.end()]
    if written != " ".join(written.split()):
        return name  # across a line break or a run of spaces: no name's form
    spaced = " ".join(space_number_signs(written).split())  # `No. 3` as the parser's `No 3`
    if len(spaced) == len(name) and all(
        a == b or (b == "'" and a in APOSTROPHE_FORMS)
        for a, b in zip(spaced, name, strict=True)
    ):
        return written
    return name


def _marked(name: str) -> bool:
    """Whether a name may be written otherwise than the parser read it: it holds an
    apostrophe or a number sign before a numeral (`No 3`, :data:`SPACED_SIGN`)."""
    return "'" in name or SPACED_SIGN.search(name) is not None


def speakers_as_written(rows: list[Quote], text: str, norm: str) -> list[Quote]:
    """`rows` with each speaker's name as :func:`as_written` gives it."""
    written: dict[str, str] = {}
    out: list[Quote] = []
    for row in rows:
        name = row.speaker
        if name is not None and _marked(name):
            if name not in written:
                written[name] = as_written(name, text, norm)
            if written[name] != name:
                row = replace(row, speaker=written[name])
        out.append(row)
    return out
