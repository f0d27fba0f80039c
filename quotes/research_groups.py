"""The body a study's researchers work at (`researchers at Eastmoor University`, `the
Rowan Institute's researchers`), and the maker of a work read from the words of a
sentence selective parsing left unparsed (`a study by researchers at …`). Steps of
:func:`quotes.works.work_maker` and of the look back at works named before
(:mod:`quotes.works_before`): a study's findings speak for the body its researchers are
at, as a reader takes them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.language import word_list, word_map
from quotes.source_words import BODY_HEADS
from quotes.work_authors import PLACE_ENDS, authored_work

#: Words for the makers of a study (`researchers`, `team`) and what it found (`findings`).
MAKERS = frozenset(word_map("research-words")["makers"])
#: Prepositions before who made a work, read from unparsed words (`a study by …`).
_UNPARSED_MAKER = word_list("unparsed-maker-prepositions")
#: Prepositions before the body a group of researchers is at (`researchers at …`).
_GROUP_PLACE = word_list("group-place-prepositions")


def unparsed_maker(work: Token) -> Token | None:
    """The maker of a work in a sentence selective parsing left unparsed, read from the
    words: `a study by researchers at Eastmoor University` gives `researchers` (whose
    place :func:`group_place` reads), `research by the University of Caerwen` the
    name's head word, and so does a participle set off after the work (`The trial, run
    by the Ostmark Centre, …`: rule unparsed-participle-maker)."""
    doc = work.doc
    if not authored_work(work):
        return None
    i = work.i + 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 2].lower_ in _UNPARSED_MAKER:
        # `The trial, run by the Ostmark Clinical Research Centre, enrolled …`
        i += 2
    if i >= len(doc) or doc[i].lower_ not in _UNPARSED_MAKER:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and doc[i].lower_ in MAKERS:
        return doc[i]
    head = name_head(doc, i)
    if head is not None and head.lower_ in PLACE_ENDS:
        return None  # `tracking data from Robben Island`: a place (rule placed-no-maker)
    return head


def name_head(doc: Doc, i: int) -> Token | None:
    """The head word of a capitalised name starting at token `i` (its last capitalised
    word before `of`, or the word after `of`: `University` of `University of Caerwen`)."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return None
    while i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        i += 1
    return doc[i]


def later_group_place(work: Token, reach: int) -> Token | None:
    """The body the sentences after a study that names no maker place its researchers at,
    within `reach` tokens: `Eastmoor University` for `…, according to a study published
    on Wednesday.` ¶ `Researchers at Eastmoor University counted moths …`; None when
    they place none."""
    doc = work.doc
    for token in doc[work.sent.end : min(len(doc), work.i + reach)]:
        place = group_place(token)
        if place is not None:
            return place
    return None


def group_place(group: Token) -> Token | None:
    """The body a group of researchers is placed at: `Eastmoor University` in
    `researchers at Eastmoor University`, `a team from the University of Otakou`."""
    if group.lemma_.lower() not in MAKERS and group.lower_ not in MAKERS:
        return None
    if not group.tag_:  # an unparsed sentence (no tag; its names get a dep): read the words
        doc, i = group.doc, group.i + 1
        if i < len(doc) and doc[i].lower_ in _GROUP_PLACE:
            i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            return name_head(doc, i)
        return None
    owner = _group_owner(group)
    if owner is not None:
        return owner
    for child in group.rights:
        if child.dep_ == "prep" and child.lower_ in _GROUP_PLACE:
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            if place is not None and place.pos_ == "PROPN":
                return place
    return None


def _group_owner(group: Token) -> Token | None:
    """Rule group-owner: the body a group of researchers is given to by a possessive or
    a name before it (`the Rowan Institute` in `the Rowan Institute's researchers`,
    `Harnby University` in `Harnby University researchers`), which speaks for them as
    `researchers at Harnby University` does; None when the group has neither, or one
    whose word before is no body's (`the England team`: a body, not a place, makes
    research; :data:`~quotes.source_words.BODY_HEADS`)."""
    # shape: <Body>'s researchers | <Body> researchers (`Ostmark Institute scientists`)
    for child in reversed(list(group.lefts)):
        if child.dep_ in ("poss", "compound") and child.lower_ in BODY_HEADS:
            return child
    return None
