"""Rule interpreted-speaker: an interpreter or a translator who passes on what someone
said is never the speaker (`The interpreter relayed that the talks had been frank`):
the row is the one interpreted, whom the text names as the interpreter's owner (`His
interpreter relayed …`), as the one who spoke through an interpreter just before (`The
minister answered through an interpreter. The interpreter relayed …`), or else as the
speaker of the row before.

The statement is still made through the interpreter, so the cue and content stay; only
the speaker mention moves, and the resolver (:mod:`quotes.speakers`) names it as any.
Likewise `according to` an interpreter is no source of its own when someone else speaks
in the clause (:func:`interpreted_relay`, asked by :mod:`quotes.reported`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.according_hosts import according_host
from quotes.deps import SUBJECT
from quotes.found import Found
from quotes.language import word_list
from quotes.matchers import CueSpeaker
from quotes.mentions import mention_span

#: Those who put someone's words into another language (`the interpreter`).
_INTERPRETERS = word_list("interpreters")
#: Prepositions of speaking by way of an interpreter (`through an interpreter`).
_BY_WAY_OF = word_list("interpreter-prepositions")


def interpreter(speaker: Span | None) -> bool:
    """Whether a speaker mention is an interpreter or a translator (`the interpreter`,
    `Her translator`) who passes on another's words: not one the text names in
    apposition (:func:`_named`)."""
    return (
        speaker is not None
        and speaker.root.lemma_.lower() in _INTERPRETERS
        and not _named(speaker.root)
    )


def _named(head: Token) -> bool:
    """Rule named-translator: an interpreter or translator whom the text names beside
    the noun speaks for themself, as a source the writer introduces (`His translator,
    Dita Mesic, told us the second edition took a year`: her own account, not his
    words), where an unnamed one relays the words of the one they serve."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


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
            subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
            if subject is not None and subject.lemma_.lower() not in _INTERPRETERS:
                return mention_span(subject)
    for earlier in reversed(before):
        if earlier.start < floor:
            break
        if earlier.speaker is not None and not interpreter(earlier.speaker):
            return earlier.speaker
    return None


def interpreted_relay(cue: Token, source: Token, cues: dict[int, CueSpeaker]) -> bool:
    """Rule interpreted: `according to` an interpreter, or an interpreter's summary, is
    no source of its own when the clause it is set into is someone else's statement,
    its verb a cue with a speaker: `According to the interpreter's summary, he said that
    two families shared one meter` is his statement, made through the interpreter (the
    row of `said`, which the clause would otherwise hold as part of the interpreter's).
    So is `per` an interpreter set into a speaker's clause (`Ruiz said, per a translator,
    that the server was open`), whichever piece of it the phrase splits off.
    Not a clause whose verb says no one spoke (`According to his lawyers, he is expected
    to testify`), nor `according to` a lawyer or an aide, who are sources of their own
    (`According to his lawyers, he plans to appeal`: PolNeAR's row is the lawyers')."""
    people = [source, *(c for c in source.children if c.dep_ == "poss")]
    if not any(p.lemma_.lower() in _INTERPRETERS for p in people):
        return False
    hit = cues.get(according_host(cue)[1].i)
    return hit is not None and hit.speaker != source.i
