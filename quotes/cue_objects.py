"""What a stance or act cue is aimed at: its object, its topic, its relative word.

`She praised the senator's plan`, `He accused Smith of lying`, `She spoke about the
economy`, `his call for a recount`, `the bill, which he once supported`: these cues
report no clause, but PolNeAR attributes the thing they are aimed at to their speaker.
Kept apart from the clause rules (:mod:`quotes.complements`) because they are tried
last and bring their own vocabularies: cues whose object is a thing (`found cracks`) or
whom they address (`told reporters`), and the prepositions that introduce a topic.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.content_shape import THING_OBJECT_CUES
from quotes.cue_words import OBJECT_CUES, POLL_NOUNS
from quotes.language import table, word_list
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.role_words import SOURCE_NOUNS
from quotes.source_words import BODY_HEADS

#: Dependents that continue a reported object: `accused him *of lying*`, `urged voters *to
#: vote*`.
_RUN_ON = frozenset({"prep", "xcomp", "oprd", "ccomp"})


#: Prepositions that introduce what a cue is about: `spoke about`, `called for`, `argued
#: against`, `complained over`; `to` only after the verbs in :data:`TOPIC_TO_CUES`, `on`
#: only after those in :data:`TOPIC_ON_CUES`.
_TOPIC_PREPS = word_list("topic-prepositions")


#: Cues whose `to` introduces a topic, not an addressee: `pointed to`, `responded to`.
TOPIC_TO_CUES = word_list("topic-to-cues")


#: Cues whose `on` introduces a topic, not a time: `commented on`, `focused on`.
TOPIC_ON_CUES = word_list("topic-on-cues")


#: Cues whose `with` introduces what their subject takes a side on, not company: `agreed
#: with the analysis`, `disagrees with the mayor`.
TOPIC_WITH_CUES = word_list("topic-with-cues")


#: Whom a set-off `told` addresses: `, he told reporters,`.
_AUDIENCES = word_list("audiences")


#: Cues whose object is whom they address: `told reporters`, `assured donors`.
_ADDRESSING = word_list("addressing-cues")


def addressee(child: Token) -> bool:
    """Whether an object of a cue is whom it was said to: a name, a pronoun or an
    audience after `told`, `assured`, `informed` (`told Congress`, `told reporters`)."""
    return child.head.lemma_.lower() in _ADDRESSING and (
        child.pos_ in ("PRON", "PROPN") or child.lemma_.lower() in _AUDIENCES
    )


#: Verbs and particles that make a cue one of joining or enrolling (`signed up for`).
_JOINING = frozenset((verb, particle) for verb, particle in table("joining-particles"))


# `Some people signed up for a real estate class.`
def _joined_up(cue: Token) -> bool:
    """Rule joined-up: a cue with a particle that makes it a verb of joining or
    enrolling (joining-particles.txt) takes no stance on what it joins: `Some people
    signed up for a real estate class`, `Both actors signed on for the sequel`, `He can
    sign up more donors`; its object and its topic are no attribution."""
    return any(
        c.dep_ == "prt" and (cue.lemma_.lower(), c.lower_) in _JOINING for c in cue.children
    )


def cue_object(cue: Token) -> list[Token]:
    """A verb cue's direct object with the complements that run on from it.

    `She praised the senator's plan`, `He accused Smith of lying`, `They urged voters to
    stay home`: what is reported is the object (and its `of`/`to` complement). A naming
    verb's object is what is named, not what is said (`called the plan a disaster`), some
    cues take things as objects (`found cracks`, see :data:`THING_OBJECT_CUES`), and a
    name after `told` is whom it was said to (`told Congress`).
    """
    if (
        cue.pos_ == "NOUN"
        or cue.lemma_.lower() in OBJECT_CUES | THING_OBJECT_CUES
        or _identifying_clause(cue)
        or _sign_of_thing(cue)
        or _joined_up(cue)
    ):
        return []
    rights = list(cue.rights)
    objects = [i for i, c in enumerate(rights) if c.dep_ == "dobj"]
    if not objects:
        return []
    run = [rights[objects[0]]]
    for child in rights[objects[0] + 1 :]:
        if child.dep_ not in _RUN_ON or child.left_edge.i != run[-1].right_edge.i + 1:
            break
        run.append(child)
    # `She told reporters on Thursday …`: whom it was said to, not what
    return [] if addressee(run[0]) and all(c.dep_ == "prep" for c in run[1:]) else run


def _identifying_clause(cue: Token) -> bool:
    """Rule identifying-that-clause: a cue in a relative clause that `that` opens with no
    comma before it tells which thing its noun is, not a stance or an act on record; its
    object is no attribution.

    Shape: `<noun> that <cue> <object>`. `the leaflets that backed the bypass`, `a fund
    that supports young players`: the clause picks out the leaflets and the fund. A person
    takes `who` (`a councillor who backed the bypass` stays), and so does a clause set
    off by a comma.
    """
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (
        cue.dep_ == "relcl"
        and subject is not None
        and subject.lower_ == "that"
        and subject.tag_ == "WDT"
        and subject.i > 0
        and not cue.doc[subject.i - 1].is_punct
    )


#: Cues that say their subject is a sign of their object when the subject is a thing.
_SIGN_VERBS = word_list("sign-verbs")


#: Nouns for the ones who may signal on purpose: people, sources, bodies, groups, polls.
_SIGNALLERS = SOURCE_NOUNS | BODY_HEADS | POLL_NOUNS | word_list("they-nouns")


def _sign_of_thing(cue: Token) -> bool:
    """Rule sign-of-thing: a person's deed or words, or a stretch of time, as the subject
    of `signal` is a sign of the object, not a source that signals it; the object is no
    attribution (a fact-checker has no statement to check, PolNeAR marks none).

    Shape: `<someone's noun | time noun> signal(s) <object>`. `Her endorsement may signal a
    shift in the party`, `The mayor's remarks signal a turnabout`, `The past two weeks
    have signaled a reckoning`. A stance its subject owns is signalled on purpose (`The
    party's leaders signaled their support`), and `The union signaled its opposition` and
    `It signals a new phase` keep theirs.
    """
    if cue.lemma_.lower() not in _SIGN_VERBS:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ == "PERSON":
        return False
    if subject.lemma_.lower() in _SIGNALLERS or _owned_object(cue):
        return False
    owned = any(c.dep_ == "poss" for c in subject.children)
    return owned or subject.lemma_.lower() in _TIMES


def _owned_object(cue: Token) -> bool:
    """Whether a cue's object is owned by a pronoun (`signaled their support`)."""
    return any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in cue.children
    )


def cue_topic(cue: Token) -> list[Token]:
    """The object of the preposition that says what an intransitive cue is about.

    `She spoke about the economy`, `He called for a recount`, `They pointed to the
    polls`, `She agreed with the mayor`. A stretch of time is no topic (:func:`time_span`).
    """
    if cue.pos_ == "NOUN" or _joined_up(cue):
        return []
    lemma = cue.lemma_.lower()
    for child in cue.rights:
        word = child.lower_
        if child.dep_ == "prep" and (
            word in _TOPIC_PREPS
            or (word == "to" and lemma in TOPIC_TO_CUES)
            or (word == "on" and lemma in TOPIC_ON_CUES)
            or (word == "with" and lemma in TOPIC_WITH_CUES)
        ):
            topic = [c for c in child.children if c.dep_ in ("pobj", "pcomp")][:1]
            if not topic or not time_span(topic[0]):
                return topic
            # `spoke for an hour about the harbour`: the topic hangs on the stretch of time
            time = _measured_time(topic[0])
            inner = [c for c in time.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
            if inner:
                return [c for c in inner[0].children if c.dep_ in ("pobj", "pcomp")][:1]
    return []


#: Nouns for a stretch of time: `for months`, `over the past week`.
_TIMES = word_list("time-nouns")


#: Days named as when: `on Tuesday`, `Tuesday night`.
_DAYS = word_list("day-words")


#: Words that may describe a stretch of time without making it a thing: `the last week`,
#: `a long period`; `a shorter week` is a thing one may call for.
_TIME_SPAN_MODIFIERS = word_list("time-span-modifiers")


#: Nouns that measure out a stretch of time in their `of` phrase: `the last couple of
#: weeks`, `the course of three days`.
_TIME_MEASURES = word_list("time-measures")


def time_span(topic: Token) -> bool:
    """Rule topic-time-span: a preposition whose object is a stretch of time says how
    long or when the cue went on, not what it was about; the cue's topic is after it,
    elsewhere or nowhere.

    Shape: `<cue> for|over|on <time noun or day>`. `The rivals argued for months`, `She
    spoke for more than forty minutes`, `voters who decided over the last week`, `her
    remarks on Tuesday night`: no topic. So is a measure of time (`over the last couple of
    weeks`, `over a six-year time period`). `He called for a recount` and `The union
    fought for a shorter week` keep theirs.
    """
    if topic.lower_ in _DAYS:
        return True
    if topic.lemma_.lower() in _TIME_MEASURES:
        measured = _measured_time(topic)
        return measured is not topic and time_span(measured)
    return (
        topic.pos_ == "NOUN"
        and topic.lemma_.lower() in _TIMES
        and all(
            c.lower_ in _TIME_SPAN_MODIFIERS or c.lower_ in _DAYS or c.lemma_.lower() in _TIMES
            for c in topic.children
            if c.dep_ in ("amod", "compound")
        )
    )


def _measured_time(span: Token) -> Token:
    """The time noun a measure of time measures out (`weeks` in `a couple of weeks`), or
    the stretch of time itself."""
    if span.lemma_.lower() not in _TIME_MEASURES:
        return span
    measured = [c for p in span.children if p.lower_ == "of" for c in p.children]
    return next((c for c in measured if c.dep_ == "pobj"), span)


#: Prepositions after a noun cue that say what it is about or aims at: `attacks on`,
#: `his call for`, `her support for`, `their criticism of`.
_NOUN_TOPIC_PREPS = word_list("noun-topic-prepositions")


def noun_topic(cue: Token) -> list[Token]:
    """What a noun cue is about or means to do, when no `that`-clause says it: the object
    of its preposition (`the senator's attacks on the budget`, `his call for a recount`)
    or its infinitive (`the board's decision to close the plant`)."""
    if cue.pos_ != "NOUN" or any(t.is_quote for t in cue.subtree):
        # a quoted phrase after the noun (`his call for "a total ban"`) is a quotation
        return []
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in _NOUN_TOPIC_PREPS:
            topic = [c for c in child.children if c.dep_ in ("pobj", "pcomp")][:1]
            if topic and time_span(topic[0]):
                # `her remarks on Tuesday night`, `his statements over the past year`
                continue
            return topic
        if child.dep_ in ("acl", "relcl") and any(
            c.tag_ == "TO" and c.i < child.i for c in child.children
        ) and child.left_edge.i == cue.i + 1:
            return [child]
    return []


def moved_object(cue: Token) -> Token | None:
    """The relative word a cue's object moved to, when the cue reports nothing else:
    `the bill, which he once supported`, `an aspect, which voters view differently`;
    not in a restrictive clause (:func:`restrictive_relative`)."""
    if cue.dep_ != "relcl" or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > cue.i for c in cue.children):
        return None
    moved = relative_object(cue)
    return None if moved is None or restrictive_relative(moved) else moved


def contact_antecedent(cue: Token) -> list[Token]:
    """Rule contact-relative: the noun a cue's object gap stands for, in a relative
    clause with no relative word right after a noun phrase set off by a comma, a dash
    or a bracket, the writer's summary of what went before (`The council leans on the
    grant, an arrangement the opposition has criticized`, `- a deal she once supported
    -`): PolNeAR attributes the noun phrase, the thing the cue is aimed at, to the
    clause's subject. Not a noun phrase inside the sentence's own run (`the only survey
    they identify`, `an electorate he no longer recognized`: on PolNeAR train such rows
    matched a gold span 26 times in 52, the set-off ones 13 in 13), nor when the cue has
    an object or a clause of its own (`, the day she announced her run`), the noun is a
    time or a manner (`, the week he resigned`, `, the way she described it`) or the cue
    takes a thing for its object (`, a lead it maintained`). The noun phrase runs from
    its first word to the noun."""
    head = cue.head
    if (
        cue.dep_ != "relcl"
        or cue.pos_ != "VERB"
        or head.pos_ not in ("NOUN", "PRON")
        or head.i > cue.i
        or head.lemma_.lower() in _TIMES | _GAP_NOUNS
        or cue.lemma_.lower() in OBJECT_CUES | THING_OBJECT_CUES
        or head.left_edge.i == 0
        or cue.doc[head.left_edge.i - 1].text not in _SET_OFF
    ):
        return []
    lefts = list(cue.lefts)
    if (
        not lefts
        or cue.left_edge.i != head.i + 1  # the clause starts right after its noun
        or not any(c.dep_ == "nsubj" for c in lefts)
        or any(c.tag_ in NOUN_RELATIVE_TAGS or c.lower_ == "that" for c in lefts)
        or any(c.dep_ in _OWN_OBJECTS for c in cue.children)
    ):
        return []
    return list(cue.doc[head.left_edge.i : head.i + 1])


#: What a cue of a contact relative may not have of its own: then the noun is no object
#: gap (`the day she announced her run`, `the place officials say the port will close`).
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "dative", "nsubjpass"})
#: Nouns a contact relative's gap stands for that are no thing aimed at: a manner, a
#: reason, a place (`the way he described it`, `the reason she gave up`).
_GAP_NOUNS = word_list("adverbial-gap-nouns")


#: Relative words for a thing that a restrictive clause opens with (`that`, `which`).
_RESTRICTIVE = word_list("restrictive-relatives")
#: Marks that set a relative clause off from its noun (`,`, `(`, a dash).
_SET_OFF = word_list("relative-set-off-marks")


def restrictive_relative(relative: Token) -> bool:
    """Rule restrictive-relative: a thing's relative word with no mark before it opens a
    restrictive clause, which picks out the thing meant rather than saying something of
    it (`the services that the senator demanded`, `the ideology that voters find
    toxic`), so the cue in it reports nothing; set off, the clause adds a statement
    (`the bill, which he once supported`)."""
    before = relative.nbor(-1) if relative.i > 0 else None
    return relative.lower_ in _RESTRICTIVE and (before is None or before.text not in _SET_OFF)


def relative_object(cue: Token) -> Token | None:
    """The relative word standing before a cue as its object (`which he called …`)."""
    return next((c for c in cue.lefts if c.dep_ == "dobj" and c.tag_ in NOUN_RELATIVE_TAGS), None)
