"""Two readings of the parse that rules in several modules share: the subject of the
sentence before a word's own, and the `by` phrase of a passive.

Imports no spaCy: the default scope's rules (:mod:`quotes.not_said`), which the commands
import at start-up, read them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_of_sentence_before(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The subject of the sentence before the one `token` stands in: the first child of
    that sentence's root whose dependency is one of `deps` (`nsubj`, or `nsubjpass` too):
    `a message` for an `it` in `A message was being forwarded. "…," it read.`; None in
    the first sentence of the text, or when the root has no such child."""
    start = token.sent.start
    if start == 0:
        return None
    root = token.doc[start - 1].sent.root
    return next((c for c in root.children if c.dep_ in deps), None)


def by_phrase(verb: Token) -> Token | None:
    """A passive verb's `by` phrase, its first `agent` child: `by the operator` in `A
    notice was put up by the operator`; None when the verb has none."""
    return next((c for c in verb.children if c.dep_ == "agent"), None)
