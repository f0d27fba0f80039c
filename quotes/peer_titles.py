"""A peer named only by the peerage title: `Lord Hale of Ely`, `Baroness Okafor`.

British text names a peer by rank and title, not by given name, and the title is the
peer's name: a fact-checker prints `Lord Hale of Ely`, not `Hale`, and a Scottish judge's
judicial title (`Lord Ardgowan`) is no surname either. :func:`peer_titles` reads the
titles a text writes and gives, for the words after the rank (`Hale`, and `Hale of Ely`
that a parse can read as a body's name), the fullest title the text writes for that peer.
Rule peer-title (:func:`title_peers`) gives it to every row whose speaker resolved to those
words (`Lord Hale`, `Lady Okafor` for `Baroness Okafor`, `the noble Lord, Lord Hale`, `he`
after it), once every speaker is resolved: the resolver keys its people on the words of
their names, so it renames no one before.
"""

from __future__ import annotations

import re

from quotes.found import Found
from quotes.genders import is_given_name
from quotes.language import table, word_list
from quotes.name_spans import TITLES

#: Each rank (`baroness`) and the gender of its holder.
_RANKS = {rank: gender for gender, *ranks in table("peerage-ranks") for rank in ranks}
#: The forms of address any rank goes by (`Lady Okafor` for `Baroness Okafor`).
_ADDRESS = word_list("peer-address-forms")
_WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
#: The ranks as written before a title, with a capital (`Lord|Baroness|…`), longest first.
_RANK_WORDS = "|".join(sorted((r.capitalize() for r in _RANKS), key=len, reverse=True))
# `Lord Hale of Ely`, `Baroness Okafor-Haig of Mablethorpe`, `Lady Okafor`, `Minister Lord
# Hale`: a rank of the list with a capital (so a word before it is never read as the rank
# and swallows it), one to three capitalised words, then `of` and a place, if any
_TITLE = re.compile(
    rf"\b(?P<rank>{_RANK_WORDS}) (?P<name>{_WORD}(?: {_WORD}){{0,2}}?)"
    rf"(?: of (?P<place>{_WORD}(?: {_WORD}){{0,2}}))?(?![\w'’-]| {_WORD})"
)
# `Jonathan Hale, Lord Hale`, `Lord (Jonathan) Hale`: a given name before the peer's name
_GIVEN_BEFORE = r"\b(?P<given>[A-Z][a-z]+)\)? {name}\b"


def peer_titles(text: str) -> dict[str, str]:
    """The fullest title the text writes for each peer it names by a title alone, keyed
    by the title's name words, with and without the place (`Hale`, `Hale of Ely` ->
    `Lord Hale of Ely`): the title with a place before one without, a rank before the
    `Lord` or `Lady` of address (`Baroness Okafor` for `Lady Okafor`). Not a title whose
    name a given name goes before anywhere in the text (`Jonathan Hale, Lord Hale of
    Ely`, `Lady Bridget O'Hara`: the person's own name is the name), nor an office after
    `Lord` or `Lady` (`Lord Justice Haverford` is a judge named by surname), nor a name the
    text gives two peers of either sex or of two places (`Lord Hale`, `Lady Hale`)."""
    forms: dict[str, list[tuple[str, str, str]]] = {}
    for found in _TITLE.finditer(text):
        rank, name, place = found["rank"].lower(), found["name"], found["place"] or ""
        if name.split()[0].lower() not in TITLES:
            forms.setdefault(name, []).append((rank, place, found.group(0)))
    out: dict[str, str] = {}
    for name, written in forms.items():
        places = {place for _, place, _ in written if place}
        if len(places) > 1 or len({_RANKS[rank] for rank, _, _ in written}) > 1:
            continue
        if _given_before(text, name) or _opens_given(name):
            continue
        fullest = max(written, key=lambda w: (bool(w[1]), w[0] not in _ADDRESS))[2]
        out[name] = fullest
        out.update({f"{name} of {place}": fullest for place in places})
    return out


def title_peers(found: list[Found], text: str) -> None:
    """Rule peer-title: each row whose speaker is a peer the text names by title alone
    takes the fullest title (:func:`peer_titles`): `Lord Hale of Ely said …` and `Lord Hale
    added …` are both `Lord Hale of Ely`, not `Hale`."""
    peers = peer_titles(text) if any(f.name for f in found) else {}
    for f in found:
        if f.name is not None and f.name in peers:
            f.name = peers[f.name]


def _opens_given(name: str) -> bool:
    """Whether a title's name of two words or more opens with a given name (`Lord Henry
    Wotton`, `Earl Ray Tomblin`): a name of the person's own, not a peer's title."""
    words = name.split()
    return len(words) > 1 and is_given_name(words[0])


def _given_before(text: str, name: str) -> bool:
    """Whether a given name other than a rank or title goes before `name` in the text."""
    for found in re.finditer(_GIVEN_BEFORE.format(name=re.escape(name)), text):
        given = found["given"]
        if given.lower() not in _RANKS and given.lower() not in TITLES and is_given_name(given):
            return True
    return False
