"""Speakers the narration around a cue-less quote names: the person the sentence just
before it is about (in news, someone the story has moved on to, rule new-speaker; else
rule previous-sentence), in dialogue-dense text the person the line of narration after
it is about and else the last speaker, and as a last resort what the sentences right
around it say (:mod:`quotes.last_resort`). Steps of
:meth:`quotes.inheritance.Inheritance.resolve`, tried where no quote before gives the
turn (:mod:`quotes.turn_taking`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.found import Found, char_tokens
from quotes.last_resort import beat_speaker, cue_after, speaker_before
from quotes.matchers import active_subject
from quotes.mentions import mention_span
from quotes.narration import is_person_subject, is_someone
from quotes.next_sentence import next_sentence_speaker
from quotes.span_index import Spans
from quotes.speakers import SpeakerResolver
from quotes.turn_taking import borrow

#: The method of a cue-less quote given to a newcomer the sentence before names.
NEWCOMER = "new-speaker"


def previous_subject(doc: Doc, found: Found) -> Token | None:
    """The person the sentence just before a quote is about (its active subject), if
    it names one (:func:`quotes.narration.is_person_subject`)."""
    whole = char_tokens(doc, found.start, found.end)
    if whole is None or whole.start < 2:
        return None
    previous = doc[whole.start - 1].sent
    if previous.start >= whole.start - 1:
        previous = doc[max(0, previous.start - 1)].sent
    subject = active_subject(previous.root)
    if subject is None or not is_person_subject(subject):
        return None
    return subject


def newcomer(
    doc: Doc, quoted: Spans, f: Found, last: Found, resolver: SpeakerResolver
) -> None:
    """In news, a quote with no cue right after a sentence about someone other than the
    last speaker goes to that someone: the story has moved on to them.

    `"We will appeal," Lee said.` / `Ana Ruiz, who chairs the board, shrugged off the
    threat.` / `"The case is closed."` is Ruiz's, not Lee's. Only a subject that names
    someone (:func:`quotes.narration.is_someone`; not `he` or `she`, who may still be
    the last speaker, nor a thing), in a sentence that holds no quote of its own.
    """
    subject = previous_subject(doc, f)
    if subject is None or subject.pos_ == "PRON" or not is_someone(subject):
        return
    sentence = subject.sent
    if quoted.overlapping(sentence.start_char, sentence.end_char):
        return
    mention = mention_span(subject)
    name = resolver.resolve(mention)
    if name is None or name == last.name:
        return
    f.speaker, f.cue, f.name = mention, sentence.root, name
    f.method = NEWCOMER


def narrator(doc: Doc, found: Found) -> None:
    """A quote opening a paragraph after one about a person: that person speaks.

    `Valastro praised Christie's leadership.` / `"We need someone who …"` — the
    subject of the sentence just before, when it is a person, a proper name, `he`/`she`
    or a noun with `the` (`The girl smiled.` / `"I will go."`).
    """
    subject = previous_subject(doc, found)
    if subject is None:
        return
    found.speaker, found.cue = mention_span(subject), subject.sent.root
    found.method = "previous-sentence"


def beat(doc: Doc, norm: str, found: Found) -> None:
    """In dialogue-dense text, a quote ending its line with no speaker yet, followed by
    a line of narration about a person: that person speaks
    (:func:`quotes.next_sentence.next_sentence_speaker`)."""
    hit = next_sentence_speaker(doc, norm, found)
    if hit is not None:
        found.speaker, found.cue = hit
        found.method = "next-sentence"


def last_speaker(found: Found, attributed: list[Found]) -> None:
    """In dialogue-dense text, where every line has a speaker, a quote no other rule
    names takes the speaker of the last quote that has one, however far back: the
    talk goes on with the one who spoke last.

    `"Is the barn locked?" asked Ruth.` / `The wind rose and the rain came on.` /
    `The lamp flickered.` / `"Dry wood would help."` is Ruth's.
    """
    source = next((a for a in reversed(attributed) if a.type == "direct"), None)
    if source is not None:
        borrow(found, source, "last-speaker")


def last_resort(doc: Doc, found: Found, before: Found | None, said: Spans) -> None:
    """A quote no other rule gives a speaker: the narration around it may still say
    who talks (:mod:`quotes.last_resort`: a speech verb in a sentence just before,
    the quote before it across a short beat of narration, a cue sentence after)."""
    if before is not None and before is not found and beat_speaker(
        doc, said, found, before
    ):
        borrow(found, before, "after-a-beat")
        return
    for rule, method in ((speaker_before, "speaking-before"), (cue_after, "cue-after")):
        hit = rule(doc, said, found)
        if hit is not None:
            found.speaker, found.cue = hit
            found.method = method
            return
