"""Clauses the parser hung in the wrong place around a cue, mended before any cue is
matched: a cue read as a participle of the noun before it or as an adjective of the
noun after it, a one-word quote or a short
answer before a cue read as its subject or auxiliary, a clause on the person a cue
speaks through read as a relative clause, and a cue verb joined to a noun.

Each hides what a cue reports or whose verb it is, where the subject repairs
(:mod:`quotes.subject_repairs`) mend who speaks. Called from
:func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.language import word_list
from quotes.subject_repairs import FINITE_VERB

#: People a statement goes through: `said through a lawyer that …`.
INTERMEDIARIES = word_list("intermediaries")


def repair_intermediary(doc: Doc, lemmas: frozenset[str]) -> None:
    """`Kovac said through a lawyer that she would testify`: the parser reads `that` as a
    relative pronoun (`a lawyer that she …`), a reading a person a cue speaks through
    hardly ever has; the clause on them is what the cue reports (`that` its mark)."""
    for i in token_indices(doc, "LOWER", _THROUGH):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.head.lemma_.lower() not in lemmas:
            continue
        for person in prep.children:
            if person.dep_ != "pobj" or person.lemma_.lower() not in INTERMEDIARIES:
                continue
            for clause in person.children:
                that = clause.left_edge
                if clause.dep_ == "relcl" and that.lower_ == "that" and that.i > person.i:
                    that.dep_, that.tag_, that.pos_ = "mark", "IN", "SCONJ"
                    clause.dep_ = "ccomp"


#: The prepositions of :func:`repair_intermediary`.
_THROUGH = word_list("intermediary-prepositions")


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
    verb.head, verb.dep_ = verb, "ROOT"
    head.head, head.dep_ = verb, "nsubj"
    for child in [c for c in head.children if c.i > verb.i]:
        child.head = verb
        if child.dep_ == "appos":
            child.dep_ = "oprd"
            for other in verb.children:
                if other.dep_ == "oprd" and other.i < child.i:
                    other.dep_ = "dobj"


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
    for word in before[:-1]:
        word.head = subject
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    head.head, head.dep_ = verb, "dobj"
    clause.head, clause.dep_ = verb, "ccomp"
    for child in [c for c in head.rights if c.dep_ == "punct"]:
        child.head = verb


def quote_read_as_subject(verb: Token) -> None:
    """`"Nonsense," wrote a council member who asked not to be named`: a quote of one
    word before a cue whose subject follows it is read as the subject, the one after as
    a second subject or the object (`"Rubbish," replied a fan who had travelled`); the
    word is what the cue reports (its clausal object), the one after speaks."""
    if verb.pos_ != "VERB":
        return
    word = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    after = next((c for c in verb.rights if c.dep_ in ("nsubj", "dobj")), None)
    if (
        word is not None
        and after is not None
        and word.i > 0
        and word.doc[word.i - 1].is_quote
        and _closes_before(word, verb)
    ):
        word.dep_ = "ccomp"
        after.dep_ = "nsubj"


def answer_read_as_auxiliary(verb: Token) -> None:
    """`They would, the Bishop replied.`: a short answer of a subject and an auxiliary,
    set off by a comma before a cue with a subject of its own, is read as the cue's
    auxiliary (`would replied`); it is the clause the cue reports."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    for aux in verb.lefts:
        if (
            aux.dep_ == "aux"
            and subject is not None
            and aux.i < subject.i
            and aux.i + 1 < len(aux.doc)
            and aux.doc[aux.i + 1].text == ","
            and any(c.dep_ == "nsubj" for c in aux.children)
        ):
            aux.dep_ = "ccomp"


def _closes_before(word: Token, verb: Token) -> bool:
    """Whether the quote holding `word` alone closes right before `verb`: the word, at
    most a comma, `!` or `?`, the closing mark, then the verb (`"Nonsense," wrote`)."""
    between = word.doc[word.i + 1 : verb.i]
    return (
        0 < len(between) <= 2
        and between[-1].is_quote
        and all(t.text in (",", "!", "?") for t in between[:-1])
    )


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
    for word in noun.children:
        if word.dep_ == "cc" and word.i < verb.i:
            word.head = above
    verb.head = above
