"""Speeches of a verbatim report that open with the speaker's name, a full stop and a dash.

A parliament's verbatim report prints each speech as a paragraph that opens with the
member's name, an office or a note on the turn after it, a full stop and a dash (`Ana
Ruiz, Member of the Commission. – Madam President, …`, `Ana Ruiz (blue-card question). –
Does the Member know …`); the chair's lines open with the office alone (`President. –
The debate is closed.`). :func:`quotes.transcripts.transcript_lines` reads the lines
found here as it reads labels before a colon: the paragraphs after a line up to the next
one go on with the same speech. A chair's line ends the speech before it and is no one's
statement: it opens an item, gives the floor or closes the debate.

Prose seldom opens a paragraph so, so the lines count only in a text that has at least
:data:`_MIN_LINES` of them naming two people at least.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quotes.name_lines import name_form
from quotes.role_words import is_office

#: A paragraph that opens with a speaker's name, an office after a comma (group `role`)
#: or a note in brackets (group `note`), a full stop and a dash, then the speech (group
#: `content`, to the end of the line): `Ana Ruiz, Member of the Commission. – Madam
#: President, …`, `Ana Ruiz (blue-card answer). – I know …`, `President. – Thank you.`
_DASH_LINE = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_][\w'’.\- ]{0,60}?)"
    r"(?:,[ \t]*(?P<role>[^\W\d_][^\n,.()]{0,80}?))?"
    r"(?:[ \t]*(?P<note>\([^()\n]{1,60}\)))?"
    r"\.[ \t]+[–—-][ \t]+(?P<content>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: Fewest lines naming a speaker that make the layout.
_MIN_LINES = 2


@dataclass(frozen=True, slots=True)
class DashLine:
    """A speech's opening line: its match (the speech's first paragraph in group
    `content`, the speaker's name in group `label`) and whether the line is the chair's,
    headed by an office alone (`President. – …`)."""

    match: re.Match[str]
    chair: bool

    @property
    def start(self) -> int:
        """Where the speaker's name starts."""
        return self.match.start("label")

    @property
    def end(self) -> int:
        """Where the speaker's name ends."""
        return self.match.end("label")


def dash_lines(text: str, person: Callable[[str], bool]) -> list[DashLine]:
    """Rule dash-label-turns: the lines of a verbatim report that open with a speaker's
    name (or the chair's office), a full stop and a dash, in text order; none unless at
    least :data:`_MIN_LINES` of them name speakers and two of those are different
    people (a name of two words or more, or ``person``: a name the text knows)."""
    # `Ana Ruiz. – Madam President, …` ¶ `Jan Nowak (blue-card question). – Does …`
    if "." not in text or "\n" not in text:
        return []
    lines = []
    for match in _DASH_LINE.finditer(text):
        label = match.group("label")
        chair = match.group("role") is None and match.group("note") is None and _chair(label)
        if chair or name_form(label):
            lines.append(DashLine(match, chair))
    names = {line.match.group("label") for line in lines if not line.chair}
    people = {name for name in names if len(name.split()) > 1 or person(name)}
    if sum(not line.chair for line in lines) < _MIN_LINES or len(people) < 2:
        return []
    return lines


def _chair(label: str) -> bool:
    """Whether a line's label is an office alone, the chair's (`President`, `Chair`)."""
    return len(label.split()) <= 2 and is_office(label)
