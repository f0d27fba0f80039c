"""A bulleted point of advice (rule advice-point): the points a source lists under a
lead-in whose verb gives advice (`The fire service reminds residents:` ¶ `- Test smoke
alarms monthly.` ¶ `- Keep anything that can burn away from the stove.`) tell the
reader what to do, and make no claim a fact-checker could check, when the point has no
subject of its own (an imperative, which the parser may also read as a noun phrase:
`Test smoke alarms monthly`). A point with a subject (`- The deadline is 1 June.`) is
the source's statement and stays. The default scope drops advice
(:func:`quotes.scope.dropped_by`); `--scope all` keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.deps import ANY_SUBJECT
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of giving advice that lead in to a list (`remind`, `advise`, `urge`).
_ADVICE_CUES = word_list("advice-cues")
#: The method of a bulleted point under a lead-in (:func:`quotes.columns.listed_points`).
_LISTED = "listed-point"


def advice_point(content: Span, cue: Token | None, method: str) -> bool:
    """Rule advice-point: whether a row is a bulleted point under a lead-in whose verb
    gives advice (:data:`_ADVICE_CUES`) and the point's words have no subject at their
    root: `- Have chimneys cleaned every year.`, an imperative, is advice to the reader,
    not the source's claim."""
    # `The fire service reminds residents:` ¶ `- Keep anything that can burn away from …`
    if method != _LISTED or cue is None or cue.lemma_.lower() not in _ADVICE_CUES:
        return False
    return not any(
        c.dep_ in ANY_SUBJECT for root in roots(content) for c in root.children
    )
