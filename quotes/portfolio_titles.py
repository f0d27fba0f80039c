"""A title with its portfolio, in either order, and the honorifics after it.

A story's lead gives an office before the name (`…, the Finance Minister says.`, `…, the
Minister of Public Works has told the council.`) and names its holder later with the
same office written the other way round or with honorifics before the name (`Minister
of Finance Rra Kabelo Ramolefhe told MPs …`, `signed by Minister of Public Works Eng.
Bader Al-Rashidi`). :func:`portfolio` reads the office's words from the description;
:func:`after_portfolio` says whether a name stands right after the same office.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.language import word_list
from quotes.name_spans import LESSER_OFFICES, MOST_TITLES

#: Words that join a title to its portfolio (`Minister of Finance`, `for Housing`) or the
#: parts of a portfolio (`Minister of Lands and Housing`).
_JOINS = word_list("portfolio-joins")


def portfolio(head: Token) -> frozenset[str] | None:
    """The lower-case words of the portfolio a capitalised title has, before it (`the
    Finance Minister`) or after `of` or `for` (`the Minister of Public Works`); None when
    the title has no capitalised portfolio."""
    words = [t for t in head.lefts if t.dep_ == "compound" and t.is_title]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            words += [t for t in prep.subtree if t is not prep and t.is_alpha and t.is_title]
    return frozenset(t.lower_ for t in words) or None


# shape: <Title> [of|for] <Portfolio> <Honorifics> <Name> (`Minister of Finance Rra Kabelo`)
# or <Portfolio> <Title> <Honorifics> <Name> (`Finance Minister Dr Ana Ruiz`)
def after_portfolio(doc: Doc, i: int, title: str, words: frozenset[str]) -> bool:
    """Rule portfolio-named-later: whether the name that starts at token `i` stands
    right after the title `title` with all the portfolio's `words`, before the title
    or after it, with only capitalised words (honorifics: `Rra`, `Eng.`, `Dr`), the
    portfolio's joins and full stops between the title and the name; not after a
    lesser office (`Deputy Minister of Finance`)."""
    start = max(0, i - MOST_TITLES - len(words) - 2)
    window = doc[start:i]
    at = next((t.i for t in reversed(window) if t.lower_ == title), None)
    if at is None or doc[at].sent.start != doc[i].sent.start:
        return False
    between = doc[at + 1 : i]
    if not all(t.is_title or t.lower_ in _JOINS or t.text == "." for t in between):
        return False
    before = [t.lower_ for t in doc[max(start, at - len(words)) : at] if t.is_title]
    if any(t.lower_ in LESSER_OFFICES for t in doc[max(0, at - len(words) - 1) : at]):
        return False
    return words <= {t.lower_ for t in between} | set(before)
