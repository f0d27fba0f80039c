"""Readings of the parse that rules in several modules share: the subject of the
sentence before a word's own, the `by` phrase of a passive, and the relative clause a
conjoined verb belongs to.

Imports no spaCy: the default scope's rules (:mod:`quotes.not_said`), which the commands
import at start-up, read them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token


def subject_of_sentence_before(token: Token, deps: Collection[str]) -> Token | None:
    """The subject of the sentence before the one `token` stands in: the first child of
    that sentence's root whose dependency is one of `deps` (`nsubj` alone, or
    :data:`~quotes.deps.SUBJECT`): `a message` for an `it` in `A message was being
    forwarded. "…," it read.`; None in the first sentence of the text, or when the root
    has no such child."""
    start = token.sent.start
    if start == 0:
        return None
    root = token.doc[start - 1].sent.root
    return next((c for c in root.children if c.dep_ in deps), None)


def by_phrase(verb: Token) -> Token | None:
    """A passive verb's `by` phrase, its first `agent` child: `by the operator` in `A
    notice was put up by the operator`; None when the verb has none."""
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def relative_clause(verb: Token) -> Token | None:
    """Rule relative-in-conjunct: the verb of the relative clause that `verb` belongs to,
    itself or the first of the relative clauses it is a conjunct of (the parse hangs a
    second `and who …` on the first clause's verb): `said` in `Dr Ana Ruiz, who teaches
    in the city and who said in March that …` belongs to `teaches`, whose noun the `who`
    stands for; None when `verb` is in no relative clause."""
    # `the economist Ana Ruiz, who teaches at a university and who said that …`
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None
