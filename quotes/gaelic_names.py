"""The uncapitalised words inside Irish and Scottish Gaelic surnames.

The name finder (:mod:`quotes.names`) joins capitalised proper nouns and the particles
between them; a Gaelic surname also holds an article and letters before its capital
that no capital marks as a name's: `Mac an t-Saoir`, `Nic an Bhaird`, `Ó hAodha`. Read
from the words' forms alone (the tagger reads `an` as a determiner and `t` as a noun).
"""

from __future__ import annotations

from quotes.language import word_map
from quotes.normalise import HYPHENS

_PARTS = word_map("name-articles")
_HEADS = frozenset(_PARTS["heads"])
_ARTICLES = frozenset(_PARTS["articles"])
_PREFIXES = frozenset(_PARTS["prefixes"])


def gaelic_inner_words(forms: list[str], spaced: list[bool]) -> set[int]:
    """The indices of the words after a capitalised patronymic particle (`Mac`, `Nic`,
    `Ó`, `Ní`) that belong to the surname it opens: an article (`an`) and a name with a
    prefix letter, glued (`hAodha`) or hyphened without spaces (`t` `-` `Saoir`), or a
    capitalised name after an article (`an Bhaird`). `spaced[i]` says whether a space
    follows word `i`. A particle before a capitalised word needs nothing here."""
    found: set[int] = set()
    for i, form in enumerate(forms[:-1]):
        if not (form[:1].isupper() and form.lower() in _HEADS):
            continue
        j = i + 1
        article = _article(forms, spaced, j)
        j += article
        name = _prefixed_name(forms, spaced, j)
        if name:
            found.update(range(i + 1, j + name))
        elif article and j < len(forms) and forms[j][:1].isupper() and forms[j].isalpha():
            found.update(range(i + 1, j + 1))  # `Nic an Bhaird`, `Mac a' Phearsain`
    return found


def _article(forms: list[str], spaced: list[bool], j: int) -> int:
    """How many words from `j` make an article after a particle: 1 for `an`, 2 for `a'`,
    which the tokenizer splits into `a` and its apostrophe (`Mac a' Phearsain`), 0 for
    anything else."""
    if forms[j] in _ARTICLES:
        return 1
    joined = forms[j] + forms[j + 1] if j + 1 < len(forms) and not spaced[j] else ""
    return 2 if joined.replace("’", "'") in _ARTICLES else 0


def _prefixed_name(forms: list[str], spaced: list[bool], j: int) -> int:
    """How many words from `j` make a name with a Gaelic prefix letter: 1 for `hAodha`,
    3 for `t` `-` `Saoir`; 0 for anything else."""
    if j >= len(forms):
        return 0
    form = forms[j]
    if len(form) > 1 and form[0] in _PREFIXES and form[1].isupper() and form.isalpha():
        return 1
    if (
        form in _PREFIXES
        and j + 2 < len(forms)
        and not spaced[j]
        and forms[j + 1] in HYPHENS
        and not spaced[j + 1]
        and forms[j + 2][:1].isupper()
    ):
        return 3
    return 0
