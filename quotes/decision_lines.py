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
from quotes.deps import PASSIVE_MARK
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of a penalty or a rank imposed (`disqualify`, `suspend`, `promote`).
_SANCTIONS = word_list("sanction-verbs")
#: Cues by which a decision's words are read out or quoted: `read`, `quote`.
_READING = word_list("reciting-verbs")
#: Nouns that name a penalty imposed (`penalty`, `disqualification`).
_PENALTIES = word_list("penalty-nouns")


def sanction_read(content: Span, cue: Token | None) -> bool:
    """Rule sanction-read: whether a direct quote that a cue `read`s has one verb at its
    root, which imposes a penalty or a rank in the passive (:data:`_SANCTIONS`): `The
    line below it reads: "Ana Ruiz is suspended for six months and fined £500."`, also
    with its auxiliary left out (`"Protest dismissed."`), and with lines beside it that
    name a penalty with no verb (`"Licence suspended for nine months. Fine of €5,000."`);
    or no verb, each line naming a penalty (`"Ten-second time penalty. One penalty
    point."`, :data:`_PENALTIES`). Said
    by someone in a sentence of his own (`"He was suspended," the coach said`), the same
    words are his claim about what happened, and stay a row."""
    # `The decision line below it reads: "Boat 4 is disqualified from the final."`
    if cue is None or cue.lemma_.lower() not in _READING:
        return False
    heads = [t for t in roots(content) if t.is_alpha]
    if heads and all(_penalty_named(t) for t in heads):
        return not any(t.pos_ in ("VERB", "AUX") for t in content)
    # `Its last line reads: "Licence suspended for nine months. Fine of €5,000."`: a
    # sanction in the passive, then a line naming a penalty with no verb of its own
    sanctions = [t for t in heads if _sanction_passive(t)]
    return bool(sanctions) and all(
        t.i in {s.i for s in sanctions} or _penalty_line(t) for t in heads
    )


def _sanction_passive(verb: Token) -> bool:
    """Whether a line's head imposes a penalty or a rank in the passive, with or without
    its auxiliary (`Ana Ruiz is suspended for six months`, `Protest dismissed`)."""
    return verb.lemma_.lower() in _SANCTIONS and (
        any(c.dep_ in PASSIVE_MARK for c in verb.children) or _bare_passive(verb)
    )


def _penalty_line(head: Token) -> bool:
    """Whether a line beside a sanction names a penalty and holds no verb (`Fine of
    €5,000.`, `One penalty point.`)."""
    return _penalty_named(head) and not any(t.pos_ in ("VERB", "AUX") for t in head.subtree)


def _penalty_named(head: Token) -> bool:
    """Whether a line with no verb names a penalty: its head, or a noun before it, is one
    of :data:`_PENALTIES` (`Ten-second time penalty.`, `One penalty point.`)."""
    # `The line below it reads: "Drive-through penalty. Two penalty points."`
    return head.lemma_.lower() in _PENALTIES or any(
        c.dep_ == "compound" and c.lemma_.lower() in _PENALTIES for c in head.children
    )


def _bare_passive(verb: Token) -> bool:
    """Whether a sanction verb is a passive with its auxiliary left out, as a decision's
    line is written (`Protest dismissed.`, `Boat 4 disqualified.`): a subject, no
    auxiliary and no object, which the verb in the active would have."""
    # `The decision line below reads: "Appeal upheld."`
    children = list(verb.children)
    return any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in ("aux", "dobj") for c in children
    )
