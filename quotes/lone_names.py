"""Rule lone-name-person: a name of one word the entity finder left out, shown to be a
person's by the clause around it.

Phone-ins, vox pops and village stories name people by one name (`Yohane`, `Chisomo`,
`Warsini`) that no list of given names holds and the entity finder seldom reads as a
person, so a `he` or `she` after it found someone else. Two shapes say it is a person:
a relative clause with `who` on it (`Yohane, who called from Chinamwali, was angrier.`),
and a name set off after a noun of a person's role (`The first caller, Chisomo from
Domasi, said …`). A third, whatever the tagger reads the word as: a description set off
after it saying it is the person's only name (`Rusdi, a fisherman who uses one name,
says …`). :class:`quotes.person_index.PersonIndex` adds each as a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.name_marks import one_name_described
from quotes.names_given import Unlisted
from quotes.role_words import SOURCE_NOUNS

#: Nouns of a person's role after which a name set off is a person's (`caller`).
_ROLES = SOURCE_NOUNS | word_list("lone-name-roles")
#: Relative pronouns that stand only for a person (`who`, `whom`).
_PERSONAL_RELATIVES = word_list("personal-relatives")
#: The dependency of a name set off after a noun (`The first caller, Chisomo, …`), read
#: from the doc's array so that no token object is made for every word of every doc.
_APPOSITION = frozenset({"appos"})


def lone_names(doc: Doc) -> list[Unlisted]:
    """The one-word names of people no entity holds, by the shapes of the module's
    docstring, each mentioned at its own word."""
    out = []
    for i in token_indices(doc, "LOWER", _PERSONAL_RELATIVES):
        relative = doc[i]
        if relative.dep_ != "nsubj" or relative.head.dep_ != "relcl":
            continue
        name = relative.head.head
        if _lone_name(name) and name.i < relative.i:
            # `Yohane, who called from Chinamwali, was angrier.`
            out.append(Unlisted(name.i, doc[name.i : name.i + 1], None, _role(name)))
    for i in token_indices(doc, "LOWER", _COMMA):
        name = doc[i - 1] if i else None
        if name is not None and _described_one_name(name):
            # `Rusdi, a fisherman who uses one name, says …`, the name read as a noun
            out.append(Unlisted(name.i, doc[name.i : name.i + 1], None, _role(name)))
    for i in token_indices(doc, "DEP", _APPOSITION):
        name = doc[i]
        if _lone_name(name) and _person_noun(name.head):
            # `The first caller, Chisomo from Domasi, said …`
            out.append(Unlisted(name.i, doc[name.i : name.i + 1], None, _role(name)))
    return out


def _lone_name(token: Token) -> bool:
    """Whether a token is a name of one word in title case that no entity holds: a
    proper noun with no compound before it and no proper noun after it."""
    doc = token.doc
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and not token.ent_type_
        and not any(c.dep_ == "compound" for c in token.lefts)
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
    )


#: The comma that sets off a description after a name.
_COMMA = frozenset({","})


def _described_one_name(name: Token) -> bool:
    """Rule one-name-in-description: whether a word in title case that no entity holds
    is a name a description set off after it says is all the person is called
    (:func:`~quotes.name_marks.one_name_described`), whatever the tagger read it as (a
    plural noun: `Rusdi`)."""
    return (
        name.is_title
        and name.is_alpha
        and not name.ent_type_
        and name.pos_ in ("PROPN", "NOUN")
        and one_name_described(name.doc, name.i + 1)
    )


def _person_noun(noun: Token) -> bool:
    """Whether a noun is one for a person's role (`caller`, `farmer`), by its lemma."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ROLES


def _role(name: Token) -> str | None:
    """How a name's mention stands in its clause: a subject, set off after a main
    clause's subject, or neither."""
    if name.dep_ in SUBJECT:
        return "subject"
    head = name.head
    if name.dep_ == "appos" and head.dep_ in SUBJECT and head.i < name.i:
        return "set-off"
    return None
