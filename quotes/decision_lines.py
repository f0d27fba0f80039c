"""A decision's operative line read out or quoted (rule sanction-read): the words by
which a ruling or a decision imposes a penalty or a rank, in the passive (`The decision
line below it reads: "Boat 4 is disqualified from the final."`, `The clerk read the
decision: "You are promoted to captain."`), are the ruling itself, an act, not a claim,
as a ruling told in the writer's words is (the guideline's rows on a race jury's
decision line and on a court's operative part). The default scope drops such rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of a penalty or a rank imposed (`disqualify`, `suspend`, `promote`).
_SANCTIONS = word_list("sanction-verbs")
#: Cues by which a decision's words are read out or quoted: `read`, `quote`.
_READING = word_list("reciting-verbs")


def sanction_read(content: Span, cue: Token | None) -> bool:
    """Rule sanction-read: whether a direct quote that a cue `read`s has one verb at its
    root, which imposes a penalty or a rank in the passive (:data:`_SANCTIONS`): `The
    line below it reads: "Ana Ruiz is suspended for six months and fined £500."`. Said
    by someone in a sentence of his own (`"He was suspended," the coach said`), the same
    words are his claim about what happened, and stay a row."""
    # `The decision line below it reads: "Boat 4 is disqualified from the final."`
    if cue is None or cue.lemma_.lower() not in _READING:
        return False
    verbs = [t for t in roots(content) if t.is_alpha]
    return (
        len(verbs) == 1
        and verbs[0].lemma_.lower() in _SANCTIONS
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verbs[0].children)
    )
