"""Rule former-office-in-focus: a definite description by an office its bearer held
before (`"…," the former attorney general said`), in a story that gave that office to no
one, is a background fact about the person in focus, as a reader takes it: `Democrat
Marisol Okafor-Lind told supporters …` ¶ `"…," the former attorney general said` is
Okafor-Lind. A step of :meth:`quotes.speakers.SpeakerResolver.resolve`, tried after
the descriptions of :mod:`quotes.described` and :mod:`quotes.leads` found no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.descriptions import is_definite
from quotes.language import word_list
from quotes.name_spans import TITLES
from quotes.person_record import Person

#: Words that say the office was held before (`former`, `onetime`).
_FORMER = word_list("former-office-words")
#: Nouns for a person's job or standing (`a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")


def former_office(head: Token, people: list[Person]) -> bool:
    """Whether a mention headed by `head` is `the former <office>` (a title or a person's
    role, after `the` and a word of :data:`_FORMER`) that the text gave no person as a
    title or a role (`former Attorney General Ana Ruiz` makes `the former attorney general`
    hers, read by :mod:`quotes.described`)."""
    # shape: the former <office> said (`the former attorney general said`)
    word = head.lower_
    if head.tag_ != "NN" or not is_definite(head):
        return False
    if word not in TITLES and head.lemma_.lower() not in _PERSON_ROLES:
        return False
    if not any(c.dep_ == "amod" and c.lower_ in _FORMER for c in head.lefts):
        return False
    return not any(word in p.titles or word in p.roles for p in people)
