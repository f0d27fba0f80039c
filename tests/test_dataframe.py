"""quotes.to_dataframe: the CSV contract as a pandas DataFrame."""

from __future__ import annotations

import quotes
from quotes.records import COLUMNS, Document


def test_to_dataframe_has_the_columns_and_one_row_per_quote() -> None:
    frame = quotes.to_dataframe(
        ['"We will win," Jane Doe said.', "No quotes here.", Document("x", "It rained, Al said.")]
    )
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["doc_id"]) == ["0", "x"]
    assert list(frame["speaker"]) == ["Jane Doe", "Al"]
    assert str(frame["quote_start"].dtype) == "Int64"
    assert frame.loc[0, "quote"] == "We will win,"


def test_to_dataframe_of_one_text_or_none() -> None:
    assert len(quotes.to_dataframe('"Yes," Jane Doe said.')) == 1
    empty = quotes.to_dataframe([])
    assert tuple(empty.columns) == COLUMNS and len(empty) == 0
