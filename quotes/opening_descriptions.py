"""Rule description-opens-sentence: a sentence that opens with a definite description of
a person as its subject (`The 23-year-old had been left out before.`, `The veteran was
dropped.`, `The striker had asked to leave.`) is about the person the description stands
for, as a sentence that opens with their name is.

A reporter names a person once and then goes on by what they are; a `he` or `she` in the
sentence after means that person, not whoever was named last in between (`Mateo Silva
was left out after a row with his manager, Jorge Pinto. The 31-year-old trained alone.`
¶ `"…," he said` is Silva). This module finds such an opening from the words,
as a sentence with no cue may be left unparsed;
:meth:`quotes.speakers.SpeakerResolver.note_opening_descriptions` resolves it and notes it
as a subject mention of that person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.ages import described_age
from quotes.deps import SUBJECT

#: The longest run of words an age description spans (`23 - year - old`).
_AGE_WORDS = 6


def opening_description(sent: Span) -> Token | None:
    """The head word of a definite description that opens `sent` as its subject: `old`
    of `The 23-year-old had …`, `veteran` of `The veteran was …` (the word after `The`);
    None when the sentence opens otherwise. The description is its subject when the
    parse says so, or, in a sentence left unparsed, when a word in lower case follows it
    (a verb: `had`, `was`; not `'s` nor a name: `The veteran's contract`, `The coach
    Ian Ray`)."""
    if len(sent) < 3 or sent[0].lower_ != "the" or sent[1].text[:1].isupper():
        return None
    head = next(
        (t for t in sent[1 : _AGE_WORDS + 1] if t.lower_ == "old" and described_age(t)),
        None,
    )
    if head is None:
        if not sent[1].is_alpha:
            return None
        head = sent[1]
    parsed = any(t.dep_ for t in sent)
    if parsed:
        return head if head.dep_ in SUBJECT else None
    after = head.i + 1
    if after >= sent.end or not (sent.doc[after].is_lower and sent.doc[after].is_alpha):
        return None
    return head
