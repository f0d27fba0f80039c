"""Rule nominal-unsourced: a noun cue's `that`-clause when the text names no one behind it.

`Despite complaints that the pool was unsafe, the council kept it open`, `There was
speculation that she would run`: the noun reports a claim or a view (its clause says
what), but no owner (`her complaint`), no `from`/`by` source and no cue's speaker holds
it. PolNeAR annotates the clause as an attribution with no source, as it does for `The
bill is expected to pass`; the attributor keeps it without a speaker
(:mod:`quotes.unsourced`) and the statements scope drops it, as it drops every row the
text gives no source for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.clause_bounds import Content, clause_end
from quotes.content_edges import trimmed
from quotes.cue_words import NOMINAL_CUES, NOMINAL_SOURCES, token_indices
from quotes.deps import SUBJECT, SUBJECT_OR_EXPL
from quotes.language import word_list
from quotes.matchers import CueSpeaker

#: Prepositions of a circumstance, whose noun cue the sentence's subject does not hold.
_CIRCUMSTANCES = word_list("circumstance-prepositions")


def unsourced_nouns(doc: Doc, sourced: dict[int, CueSpeaker]) -> list[int]:
    """The noun cues (nominal-cues.txt) with a `that`-clause of their own and no source:
    no owner, no `from`/`by` phrase, no speaker the matchers found for them, no verb
    whose subject holds them (:func:`_held_by_subject`) and no cue with a speaker in the
    clause."""
    found = []
    for i in token_indices(doc, "LEMMA", NOMINAL_CUES):
        noun = doc[i]
        clause = noun_clause(noun) if noun.pos_ == "NOUN" and i not in sourced else None
        if clause is None or _held_by_subject(noun):
            continue
        if any(t.i in sourced for t in clause.subtree):
            # `the debunked claim that the mayor opposed the plan`: the mayor's stance
            # with its source is the row, not a claim no one holds
            continue
        if any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in NOMINAL_SOURCES)
            for c in noun.children
        ):
            continue
        found.append(i)
    return found


def _held_by_subject(noun: Token) -> bool:
    """Rule nominal-of-subject: whether the noun is the object of a verb with a subject,
    or of its preposition, which makes that subject the one who holds or answers it
    (`They raised concern that …`, `He backed away from a suggestion that …`, `She
    clings to the hope that …`): a source the text gives, so no unsourced row. Not in a
    phrase of circumstance (`Despite complaints that …, the council …`)."""
    if noun.head.dep_ == "prep" and noun.head.lower_ in _CIRCUMSTANCES:
        return False
    verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return (
        noun.dep_ in ("dobj", "pobj", "attr")
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECT for c in verb.children)
    )


def noun_clause(noun: Token) -> Token | None:
    """The head of a noun's own `that`-clause, the clause's `that` a subordinator and the
    clause with its own subject: `complaints that the pool was unsafe` (not the relative
    `the report that was leaked` nor `the claims that she made`)."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp") or clause.i < noun.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_OR_EXPL]
        if marks and subjects and marks[0].i < subjects[0].i:
            return clause
    return None


def nominal_content(noun: Token) -> Content | None:
    """What an unsourced noun cue reports: its `that`-clause, without the `that`."""
    clause = noun_clause(noun)
    if clause is None:
        return None
    return trimmed(list(noun.doc[clause.left_edge.i : clause_end(clause).i + 1]), "nominal")
