"""Whether a cue the parser hung as a conjunct inside a reported clause is the speaker's
next act or goes on with what the clause reports.

`Paul said the plan would cost billions and called him reckless`: `called` is Paul's
next act (:func:`second_act`), so it has Paul for its speaker (:mod:`quotes.governing`)
and ends the reported clause before it (:mod:`quotes.clause_bounds`). `Lee said the city
had hired 90 nurses but lost as many`, `said inflation was easing but remained too high`,
`said he was worn out and wanted to go home`: the conjunct is the clause's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_classes import VERB_CLASSES
from quotes.cue_words import cue_lemmas
from quotes.language import word_list

__all__ = ["second_act", "tense"]

#: Verbs of what a clause's subject is or stays (`… but remained too high`): no act.
_STATES = word_list("state-verbs")


def second_act(cue: Token) -> bool:
    """Whether a cue the parser hung as a conjunct inside a reported clause is rather the
    speaker's next act, in the reporting verb's tense: `Paul said the plan would cost
    billions and called him reckless` (`called` is Paul's, not the plan's). Not after a
    past perfect, whose `had` the conjunct shares: `Lee said the city had hired 90 nurses
    but lost as many` (`lost` is the city's, a past participle like `hired`:
    :func:`_shares_had`), unless the conjunct reports a clause of its own
    (:func:`_own_clause`); and never a verb of being (`said inflation was easing but
    remained too high`: the inflation's) nor a state of mind joined on without a comma
    (:func:`_state_of_mind`)."""
    clause = cue.head
    verb = clause.head
    return (
        cue.dep_ == "conj"
        and cue.lemma_.lower() not in _STATES
        and not _state_of_mind(cue)
        and clause.dep_ == "ccomp"
        and verb.lemma_.lower() in cue_lemmas()
        and any(c.dep_.startswith("nsubj") for c in clause.children)
        and not any(c.dep_.startswith("nsubj") for c in cue.children)
        and (
            (
                tense(cue) == verb.tag_
                and not _shares_had(cue, clause)
                and not _done_in_clause_tense(cue, clause)
            )
            or _own_clause(cue)
        )
    )


#: The lemma of the auxiliary that carries a bare verb's tense (`did not suggest`).
_DO = word_list("do-auxiliaries")


# Shape: <source> <cue, past> <subject> <verb, another tense> … but did not <cue> …
# e.g. `Ana Ruiz said the plan would cost billions but did not say who would pay`
def tense(verb: Token) -> str:
    """A verb's tag, or for a bare verb after `do` (`did not suggest`, `does not say`)
    the tag of its `do`: the tense the verb is in, to compare with the reporting verb's
    (`He said he would pray for the nominee but did not suggest it would be Trump`:
    `suggest` is in `said`'s past, as `did` shows)."""
    if verb.tag_ != "VB":
        return verb.tag_
    return next(
        (c.tag_ for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in _DO),
        verb.tag_,
    )


def _done_in_clause_tense(cue: Token, clause: Token) -> bool:
    """Whether a cue after `do` is in the tense of the reported clause's own finite verb
    too, which its `did` cannot tell apart: `The agency said the FBI looked for a link and
    did not find one` (the FBI's finding, not the agency's next act). In another tense
    than the clause's it is the speaker's (`said he would pray … but did not suggest …`)."""
    finite = [c for c in clause.children if c.dep_ in ("aux", "auxpass")] or [clause]
    return tense(cue) != cue.tag_ and finite[0].tag_ == tense(cue)


def _state_of_mind(cue: Token) -> bool:
    """Rule thought-conjunct-goes-on: a conjunct cue of thought (`wanted`, `feared`,
    `hoped that …`) joined to a reported clause by a conjunction (`and`, `but`) with no
    comma before it says what the clause's subject had in mind, as a verb of being says
    what it was: it goes on with what was reported, as PolNeAR marks it (one span).

    Shape: `<source> <cue> <subject> <verb> … and|but <thought verb> …`. `The driver said
    he was worn out and wanted to go home`, `She said she was proud of the squad but
    feared the final`: his wanting and her fear are part of what each said. Set off by a
    comma, a conjunct stays the speaker's next act (`…, and hoped …`), and so does a cue
    of speech or stance (`said the plan would cost billions and called him reckless`).
    """
    doc = cue.doc
    first = cue.left_edge.i
    return (
        VERB_CLASSES.get(cue.lemma_.lower()) == "thought"
        and first >= 2
        and doc[first - 1].dep_ == "cc"
        and doc[first - 2].text != ","
    )


def _own_clause(cue: Token) -> bool:
    """Whether a conjunct cue reports a `that`-clause of its own, wherever the parser hung
    it: `replied that the check was added, but conceded under questioning that it failed`
    (`conceded` is the speaker's second statement)."""
    return cue.lemma_.lower() in cue_lemmas() and any(
        t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ == "ccomp" for t in cue.subtree
    )


#: The past perfect's auxiliary (`had`, `'d`).
_PERFECT = word_list("perfect-auxiliaries")


def _shares_had(conjunct: Token, verb: Token) -> bool:
    """Whether a conjunct verb that is no cue goes on a past perfect, sharing its `had`:
    `had hired 90 nurses but lost as many`; a cue goes on as the speaker's next act
    (`had come from a forward pass, but refused to blame the referee`)."""
    return (
        conjunct.lemma_.lower() not in cue_lemmas()
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)
    )
