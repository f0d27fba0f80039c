"""Rule prose-before-quote: words of the writer before a parenthetical cue that a
quotation finishes. The default scope drops such a row (:func:`quotes.scope.dropped_by`);
`--scope all` keeps it.

`Mara Vell left the valley at nineteen with, she later said, "one coat and a bad
temper".`: the quotation is what she said, a row of its own; `Mara Vell left the valley
at nineteen with` is the writer's telling, which the quotation completes, not a clause
she is reported as saying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.verb_forms import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The tag of a preposition or of `as`, which may stand between the writer's words and
#: the cue's speaker (`came to the city with, she once said, "…"`, `She finished, as she
#: once said, "…"`).
_PREPOSITION = "IN"


def prose_before_quote(content: Span, cue: Token | None, speaker: Span | None) -> bool:
    """Whether reported content is the writer's words before a cue set off by commas
    (`…, he once said, …`, `…, as she put it, …`) that a quotation comes straight after
    and completes, a fragment with no finite verb of its own: the quotation is the
    statement, and what comes before is the writer's. A quotation that goes on with a
    clause of its own leaves the words before it a row (`Prices will rise this winter,
    the minister said, "and nobody can stop that."`)."""
    if cue is None or speaker is None or not content.end <= speaker.start < cue.i:
        return False
    doc = cue.doc
    before = doc[content.end : speaker.start]
    if not all(t.is_punct or t.tag_ == _PREPOSITION for t in before) or not any(
        t.text == "," for t in before
    ):
        return False
    if not all(t.pos_ == "ADV" for t in doc[speaker.end : cue.i]):
        return False
    after = doc[cue.i + 1 : cue.i + 3]
    if len(after) < 2 or after[0].text != "," or not after[1].is_quote:
        return False
    quoted = doc[after[1].i + 1 : after[1].sent.end]
    words = next((quoted[: t.i - quoted.start] for t in quoted if t.is_quote), quoted)
    return not any(is_finite(t) for t in words)
