"""The bounds of what a cue reports: token runs made into character spans.

Every rule of reported speech (:mod:`quotes.complements`, :mod:`quotes.set_off`,
:mod:`quotes.said_of`, :mod:`quotes.colon_lines`) finds the words a cue reports; the
steps here turn them into a :class:`Content` the same way for all of them: where a
clause ends (before an adjunct set off by a comma, or a second act of the same subject),
the unbroken run around a head, and the span without a leading `that` and edge
punctuation, so that the rows of all rules agree on what a span's edges are.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from quotes.governing import second_act


class Content(NamedTuple):
    """What a cue reports: character bounds in the doc text and the rule that found it."""

    start: int
    end: int
    rule: str


def trimmed(tokens: list[Token], rule: str, shortest: int = 2) -> Content | None:
    """The tokens' bounds without a leading `that` (`for`) or edge punctuation; none under
    `shortest` words."""
    while tokens and (
        tokens[0].is_punct
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "for"))
        or tokens[0].is_space
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < shortest:
        return None
    return Content(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), rule)


def clause_end(head: Token) -> Token:
    """The clause's last token, leaving out a trailing adjunct set off by a comma.

    `Zelensky claimed that civilian sites were attacked, contrary to Russian claims …`:
    the reported clause ends at `attacked`.
    """
    for child in head.rights:
        before = head.doc[child.left_edge.i - 1]
        if child.dep_ in ("prep", "advcl", "advmod", "npadvmod") and before.text == ",":
            return head.doc[before.i - 1]
        if second_act(child):
            # `Paul said the plan would cost billions and called him reckless`
            end = child.left_edge.i - 1
            while end > head.i and head.doc[end].dep_ in ("cc", "punct"):
                end -= 1
            return head.doc[end]
    return head.right_edge


def contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive token indices that contains the head."""
    ids = [t.i for t in tokens]
    if head.i not in ids:
        return []
    at = ids.index(head.i)
    lo = hi = at
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi < len(ids) - 1 and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    return tokens[lo : hi + 1]
