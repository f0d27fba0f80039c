"""Cues under which nothing was said or held. The default scope drops such rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them.

- `hypothetical`: a cue in an `if` clause, or a `would` cue with one (`If the panel
  finds that the claims are true, the council will vote`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that open a condition: `if`, `unless`.
_CONDITIONS = word_list("conditional-marks")
#: Verbs of asking, whose `if` opens a question, not a condition: `ask`.
_ASKING = word_list("asking-cues")
#: Modals of a cue under a condition: `would`.
_HYPOTHETICAL_MODALS = word_list("hypothetical-modals")


def _conditional(verb: Token) -> bool:
    """Whether a verb heads a clause that a condition word opens (`if the panel finds`):
    the word is the first of the clause, not one the parser hung on the verb from a
    clause before it (`Asked if he fears the sack, the manager fires back: "…"`)."""
    return any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS and c.i == verb.left_edge.i
        for c in verb.children
    )


def hypothetical(cue: Token | None) -> bool:
    """Rule hypothetical: whether a cue tells what someone would say or find under a
    condition, not what anyone said: the cue heads an `if` or `unless` clause of another
    verb (`If the panel finds that the claims are true, the council will vote on a
    censure`), or a modal `would` cue has such a clause of its own (`If this town had a
    Minister for Parking, she would say: "Every space is a privilege."`). Not a cue of
    a question an `if` opens (`Asked if he fears the sack, …`)."""
    if cue is None:
        return False
    if cue.dep_ == "advcl" and _conditional(cue) and cue.head.lemma_.lower() not in _ASKING:
        return True
    children = list(cue.children)
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in children) and any(
        c.dep_ == "advcl" and _conditional(c) for c in children
    )
