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
capitals given a name's case) is not found so, and stays as it is.
"""

from __future__ import annotations

from dataclasses import replace

from quotes.normalise import APOSTROPHE_FORMS
from quotes.records import Quote


def as_written(name: str, text: str, norm: str) -> str:
    """`name`, read from `norm` (the parser's text of `text`, same length), with the
    apostrophes `text` writes where `norm` first has it; `name` itself when it holds no
    apostrophe, is not found or is written there with other changes."""
    if "'" not in name:
        return name
    at = norm.find(name)
    if at < 0:
        return name
    written = text[at : at + len(name)]
    if all(a == b or (b == "'" and a in APOSTROPHE_FORMS) for a, b in zip(written, name,
                                                                      strict=True)):
        return written
    return name


def speakers_as_written(rows: list[Quote], text: str, norm: str) -> list[Quote]:
    """`rows` with each speaker's name as :func:`as_written` gives it."""
    written: dict[str, str] = {}
    out: list[Quote] = []
    for row in rows:
        name = row.speaker
        if name is not None and "'" in name:
            if name not in written:
                written[name] = as_written(name, text, norm)
            if written[name] != name:
                row = replace(row, speaker=written[name])
        out.append(row)
    return out
