"""A work's title set off after it read as a second subject of its cue.

A reporter may give a report its title between commas before saying who made it: `The
report, Rain on the Hills, by the Karoo Climate Panel, found that …`. The parser may
make the title a second subject of `found` beside `report`, and the title would speak
(`Rain`). The title is the work's apposition: the work speaks, and its maker with it
(:func:`quotes.work_owners.set_off_author`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.rehead import Move, rehead_all
from quotes.work_authors import authored_work

#: Quotation marks a title set off after its work may stand in.
_MARKS = frozenset({'"', "'", "“", "”", "‘", "’"})


def work_title_read_as_subject(cue: Token) -> None:
    """Rule title-read-as-subject: `The report, Rain on the Hills, by …, found that …`:
    a capitalised phrase set off by commas right after a work that is its cue's first
    subject, read as the cue's second subject, is the work's apposition (its title)."""
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return
    work, title = subjects
    doc = cue.doc
    if not work.is_lower or not authored_work(work):
        return
    # shape: <the work>, <Title …>, (`The report, Rain on the Hills,`)
    comma = work.right_edge.i + 1
    if doc[comma].text != "," or title.left_edge.i not in (comma + 1, comma + 2):
        return
    first = title.left_edge.i
    while first < title.i and doc[first].text in _MARKS:
        first += 1
    close = next((i for i in range(first, cue.i) if doc[i].text == ","), None)
    if close is None or not doc[first].text[:1].isupper() or title.i > close:
        return
    # what the parse hung on the title after its closing comma (`, by the Karoo
    # Climate Panel,`) is the work's
    moves: list[Move] = [(title, work, "appos")]
    moves += [(c, work, c.dep_) for c in title.rights if c.i > close]
    rehead_all(moves)
