"""Rule surname-untagged: a surname alone that the tagger read as a common word.

A story names a person in full once (`Tiago Ferreira Lopes headed in a corner`) and by
the surname after that; the tagger may read an unfamiliar surname that opens a sentence
as a plural noun (`Lopes, the home captain, has now scored …`, `Lopes` a noun) and the
entity finder then leaves it out, so the person is not on the timeline there and a `he`
or `the 33-year-old` after it finds whoever was named before. A title-case word that is
the last word of the name of exactly one person named in full before it, standing alone
(no capitalised word beside it), and not set inside another entity is a mention of that
person. :class:`quotes.person_index.PersonIndex` adds each to the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotes.name_keys import fold
from quotes.name_spans import TITLES
from quotes.person_record import Person


def untagged_surnames(
    doc: Doc, people: Sequence[Person], timeline: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(token index, person) for each surname alone the entity finder left out, by the
    module's rule; none for a surname two people named in full share."""
    first_at: dict[int, int] = {}
    for i, index in timeline:
        first_at.setdefault(index, i)
    owners: dict[str, set[int]] = {}
    for index, person in enumerate(people):
        words = person.name.split()
        if len(words) >= 2 and person.given is not None and not person.unnamed:
            owners.setdefault(fold(words[-1]), set()).add(index)
    found = []
    for token in doc:
        if not _alone(token):
            continue
        named = owners.get(fold(token.text), set())
        if len(named) != 1:
            continue
        index = next(iter(named))
        if first_at.get(index, len(doc)) < token.i:
            found.append((token.i, index))
    return found


def _alone(token: Token) -> bool:
    """Whether a token may be a surname standing alone that no entity holds: a
    title-case word (not a title) that is no part of an entity of several words or of
    a person's, with no capitalised word right before or after it but at a sentence's
    opening (`Lopes, the home captain, …`; not `Lopes Street` nor `Maria Lopes`)."""
    if not (token.is_alpha and token.is_title) or token.lower_ in TITLES:
        return False
    if token.ent_type_ == "PERSON" or (token.ent_iob_ == "I") or _ent_goes_on(token):
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and not token.is_sent_start and before.is_title:
        return False
    return after is None or not (after.is_alpha and after.is_title)


def _ent_goes_on(token: Token) -> bool:
    """Whether the entity that opens at a token goes on past it."""
    doc = token.doc
    return token.ent_iob_ == "B" and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
