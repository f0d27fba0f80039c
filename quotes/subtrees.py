"""A word's subtree read from the doc's array of heads, whatever the parse's depth.

spaCy's ``Token.subtree`` walks the tree: each word is passed up through a generator
for every level above it, and each level scans its own span for its children, so a
subtree costs its size times its depth. On prose (a sentence of thirty words, a tree a
few levels deep) that is nothing; on a sentence the parser nests four hundred levels
deep (`according to Ana Ruiz, according to Ana Ruiz, …` pasted a thousand times, a
sentence of :data:`~quotes.sentence_starts.MAX_SENTENCE_TOKENS` words) each cue's
subtree cost a tenth of a second, and a text of such sentences a minute. Here every
word's ancestors are read at once by doubling (its head, its head's head, then four
levels up, eight, …), in as many steps as the depth has binary digits, each one pass
over the doc's array in numpy. Read anew on each call, never kept: a parse repair
(:mod:`quotes.rehead`) may move a word at any time.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Token


def subtree_indices(token: Token) -> list[int]:
    """The indices of `token`'s subtree (the token and every word that hangs under it),
    in text order."""
    doc = token.doc
    if token.left_edge.i == token.right_edge.i:
        return [token.i]
    here = np.arange(len(doc))
    # the arrays hold each word's offset to its head; a root's is 0
    jump = doc.to_array(HEAD).astype(np.int64) + here
    under = here == token.i  # whether the token is among a word's first 2**k ancestors
    while True:
        under |= under[jump]
        higher = jump[jump]
        if np.array_equal(higher, jump):  # every word's jump reached its root
            break
        jump = higher
    return np.flatnonzero(under).tolist()


def subtree(token: Token) -> list[Token]:
    """The words of `token`'s subtree in text order (``Token.subtree``, which yields them
    in that order where the parse is projective)."""
    doc = token.doc
    return [doc[i] for i in subtree_indices(token)]
