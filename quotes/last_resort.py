"""Who speaks a direct quote that no other rule gives a speaker: the last resorts.

:class:`quotes.inheritance.Inheritance` tries these only for a quote with no cue that
neither the turns of a dialogue, the previous quote (in its paragraph or the next) nor
the sentence before it gives a speaker; without them the quote is no one's and
`--scope all` leaves it out. Each reads the narration right around the quote for a sign
of who is talking:

- speaking-before: a sentence just before says someone speaks, in any of its clauses
  (`…, since Lee spoke only briefly.` / `"We will win."`);
- after-a-beat: a quote after one sentence of narration about no one goes on with the
  speaker of the quote before it (`"Is this the ferry office?" I asked.` / `A shrug was
  the reply.` / `"I need a ticket."`), however the text breaks its lines;
- cue-after: a short sentence right after the quote is its cue (`"What is it?"` /
  `Mrs. Dale gasped.`, the parser having ended the sentence at the closing mark).

Line breaks are no evidence here: a corpus of novels gives one sentence per line, a
newspaper one paragraph, so the rules count sentences and read the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from quotes.around_quote import word_before
from quotes.cue_classes import VERB_CLASSES
from quotes.doc_memo import doc_text
from quotes.found import Found, char_tokens
from quotes.language import word_list
from quotes.matchers import active_subject
from quotes.mentions import mention_span
from quotes.name_spans import TITLES
from quotes.narration import is_person_subject
from quotes.span_index import Spans

#: Verbs of speaking, from the cue lexicon (`say`, `speak`, `elaborate`, `gasp`).
_SPEAKING = frozenset(word for word, kind in VERB_CLASSES.items() if kind == "speech")
#: Personal pronouns that may be the subject of a speech verb (`heard her say`).
_PERSONAL = word_list("person-pronouns")
#: How many sentences before a quote the narration is read (speaking-before).
_SENTENCES_BACK = 2
#: The most words (punctuation aside) of a sentence after a quote that is its cue.
_CUE_SENTENCE = 5


def speaker_before(doc: Doc, said: Spans, found: Found) -> tuple[Span, Token] | None:
    """Rule speaking-before: the person a sentence just before the quote says is
    speaking, in whatever clause (the last such clause before the quote), and their
    speech verb: `Nobody knew when work would begin, since Lee spoke only briefly.` /
    `"We will win."` is Lee's; also a sentence the parser did not root at its speech
    verb (`Lee explained in a letter that the members, …, may vote again.`). Not past
    a sentence holding a quotation of its own (one of `said`, the spans of direct
    quotes: its speech verb is that quote's), at most two sentences back."""
    for sentence in _sentences_before(doc, said, found):
        if (hit := _first_speaking(reversed(sentence))) is not None:
            return hit
    return None


def beat_speaker(doc: Doc, said: Spans, found: Found, before: Found) -> bool:
    """Rule after-a-beat: whether the quote goes on with the speaker of `before`, the
    direct quote just before it: one sentence of narration stands between them (after
    the cue that signs `before`), about no person (`"Is this the ferry office?" I
    asked.` / `A shrug was the reply.` / `"I need a ticket."`; `On the injury:` / `"It is the
    hamstring."`)."""
    if before.type != "direct" or before.speaker is None or before.end > found.start:
        return False
    signed = [
        end
        for end in (
            before.speaker.end_char,
            None if before.cue is None else before.cue.idx + len(before.cue),
        )
        if end is not None and before.end <= end <= found.start
    ]
    after = max([before.end, *signed])
    between = list(_sentences_before(doc, said, found, after))
    if len(between) != 1 or any(c.isalnum() for c in doc_text(doc)[after : between[0].start_char]):
        return False
    return not _about_someone(between[0])


def cue_after(doc: Doc, said: Spans, found: Found) -> tuple[Span, Token] | None:
    """Rule cue-after: a sentence of a few words right after the closing mark whose verb
    is a speech verb with a person for subject is the quote's cue: `"What is it?"` /
    `Mrs. Dale gasped.` (the parser ended the sentence at the mark, on one line or the
    next). Not a longer sentence, which is narration of its own."""
    whole = char_tokens(doc, found.start, found.end)
    if whole is None:
        return None
    i = whole.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        if doc[i].is_space and doc[i].text.count("\n") > 1:
            return None  # a blank line: a new paragraph
        i += 1
    if i >= len(doc) or doc[i].sent.start != i:
        return None
    sentence = doc[i].sent
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if len(words) > _CUE_SENTENCE or said.overlapping(sentence.start_char, sentence.end_char):
        return None
    return _first_speaking(sentence)


def _first_speaking(tokens: Iterable[Token]) -> tuple[Span, Token] | None:
    """The first of `tokens` that is a speech verb with a person for its active subject,
    with the mention of that person: what both rules here read in a sentence (`Lee spoke
    only briefly`, `Mrs. Dale gasped`)."""
    for token in tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _SPEAKING:
            continue
        subject = active_subject(token)
        if subject is not None and _is_person(subject):
            return mention_span(subject), token
    return None


def _is_person(token: Token) -> bool:
    """Whether a subject names a person: a name, a personal pronoun (`her` too: `heard
    her say`) or a title; not a thing with `the` (`the campaign began`) nor a body part
    (`her eyes laughing`)."""
    return (
        token.ent_type_ == "PERSON"
        or token.pos_ == "PROPN"
        or token.lower_ in _PERSONAL
        or token.lower_ in TITLES
    )


def _about_someone(sentence: Span) -> bool:
    """Whether a sentence of narration has a person for the subject of any verb."""
    return any(
        t.dep_ == "nsubj" and (is_person_subject(t) or _is_person(t)) for t in sentence
    )


def _sentences_before(
    doc: Doc, said: Spans, found: Found, after: int = -1
) -> Iterator[Span]:
    """The sentences before a quote, nearest first, cut at its opening mark: at most
    :data:`_SENTENCES_BACK`, none holding a quotation (one of `said`), and only their
    words from character `after` on (the parser may run the sentence of the quote
    before into the narration after it)."""
    whole = char_tokens(doc, found.start, found.end)
    if whole is None:
        return
    i = whole.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    for _ in range(_SENTENCES_BACK):
        if i < 0:
            return
        sentence = doc[i].sent
        start = sentence.start
        while start <= i and doc[start].idx < after:
            start += 1  # the words of the sentence after `after` only
        part = doc[start : i + 1]
        if said.overlapping(part.start_char, part.end_char):
            return
        if any(t.is_alpha for t in part):
            yield part
        if start > sentence.start:
            return
        i = word_before(doc, sentence.start)
