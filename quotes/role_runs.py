"""Runs of a speaker's roles written before the name with no comma (`co-founder and chief
executive Lena Hoffmann said`): where such a run starts, so that the rules that look for
the comma before a speaker's name find it before the roles."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.language import word_list
from quotes.normalise import HYPHENS
from quotes.role_words import ROLE_NOUNS

#: Words inside a run of a speaker's roles besides the roles and their adjectives: `co-`
#: of `co-founder`, `and` between two roles.
_ROLE_RUN_WORDS = word_list("role-run-words")


def role_run_start(doc: Doc, last: int) -> int:
    """The index of the first word of the run of role words that ends at token `last`
    with a role noun (`co-founder and chief executive`: roles, their adjectives, `and`,
    hyphens); `last + 1` when the word at `last` is no role noun."""
    if last < 0 or doc[last].lower_ not in ROLE_NOUNS:
        return last + 1
    k = last
    while k > 0 and (
        doc[k - 1].lower_ in ROLE_NOUNS
        or doc[k - 1].lower_ in _ROLE_RUN_WORDS
        or doc[k - 1].text in HYPHENS
        or doc[k - 1].pos_ == "ADJ"
    ):
        k -= 1
    return k
