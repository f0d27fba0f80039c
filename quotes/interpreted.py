"""Rule interpreted-speaker: an interpreter or a translator who passes on what someone
said is never the speaker (`The interpreter relayed that the talks had been frank`):
the row is the one interpreted, whom the text names as the interpreter's owner (`His
interpreter relayed …`), as the one who spoke through an interpreter just before (`The
minister answered through an interpreter. The interpreter relayed …`), or else as the
speaker of the row before.

The statement is still made through the interpreter, so the cue and content stay; only
the speaker mention moves, and the resolver (:mod:`quotes.speakers`) names it as any.
"""

from __future__ import annotations

from spacy.tokens import Span

from quotes.found import Found
from quotes.language import word_list
from quotes.mentions import mention_span

#: Those who put someone's words into another language (`the interpreter`).
_INTERPRETERS = word_list("interpreters")
#: Prepositions of speaking by way of an interpreter (`through an interpreter`).
_BY_WAY_OF = word_list("interpreter-prepositions")


def interpreter(speaker: Span | None) -> bool:
    """Whether a speaker mention is an interpreter or a translator (`the interpreter`,
    `Her translator`)."""
    return speaker is not None and speaker.root.lemma_.lower() in _INTERPRETERS


def interpreted_for(row: Found, before: list[Found], floor: int) -> Span | None:
    """The mention of the one an interpreter's row (:func:`interpreter`) speaks for:
    the interpreter's owner (`His interpreter` → `His`), the subject of a verb with
    `through an interpreter` (:data:`_BY_WAY_OF`) after character ``floor`` (the start
    of the paragraph before the row's), or else the speaker of the latest row in
    ``before`` (the rows before it, in text order) that starts after ``floor``; None
    when there is none."""
    head = row.speaker.root if row.speaker is not None else None
    if head is None:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return mention_span(owner)
    for token in reversed(head.doc[: head.i]):
        if token.idx < floor:
            break
        if token.lemma_.lower() in _INTERPRETERS and token.head.lower_ in _BY_WAY_OF:
            verb = token.head.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() not in _INTERPRETERS:
                return mention_span(subject)
    for earlier in reversed(before):
        if earlier.start < floor:
            break
        if earlier.speaker is not None and not interpreter(earlier.speaker):
            return earlier.speaker
    return None
