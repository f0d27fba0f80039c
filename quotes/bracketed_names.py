"""A body's name and the other form of it the text sets in brackets right after it.

A story names a body once in full and sets in brackets the form it goes on to use: its
acronym, which need not be the initials of the words (`the Société Nationale
d'Exploitation et de Distribution des Eaux (SONEDE)`), or its name in the reader's
language (`Cymdeithas Trigolion Penrhos (Penrhos Residents' Association)`). A reader
takes `SONEDE said` and `according to the Penrhos Residents' Association` for the body
so named, and a name the parse cut short (`Distribution des Eaux`) for the whole of it.
Read by :meth:`quotes.bodies.BodyIndex.organisation` as one of a name's longer forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.genders import is_given_name
from quotes.language import word_list
from quotes.name_spans import TITLES
from quotes.names import ORG_KINDS

#: Small words that join the capitalised words of a body's name (`of`, `and`, `de`,
#: `des`, `et`, `für`), which the name read back before the brackets goes on over.
_JOINS = (
    word_list("body-name-joins")
    | word_list("body-name-joins-romance")
    | word_list("body-name-joins-foreign")
)
#: The most characters of a form in brackets (`(Penrhos Residents' Association)`).
_FORM_CHARS = 80
#: An elided article or preposition before a capitalised word (`d'Exploitation`).
_ELIDED = re.compile(r"^[dlDL]['’]")


def bracketed_whole(text: str, name: str) -> str | None:
    """Rule bracketed-form-name: the whole name of the body that `name` is a form of,
    as the text writes the two: `name` set in brackets right after it (`SONEDE` in `the
    Société Nationale … des Eaux (SONEDE)`, `Penrhos Residents' Association` in
    `Cymdeithas Trigolion Penrhos (Penrhos Residents' Association)`), or `name` the end
    of a name that brackets its other form right after (`Distribution des Eaux`). The
    form in brackets must be one of that body's: an acronym whose letters are the
    name's, in order, from its first (`SONEDE`; not `(NPP)` after a person's name), or
    a name ending in a kind of body (`Association`); and the name before the brackets
    one of two words or more that opens with no given name or title (`Ana Ruiz
    (Barclays)` is a person and her employer). None when the text writes no such pair."""
    for start in _occurrences(text, name):
        end = start + len(name)
        if text[start - 2 : start] == " (" and text[end : end + 1] == ")":
            whole = _name_before(text, start - 2)
            if whole is not None and whole != name and _form_of(name, whole):
                return whole
        closing = text.find(")", end, end + _FORM_CHARS)
        if text[end : end + 2] == " (" and closing > 0 and "(" not in text[end + 2 : closing]:
            whole = _name_before(text, end)
            form = text[end + 2 : closing]
            if (
                whole is not None
                and whole != name
                and whole.endswith(" " + name)
                and _form_of(form, whole)
            ):
                return whole
    return None


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where `name` stands in `text`, left to right, no two overlapping: the matches of
    ``re.finditer(re.escape(name), text)`` without compiling a pattern for each name."""
    start = text.find(name)
    while start >= 0:
        yield start
        start = text.find(name, start + (len(name) or 1))


def _name_before(text: str, end: int) -> str | None:
    """The body's name that ends at character `end`: the capitalised words before it and
    the small words between them (:data:`_JOINS`), without a `The` opening it; None when
    it is less than two words or opens with a given name or a title."""
    line_start = text.rfind("\n", 0, end) + 1
    words = text[max(line_start, end - 300) : end].split(" ")
    kept: list[str] = []
    for word in reversed(words):
        bare = _ELIDED.sub("", word)
        if not (bare[:1].isupper() or word in _JOINS) or word.endswith((",", ".", ";", ":")):
            break
        kept.insert(0, word)
    while kept and (kept[0] in _JOINS or kept[0] in ("The", "the")):
        kept.pop(0)
    if len(kept) < 2 or is_given_name(kept[0]) or kept[0].casefold().strip(".") in TITLES:
        return None
    return " ".join(kept)


def _form_of(form: str, whole: str) -> bool:
    """Whether a form in brackets may be another form of the body's name `whole`: an
    acronym whose letters come in order in the name, the first its first, or a name
    whose last word is a kind of body (`Association`, `Commission`)."""
    if form.isupper() and form.isalpha():
        letters = iter(whole.casefold())
        return form[0].casefold() == whole[0].casefold() and all(
            letter in letters for letter in form.casefold()
        )
    return form.split()[-1].casefold() in ORG_KINDS
