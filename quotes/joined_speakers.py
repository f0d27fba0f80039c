"""Rule joined-speaker: who speaks a cue-less quote right after a cue sentence that hands
the floor to someone else in a second clause.

`"Bring the photos," Ana Ruiz said, and her brother cut in.` / `"Do not forget the
album."` — the sentence that signs the quote before also says that another person spoke
(`and her brother cut in`, a speech verb joined to the cue with a subject of its own and
no words of its own), so the quote right after it is that person's, not the turn of the
one the quote before gives. Called from :meth:`quotes.inheritance.Inheritance._inherit`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.cue_classes import VERB_CLASSES
from quotes.found import MARKS, Found
from quotes.matchers import active_subject
from quotes.mentions import mention_span
from quotes.narration import is_person_subject, is_someone

#: Verbs of speaking, from the cue lexicon (`add`, `interrupt`; `cut in` is read as
#: `interrupt` by :mod:`quotes.lemma_repairs`).
_SPEAKING = frozenset(word for word, kind in VERB_CLASSES.items() if kind == "speech")
#: Children of a verb that are words it reports or acts on: a joined cue with one speaks
#: words of its own, not the quote after the sentence.
_OWN_WORDS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "advcl"})


def joined_speaker(source: Found, found: Found, text: str) -> tuple[Span, Token] | None:
    """The mention and cue of the person a speech verb joined to `source`'s cue names
    (`"A," Ruiz said, and her brother cut in.`), when `found`, a cue-less quote, opens
    right after that sentence (only marks and spaces between) and the joined verb ends
    it, reporting nothing of its own; else None."""
    cue = source.cue
    if cue is None or source.type != "direct" or source.speaker is None:
        return None
    joined = next((c for c in cue.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if joined is None or joined.lemma_.lower() not in _SPEAKING:
        return None
    if any(c.dep_ in _OWN_WORDS for c in joined.children):
        return None
    subject = active_subject(joined)
    if subject is None or not (is_someone(subject) or is_person_subject(subject)):
        return None
    mention = mention_span(subject)
    if mention.start <= source.speaker.start < mention.end or subject.i < cue.i:
        return None
    sentence_end = joined.sent.end_char
    if joined.right_edge.idx + len(joined.right_edge) < sentence_end - 1:
        return None  # the sentence goes on past the joined verb's clause
    if not source.end <= sentence_end <= found.start:
        return None
    if text[sentence_end : found.start].strip(MARKS + " \t\r\n"):
        return None
    return mention, joined
