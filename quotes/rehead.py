"""Moving a word of the parse onto another head, the one edit every parse repair makes
(:mod:`quotes.parse_repairs`, :mod:`quotes.cue_repairs` and
:mod:`quotes.closing_cue_repairs`, :mod:`quotes.clause_repairs`,
:mod:`quotes.subject_repairs` with :mod:`quotes.subjects_in_between`,
:mod:`quotes.opener_subjects`, :mod:`quotes.clausal_subjects` and
:mod:`quotes.quote_subjects`, :mod:`quotes.name_repairs`).

A move that hangs a word under one of its own descendants makes a cycle: the words on it
have no root, and every rule that walks up to a clause's head or a sentence's root
would walk for ever (spaCy warns and leaves the sentence bounds wrong). The repairs once
each guarded their own moves against it; here a repair's moves are checked together,
as they will stand once made, and made all or none, so no repair can leave a cycle or
half of its change.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

#: One move: the word, its new head (itself for a root) and its new label (None keeps it).
Move = tuple[Token, Token, str | None]


def rehead(child: Token, head: Token, dep: str | None = None) -> bool:
    """Hang `child` on `head` (on itself: a root), labelled `dep` when given; whether it
    was done. Refused, the parse unchanged, when `head` hangs under `child`."""
    return rehead_all([(child, head, dep)])


def rehead_all(moves: Sequence[Move]) -> bool:
    """Make the moves of one repair, in their order, when the parse they leave has no
    cycle; whether they were made. Refused, the parse unchanged, otherwise."""
    if not moves or _makes_cycle(moves):
        return not moves
    for child, head, dep in moves:
        child.head = head
        if dep is not None:
            child.dep_ = dep
    return True


def _makes_cycle(moves: Sequence[Move]) -> bool:
    """Whether some moved word would stand above itself once all `moves` are made (a
    word moved twice keeps its last head)."""
    doc = moves[0][0].doc
    moved = {child.i: head.i for child, head, _ in moves}
    for start in moved:
        at = start
        for _ in range(len(doc)):
            above = moved.get(at, doc[at].head.i)
            if above == at:
                break  # a root: no cycle through `start`
            if above == start:
                return True
            at = above
        else:
            return True  # a cycle the moves do not close: no way to a root either
    return False


def root_over(verb: Token, head: Token, dep: str) -> list[Token] | None:
    """Make a cue the root of its sentence over the word the parser hung it on, now the
    cue's `dep` (its clause, its subject), and move the words hung on that word after the
    cue onto the cue; those words, for the caller to relabel (None when not made)."""
    moved = [c for c in head.children if c.i > verb.i]
    if not rehead_all([(verb, verb, "ROOT"), (head, verb, dep),
                       *((child, verb, None) for child in moved)]):
        return None
    return moved
