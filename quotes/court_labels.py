"""Rule court-label-no-surname: a court record's label of its parts (`THE COURT`, `THE
WITNESS`) is read by rule court-label of :mod:`quotes.label_names` (the judge the
introduction titles, the one it says was the witness), never as a surname: a text that
names `the High Court` or `Harbour Crown Court` gave no one the surname `Court`, and
`THE COURT: Overruled.` went to the court's name rather than to its judge.

A step of :meth:`quotes.label_names.LabelNames.name`, kept apart as that module is read
for names, and this rule says which labels are no name.
"""

from __future__ import annotations

from quotes.language import word_map

#: The one-word labels of a court record's parts (`court`, `witness`, `defendant`).
_COURT_WORDS = frozenset(word_map("court-labels"))


def court_label(words: list[str]) -> bool:
    """Whether a label's words (no opener: `COURT` of `THE COURT`) are one word of a
    court record's parts, which no surname lookup reads."""
    return len(words) == 1 and words[0].lower() in _COURT_WORDS
