"""A body's name that its acronym in brackets spells, read whole from the words.

`Norland Radio and Television (NRT) said …`, `Atlântico Ilhas Aviação (AIA) said …`:
the parse cuts such a name at its `and`, or starts it at a word it reads as a verb or a
given name, and the speaker comes out as `Norland Radio` or `Aviação`. The acronym the
text writes right after the name says where the name begins: at the word whose
initial is the acronym's first letter, the initials of the capitalised words from
there to the bracket spelling it (small words such as `and` or `of` skipped). A
person's name is never written so, so the name is a body's.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list

#: Small words an acronym skips (`and`, `of`, `de`): `NRT` for `Norland Radio and
#: Television`.
_SKIPS = word_list("acronym-skipped-words")
#: The most letters of an acronym read as initials, and so the most capitalised words
#: of the name it spells.
_LONGEST_ACRONYM = 6
#: The most words between a name's word and the bracket after the name.
_REACH = 10


def acronym_name(token: Token) -> tuple[int, int] | None:
    """Rule acronym-spelled-name: the bounds `(start, end)` of the body's name that
    `token` is a word of, when its acronym follows it in brackets (`Norland Radio and
    Television (NRT)`): from the word whose initial opens the acronym to the bracket,
    the initials of the capitalised words between spelling it; None when no acronym
    follows the words after `token` or none spells them."""
    doc = token.doc
    if not _name_word(token) or token.is_lower:
        return None
    bracket = token.i + 1
    while bracket < len(doc) and bracket - token.i <= _REACH and _name_word(doc[bracket]):
        bracket += 1
    if not (bracket + 2 < len(doc) and doc[bracket].text == "(" and doc[bracket + 2].text == ")"):
        return None
    acronym = doc[bracket + 1].text
    if not is_acronym(acronym):
        return None
    initials = ""
    start = bracket
    while start > 0 and len(initials) < len(acronym) and _name_word(doc[start - 1]):
        start -= 1
        if doc[start].lower_ not in _SKIPS:
            initials = doc[start].text[0].upper() + initials
    if initials != acronym or start > token.i or len(initials) < 2:
        return None
    return start, bracket


def is_acronym(word: str) -> bool:
    """Whether a word is written as a body's acronym: two to six letters, all capitals
    (`NRT`, `UNICEF`)."""
    return 2 <= len(word) <= _LONGEST_ACRONYM and word.isalpha() and word.isupper()


def _name_word(token: Token) -> bool:
    """Whether a token may be a word of a body's name: a capitalised word of letters,
    or a small word an acronym skips (`and`, `&`, `of`)."""
    if token.lower_ in _SKIPS:
        return True
    return token.is_alpha and token.text[:1].isupper()
