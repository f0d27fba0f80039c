"""The nation a text says a person is of, and the one a description names.

A sports or foreign report names a person once with their nation (`Indonesian rider
Rizky`, `Rizky of Indonesia`, `Spain's Ana Ruiz`, `Ana Ruiz (Spain)`, `Ana Ruiz, a
Spaniard, …`, `Rizky, like many Indonesians, …`) and later calls them by it alone
(`the Indonesian said`). :func:`stated_nations` reads the nations said at one mention of
a name, from the words around it (a sentence with no cue may be left unparsed);
:func:`described_nation` the nation a description names. The words are
``nationalities.txt``'s: a people's word (`indonesian`, `spaniard`) says a nation
wherever it stands, capitalised; a place's name (`Indonesia`) only where a person is
said to be of it (`of`, `from`, `'s`, in brackets), not before a role as a team's
(`Mexico coach …`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.articles import INDEFINITE
from quotes.language import table, word_list
from quotes.name_keys import POSSESSIVE_S

#: How many words of a place's or people's name are read at once (`trinidad and tobago`).
_LONGEST = 3


def _words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, str]]:
    """The people's words and the place names of ``nationalities.txt`` (lower case, `_`
    read as a space), each to the nations of the rows it is on, and each people's word to
    the nation of its first row."""
    peoples: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for row in table("nationalities"):
        nation = row[0].lower()
        for word in row:
            key = word.replace("_", " ").lower()
            kind = places if word[:1].isupper() else peoples
            kind.setdefault(key, set()).add(nation)
            if kind is peoples:
                first.setdefault(key, nation)
    return (
        {w: frozenset(n) for w, n in peoples.items()},
        {w: frozenset(n) for w, n in places.items()},
        first,
    )


_PEOPLES, _PLACES, _FIRST = _words()
#: Words that open a phrase set off after a name which says what the person is (`, a
#: Brazilian,`, `, the Brazilian driver,`).
_DETERMINERS = word_list("determiners")
#: Words between `like` and a people's word (`, like many Indonesians,`).
_LIKE_QUANTIFIERS = word_list("nation-quantifiers")
#: Copulas a nation may follow (`Rizky is Indonesian`, `, who is Indonesian,`).
_COPULAS = word_list("nation-copulas")
#: Words that join two people named in a row, whose words are each their own.
_JOINS = word_list("nation-name-joins")
#: How many words before a name are read for a nation (`Spain's world number two`).
_BEFORE = 5
#: How many words of a phrase set off after a name are read for a nation.
_SET_OFF = 8
#: Words that close a phrase set off after a name.
_CLOSING = frozenset({",", ".", ";", ":", ")", "(", "!", "?"})
#: Relative words that close such a phrase (`, the Brazilian who won …`).
_SET_OFF_RELATIVES = word_list("set-off-relatives")
#: Prepositions before the place a person is of (`Rizky of Indonesia`).
_ORIGIN = word_list("origin-prepositions")


def is_nation_name(name: str) -> bool:
    """Whether a name is a nation's or a country's own, as written in
    ``nationalities.txt`` (`England`, `Sri Lanka`, `the Faroe Islands`' `Faroe Islands`)."""
    return name.lower() in _PLACES


def names_a_nation(words: str) -> bool:
    """Whether words are, whole, a nation's or a country's name or a people's word
    (`Norway`, `New Zealand`, `Norwegians`, `Kiwi`): what the entity recogniser labels
    GPE or NORP, read from ``nationalities.txt`` where it does not run (the default
    pipeline, :data:`quotes.model.SKIPPED`). Not a name that only holds one (`Irish
    Ferries`)."""
    key = " ".join(words.lower().split())
    return key in _PLACES or key in _PEOPLES


def described_nation(head: Token) -> str | None:
    """The nation a description names: `spain` for `the Spaniard`, `scotland` for `the
    Scot` (its first row), `puerto rico` for `the Puerto Rican`
    (:func:`compound_nation`); None for any other word."""
    return compound_nation(head) or _FIRST.get(head.lower_)


def compound_nation(head: Token) -> str | None:
    """The nation a people's word of several words names with the words the parse
    compounds before its head: `puerto rico` for `the Puerto Rican`, `south africa` for
    `the South African`; None for a word alone."""
    words = [t.lower_ for t in head.lefts if t.dep_ == "compound"]
    return _FIRST.get(" ".join([*words, head.lower_])) if words else None


def nation_words(word: str) -> frozenset[str]:
    """Every nation a people's word says (`scot`: Scotland and Britain); a description
    by it may stand for a person the text said was of any of them."""
    return _PEOPLES.get(word.lower(), frozenset())


def stated_nations(ent: Span) -> frozenset[str]:
    """The nations the words at one mention of a name say the person is of (see the
    module's docstring); empty when they say none."""
    return _before(ent) | _after(ent)


def _match(doc: Doc, start: int, words: dict[str, frozenset[str]]) -> tuple[int, frozenset[str]]:
    """The longest name of `words` that starts at token `start` (`new zealand`), as its
    end and its nations; `(start, ∅)` when none does. Every word of it capitalised."""
    for end in range(min(len(doc), start + _LONGEST), start, -1):
        tokens = doc[start:end]
        if not all(t.text[:1].isupper() or t.lower_ == "and" for t in tokens):
            continue
        nations = words.get(" ".join(t.lower_ for t in tokens))
        if nations:
            return end, nations
    return start, frozenset()


def _people_word(token: Token) -> frozenset[str]:
    """The nations of a capitalised people's word (`Indonesian`, `Kiwis`); empty else."""
    return _PEOPLES.get(token.lower_, frozenset()) if token.text[:1].isupper() else frozenset()


def _before(ent: Span) -> frozenset[str]:
    """`Indonesian rider Rizky`, `the Brazilian Léo Ramos`, `Spain's world number two Ana
    Ruiz`: a people's word among the few words before a name, or a place's name with
    `'s` there; read back to another name, a word that joins two (`and`) or a mark."""
    doc = ent.doc
    found: set[str] = set()
    i = ent.start - 1
    while i >= max(0, ent.start - _BEFORE) and "\n" not in doc[i].text_with_ws:
        token = doc[i]
        if token.ent_type_ or token.lower_ in _JOINS or not (
            token.is_alpha or token.text in POSSESSIVE_S or token.text == "-" or token.like_num
        ):
            break  # another's name, or `and` before it (`Indonesian Rizky and Ana Ruiz`)
        found |= _people_word(token)
        if token.text in POSSESSIVE_S and i > 0:
            # `Spain's`, `New Zealand's`: the place's name ending right before
            for start in range(max(0, i - _LONGEST), i):
                end, nations = _match(doc, start, _PLACES)
                if end == i:
                    found |= nations
                    break
        i -= 1
    return frozenset(found)


def _after(ent: Span) -> frozenset[str]:
    """`Rizky (Indonesia)`, `Rizky of Indonesia`, `Rizky, from Indonesia,`, `Rizky, an
    Indonesian,`, `Rizky, the Indonesian rider,`, `Rizky, like many Indonesians,`, `Rizky,
    who is Indonesian,`, `Rizky is Indonesian`: the words right after a name."""
    doc = ent.doc
    at = ent.end
    if at >= len(doc):
        return frozenset()
    word = doc[at]
    if word.text == "(":
        end, nations = _match(doc, at + 1, _PLACES | _PEOPLES)
        return nations if end < len(doc) and doc[end].text == ")" else frozenset()
    if word.text == ",":
        at += 1
        if at >= len(doc):
            return frozenset()
        word = doc[at]
    if word.lower_ in _ORIGIN:
        return _place_after(doc, at + 1)
    if word.lower_ == "who" and at + 1 < len(doc):
        at, word = at + 1, doc[at + 1]
    if word.lower_ in _COPULAS:
        return _copula_nation(doc, at + 1)
    if word.lower_ == "like":
        return _like_many(doc, at + 1)
    if word.lower_ in _DETERMINERS and doc[at - 1].text == ",":
        return _set_off_nation(doc, at + 1)
    return frozenset()


def _place_after(doc: Doc, at: int) -> frozenset[str]:
    """`of Indonesia`, `from New Zealand`: a place's name that no other capitalised word
    or `'s` goes on from (not `of Mexico City`, `of Spain's team`)."""
    end, nations = _match(doc, at, _PLACES)
    if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in POSSESSIVE_S):
        return frozenset()
    return nations


def _copula_nation(doc: Doc, at: int) -> frozenset[str]:
    """`is Indonesian`, `was a Brazilian`, `is from Spain`."""
    if at < len(doc) and doc[at].lower_ in INDEFINITE:
        at += 1
    if at < len(doc) and doc[at].lower_ == "from":
        return _place_after(doc, at + 1)
    return _people_word(doc[at]) if at < len(doc) else frozenset()


def _like_many(doc: Doc, at: int) -> frozenset[str]:
    """`like many Indonesians`: the person one of a people."""
    while at < len(doc) and doc[at].lower_ in _LIKE_QUANTIFIERS:
        at += 1
    return _people_word(doc[at]) if at < len(doc) else frozenset()


def _set_off_nation(doc: Doc, at: int) -> frozenset[str]:
    """`, an Indonesian,`, `, the 24-year-old Brazilian driver,`: a people's word in the
    phrase set off after a name that a determiner opens (not one with `'s`, another's:
    `, the Brazilian's coach,`)."""
    found: set[str] = set()
    for token in doc[at : min(len(doc), at + _SET_OFF)]:
        if token.text in _CLOSING or token.lower_ in _SET_OFF_RELATIVES:
            break
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is None or following.text not in POSSESSIVE_S:
            found |= _people_word(token)
    return frozenset(found)
