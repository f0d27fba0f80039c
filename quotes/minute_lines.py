"""Rule minute-line-speaker: a line of minutes quoted whole speaks for whom it records.

Minutes report a meeting in the third person (`The Chief Executive stated that the
closure was temporary`), so a story that quotes one of their lines (`One line of the
minutes reads: "…"`) passes on the words of the one the line records as speaking, whom a
fact-checker names, not the minutes': the quote's speaker is the subject of the line's
own cue, resolved as any mention is (`The Chief Executive` to the chief executive the
text names).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.found import Found, char_tokens
from quotes.mentions import mention_span
from quotes.record_acts import MINUTE_RECORDS


def recorded_speakers(found: list[Found], lemmas: frozenset[str]) -> None:
    """Rule minute-line-speaker: each direct quote whose speaker is a record of a
    meeting (or a line of one) and whose words open with who spoke, a cue word of
    `lemmas` and the clause it reports takes that subject for speaker."""
    # `One line of the minutes reads: "The Treasurer advised that the account was empty."`
    for f in found:
        if f.type != "direct" or f.speaker is None or not _a_record(f.speaker):
            continue
        subject = _recorded_subject(f, lemmas)
        if subject is not None:
            # a name of several words as the tagger holds it (`K. P. Raveendran` of `Sri.
            # K. P. Raveendran`), else the subject from its first word (`The Chief
            # Executive`, where the tagger may hold `Executive` alone)
            named = mention_span(subject)
            if len(named) < 2:
                named = subject.doc[subject.left_edge.i : subject.i + 1]
            f.speaker, f.method = named, f"minute-line:{f.method}"


def _a_record(mention: Span) -> bool:
    """Whether a mention names a record of a meeting or a part of one (`the minutes`,
    `One line of the minutes of the private session`)."""
    return any(t.lower_ in MINUTE_RECORDS for t in mention.root.subtree)


def _recorded_subject(f: Found, lemmas: frozenset[str]) -> Token | None:
    """The subject that opens a quote's words before a cue word that reports a clause
    (`The Chief Executive` in `The Chief Executive stated that …`), or None."""
    words = char_tokens(f.speaker.doc, f.start, f.end)
    if words is None or not len(words):
        return None
    verb = words.root  # the head of the quote's words (the line may hang on `reads`)
    if verb.lemma_.lower() not in lemmas:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    reports = any(c.dep_ == "ccomp" for c in verb.rights)
    if subject is None or not reports or subject.left_edge.i != words.start:
        return None
    return subject
