"""Score quotation predictions against gold annotations (quote-gold JSONL).

``quotes evaluate`` is the project's yardstick: every figure the README quotes comes
from here, so the rules are fixed and deterministic.

Spans
    Both gold and predicted spans are first trimmed (:func:`normalise_span`) of
    whitespace, quote marks and other punctuation at their edges, so ``"We won."`` and
    ``We won`` are the same quote.  *Exact* matching pairs identical trimmed spans;
    *partial* matching pairs spans whose overlap is at least half of the shorter one.
    Both are one-to-one: each gold and each predicted quote is used at most once
    (:func:`match_quotes`).

Attribution
    A predicted quote is *right* when it is partially matched to a gold quote and
    :func:`speaker_matches` accepts its speaker.  Attribution precision is right /
    predicted, recall right / gold; speaker accuracy is right / partially matched.

Strict names (``--strict-names``)
    A fact-checker prints the speaker's full name, so :func:`strict_name_matches` asks
    more: when the gold gives a ``speaker_name`` that is a name (some word besides
    articles and honorifics is capitalised), the predicted resolved ``speaker`` must hold
    every word of it, spelt as the text spells it (case aside): a pronoun, a surname
    alone, a role alone or a name re-joined as ``Jean - Pierre`` is wrong. Gold without
    such a name (``a police spokesman``, PolNeAR's mentions) is judged as above.

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

import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table
from rich.text import Text

from quotes.installed import ModelNotFoundError
from quotes.language import word_list
from quotes.predictions import PredictionError, load_predictions
from quotes.records import Quote, QuoteType
from quotes.scope import check_scope

#: Quote types, in the order rows are shown.
TYPES: tuple[str, ...] = get_args(QuoteType)
#: Row name for the figures over all scored types.
OVERALL = "overall"

#: Words dropped from a name before comparing speakers: titles, roles, articles and
#: suffixes, so "President Zelensky" and "Zelensky" compare equal.
TITLES: frozenset[str] = word_list("compare-drop-words")


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its id, its text and its quotes as quote-gold dicts."""

    id: str
    text: str
    quotes: list[dict[str, Any]]


class GoldError(ValueError):
    """A gold file that cannot be read; the message starts with ``FILE:LINE:``."""


def load_gold(path: str | Path) -> dict[str, GoldDoc]:
    """Read a quote-gold JSONL file into gold documents keyed by id, in file order."""
    docs: dict[str, GoldDoc] = {}
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_id = str(record["id"])
                docs[doc_id] = GoldDoc(doc_id, record["text"], record.get("quotes") or [])
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            except (KeyError, TypeError, AttributeError) as exc:
                raise GoldError(f"{path}:{number}: a gold document needs \"id\" and "
                                "\"text\" fields") from exc
    return docs


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


def _name_tokens(name: str) -> list[str]:
    """A name as comparable words: case folded, edge punctuation and ``'s`` dropped,
    titles removed (keeping the last word if the name is nothing but titles)."""
    words = []
    for raw in name.casefold().replace("’", "'").split():
        word = raw.strip("\"'.,;:!?()[]")
        word = word.removesuffix("'s")
        if word:
            words.append(word)
    kept = [word for word in words if word not in TITLES]
    return kept or words[-1:]


def names_match(a: str, b: str) -> bool:
    """Whether two speaker names denote the same speaker, leniently.

    Equal after dropping case and titles, or one is a shortened form of the other:
    same last word and all its words among the other's ("Zelensky" and "Volodymyr
    Zelensky", "The Post" and "The New York Post"), but not "Joe Biden" and "Hunter
    Biden".
    """
    tokens_a, tokens_b = _name_tokens(a), _name_tokens(b)
    if not tokens_a or not tokens_b:
        return False
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    return shorter[-1] == longer[-1] and set(shorter) <= set(longer)


def _claims_speaker(pred: Quote) -> bool:
    """Whether a prediction names any speaker at all."""
    return bool(pred.speaker or pred.speaker_mention or pred.speaker_start is not None)


def speaker_matches(pred: Quote, gold: dict[str, Any]) -> bool:
    """Whether the predicted speaker is the gold quote's speaker.

    Right when the predicted name or mention matches (:func:`names_match`) the gold
    mention, its ``speaker_name`` or one of its ``speaker_aliases``, or when the
    predicted and gold speaker spans overlap.  A gold quote without any speaker is
    right only when the prediction claims none either.
    """
    gold_names = [gold.get("speaker"), gold.get("speaker_name"), *gold.get("speaker_aliases", [])]
    gold_names = [name for name in gold_names if name]
    gold_start, gold_end = gold.get("speaker_start"), gold.get("speaker_end")
    if not gold_names and gold_start is None:
        return not _claims_speaker(pred)
    pred_names = [name for name in (pred.speaker, pred.speaker_mention) if name]
    if any(names_match(p, g) for p in pred_names for g in gold_names):
        return True
    return (
        None not in (pred.speaker_start, pred.speaker_end, gold_start, gold_end)
        and _overlap((pred.speaker_start, pred.speaker_end), (gold_start, gold_end)) > 0
    )


#: Words of a gold full name a resolved speaker need not repeat: articles, honorifics
#: and generational suffixes (the canonical name keeps titles apart).
_STRICT_OPTIONAL: frozenset[str] = frozenset(
    {"the", "a", "an", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "jr", "sr"}
)


def _strict_words(name: str) -> list[str]:
    """A name as whitespace-separated words, case folded and trimmed of edge punctuation
    and ``'s``; inner characters (hyphens, apostrophes, accents) are kept as written."""
    words = []
    for raw in unicodedata.normalize("NFC", name).casefold().replace("’", "'").split():
        word = raw.strip("\"'.,;:!?()[]").removesuffix("'s")
        if word:
            words.append(word)
    return words


#: Words that open a description of a source rather than its name (`Two officials`).
_QUANTIFIERS: frozenset[str] = frozenset(
    {"one", "two", "three", "four", "five", "several", "some", "many", "other", "another"}
)


def is_named(name: str | None) -> bool:
    """Whether a gold ``speaker_name`` is a name rather than a description: its first
    word after articles and honorifics is capitalised and no quantifier (``Ana Díaz``,
    ``the Audit Office``, ``Reuters``; not ``a police spokesman``, ``A resident of
    Harbour Row``, ``Two officials``)."""
    words = [w for w in (name or "").split() if w.casefold().strip(".") not in _STRICT_OPTIONAL]
    return bool(words) and words[0][:1].isupper() and words[0].casefold() not in _QUANTIFIERS


def strict_name_matches(pred: Quote, gold: dict[str, Any]) -> bool:
    """Attribution under the strict name rule (see the module docstring)."""
    name = gold.get("speaker_name")
    if not is_named(name):
        return speaker_matches(pred, gold)
    wanted = {w for w in _strict_words(name) if w not in _STRICT_OPTIONAL}
    return bool(pred.speaker) and wanted <= set(_strict_words(pred.speaker or ""))


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


# --------------------------------------------------------------------------- output


def _percent(value: float) -> str:
    """A figure as a percentage with one decimal, as the tables show it."""
    return f"{100 * value:.1f}"


def format_tables(
    title: str, systems: Mapping[str, Scores], *, plain: bool = False
) -> list[Table]:
    """Two tables for one gold file, each within 80 columns: spans (exact and partial
    P/R/F1) and attribution (P/R/F1, strict when scored, speaker accuracy).

    Rows are types then overall; when several systems are scored (``--baseline``) their rows
    for each type sit together. ``plain`` (for logs and pipes) prints no bold either.
    """
    strict = any(scores.strict for scores in systems.values())
    spans = _table(f"{title}: quote spans", systems, plain=plain, counts=True,
                   groups=[("exact", lambda c: c.exact), ("part.", lambda c: c.partial)])
    attribution_groups: list[tuple[str, Callable[[Counts], int]]] = [
        ("attr.", lambda c: c.attributed)]
    if strict:
        attribution_groups.append(("strict", lambda c: c.strict))
    attribution = _table(f"{title}: attribution", systems, plain=plain,
                         groups=attribution_groups, speaker_accuracy=True, calibration=True)
    return [spans, attribution]


def _table(
    title: str,
    systems: Mapping[str, Scores],
    *,
    plain: bool,
    groups: Sequence[tuple[str, Callable[[Counts], int]]],
    counts: bool = False,
    speaker_accuracy: bool = False,
    calibration: bool = False,
) -> Table:
    """One table: type (and system) rows, then gold and predicted counts (``counts``), P/R/F1
    per group (the group named once, over its P), speaker accuracy and how well the
    confidence is calibrated (``calibration``: ECE, precision of confident rows)."""
    # No box and one space between columns: that keeps both tables within 80 characters,
    # --baseline, --strict-names and the calibration columns all shown.
    table = Table(title=Text(title), title_justify="left", box=None, padding=(0, 0, 0, 1),
                  header_style="" if plain else "bold", title_style="" if plain else "bold")
    several = len(systems) > 1
    table.add_column("type")
    if several:
        table.add_column("system")
    for header in ("gold", "pred") if counts else ():
        table.add_column(header, justify="right")
    for group, _hits in groups:
        for above, figure in zip((group, "", ""), ("P", "R", "F1"), strict=True):
            table.add_column(f"{above}\n{figure}", justify="right")
    if speaker_accuracy:
        table.add_column("spk.\nacc", justify="right")
    if calibration:
        table.add_column("\nECE", justify="right")
        table.add_column(f"P conf\n≥{CONFIDENT}", justify="right")
    rows = next(iter(systems.values())).rows if systems else {}
    for row in rows:
        for system_index, (system, scores) in enumerate(systems.items()):
            row_counts = scores.rows[row]
            cells = [row if system_index == 0 else ""]
            if several:
                cells.append(system)
            if counts:
                cells += [str(row_counts.gold), str(row_counts.pred)]
            for _group, hits in groups:
                cells += [_percent(figure) for figure in row_counts.prf(hits(row_counts))]
            if speaker_accuracy:
                cells.append(_percent(row_counts.speaker_accuracy))
            if calibration:
                rated = row_counts.to_dict()["calibration"]
                cells += [f"{rated['ece']:.3f}", _percent(rated["confident_precision"])]
            table.add_row(*cells)
    return table


def format_errors(title: str, examples: Sequence[ErrorExample]) -> Table:
    """A rich table listing error examples with their context and both speakers."""
    table = Table(title=Text(title), title_justify="left")
    for header in ("kind", "doc", "type", "context", "predicted speaker", "gold speaker"):
        table.add_column(header, overflow="fold")
    for example in examples:
        cells = (
            example.kind,
            example.doc_id,
            example.type,
            example.context,
            example.pred_speaker or "-",
            example.gold_speaker or "-",
        )
        # Text, not str: quoted text is data, and "[...]" must not be read as markup.
        table.add_row(*(Text(cell) for cell in cells))
    return table


# --------------------------------------------------------------------------- CLI


def _run(
    label: str,
    gold_docs: Mapping[str, GoldDoc],
    extract: Callable[[Iterable[str]], Iterator[list[Quote]]],
    stderr: Console,
) -> dict[str, list[Quote]]:
    """Run an extractor (``texts -> iterator of quote lists``) over gold texts,
    with a progress bar on stderr when it is a terminal."""
    results = track(
        extract(doc.text for doc in gold_docs.values()),
        total=len(gold_docs),
        description=label,
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )
    return dict(zip(gold_docs, results, strict=True))


def _parse_types(value: str) -> list[str]:
    """``--types`` as a list, rejecting unknown names."""
    types = [t.strip() for t in value.split(",") if t.strip()]
    unknown = sorted(set(types) - set(TYPES))
    if unknown or not types:
        raise typer.BadParameter(f"choose among {', '.join(TYPES)}; got {value!r}")
    return types


def evaluate_cli(
    gold: Annotated[
        list[Path],
        typer.Argument(
            help="Gold file(s) in quote-gold JSONL; each is scored separately.",
            exists=True,
            dir_okay=False,
        ),
    ],
    pred: Annotated[
        Path | None,
        typer.Option(
            help="Predictions to score: any file `quotes extract` wrote (.csv, .jsonl, "
            ".parquet, .xlsx, .db, by extension), or quote-gold JSONL. Without it the engine "
            "is run on the gold texts.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    types: Annotated[
        str, typer.Option(help="Comma-separated quote types to score (gold and predicted).")
    ] = ",".join(TYPES),
    errors: Annotated[
        int,
        typer.Option(help="List this many missed, spurious and misattributed quotes each.", min=0),
    ] = 0,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")
    ] = False,
    baseline: Annotated[
        bool,
        typer.Option(
            "--baseline", help="Also score textacy's direct_quotations on the same spaCy model."
        ),
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline for the engine and the baseline (default: best one)."),
    ] = None,
    strict_names: Annotated[
        bool,
        typer.Option(
            "--strict-names",
            help="Also score attribution by the strict name rule: the resolved speaker must "
            "hold every word of the gold full name (pronouns, surnames or roles alone are "
            "wrong); gold with no name is judged as usual. Errors follow this rule.",
        ),
    ] = False,
    scope: Annotated[
        str,
        typer.Option(help="Rows of the engine to score: statements (what a fact-checker would "
                     "publish) or all (every attribution; what PolNeAR annotates)."),
    ] = "statements",
) -> None:
    """Score quotation predictions (or the engine itself) against gold annotations."""
    wanted = _parse_types(types)
    try:
        check_scope(scope)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--scope") from exc
    stdout, stderr = Console(), Console(stderr=True)
    try:
        gold_files = {str(path): load_gold(path) for path in gold}
        predictions = load_predictions(pred) if pred is not None else None
    except (GoldError, PredictionError) as exc:
        stderr.print(Text.assemble(("error: ", "red"), str(exc)), soft_wrap=True)
        raise typer.Exit(2) from exc
    if predictions is not None:
        known = {doc_id for docs in gold_files.values() for doc_id in docs}
        unknown = sorted(set(predictions) - known)
        if unknown:
            shown = ", ".join(unknown[:5]) + (", …" if len(unknown) > 5 else "")
            stderr.print(
                f"[yellow]warning:[/] ignoring predictions for {len(unknown)} doc id(s) "
                f"not in the gold: {shown}",
                highlight=False,
            )
    nlp = None
    try:
        if predictions is None or baseline:
            # spaCy loads only here, when a pipeline runs (not for --pred alone); load_model
            # caches per name, so the engine and textacy share this one pipeline
            from quotes.model import load_model

            nlp = load_model(model)
    except ModelNotFoundError as exc:
        stderr.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    extractors: dict[str, Callable[[Iterable[str]], Iterator[list[Quote]]]] = {}
    if predictions is None:
        from quotes import extract_many

        extractors["quotes"] = partial(extract_many, model=model, scope=scope)
    if baseline:
        # Imported here: textacy is slow to import and only this option needs it.
        from quotes.baseline import baseline_extract_many

        extractors["textacy"] = partial(baseline_extract_many, nlp=nlp)

    report: list[dict[str, Any]] = []
    for name, gold_docs in gold_files.items():
        systems = {"quotes": predictions} if predictions is not None else {}
        for system, extract in extractors.items():
            systems[system] = _run(f"{name} ({system})", gold_docs, extract, stderr)
        scores = {
            system: score(gold_docs, preds, wanted, strict_names)
            for system, preds in systems.items()
        }
        examples = {
            system: error_examples(gold_docs, preds, wanted, errors, strict_names) if errors else []
            for system, preds in systems.items()
        }
        if as_json:
            entry: dict[str, Any] = {
                "gold": name,
                "types": wanted,
                "scores": {system: s.to_dict() for system, s in scores.items()},
            }
            if errors:
                entry["errors"] = {s: [asdict(e) for e in ex] for s, ex in examples.items()}
            report.append(entry)
            continue
        for table in format_tables(name, scores, plain=not stdout.is_terminal):
            stdout.print(table)
        for system, system_examples in examples.items():
            if system_examples:
                stdout.print(format_errors(f"{name}: errors ({system})", system_examples))
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
