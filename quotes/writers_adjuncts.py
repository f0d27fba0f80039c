"""Where a reported clause ends, one step: whether an adjunct set off by a comma after
the clause is the writer's (a statement of its own, `according to X`, what was happening
as the source spoke, narration after a quotation) or the speaker's, which stays in the
span. Asked by :func:`quotes.clause_bounds.clause_end` and :mod:`quotes.set_off`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_classes import VERB_CLASSES
from quotes.cue_words import SOURCE_PREPS
from quotes.deps import SUBJECT
from quotes.language import word_classes, word_list
from quotes.reported_scope import STATED_CLASSES

#: The class of each noun cue (`claim speech`, `fear thought`, `criticism stance`).
_NOUN_CUE_CLASSES = word_classes("nominal-cues")
#: Words that open a clause of the writer's on what was happening: `as`, `when`.
_CIRCUMSTANCE_MARKS = word_list("circumstance-marks")


def writers_adjunct(adjunct: Token) -> bool:
    """Whether an adjunct set off by a comma after a reported clause is the writer's, not
    part of what the source said: it reports a statement of its own
    (:func:`_reports_of_its_own`), tells what happened as the source spoke
    (:func:`_circumstance`) or follows a quotation that closed (:func:`_after_quotation`).
    Any other adjunct is the speaker's and stays in the span, as fact-checkers and PolNeAR
    both mark it: `said Loop would go on sale in March, with Europe to follow in the
    summer`, `said feed now costs about $4,000 a week, three times what it did`, `said
    rents rose 7 percent, up from 6 percent`.
    """
    return (
        _reports_of_its_own(adjunct)
        or _relayed_by(adjunct)
        or _circumstance(adjunct)
        or _after_quotation(adjunct)
    )


def _relayed_by(adjunct: Token) -> bool:
    """Rule adjunct-relay: `according to X` after a reported clause names who relays the
    whole sentence, speaker and all, and is no part of what the speaker said.

    Shape: `<speaker> <cue> <clause>, according to <source>`. `Most tenants said the rent
    was too high, according to a survey`: the survey's row holds the tenants' saying
    (:func:`quotes.according_hosts.according_host`), and their clause ends at `high`.
    """
    return adjunct.dep_ == "prep" and adjunct.lower_ in SOURCE_PREPS


def _reports_of_its_own(adjunct: Token) -> bool:
    """Rule adjunct-reports: an adjunct holding a word of report (a verb cue or a noun cue
    of speech, thought or stance) is a statement of its own, with its own row.

    Shape: `<cue> <clause>, <adjunct with a cue> …`. `She said the fee was fair, saying
    it had not risen in years`, `…, while the mayor said it was too high`, `…, despite
    claims that it hurt trade`, `…, though she did not discuss the terms`.
    """
    for token in adjunct.subtree:
        if token.i == adjunct.i and adjunct.dep_ == "prep":
            continue
        lists = _NOUN_CUE_CLASSES if token.pos_ == "NOUN" else VERB_CLASSES
        if token.pos_ in ("VERB", "NOUN") and lists.get(token.lemma_.lower()) in STATED_CLASSES:
            return True
    return False


def _after_quotation(adjunct: Token) -> bool:
    """Rule adjunct-after-quotation: an adjunct after a quotation that closed inside the
    clause (its marks come in pairs before the comma; the parser's tags do not tell an
    opening mark from a closing one) is the writer's narration around the quotation.

    Shape: `<cue> <clause with "…"> …, <adjunct>`. `He said he had "stopped reading the
    forecasts", to laughter from the room`; also a clause the parser ran on from a
    quotation into the next sentence (`"If I catch you I'll --" She broke off, for …`).
    """
    return quotation_closed(adjunct.head, adjunct.left_edge.i)


def quotation_closed(head: Token, at: int) -> bool:
    """Whether a quotation opened and closed between the start of a clause and token `at`."""
    doc = head.doc
    first = head.left_edge.i
    if first > 0 and doc[first - 1].is_quote:  # the mark that opens the clause's quotation
        first -= 1
    marks = sum(t.is_quote for t in doc[first:at])
    return marks > 0 and marks % 2 == 0


def _circumstance(adjunct: Token) -> bool:
    """Rule adjunct-circumstance: a clause opening with `as` or `when` that has a subject
    of its own and a verb with words after it tells what was happening as the source
    spoke, or when what they said took place: the writer's, not theirs.

    Shape: `<cue> <clause>, as|when <subject> <verb> <more> …`. `He said service would
    not recover before winter, as he faced an hour of questions`, `She said the winter of
    1979 was the worst, when the boat could not land for weeks`. A comparison that ends on
    its verb is the speaker's (`…, as its own rules require`, `…, as he always did`).
    """
    first = adjunct.doc[adjunct.left_edge.i]
    return (
        adjunct.dep_ == "advcl"
        and first.lower_ in _CIRCUMSTANCE_MARKS
        and first.dep_ in ("mark", "advmod")
        and any(c.dep_ in SUBJECT for c in adjunct.children)
        and any(not c.is_punct for c in adjunct.rights)
    )
