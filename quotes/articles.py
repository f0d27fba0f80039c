"""The indefinite articles (`a`, `an`), which many rules ask about a word before a name
or a noun: read once here, so that every rule reads the same set under one name, and
the one test they most often make of a noun (:func:`has_indefinite_article`).

This module loads no spaCy (as :mod:`quotes.role_words`): the scope's rules may read it
before any model is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["INDEFINITE", "has_indefinite_article"]

#: The indefinite articles: a thing after one is just come upon (`a notice said`), a
#: name after one is a judgement (`called it a stitch-up`), a person after one is
#: described, not named (`a prosecutor told the court`).
INDEFINITE = word_list("indefinite-articles")


def has_indefinite_article(head: Token) -> bool:
    """Whether the noun `head` has an indefinite article as its determiner (`a
    spokesperson`, `an adviser`)."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children)
