"""Rule words-of: a quote opened right after `in X's words,` is X's words.

`The pier closed because, in her words, "it is a danger to swimmers."` and `In the words
of one captain: "The sea decides."` name the one quoted in a prepositional phrase, not as
the subject of a speech verb, so no cue's parse reaches them; the rule reads the phrase
(:data:`_PHRASES`, from the language's data) from the comma or colon before the mark.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.deps import SUBJECT_OR_EXPL
from quotes.found import Link
from quotes.language import word_map
from quotes.mentions import mention_span

#: Each preposition with the nouns for someone's words it takes (`in` → `words`, `phrase`).
_PHRASES = word_map("words-of-phrases")
#: How many words the phrase may hold between its noun and the mark (`of one captain`).
_REACH = 8


def words_of(whole: Span) -> Link | None:
    """The source of a quote that a `words` phrase opens (`in her words, "…"`): the
    owner of the noun (`her`, `Ruiz's`) or the object of its `of` (`the words of the
    mayor`); None unless the phrase ends right before the comma or colon that opens the
    quote and the quote is a clause with a subject of its own (`Ferries are, in the words
    of one captain, "the buses of the sea."` goes on with a clause begun before it)."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - _REACH - 3) : whole.start] if not t.is_space]
    if len(before) < 3 or before[-1].text not in (",", ":"):
        return None
    if not any(
        t.dep_ in SUBJECT_OR_EXPL and t.head.i in range(whole.start, whole.end) for t in whole
    ):
        return None
    phrase = before[:-1]
    for k in range(len(phrase) - 1, -1, -1):
        noun = phrase[k]
        if noun.dep_ == "pobj" and noun.lower_ in _PHRASES.get(noun.head.lower_, ()):
            # every word after the noun hangs on it (`of one captain`)
            if not all(t.i in {s.i for s in noun.subtree} for t in phrase[k + 1 :]):
                return None
            owner = _owner(noun)
            return None if owner is None else Link(noun, mention_span(owner), "words-of", False)
    return None


def _owner(noun: Token) -> Token | None:
    """Whose words a `words` noun names: its possessive (`her`, `Ruiz's`) or the object of
    its `of` (`the words of the mayor`)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
