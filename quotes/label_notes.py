"""The notes in brackets after a transcript's label that say more of who speaks: the
sender of a message a podcast plays (`VOICE NOTE (Doina, Florești):`), the outlet of a
press conference's questioner (`Q (Harbour Gazette):`), the holder of an office a
record names once (`The Chair (Ms. Ana Ruiz-Tell):`), and an advertiser's copy read out
(`DEV (SPONSOR READ):`). Steps of :func:`quotes.transcripts.transcript_lines`, read on
each labelled line's match.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotes.language import table
from quotes.name_lines import name_form
from quotes.name_spans import name_tokens
from quotes.role_words import is_office
from quotes.speech_pieces import transcriber_note

#: Most words of a name in a label's note (`The Chair (Ms. Ana María Ruiz Tell)`).
_NOTE_NAME_WORDS = 5


#: Labels that name a kind of message played or read out, not its sender
#: (`VOICE NOTE (Doina, Florești):`), lower case.
_MESSAGE_LABELS = frozenset(" ".join(row) for row in table("message-labels"))
#: Notes after a label that mark an advertiser's copy (`SPONSOR READ`).
_ADVERT_NOTES = frozenset(" ".join(row) for row in table("advert-notes"))


def sender_in_note(doc: Doc, match: re.Match[str]) -> Span | None:
    """The sender a message's label names in the note after it (rule sender-in-note): a
    podcast plays a listener's message under `VOICE NOTE (Doina, Florești):`, the
    listener's words, the name before the comma the mention; None when the label is no
    kind of message (:data:`_MESSAGE_LABELS`) or the note opens with no name."""
    note = match.groupdict().get("note")
    if note is None or match.group("label").strip().lower() not in _MESSAGE_LABELS:
        return None
    inside = note[1:-1]
    name = inside.split(",")[0].strip()
    if not name[:1].isupper() or name.isupper():
        return None
    start = match.start("note") + 1 + inside.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand")


def asker_in_note(doc: Doc, match: re.Match[str]) -> Span | None:
    """The questioner a press conference's transcript names in brackets after `Q`, her
    outlet (rule asker-in-note: `Q (Harbour Gazette): Will the pool reopen?`): words
    of a name's form (:func:`~quotes.name_lines.name_form`), not a stage note (`Q
    (Laughter):`) nor a gap in the speech (`Q (Inaudible):`)."""
    note = match.groupdict().get("note")
    if note is None or note[0] != "(" or not name_form(note[1:-1]):
        return None
    if transcriber_note(note[1:-1]):
        return None
    return doc.char_span(match.start("note") + 1, match.end("note") - 1, alignment_mode="expand")


def holder_in_note(doc: Doc, match: re.Match[str], holders: dict[str, Span]) -> Span | None:
    """The person an office's label names in the note after it (rule holder-in-note), as
    a parliamentary committee's record gives the chair's name once and then the office
    alone: `The Chair (Ms. Ana Ruiz-Tell): Welcome back.` ¶ … ¶ `The Chair: You have the
    floor.` Both lines are Ana Ruiz-Tell's, the name in the first note their mention;
    ``holders`` keeps each office's holder for the lines after. None for a label that is
    no office (`Ana Ruiz (Barclays):`, `JOAN (PENRITH):`) or a note that is no name
    (`OKAFOR (Chair):`, `The Chair (translated):`)."""
    label = " ".join(match.group("label").split())
    if not is_office(label):
        return None
    note = match.groupdict().get("note")
    if note is None:
        return holders.get(label)
    inner = doc.char_span(match.start("note") + 1, match.end("note") - 1)
    tokens = [] if inner is None else name_tokens(inner)  # without `Ms.`, `Hon.`
    if not tokens:
        return None
    holder = doc[tokens[0].i : tokens[-1].i + 1]
    words = holder.text.split()
    if not 2 <= len(words) <= _NOTE_NAME_WORDS or not all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    ):
        return None
    holders[label] = holder
    return holder



def advert_note(note: str | None) -> bool:
    """Rule advert-read: whether the note in brackets after a label says the line is an
    advertiser's paid copy that the speaker reads out (`TAMAR (SPONSOR READ): This hour
    is supported by …`): like a slogan, no one's statement, so the line is no row; the
    speaker's own lines stay rows."""
    # `DEV (SPONSOR READ): Our show is brought to you by Kettleby Farms.`
    return note is not None and " ".join(note[1:-1].lower().split()) in _ADVERT_NOTES
