"""Names as the text before a record's first label writes them: the patterns and readers
that :mod:`quotes.label_names` (which name a label stands for), :mod:`quotes.court_labels`
(a court record's labels) and :mod:`quotes.label_clues` (where a look-up could first
succeed) share.

A name here is a run of two to four words in capitals, particles between them (`Kobus van
Wyk`), less the titles before it (`Hon. Dr Anoma Perera` is Anoma Perera): what an
introduction gives after an office and a comma (`The Minister of Health, Ana Ruiz,`),
after an act done `by` someone (`a call made by Ana Ruiz`), or before a court's noun
(`Nadia Oyelaran-Price, 44, was the first witness`).
"""

from __future__ import annotations

import re

from quotes.language import word_list
from quotes.name_keys import PARTICLES, POSSESSIVE_ENDINGS
from quotes.role_words import OFFICES

#: Words in ordinary case that may open a label in capitals (`The SPEAKER`, `Mr K
#: DLAMINI`): no part of the name.
OPENERS = word_list("label-openers") | word_list("honorifics")
#: Words before a surname that are no given name: offices, label openers and possessive
#: determiners (rule possessive-no-given-name: `Her guest is Tom Hale.` names no `Her
#: Guest`).
NOT_GIVEN = OFFICES | OPENERS | word_list("possessive-determiners")
#: The words of a name after an office and a comma (`The Minister of Health, Ana Ruiz,
#: said`): two to four, in capitals but for particles between (`Kobus van Wyk`), which
#: :func:`name_at` checks.
_HOLDER = re.compile(r"[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){1,3}")
#: Titles, with their stops, before a name (`Hon. Dr `).
_TITLE_WORDS = "|".join(sorted(map(re.escape, NOT_GIVEN), key=len, reverse=True))
TITLES = re.compile(rf"(?:(?:{_TITLE_WORDS})\.?[ \t]+)*", re.IGNORECASE)
#: Rule label-not-introduction: the label's words with a colon after them are a labelled
#: line (`ROSA MOREAU: Yes, Tom Berg, it was late.`), no introduction giving the holder of
#: an office after a comma (`The Minister of Health, Ana Ruiz,`).
LABEL_COLON = r"[ \t]*:"
#: Fewest letters of the word an agent noun label is made from (`CALLER` → `call`).
_AGENT_STEM = 3
#: Endings of agent nouns made from a verb (`CALLER`, `MODERATOR`, `CHAIRMAN`), longest
#: first.
_AGENT_ENDS = ("woman", "person", "man", "er", "or")
#: Rule office-was-name: an introduction that says who held a role label's office with a
#: copula, the name after it (`the flight director was Ana Ruiz` for `FLIGHT DIRECTOR`,
#: `the duty officer is Ana Ruiz`): what follows the office's words.
# `The count was run from the pad; the range officer was Tomas Berg.` ¶ `RANGE OFFICER: Go.`
COPULA = r"\s+(?:is|was)\s+"


def given_name(word: str) -> bool:
    """Whether :func:`quotes.label_names._named_with` reads ``word`` as a given name (not
    `Mr`, not `Reuters'`)."""
    return (
        word[:1].isupper()
        and word.lower().rstrip(".") not in NOT_GIVEN
        and not word.endswith(tuple(POSSESSIVE_ENDINGS))
    )


def agent_act(word: str) -> str:
    """The pattern of the act a role label names, done by someone: the act an agent
    noun is made from (`CALLER` → `call(s) … by`, `DISPATCHER` → `dispatch(es) … by`,
    `MODERATOR` → `moderated by`, `CHAIRMAN` → `chaired by`: the noun less its `-er`,
    `-or` or `-man`), or the label's own word as a verb (`CHAIR` → `chaired by`)."""
    lower = word.lower()
    stem = next((lower.removesuffix(end) for end in _AGENT_ENDS if lower.endswith(end)), lower)
    if len(stem) < _AGENT_STEM:
        return r"(?!)"  # matches nothing
    return r"\b" + re.escape(stem) + r"(?:e?s|e?d)?\b[^,.\n]{0,20}?\bby\s+"


def names_after(intro: str, pattern: str) -> set[str]:
    """The names (:data:`_HOLDER`) right after each match of ``pattern`` in ``intro``."""
    out = set()
    for match in re.finditer(pattern, intro, re.IGNORECASE):
        # `chaired by Hon. Dr Anoma Perera`: the titles before the name are no part of it
        name = name_at(intro, TITLES.match(intro, match.end()).end())
        if name is not None:
            out.add(name)
    return out


def names_before(intro: str, pattern: str) -> set[str]:
    """The names that end right before a match of ``pattern`` in ``intro``: the longest
    run of up to four words in capitals (particles between them) before it that
    :func:`name_at` reads as a name."""
    out = set()
    for match in re.finditer(pattern, intro):
        before = intro[max(0, match.start() - NAME_REACH) : match.start()]
        starts = [m.start() for m in re.finditer(r"(?<![\w'’\-])[^\W\d_]", before)][-4:]
        for at in starts:  # longest first
            at += match.start() - len(before)
            name = name_at(intro, at)
            if name is not None and intro.startswith(name, at) and at + len(name) == match.start():
                out.add(name)
                break
    return out


#: How many characters before a court's noun a name may start.
NAME_REACH = 80


def name_at(text: str, at: int) -> str | None:
    """The name that starts at character ``at``: its words in capitals, with particles
    between them (`Kobus van Wyk`, not `Ana Ruiz when she`), less a title before it
    (`Dame Meredith Achebe-Law` is Meredith Achebe-Law); two words at least."""
    holder = _HOLDER.match(text, at)
    if holder is None:
        return None
    words: list[str] = []
    for word in holder.group().split():
        if not (word[:1].isupper() or word in PARTICLES):
            break
        words.append(word)
    while words and not words[-1][:1].isupper():
        words.pop()
    while len(words) > 2 and words[0].lower().rstrip(".") in NOT_GIVEN:
        words.pop(0)
    return " ".join(words) if len(words) > 1 else None
