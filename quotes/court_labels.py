"""The labels of a court's record that stand for one person (`THE COURT`, `THE WITNESS`)
and the names an introduction gives them: rule court-label, a step of
:meth:`quotes.label_names.LabelNames.name`; :func:`court_clue` tells
:mod:`quotes.label_clues` where the rule could first read a name.
"""

from __future__ import annotations

import re

from quotes.intro_names import COPULA, names_after, names_before
from quotes.language import word_map

#: The labels of a court's record that stand for one person (`THE COURT`, `THE
#: WITNESS`), with the titles before that person's name or, marked `=`, the nouns the
#: introduction gives the person with a copula.
COURT_LABELS = word_map("court-labels")


def court_word(words: list[str]) -> bool:
    """Whether a label's words (no opener: `COURT` of `THE COURT`) are one word of a court
    record's parts, read by rule court-label (:func:`court_part`) and, rule
    court-label-no-surname, never as a surname: `the High Court` gave no one the surname
    `Court`, so `THE COURT: Overruled.` is the judge's."""
    return len(words) == 1 and words[0].lower() in COURT_LABELS


#: An age set off after a name (`Nadia Oyelaran-Price, 44, was`).
_AGE = r"(?:,\s*\d{1,3},)?"


def court_part(intro: str, label: str) -> set[str]:
    """Rule court-label: the one person a court record's label stands for, as the
    introduction names them: `THE COURT` the one whose name follows a judge's title
    (`before District Judge Imelda Kerrigan`), `THE WITNESS` the one it says was the
    witness (`Nadia Oyelaran-Price, 44, was the first witness in the trial`)."""
    titled, described = _court_patterns(label)
    holders = names_after(intro, titled) if titled else set()
    for tail in described:
        holders |= names_before(intro, tail)
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
    if label not in COURT_LABELS:
        return []
    titled, described = _court_patterns(label)
    return [*([titled] if titled else []), *described]


def _court_patterns(label: str) -> tuple[str | None, list[str]]:
    """The patterns of rule court-label for a label's word: the titles before the name
    (`Judge `), None when the label has none, and the tails after the name (`, 44, was
    the first witness`)."""
    titles = [w for w in COURT_LABELS[label] if not w.startswith("=")]
    nouns = [w[1:] for w in COURT_LABELS[label] if w.startswith("=")]
    # `before District Judge Imelda Kerrigan`
    titled = r"\b(?:" + "|".join(map(re.escape, titles)) + r")\s+" if titles else None
    # `Nadia Oyelaran-Price, 44, was the first witness`
    described = [
        _AGE + COPULA + r"the\s+(?:[a-z]+\s+)?" + re.escape(noun) + r"\b" for noun in nouns
    ]
    return titled, described
