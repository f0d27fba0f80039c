"""Cues the parser did not read as verbs of their own, mended before any cue is matched:
a cue read as a participle of the noun before it (`cue_read_as_relative`) or of a
participle set off after its subject (`cue_read_onto_set_off_participle`) or of the last
noun of a relative clause on it (`cue_read_onto_relative_clause`), as a second
relative clause on its source's noun (`cue_read_as_second_relative`), as an adjective of
the noun after it (`cue_read_as_modifier`), and a cue verb joined to a noun
(`conjunct_read_onto_a_noun`). A cue that closes its sentence is mended in
:mod:`quotes.closing_cue_repairs`; a cue read as a noun after a plural noun at the head
of a sentence with no verb in :mod:`quotes.cue_noun_repairs`.

Each leaves the cue with no subject or no clause; the clauses hung in the wrong place
around a cue that is read as a verb are mended in :mod:`quotes.clause_repairs`, who
speaks in :mod:`quotes.subject_repairs`. Called from
:func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import SUBJECT
from quotes.rehead import Move, rehead_all, root_over
from quotes.relative_tags import RELATIVE_TAGS
from quotes.subject_repairs import FINITE_VERB


def cue_read_as_relative(verb: Token) -> None:
    """`The senator called Hargreave "the worst mayor in memory."`: the parser may read a
    cue in the past as a participle modifying the noun before it (`the senator [who was]
    called Hargreave`), leaving the sentence with a noun for its root and no verb. A cue
    so hung on the sentence's root noun, which opens the sentence, is the verb: that noun
    its subject, the words hung on the noun after it the verb's (an apposition after the
    object what the object is called)."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or head.dep_ != "ROOT"
        or head.pos_ not in ("NOUN", "PROPN")
        or head.i > verb.i
        or head.left_edge.i != head.sent.start
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return
    for child in root_over(verb, head, "nsubj") or ():
        if child.dep_ in ("relcl", "acl") and child.left_edge.dep_ == "mark":
            # `… accepted in evidence that the budget had fallen`, `The weekly Dorfpost
            # reported on Friday that the mill had closed` (a clause on the noun: `acl`)
            child.dep_ = "ccomp"
        if child.dep_ == "appos":
            child.dep_ = "oprd"
            for other in verb.children:
                if other.dep_ == "oprd" and other.i < child.i:
                    other.dep_ = "dobj"


def cue_read_onto_set_off_participle(verb: Token) -> None:
    """`Ana Ruiz, known in the chamber as Lafaek, called the plan "a goodbye note"`: the
    parser may take the participle of a phrase set off by commas after the subject for
    the sentence's verb (`Ana Ruiz … known`, the root) and hang the cue after it on it
    as a participle, leaving the cue with no subject. A cue in the past so hung on a
    root participle with no auxiliary, right after the comma that closes the phrase,
    whose subject stands before the comma that opens it, is the verb: that subject its
    subject, the participle a phrase on the subject again, and the words hung on the
    participle after the cue the cue's."""
    head = verb.head
    doc = verb.doc
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VBD"
        or head.dep_ != "ROOT"
        or head.tag_ != "VBN"
        or head.i > verb.i
        or doc[verb.i - 1].text != ","
        or doc[head.i - 1].text != ","
        or any(c.dep_ in ("aux", "auxpass") for c in head.children)
    ):
        return
    subject = next(
        (c for c in head.children if c.dep_ in SUBJECT and c.i == head.i - 2),
        None,
    )
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    moved = [c for c in head.children if c.i > verb.i or c.i < subject.i]
    rehead_all([(verb, verb, "ROOT"), (subject, verb, "nsubj"), (head, subject, "acl"),
                *((child, verb, None) for child in moved)])


def cue_read_onto_relative_clause(verb: Token) -> None:
    """Rule cue-read-onto-relative: `Ana Ruiz, who leads the largest group, called the
    plan "a goodbye note"`: after a relative clause set off by commas on the subject,
    the parser may read a cue in the past as a participle of the clause's last noun
    (`the largest group, called …`), leaving the subject's noun the root and the cue
    with no subject. A cue in the past so hung right after the comma that closes a
    relative clause (`who`, `which`) on the root noun, which opens the sentence after a
    comma of its own, is the verb: the root noun its subject, the words hung on that
    noun after the cue the cue's."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return
    subject = clause.head
    opener = clause.left_edge
    if (
        subject.dep_ != "ROOT"
        or subject.pos_ not in ("NOUN", "PROPN")
        or subject.left_edge.i != subject.sent.start
        or opener.tag_ not in RELATIVE_TAGS
        or doc[opener.i - 1].text != ","
        or subject.i > opener.i
    ):
        return
    root_over(verb, subject, "nsubj")


# `Most voters going to the polls Tuesday say they would back her`
def cue_read_onto_participle_root(verb: Token) -> None:
    """`Most voters going to the polls Tuesday say they would back her`: the parser may
    take the `-ing` participle on the subject for the sentence's verb (`voters … going`,
    the root) and hang the finite cue after it on it as an unlabelled dependent, leaving
    the cue with no subject. A finite cue so hung on a root participle with no auxiliary,
    whose subject stands before it, is the verb: that subject its subject, the
    participle a phrase on the subject again, and the words hung on the participle after
    the cue the cue's."""
    head = verb.head
    if (
        verb.dep_ != "dep"
        or verb.tag_ not in FINITE_VERB
        or head.dep_ != "ROOT"
        or head.tag_ != "VBG"
        or head.i > verb.i
        or any(c.dep_ in ("aux", "auxpass") for c in head.children)
    ):
        return
    subject = next((c for c in head.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    head.head, head.dep_ = subject, "acl"
    for child in [c for c in head.children if c.i > verb.i]:
        child.head = verb


def cue_read_as_second_relative(verb: Token) -> None:
    """`The app was down for six hours, the company that runs it said.`: after a source
    with a relative clause of its own, the parser may read the cue that closes the
    sentence as a second relative clause on the source's noun, with the relative
    clause's object (`it`) as its subject, leaving what the cue reports with no cue. A
    cue so hung after a comma, whose subject follows right after a relative clause on
    the same noun that has no object, is the verb of the source's noun set after what it
    reports: that subject the relative clause's object, the noun the cue's subject."""
    noun = verb.head
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.tag_ not in FINITE_VERB or noun.i > verb.i:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl" and c.i < verb.i and c is not verb
            and subject is not None and c.right_edge.i + 1 == subject.left_edge.i
        ),
        None,
    )
    if (
        subject is None
        or clause is None
        or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children)
        or noun.left_edge.i == 0
        or doc[noun.left_edge.i - 1].text != ","
    ):
        return
    rehead_all([(subject, clause, "dobj"), (noun, verb, "nsubj"),
                (verb, noun.sent.root, "parataxis")])


def cue_read_as_modifier(verb: Token) -> None:
    """`The 18-year-old told reporters he had landed it twice`: after a description that
    ends in an adjective (`18-year-old`), the parser may read a cue in the past as a
    second adjective of the noun after it (`the 18-year-old told reporters`), that noun
    as the sentence's root and the clause the cue reports as a relative clause on it. A
    cue tagged as a verb in the past so hung on the root noun after it, with words of its
    own before it, is the verb: the word right before it heads its subject, the noun its
    object and a relative clause with a subject of its own on the noun what it reports."""
    head = verb.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ != "VBD"
        or head.dep_ != "ROOT"
        or head.pos_ not in ("NOUN", "PROPN")
        or head.i < verb.i
    ):
        return
    before = [c for c in head.lefts if c.i < verb.i]
    clause = next(
        (
            c
            for c in head.rights
            if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
        ),
        None,
    )
    if not before or clause is None or before[-1].pos_ not in ("ADJ", "NOUN", "PROPN"):
        return
    subject = before[-1]
    moves: list[Move] = [(word, subject, None) for word in before[:-1]]
    moves += [(verb, verb, "ROOT"), (subject, verb, "nsubj"), (head, verb, "dobj"),
              (clause, verb, "ccomp")]
    moves += [(c, verb, None) for c in head.rights if c.dep_ == "punct"]
    rehead_all(moves)


def conjunct_read_onto_a_noun(verb: Token) -> None:
    """`The leaflet carries the slogan "Cleaner, Greener Ashby" and claims that …`: the
    parser may join a finite cue verb to a noun of the object before it (here a name in
    quotation marks), which hides the subject the two verbs share. A finite verb is the
    conjunct of the nearest verb above that noun, and so is its `and`."""
    noun = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_VERB or noun.pos_ not in ("NOUN", "PROPN"):
        return
    above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if above is None or above.i > verb.i:
        return
    joins = [w for w in noun.children if w.dep_ == "cc" and w.i < verb.i]
    rehead_all([*((word, above, None) for word in joins), (verb, above, None)])
