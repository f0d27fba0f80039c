"""What a word's preposition names: the object of the first of some prepositions after it.

A feeling (`pleased with the vote`), a stance adjective (`divided on the merger`) and a
stance phrase (`in favour of the levy`) each say what they are about in the same shape,
a preposition of their own hung on the word after it, whose object is the thing; one
reading serves all three (:mod:`quotes.feelings`, :mod:`quotes.stance_adjectives`,
:mod:`quotes.stance_phrases`), each with its own prepositions as data.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

#: How the parser hangs such a preposition on the word: `pleased with`, and the `by` of a
#: participle read as a passive (`impressed by the budget`).
_PREP_LINKS = frozenset({"prep", "agent"})
#: How the thing hangs on the preposition: a noun (`with the vote`) or a clause or gerund
#: (`about raising taxes`).
_OBJECT_LINKS = frozenset({"pobj", "pcomp"})


# `Members are divided on the merger` gives `the merger`; `the one thing that she is vocal
# about` gives nothing (the preposition is stranded: its object stands before it)
def first_prep_object(word: Token, preps: Collection[str]) -> list[Token]:
    """The object of the first preposition of `preps` hung on `word` after it, as a list
    of one token, or nothing when there is none or the preposition is stranded after its
    relative word (the clause then describes the thing, no stance on it)."""
    for child in word.rights:
        if child.dep_ in _PREP_LINKS and child.lower_ in preps:
            return [c for c in child.children if c.dep_ in _OBJECT_LINKS and c.i > child.i][:1]
    return []
