"""Who the narration around a quote names: the people a cue-less quote may belong to.

Small tests on one mention or token, used where a quote has no cue of its own (fiction's
dialogue above all): a sound of speech is not a speaker (`called a voice`) but may say
whose it is (`the reply from Ann Lee`); a narration's subject may be a person who speaks
next (`His mother wept.`), found even in a sentence the parser did not read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_spans import TITLES
from quotes.not_said import machine_voice

#: Nouns for the sound of speech, never its speaker (`a voice`, `the reply`).
_SPEECH_SOUNDS = word_list("speech-sounds")
#: Prepositions before whom a sound of speech comes from (`the reply from Ann Lee`).
_SOUND_SOURCE = word_list("sound-source-prepositions")
#: Verbs by which a written text gives its words (`The reply read: "…"`).
_TEXT_CUES = word_list("text-cues")
#: Places a voice comes from when no one is named (`from the benches`).
_VOICE_PLACES = word_list("voice-places")
#: Pronouns of one person as a narration's subject (`She smiled.`).
_ONE_PERSON = word_list("narration-pronouns")
#: Nouns for many voices at once (`the crowd`, `the audience`).
_MANY_VOICES = word_list("chorus-labels")


def is_speech_sound(mention: Span) -> bool:
    """Whether a speaker mention names the sound of speech, not who made it: `"Wait!"
    called a voice.`, `"No," came the reply.` (its head in the word list, no name in it:
    `the voice of John Reed` names him; `the reply from Anna Berg` is a sound whose
    source :func:`sound_source` finds). Such a quote takes its speaker from the text
    around it, as a quote with no cue does. Not the subject of a verb by which a text
    gives its words (`The reply read: "…"`, :data:`_TEXT_CUES`): a written reply."""
    root = mention.root
    if machine_voice(mention):
        return False  # `says the automated voice`: a machine, the source as written
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _TEXT_CUES:
        # rule written-reply: `The reply read: "…"`, a document, not a sound of speech
        return False
    # a name in the phrase of whom it comes from is its source (:func:`sound_source`), not
    # its own name: `the reply from Anna Berg`, the mention a work's `from` keeps whole
    source = [t for t in mention if t.dep_ == "prep" and t.lower_ in _SOUND_SOURCE]
    sourced = {w.i for prep in source for w in prep.subtree}
    return (root.lemma_.lower() in _SPEECH_SOUNDS or root.lower_ in _SPEECH_SOUNDS) and not any(
        (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and t.i not in sourced for t in mention
    )


def sound_source(mention: Span) -> Span | None:
    """The person a sound of speech comes from, when the text says so: `the reply from
    Ann Lee`, `a voice of command from the captain`, or the many voices it rose from
    (rule sound-from-crowd: `"Call the vote," came shouts from the crowd` is the crowd's,
    not the words of whoever spoke before it; `from the benches`, a place, names no one:
    :func:`voice_from_elsewhere`). The parser hangs `from …` on the noun or on the verb
    the noun is subject of (`came`)."""
    root = mention.root
    for token in _sourced_objects(root):
        if token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or is_someone(token):
            return mention_span(token)
        if token.lemma_.lower() in _MANY_VOICES or token.lower_ in _MANY_VOICES:
            return mention_span(token)
    return None


def _sourced_objects(root: Token) -> list[Token]:
    """The objects of the source prepositions (`from`, `of`) on a sound's noun, or on the
    verb it is subject of (`came shouts from the crowd`: `from` on `came`)."""
    found = [t for t in root.subtree if t.dep_ == "pobj" and t.head.lower_ in _SOUND_SOURCE]
    if root.dep_ == "nsubj":
        found += [
            c for prep in root.head.children
            if prep.dep_ == "prep" and prep.i > root.i and prep.lower_ in _SOUND_SOURCE
            for c in prep.children if c.dep_ == "pobj"
        ]
    return found


def voice_from_elsewhere(mention: Span) -> bool:
    """Rule voice-unnamed: whether a sound of speech comes from a place the text gives
    instead of a person (`"Rubbish!" came a voice from the benches`, `"Not again!" came a
    shout from the back of the hall`): a cry from someone the writer does not know, no
    one's statement and not the words of whoever spoke before it (`came the reply from
    her challenger` names a person: :func:`sound_source`; `from the crowd`, many voices,
    is no place)."""
    # `"Shame!" came a cry from somewhere behind the front bench.`
    if sound_source(mention) is not None:
        return False
    root = mention.root
    # the parser hangs `from …` on the noun or on the verb it is subject of (`came`)
    for prep in [*root.children, *(root.head.children if root.dep_ == "nsubj" else ())]:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            place = next(
                (c for c in prep.children if c.dep_ in ("pobj", "pcomp", "advmod")), None
            )
            return place is not None and place.lower_ in _VOICE_PLACES
    return False


def is_person_subject(subject: Token) -> bool:
    """Whether a narration's subject names a person who may speak next: a person, a
    proper name, `he`/`she`, a noun with `the` (`The girl smiled.`) or with a possessive
    (`His mother sobbed.`, :func:`is_kin`)."""
    return (
        subject.ent_type_ == "PERSON"
        or subject.lower_ in _ONE_PERSON
        or subject.pos_ == "PROPN"
        or (subject.pos_ == "NOUN" and any(c.lower_ == "the" for c in subject.children))
        or is_kin(subject)
    )


def opening_subject(sentence: Span) -> Token | None:
    """The subject a sentence the parser did not read opens with (see
    :mod:`quotes.stitching`): `He`/`She`, or the name the cheap tags mark as its
    subject (`Mr Dunn dropped the parcels.`)."""
    first = sentence[0]
    if first.lower_ in _ONE_PERSON:
        return first
    return next((t for t in sentence[:5] if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)


def is_kin(token: Token) -> bool:
    """Whether a noun names someone by whose they are: `His mother sobbed.`, `My uncle
    explained.` (a possessive pronoun before the noun, not `its`)."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "its" for c in token.children
    )


def is_someone(token: Token) -> bool:
    """Whether a subject names someone who can speak: a name, a personal pronoun or a
    title (`the minister`), not a thing (`The message was clear: …`)."""
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ == "PERSON"
        or token.lower_ in TITLES
    )
