"""Fitting the confidence table: each cell's rate and each doubt's shift, from measured rows.

``benchmarks/calibrate.py`` (``make calibrate``) runs the engine on training data, makes
an :class:`Outcome` of each row (its cell, whether it was right, its document and its
doubts), fits the cells' smoothed rates (:func:`fit`) and the doubts' log-odds shifts
(:func:`fit_shifts`), and writes the table (:func:`pruned`, :func:`dump_table`) that
:func:`quotes.confidence.confidence` looks rows up in at run time.
"""

from __future__ import annotations

import json
import math
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from quotes.confidence import BASE, DOUBTS, UNMEASURED, cell_keys


class Outcome(NamedTuple):
    """One measured row: its cell, whether it was right, and the document it came from."""

    family: str
    quote_type: str
    cue_class: str | None
    speaker: str
    right: bool
    statement: bool = True
    doc: str = ""
    #: The method's speaker pattern (:func:`speaker_pattern`); None: no cell of its own.
    pattern: str | None = None
    #: How far from the quote its speaker is named (:func:`speaker_reach`); None: no
    #: cell of its own.
    reach: str | None = None
    #: What makes it doubtful beyond its cell (:func:`row_doubts`).
    doubts: tuple[str, ...] = ()

    def cells(self) -> list[str]:
        """The row's cell and its ancestors, finest first (:func:`cell_keys`)."""
        return cell_keys(
            self.family,
            self.quote_type,
            self.cue_class,
            self.speaker,
            self.statement,
            self.pattern,
            self.reach,
        )


def fit(
    outcomes: Iterable[Outcome], prior: float, cap: float | None = None
) -> dict[str, dict[str, float]]:
    """Every cell that holds a row, and its ancestors: rows, right rows and the rate.

    A cell's rate is its share of right rows pulled toward its parent's rate by `prior`
    pseudo-rows (a Beta prior): `(right + prior * parent) / (rows + prior)`, so a cell of
    a few rows stays near its parent and a large one says what it measured. The root (the
    empty key) keeps its raw share. With a `cap`, the rows one document puts in a cell
    weigh as `cap` rows at most (their right share kept): a transcript of forty turns the
    annotators skipped is one document's way, and no longer outweighs the other
    documents and the parent. `n` and `right` are the rows as counted, `docs` the
    documents.
    """
    # key -> doc -> [rows, right rows]
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in outcomes:
        for key in row.cells():
            tally = counts[key][row.doc]
            tally[0] += 1
            tally[1] += row.right
    cells: dict[str, dict[str, float]] = {}
    for key in sorted(counts, key=lambda k: (k.count("|") if k else -1, k)):
        docs = counts[key].values()
        rows = sum(n for n, _ in docs)
        right = sum(r for _, r in docs)
        n = hits = 0.0
        for doc_rows, doc_right in docs:
            weight = 1.0 if cap is None or doc_rows <= cap else cap / doc_rows
            n += weight * doc_rows
            hits += weight * doc_right
        parent = cells.get("|".join(key.split("|")[:-1])) if key else None
        if parent is not None and parent["n"] == rows:
            # the parent's rows exactly (a family of one type, a type of one cue class):
            # no new evidence, so no second pull of the same rows away from the prior
            rate = parent["p"]
        elif parent is not None:
            rate = (hits + prior * parent["p"]) / (n + prior)
        else:
            rate = hits / n
        cells[key] = {"n": rows, "right": right, "docs": len(docs), "p": round(rate, 3)}
    return dict(sorted(cells.items()))


def rate_of(cells: Mapping[str, Mapping[str, float]], row: Outcome) -> float:
    """The rate of a measured row's nearest measured cell (before its doubts)."""
    return next((float(cells[k]["p"]) for k in row.cells() if k in cells), UNMEASURED)


def fit_shifts(
    outcomes: list[Outcome], prior: float, cap: float | None = None, ridge: float = 1.0
) -> dict[str, float]:
    """The log-odds shift of each doubt (:data:`DOUBTS`), and the :data:`BASE` shift of
    every row, that make the cells' rates, moved by them, likeliest for the rows as
    measured.

    A row's cell rate is taken from cells fitted without its document (the documents in
    two halves by a hash of their name, each rated by the other half's cells): a cell
    fitted on the row itself already leans toward its outcome, and the shifts would then
    learn too little. The shifts are then fitted by Newton's method, one doubt at a
    time in turn, with a `ridge` penalty that keeps a doubt seen on few rows near 0."""
    halves: list[list[Outcome]] = [[], []]
    for row in outcomes:
        halves[zlib.crc32(row.doc.encode()) % 2].append(row)
    offsets: list[tuple[float, Outcome]] = []
    for half in (0, 1):
        cells = fit(halves[1 - half], prior, cap)
        for row in halves[half]:
            rate = min(max(rate_of(cells, row), 0.001), 0.999)
            offsets.append((math.log(rate / (1.0 - rate)), row))
    shifts = dict.fromkeys((BASE, *DOUBTS), 0.0)
    for _ in range(20):
        for doubt in shifts:
            gradient, curvature = -ridge * shifts[doubt], ridge
            for offset, row in offsets:
                if doubt != BASE and doubt not in row.doubts:
                    continue
                odds = offset + shifts[BASE] + sum(shifts[d] for d in row.doubts)
                p = 1.0 / (1.0 + math.exp(-odds))
                gradient += row.right - p
                curvature += p * (1.0 - p)
            shifts[doubt] += gradient / curvature
    return {doubt: round(shift, 3) for doubt, shift in shifts.items()}


def pruned(cells: Mapping[str, Mapping[str, float]]) -> dict[str, Mapping[str, float]]:
    """The cells worth shipping: a cell that holds exactly its parent's rows has its
    parent's rate (:func:`fit`), which a row of that cell is given anyway when the cell
    is not in the table (its nearest measured ancestor's), so it is left out."""
    kept = {}
    for key, cell in cells.items():
        parent = cells.get("|".join(key.split("|")[:-1])) if key else None
        if parent is None or parent["n"] != cell["n"] or parent["p"] != cell["p"]:
            kept[key] = cell
    return kept


def dump_table(cells: Mapping[str, Mapping[str, float]], header: Mapping[str, Any]) -> str:
    """The calibration file: its `header` fields, then one cell per line (readable in a
    diff when a refit moves a few rates)."""
    lines = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in header.items()]
    body = ",\n".join(f"  {json.dumps(k)}: {json.dumps(dict(v))}" for k, v in cells.items())
    return "{\n" + "\n".join(lines) + '\n "cells": {\n' + body + "\n }\n}\n"
