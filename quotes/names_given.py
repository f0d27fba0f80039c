"""Rule name-in-description: the name a description of an unnamed person gives inside
itself.

A story may describe a source and give the name the source goes by in the same noun
phrase, with no name set off before or after it: a participle of naming (`A 66-year-old
rice farmer surnamed Jang said …`, `a driver named Tomasz`) or a relative clause saying
what name the person gave (`a young fisherman who gave only his first name, Abebe,`,
`A retired teacher of 71, who gave his name only as Hüseyin,`). The description, and a
`he` or `she` after it, then stand for that name. :class:`quotes.person_index.PersonIndex`
adds the person at the description; :class:`quotes.speakers.SpeakerResolver` resolves a
description that speaks to the name.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotes.cue_words import token_indices
from quotes.deps import SUBJECT
from quotes.genders import pronoun_gender
from quotes.language import word_list


class Unlisted(NamedTuple):
    """A person no entity holds, as a rule found them: the token their mention opens at,
    their name, the gender the words give (or None), and whether that mention is a
    clause's subject (`subject`), set off after one (`set-off`) or neither (None)."""

    at: int
    name: Span
    gender: str | None
    role: str | None


#: The words of naming, as written (`surnamed`, `named`, `name`).
NAMING_WORDS = word_list("naming-words")
#: Dependencies of the name a naming participle takes (`surnamed Jang`: `oprd`).
_NAME_DEPS = frozenset({"oprd", "dobj", "attr", "xcomp", "npadvmod"})


def name_given(word: Token) -> tuple[Token, Span] | None:
    """The description and the name a naming word at ``word`` gives it, or None: `farmer
    surnamed Jang` (the participle on the noun, the name its complement) → (`farmer`,
    `Jang`); `fisherman who gave only his first name, Abebe` and `teacher who gave his
    name only as Hüseyin Bey` (the noun `name` as the object of `give` in a relative
    clause on the noun, the name set off after it or after `as`) → (`fisherman`,
    `Abebe`). The description is a common noun; the name a proper noun's run."""
    if word.lower_ not in NAMING_WORDS:
        return None
    if word.pos_ == "VERB" and word.dep_ == "acl":
        # `A 66-year-old rice farmer surnamed Jang, who …, said …`
        described = word.head
        name = next((c for c in word.children if c.dep_ in _NAME_DEPS), None)
    elif word.pos_ == "NOUN" and word.dep_ == "dobj" and word.head.lemma_ == "give":
        # `a young fisherman who gave only his first name, Abebe, was …`
        given = word.head
        described = given.head if given.dep_ == "relcl" else None
        name = next((c for c in word.children if c.dep_ == "appos"), None) or (
            _set_off_after(word, described)
        )
        if name is None:
            # `a retired teacher who gave his name only as Hüseyin Bey`
            at = [c for c in (*given.children, *word.children) if c.lower_ == "as"]
            name = next((c for a in at for c in a.children if c.dep_ == "pobj"), None)
    else:
        return None
    if described is None or described.pos_ != "NOUN" or name is None or name.pos_ != "PROPN":
        return None
    start = min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound")])
    return described, word.doc[start : name.i + 1]


def _set_off_after(word: Token, described: Token | None) -> Token | None:
    """Rule name-set-off-after-clause: the name set off by a comma right after the
    relative clause that says a first name was given, which the parse hung on the
    description rather than on `name`: `A 12-year-old schoolgirl who gives only her
    first name, Tamara, says …` (`Tamara` a modifier of `schoolgirl`); None when the
    word after the comma is no proper noun hung on the description."""
    doc = word.doc
    at = word.right_edge.i + 1
    if described is None or at + 1 >= len(doc) or doc[at].text != ",":
        return None
    name = doc[at + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # `Tamara Ruiz`: the name's last word
    return name if name.pos_ == "PROPN" and name.head.i == described.i else None


def given_gender(word: Token) -> str | None:
    """The gender the possessive of a given name tells (`gave his name`: `m`), or None."""
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    return None if owner is None else pronoun_gender(owner.text)


def description_name(head: Token) -> Span | None:
    """The name a description headed by ``head`` gives inside itself (rule
    name-in-description: `A 66-year-old rice farmer surnamed Jang` → `Jang`), or None."""
    for word in head.subtree:
        if word.lower_ in NAMING_WORDS:
            found = name_given(word)
            if found is not None and found[0].i == head.i:
                return found[1]
    return None


def names_in_descriptions(doc: Doc) -> list[Unlisted]:
    """The people descriptions name inside themselves (:func:`name_given`) whom no
    entity holds, each mentioned where its description opens."""
    out = []
    for i in token_indices(doc, "LOWER", NAMING_WORDS):
        found = name_given(doc[i])
        if found is None or any(t.ent_type_ == "PERSON" for t in found[1]):
            continue
        described, name = found
        role = "subject" if described.dep_ in SUBJECT else None
        out.append(Unlisted(described.left_edge.i, name, given_gender(doc[i]), role))
    return out
