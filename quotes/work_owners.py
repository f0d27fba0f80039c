"""The maker the words around a work name: a `by` phrase (`a report by the audit
office`), the agent of a passive of making (`The report was written by the director`),
its owner by a possessive (`the regulator's final notice`, `His manifesto`), a body
its `of` phrase names, the signer set off after a chain of phrases on it, or the
subject of a clause on it with no relative word. A step of
:func:`quotes.works.work_maker`, tried first: a work that names its maker needs no look
back.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list
from quotes.mentions import author, authored_work, named_in_role, passive_agent
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.work_of import of_maker

#: Verbs whose passive agent made the work that is their subject (`was written by`).
_AUTHORING = word_list("authoring-verbs")
#: Verbs by which someone sends a work they stand behind (`the paper the Department sent`).
_SENDING = word_list("sending-verbs")
#: How many prepositional phrases deep a participle set off after a work may hang.
_CHAIN_DEPTH = 3


def maker_named(work: Token) -> Token | None:
    """The maker the words around a work name: a `by` phrase (:func:`author`), the agent
    of a passive it is the subject of (:func:`passive_maker`), its owner
    (:func:`owner`) or a body its `of` phrase names (:func:`~quotes.work_of.of_maker`)."""
    return (
        author(work)
        or passive_maker(work)
        or owner(work)
        or of_maker(work)
        or chained_signer(work)
        or contact_clause_maker(work)
    )


def chained_signer(work: Token) -> Token | None:
    """Rule chained-participle-maker: the agent of a participle of making set off by a
    comma after a chain of phrases on a work, which the parser hangs on the chain's last
    noun though it describes the work: `Ana Ruiz` in `A written answer to a question
    from the Greens, signed by State Secretary Ana Ruiz, states that …`. Only a verb of
    making (:data:`_AUTHORING`: `signed`, `written`, not `passed` or `built`) and a
    name, or a role the name ends (`written by head of finance Marta Olsen-Hale`,
    :func:`~quotes.mentions.named_in_role`); None otherwise."""
    if not authored_work(work):
        return None
    # shape: <work> <prep> <noun> [<prep> <noun>]… , <made> by <Name> ,
    nouns = [work]
    for _ in range(_CHAIN_DEPTH):
        nouns = [
            pobj
            for noun in nouns
            for prep in noun.rights
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for noun in nouns:
            for participle in noun.rights:
                if (
                    participle.dep_ == "acl"
                    and participle.tag_ == "VBN"
                    and participle.lemma_.lower() in _AUTHORING
                    and participle.doc[participle.i - 1].text == ","
                    and (agent := passive_agent(participle)) is not None
                    and (agent.pos_ == "PROPN" or (agent := named_in_role(agent)) is not None)
                ):
                    return agent
    return None


def contact_clause_maker(work: Token) -> Token | None:
    """Rule contact-clause-maker: the subject of a clause on a work that opens with no
    relative word, whose verb makes or sends it: `the Department for Infrastructure` in
    `A briefing paper the Department for Infrastructure sent to the committee says …`;
    None for a clause with a relative word or an object of its own (`a memo which the
    paper obtained`, read by :func:`~quotes.mentions.author`), for a pronoun subject, or
    a verb of neither making nor sending."""
    if not authored_work(work):
        return None
    # shape: <work> <Subject> <made/sent> … (no `which`, no `that`)
    for clause in work.rights:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _AUTHORING | _SENDING:
            continue
        if any(c.dep_ == "dobj" or c.tag_ in NOUN_RELATIVE_TAGS for c in clause.children):
            continue
        subject = noun_subject(clause)
        if subject is not None and subject.i < clause.i:
            return subject
    return None


def passive_maker(work: Token) -> Token | None:
    """The agent of a passive of making whose subject is the work, in its own clause or
    in a relative clause on it: `the director` in `The officers' report was written by the
    director of resources, X`, `researchers` in `the study, which was carried out by
    researchers at Eastmere University` (a work published or seen by someone is not
    theirs, :data:`_AUTHORING`)."""
    if not authored_work(work):
        return None
    verbs = [work.head] if work.dep_ == "nsubjpass" else []
    verbs += [c for c in work.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in _AUTHORING:
            continue
        agent = passive_agent(verb)
        if agent is not None:
            return agent
    return None



#: Words for a time, whose possessive dates a work (`Wednesday's paper`).
_TIMES = word_list("time-possessors")
#: Possessive pronouns of a person whose work speaks for them (`His manifesto …`).
_OWNER_PRONOUNS = word_list("owner-pronouns")


def owner(work: Token) -> Token | None:
    """The body or person whose work a possessive says it is: `the regulator` in `the
    regulator's final notice found …`, `the tribunal` in `according to the tribunal's
    written reasons`, and the noun a `whose` clause is on (`The Care Quality Commission,
    whose report was published on Thursday`), and the person a possessive pronoun stands
    for (`His manifesto promises that …`: the pronoun, which the resolver reads, or the
    subject of the verb whose object the work is, :func:`_owner_subject`); not a time's
    (`Tuesday's report`)."""
    if not authored_work(work):
        return None
    poss = next((c for c in work.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        clause = work.head if work.dep_ in ("nsubj", "nsubjpass") else None
        return clause.head if clause is not None and clause.dep_ == "relcl" else None
    if poss.lower_ in _OWNER_PRONOUNS:
        return _owner_subject(work) or poss
    if poss.pos_ not in ("NOUN", "PROPN") or poss.ent_type_ in ("DATE", "TIME"):
        return None
    if poss.lower_ in _TIMES or poss.lemma_.lower() in _TIMES:
        return None
    return poss


def _owner_subject(work: Token) -> Token | None:
    """Rule owner-pronoun-subject: the subject of the verb whose object is a work its
    `his` or `her` owns, whom the pronoun stands for (`The treasurer, Ana Ruiz, had
    circulated her report before the meeting`: Ruiz's report, though a name of a gender
    the name lists do not know stands between); None when the work is no object or the
    subject is a pronoun (which the resolver reads) or none."""
    return noun_subject(work.head) if work.dep_ == "dobj" else None


def its_owner(work: Token) -> Token | None:
    """The `its` a work is owned by (`Its post claimed …`), which stands for a body the
    resolver looks for in the sentence before; None when the work has no such
    possessive (`its` is no owner pronoun: a work's maker found otherwise comes first)."""
    return next((c for c in work.children if c.dep_ == "poss" and c.lower_ == "its"), None)



def noun_subject(verb: Token) -> Token | None:
    """A verb's subject when it is a noun or a name (`The Met Service issued …`); None for
    a pronoun or no subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
