"""What passive, impression and unsourced cues say, and of what.

`The plan was criticized by the mayor`, `The bill is expected to pass`, `The race
seemed close`: the cue stands between the subject a statement is about and what is said
of it, and PolNeAR marks the two as pieces of one statement, so these rules return them
apart. Unsourced cues (`It is expected that …`, `X reportedly …`, `Asked about the
plan, …`) report with no speaker; their content is found here too.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.clause_bounds import Content, clause_end
from quotes.complements import complement
from quotes.content_edges import trimmed
from quotes.cue_objects import restrictive_relative
from quotes.cue_words import IMPRESSION_CUES
from quotes.deps import SUBJECT
from quotes.governing import addressed_participle
from quotes.language import word_list
from quotes.unsourced import auxiliary_subject, impression_auxiliary
from quotes.unsourced_nouns import nominal_content


def unsourced_content(cue: Token) -> list[Content]:
    """What an unsourced cue reports: the subject it is said of and the complement, apart
    (`The bill | is expected | to pass`, `The race | seemed | close`); under an empty `it`
    or for a passive participle (`Asked about the plan, …`) the cue's own complement; for
    a hearsay adverb the clause it qualifies, in the two pieces it stands between (`The
    FBI is | reportedly | preparing an interview`, :func:`hearsay_apart`). An impression
    verb read as a participle's auxiliary says the participle's clause of that
    participle's subject (:func:`said_of_auxiliary`); one joined to a verb
    whose subject it shares says only its complement (`… and seemed to regret it`)."""
    if cue.pos_ == "NOUN":
        # `Despite complaints that the pool was unsafe, …`: the noun's `that`-clause
        found = nominal_content(cue)
        return [] if found is None else [found]
    if cue.lemma_.lower() in IMPRESSION_CUES and relative_impression(cue):
        return []
    if impression_auxiliary(cue):
        return [c for c in said_of_auxiliary(cue) if c is not None]
    if cue.lemma_.lower() in IMPRESSION_CUES and cue.dep_ == "conj":
        # `He sounded tired and seemed to take heart`: its subject is the first verb's
        return [c for c in said_of(cue, "impression") if c is not None]
    if cue.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in cue.children):
        # under an empty `it`, or what someone was asked: what the cue itself reports
        found = complement(cue)
        rule = "addressed" if addressed_participle(cue) else "empty-it"
        return [] if found is None else [Content(found.start, found.end, rule)]
    if cue.pos_ == "ADV":
        verb = cue.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT]
        first = subjects[0].left_edge.i if subjects else min(cue.i, verb.i)
        return hearsay_apart(list(cue.doc[first : clause_end(verb).i + 1]), cue)
    passive = any(c.dep_ == "nsubjpass" for c in cue.children)
    of, said = said_of(cue, "passive" if passive else "impression")
    # a view needs what it is: `The bill is expected` alone says nothing
    return [] if said is None else [c for c in (of, said) if c is not None]


def hearsay_apart(words: list[Token], cue: Token) -> list[Content]:
    """Rule hearsay-apart: what a hearsay adverb inside its clause qualifies, without the
    adverb, in the two pieces it stands between, as a passive cue's subject and what is
    said of it are apart (:func:`said_of`). Shape: `<subject> [<auxiliary>] <adverb>
    <rest of the clause>`; `The ferry firm is reportedly planning a second route` gives
    `The ferry firm is` and `planning a second route`. An adverb before the subject
    (`Reportedly, the firm …`) leaves the clause whole."""
    before = [t for t in words if t.i < cue.i]
    after = [t for t in words if t.i > cue.i]
    pieces = [trimmed(before, "hearsay", 1), trimmed(after, "hearsay")] if before else []
    if len(pieces) == 2 and None not in pieces:
        return [p for p in pieces if p is not None]
    found = trimmed(words, "hearsay")
    return [] if found is None else [found]


#: A free relative word for a thing (`what`).
_FREE_RELATIVES = word_list("free-relatives")


def relative_impression(cue: Token) -> bool:
    """Rule relative-impression: an impression verb whose subject is a free relative
    (`railed against what seemed a constant stream of insults`) or a restrictive
    relative clause's word (`a system that seems rigged`, :func:`restrictive_relative`)
    describes a thing as it looks to the writer, inside a noun phrase, rather than
    reporting an impression; set off, the clause adds one (`the remarks, which
    appeared to be aimed at her`)."""
    subject = (
        auxiliary_subject(cue)
        if impression_auxiliary(cue)
        else next((c for c in cue.children if c.dep_ == "nsubj"), None)
    )
    if subject is None:
        return False
    if subject.lower_ in _FREE_RELATIVES:
        return True
    clause = cue.head if impression_auxiliary(cue) else cue
    return clause.dep_ == "relcl" and restrictive_relative(subject)


#: Prepositions that say what is said of a passive's subject (`seen as a moderate`,
#: `accused of fraud`, `criticized for the delay`), not where, when or to whom
#: (`referred to the FBI`, `listed on the slate`, `argued in December`).
_SAID_OF_PREPS = word_list("said-of-prepositions")


def said_of(cue: Token, rule: str) -> tuple[Content | None, Content | None]:
    """What a passive or impression cue says of its subject: the subject and what is said
    of it, apart, for the cue between them is neither (`The bill | is expected | to pass`,
    `The race | seemed | close`, `The plan | was criticized by the mayor`). An empty `it`
    is said of nothing (`It appears that the talks failed`)."""
    doc = cue.doc
    subjects = [
        c for c in cue.children if c.dep_ in SUBJECT and c.lower_ != "it"
    ]
    heads = [
        c
        for c in cue.rights
        if c.dep_ in ("xcomp", "oprd", "ccomp", "acomp")
        or (c.dep_ == "prep" and c.lower_ in _SAID_OF_PREPS)
    ]
    of = (
        trimmed(list(doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]), rule, 1)
        if subjects
        else None
    )
    said = (
        trimmed(list(doc[heads[0].left_edge.i : clause_end(heads[0]).i + 1]), rule, 1)
        if heads
        else None
    )
    return of, said


def said_of_auxiliary(cue: Token) -> tuple[Content | None, Content | None]:
    """What an impression verb parsed as an auxiliary says of its subject: the subject of
    the participle it hangs on, and that participle's clause (`The ferry plan | appeared
    | set to fail`, `The growers, too, | appeared | bound for a long dispute`)."""
    doc, head = cue.doc, cue.head
    subject = auxiliary_subject(cue)
    of = (
        None
        if subject is None
        else trimmed(list(doc[subject.left_edge.i : subject.right_edge.i + 1]), "impression", 1)
    )
    said = trimmed(list(doc[head.i : clause_end(head).i + 1]), "impression", 1)
    return of, said
