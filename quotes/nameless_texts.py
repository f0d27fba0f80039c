"""A message, a post or an image whose maker the text says it cannot name (rule
nameless-text): `A message shared widely on Telegram this week, which carries no name,
says the cuts will end in April.`, `An image shared on Facebook shows the words: "…"
The image carries no name, logo or date.`, `An unsigned message said …`. Its words are
no one's statement, like an unsigned leaflet's, whoever shared it, so the default scope
drops the row (:func:`quotes.scope.dropped_by`); `--scope all` keeps it. A text whose
sender the text names (`a message Ana Ruiz sent`) never says it has no name, and keeps
its row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.doc_memo import doc_text
from quotes.language import word_map
from quotes.not_said import relative_antecedent
from quotes.source_words import AUTHORED

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NAMELESS = word_map("nameless-texts")
#: Verbs by which a text has a mark of its maker, or none: `carry`, `bear`.
_VERBS = frozenset(_NAMELESS["verbs"])
#: The same verbs as written: `carries`, `bore`.
_FORMS = frozenset(_NAMELESS["forms"])
#: Marks of a maker: `name`, `signature`, `logo`.
_MARKS = frozenset(_NAMELESS["marks"])
#: Adjectives that say a text has no maker's mark: `unsigned`, `anonymous`.
_ADJECTIVES = frozenset(_NAMELESS["adjectives"])
#: Things that carry words: the authored works (`message`, `post`, `leaflet`) and
#: pictures (`image`, `card`).
_THINGS = AUTHORED | frozenset(_NAMELESS["things"])
#: Determiners of the thing's noun when a later sentence names it again (`The image`).
_DETERMINERS = frozenset(word_map("definite-words")["det"])
#: How many sentences after the source's the text may say so in (`The image carries no
#: name, logo or date.` right after the words).
_SENTENCES_AFTER = 2


def nameless_text(speaker: Span) -> bool:
    """Whether a row's source is a thing that carries words (:data:`_THINGS`) that the
    text says has no maker's mark: `unsigned` or `anonymous` before it, a relative
    clause on it (`which carries no name`), or one of the next sentences of its
    paragraph with it, or `it`, for subject (`The image carries no name, logo or
    date.`)."""
    head = relative_antecedent(speaker.root)
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _THINGS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _ADJECTIVES for c in head.children):
        return True  # `An unsigned message posted on Telegram said …`
    if any(c.dep_ == "relcl" and _has_no_mark(c) for c in head.children):
        return True  # `A message …, which carries no name, says …`
    return any(_says_no_mark(sent, head) for sent in _sentences_after(head))


def _has_no_mark(verb: Token) -> bool:
    """Whether a verb says its subject has no maker's mark: `carries no name`, `bears no
    signature` (a mark of :data:`_MARKS` under `no`)."""
    return verb.lemma_.lower() in _VERBS and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _MARKS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _says_no_mark(sent: Span, thing: Token) -> bool:
    """Whether a sentence says a thing has no maker's mark, read by its words (a sentence
    with no cue is not parsed): `The image carries no name, logo or date.`, `It bears no
    signature.`, its subject the thing's noun or `it`."""
    words = [t.lower_ for t in sent if not t.is_punct]
    if len(words) < 4:
        return False
    if words[0] == "it":
        verb = 1
    elif words[0] in _DETERMINERS and words[1] == thing.lower_:
        verb = 2
    else:
        return False
    return (
        words[verb] in _FORMS
        and words[verb + 1] == "no"
        and verb + 2 < len(words)
        and words[verb + 2] in _MARKS
    )


def _sentences_after(word: Token) -> list[Span]:
    """The next few sentences after a word's own, in its paragraph (no blank line
    between)."""
    doc, found = word.doc, []
    sent = word.sent
    while len(found) < _SENTENCES_AFTER and sent.end < len(doc):
        gap = doc_text(doc)[sent.end_char : doc[sent.end].idx]
        following = doc[sent.end].sent
        if "\n\n" in gap or "\n\n" in following.text.strip():
            break
        found.append(following)
        sent = following
    return found
