"""The full names a record's labels stand for, read from the record's introduction.

A record or a released recording labels its turns with capitals (:mod:`quotes.transcripts`
finds the lines): a member by title, initials and surname (`Mr K J DLAMINI:`), an office
(`The MINISTER OF HEALTH:`, or the shortened `The MINISTER:`), a role (`CALLER:`). The
introduction before the first label says who they are (`The Minister of Health, Ana Ruiz,
answered questions from Kagiso Dlamini`; `a call made by Owen Pryce`). This is a step of
the speaker resolution (:meth:`quotes.label_holders.LabelHolders.label_name`), which
resolves a label the introduction does not name like any other mention; :func:`role_label`
tells, among the mentions it meets, a label that gives a role in capitals (`LAUNCH
CONDUCTOR:`).

:class:`LabelNames` reads one document's introduction, once: a long record repeats a few
labels hundreds of times, and each label is looked up in the introduction once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.court_labels import court_part, court_word
from quotes.intro_names import (
    COPULA,
    LABEL_COLON,
    NOT_GIVEN,
    OPENERS,
    agent_act,
    given_name,
    name_at,
    names_after,
    names_before,
)
from quotes.name_keys import fold, name_parts, same_given
from quotes.role_words import OFFICES, is_office

if TYPE_CHECKING:
    from spacy.tokens import Span


class LabelNames:
    """The names one document's introduction gives its record's labels."""

    def __init__(
        self, introduction: str, surname_clues: dict[tuple[str, ...], int | None] | None = None
    ) -> None:
        """``introduction`` is the text before the first labelled line; ``surname_clues``
        the :func:`~quotes.label_clues.surname_clue` of a label's words in a text this one
        begins, where a caller knows it: an introduction that ends before it is not read
        for a name ending in them."""
        self.introduction = introduction
        self._surname_clues = surname_clues or {}
        #: The name found for each label's words, or None: each label is looked up once.
        self._names: dict[tuple[str | None, ...], str | None] = {}

    def name(self, label: str) -> str | None:
        """The full name a record's label stands for: a member's surname after a title
        and initials (`Mr K J DLAMINI` → `Kagiso Dlamini`, the one person the
        introduction names so whose given name the first initial opens), an office that
        the introduction gives with the holder's name after a comma (`The MINISTER OF
        HEALTH` or the shortened `The MINISTER` → `Ana Ruiz` after `The Minister of
        Health, Ana Ruiz,`), or the one who did what a role label's word is made from
        (`CALLER` → `Ana Ruiz` after `a call made by Ana Ruiz`). None when no one or more
        than one fits."""
        initial, key = label_words(label)
        if (initial, *key) not in self._names:
            self._names[initial, *key] = self._look_up(list(key), initial) if key else None
        return self._names[initial, *key]

    def _look_up(self, words: list[str], initial: str | None) -> str | None:
        """:meth:`name` for a label's words (no opener, no initial), read in the
        introduction; ``initial`` is the label's first initial, folded, if it has one."""
        intro = self.introduction
        bracketed = _named_before_label(intro, words)
        if bracketed is not None:
            return bracketed
        if len(words) > 1 and words[0].lower() not in OFFICES and not is_office(" ".join(words)):
            written = _written_whole(intro, words)
            if written is not None:
                return written
        clue = None if court_word(words) else self._surname_clues.get(tuple(words), 0)
        named = (
            set()
            if words[0].lower() in OFFICES or clue is None or clue >= len(intro)
            else _named_with(intro, words)
        )
        if named:
            # a surname the introduction gives a person (no office): `Mr K DLAMINI` is
            # Kagiso Dlamini, not Sipho Dlamini, as a name is (`same_given`)
            if initial is not None:
                named = {n for n in named if same_given(initial, name_parts(n)[0] or "")}
            return named.pop() if len(named) == 1 else None
        office = r"\b" + r"\s+".join(re.escape(w) for w in words)
        # `The Minister of Health, Ana Ruiz,`; not the label itself opening a line,
        # `ROSA MOREAU: Yes, Tom Berg, …`, whose speaker greets the one named after it
        holders = names_after(intro, office + rf"\b(?!{LABEL_COLON})[^,.\n]{{0,60}}?,\s+")
        if not holders:
            # `launch conductor Tevita Fifita-Lowe`: the office as a title right before
            # the name, for `LAUNCH CONDUCTOR`
            holders = names_after(intro, office + r"\s+")
        if not holders:
            holders = names_after(intro, office + COPULA)
        if not holders and court_word(words):
            holders = court_part(intro, words[0].lower())
        if not holders and len(words) == 1:
            # `a call made by Ana Ruiz` for `CALLER`
            holders = names_after(intro, agent_act(words[0]))
        if not holders and len(words) == 1:
            # `the officer of the watch appears as OOW`: a description, no name
            holders = _described_as(intro, words[0])
        if not holders and len(words) == 1 and words[0].lower() not in OFFICES:
            # `WARUNEE` → `Warunee Kittisak`, by the name she goes by
            holders = _given_named(intro, words[0])
        return holders.pop() if len(holders) == 1 else None


def label_words(label: str) -> tuple[str | None, tuple[str, ...]]:
    """A label's first initial, folded, if it has one (`K` of `Mr K J DLAMINI`, which only
    picks the given name among namesakes), and its words of two letters or more less the
    openers (`DLAMINI`), and a number (`HOST 2`): what :meth:`LabelNames.name` looks up."""
    words = [w for w in label.split() if w.lower().rstrip(".") not in OPENERS]
    initial = next(
        (fold(w.rstrip(".")) for w in words if len(w.rstrip(".")) == 1 and w[0].isalpha()),
        None,
    )
    # a numbered voice's number is a word of its label (`HOST 2`), no initial
    return initial, tuple(w for w in words if len(w.rstrip(".")) > 1 or w.isdigit())


def labels_a_line(text: str, name: str) -> bool:
    """Whether a name found for a label is itself written in capitals as a label opening
    a line of the record (``text``, the whole document): a voice of its own, so no holder
    of another label. A radio call names the station after the vessel it calls (`0442
    PORT RADIO: Sea Swallow, Port Radio.`), and the names in it are the labels of other
    lines, not the caller's."""
    label = rf"(?m)^[^\S\n]*(?:\S+[^\S\n]+)?{re.escape(name.upper())}[^\S\n]*:"
    return re.search(label, text) is not None


def role_label(mention: Span) -> bool:
    """Whether a mention is a log's or a record's label that gives a role in capitals,
    two words or more right before a colon (`LAUNCH CONDUCTOR: "…"`, `FLIGHT DIRECTOR:`),
    which the text before it names the holder of
    (:meth:`quotes.label_holders.LabelHolders.label_name`); not one word, a surname's label
    (`NAYAR:`) or an acronym's (`NATO:`)."""
    doc = mention.doc
    words = [t for t in mention if t.is_alpha]
    return (
        len(words) >= 2
        and all(t.is_upper for t in words)
        and mention.end < len(doc)
        and doc[mention.end].text == ":"
    )


#: A description in lower case (`the officer of the watch`, `the ferry's master`).
_DESCRIPTION = r"\b(the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)\s+"


def _described_as(intro: str, label: str) -> set[str]:
    """The descriptions the introduction gives a label that no name stands for: `the
    officer of the watch` for `OOW` in `the officer of the watch appears as OOW and the
    master as MASTER` (or `is shown as`, `is referred to as`), or in `the officer of the
    watch (OOW)`."""
    word = re.escape(label)
    out = set()
    for pattern in (
        _DESCRIPTION + rf"(?:appears\s+|is\s+[a-z]+\s+(?:to\s+)?)?as\s+{word}\b",
        _DESCRIPTION + rf"\({word}\)",
    ):
        out.update(match.group(1) for match in re.finditer(pattern, intro))
    return out


def _named_before_label(intro: str, words: list[str]) -> str | None:
    """Rule name-before-bracketed-label: the one name the introduction writes right
    before the label in brackets, as a podcast's introduction says which host each
    numbered label is (`Abena Mensah (HOST 1) and Kojo Asare (HOST 2) take one price …`
    for `HOST 1`); None when no name, or more than one, stands so."""
    # `Every Friday, Ana Ruiz (HOST 1) and Tom Berg (HOST 2) ask why.`
    label = r"[ \t]*\(" + r"[ \t]+".join(map(re.escape, words)) + r"\)"
    names = names_before(intro, label)
    return names.pop() if len(names) == 1 else None


def _given_named(intro: str, label: str) -> set[str]:
    """Rule given-name-of-named: the names in ``intro`` that open with a one-word label's
    word, written in ordinary case, as a press conference's transcript labels an official
    by the name she goes by: `WARUNEE` → `Warunee Kittisak` after `the head of the water
    agency, Warunee Kittisak` (two words at least: :func:`name_at`)."""
    word = label.title()
    out = set()
    for match in re.finditer(rf"\b{re.escape(word)}\b", intro):
        name = name_at(intro, match.start())
        if name is not None and name.split()[0] == word:
            out.add(name)
    return out


def _written_whole(intro: str, words: list[str]) -> str | None:
    """Rule label-is-whole-name: the name a label of a given name and a surname in
    capitals stands for as the introduction writes it, in ordinary case (`ANGUS
    MACKINNON-RAO` → `Angus MacKinnon-Rao` in `Health Minister Angus MacKinnon-Rao and
    Iain MacLellan, the Liberal MLA`), so that the label is read as the person's whole
    name and not as an office whose holder's name comes after a comma; None when the
    introduction writes the words in no such form or in two, or only as the tail of a
    longer name (:func:`_given_before`)."""
    pattern = (
        r"(?P<before>[^\W\d_][\w'’.\-]*[ \t]+)?(?<![\w'’\-])"
        + r"[ \t]+".join(map(re.escape, words))
        + r"(?![\w'’\-])"
    )
    forms = {
        m.group()[len(m.group("before") or "") :]
        for m in re.finditer(pattern, intro, re.IGNORECASE)
        if all(w[:1].isupper() and not w.isupper() for w in m.group().split()[-len(words) :])
        and not _given_before(m.group("before"))
    }
    return forms.pop() if len(forms) == 1 else None


def _given_before(word: str | None) -> bool:
    """Whether the word before a label's words is a name's first word, so the label is
    the tail of a longer name (`Danielle Ah Sam-Kirby` for `AH SAM-KIRBY`), not a title
    or office (`Health Minister Angus MacKinnon-Rao`)."""
    return word is not None and word[:1].isupper() and (
        word.strip().lower().rstrip(".") not in NOT_GIVEN
    )


def _named_with(intro: str, surname: list[str]) -> set[str]:
    """The names in ``intro`` that end in a label's surname words, with the given name
    before them (`VAN WYK` → `Kobus van Wyk`), as the introduction writes them; a label
    may give one half of a double-barrelled surname (`ONYANGO` → `Benedict
    Onyango-Fraser`), and the name is then the whole, unless another name ends in the
    label's words alone (`Jo Fraser` for `FRASER`); a second surname after the label's
    one is the name's too (:func:`_second_surname`)."""
    pattern = re.compile(
        r"(?P<given>[^\W\d_](?:[\w'’\-]*|\.))[ \t]+(?P<surname>(?:[^\W\d_][\w'’]*[-‐‑])?"
        + r"[ \t]+".join(re.escape(w) for w in surname)
        + r"(?:[-‐‑][^\W\d_][\w'’]*)?)(?![\w'’\-‐‑])",
        re.IGNORECASE,
    )
    whole, halves = set(), set()
    for match in pattern.finditer(intro):
        if given_name(match.group("given")):  # not `Reuters' Ana Ruiz` for `ANA RUIZ`
            exact = fold(match.group("surname")).split() == [fold(w) for w in surname]
            (whole if exact else halves).add(match.group() + _second_surname(intro, match.end()))
    return whole or halves


def _second_surname(intro: str, at: int) -> str:
    """Rule label-first-surname: the second surname after the one a label gives, as
    Spanish, Portuguese and Galician names go by the first (`FERREIRO` → `Breogán
    Ferreiro Castro` in `… and Breogán Ferreiro Castro, a biologist`): a word in title
    case right after the name at character `at` that closes it before a comma, a stop or
    a bracket, and is no title, office or label opener (nor a post-nominal in capitals:
    `Aled Pryce KC,`); the empty string when none does."""
    found = _SECOND_SURNAME.match(intro, at)
    word = found.group("word") if found is not None else ""
    if not word[:1].isupper() or word.isupper() or word.lower() in NOT_GIVEN:
        return ""  # `KC` after `Aled Pryce` is a post-nominal, no name
    return found.group("space") + found.group("word")


#: A capitalised word after a name, then a comma, a stop, a bracket or a line's end.
_SECOND_SURNAME = re.compile(
    r"(?P<space>[ \t])(?P<word>[^\W\d_][\w'’]*(?:[-‐‑][^\W\d_][\w'’]*)?)(?=[,.;:()\n]|$)"
)
