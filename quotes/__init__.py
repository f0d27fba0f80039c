"""Find the quotations in news text and say who said each one.

>>> import quotes
>>> [q.speaker for q in quotes.extract('"We will win," Jane Doe said.')]
['Jane Doe']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import tee
from typing import TYPE_CHECKING

from quotes.arguments import checked_batch_size, checked_text, checked_texts
from quotes.installed import ModelNotFoundError, model_name
from quotes.process_setup import prepare_bulk_process
from quotes.records import COLUMNS, Document, Quote
from quotes.scope import check_scope

if TYPE_CHECKING:
    from os import PathLike

    import pandas

    from quotes.engine import Engine
    from quotes.scope import Scope

__version__ = "0.1.0"
__all__ = ["COLUMNS", "Document", "Engine", "ModelNotFoundError", "Quote", "__version__", "extract",
           "extract_many", "get_engine", "prepare_bulk_process", "to_dataframe"]


def __getattr__(name: str) -> object:
    """`quotes.Engine`, imported on first use: spaCy loads only when something needs it,
    so `quotes --help` and `quotes evaluate --pred` start at once."""
    if name == "Engine":
        from quotes.engine import Engine

        return Engine
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")


def get_engine(model: str | PathLike[str] | None = None) -> Engine:
    """The engine for a spaCy model (default: the best English one installed), built once.

    `model` is a package's name or a pipeline's folder, as `spacy.load` takes it (a `Path`
    too, where it raised AttributeError); anything else is a TypeError, and an empty name
    a :class:`ModelNotFoundError` (it loaded the default model without a word).
    """
    return _engine(None if model is None else model_name(model))


@lru_cache(maxsize=4)
def _engine(model: str | None) -> Engine:
    """The engine for a checked model name, built once."""
    from quotes.engine import Engine
    from quotes.model import load_model

    return Engine(load_model(model))


def extract(text: str, model: str | None = None, scope: Scope = "statements") -> list[Quote]:
    """Every quote in `text` with its speaker, in text order: the statements a
    fact-checker would publish, or with ``scope="all"`` every attribution (acts, stances,
    unsourced statements; see :mod:`quotes.scope`).

    Raises TypeError for anything but a `str` (bytes: decode them first), and for a
    `scope` that is no text (ValueError for an unknown one).
    """
    text, scope = checked_text(text, "extract"), check_scope(scope)
    return get_engine(model).extract(text, scope=scope)


def extract_many(
    texts: Iterable[str],
    model: str | None = None,
    batch_size: int = 32,
    scope: Scope = "statements",
) -> Iterator[list[Quote]]:
    """Quotes in a scope for each text of a (possibly endless) stream, in input order.

    Raises TypeError for a single text (a `str` would be read one character at a time)
    or what is no iterable, and, as the stream reaches it, for an item that is not a `str`;
    ValueError for a `batch_size` under 1 (a batch of no texts would end the stream, every
    text's row lost) or not a whole number; for `scope` as :func:`extract`. Each is raised
    by the call, not by the first step of the stream.
    """
    return _many(texts, model, batch_size, scope, "extract_many")


def _many(texts: object, model: str | None, batch_size: object, scope: object,
          caller: str) -> Iterator[list[Quote]]:
    """:func:`extract_many` for `caller`, whose name its errors give."""
    texts = checked_texts(texts, caller)
    batch_size, scope = checked_batch_size(batch_size), check_scope(scope)
    return get_engine(model).pipe((checked_text(t, caller) for t in texts),
                                  batch_size=batch_size, scope=scope)


def to_dataframe(
    texts_or_documents: str | Document | Iterable[str | Document],
    model: str | None = None,
    batch_size: int = 32,
    scope: Scope = "statements",
) -> pandas.DataFrame:
    """The quotes of texts or :class:`Document` records as a DataFrame with :data:`COLUMNS`.

    One row per quote, as in the CSV export; ``speaker_id`` names one person across all
    the texts given (see :mod:`quotes.people`). A plain text gets its position in the input
    (``"0"``, ``"1"``, ...) as ``doc_id``. Offsets are nullable integers (``Int64``) so
    a quote without a speaker keeps integer columns. Needs pandas (the ``parquet`` extra:
    ``pip install "quotes-attribution[parquet]"``); it is imported only here, so the rest
    of the library works without it.
    """
    import pandas as pd

    from quotes.writers import COLUMN_TYPES

    if isinstance(texts_or_documents, str | Document):
        texts_or_documents = [texts_or_documents]
    texts_or_documents = checked_texts(texts_or_documents, "to_dataframe")
    for_ids, for_texts = tee(texts_or_documents)
    ids = (d.id if isinstance(d, Document) else str(i) for i, d in enumerate(for_ids))
    texts = (d.text if isinstance(d, Document) else d for d in for_texts)
    from quotes.speaker_ids import identify

    rows = identify([
        quote.to_row(doc_id, number)
        for doc_id, found in zip(ids, _many(texts, model, batch_size, scope, "to_dataframe"),
                                 strict=True)
        for number, quote in enumerate(found, 1)
    ])
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    numeric = {"int": "Int64", "float": "float64"}
    return frame.astype({c: numeric[t] for c, t in COLUMN_TYPES.items() if t in numeric})
