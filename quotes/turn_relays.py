"""Words a transcript line's speaker reads out for someone the line names.

A presenter or a moderator may read out, inside her own line, a statement or a question
someone sent in, after a sentence that names its sender: `CHIN LEE: Our next question is
from a viewer. Anil Persad sent it to us on WhatsApp: "Who do I call?" Ms Alleyne, you
first.` The quoted words are the sender's row (found like any quote after its cue), the
sentence that introduces them is their attribution, and her own words before and after
them are her rows, one per piece. A quote a speaker gives with a comma as evidence
inside his own argument (`Your own mailer says, "…"`) stays part of his line, and so
does one from a source the line does not name (`A text from a listener says: "…"`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.cue_classes import VERB_CLASSES
from quotes.source_words import SENDING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotes.found import Found
    from quotes.marks import QuoteSpan



def cut_relays(doc: Doc, text: str, turns: list[Found], spans: list[QuoteSpan]) -> list[Found]:
    """Transcript lines cut around the quotes they read out for a sender they name
    (:func:`turn_pieces`): the speaker's own pieces stay hers, a row each, and the
    quotes, no longer inside a line, are left to be found like any other."""
    out = []
    for turn in turns:
        pieces = turn_pieces(doc, text, turn, spans)
        if pieces is None:
            out.append(turn)
            continue
        out += [replace(turn, start=start, end=end) for start, end in pieces]
    return out


def turn_pieces(
    doc: Doc, text: str, turn: Found, spans: list[QuoteSpan]
) -> list[tuple[int, int]] | None:
    """Rule relayed-in-turn: a transcript line's own pieces around the quotes it reads out
    for a sender it names (see the module), or None when it reads out none. Each piece
    is cut before the sentence that introduces a quote and goes on after its closing
    mark. `text` is the text `doc` was made from."""
    # `HOST: We've lost him. Kestrel Ferries says: "The part arrives on Monday." So, Monday.`
    pieces = []
    at = turn.start
    for span in spans:
        if not at <= span.open_start < turn.end:
            continue
        opening = _introduction(doc, text, span, turn)
        if opening is None:
            continue
        pieces.append((at, max(at, opening)))
        at = span.close_end
    if not pieces:
        return None
    pieces.append((at, turn.end))
    out = []
    for start, end in pieces:
        chunk = text[start:end]
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if start < end:
            out.append((start, end))
    return out


def _introduction(doc: Doc, text: str, span: QuoteSpan, turn: Found) -> int | None:
    """Where the sentence that introduces a quote inside a turn starts, when it names a
    sender by name as the subject of a verb of speech or of sending and gives the quote
    after a colon (`Pacific Line says: "…"`, `Ana Lee sent this text: "…"`); else None."""
    before = text[turn.start : span.open_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) + turn.start - 1, len(before) + turn.start)
    if colon is None:
        return None
    sentence = colon[0].sent
    start = max(sentence.start_char, turn.start)
    for token in sentence:
        if token.i >= colon.start or token.idx < start:
            continue
        if _names_a_sender(token, turn.speaker):
            return start
    return None


def _names_a_sender(verb: Token, label: Span | None) -> bool:
    """Whether a verb of speech or of sending has a named subject other than the line's
    own speaker (`Anil Persad … sent`, `Pacific Line says`), or a subject with a name set
    beside it (`One listener, Karen from Redcliffe, has texted in`)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (VERB_CLASSES.get(lemma) == "speech" or lemma in SENDING):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ != "PROPN":
        # `One listener, Karen from Redcliffe, has texted in:`: the name set beside a noun
        subject = next((c for c in subject.children if c.dep_ == "appos"), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    own = set() if label is None else {t.lower_ for t in label}
    return not own & {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
