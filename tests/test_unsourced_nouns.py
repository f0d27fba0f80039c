"""Rule nominal-unsourced (quotes/unsourced_nouns.py): a noun cue's `that`-clause that no
one in the text holds is a row with no speaker in scope `all`, and no statement; one case
per shape, with the shapes the rule must leave to others beside them."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun cue with its `that`-clause and no source, in a phrase of the sentence
        ("Despite complaints that the pool was unsafe, the council kept it open.",
         [Q("indirect", "the pool was unsafe", None, None, "complaints",
            "unsourced:nominal")]),
        # … as the subject of its sentence
        ("Rumors that the mill would close spread fast in the valley.",
         [Q("indirect", "the mill would close", None, None, "Rumors", "unsourced:nominal")]),
        # … after an existential `there`
        ("There was speculation that the mayor would run again.",
         [Q("indirect", "the mayor would run again", None, None, "speculation",
            "unsourced:nominal")]),
        # an owner is the source (rule nominal, as before)
        ("Her complaint that the pool was unsafe was ignored.",
         [Q("indirect", "the pool was unsafe", None, "Her", "complaint", "reported:nominal")]),
        # a relative `that` is no content clause
        ("The report that was leaked on Monday caused a stir.", []),
        # nominal-of-subject: the verb's subject holds or answers the noun
        ("The mayor clung to the hope that the mill would stay open.", []),
        # a cue with a speaker inside the clause is that speaker's row, not a claim no one
        # holds
        ("They repeated the claim that the mayor opposed the tunnel.",
         [Q("indirect", "the claim that the mayor opposed the tunnel", None, "They",
            "repeated", "reported-object")]),
    ],
)
def test_unsourced_noun_cues(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


def test_an_unsourced_noun_clause_is_no_statement() -> None:
    # the fact-checker's scope keeps no row the text gives no source for
    text = "Despite complaints that the pool was unsafe, the council kept it open."
    assert quotes.extract(text) == []
