"""Whom a quote answers, so its `she` or `he` is not taken for that one: the speaker of
the quote a reply comes right after (`"Is that a yes?" the host asked. "It is a plan,"
she replied.`), or the asker a passive asking cue names before it (`Asked by the coroner
why …, she replied: "…"`). Read by :meth:`quotes.inheritance.Inheritance.resolve` as it
names each speaker.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.found import Found, char_tokens
from quotes.language import word_list, word_map
from quotes.lemma_repairs import put_it_to
from quotes.mentions import mention_span
from quotes.name_spans import TITLES
from quotes.normalise import HYPHENS
from quotes.speakers import SpeakerResolver
from quotes.work_authors import passive_agent

__all__ = ["addressed", "answer_to_put", "asker", "asking_participles", "replied_to"]

#: Verbs by which a speaker answers the one who spoke just before (`replied`).
_REPLY_CUES = word_list("reply-cues")
#: Verbs of asking, whose passive names the asker (`Asked by the coroner why …`).
_ASKING = word_list("asking-cues")
#: The tag of a past participle (`Asked by the coroner …`).
_PARTICIPLE = frozenset({"VBN"})
#: Cues of a witness's answer to what counsel put (`He said …`, `She told the jury …`).
_ANSWERING = word_list("answering-cues")
#: A `he` or `she` and the object pronoun of the same person (`put it to him`).
_OBJECT_OF = {
    subject: objects[0] for subject, objects in word_map("person-object-pronouns").items()
}
#: The most tokens a name called out in a quote holds, its title and hyphens included.
_VOCATIVE_WORDS = 6
#: Marks that may end a quote after a name called out (`…, Mr Asquith-Bell."`).
_CLOSING = frozenset({",", ".", "!", "?"})


def replied_to(f: Found, attributed: list[Found]) -> str | None:
    """Who a quote answers, when its cue is a reply (`"…," she replied`) right after
    another's quote, or after a row that asks or puts something to someone
    (:func:`_puts_a_question`): that row's speaker, whom the reply's `she` is not (`"Is
    that a yes?" the host asked. "It is a plan," she replied.` is the guest's); else
    None."""
    if f.cue is None or f.cue.lemma_.lower() not in _REPLY_CUES or not attributed:
        return None
    last = attributed[-1]
    if last.end > f.start:
        return None
    return last.name if last.type == "direct" or _puts_a_question(last) else None


def answer_to_put(f: Found, attributed: list[Found]) -> Token | None:
    """Rule answer-to-put: the one a row right before put something to (`Counsel put it
    to Fairlie that he had carried the knife. He said the suggestion was "rubbish".`),
    whom a `he` or `she` opening the next sentence with a speech cue stands for, as a
    witness answers counsel's case in a report of a cross-examination: the word after
    `to`, a name, or `him` or `her` when the pronoun is of that person (`put it to him
    that …` ¶ `He said …`, not `She said …`, counsel going on; that `him` is not
    counsel, the row's speaker); None otherwise."""
    if f.speaker is None or f.cue is None or not attributed or len(f.speaker) != 1:
        return None
    pronoun = f.speaker[0]
    if pronoun.lower_ not in _OBJECT_OF or pronoun.i != pronoun.sent.start:
        return None
    # past the rows of the same subject (`He said …, and told the jury …`)
    last = next(
        (a for a in reversed(attributed) if a.speaker is None or a.speaker.start != pronoun.i),
        None,
    )
    if last is None:
        return None
    if last.cue is None or put_it_to(last.cue) is None or f.cue.lemma_.lower() not in _ANSWERING:
        return None
    if last.cue.sent.end != pronoun.i:  # the sentence right before
        return None
    to = last.cue.doc[last.cue.i + 2]
    put = next((c for c in to.children if c.dep_ == "pobj"), None)
    if put is None or not (put.pos_ == "PROPN" or put.lower_ == _OBJECT_OF[pronoun.lower_]):
        return None
    return put


def _puts_a_question(f: Found) -> bool:
    """Whether a reported row asks or puts something to someone (rule reply-to-put:
    `Her lawyer put it to Ruiz that the order was late. She replied that …`, `The chair
    asked whether …`), which a reply after it answers."""
    return f.cue is not None and (
        f.cue.lemma_.lower() in _ASKING or put_it_to(f.cue) is not None
    )


def asking_participles(doc: Doc) -> list[int]:
    """The indices of a doc's past participles of an asking cue (`Asked by …`), found once
    per doc from its tag array, for :func:`asker` to look up by position."""
    return [i for i in token_indices(doc, "TAG", _PARTICIPLE) if doc[i].lemma_.lower() in _ASKING]


def asker(f: Found, resolver: SpeakerResolver, asking: list[int]) -> str | None:
    """Who asked what a quote answers, when its sentence says so before it with a
    passive asking cue (one of `asking`, :func:`asking_participles`): `Asked by the
    coroner why the work had not been done, she replied: "…"` (the `she` is not the
    coroner); None when it names no asker or none the text named before."""
    if f.speaker is None or f.cue is None:
        return None
    doc, start = f.cue.doc, f.cue.sent.start
    # the participles among the words before the cue (asked of every quote)
    for i in asking[bisect_left(asking, start) : bisect_left(asking, f.cue.i)]:
        asker = passive_agent(doc[i])
        if asker is None or asker.i >= f.speaker.start:
            continue
        if asker.pos_ == "PROPN":
            return resolver.resolve(mention_span(asker))
        # a description counts when the text gave someone its role or title
        # before (`Coroner X … Asked by the coroner`); the person in focus it
        # would stand for otherwise is as likely the one who answers
        return resolver.role_holder(asker)
    return None


def addressed(f: Found, resolver: SpeakerResolver) -> str | None:
    """Rule vocative-addressee: the one a direct quote calls by name, set off by a comma
    at its end (`"Eleven weeks is a whole term, Mr Asquith-Bell," he said.`) or at its
    start (`"Minister, that is not true," she said.`), whom its `he` or `she` is not;
    None when it calls no one the text names."""
    if f.type != "direct" or f.speaker is None:
        return None
    span = char_tokens(f.speaker.doc, f.start, f.end)
    if span is None:
        return None
    words = [t for t in span if not (t.is_quote or t.is_space)]
    while words and words[-1].text in _CLOSING:
        words.pop()
    called = _called_at_end(words) or _called_at_start(words)
    if called is None:
        return None
    return resolver.resolve_called(mention_span(called[-1]))


def _called_at_end(words: list[Token]) -> list[Token] | None:
    """The name after the last comma of a quote's words, when it is all a name is."""
    for k in range(len(words) - 1, max(-1, len(words) - _VOCATIVE_WORDS - 2), -1):
        if words[k].text == ",":
            return _vocative(words[k + 1 :])
    return None


def _called_at_start(words: list[Token]) -> list[Token] | None:
    """The name before the first comma of a quote's words, when it is all a name is."""
    for k, word in enumerate(words[: _VOCATIVE_WORDS + 1]):
        if word.text == ",":
            return _vocative(words[:k])
    return None


def _vocative(words: list[Token]) -> list[Token] | None:
    """Words that are a name called out: proper nouns after any titles (`Mr
    Asquith-Bell`, `Minister` alone is a title, no name), one at least."""
    name = [t for t in words if t.lower_.rstrip(".") not in TITLES]
    if not name or len(words) > _VOCATIVE_WORDS:
        return None
    if all(t.text in HYPHENS or (t.pos_ == "PROPN" and t.text[:1].isupper()) for t in name):
        return name
    return None
