"""spaCy dependency patterns whose every link is a direct child (`>`), matched fast.

The speaker rules (:mod:`quotes.matchers`) are written as ``DependencyMatcher`` patterns.
spaCy's ``DependencyMatcher`` first runs a token ``Matcher`` with every node of every
pattern over every token of the doc (`Nurse`, `the`, `,` …), which cost as much as all
our other rules together. These patterns only ever ask for a child of a node already
matched, so :class:`ChildPatterns` starts from the tokens that can be a pattern's anchor
(read from the doc's arrays: a cue's lemma, `according`, `be`) and walks their children.
The matches, and their order, are the ``DependencyMatcher``'s: by pattern name in the
order added, then pattern, then the tokens' positions in the pattern's node order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.doc_memo import memo

#: What a node may test, read from a token: the ``DependencyMatcher`` names.
_READ: dict[str, Callable[[Token], Any]] = {
    "LEMMA": lambda t: t.lemma_,
    "LOWER": lambda t: t.lower_,
    "POS": lambda t: t.pos_,
    "DEP": lambda t: t.dep_,
    "IS_TITLE": lambda t: t.is_title,
}
#: Node attributes whose values the anchor can be looked up by in the doc's arrays.
_INDEXED = ("LEMMA", "LOWER")

Test = Callable[[Token], bool]


class ChildPatterns:
    """Named dependency patterns, each node a direct child (`>`) of an earlier one."""

    def __init__(self) -> None:
        self._names: list[str] = []
        #: Per name, its patterns as (anchor look-up, nodes: (parent index, test, id)).
        self._compiled: dict[str, list[tuple[tuple[str, np.ndarray] | None,
                                             list[tuple[int, Test, str]]]]] = {}
        #: Each distinct anchor look-up, by its attribute and ids: patterns that open on
        #: the same words share one, and its tokens are found once per doc.
        self._anchors: dict[tuple[str, bytes], tuple[str, np.ndarray]] = {}

    def add(self, name: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Add patterns under a name, as ``DependencyMatcher.add`` takes them; a link other
        than `>` is refused."""
        self._names.append(name)
        self._compiled[name] = [
            (self._shared(anchor), nodes) for anchor, nodes in map(_compile, patterns)
        ]

    def _shared(self, anchor: tuple[str, np.ndarray] | None) -> tuple[str, np.ndarray] | None:
        """The one look-up kept for an anchor equal to `anchor` (None: any token)."""
        if anchor is None:
            return None
        return self._anchors.setdefault((anchor[0], anchor[1].tobytes()), anchor)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, dict[str, int]]]:
        """Each match as (pattern name, the token index of each node by its id)."""
        arrays: dict[str, np.ndarray] = {}
        # the anchor tokens of each distinct anchor (see `_anchors`), found once
        anchored: dict[int, list[int]] = {}
        for name in self._names:
            for anchor, nodes in self._compiled[name]:
                names = [node_id for _, _, node_id in nodes]
                if anchor is None or id(anchor) not in anchored:
                    anchored[id(anchor)] = _anchors(doc, anchor, arrays)
                for first in anchored[id(anchor)]:
                    if nodes[0][1](doc[first]):
                        for ids in _extend(doc, nodes, [first]):
                            yield name, dict(zip(names, ids, strict=True))


def _compile(
    pattern: list[dict[str, Any]],
) -> tuple[tuple[str, np.ndarray] | None, list[tuple[int, Test, str]]]:
    ids: list[str] = []
    nodes: list[tuple[int, Test, str]] = []
    for step in pattern:
        parent = -1
        if "LEFT_ID" in step:
            if step.get("REL_OP") != ">":
                raise ValueError(f"only `>` links are supported, not {step.get('REL_OP')!r}")
            parent = ids.index(step["LEFT_ID"])
        ids.append(step["RIGHT_ID"])
        nodes.append((parent, _test(step.get("RIGHT_ATTRS", {})), step["RIGHT_ID"]))
    attrs = pattern[0].get("RIGHT_ATTRS", {})
    anchor = None
    for name in _INDEXED:
        wanted = attrs.get(name)
        values = [wanted] if isinstance(wanted, str) else (
            wanted.get("IN") if isinstance(wanted, dict) else None
        )
        if values is not None:
            anchor = (name, string_ids(values))
            break
    return anchor, nodes


def _anchors(doc: Doc, anchor: tuple[str, np.ndarray] | None,
             arrays: dict[str, np.ndarray]) -> list[int]:
    """The tokens that may be a pattern's first node: all, or those with one of its
    looked-up values."""
    if anchor is None:
        return list(range(len(doc)))
    attr, hashes = anchor
    if attr not in arrays:
        arrays[attr] = doc.to_array(attr)
    return positions_of(arrays[attr], hashes)


def string_ids(values: Iterable[str]) -> np.ndarray:
    """The string-store ids of `values` as spaCy's arrays hold them, sorted, without
    repeats: what :func:`positions_of` looks them up in."""
    return np.unique(np.array([get_string_id(v) for v in values], dtype=np.uint64))


def positions_of(array: np.ndarray, ids: np.ndarray) -> list[int]:
    """The positions of the values of `array` that are among the sorted `ids` (from
    :func:`string_ids`), by a binary search of each value: ``np.isin`` sorts both arrays
    anew on every call, about ten times the cost for a doc's array and a word list."""
    if not len(array) or not len(ids):
        return []
    at = np.searchsorted(ids, array)
    at[at == len(ids)] = 0
    return np.flatnonzero(ids[at] == array).tolist()


def token_forms(doc: Doc) -> list[str]:
    """The forms of a doc's tokens (``token.text``), read from its ``ORTH`` array through
    the string store: no token object is made, at half the cost of iterating the doc.
    Read once per doc and kept with it (:func:`quotes.doc_memo.memo`; the repairs change
    tags, lemmas and heads, never a form), so the picking of sentences to parse and the
    rules after the parse share one list: read it, never change it."""
    table = memo(doc, "token-forms")
    if not table:
        strings = doc.vocab.strings
        table[0] = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    forms: list[str] = table[0]
    return forms


def _extend(doc: Doc, nodes: list[tuple[int, Test, str]], ids: list[int]) -> Iterator[list[int]]:
    """Every way to match the nodes after the first `len(ids)`, in position order."""
    if len(ids) == len(nodes):
        yield list(ids)
        return
    parent, test, _ = nodes[len(ids)]
    for child in doc[ids[parent]].children:
        if test(child):
            yield from _extend(doc, nodes, [*ids, child.i])


def _test(attrs: dict[str, Any]) -> Test:
    """A test of a token for a node's attributes: a value, ``IN`` or ``NOT_IN``."""
    checks: list[tuple[Callable[[Token], Any], Callable[[Any], bool]]] = []
    for name, wanted in attrs.items():
        read = _READ[name]
        if isinstance(wanted, dict):
            ((op, values),) = wanted.items()
            if op not in ("IN", "NOT_IN"):
                raise ValueError(f"unsupported operator {op!r}")
            allowed = frozenset(values)
            checks.append((read, allowed.__contains__ if op == "IN"
                           else (lambda v, allowed=allowed: v not in allowed)))
        else:
            checks.append((read, lambda v, wanted=wanted: v == wanted))
    # one or two checks, as nearly every node has, without a generator on each call
    if len(checks) == 1:
        ((read, check),) = checks
        return lambda token: check(read(token))
    if len(checks) == 2:
        (read, check), (read2, check2) = checks
        return lambda token: check(read(token)) and check2(read2(token))
    return lambda token: all(check(read(token)) for read, check in checks)
