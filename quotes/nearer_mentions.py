"""Rule nearer-mention: a quote that continues the previous speaker's words is credited
to the `he` or `she` that stands for them nearest before it.

`"We sold out by noon," Ana Ruiz said.` / `She then turned to the crowd.` / `"Who wants
the last tray?"` is Ruiz's, and the attribution the text makes for it is `She`, the
subject of the sentence right before, not `Ana Ruiz` at the cue a sentence earlier: the
row names that nearer pronoun when it stands for the same person (the same resolved
name), so a reader checking the row finds the speaker where the quote is attributed.
Only in news: dialogue-dense fiction hands its turns on by other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.found import Found
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.span_index import Spans
from quotes.speakers import SpeakerResolver

#: Pronouns of one person as a narration's subject (`She then turned to the crowd.`).
_ONE_PERSON = word_list("narration-pronouns")
#: The method of a row that names the nearer mention (the family stays `previous-quote`).
NEARER_MENTION = "previous-quote:nearer-mention"


def take_nearer_mention(
    f: Found, subject: Token | None, resolver: SpeakerResolver, quoted: Spans
) -> None:
    """Give `f`, which borrowed the previous quote's speaker, the `subject` of the
    sentence right before it (:func:`quotes.sentence_speakers.previous_subject`)
    as its mention, when that subject is `he` or `she` (the words through which the text
    hands the quote on; a description such as `The board` may stand for whoever is in
    focus), comes after the borrowed mention, its sentence holds no quote and it resolves
    to the same name; else leave `f` as it is."""
    if subject is None or f.speaker is None or f.name is None or subject.i < f.speaker.end:
        return
    if subject.lower_ not in _ONE_PERSON:
        return
    sentence = subject.sent
    if quoted.overlapping(sentence.start_char, sentence.end_char):
        return
    mention = mention_span(subject)
    if resolver.resolve(mention) != f.name:
        return
    f.speaker = mention
    f.method = NEARER_MENTION
