"""Direct quotes of several sentences whose line opens with a label before the opening
mark: a live blog's time stamp, a bracketed time, a list number or a bullet. The mark
still opens a quotation (:func:`quotes.around_quote.label_before`); the label is neither
quoted nor a speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check

_QUOTE = "We fish the lake. The buyers set the prices,"
_DIRECT = [Q("direct", _QUOTE, "Ana Ruiz", "Ana Ruiz", "said", "dep:subject")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time stamp after the sentence before, on the same line
        (f'The sides met on Friday. 08:40 "{_QUOTE}" Ana Ruiz said.', _DIRECT),
        # a time stamp with its half of the day, at a line start
        (f'The sides met on Friday.\n8.40pm "{_QUOTE}" Ana Ruiz said.', _DIRECT),
        # a bracketed time
        (f'The sides met on Friday. [19:30] "{_QUOTE}" Ana Ruiz said.', _DIRECT),
        # a list number with a slash, as a thread numbers its posts
        (f'The sides met on Friday.\n4/ "{_QUOTE}" Ana Ruiz said.', _DIRECT),
        # a numbered paragraph
        (f'The sides met on Friday.\n4.4 "{_QUOTE}" Ana Ruiz said.', _DIRECT),
        # a bullet
        (f'The sides met on Friday. • "{_QUOTE}" Ana Ruiz said.', _DIRECT),
        # a number inside a clause is no label: the words in marks stay part of it
        (
            'The index rose 3.5 "points" on Friday, Ana Ruiz said.',
            [Q("mixed", 'The index rose 3.5 "points" on Friday', "Ana Ruiz", "Ana Ruiz", "said")],
        ),
    ],
)
def test_label_before_quote(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)
