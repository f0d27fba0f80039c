"""Who made a work a speaker mention names, read from the words after it: a `by`,
`from` or `with` phrase (`a tally by the Press Association`, `a report from
Bloomberg`), the agent of a participle on it (`figures compiled by Reuters`), a relative
clause of making or getting (`the memo that Ana Ruiz drafted`, `a study the city
commissioned from Pohjoisviitta Consulting`), and who sent a message another reads out.

A work speaks for its maker, so :func:`quotes.mentions.mention_span` keeps the maker in
the mention (`a tally by the Press Association`) and the resolvers
(:mod:`quotes.work_owners`, :mod:`quotes.leads`) take the maker for the speaker. A step
split out of :mod:`quotes.mentions`, which reads a mention's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list
from quotes.parse_links import by_phrase
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import (
    AUTHORED,
    AUTHORING,
    BODY_HEADS,
    ISSUED,
    SENDING,
    SENDING_MEANS,
    TIME_WORDS,
    legal_form,
)

#: Verbs by which one has or sees a work another made (`a memo seen by the Courier`).
_OBTAINING = word_list("obtaining-verbs")
#: Prepositions before who made a work (`a report from Bloomberg`).
_MAKER_PREPOSITIONS = word_list("maker-prepositions")


def author(work: Token) -> Token | None:
    """Who made a work, when a `by`/`from`/`with` phrase names them: `the Press
    Association` in `a tally by the Press Association`, `Bloomberg` in `a report from Bloomberg`,
    `Reuters` in `figures compiled by Reuters` (not a count of what it holds,
    :func:`_counted`; the agent of a participle, not of one
    by which the work was seen or got: `a memo seen by the Courier`, nor the means it
    was sent by: `sent by email`). The list holds
    lemmas and plural-only words (`figures`, `estimates`)."""
    if not authored_work(work):
        return None
    for child in work.rights:
        if (sampled := _sample_maker(child)) is not None:
            return sampled
        if child.dep_ == "prep" and child.lower_ in _MAKER_PREPOSITIONS:
            maker = next((c for c in child.children if c.dep_ == "pobj"), None)
            if maker is not None and (_counted(maker) or _dated(maker) or _placed(child, maker)):
                return None
            return None if maker is None else _role_named_after(work, maker) or maker
        if child.dep_ == "acl" and child.tag_ == "VBN":
            if child.lemma_.lower() in _OBTAINING:
                return None  # `a memo seen by the Courier`: its reader, not its maker
            maker = passive_agent(child) or _joined_agent(child)
            # `a notice sent to tenants by email`: the means it went by, no maker
            means = maker is not None and maker.pos_ == "NOUN" and maker.lemma_ in SENDING_MEANS
            return None if means else named_in_role(maker) or maker
        if child.dep_ == "relcl" and (source := _got_from(child) or _relative_maker(child)):
            # `a study the city commissioned from Pohjoisviitta Consulting`, `the claim,
            # which the union lodged`
            return source
    return _by_after_topic(work)


def _sample_maker(of: Token) -> Token | None:
    """Rule sample-maker: who carried out a poll or a survey whose `of` phrase counts the
    people asked, the parser hanging the making participle on them: `Sonda Civica` in
    `A poll of 1,100 adults carried out by the polling firm Sonda Civica found …`; None
    for any other phrase."""
    if of.dep_ != "prep" or of.lower_ != "of":
        return None
    sample = next((c for c in of.children if c.dep_ == "pobj"), None)
    if sample is None or not _counted(sample):
        return None
    for participle in sample.rights:
        if participle.dep_ == "acl" and participle.lemma_.lower() in AUTHORING:
            maker = passive_agent(participle)
            return None if maker is None else named_in_role(maker) or maker
    return None


def _role_named_after(work: Token, maker: Token) -> Token | None:
    """Rule maker-role-named: the name set off by a comma after a maker given by a role
    (`Ana Ruiz` in `a letter from his region's governor, Ana Ruiz`), which the parse
    hangs on the role or on the work, as the name of whoever holds the role; None when
    the maker is a name or no name follows it."""
    if maker.pos_ != "NOUN":
        return None
    # shape: <work> from|by <role>, <Name> (`a letter from the club's chairman, Ana Ruiz`)
    comma = maker.right_edge.i + 1
    doc = work.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for name in (*maker.rights, *work.rights):
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.left_edge.i == comma + 1:
            return name
    return None


def _counted(noun: Token) -> bool:
    """Rule counted-no-maker: whether the object of a work's `with` (or `by`, `from`)
    phrase is counted, what the work holds rather than who made it: `2,140 signatures` in
    `A petition with 2,140 signatures said …`, `300 entries` in `a list with 300 entries`
    (not `a poll with a research firm`, nor a body's name that holds a year: `Data from
    the 2014 American Community Survey show …`)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children)


def _dated(noun: Token) -> bool:
    """Rule dated-no-maker: whether the object of a work's `from` phrase is a time, which
    dates the work rather than naming its maker: `May` in `One page, from May of that
    year, reads: …`, `Monday` in `a note from Monday` (not `a letter from May Okafor`,
    whose head is the surname)."""
    return noun.lower_ in TIME_WORDS and not any(c.dep_ == "compound" for c in noun.children)


#: Last words of a place's name that no body's name ends in (`Island`, `Creek`).
PLACE_ENDS = word_list("place-name-heads") - BODY_HEADS


def _placed(preposition: Token, noun: Token) -> bool:
    """Rule placed-no-maker: whether the object of a work's `from` phrase is a place's
    name, which says where the work's matter comes from rather than who made it:
    `Robben Island` in `14 years of tracking data from Robben Island` (not `a report
    from Tillman College`, a body, whose last word names a kind of organisation; nor
    after `by`, which names a maker whatever its name ends in: `estimates by Destination
    Disko Bay`, a tourism board; nor a firm's name ending in its legal form, which that
    list holds for people's names: `figures from Ceylon Estate Traders (Pvt) Ltd`)."""
    return (
        preposition.lower_ == "from"
        and noun.pos_ == "PROPN"
        and noun.lower_ in PLACE_ENDS
        and not legal_form(noun.text)
    )


def _joined_agent(participle: Token) -> Token | None:
    """Rule joined-participle-maker: the agent of a participle joined by `and` to one on
    a work that has none, which describes the same work (`the Department of Rural
    Affairs` in `The report, titled "Voices of the Valley" and published by the
    Department of Rural Affairs, says …`); None when the joined participle is one of
    having or seeing (`… and seen by the Courier`) or has no `by` phrase."""
    for joined in participle.children:
        if joined.dep_ == "conj" and joined.tag_ == "VBN":
            return None if joined.lemma_.lower() in _OBTAINING else passive_agent(joined)
    return None


def _got_from(verb: Token) -> Token | None:
    """Rule work-got-from: who a work was got from, in a relative clause on it whose
    verb has a `from` phrase: `Pohjoisviitta Consulting` in `a study the city
    commissioned from Pohjoisviitta Consulting`, `the ministry` in `figures the paper
    obtained from the ministry`; None when the clause has no such phrase, or its verb is
    no verb of getting but a state, whose `from` gives a time or a place (rule
    from-of-a-state: `The warning, which is in place from 4am until 10am, reads …`), or
    the phrase names no one (a number)."""
    if verb.pos_ != "VERB":
        return None  # `which is in place from 4am`
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    source = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    return source if source is not None and source.pos_ in ("NOUN", "PROPN") else None




def _relative_maker(verb: Token) -> Token | None:
    """Rule work-clause-maker: the subject of a relative clause of making whose object
    is the work itself: `the union` in `The filing, which the union lodged on Friday,
    argues that …`, `Ana Ruiz` in `the memo that Ana Ruiz drafted`; None when the verb is
    no verb of making (`the memo which the Courier obtained`), its object is another
    noun, or its subject a pronoun."""
    if verb.lemma_.lower() not in AUTHORING:
        return None
    if not any(c.dep_ == "dobj" and c.tag_ in NOUN_RELATIVE_TAGS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def authored_work(token: Token) -> bool:
    """Whether a word names a work that has a maker (`report`, `notice`, `figures`), as a
    lemma or a form (:data:`~quotes.source_words.AUTHORED`)."""
    return token.lemma_.lower() in AUTHORED or token.lower_ in AUTHORED


def named_in_role(agent: Token | None) -> Token | None:
    """Rule role-before-signer: the person's name a role in a `by` phrase ends with,
    which the parse hangs in the role's `of` phrase or sets beside the role (`Ana Ruiz`
    in `written by head of revenues Ana Ruiz`), so that the work speaks for the person,
    not the role; None for a noun with no such name (`signed by the director`, `compiled
    by analysts at Harnby Bank`)."""
    if agent is None or agent.pos_ != "NOUN":
        return None
    # shape: by <role> of <field> <Given> <Surname> (`by head of revenues Ana Ruiz`)
    name = agent.doc[agent.right_edge.i]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in ("pobj", "appos"):
        return _set_off_signer(agent)
    return name


def _set_off_signer(agent: Token) -> Token | None:
    """Rule signer-set-off-on-work: the name set off after the role in a `by` phrase on a
    participle set off after a work, which the parse hangs on the work as its
    apposition (`The notice, signed by the district's notary, Anna Kovacs, reads …`:
    `Kovacs`); None when the words after the role are no such name."""
    doc = agent.doc
    comma = agent.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    # shape: <work>, <participle> by <role>, <Given> <Surname>, (`signed by its notary, Ana Ruiz,`)
    name = doc[comma + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    work = agent.head.head.head  # the role's `by`, its participle, the work
    if name.pos_ != "PROPN" or name.dep_ != "appos" or name.head.i != work.i:
        return None
    return name if name.ent_type_ == "PERSON" else None


def passive_agent(verb: Token) -> Token | None:
    """The noun of a passive's `by` phrase, the verb's first `agent` child's object:
    `Hale` in `left by Tom Hale`, `Reuters` in `figures compiled by Reuters`; None when
    the verb has no `by` phrase or its `by` has no object."""
    agent = by_phrase(verb) or _by_after_beneficiary(verb)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)


def _by_after_beneficiary(verb: Token) -> Token | None:
    """Rule agent-after-beneficiary: a passive verb's `by` phrase that comes after whom
    the work was made for, which the parse hangs on that noun (`by Urbanplan` in `which
    was carried out for the municipality by Urbanplan`), also of a participle on the work
    (rule participle-agent-after-beneficiary: `by Ana Ruiz` in `A report prepared for the
    hearing by Ana Ruiz said …`); None otherwise."""
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not (participle or any(c.dep_ == "auxpass" for c in verb.children)):
        return None
    # shape: <was made> for <noun> by <maker> (`was carried out for the city by Urbanplan`)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            by = next((c for c in noun.rights if c.lower_ == "by"), None) if noun else None
            if by is not None:
                return by
    return None


#: Prepositions of what a work is about or for, between the work and its `by` phrase.
_TOPIC_PREPOSITIONS = word_list("work-topic-prepositions")


def _by_after_topic(work: Token) -> Token | None:
    """The maker in a `by` phrase that comes after what the work is of or for, which
    the parser hangs on that noun: `Tessaly Markets` in `a poll of analysts by Tessaly
    Markets`, `officers` in `A report to next week's cabinet by the council's finance
    officers`, `YouGov` in `a survey of 2,000 adults by YouGov`."""
    for prep in work.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPOSITIONS:
            continue
        for topic in prep.children:
            if topic.dep_ != "pobj":
                continue
            by = next((c for c in topic.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None:
                return next((c for c in by.children if c.dep_ == "pobj"), None)
            maker = _set_off_participle_maker(topic)
            if maker is not None:
                return maker
    return None


def _set_off_participle_maker(topic: Token) -> Token | None:
    """Rule topic-participle-maker: the agent of a participle set off by a comma after
    what a work is about or for, which the parser hangs on that noun though it describes
    the work: `Halvik Council` in `The report on the consultation, published by Halvik
    Council, says …`. A participle with no comma before it is the topic's own (`a
    report on homes owned by the council`); one of having or seeing names no maker (`…,
    seen by the Courier,`), and only a name is taken for the maker (not the means a work
    went by, `…, sent by email,`, nor a role whose holder the parse hung deeper)."""
    for participle in topic.rights:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
            continue
        if participle.lemma_.lower() in _OBTAINING:
            return None
        maker = passive_agent(participle)
        return maker if maker is not None and maker.pos_ == "PROPN" else None
    return None


#: Messages a witness or a reader may read out for their sender.
_MESSAGES = ISSUED | word_list("read-out-messages")


def message_sender(cue: Token) -> tuple[Token, Token] | None:
    """The sending verb and its subject when a cue's object is a message someone else
    sent, which is the sender's statement whoever reads it out: `sent` and `Ms Okafor`
    in `Ms Reid read the jury a message Ms Okafor had sent to a friend: "…"`, `sent` and
    `he` in `She showed jurors a message he sent an hour later: "…"`; None otherwise."""
    for work in cue.children:
        if work.dep_ != "dobj" or work.lemma_.lower() not in _MESSAGES:
            continue
        for clause in work.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in SENDING:
                sender = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if sender is not None and sender.tag_ not in NOUN_RELATIVE_TAGS:
                    return clause, sender
    return None
