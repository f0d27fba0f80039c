"""Speaker lines with no colon: turns of a record or a call, each printed under a line of
its own that names who speaks.

A House of Lords report prints each speech under the peer's title and party
(`Baroness Okafor of Leigh (LD)` ¶ `My Lords, …`), a minister's first speech under his
office with his title in brackets (`The Minister of State, Home Office (Lord Hale of Ely)
(Lab)`); a transcript service prints each turn of a results call under the speaker's
name, a dash and the role or firm (`Ana Ruiz -- Chief Financial Officer` ¶ `Thank you.
…`), and the operator's under `Operator` alone. :func:`quotes.transcripts.transcript_lines`
reads the lines found here as it reads labels before a colon: the paragraph after the
line is the turn, and the paragraphs after it up to the next label go on with it.

A headline, a byline or a list of names is a short line in title case too, so a line
counts only in a text that has at least two lines marked as speakers' (a party's note or
a role after a dash) naming two people at least; a bare name counts beside them when
it comes back (`Operator` … `Operator`) or is one of theirs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from quotes.language import word_list
from quotes.name_keys import PARTICLES
from quotes.name_spans import TITLES

#: A line that names a speaker and nothing else, then the turn's first paragraph (group
#: `content`) on the next line that has words: the name and a party's note
#: (`Lord Hale of Ely (Lab)`), an office with its holder's name in a note and the party
#: after it (`The Minister of State, Home Office (Lord Hale of Ely) (Lab)`), the name, a
#: dash and a role or firm (`Ana Ruiz -- Chief Financial Officer`), or the name alone
#: (`Operator`). Matched at a line's start (:func:`name_lines`).
_NAME_LINE = re.compile(
    r"[ \t]*(?P<label>[^\W\d_][\w'’.,\- ]{0,120}?)"
    r"(?:[ \t]*(?P<note>\([^()\n]{1,60}\)))?"
    r"(?:[ \t]*(?P<party>\([^()\n]{1,20}\)))?"
    r"(?:[ \t]+(?:--|—|–)[ \t]+(?P<role>[^\W\d_][^\n]{0,60}?))?"
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<content>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: Lower-case words a peer's title holds besides a name's particles (`Lord Hale of Ely`).
_TITLE_JOINS = word_list("peerage-joins")
#: Most words of a speaker's name on its line (`Baroness Thwaite of Louth`).
_NAME_WORDS = 6
#: Most words of a party's or a firm's note after the name (`(Lab Co-op)`).
_NOTE_WORDS = 3
#: Fewest lines marked as speakers' (a note or a role) that make the layout.
_MIN_MARKED = 2


@dataclass(frozen=True, slots=True)
class NameLine:
    """A speaker's line: its match (the turn's first paragraph in group `content`) and
    the offsets of the name that is the turn's speaker (:func:`_name_offsets`)."""

    match: re.Match[str]
    start: int
    end: int

    @property
    def name(self) -> str:
        """The speaker's name as the line writes it."""
        return self.match.string[self.start : self.end]

    @property
    def marked(self) -> bool:
        """Whether the line carries a mark of a speaker's: a note after the name (a
        party, a firm) or a role after a dash."""
        return self.match.group("note") is not None or self.match.group("role") is not None


def name_lines(text: str, person: Callable[[str], bool]) -> list[NameLine]:
    """Rule name-line-turns: the lines of a text that name the speaker of the paragraph
    after them with no colon, in text order; none unless at least :data:`_MIN_MARKED`
    lines are marked as speakers' (a note or a role after the name, :attr:`NameLine.marked`)
    and two of their names at least name people (opening with a title, or ``person``: a
    courtesy title, a name the text knows, an office). A bare name (`Operator`) counts
    when it comes back or is the name of a marked line."""
    # `Lord Hale of Ely (Lab)` ¶ `My Lords, the survey …` ¶ `Baroness Okafor of Leigh (LD)` ¶ `…`
    if "\n" not in text:
        return []
    lines = []
    at = 0
    while at < len(text):
        match = _NAME_LINE.match(text, at)
        if match is not None and _speaker_line(match):
            lines.append(NameLine(match, *_name_offsets(match)))
        newline = text.find("\n", at)
        if newline < 0:
            break
        at = newline + 1
    marked = {line.name for line in lines if line.marked}
    named = {name for name in marked if _titled(name) or person(name)}
    if sum(line.marked for line in lines) < _MIN_MARKED or len(named) < 2:
        return []
    bare = Counter(line.name for line in lines if not line.marked)
    return [line for line in lines if line.marked or line.name in marked or bare[line.name] > 1]


def _titled(name: str) -> bool:
    """Whether a name opens with a title, as a peer's does (`Lord Hale of Ely`)."""
    return name.split()[0].lower().rstrip(".") in TITLES


def _speaker_line(match: re.Match[str]) -> bool:
    """Whether a match has a speaker's line: a name (or an office with its holder's
    name in a note), and after it a paragraph of speech, not another such line (a list
    of names) nor a line without a word in lower case (a heading)."""
    content = match.group("content")
    if not any(c.islower() for c in content) or _LINE_ONLY.fullmatch(content):
        return False
    role = match.group("role")
    if role is not None and not role[:1].isupper():
        return False
    if match.group("party") is not None:
        return name_form(match.group("note")[1:-1]) and _note_form(match.group("party"))
    return name_form(match.group("label")) and (
        match.group("note") is None or _note_form(match.group("note"))
    )


#: A line that is only a name and a party's note or a role (`Lord Hale of Ely (Lab)`),
#: as a list of members gives them one to a line.
_LINE_ONLY = re.compile(r"[^\W\d_][\w'’.\- ]{0,60}(?:\([^()]{1,20}\)|\s(?:--|—|–)\s.{1,60})")


def _name_offsets(match: re.Match[str]) -> tuple[int, int]:
    """The offsets of the speaker's name on a line: the holder's name in the note when a
    party's note follows it (`The Minister … (Lord Hale of Ely) (Lab)`), else the words
    before any note or dash."""
    if match.group("party") is not None:
        return match.start("note") + 1, match.end("note") - 1
    return match.start("label"), match.end("label")


def name_form(words: str) -> bool:
    """Whether words have a name's or a peer's title's form: one to :data:`_NAME_WORDS`
    words, each opening with a capital, but for a name's particles and a title's `of`
    (`Baroness Thwaite of Louth`, `Sietse de Wit`), and no sentence's punctuation."""
    split = words.split()
    return (
        0 < len(split) <= _NAME_WORDS
        and split[0][:1].isupper()
        and not any(c in words for c in ",;:!?")
        and all(w[:1].isupper() or w in PARTICLES or w in _TITLE_JOINS for w in split)
    )


def _note_form(note: str) -> bool:
    """Whether a note in brackets may be a party's or a firm's: one to
    :data:`_NOTE_WORDS` words opening with a capital (`(Lab)`, `(CB)`, `(Lab Co-op)`)."""
    words = note[1:-1].split()
    return 0 < len(words) <= _NOTE_WORDS and all(w[:1].isupper() for w in words)
