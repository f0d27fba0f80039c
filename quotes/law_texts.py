"""The text of a law, of a measure put to a vote or of an instrument in force as a row's
source, whose wording is no one's claim (`The bill states that platforms "shall register
every rider"`, `The order reads: "…"`), and the text an `it` opening a sentence stands for
(`The mayor signed an order. It states that …`). A rule of the default scope
(:func:`quotes.scope.dropped_by`), beside the other words no one states
(:mod:`quotes.not_said`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.deps import SUBJECT
from quotes.language import word_classes, word_list
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import AUTHORED

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns for the text of a law or a measure put to a vote (`the bill`, `the Code`), or of
#: an instrument in force (`the order`, `the ban`); read by quotes/picking.py too.
LAW_TEXTS = word_list("law-texts") | word_list("instrument-texts")
#: Nouns for the words of a text (`the motion's text`, `the wording of the bill`).
_WORDINGS = word_list("wording-nouns")


def law_text(speaker: Span) -> bool:
    """Whether a row's source is the text of a law or of a measure put to a vote, whose
    wording it gives: `The bill states that platforms "shall register every rider"`,
    `a breach of the Code, which says that adverts "must not mislead"`, `The motion's
    text says the board has lost the members' trust`. Like a clause of a law read out
    (:func:`~quotes.not_said.recited`) or a motion moved, its words are what its sponsors
    ask a body to decide or what the law lays down, no one's claim. So is the operative text of an
    instrument in force: `The order reads: "The fee shall be paid within eight weeks."`,
    `The ban, which the village council passed in May, reads: "…"`."""
    head = speaker.root
    if head.tag_ in NOUN_RELATIVE_TAGS and head.head.dep_ == "relcl":
        head = head.head.head  # `the Code, which says …`: the noun the clause is about
    if head.lemma_.lower() in _WORDINGS:
        owner = [c for c in head.children if c.dep_ == "poss"] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"
        ]
        if owner:
            head = owner[0]  # `The motion's text`, `the wording of the bill`
    if head.lower_ in _TEXT_IT and head.i == head.sent.start:
        head = text_before(head) or head
    if law_part(head):
        return True
    return (
        head.lemma_.lower() in LAW_TEXTS
        # a determiner or an owner, as a text has (`the bill`, `Chile's motion`), not a
        # name's last word (`Meredith Achebe-Law said`)
        and any(c.dep_ in ("det", "poss") for c in head.children)
    )


#: Nouns for a numbered part of a law (`Article 12`, `Section 4`).
_LAW_PARTS = word_list("law-parts")


def law_part(head: Token) -> bool:
    """Rule law-part: whether a source's head is a part of a law named with the law it
    belongs to (`Article 12 of the constitution states that every citizen has the right
    to water`, `The charter's second article says …`): the law's wording, as the law's
    own is. A part with no law named stays as it is read (`Article 19 said …`, a body)."""
    # `Section 4 of the Housing Act says that landlords …`
    if head.lemma_.lower() not in _LAW_PARTS:
        return False
    owners = [c for c in head.children if c.dep_ == "poss"] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(owner.lemma_.lower() in LAW_TEXTS for owner in owners)


#: Helpers that give the wording of a law, an order or a charter (`The State shall grant
#: …`): in English news, a clause with `shall` for someone else is an instrument's text.
_SHALL = "shall"
#: Subjects for whom `shall` is the speaker's own future or promise (`We shall appeal`).
_FIRST_PERSONS = word_list("shall-own-subjects")


def shall_clause(verb: Token) -> bool:
    """Whether a verb is laid down by `shall` for someone other than the speaker (`The
    State shall grant authorizations`, `signs shall be written in both languages`), the
    wording of a law or an order, not `I shall` or `we shall`, the speaker's future."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ == _SHALL for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    return bool(subjects) and all(s.lower_ not in _FIRST_PERSONS for s in subjects)


def shall_wording(content: Span, speaker: Span | None) -> bool:
    """Rule shall-wording: whether a row gives a text's wording that lays something down
    with `shall` (:func:`shall_clause`), its source a text (a law, a document, a part of
    one or its wording, :data:`quotes.source_words.AUTHORED`): `The article reads: "Water
    is a national good. The State shall grant authorizations for its use."`, `Its text
    says that "street name signs shall be written in both scripts"`. Like the operative
    part of a ruling, the text does what it says, it claims nothing; a person's `shall`
    (`"The court shall not be rushed," the judge said`) stays her row."""
    if speaker is None:
        return False
    head = speaker.root.lemma_.lower()
    if head not in LAW_TEXTS and head not in AUTHORED and head not in _WORDINGS | _LAW_PARTS:
        return False
    return any(shall_clause(verb) for verb in roots(content) if verb.pos_ in ("VERB", "AUX"))


#: Pronouns that open a sentence for a text the sentence before names, with its number.
_TEXT_IT = word_classes("text-pointer-pronouns")
#: The roles of the text in the sentence before: its subject, else its object.
_TEXT_ROLES = ("nsubj", "nsubjpass", "dobj")
#: Nouns for people, whom `it` never stands for (`The mayor signed an order.`).
_PERSON_NOUNS = word_list("person-roles") | word_list("titles")


def text_before(pronoun: Token) -> Token | None:
    """Rule law-text-before: the text a pronoun opening its sentence stands for, the
    subject of the sentence before, or its object after a person who is its subject, of
    the pronoun's number: `The protocol runs until June. It states that pharmacists
    "may supply …"`, `The mayor signed an order. It states that "music is allowed …"`,
    `Its terms state that … They do not say …`; None when that word is no noun of the
    number."""
    start = pronoun.sent.start
    if start == 0:
        return None
    root = pronoun.doc[start - 1].sent.root
    for role in _TEXT_ROLES:
        noun = next((c for c in root.children if c.dep_ == role), None)
        if noun is None or (noun.lemma_.lower() in _PERSON_NOUNS or noun.ent_type_ == "PERSON"):
            continue
        return noun if noun.tag_ == _TEXT_IT[pronoun.lower_] else None
    return None
