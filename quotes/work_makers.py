"""Who made the work that an `It` opening a sentence stands for, when the sentence before
names the work and, by a possessive or a clause, the person who made it.

A story shows a work and then lets it speak: `Her first entry is dated March 3, 1994.
It reads: "…"`, `On the door is a notice he painted himself. It reads: "…"`. A reader
takes the words for the entry's writer, the notice's painter, as a work speaks for its
maker (`The report says` is its author's). The resolver
(:class:`quotes.speakers.SpeakerResolver`) resolves the maker these rules find as it
resolves any person mention, a pronoun included, and a body (a work whose maker a `by`
phrase names: `The report, by the Frontera Rights Observatory, is based on 212
interviews. It says …`) as it resolves any body's name, by rule it-work-named-before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import SUBJECT
from quotes.genders import RELATIVE_PRONOUNS
from quotes.language import word_list
from quotes.normalise import DOUBLE_MARKS
from quotes.source_words import SENDING, SENDING_MEANS
from quotes.work_authors import authored_work, passive_agent
from quotes.work_owners import owner
from quotes.works import work_maker

#: Things a person letters by hand and puts up or leaves (`sign`, `card`, `placard`).
_HAND_MADE = word_list("hand-made-works")
#: Verbs by which a person makes a work (`write`, `paint`, `leave`), or sends one as
#: the sender's own words (`send`, `post`: sending-verbs.txt).
_MAKING = word_list("work-making-verbs") | SENDING
#: The roles, in the sentence before, of the work an opening `It` stands for: its
#: subject first, then what it is or has (`On the door is a notice …`, `She taped a sign …`).
_WORK_ROLES = ("nsubj", "nsubjpass", "attr", "dobj")


def it_work_maker(it: Token) -> Token | None:
    """The maker of the work an `It` opening its sentence stands for: the work the
    sentence before is about (:func:`work_before`), made by the owner its possessive
    names (rule it-work-owner), the subject of a relative clause of making on it (rule
    it-work-clause-maker), the subject of the verb of making it is the object of (rule
    it-work-verb-maker), the agent of a passive of making on it (rule it-work-agent),
    or, for a work that is the subject there, the maker it speaks for (rule
    it-work-named-before, :func:`~quotes.works.work_maker`); None when the text gives no
    such maker."""
    work = work_before(it)
    if work is None:
        return None
    maker = owner(work) or clause_maker(work) or verb_maker(work) or agent_maker(work)
    if maker is None and work.dep_ in SUBJECT:
        # rule it-work-named-before: whom a work the sentence before is about speaks for
        # by the rules of quotes/works.py (`That report exists. It found …` after `a
        # report by the Eastmere Housing Observatory`), as the work named there would; not
        # a work in the object, after a subject the `It` may stand for (`The Gas Council
        # attacked the findings. It said …`)
        maker = work_maker(work)
    return maker


def work_before(it: Token) -> Token | None:
    """The work a sentence-opening `It` (or an `it` right after a quotation that opens its
    sentence, :func:`_quote_before`) stands for: the subject of the root of the
    sentence before, else its complement or object, when that word is a work
    (:func:`~quotes.work_authors.authored_work`) or a thing lettered by hand
    (:data:`_HAND_MADE`); None when the sentence before is unparsed or names none."""
    start = it.sent.start if it.i == it.sent.start else _quote_before(it)
    if start is None or start == 0:
        return None
    root = it.doc[start - 1].sent.root
    if root.dep_ != "ROOT":  # a sentence left unparsed has no root
        return None
    # `Taped to the window is a sign …`: the parse may hang the work on the root's `is`
    words = list(root.children)
    words += [w for c in words if c.dep_ in ("aux", "auxpass") for w in c.children]
    for role in _WORK_ROLES:
        work = next((w for w in words if w.dep_ == role), None)
        if work is not None and work.pos_ == "NOUN" and _is_work(work):
            return work
    return None


def _quote_before(it: Token) -> int | None:
    """Rule it-after-quote-work: where the quotation an `it` comes right after begins,
    when that quotation opens its sentence, so that the `it` stands for what the
    sentence before the quotation is about, as an `It` opening a sentence does (`The
    answer, signed by the minister, states that … .` ¶ `"The ministry has withheld
    payment," it reads.`); None when a word other than a closing mark comes before the
    `it` or the quotation opens inside a sentence."""
    # shape: "<words>," it <cue> (`"Two more will open," it reads.`)
    doc = it.doc
    close = it.i - 1
    if close < 0 or doc[close].text not in DOUBLE_MARKS:
        return None
    before = range(close - 1, max(-1, close - _QUOTE_REACH), -1)
    opening = next((i for i in before if doc[i].text in DOUBLE_MARKS), None)
    if opening is None or doc[opening].sent.start != opening:
        return None
    return opening


#: How many tokens back :func:`_quote_before` looks for a quotation's opening mark.
_QUOTE_REACH = 200


def _is_work(noun: Token) -> bool:
    """Whether a noun names a work with a maker or a thing lettered by hand."""
    return authored_work(noun) or noun.lemma_.lower() in _HAND_MADE


def clause_maker(work: Token) -> Token | None:
    """Rule it-work-clause-maker: the subject of a relative clause of making on a work,
    who made it (`he` in `a notice he painted himself`, `she` in `the letter she
    wrote`); None when the clause's subject is its relative pronoun (`a notice that
    warns …`) or its verb makes nothing."""
    for clause in work.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _MAKING:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
    return None


def verb_maker(work: Token) -> Token | None:
    """Rule it-work-verb-maker: the subject of the verb of making a work is the object
    of (`The produce judge` in `The produce judge left a handwritten card beside the
    jar`); None when the work is no such object or the verb has no subject."""
    verb = work.head
    if work.dep_ != "dobj" or verb.lemma_.lower() not in _MAKING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def agent_maker(work: Token) -> Token | None:
    """Rule it-work-agent: the agent of a passive of making on a work, a participle on
    it or the verb it is the passive subject of, who made it (`Ana Ruiz` in `a sign
    painted by Ana Ruiz`, `the parish council` in `A notice was put up by the parish
    council`); None when no verb of making (:data:`_MAKING`) has a `by` phrase there, or
    its `by` names a means (`painted by hand`, :data:`~quotes.source_words.SENDING_MEANS`)."""
    # shape: a <work> <made> by <maker> (`On the gate is a sign painted by Ana Ruiz.`)
    verbs = [c for c in work.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if work.dep_ == "nsubjpass":
        verbs.append(work.head)
    for verb in verbs:
        if verb.lemma_.lower() in _MAKING and (agent := passive_agent(verb)) is not None:
            return None if agent.lemma_.lower() in SENDING_MEANS else agent
    return None
