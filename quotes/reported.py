"""Reported speech: `X said (that) <clause>` and its relatives.

A cue with a speaker (from :mod:`quotes.matchers`) reports what its complement says:
the clause of `said that …`, the object complement of `called the plan "a disaster"`,
the infinitive of `promised to …`, the `that`-clause of a noun cue (`Russian claims
that …`), or the main clause around `according to X`. The content is that span,
trimmed of `that` and edge punctuation; it is `mixed` when it holds a quoted fragment.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.matchers import OBJECT_CUES, CueSpeaker

#: Lemmas whose `to`-infinitive complement is what the source wants or intends.
INTENT_CUES = frozenset({"want", "promise", "pledge", "vow", "expect", "hope", "plan"})


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported statement: content offsets into the doc text, its cue and speaker."""

    start: int
    end: int
    cue: Token
    speaker: Token
    method: str
    mixed: bool


def find_reported(
    doc: Doc,
    cues: dict[int, CueSpeaker],
    *,
    taken: list[tuple[int, int]],
    used_cues: set[int],
    fragments: list[tuple[int, int]],
) -> list[Reported]:
    """The reported statements of a doc's cues.

    `taken` are the direct quotes' content spans: a complement mostly inside one is that
    quote, not reported speech; `fragments` are quoted spans that are not quotations of
    their own, which make the statement holding them `mixed`.
    """
    out: list[Reported] = []
    for hit in cues.values():
        cue = doc[hit.cue]
        content = complement(cue)
        if content is None:
            continue
        start, end = content
        if hit.cue in used_cues and any(_overlap((start, end), t) for t in taken):
            continue
        if any(_overlap((start, end), t) > 0.5 * (end - start) for t in taken):
            continue
        mixed = any(start <= a and b <= end for a, b in fragments)
        kind = "according-to" if cue.lower_ == "according" else "reported"
        out.append(Reported(start, end, cue, doc[hit.speaker], f"{kind}:{hit.method}", mixed))
    return out


def complement(cue: Token) -> tuple[int, int] | None:
    """Character bounds of what the cue reports: its clause, trimmed of `that` and commas."""
    if cue.lower_ == "according":
        head = cue.head
        while head.dep_ not in ("ROOT",) and head.head is not head and head.pos_ != "VERB":
            head = head.head
        skip = set(t.i for t in cue.subtree)
        tokens = [t for t in head.subtree if t.i not in skip]
        tokens = _contiguous_around(tokens, head)
    else:
        parts = _complement_heads(cue)
        if not parts:
            return None
        side = [p for p in parts if (p.i > cue.i) == (parts[-1].i > cue.i)]
        lo = min(p.left_edge.i for p in side)
        hi = max(_clause_end(p).i for p in side)
        tokens = list(cue.doc[lo : hi + 1])
    while tokens and (
        tokens[0].is_punct
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that")
        or tokens[0].is_space
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _complement_heads(cue: Token) -> list[Token]:
    """The heads of what a cue reports: its clause, a naming verb's object complement,
    an intention's infinitive, a noun cue's `that`-clause."""
    lemma = cue.lemma_.lower()
    if cue.pos_ == "NOUN":
        return [
            c for c in cue.children if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"
        ]
    return [
        c
        for c in cue.children
        if c.dep_ == "ccomp"
        or (lemma in OBJECT_CUES and c.dep_ in ("oprd", "xcomp"))
        or (lemma in INTENT_CUES and c.dep_ == "xcomp")
    ]


def _clause_end(head: Token) -> Token:
    """The clause's last token, leaving out a trailing adjunct set off by a comma.

    `Zelensky claimed that civilian sites were attacked, contrary to Russian claims …`:
    the reported clause ends at `attacked`.
    """
    for child in head.rights:
        before = head.doc[child.left_edge.i - 1]
        if child.dep_ in ("prep", "advcl", "advmod", "npadvmod") and before.text == ",":
            return head.doc[before.i - 1]
    return head.right_edge


def _contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
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


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
