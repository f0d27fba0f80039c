"""Subjects the parser hung on a word between them and their cue, leaving the cue with
none: an adverb (`The 29-year-old later told …`) or a phrase set off by commas
(`Pritchard-Evans, unbeaten in 19 fights, claimed …`). Called from
:func:`quotes.parse_repairs.repair_tags` on each cue word."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a finite verb.
FINITE_VERB = frozenset({"VBD", "VBZ", "VBP"})
#: Labels of a verb's subject.
ANY_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def subject_read_into_adverb(verb: Token) -> None:
    """`The 29-year-old later told the Courier that …`: the parser may hang a subject
    that ends in an adjective (`old`) on the adverb between it and the cue, as if the
    adverb were its noun (`The … later`), leaving the cue with no subject. An adverb
    right before a cue that has a determiner of its own holds the subject: the word its
    determiner opens is the cue's subject, and the adverb the cue's adverb."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i == 0 or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i != verb.i - 1 for c in verb.children
    ):
        return
    adverb = doc[verb.i - 1]
    if adverb.tag_ != "RB" or adverb.head.i != verb.i:
        return
    lefts = list(adverb.lefts)
    if not lefts or lefts[0].dep_ != "det":
        return
    head = next((t for t in reversed(lefts) if t.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    if head is None:
        return
    for word in lefts:
        if word is not head:
            word.head = head
    head.head, head.dep_ = verb, "nsubj"
    head.pos_ = "NOUN" if head.pos_ == "ADJ" else head.pos_
    adverb.dep_ = "advmod"


def subject_read_into_set_off_phrase(verb: Token) -> None:
    """`Pritchard-Evans, unbeaten in 19 fights, claimed that …`: the parser may take a
    phrase set off by commas between a subject and its cue for a clause of its own, with
    the subject as its subject, leaving the cue with none. The subject of a phrase that
    runs from the comma after that subject to the comma right before the cue is the
    cue's."""
    doc = verb.doc
    if verb.tag_ not in FINITE_VERB or any(c.dep_ in ANY_SUBJECT for c in verb.children):
        return
    for phrase in verb.lefts:
        subject = next((c for c in phrase.lefts if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        end = max(t.i for t in subject.subtree if not t.is_punct)
        if (
            phrase.dep_ in ("advcl", "acomp", "amod")
            and verb.i - 2 <= phrase.right_edge.i < verb.i
            and doc[verb.i - 1].text == ","
            and doc[end + 1].text == ","
            and subject.pos_ in ("NOUN", "PROPN")
        ):
            subject.head, subject.dep_ = verb, "nsubj"
            return


def subject_read_as_conjunct(name: Token) -> None:
    """`Rivas has won a seat and Ortega quickly demanded a recount`, `The court fined the
    firm and Ortega resigned, saying …`: the parser may join a name right after `and` to
    the noun before it (`a seat and Ortega`), leaving the verb that follows the name with
    no subject, or with that noun as its subject. A name joined after `and`
    or `but`, followed (past adverbs) by a finite verb whose subject is missing or is the
    noun it was joined to, with a verb before that noun, is the verb's subject; the noun
    goes back to the verb before it as its object. Only a name joined to a common noun:
    two names are more often two subjects of one verb. Called from
    :func:`quotes.parse_repairs.repair_tags` on each conjunct."""
    doc = name.doc
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.i < 2:
        return
    if doc[name.i - 1].lower_ not in ("and", "but"):
        return
    after = name.i + 1
    while after < len(doc) and doc[after].tag_ == "RB":
        after += 1
    if after >= len(doc) or doc[after].tag_ not in FINITE_VERB:
        return
    verb, joined = doc[after], name.head
    if joined.pos_ != "NOUN":
        # `said Ruiz and Ortega agree …`, `noted Greeks and Swedes have …`: two names are
        # two subjects of the clause, however the parser hung the first
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and subjects != [joined]:
        return
    before = doc[joined.left_edge.i - 1] if joined.left_edge.i > 0 else None
    if subjects and not (before is not None and before.pos_ in ("VERB", "AUX")):
        # `Ruiz and Ortega said …`: two subjects of one verb, not two clauses
        return
    if subjects and before is not None:
        joined.head, joined.dep_ = before, "dobj"
    name.head, name.dep_ = verb, "nsubj"


def subject_read_into_participle(verb: Token) -> None:
    """`Voters heading to the polls on Tuesday said the economy came first`: the parser
    may read a subject with a participle phrase after it as a clause (`Voters heading …`)
    that is the cue's clausal subject, leaving the cue with no subject of its own. The
    subject of a participle (`VBG`) that is a finite cue's clausal subject is the cue's
    subject, and the participle its modifier. Called from
    :func:`quotes.parse_repairs.repair_tags` on each cue word."""
    if verb.tag_ not in FINITE_VERB or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return
    clause = next((c for c in verb.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if clause is None:
        return
    subject = next(
        (c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None
    )
    if subject is None:
        return
    subject.head, subject.dep_ = verb, "nsubj"
    clause.head, clause.dep_ = subject, "acl"
