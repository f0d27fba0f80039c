"""One row per stretch of text: no two rows of the statements scope overlap.

Two rows whose quotes share characters cannot both be right: one stretch of a text is
said once, by one speaker, in one shape. Yet rules that each read a sentence alone gave
such pairs: a reported clause running on past a quote whose marks did not pair
(`said the firm was ‘badly hurt” and would appeal. “This ruling keeps us small,’ Tan
said`: a mixed row over both sentences, and an indirect one over the second inside it),
a relative clause's own reported clause (`He argued that the man had come back to the
market, which showed that he had time to calm down`: `the market` said the last words
too). :func:`without_overlaps` keeps the first row of each such pair, the one that
starts first (the shorter of two that start together), and drops the other; dropping the
outer row or both cost more. The `all` scope keeps an attribution nested in another's
content, as PolNeAR annotates it (:func:`quotes.scope.select`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.records import Quote

__all__ = ["without_overlaps"]


def without_overlaps(quotes: Sequence[Quote]) -> list[Quote]:
    """`quotes` in their order, less each row that overlaps a row kept before it in text
    order (by start, then end): of two overlapping rows the one that starts first stays."""
    kept: set[int] = set()
    reached = -1  # the end of the rows kept so far
    for index in sorted(range(len(quotes)), key=lambda i: (quotes[i].start, quotes[i].end)):
        quote = quotes[index]
        if quote.start < reached:
            continue
        kept.add(index)
        reached = max(reached, quote.end)
    return [quote for index, quote in enumerate(quotes) if index in kept]
