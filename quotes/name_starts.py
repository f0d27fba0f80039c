"""Where a person's name begins inside a run of capitalised words.

:func:`quotes.proper_runs.proper_runs` finds the runs; these steps say which of a run's
first words are no part of the name and where the name opens: after a title or an
honorific (:func:`after_title`), after an office's portfolio (:func:`after_portfolio`,
whose title :func:`portfolio_title` reads),
at a given name or initials that a capitalised role ends before (:func:`given_after_role`,
:func:`initials_after_role`), not at a day a preposition makes a time
(:func:`day_after_preposition`), not at a people's word before a name
(:func:`after_nationality`), and not at a given name that continues the name begun
before it (:func:`continues_given`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.genders import first_names, is_given_name
from quotes.language import word_list
from quotes.mentions import entity_at
from quotes.name_keys import POSSESSIVE_ENDINGS
from quotes.name_spans import TITLES
from quotes.nationalities import nation_words
from quotes.source_words import BODY_ENDS

if TYPE_CHECKING:
    from quotes.known_words import CommonWords

#: Words of courtesy before a name (`Mrs`, `Smt`), never a role.
_HONORIFICS = word_list("honorifics")


def continues_given(before: Token) -> bool:
    """Whether a given name after `before` belongs to a name already begun: after a
    hyphen (`Marie-Claire`), another given name (`Karine Jean-Pierre`), an initial
    (`Sen. J. Russell Abernathy`, who goes by his middle name) or a word that opens a
    given name of several (`El Hadji Malick Faye`)."""
    return (
        before.text in ("-", "‐", "‑")
        or is_given_name(before.text)
        or is_initial(before)
        or before.lower_ in GIVEN_OPENERS
    )


#: Words that open a given name of several words (`El Hadji`).
GIVEN_OPENERS = word_list("given-name-openers")
#: Adjectives that open a place's or a body's name (`Great`, `South`), no role's last word.
NAME_OPENING_ADJECTIVES = word_list("name-opening-adjectives")


def is_given(token: Token) -> bool:
    return token.lower_ in first_names()


#: Days of the week and the like, which a preposition before them makes a time.
_DAYS = word_list("day-words")
#: The months, and the prepositions that make one right after them a time.
_MONTHS = word_list("months")
_MONTH_PREPOSITIONS = word_list("in-month-prepositions")


def day_after_preposition(token: Token) -> bool:
    """Whether a capitalised word is a day that a preposition puts before a name, so
    that it says when and is no part of the name: `On Sunday Whitlow posted …`, `By
    Friday Okafor had resigned` (not `Tuesday Weld`, with no preposition); or a month
    after a preposition of time (rule month-after-preposition: `In March Malhotra-Kemp
    told …`; not `by April Ryan`)."""
    if not token.i:
        return False
    before = token.doc[token.i - 1]
    return (token.lower_ in _DAYS and before.pos_ == "ADP") or (
        token.lower_ in _MONTHS and before.lower_ in _MONTH_PREPOSITIONS
    )


def after_title(doc: Doc, start: int) -> bool:
    """Whether an honorific stands right before a run, so that its first word opens the
    name and is no role: `Smt. Kamla Devi Yadav`, where `Devi` is a given name too and
    the sentence splitter may end a sentence at `Smt.`; `Mr Tan Wei Ming`. (Not an
    office: `General Counsel James Baker` is James Baker.)"""
    before = doc[start - 1] if start else None
    if before is not None and before.text == "." and start >= 2:
        before = doc[start - 2]
    return before is not None and before.lower_.rstrip(".") in _HONORIFICS


def after_portfolio(doc: Doc, start: int, end: int, common: CommonWords) -> int:
    """Where the name starts in a run that ends an office's portfolio, as Commonwealth
    papers write ministers: `Minister for Sugar Industry Isoa Vatunitu`, `Minister of
    Finance Mele Tupou`, `Secretary of State for Health and Social Care Ann Reid` (a run
    after `for`, `of` or `and` that a title opens the phrase of). The portfolio is the
    run's opening common words that are no given names (`Sugar Industry`); the name is
    what follows, two words at least (not `Minister of Finance Rose Baker`'s `Baker`).
    A run that opens with no common word may be a place before the name (`Mayor of Bodø
    Ida Pedersen`, :func:`_after_place`); after common words the portfolio has ended, so
    the name is the whole rest, a given name inside it included (rule
    portfolio-then-whole-name: `Minister of Trade and Industry Lo Van Minh`, not `Van
    Minh`)."""
    link = _portfolio_link(doc, start)
    if link is None or not _titled_office(doc, link):
        return start
    name = start
    while name < end and doc[name].lower_ in common and not is_given_name(doc[name].text):
        name += 1
    if name == start and name < end and not is_given_name(doc[name].text):
        name = _after_place(doc, name, end)
    return name if end - name >= 2 else start


def _portfolio_link(doc: Doc, start: int) -> int | None:
    """The link (`of`, `for`, `and`) right before a run that starts at token `start`, or
    before the `the` that opens it (rule office-of-the: `Leader of the Opposition Malik
    Zafar Iqbal Awan`, `Speaker of the Assembly Rosa Elvira Quispe`); None when none."""
    if start >= 3 and doc[start - 1].lower_ in POSSESSIVE_ENDINGS and doc[start - 2].is_title:
        # rule portfolio-possessive: `Minister for Children's Policy Hoshino Emiko`, a
        # portfolio's word with its `'s`, the run before it opened by the link
        return _portfolio_link(doc, start - 2)
    link = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    return link if link >= 0 and doc[link].lower_ in _PORTFOLIO_LINKS else None


def _after_place(doc: Doc, start: int, end: int) -> int:
    """Rule office-of-place: where the name starts in a run after an office of a place
    (`Mayor of Bodø Ida Pedersen`): at its first known given name after the place's
    words, from `start` on (the run's first word that is no common word); `start` when
    none is (`Minister for Coasts Aviaja Lund`)."""
    # `Mayor of Lurøy Torill Hagebø Nyland says …` -> `Torill Hagebø Nyland`
    return next((k for k in range(start + 1, end - 1) if is_given_name(doc[k].text)), start)


def holds_portfolio(doc: Doc, start: int) -> bool:
    """Whether a name that starts at token `start` closes an office's portfolio
    (:func:`portfolio_title`) after a word of it, not after a link: `Minister for Coasts
    Aviaja Lund`, not `Public Utilities` in `Minister of Transport and Public Utilities`
    (a part of the portfolio)."""
    return (
        start > 0
        and doc[start - 1].lower_ not in _PORTFOLIO_LINKS
        and portfolio_title(doc, start) is not None
    )


#: Words that join an office's title to its portfolio and the portfolio's parts
#: (`Minister for Sugar`, `Minister of Finance`, `… for Health and Social Care`).
_PORTFOLIO_LINKS = word_list("office-links") | word_list("portfolio-joins")


def _titled_office(doc: Doc, link: int) -> bool:
    """Whether the words before a portfolio's link are an office that a title opens:
    capitalised words and links back to a title (`Minister`, `Assistant Minister for
    Women, Children and`), within a few words."""
    i = link - 1
    while i >= 0 and link - i <= _MOST_OFFICE_WORDS:
        word = doc[i]
        if word.lower_ in TITLES and word.is_title:
            return True
        if not (word.is_title or word.lower_ in _PORTFOLIO_LINKS or word.text == ","):
            return False
        i -= 1
    return False


#: How far back from a portfolio's link :func:`_titled_office` looks for the title.
_MOST_OFFICE_WORDS = 8


def portfolio_title(doc: Doc, start: int) -> str | None:
    """portfolio-title: the title that opens the office's portfolio written right before
    a name that starts at token `start`, lower case, or None. Three words before a name
    hold the portfolio's end but not its title (`Minister of Bridges and Roads Dalia
    Ferenc`), so `the minister` later would stand for no one. The title must open the
    phrase with its link (`Minister of`, `Secretary for`), the words between it and the
    name capitalised words and links with no given name among them (not `President
    Biden and Ann Reid`); honorifics right before the name count after a comma
    (`Minister of Water and Sanitation, Ms Dalia Ferenc`)."""
    # Shape: Title of/for Portfolio [and Portfolio] [, Honorific] Name
    # e.g. `Minister of Bridges and Roads Dalia Ferenc told the chamber …`
    i = start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in _HONORIFICS:
        i -= 1
    if i < start - 1:
        if i < 0 or doc[i].text != ",":
            return None
        i -= 1
    while i >= 0 and start - i <= _MOST_OFFICE_WORDS:
        word = doc[i]
        if word.lower_ in TITLES and word.is_title:
            linked = i + 1 < start and doc[i + 1].lower_ in _OFFICE_LINKS
            return word.lower_ if linked else None
        if is_given_name(word.text) or not (
            word.is_title
            or word.lower_ in _PORTFOLIO_LINKS
            or word.text == ","
            or word.lower_ in POSSESSIVE_ENDINGS  # `Minister for Children's Policy`
        ):
            return None
        i -= 1
    return None


#: Words that link an office's title to its portfolio (`Minister of`, `Secretary for`).
_OFFICE_LINKS = word_list("office-links")


def holder_in_portfolio(title: Token) -> Span | None:
    """portfolio-holder: the person a title stands for when the parse hung their name
    inside the title's portfolio, as the object of its link: `Minister for Coasts Aviaja
    Lund, who …, said` (`Minister` the subject, `Lund` the object of `for`). The name
    must close the portfolio (:func:`portfolio_title` reads the title before it) after a
    word of the portfolio, so `a spokesman for Ana Ruiz` (lower case) and `Spokesman for
    Ana Ruiz` (no portfolio) speak for Ruiz and are not Ruiz; None otherwise."""
    # Shape: Title of/for Portfolio Name [, who …] said
    if title.lower_ not in TITLES or not title.is_title:
        return None
    for link in title.rights:
        if link.dep_ != "prep" or link.lower_ not in _OFFICE_LINKS:
            continue
        name = next((c for c in link.children if c.dep_ == "pobj"), None)
        person = None if name is None else entity_at(name)
        if (
            person is not None
            and person.label_ == "PERSON"
            and person.start > link.i + 1
            and holds_portfolio(title.doc, person.start)
            and portfolio_title(title.doc, person.start) == title.lower_
        ):
            return person
    return None


def ranked_portfolio_title(doc: Doc, start: int) -> str | None:
    """Rule portfolio-before-rank: the title that opens an office's portfolio
    (:func:`portfolio_title`) written before a rank or an honorific that is a title of
    its own, right before a name that starts at token `start`: the office a later `the
    commissioner` or `the minister` stands for; None when no capitalised title stands
    right before the name, or no portfolio before those titles."""
    # Shape: Title of/for Portfolio Rank [Rank] Name
    # e.g. `Director of Prisons Brigadier General Tomasz Wrona said …` -> `director`
    i = start
    while i > 0 and doc[i - 1].lower_ in TITLES and doc[i - 1].is_title:
        i -= 1
    return portfolio_title(doc, i) if i < start else None


def after_nationality(doc: Doc, start: int, end: int, common: CommonWords) -> int:
    """Where the name starts in a run that a people's word opens, as sports and foreign
    reports name a person with their nation: `Indonesian Budi Santoso said …` (a
    sentence's first word, which the tagger takes for part of the name) is Budi Santoso.
    The word after it must be no common word, or a listed given name that is one
    (`Kenyan Samuel Kiprop Tanui`), and the run no body's name, three words at least
    (not `Indonesian Badminton Association`, `Scottish Rugby`)."""
    following = doc[start + 1] if start + 1 < end else None
    if (
        end - start > 2
        and following is not None
        and doc[start].is_title
        and nation_words(doc[start].text)
        and following.is_title
        and (following.lower_ not in common or is_given(following))
        and doc[end - 1].lower_ not in BODY_ENDS
    ):
        return start + 1
    return start




def initials_after_role(token: Token, common: CommonWords) -> bool:
    """Whether a word inside a run of capitalised words is the first of a name's
    initials that a capitalised role ends before, as Sri Lankan and Indian papers write
    names: `Deputy Minister of Finance K. P. D. Ranjith Abeywickrama` (an initial with its
    stop, another initial or name word after it, after a capitalised common word that is
    no given name: not `John F. Kennedy`)."""
    doc = token.doc
    before = doc[token.i - 1]
    return (
        is_initial(token)
        and token.i + 1 < len(doc)
        and (is_initial(doc[token.i + 1]) or doc[token.i + 1].is_title)
        and _ends_role(before, common)
    )


def is_initial(token: Token) -> bool:
    """Whether a word is one capital and its full stop (`K.`)."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def given_after_role(token: Token, common: CommonWords) -> bool:
    """Whether a word inside a run of capitalised words is a given name that a
    capitalised role ends before, as American papers write offices: `City Engineer
    Marcus Webb`, `County Clerk Dwayne Harper` (a name of the longer given-name counts
    that is no common word, after a capitalised common word that is no given name
    itself: not `Public Works Grant Program`, nor `Faisal bin Hamad al-Khatri`, where
    `bin` is a particle, nor `Dorian Lamar Pettaway`, where `Dorian` opens the name)."""
    before = token.doc[token.i - 1]
    return (
        is_given_name(token.text)
        and token.lower_ not in common
        and _ends_role(before, common)
    )


def _ends_role(word: Token, common: CommonWords) -> bool:
    """Whether a word can end a role written with capitals before a name: a capitalised
    common word that is no given name (`Engineer` in `City Engineer Marcus Webb`,
    `Finance` in `Deputy Minister of Finance K. P. D. Ranjith Abeywickrama`), not an
    adjective that opens a place's or a body's name (rule name-opening-adjective: `Great
    Ormond Street said` names a hospital by its street, no `Ormond Street`)."""
    return (
        word.is_alpha
        and word.is_title
        and word.lower_ in common
        and word.lower_ not in NAME_OPENING_ADJECTIVES
        and not is_given_name(word.text)
    )
