"""Who a passive cue names as its source when the parser hung the `by` phrase elsewhere.

`The toll was called "a tax on work" by Mara Lind`: the parser may hang a `by` phrase
that closes a passive cue's clause on the last noun or verb of what the cue says
(`a tax on work … by`), so the cue has no agent and its row no speaker. Called from
:func:`quotes.parse_repairs.repair_tags`; the other repairs of who speaks are listed
in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import PASSIVE_MARK
from quotes.language import word_list
from quotes.mentions import NOMINAL
from quotes.rehead import rehead_all
from quotes.role_words import SOURCE_NOUNS
from quotes.source_words import BODY_HEADS

#: Nouns for the ones a view or a word may come from: people, sources, bodies, groups,
#: polls (`by voters`, `by the committee`, `by a poll`).
_HOLDERS = SOURCE_NOUNS | BODY_HEADS | word_list("they-nouns") | word_list("poll-nouns")
#: Words that head a share of people (`by most`, `by a quarter of voters`).
_SHARES = word_list("share-words")
#: Heads of a noun phrase an `of` phrase may close: a noun, a name, a pronoun or a number
#: (`one of the passengers`).
_NOUNS = frozenset({*NOMINAL, "NUM"})
#: Named-entity labels of who may be a source: a person, a body, a group of people.
_SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


# `The filibuster was viewed as a victory by some in the movement.`
# `The scheme has been called "a tax on work" by Mara Lind, a historian.`
def agent_read_onto_complement(verb: Token) -> None:
    """Rule agent-after-complement: `The scheme has been called "a tax on work" by Mara
    Lind`, `The filibuster was viewed as a victory by some in the movement`: the parser
    may hang the `by` phrase that closes a passive cue's clause on the last word of what
    the cue says (`work`, `victory`) instead of on the cue, so the cue has no agent and
    its row no speaker. A passive cue with no `by` phrase of its own whose clause ends
    with one (a clause joined to the cue's after it aside, :func:`_in_conjunct`), hung
    on the head of what it says (its predicate, infinitive or `as` noun, or the last
    noun of an `of` phrase closing it, :func:`_of_chain_head`: not deeper, `asked about
    the claim of credit for the attack by …`, nor on a participle of its own, `… as a
    plan drafted by the minister`), whose noun may be a source (a name, a person, a
    body, a group or a share of people: not `by stealth`), has that phrase for its
    agent."""
    if verb.tag_ != "VBN" or not any(c.dep_ in PASSIVE_MARK for c in verb.children):
        return
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return
    # a clause joined to the cue's after it is no part of what the cue says
    words = [t for t in verb.subtree if t.i > verb.i and not _in_conjunct(t, verb)]
    by = next((t for t in reversed(words) if t.lower_ == "by" and t.dep_ == "prep"), None)
    if by is None or not _complement_head(_of_chain_head(by.head), verb):
        return
    # the phrase closes the clause: no word of the cue's after it but punctuation, or
    # the name of the agent set off after it
    named = _name_after(by)
    after = by.right_edge.i if named is None else named.right_edge.i
    if any(t.i > after and not t.is_punct for t in words):
        return
    agent = next((c for c in by.children if c.dep_ == "pobj"), None)
    if agent is not None and _may_be_source(agent):
        moves = [(by, verb, "agent")]
        if named is not None:
            moves.append((named, agent, "appos"))
        rehead_all(moves)


def _name_after(by: Token) -> Token | None:
    """Rule agent-name-set-off: a name set off by a comma right after the `by` phrase that
    the parser hung, as an apposition, on the noun the phrase hangs on (`confirmed as one
    of the passengers by the deputy minister, Sami Haddad`): it names the agent."""
    comma = by.right_edge.i + 1
    doc = by.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    return next(
        (
            c
            for c in by.head.rights
            if c.dep_ == "appos" and c.left_edge.i == comma + 1 and c.pos_ == "PROPN"
        ),
        None,
    )


def _in_conjunct(word: Token, verb: Token) -> bool:
    """Rule agent-before-conjunct: whether `word` belongs to a clause joined to `verb`
    (`… has been called "a tax on work" by Mara Lind, and it makes …`: the phrase closes
    the cue's own clause all the same)."""
    while word.head.i != verb.i and word.head.i != word.i:
        word = word.head
    return word.head.i == verb.i and word.dep_ in ("cc", "conj") and word.i > verb.i


def _of_chain_head(word: Token) -> Token:
    """Rule agent-after-of-phrase: the noun whose `of` phrase (or chain of them) ends
    with `word`, the `by` phrase closing the whole noun phrase (`confirmed as one of the
    ship's passengers by the minister`: `by` hangs on `passengers`, the phrase is
    `one`'s); `word` itself when it is no noun of an `of` phrase."""
    while word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ in _NOUNS:
        word = word.head.head
    return word


def _complement_head(word: Token, verb: Token) -> bool:
    """Whether `word` heads what a passive `verb` says of its subject: its predicate
    (`called "a trap"`), its infinitive (`asked to wait`) or the noun of its `as`
    (`viewed as a victory`); not a noun deeper in it (`asked about the claim of credit
    for the attack by …`, whose `by` is the attack's) nor a participle of its own."""
    if word.head.i != verb.i and not (
        word.dep_ == "pobj" and word.head.lower_ == "as" and word.head.head.i == verb.i
    ):
        return False
    return word.dep_ in ("oprd", "xcomp", "pobj") and word.tag_ != "VBN"


def _may_be_source(noun: Token) -> bool:
    """Whether the noun of a `by` phrase may be whom a view or a word comes from: a name
    (`Mara Lind`, `the Guardian`), a person, body or group (`critics`, `the committee`)
    or a share of people (`some in the movement`, `a quarter of voters`)."""
    if (noun.pos_ == "PROPN" and not noun.is_lower) or noun.ent_type_ in _SOURCE_ENTITIES:
        return True
    lemma = noun.lemma_.lower()
    if lemma in _HOLDERS:
        return True
    if lemma not in _SHARES:
        return False
    group = [c for p in noun.rights if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    # `some in the movement`, `most of them`: a share alone or of a group
    return not group or group[0].pos_ == "PRON" or group[0].lemma_.lower() in _HOLDERS
