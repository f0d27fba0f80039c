"""Scoring quotation predictions against gold: spans, attribution, calibration, errors.

The rules behind every figure ``quotes evaluate`` prints, fixed and deterministic.

Spans
    Both gold and predicted spans are first trimmed (:func:`normalise_span`) of
    whitespace, quote marks and other punctuation at their edges, so ``"We won."`` and
    ``We won`` are the same quote.  *Exact* matching pairs identical trimmed spans;
    *partial* matching pairs spans whose overlap is at least half of the shorter one.
    Both are one-to-one: each gold and each predicted quote is used at most once
    (:func:`match_quotes`).

Attribution
    A predicted quote is *right* when it is partially matched to a gold quote and its
    speaker matches (:mod:`quotes.speaker_match`).  Attribution precision is right /
    predicted, recall right / gold; speaker accuracy is right / partially matched. The
    strict name rule's figures are counted beside them.

Types
    The ``overall`` row matches all gold quotes against all predictions regardless of
    type (a quote found with the wrong type still counts as found).  A per-type row
    matches only the gold quotes of that type against only the predictions whose own
    predicted type is that type, afresh; so the per-type rows need not add up to the
    overall row.  ``types`` restricts both gold and predictions before anything else.

Documents
    Predictions for doc ids absent from the gold are ignored (the CLI warns about
    them); gold documents without predictions count as entirely missed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from quotes.gold import GoldDoc
from quotes.records import Quote, QuoteType
from quotes.speaker_match import speaker_matches, strict_name_matches

#: Quote types, in the order rows are shown.
TYPES: tuple[str, ...] = get_args(QuoteType)
#: Row name for the figures over all scored types.
OVERALL = "overall"


# --------------------------------------------------------------------------- matching


def _is_edge_char(char: str) -> bool:
    """Whitespace, quote marks and punctuation: trimmed from both ends of a span."""
    return char.isspace() or unicodedata.category(char).startswith("P")


def normalise_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span clipped to the text and trimmed of edge marks, spaces and punctuation.

    Offsets rather than strings are compared, so the same words at two places in a
    document remain two different quotes.  A span of nothing but punctuation trims to
    an empty span at its start, which then matches nothing partially.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and _is_edge_char(text[start]):
        start += 1
    while end > start and _is_edge_char(text[end - 1]):
        end -= 1
    return start, max(start, end)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _partial_overlap(gold: tuple[int, int], pred: tuple[int, int]) -> int:
    """The overlap when it is non-empty and at least half of the shorter span, else 0."""
    shared = _overlap(gold, pred)
    shorter = min(gold[1] - gold[0], pred[1] - pred[0])
    return shared if shared > 0 and 2 * shared >= shorter else 0


@dataclass(frozen=True, slots=True)
class Matches:
    """One-to-one pairs ``(gold index, prediction index)`` for one document."""

    exact: list[tuple[int, int]]
    partial: list[tuple[int, int]]


def match_quotes(text: str, gold: Sequence[dict[str, Any]], preds: Sequence[Quote]) -> Matches:
    """Pair gold and predicted quotes of one document, exactly and partially.

    Greedy and deterministic: candidate pairs are taken by largest overlap first, ties
    broken by gold position, then prediction position, then list order; a pair is kept
    when neither side is taken yet.  Exact pairs (identical trimmed spans) are taken in
    the same order.
    """
    gold_spans = [normalise_span(text, g["start"], g["end"]) for g in gold]
    pred_spans = [normalise_span(text, p.start, p.end) for p in preds]
    exact: list[tuple[int, int, int]] = []
    partial: list[tuple[int, int, int]] = []
    for gi, gs in enumerate(gold_spans):
        for pi, ps in enumerate(pred_spans):
            shared = _partial_overlap(gs, ps)
            if shared:
                partial.append((shared, gi, pi))
                if gs == ps:
                    exact.append((shared, gi, pi))

    def assign(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
        candidates.sort(key=lambda c: (-c[0], gold_spans[c[1]], pred_spans[c[2]], c[1], c[2]))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        pairs = []
        for _, gi, pi in candidates:
            if gi not in used_gold and pi not in used_pred:
                used_gold.add(gi)
                used_pred.add(pi)
                pairs.append((gi, pi))
        return sorted(pairs)

    return Matches(exact=assign(exact), partial=assign(partial))

# --------------------------------------------------------------------------- scoring


#: Bins of equal width over [0, 1] for the expected calibration error.
ECE_BINS = 10
#: The confidence from which a row counts as confident (its precision is reported).
CONFIDENT = 0.9


def calibration_error(rated: Sequence[tuple[float, bool]], bins: int = ECE_BINS) -> float:
    """Expected calibration error: over `bins` equal-width bins of confidence, the gap
    between a bin's mean confidence and the share of its rows that were right, weighted
    by the bin's share of all rows (0 for no rows). A confidence of 1 falls in the top bin."""
    if not rated:
        return 0.0
    totals = [[0.0, 0, 0] for _ in range(bins)]  # confidence sum, rows, right
    for conf, right in rated:
        total = totals[min(int(conf * bins), bins - 1)]
        total[0] += conf
        total[1] += 1
        total[2] += right
    return sum(abs(c - r) for c, _, r in totals) / len(rated)


#: The shares of rows, most confident first, whose precision is reported: what a user who
#: keeps the top half (or 80%, 90%) of the rows by confidence would publish.
TOP_SHARES = (0.5, 0.8, 0.9)


def _rows_by_confidence(rated: Sequence[tuple[float, bool]]) -> list[tuple[float, int, int]]:
    """Each confidence among `rated`, highest first, with its rows and right rows."""
    tally: dict[float, list[int]] = {}
    for conf, right in rated:
        counts = tally.setdefault(conf, [0, 0])
        counts[0] += 1
        counts[1] += right
    return [(conf, *tally[conf]) for conf in sorted(tally, reverse=True)]


def ranking_auc(rated: Sequence[tuple[float, bool]]) -> float | None:
    """How well the confidence ranks right rows above wrong ones: the chance that a right
    row, drawn at random, has a higher confidence than a wrong one (a tie counts half;
    1 ranks perfectly, 0.5 no better than chance). None when every row is right or
    every row is wrong (there is nothing to rank)."""
    right_rows = sum(right for _, right in rated)
    wrong_rows = len(rated) - right_rows
    if not right_rows or not wrong_rows:
        return None
    wrong_below = wrong_rows
    pairs = 0.0
    for _conf, rows, right in _rows_by_confidence(rated):
        wrong_here = rows - right
        wrong_below -= wrong_here
        pairs += right * (wrong_below + wrong_here / 2)
    return pairs / (right_rows * wrong_rows)


def top_precision(rated: Sequence[tuple[float, bool]], share: float) -> float:
    """The precision of the `share` of rows with the highest confidence (rows of the
    confidence where the share ends count by their share right, so no order is made up
    among rows the confidence cannot tell apart); 0 for no rows."""
    wanted = share * len(rated)
    taken = hits = 0.0
    for _conf, rows, right in _rows_by_confidence(rated):
        take = min(rows, wanted - taken)
        if take <= 0:
            break
        taken += take
        hits += right * take / rows
    return hits / taken if taken else 0.0


def _ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class Counts:
    """The raw counts of one row; every figure is derived from them."""

    gold: int = 0
    pred: int = 0
    exact: int = 0
    partial: int = 0
    attributed: int = 0
    #: Attributed under the strict name rule (:func:`strict_name_matches`).
    strict: int = 0
    #: Each prediction's confidence and whether it was right (attributed).
    rated: list[tuple[float, bool]] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for ``hits`` true positives."""
        precision, recall = _ratio(hits, self.pred), _ratio(hits, self.gold)
        return precision, recall, _f1(precision, recall)

    @property
    def speaker_accuracy(self) -> float:
        """Share of partially matched quotes whose speaker is right."""
        return _ratio(self.attributed, self.partial)

    def to_dict(self, strict: bool = False) -> dict[str, Any]:
        """Counts and figures as plain JSON data (with ``strict_attribution`` if asked)."""
        figures: dict[str, Any] = {"gold": self.gold, "pred": self.pred}
        groups = [("exact", self.exact), ("partial", self.partial)]
        groups.append(("attribution", self.attributed))
        if strict:
            groups.append(("strict_attribution", self.strict))
        for name, hits in groups:
            precision, recall, f1 = self.prf(hits)
            figures[name] = {"tp": hits, "p": precision, "r": recall, "f1": f1}
        figures["speaker_accuracy"] = self.speaker_accuracy
        confident = [right for conf, right in self.rated if conf >= CONFIDENT]
        figures["calibration"] = {
            "ece": calibration_error(self.rated),
            "bins": ECE_BINS,
            "confident_at": CONFIDENT,
            "confident_rows": len(confident),
            "confident_precision": _ratio(sum(confident), len(confident)),
            "auroc": ranking_auc(self.rated),
            "top_precision": {f"{share:g}": top_precision(self.rated, share)
                              for share in TOP_SHARES},
        }
        return figures


@dataclass(slots=True)
class Scores:
    """One :class:`Counts` per scored type, plus :data:`OVERALL`, in display order."""

    rows: dict[str, Counts] = field(default_factory=dict)
    #: Whether the strict name rule's figures are shown.
    strict: bool = False

    def to_dict(self) -> dict[str, Any]:
        """All rows as plain JSON data."""
        return {name: counts.to_dict(self.strict) for name, counts in self.rows.items()}


def _count(
    counts: Counts, text: str, gold: Sequence[dict[str, Any]], preds: Sequence[Quote]
) -> None:
    """Match one document's quotes and add the results to ``counts``."""
    matches = match_quotes(text, gold, preds)
    counts.gold += len(gold)
    counts.pred += len(preds)
    counts.exact += len(matches.exact)
    counts.partial += len(matches.partial)
    right = {pi for gi, pi in matches.partial if speaker_matches(preds[pi], gold[gi])}
    counts.attributed += len(right)
    counts.rated += [(p.confidence, i in right) for i, p in enumerate(preds)]
    counts.strict += sum(strict_name_matches(preds[pi], gold[gi]) for gi, pi in matches.partial)


def score(
    gold_docs: Mapping[str, GoldDoc],
    pred_docs: Mapping[str, Sequence[Quote]],
    types: Iterable[str] = TYPES,
    strict: bool = False,
) -> Scores:
    """Score predictions against gold: one row per type in ``types``, then overall.

    Predictions for ids not in ``gold_docs`` are ignored; see the module docstring for
    how per-type rows are matched. ``strict`` shows the strict name rule's figures too.
    """
    types = [t for t in TYPES if t in set(types)]
    scores = Scores({name: Counts() for name in [*types, OVERALL]}, strict)
    for doc_id, doc in gold_docs.items():
        preds = pred_docs.get(doc_id, [])
        for name in [*types, OVERALL]:
            wanted = types if name == OVERALL else [name]
            _count(
                scores.rows[name],
                doc.text,
                [g for g in doc.quotes if g["type"] in wanted],
                [p for p in preds if p.type in wanted],
            )
    return scores


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """One missed, spurious or misattributed quote, for a reader to inspect."""

    kind: str
    doc_id: str
    type: str
    start: int
    end: int
    context: str
    pred_speaker: str | None
    gold_speaker: str | None


def _context(text: str, start: int, end: int) -> str:
    """About 80 characters around a span, the span in brackets, on one line."""
    inner = text[start:end]
    if len(inner) > 40:
        inner = f"{inner[:19]}…{inner[-20:]}"
    snippet = f"{text[max(0, start - 20) : start]}[{inner}]{text[end : end + 20]}"
    return " ".join(snippet.split())


def _pred_speaker(pred: Quote) -> str | None:
    """How a predicted speaker is shown: the name, with the mention when it differs."""
    if pred.speaker and pred.speaker_mention and pred.speaker != pred.speaker_mention:
        return f"{pred.speaker} ({pred.speaker_mention})"
    return pred.speaker or pred.speaker_mention


def _gold_speaker(gold: dict[str, Any]) -> str | None:
    """How a gold speaker is shown: the mention, with the full name when it differs."""
    mention, name = gold.get("speaker"), gold.get("speaker_name")
    if mention and name and mention != name:
        return f"{mention} ({name})"
    return mention or name


def error_examples(
    gold_docs: Mapping[str, GoldDoc],
    pred_docs: Mapping[str, Sequence[Quote]],
    types: Iterable[str] = TYPES,
    limit: int = 10,
    strict: bool = False,
) -> list[ErrorExample]:
    """Up to ``limit`` missed, up to ``limit`` spurious and up to ``limit`` misattributed
    quotes, in document order, from the overall (type-blind) partial matching;
    misattributed under the strict name rule when ``strict``."""
    right = strict_name_matches if strict else speaker_matches
    wanted = set(types)
    found: dict[str, list[ErrorExample]] = {"missed": [], "spurious": [], "misattributed": []}

    def add(
        kind: str,
        doc: GoldDoc,
        span: tuple[int, int],
        type_: str,
        pred: str | None,
        gold: str | None,
    ) -> None:
        if len(found[kind]) < limit:
            found[kind].append(
                ErrorExample(kind, doc.id, type_, *span, _context(doc.text, *span), pred, gold)
            )

    for doc_id, doc in gold_docs.items():
        gold = [g for g in doc.quotes if g["type"] in wanted]
        preds = [p for p in pred_docs.get(doc_id, []) if p.type in wanted]
        pairs = match_quotes(doc.text, gold, preds).partial
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                add("missed", doc, (g["start"], g["end"]), g["type"], None, _gold_speaker(g))
        for pi, p in enumerate(preds):
            if pi not in matched_pred:
                add("spurious", doc, (p.start, p.end), p.type, _pred_speaker(p), None)
        for gi, pi in pairs:
            if not right(preds[pi], gold[gi]):
                g, p = gold[gi], preds[pi]
                speakers = (_pred_speaker(p), _gold_speaker(g))
                add("misattributed", doc, (p.start, p.end), p.type, *speakers)
    return [example for kind in found.values() for example in kind]
