"""A speaker's name printed in capitals, as a reader writes it.

A transcript labels its turns in capitals (`GWEN ROWLANDS: We cannot keep the library
open.`), and a headline or a caption may name someone so; when the text names the
person nowhere else, the resolved name is the label's words, capitals and all, and a
fact-checker's table printed `GWEN ROWLANDS` beside `Tom Breck`. :func:`cased_name` gives
such a name in the case a name is written in, telling it from an acronym or a body's
letters (`NASA`, `BBC`) by the text itself: the text writes the same words in another
case elsewhere (`Gwen Rowlands chairs the committee.`), or the name opens with a given
name (`GWEN`) or an initial (`J. R. HALE`). Used by :mod:`quotes.rows` on each row's
speaker; the row's mention and offsets stay the text's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.genders import is_given_name
from quotes.name_keys import NAME_SUFFIXES, PARTICLES

__all__ = ["cased_name"]

#: A word of a name: letters with inner apostrophes, hyphens and full stops (`O'BRIEN`,
#: `OKONJO-BELL`, `J.`).
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
#: The parts of a word a capital opens: after a hyphen, and after a one-letter prefix
#: and an apostrophe (`OKONJO-BELL` → `Okonjo-Bell`, `O'BRIEN` → `O'Brien`).
_PARTS = re.compile(r"(?<=-)|(?<=^[^\W\d_]['’])")
#: The one surname prefix written with a capital after it whatever the name (`McDonald`);
#: `Mac` is not (`Mackay`, `Macy`).
_MC = re.compile(r"^(Mc)([^\W\d_])")
#: An initial with its full stop, opening a person's name (`J. R. HALE`).
_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: Roman numerals after a name, kept in capitals (`John Hale III`).
_NUMERALS = re.compile(r"^[IVX]+$")


def cased_name(name: str, text: str) -> str:
    """``name`` as a reader writes it when it is printed all in capitals, else as it is.

    Rule capitals-name: a name of capitals only (`GWEN ROWLANDS`, a transcript's label
    for someone the text names nowhere else) is written as the text writes the same
    words with a capital first and in another case anywhere (`Gwen Rowlands chairs the
    committee.` → `Gwen Rowlands`; `McDONALD` as written, not `the bbc`); failing that,
    when its first word is a given name (`GWEN`, `JEAN-PAUL`) or an initial (`J.`), in
    the case a name takes (:func:`_name_case`:
    `Gwen Rowlands`, `Jean-Paul Okonjo-Bell`, `Ana van der Berg`, `Sean O'Brien`). An
    acronym or a body's letters the text never writes otherwise stay as they are
    (`NASA`, `BBC`), and so does one word alone (`ROWLANDS`, `MORRIS`: a surname, a given
    name or letters, `ISIS`, the text does not say).
    """
    if not name.isupper() or not any(len(word) > 1 for word in _WORD.findall(name)):
        return name
    return _cased(name, text)


@lru_cache(maxsize=256)
def _cased(name: str, text: str) -> str:
    """:func:`cased_name` for a name in capitals (a transcript repeats its labels
    hundreds of times: each is looked up in the text once)."""
    words = _WORD.findall(name)
    pattern = r"(?<![\w'’.\-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’\-])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        written = match.group()
        if written[0].isupper() and not written.isupper():
            return " ".join(written.split())
    if len(words) > 1 and (is_given_name(words[0]) or _INITIAL.match(words[0])):
        return _name_case(name)
    return name


def _name_case(name: str) -> str:
    """A name in capitals written as names are: each part of a word capitalised
    (:data:`_PARTS`, `Mc` names as :data:`_MC`), particles after the first word in lower
    case (`van der`), initials, a suffix's full stop and Roman numerals as they were."""
    words = name.split()
    out: list[str] = []
    for k, word in enumerate(words):
        lower = word.lower()
        if k and lower in PARTICLES:
            out.append(lower)
        elif _NUMERALS.match(word) or len(word.rstrip(".")) == 1:
            out.append(word)
        elif lower in NAME_SUFFIXES:
            out.append(lower.capitalize())
        else:
            cased = "".join(part.capitalize() for part in _PARTS.split(word))
            out.append(_MC.sub(lambda m: m.group(1) + m.group(2).upper(), cased))
    return " ".join(out)
