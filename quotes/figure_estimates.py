"""Where someone puts a figure: `Police put the crowd at 9,000`.

A verb of figure-verbs.txt with an object and an `at` phrase holding a number after it
gives its subject's own estimate of that thing, as `estimated that` does, and the row's
content is the thing with its figure. The verbs are cues only in this shape (`put the
book on the shelf`, `as she put it`), so the rule lives apart from the cue lexicon, as a
poll's reading does (:mod:`quotes.poll_readings`, which keeps a poll subject's rows).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_classes, word_list
from quotes.poll_readings import poll_subject

#: The verbs that give a figure, and the class of the row each makes.
FIGURE_VERBS = word_classes("figure-verbs")
#: Words after a number that make it a time of day, not a figure (`at 9 a.m.`).
_MERIDIEM = word_list("clock-suffixes")


def figure_estimate(verb: Token) -> list[Token]:
    """Rule figure-estimate: the thing and the figure a verb of :data:`FIGURE_VERBS`
    puts it at, its object and the `at` phrase after it (on the verb or on the object)
    whose words hold a number; empty when the verb gives no figure, or when its subject
    is a poll (a poll's reading, :func:`~quotes.poll_readings.poll_reading`).

    Shape: `<subject> put|place|peg|estimate <thing> at <number>`. `It put the turnout
    at 38 percent` reads `the turnout at 38 percent`; not `put the book on the shelf`,
    `put the meeting at 9 a.m.` or `put the blame at his door`.
    """
    if verb.lemma_.lower() not in FIGURE_VERBS or verb.pos_ != "VERB":
        return []
    if poll_subject(verb) is not None:
        return []
    thing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if thing is None:
        return []
    at = next(
        (
            c
            for c in (*verb.rights, *thing.rights)
            if c.dep_ == "prep" and c.lower_ == "at" and c.i > thing.i
        ),
        None,
    ) or _closing_at(verb, thing)
    if at is None or not _figure(at):
        return []
    return list(verb.doc[thing.left_edge.i : _figure_end(at) + 1])


def _closing_at(verb: Token, thing: Token) -> Token | None:
    """Rule figure-at-deep: the `at` phrase the parser hung on a word inside the thing
    or inside a phrase after it (`put the number of boats waiting to be unloaded at
    460`: on `unloaded`; `put the number of starters in the long race at 4,300`: on
    `race`), when it is the first `at` after the thing and its figure closes the clause
    (a comma, a full stop or the sentence's end after it), as the figure of `put … at`
    does; not `put the boats that came in at 5 in the shed`."""
    at = next(
        (w for w in verb.doc[thing.i + 1 : verb.right_edge.i + 1] if w.lower_ == "at"), None
    )
    if at is None or at.dep_ != "prep" or not _figure(at):
        return None
    end = _figure_end(at)
    after = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
    if after is not None and not after.is_sent_start and after.text not in (",", ".", ";"):
        return None
    return at


def _figure_end(at: Token) -> int:
    """The last word of an `at` phrase's figure, before a comma that sets off what the
    writer adds about it (`pegged him at $2.9 billion, which he called a disgrace`)."""
    comma = next((w.i for w in at.subtree if w.text == ","), None)
    return at.right_edge.i if comma is None else comma - 1


def _figure(at: Token) -> bool:
    """Whether an `at` phrase holds a number that is no time of day: `at 38 percent`,
    `at about $310,000 a year`, `at 19`; not `at 9 a.m.` nor `at the door`."""
    words = list(at.subtree)[1:]
    return any(w.like_num or w.tag_ == "CD" for w in words) and not any(
        w.lower_.replace(".", "") in _MERIDIEM for w in words
    )
