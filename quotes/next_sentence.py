"""Who speaks a cue-less quote in dialogue-dense text when the line after it is narration
about a person: `"Morning, Mrs Hale!"` / `The postman dropped the parcels on the step.`
A step of :class:`quotes.inheritance.Inheritance` (its method `next-sentence`), tried
after the quote before and the sentence before give no speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.found import MARKS, Found, char_tokens
from quotes.matchers import active_subject
from quotes.mentions import mention_span
from quotes.narration import is_person_subject, opening_subject

__all__ = ["next_sentence_speaker"]


def next_sentence_speaker(doc: Doc, norm: str, found: Found) -> tuple[Span, Token] | None:
    """Rule next-sentence: in dialogue-dense text, a quote ending its line with no speaker
    yet, followed by a line of narration about a person: that person speaks (the mention
    and the verb of the narration, as the row's speaker and cue).

    `"Morning, Mrs Hale!"` / `The postman dropped the parcels on the step.`
    """
    end = norm.find("\n", found.end)
    if end < 0 or norm[found.end : end].strip(MARKS + " "):
        return None
    start = end + 1
    while start < len(norm) and norm[start] == " ":
        start += 1
    if not norm[start : start + 1].isupper():
        return None
    first = char_tokens(doc, start, start + 1)
    if first is None or first[0].sent.start != first.start:
        return None
    sentence = first[0].sent
    if any(m in sentence.text for m in MARKS):
        return None
    subject = active_subject(sentence.root) or opening_subject(sentence)
    if subject is None or not is_person_subject(subject):
        return None
    # the verb of the narration (the word after a name the parser did not read)
    after = doc[min(subject.i + 1, len(doc) - 1)]
    verb = subject.head if subject.head != subject else after
    return mention_span(subject), verb
