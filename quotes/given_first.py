"""Rule unlisted-given-first: the first word of a name that no given-name list holds.

:func:`quotes.proper_runs.proper_runs` opens a name at a listed given name inside a run
(`Historian Ruth Klein` is Ruth Klein, `City Engineer Marcus Webb` is Marcus Webb). Many
given names are in no list, and a name of three words whose second is a listed given
name then lost its first: `Ladu Samuel Tombe` printed `Samuel Tombe`, `Shiva Prasad
Acharya` printed `Prasad Acharya`. The word before the given name is kept when the text
shows it is the name's: no title, role, honorific, people's word or stop word, and either
no common English word (the model's WordNet index lacks `Ladu`, `Wani`) or one the text
writes again with the name (`Shiva` before `Prasad` or `Acharya` again, or alone:
`"…," Shiva said`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotes.language import word_list
from quotes.name_keys import PARTICLES
from quotes.name_spans import SENTENCE_ROLES, TITLES
from quotes.name_starts import GIVEN_OPENERS
from quotes.nationalities import nation_words
from quotes.role_words import ROLE_NOUNS

if TYPE_CHECKING:
    from quotes.known_words import CommonWords, Words

#: Words of respect before a name that no title list holds (`Ustaz`, `Bwana`).
_NOT_NAME = word_list("given-first-not-name")
#: Courtesy words before a name (`Shri`, `Mrs`).
_HONORIFICS = word_list("honorifics")


def unlisted_given_first(
    doc: Doc, start: int, last: int, common: CommonWords, words: Words
) -> bool:
    """Whether the word at `start`, right before a given name, opens the name that ends
    before `last` (three words at least): `Ladu` in `Ladu Samuel Tombe, a county
    official, …`; not `Historian` in `Historian Ruth Klein`, nor `Ustaz` in `Ustaz Ahmad
    Fauzi Hassan`."""
    if last - start < 3:
        return False
    first = doc[start]
    lower = first.lower_
    if not (first.is_alpha and first.is_title) or first.is_stop:
        return False
    if lower in TITLES or lower in _HONORIFICS or lower in _NOT_NAME or lower in PARTICLES:
        return False
    if lower in SENTENCE_ROLES or lower in ROLE_NOUNS or lower in GIVEN_OPENERS:
        return False
    if nation_words(first.text):
        return False
    return lower not in common or _written_again(first, doc[start + 1], doc[last - 1], words)


def _written_again(first: Token, given: Token, surname: Token, words: Words) -> bool:
    """Whether the text writes `first` again before the given name or the surname
    (`Shiva Acharya`), or alone, with no capitalised word beside it (`"…," Shiva
    said`)."""
    doc = first.doc
    for j in words.at.get(first.text, ()):
        if j == first.i:
            continue
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is not None and after.text in (given.text, surname.text):
            return True
        before = doc[j - 1] if j else None
        if not (after is not None and after.is_title) and not (
            before is not None and before.is_alpha and before.is_title
        ):
            return True  # alone: `"…," Shiva said`
    return False
