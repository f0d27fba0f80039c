"""Find the quotations in news text and say who said each one.

>>> import quotes
>>> [q.speaker for q in quotes.extract('"We will win," Jane Doe said.')]
['Jane Doe']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from quotes.engine import Engine
from quotes.model import load_model
from quotes.records import COLUMNS, Document, Quote

__version__ = "0.1.0"
__all__ = ["COLUMNS", "Document", "Engine", "Quote", "__version__", "extract", "extract_many",
           "get_engine"]


@lru_cache(maxsize=4)
def get_engine(model: str | None = None) -> Engine:
    """The engine for a spaCy model (default: the best English one installed), built once."""
    return Engine(load_model(model))


def extract(text: str, model: str | None = None) -> list[Quote]:
    """Every quote in `text` with its speaker, in text order."""
    return get_engine(model).extract(text)


def extract_many(
    texts: Iterable[str], model: str | None = None, batch_size: int = 32
) -> Iterator[list[Quote]]:
    """Quotes for each text of a (possibly endless) stream, in input order."""
    return get_engine(model).pipe(texts, batch_size=batch_size)
