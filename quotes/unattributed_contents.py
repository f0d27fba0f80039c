"""Reported-speech candidates that are no attribution, by what their content is: the
work a cue of making public put out (`The council released a statement`), one relative
word (`railed against what she calls …`), a pronoun for a thing (`asked about them`), a
short object a relative clause's act cue gives only to describe its noun (`a senator who
is seeking reelection`), or the terms on which a source talks unnamed (`a nurse who asked
not to be named`). Rules of :mod:`quotes.unattributed`, each read alone on a statement,
the text of its doc and its content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.cue_classes import cue_class
from quotes.language import word_list, word_map
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import ISSUED

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quotes.reported import Reported
    from quotes.unattributed import Content

#: Cues of putting out a work: `released`, `posted`.
_PUBLISHING = word_list("publishing-cues")
#: The free relative `what`, standing for the thing a cue in its clause names.
_FREE_RELATIVES = word_list("free-relatives")
#: Relative pronouns (`which`, `who`): they stand for the noun their clause describes.
_RELATIVES = frozenset(word_map("pronouns")["relative"])
#: Pronouns for a thing or a group (`it`, `them`).
_THING_PRONOUNS = word_list("thing-pronouns")
#: Words that ask for a source's name to be kept out (`named`, `identify`, `anonymity`),
#: as written and as lemmas.
_ANONYMITY = word_list("anonymity-words")
#: Methods of a row whose content is what a cue's object or topic is.
_BY_OBJECT = ("reported-object", "reported-topic", "reported-noun-topic")


def issued_work(statement: Reported, text: str, content: Content) -> bool:
    """Whether a cue of making public reports only the work it put out, a bare noun
    phrase that says nothing: `The council released a statement on Friday`, `She posted
    a video` (what the work says is reported apart when the text gives it: `…, saying the
    road will reopen`). Not a work described by what it says (`a statement condemning
    the attack`), nor what another cue does with one (`Critics blasted the statement`)."""
    if (
        statement.mixed
        or not statement.method.startswith("reported-object")
        or statement.cue.lemma_.lower() not in _PUBLISHING
    ):
        return False
    tokens = content.tokens
    if tokens is None:
        return False
    head = tokens.root
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in ISSUED
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )


def bare_relative(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content is one relative word that stands for a thing, not what anyone
    said of it: the free relative `what` that a cue inside its clause sets apart (`Ruiz
    railed against what she calls the "cartel"`, `He dwelt on what she said were the
    council's failures`: the name or the claim is a row of its own, and an annotator's
    row runs over the whole phrase), or the subject of a passive relative clause whose
    agent the parse takes as a source (`the bloc, which is backed by two unions, lost`:
    the clause only describes the bloc)."""
    words = content.words
    if statement.method.startswith("reported-set-apart"):
        return len(words) == 1 and words[0] in _FREE_RELATIVES
    return (
        statement.method.startswith("reported-passive")
        and len(words) == 1
        and words[0] in _RELATIVES
    )


#: Most words of an object that a relative clause's act cue gives only to describe its
#: noun (`who is seeking reelection`, `that identify anomalies`).
_DESCRIBING_OBJECT = 2


def relative_act(statement: Reported, text: str, content: Content) -> bool:
    """Whether an act cue in a relative clause on its source reports only a short object
    that says who or what the source is: `a senator who is seeking reelection`, `tools
    that identify anomalies`, `the member who introduced a bill`. The clause describes
    its noun, as a description does, and an object of a word or two is no act on record
    (a longer one may be: `who introduced a bill to cap rents at 3 percent`)."""
    speaker = statement.speaker
    return (
        speaker is not None
        and speaker.tag_ in NOUN_RELATIVE_TAGS
        and statement.method.startswith(_BY_OBJECT)
        and cue_class(statement.cue) == "act"
        and len(content.words) <= _DESCRIBING_OBJECT
    )


def pronoun_object(statement: Reported, text: str, content: Content) -> bool:
    """Whether what a cue's object or topic reports is only a pronoun for a thing or a
    group: `The newspaper asked about them in March`, `a feed that tends to challenge them`,
    `a week after she wrote them` (the thing was named before, and the row says nothing of
    it); a person (`endorsed him`) may be a stance someone took, kept."""
    words = content.words
    return (
        statement.method.startswith(_BY_OBJECT)
        and len(words) == 1
        and words[0] in _THING_PRONOUNS
    )


def anonymity_terms(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content is the terms on which the source talks without being named,
    an infinitive about its own name: `A nurse, who did not want to be named, said …`,
    `One resident who declined to be identified said …`, `The official agreed to speak on
    condition of anonymity`, `… agreed to talk on condition that his name not be used`.
    The statement the source makes is a row of its own; a cue that will name someone
    else (`promised to name the donors`) reports what was promised, kept."""
    tokens = content.tokens
    if tokens is None or not _infinitive(tokens):
        return False
    for token in tokens:
        if token.lower_ not in _ANONYMITY and token.lemma_.lower() not in _ANONYMITY:
            continue
        if token.pos_ in ("ADJ", "ADV") or token.lower_ == "anonymity":
            return True  # `on condition of anonymity`, `to speak anonymously`
        if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
            return True  # `not to be named`, `to be identified`
        if token.dep_ == "nsubjpass":
            return True  # `that his name not be used`
    return False


def _infinitive(content: Span) -> bool:
    """Whether a content is an infinitive clause: `to be named`, `not to be named`; not
    a noun that one follows (`requested anonymity to discuss the talks` reports the
    request, as annotators keep it)."""
    words = [t for t in content if t.dep_ != "neg"][:1]
    return bool(words) and words[0].lower_ == "to" and words[0].dep_ == "aux"
