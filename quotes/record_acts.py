"""The default scope's rules for what a record gives that is an act, not a statement
(:func:`quotes.reported_scope.reported_by_source`): the charge an indictment alleges
(rule charge-alleged) and a meeting's act told after its minutes (rule minuted-act).
`--scope all` keeps both rows, as PolNeAR marks every attribution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.language import table, word_list

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Documents that bring a charge (`indictment`, `charge sheet`), each as its words.
_CHARGING = frozenset(table("charging-documents"))
#: Records of a meeting written in the third person (`minutes`, `record`), read here for
#: the scope (no spaCy) and by :mod:`quotes.minute_lines`.
MINUTE_RECORDS = word_list("minute-records")
#: Verbs of a meeting's acts (`vote`, `approve`, `adopt`).
_MEETING_ACTS = word_list("meeting-acts")


def charge_alleged(speaker: Span) -> bool:
    """Rule charge-alleged: whether a row's source is a document that brings a charge
    (charging-documents.txt): what it alleges is the charge, not a claim of fact. What
    the prosecutor tells the court is her row."""
    # Shape: The indictment|charge sheet <cue> that <clause>
    # e.g. `The charge sheet says that the two men sold the boats twice.`
    head = speaker.root
    words = (head.lemma_.lower(),)
    before = head.doc[head.i - 1].lower_ if head.i > speaker.start else ""
    return words in _CHARGING or (before, head.lower_) in _CHARGING


def minuted_act(content: Span, speaker: Span, method: str) -> bool:
    """Rule minuted-act: whether a clause the minutes of a meeting are the source of
    (`according to the minutes`) only tells what the meeting did, its main verb one of
    meeting-acts.txt: the record of an act (`The board voted on Friday to sell the plot,
    according to the minutes`). What the minutes record someone as saying is a row of
    that person (:mod:`quotes.minute_lines`)."""
    # Shape: <body> <voted|approved|agreed> …, according to the minutes …
    # e.g. `The parish council agreed to repair the hall roof, according to the minutes.`
    if not method.startswith("according-to") or speaker.root.lemma_.lower() not in MINUTE_RECORDS:
        return False
    heads = list(roots(content))
    return bool(heads) and all(h.lemma_.lower() in _MEETING_ACTS for h in heads)
