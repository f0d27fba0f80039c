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

from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import AUTHORING, BODY_ENDS, ISSUING, SENDING, TIME_WORDS, legal_form
from quotes.work_authors import author, authored_work, named_in_role, passive_agent
from quotes.work_of import of_maker

#: Verbs whose subject, in a clause on a work, made or sent it.
_CLAUSE_MAKING = AUTHORING | SENDING | ISSUING
#: How many prepositional phrases deep a participle set off after a work may hang.
_CHAIN_DEPTH = 3
#: Platforms a work is posted on, whose name before it says where it is, not who made it.
_PLATFORMS = word_list("platform-names")
#: Verbs that give a thing the name it goes by (`a page called Tarnow Watch`).
_NAMING = word_list("term-naming-verbs")


def maker_named(work: Token) -> Token | None:
    """The maker the words around a work name: a `by` phrase (:func:`author`), the agent
    of a passive it is the subject of (:func:`passive_maker`), its owner
    (:func:`owner`) or a body its `of` phrase names (:func:`~quotes.work_of.of_maker`)."""
    called = called_name(work)
    if called is not None:
        # `A Facebook page called Tarnow Watch posted: …`: the page speaks as itself
        return called
    before, made = name_before(work), author(work)
    if before is not None and (made is None or _published(work)):
        # `Justice Ministry figures published by Dnes`: the paper only printed them
        return before
    return (
        made
        or set_off_author(work)
        or passive_maker(work)
        or owner(work)
        or of_maker(work)
        or chained_signer(work)
        or contact_clause_maker(work)
    )


def called_name(work: Token) -> Token | None:
    """Rule page-called-name: the name a participle of naming right after a work gives it
    (`Tarnow Watch` in `a Facebook page called Tarnow Watch posted: …`): a page or an
    account with a name of its own speaks as itself, its name the speaker, as a named
    social-media page is in the guideline; None for a work with no such participle, or
    one whose name is no proper noun (`a page called "the wall"`)."""
    if not authored_work(work):
        return None
    # shape: <work> called|named|dubbed <Name> (the parser makes the name an `oprd`)
    for participle in work.rights:
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and (
            participle.lemma_.lower() in _NAMING
        ):
            name = next((c for c in participle.children if c.dep_ in ("oprd", "dobj")), None)
            return name if name is not None and name.pos_ == "PROPN" else None
    return None


def set_off_author(work: Token) -> Token | None:
    """Rule by-set-off-on-cue: the maker a `by` phrase set off by commas after a work
    that is its cue's subject names, where the parse hangs the phrase on the cue (`The
    report, by the Karoo Climate Panel, found that …`, also after the work's title set
    off before it, :mod:`quotes.work_titles`); None otherwise."""
    cue, doc = work.head, work.doc
    if work.dep_ != "nsubj" or not authored_work(work):
        return None
    # shape: <the work>[, <Title>], by <maker>, <cue> (`The report, by the panel, found`)
    by = next(
        (c for c in cue.children if c.lower_ == "by" and work.right_edge.i < c.i < cue.i),
        None,
    )
    if by is None or doc[by.i - 1].text != "," or doc[by.right_edge.i + 1].text != ",":
        return None
    if by.right_edge.i + 2 != cue.i and not all(
        t.is_punct or t.dep_ in ("advmod", "aux") for t in doc[by.right_edge.i + 2 : cue.i]
    ):
        return None
    if any(not t.is_punct and not work.is_ancestor(t) for t in doc[work.i + 1 : by.i]):
        return None  # only the work's own words (its title) between it and `by`
    maker = next((c for c in by.children if c.dep_ == "pobj"), None)
    return maker if maker is not None and maker.text[:1].isupper() else None  # a name


def _published(work: Token) -> bool:
    """Whether a participle of issuing hangs on a work (`figures published by Dnes`), whose
    agent printed or sent it on, where a name before the work says whose it is."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING for c in work.rights
    )


def name_before(work: Token) -> Token | None:
    """Rule name-before-work: the name set before a work as its modifier, whose work it
    says it is as a possessive does: `LSEG` in `according to LSEG data`, `Justice
    Ministry` in `Justice Ministry figures published by Dnes` (the ministry's figures,
    the paper only printing them; a maker named by a verb of making comes first: `The
    Cabinet paper, submitted by the Ministry of Finance, states`). Only a proper noun
    right before a work's lower-case word, never a date's (`January figures`)."""
    if not authored_work(work) or work.i == 0 or not work.is_lower:
        return None  # (`the Journal of Primary Care Research`: a name's own word)
    # shape: <Name …> <work>: `according to Eurostat figures`
    before = work.doc[work.i - 1]
    if before.dep_ != "compound" or before.head.i != work.i or before.pos_ != "PROPN":
        return None
    if before.ent_type_ in ("DATE", "TIME") or before.lower_ in TIME_WORDS:
        return None
    if before.lower_ in _PLATFORMS:
        # rule platform-before-work: `the ministry's Facebook page said …` is the
        # ministry's (its owner), `a Facebook page called Tarnow Watch` the page's own
        return None
    return before


def chained_signer(work: Token) -> Token | None:
    """Rule chained-participle-maker: the agent of a participle of making set off by a
    comma after a chain of phrases on a work, which the parser hangs on the chain's last
    noun though it describes the work: `Ana Ruiz` in `A written answer to a question
    from the Greens, signed by State Secretary Ana Ruiz, states that …`. Only a verb of
    making (:data:`~quotes.source_words.AUTHORING`: `signed`, `written`, not `passed` or
    `built`) and a name, or a role the name ends (`written by head of finance Marta
    Olsen-Hale`, :func:`~quotes.work_authors.named_in_role`); None otherwise."""
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
                    and participle.lemma_.lower() in AUTHORING
                    and participle.doc[participle.i - 1].text == ","
                    and (agent := passive_agent(participle)) is not None
                    and (agent.pos_ == "PROPN" or (agent := named_in_role(agent)) is not None)
                ):
                    return agent
    return None


def contact_clause_maker(work: Token) -> Token | None:
    """Rule contact-clause-maker: the subject of a clause on a work that opens with no
    relative word, or with a `that` the parse took for a conjunction, whose verb makes,
    sends or issues it (:data:`_CLAUSE_MAKING`): `the Department for Infrastructure` in
    `A briefing paper the Department for Infrastructure sent to the committee says …`,
    `the Federal Council` in `The booklet that the Federal Council sends to every
    household argues …`, `the ministry` in `According to data that the ministry submitted
    to the committee, …` (rule that-clause-maker, :func:`that_clause_verb`); None for a
    clause with a relative word or an object of its own (`a memo which the paper
    obtained`, read by :func:`~quotes.work_authors.author`), for a pronoun subject, or a
    verb of none of these."""
    if not authored_work(work):
        return None
    # shape: <work> [that] <Subject> <made/sent/issued> … (`an assessment the Department
    # published in May`)
    for clause in work.rights:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _CLAUSE_MAKING:
            continue
        if any(
            (c.dep_ == "dobj" or c.tag_ in NOUN_RELATIVE_TAGS) and not _opens_with_that(work, c)
            for c in clause.children
        ):
            continue
        subject = noun_subject(clause)
        if subject is not None and subject.i < clause.i:
            return whole_body_name(subject)
    found = that_clause_verb(work)
    return None if found is None else whole_body_name(found[1])


def whole_body_name(subject: Token) -> Token:
    """Rule joined-body-name: the last word of a body's name that the parse split at its
    `and` or `&` into two conjuncts, when that word ends a body's name (a legal form or
    a body's head word: `Corp.` in `the Harbour Land and Housing Corp.`), so that the
    maker is the whole name, not its first half (`Harbour Land`); `subject` itself
    otherwise (`the council and the board`: two makers, the first kept)."""
    if subject.pos_ != "PROPN" or subject.lower_ in BODY_ENDS:
        return subject
    # shape: <Name> and|& <Name> <Corp.|Agency|…> (`Harbour Land and Housing Corp.`)
    joined = [
        c
        for c in subject.children
        if c.dep_ == "conj" and c.pos_ == "PROPN" and (legal_form(c.text) or c.lower_ in BODY_ENDS)
    ]
    return joined[-1] if joined else subject


def _opens_with_that(work: Token, word: Token) -> bool:
    """Whether `word` is a `that` right after `work` (`the booklet that the council
    sends`), which the parse may take for the clause's object and tag a conjunction."""
    return word.i == work.i + 1 and word.lower_ == "that"


def that_clause_verb(work: Token) -> tuple[Token, Token] | None:
    """Rule that-clause-maker: the verb of making or sending, and its subject, of a clause
    opened by `that` right after a work that the parse cut from the work, a bracketed
    acronym in the subject's name breaking it: in `According to data that the Housing
    Guarantee Corp. (HGC) submitted to her office, …` the parse hangs `submitted` on the
    main verb; the subject comes right after `that` and the verb has no object of its own.
    None for any other shape."""
    doc = work.doc
    if work.i + 2 >= len(doc) or doc[work.i + 1].lower_ != "that":
        return None
    first = doc[work.i + 2]
    subject = first
    while subject.dep_ != "nsubj" and subject.head.i != subject.i:
        if subject.head.i < first.i:
            return None
        subject = subject.head
    verb = subject.head
    if (
        subject.dep_ != "nsubj"
        or subject.pos_ not in ("PROPN", "NOUN")
        or verb.i < subject.i
        or verb.lemma_.lower() not in _CLAUSE_MAKING
        or any(c.dep_ == "dobj" for c in verb.children)
        or subject.left_edge.i not in (first.i, work.i + 1)  # the parse may hang `that` on it
    ):
        return None
    return verb, subject


def passive_maker(work: Token) -> Token | None:
    """The agent of a passive of making whose subject is the work, in its own clause or
    in a relative clause on it: `the director` in `The officers' report was written by the
    director of resources, X`, `researchers` in `the study, which was carried out by
    researchers at Eastmere University` (a work published or seen by someone is not
    theirs, :data:`~quotes.source_words.AUTHORING`)."""
    if not authored_work(work):
        return None
    verbs = [work.head] if work.dep_ == "nsubjpass" else []
    verbs += [c for c in work.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in AUTHORING:
            continue
        agent = passive_agent(verb)
        if agent is not None:
            return agent
    return None



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
        clause = work.head if work.dep_ in SUBJECT else None
        return clause.head if clause is not None and clause.dep_ == "relcl" else None
    if poss.lower_ in _OWNER_PRONOUNS:
        return _owner_subject(work) or poss
    if poss.pos_ not in ("NOUN", "PROPN") or poss.ent_type_ in ("DATE", "TIME"):
        return None
    if poss.lower_ in TIME_WORDS or poss.lemma_.lower() in TIME_WORDS:
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
