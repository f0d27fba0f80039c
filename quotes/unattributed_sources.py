"""Reported-speech candidates that are no attribution, by their source: the reader in
general (`If you believe the polls, …`), the one a passive cue of addressing asked or
told (`The mayor was asked about the toll`), the writer's connective `That said,`, or a
time, an event or a place that `saw` what happened (`The year saw record turnout`).
Rules of :mod:`quotes.unattributed`, each read alone on a statement, the text of its doc
and its content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.role_words import OFFICES, SOURCE_NOUNS
from quotes.source_words import BODY_HEADS

if TYPE_CHECKING:
    from quotes.reported import Reported
    from quotes.unattributed import Content

#: Second-person pronouns (`you`): a source that is whoever reads or listens.
_ADDRESSEE = word_list("addressee-pronouns")
#: Cues whose passive subject is the one addressed: `was asked`, `were told`.
_ADDRESSED = word_list("addressed-passives")
#: Pronouns that point back to what the text said before (`That said, …`).
_DEMONSTRATIVES = word_list("demonstratives")
#: Cues of seeing whose subject may be the setting of what happened (`The year saw …`).
_WITNESSING = word_list("witnessing-cues")
#: Nouns for the ones who may hold a view: people, sources, bodies, groups, polls.
_HOLDERS = SOURCE_NOUNS | BODY_HEADS | word_list("they-nouns") | word_list("poll-nouns")


def generic_you(statement: Reported, text: str, content: Content) -> bool:
    """Whether the source is `you` speaking of anyone at all: `If you believe the polls,
    the race is over`, `Do you support the new stadium?`, `you can see the problem`."""
    return statement.speaker is not None and statement.speaker.lower_ in _ADDRESSEE


def addressed_subject(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content is the subject of a passive cue of addressing, someone asked or
    told: `[The mayor] was asked about the toll`, `[Voters] were told to wait`, also with
    the agent who asked when the subject is a person (`[The mayor] was asked by the host
    whether …`, `[She] was pressed by reporters on the cuts`): what follows the cue is
    kept, it is what was asked or told. A thing with an agent is what was told (`A
    different story was told by the clerk`), kept."""
    if statement.end > statement.cue.idx or statement.cue.lemma_.lower() not in _ADDRESSED:
        return False
    if statement.method == "unsourced:passive":
        return True
    return statement.method.startswith("reported-passive") and _person(content)


def _person(content: Content) -> bool:
    """Whether the content's head word may be a person: anything but a common noun in
    lower case that names no office or source (`Ruiz`, `she`, `the mayor`, not `a
    different story`)."""
    tokens = content.tokens
    if tokens is None:
        return False
    head = tokens.root
    return not (
        head.pos_ == "NOUN"
        and head.is_lower
        and head.lemma_.lower() not in OFFICES | SOURCE_NOUNS
    )


def connective(statement: Reported, text: str, content: Content) -> bool:
    """Whether the cue and its subject are the connective `That said,` (or `That being
    said,`) that opens a sentence: `That said, the rally drew fewer people than in May`
    is the writer conceding a point, not a statement by what `that` points back to (a
    sign `that said "Closed"` has no comma and no sentence opening there)."""
    speaker, cue = statement.speaker, statement.cue
    if speaker is None or speaker.lower_ not in _DEMONSTRATIVES or not speaker.is_sent_start:
        return False
    doc = cue.doc
    between = [t.lower_ for t in doc[speaker.i + 1 : cue.i]]
    return (
        between in ([], ["being"])
        and cue.lower_ == "said"
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].text == ","
    )


def setting_subject(statement: Reported, text: str, content: Content) -> bool:
    """Whether a cue of seeing has for subject a time, an event or a place, the setting of
    what its object or clause says happened, not anyone who saw it: `The year saw record
    turnout`, `The district saw 30 applicants for three seats`, `a wave year that saw the
    party take over the House` (a relative word stands for its noun). The subject is one
    thing named by a common noun in the singular that is no person, body or group; a
    share (`57 percent see him as a risk`), a plural (`Voters see him as a leader`) or a
    body (`The board saw the plan as a risk`) holds a view, kept."""
    # Shape: `<singular thing noun> saw <object | clause>`: `The referendum saw a new
    # poster campaign`, `The decade saw prices double`.
    cue = statement.cue
    if statement.speaker is None or cue.lemma_.lower() not in _WITNESSING:
        return False
    subject = statement.speaker
    if subject.tag_ in NOUN_RELATIVE_TAGS and cue.dep_ == "relcl":
        subject = cue.head
    return (
        subject.tag_ == "NN"
        and subject.pos_ == "NOUN"
        # no person's name; not `no entity`, which with the entity recogniser (the spaCy
        # component in a full pipeline) left out `The decade`, a DATE, the shape's own case
        and subject.ent_type_ != "PERSON"
        and subject.lemma_.lower() not in _HOLDERS
        and not any(c.dep_ == "nummod" for c in subject.children)
    )
