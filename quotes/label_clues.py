"""Where a text first gives a clue to a record's label: no introduction before it names it.

:class:`quotes.label_names.LabelNames` looks a label up in the text before it (its
introduction), running its patterns over that text anew. A record of thousands of
labelled lines (`ROSA MOREAU: …`), or an office's acronym said again and again after the
office was spelled out once (`the MCE said`), looked each mention up in all the text
before it: quadratic. The functions here read the whole text once per label for the first
place a look-up could read a name; an introduction that ends before it names no one, so
its look-up need not run (:class:`quotes.label_holders.LabelHolders`,
:meth:`quotes.name_mentions.NameMentions._office_holder`). A clue is not a name: the
look-up decides.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from quotes.court_labels import court_clue, court_patterns
from quotes.intro_names import LABEL_COLON, TITLES, agent_act, given_name, name_at


def first_clue(text: str, words: tuple[str, ...]) -> int | None:
    """The first character of ``text`` from which one of the look-ups of
    :meth:`~quotes.label_names.LabelNames._look_up` could read a name for a label's
    ``words``, or None: an introduction (a beginning of ``text``) that ends at or before it
    gives the label no name, so its look-up need not be run.

    Every look-up's pattern (in :mod:`quotes.label_names`, :mod:`quotes.intro_names` and
    :mod:`quotes.court_labels`) holds the label's words (each word once, with spaces
    between: any such place is an occurrence, case aside), but that of the act a role's
    word is made from (``agent_act``) and those of a court's record (``court_clue``: `THE
    COURT` is the judge), places of their own here.
    An occurrence is a clue when the characters around it allow one of the patterns, as
    the introduction shows them wherever it ends after the occurrence starts: its words
    written as a name in ordinary case (``_written_whole``); a given name (not `Mr`) or a
    hyphen before it (``_named_with``); a space after it, or a comma before the sentence
    or line ends within the reach of an office's words and a name after the comma
    (``names_after``: `The Minister of Health, Ana Ruiz,`); or `as` or a bracket before
    it (``_described_as``)."""
    if not words:
        return None
    occurrence = re.compile(
        "(?=(" + r"\s+".join(re.escape(w) for w in words) + "))", re.IGNORECASE
    )
    clue = next(
        (m.start(1) for m in occurrence.finditer(text) if _clue_at(text, m.start(1), m.end(1))),
        None,
    )
    if len(words) == 1:
        act = re.compile(f"(?={agent_act(words[0])})", re.IGNORECASE).search(text)
        court = court_clue(text, words[0].lower())
        for found in (act.start() if act is not None else None, court):
            if found is not None and (clue is None or found < clue):
                # `a call made by Ana Ruiz` for `CALLER`, `before Judge Ana Ruiz` for `COURT`
                clue = found
    return clue


#: How far past the end of a clue's words a look-up's match reads: the comma, titles and
#: name of :func:`names_after` after an office's words (`, Hon. Dr Anoma Perera`), the
#: second surname after a name (:func:`_second_surname`). An introduction that ends this
#: far past its last clue names as the text before it does.
_SETTLED = 1000


def clue_ends(text: str, words: tuple[str, ...]) -> list[int]:
    """The end of every place in ``text`` from which a look-up could read a name for a
    label's ``words``, in order: each clue (:func:`first_clue`), not only the first. No
    look-up's match lies between them, so a look-up in the text before character ``at``
    reads what it reads in the text before :func:`settled_end`."""
    if not words:
        return []
    occurrence = re.compile(
        "(?=(" + r"\s+".join(re.escape(w) for w in words) + "))", re.IGNORECASE
    )
    ends = [m.end(1) for m in occurrence.finditer(text) if _clue_at(text, m.start(1), m.end(1))]
    if len(words) == 1:
        # `a call made by Ana Ruiz` for `CALLER`, `before Judge Ana Ruiz` for `COURT`
        word = words[0].lower()
        acts = [agent_act(word), *court_patterns(word)]
        ends += [m.end() for act in acts for m in re.finditer(act, text, re.IGNORECASE)]
    return sorted(ends)


def settled_end(ends: list[int], at: int) -> int:
    """Where an introduction that names as the text before character ``at`` does may
    end (``ends`` are :func:`clue_ends`): :data:`_SETTLED` past the last clue before
    ``at``, or ``at``. An office's acronym said thousands of times after the office was
    spelled out once (`The MCE said`) is then looked up once, not in all the text before
    each mention (:meth:`quotes.name_mentions.NameMentions._office_holder`)."""
    k = bisect_right(ends, at)
    return at if k == 0 else min(at, ends[k - 1] + _SETTLED)


#: How far past an office's words :func:`names_after` looks for the comma before its
#: holder's name (the ``{0,60}`` of its pattern, and the comma).
_COMMA_REACH = 61


def surname_clue(text: str, words: tuple[str, ...]) -> int | None:
    """The first character of ``text`` from which :func:`_named_with` could read a name
    ending in a label's ``words`` (a given name, not `Mr`, or a hyphen before them), or
    None: an introduction that ends at or before it gives no such name. A text that
    names an office's holder once and the office's acronym thousands of times (`The
    Municipal Chief Executive, Hon. Gifty Sarfo, …` then `the MCE said`) looks the office
    up in the text before each mention (:meth:`quotes.name_mentions.NameMentions`)."""
    occurrence = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    return next(
        (at for at in _starts(occurrence, text) if _surname_at(text, at)), None
    ) if words else None


def _starts(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """Every character where ``pattern`` matches, overlapping matches too."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match.start()
        at = match.start() + 1


def _surname_at(text: str, start: int) -> bool:
    """Whether :func:`_named_with`'s pattern may take the label's words at ``start`` for
    a surname: after a given name and spaces, or after the first half of a double surname
    and its hyphen."""
    before = text[start - 1] if start else ""
    return before in ("-", "‐", "‑") or (
        before in (" ", "\t") and given_name(_given_at(text, start))
    )


def _clue_at(text: str, start: int, end: int) -> bool:
    """Whether the label's words at ``text[start:end]`` are a clue (:func:`first_clue`)."""
    before = text[start - 1] if start else ""
    if before == "(" or _surname_at(text, start):
        return True  # `(OOW)`, `Kobus van Wyk`, not `Mr Wyk`
    words = text[start:end].split()
    if len(words) > 1 and all(w[:1].isupper() and not w.isupper() for w in words):
        return True  # `Angus MacKinnon-Rao` for `ANGUS MACKINNON-RAO`
    word_end = start
    while word_end and text[word_end - 1].isspace():
        word_end -= 1  # the spaces before the occurrence: none but its own run's
    if word_end < start and text[max(0, word_end - 2) : word_end].lower() == "as":
        return True  # `the officer of the watch appears as OOW`
    after = text[end : end + _COMMA_REACH]
    if after[:1].isspace():
        return True  # `launch conductor Tevita Fifita-Lowe`, `the range officer was …`
    stop = re.search(r"[,.\n]", after)
    if stop is None or stop.group() != "," or re.match(LABEL_COLON, after):
        return False
    # `The Minister of Health, Ana Ruiz,`, not `ANA RUIZ: Yes, thank you.` nor `ANA RUIZ:
    # Yes, Tom Berg, …` (rule label-not-introduction)
    comma = end + stop.end()
    holder = comma
    while holder < len(text) and text[holder].isspace():
        holder += 1
    return holder > comma and name_at(text, TITLES.match(text, holder).end()) is not None


#: A character of the given name of :func:`_named_with`'s pattern, and its first one.
_GIVEN_CHAR = re.compile(r"[\w'’\-]")
_LETTER = re.compile(r"[^\W\d_]")


def _given_at(text: str, at: int) -> str:
    """The word :func:`_named_with`'s pattern takes for the given name before the spaces
    that end at character ``at``: from the first letter of the run of word characters
    before them, or a letter and its full stop (`J.`); empty when there is none."""
    end = at
    while end and text[end - 1] in " \t":
        end -= 1
    if end >= 2 and text[end - 1] == "." and _LETTER.match(text[end - 2]):
        return text[end - 2 : end]
    begin = end
    while begin and _GIVEN_CHAR.match(text[begin - 1]):
        begin -= 1
    first = _LETTER.search(text, begin, end)
    return "" if first is None else text[first.start() : end]
