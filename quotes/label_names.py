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

from quotes.language import word_list, word_map
from quotes.name_keys import PARTICLES, POSSESSIVE_ENDINGS, fold, name_parts, same_given
from quotes.role_words import OFFICES, is_office

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Words in ordinary case that may open a label in capitals (`The SPEAKER`, `Mr K
#: DLAMINI`): no part of the name.
_OPENERS = word_list("label-openers") | word_list("honorifics")
#: Words before a surname that are no given name: offices, label openers and possessive
#: determiners (rule possessive-no-given-name: `Her guest is Tom Hale.` names no `Her
#: Guest`).
_NOT_GIVEN = OFFICES | _OPENERS | word_list("possessive-determiners")
#: The words of a name after an office and a comma (`The Minister of Health, Ana Ruiz,
#: said`): two to four, in capitals but for particles between (`Kobus van Wyk`), which
#: :func:`_name_at` checks.
_HOLDER = re.compile(r"[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){1,3}")
#: Titles, with their stops, before a name (`Hon. Dr `).
_TITLE_WORDS = "|".join(sorted(map(re.escape, _NOT_GIVEN), key=len, reverse=True))
_TITLES = re.compile(rf"(?:(?:{_TITLE_WORDS})\.?[ \t]+)*", re.IGNORECASE)
#: Rule label-not-introduction: the label's words with a colon after them are a labelled
#: line (`ROSA MOREAU: Yes, Tom Berg, it was late.`), no introduction giving the holder of
#: an office after a comma (`The Minister of Health, Ana Ruiz,`).
_LABEL_COLON = r"[ \t]*:"
#: Fewest letters of the word an agent noun label is made from (`CALLER` → `call`).
_AGENT_STEM = 3
#: Endings of agent nouns made from a verb (`CALLER`, `MODERATOR`, `CHAIRMAN`), longest
#: first.
_AGENT_ENDS = ("woman", "person", "man", "er", "or")


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
        if len(words) > 1 and words[0].lower() not in OFFICES and not is_office(" ".join(words)):
            written = _written_whole(intro, words)
            if written is not None:
                return written
        clue = None if _court_word(words) else self._surname_clues.get(tuple(words), 0)
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
        holders = _names_after(intro, office + rf"\b(?!{_LABEL_COLON})[^,.\n]{{0,60}}?,\s+")
        if not holders:
            # `launch conductor Tevita Fifita-Lowe`: the office as a title right before
            # the name, for `LAUNCH CONDUCTOR`
            holders = _names_after(intro, office + r"\s+")
        if not holders:
            holders = _names_after(intro, office + _COPULA)
        if not holders and _court_word(words):
            holders = _court_part(intro, words[0].lower())
        if not holders and len(words) == 1:
            # `a call made by Ana Ruiz` for `CALLER`
            holders = _names_after(intro, _agent_act(words[0]))
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
    openers (`DLAMINI`): what :meth:`LabelNames.name` looks up."""
    words = [w for w in label.split() if w.lower().rstrip(".") not in _OPENERS]
    initial = next((fold(w.rstrip(".")) for w in words if len(w.rstrip(".")) == 1), None)
    return initial, tuple(w for w in words if len(w.rstrip(".")) > 1)


def _given_name(word: str) -> bool:
    """Whether :func:`_named_with` reads ``word`` as a given name (not `Mr`, not
    `Reuters'`)."""
    return (
        word[:1].isupper()
        and word.lower().rstrip(".") not in _NOT_GIVEN
        and not word.endswith(tuple(POSSESSIVE_ENDINGS))
    )


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


#: Rule office-was-name: an introduction that says who held a role label's office with a
#: copula, the name after it (`the flight director was Ana Ruiz` for `FLIGHT DIRECTOR`,
#: `the duty officer is Ana Ruiz`): what follows the office's words.
# `The count was run from the pad; the range officer was Tomas Berg.` ¶ `RANGE OFFICER: Go.`
_COPULA = r"\s+(?:is|was)\s+"


#: The labels of a court's record that stand for one person (`THE COURT`, `THE
#: WITNESS`), with the titles before that person's name or, marked `=`, the nouns the
#: introduction gives the person with a copula.
_COURT_LABELS = word_map("court-labels")


def _court_word(words: list[str]) -> bool:
    """Whether a label's words (no opener: `COURT` of `THE COURT`) are one word of a court
    record's parts, read by rule court-label (:func:`_court_part`) and, rule
    court-label-no-surname, never as a surname: `the High Court` gave no one the surname
    `Court`, so `THE COURT: Overruled.` is the judge's."""
    return len(words) == 1 and words[0].lower() in _COURT_LABELS
#: An age set off after a name (`Nadia Oyelaran-Price, 44, was`).
_AGE = r"(?:,\s*\d{1,3},)?"


def _court_part(intro: str, label: str) -> set[str]:
    """Rule court-label: the one person a court record's label stands for, as the
    introduction names them: `THE COURT` the one whose name follows a judge's title
    (`before District Judge Imelda Kerrigan`), `THE WITNESS` the one it says was the
    witness (`Nadia Oyelaran-Price, 44, was the first witness in the trial`)."""
    titled, described = _court_patterns(label)
    holders = _names_after(intro, titled) if titled else set()
    for tail in described:
        holders |= _names_before(intro, tail)
    return holders


def court_clue(text: str, label: str) -> int | None:
    """Where in ``text`` a pattern of rule court-label first matches for a label's one
    word (`COURT`), or None (also for a word no court label has): an introduction that
    ends before it gives the label no name by that rule
    (:func:`quotes.label_clues.first_clue`)."""
    found = [
        m.start()
        for pattern in court_patterns(label)
        if (m := re.search(pattern, text, re.IGNORECASE)) is not None
    ]
    return min(found, default=None)


def court_patterns(label: str) -> list[str]:
    """Every pattern of rule court-label for a label's one word (`COURT`), none for a
    word no court label has: where the rule may read a name."""
    if label not in _COURT_LABELS:
        return []
    titled, described = _court_patterns(label)
    return [*([titled] if titled else []), *described]


def _court_patterns(label: str) -> tuple[str | None, list[str]]:
    """The patterns of rule court-label for a label's word: the titles before the name
    (`Judge `), None when the label has none, and the tails after the name (`, 44, was
    the first witness`)."""
    titles = [w for w in _COURT_LABELS[label] if not w.startswith("=")]
    nouns = [w[1:] for w in _COURT_LABELS[label] if w.startswith("=")]
    # `before District Judge Imelda Kerrigan`
    titled = r"\b(?:" + "|".join(map(re.escape, titles)) + r")\s+" if titles else None
    # `Nadia Oyelaran-Price, 44, was the first witness`
    described = [
        _AGE + _COPULA + r"the\s+(?:[a-z]+\s+)?" + re.escape(noun) + r"\b" for noun in nouns
    ]
    return titled, described


def _names_before(intro: str, pattern: str) -> set[str]:
    """The names that end right before a match of ``pattern`` in ``intro``: the longest
    run of up to four words in capitals (particles between them) before it that
    :func:`_name_at` reads as a name."""
    out = set()
    for match in re.finditer(pattern, intro):
        before = intro[max(0, match.start() - _NAME_REACH) : match.start()]
        starts = [m.start() for m in re.finditer(r"(?<![\w'’\-])[^\W\d_]", before)][-4:]
        for at in starts:  # longest first
            at += match.start() - len(before)
            name = _name_at(intro, at)
            if name is not None and intro.startswith(name, at) and at + len(name) == match.start():
                out.add(name)
                break
    return out


#: How many characters before a court's noun a name may start.
_NAME_REACH = 80


def _agent_act(word: str) -> str:
    """The pattern of the act a role label names, done by someone: the act an agent
    noun is made from (`CALLER` → `call(s) … by`, `DISPATCHER` → `dispatch(es) … by`,
    `MODERATOR` → `moderated by`, `CHAIRMAN` → `chaired by`: the noun less its `-er`,
    `-or` or `-man`), or the label's own word as a verb (`CHAIR` → `chaired by`)."""
    lower = word.lower()
    stem = next((lower.removesuffix(end) for end in _AGENT_ENDS if lower.endswith(end)), lower)
    if len(stem) < _AGENT_STEM:
        return r"(?!)"  # matches nothing
    return r"\b" + re.escape(stem) + r"(?:e?s|e?d)?\b[^,.\n]{0,20}?\bby\s+"


def _given_named(intro: str, label: str) -> set[str]:
    """Rule given-name-of-named: the names in ``intro`` that open with a one-word label's
    word, written in ordinary case, as a press conference's transcript labels an official
    by the name she goes by: `WARUNEE` → `Warunee Kittisak` after `the head of the water
    agency, Warunee Kittisak` (two words at least: :func:`_name_at`)."""
    word = label.title()
    out = set()
    for match in re.finditer(rf"\b{re.escape(word)}\b", intro):
        name = _name_at(intro, match.start())
        if name is not None and name.split()[0] == word:
            out.add(name)
    return out


def _names_after(intro: str, pattern: str) -> set[str]:
    """The names (:data:`_HOLDER`) right after each match of ``pattern`` in ``intro``."""
    out = set()
    for match in re.finditer(pattern, intro, re.IGNORECASE):
        # `chaired by Hon. Dr Anoma Perera`: the titles before the name are no part of it
        name = _name_at(intro, _TITLES.match(intro, match.end()).end())
        if name is not None:
            out.add(name)
    return out


def _name_at(text: str, at: int) -> str | None:
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
    while len(words) > 2 and words[0].lower().rstrip(".") in _NOT_GIVEN:
        words.pop(0)
    return " ".join(words) if len(words) > 1 else None


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
        word.strip().lower().rstrip(".") not in _NOT_GIVEN
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
        if _given_name(match.group("given")):  # not `Reuters' Ana Ruiz` for `ANA RUIZ`
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
    if not word[:1].isupper() or word.isupper() or word.lower() in _NOT_GIVEN:
        return ""  # `KC` after `Aled Pryce` is a post-nominal, no name
    return found.group("space") + found.group("word")


#: A capitalised word after a name, then a comma, a stop, a bracket or a line's end.
_SECOND_SURNAME = re.compile(
    r"(?P<space>[ \t])(?P<word>[^\W\d_][\w'’]*(?:[-‐‑][^\W\d_][\w'’]*)?)(?=[,.;:()\n]|$)"
)
