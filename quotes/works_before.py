"""The maker a work named again takes from the text before it: the one maker the text
named for works of its kind (`The report also said …` after `a report by the audit
office`), the researchers of the study just described, the one who issued a work of the
kind in the few sentences before (`The bulletin reads: …` after `The Met Service issued
a red warning`), the one who spoke in one (`the statement said` after `In a statement,
the church said …`), or the same work's earlier mention. Steps of
:func:`quotes.works.work_maker`, for a definite work that names no maker of its own.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from quotes.child_patterns import string_ids
from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas
from quotes.doc_memo import memo
from quotes.language import table, word_list, word_map
from quotes.mentions import mention_span
from quotes.research_groups import MAKERS, group_place, unparsed_maker
from quotes.source_words import AUTHORED, ISSUING
from quotes.work_authors import authored_work, passive_agent
from quotes.work_owners import maker_named, noun_subject

_RESEARCH = MAKERS | frozenset(word_map("research-words")["results"])
#: Groups of words that name the same kind of work (`poll`, `survey`).
_SAME_WORKS = table("same-work-words")
#: Words for a study, which a maker of research before speaks for (`The study found …`).
_STUDIES = frozenset(word_map("research-words")["studies"])


def earlier_author(head: Token, research: bool = False) -> Token | None:
    """`The report also said …` → the maker of an earlier `a report by the audit
    office` (or of `In a report …, the audit office said …`, `The audit office issued a
    report …`, however far before: rule maker-named-before), when the text named exactly
    one maker for works of that kind; the makers or results of a study (`the
    researchers`, `the findings`, :data:`_RESEARCH`) → the maker of the latest work the
    text named one for, or the body it placed researchers at (`researchers at Eastmoor
    University`), as a reader takes `the findings` for those of the study just
    described; `research` reads any word so (:func:`study_maker`)."""
    lemma = head.lemma_.lower()
    research = research or lemma in _RESEARCH or head.lower_ in _RESEARCH
    makers: dict[str, int] = {}
    doc = head.doc
    # every word before is asked after a research word, yet only works and makers answer
    forms = _WORKS_AND_MAKERS if research else frozenset()
    known = memo(doc, "work-makers")
    for i in _worded_before(doc, head.i, same_kind(lemma) | forms, forms):
        found = _maker_of(doc, i, research, known)
        if found is not None:
            key, at = found
            makers.pop(key, None)  # the latest last
            makers[key] = at
    if research and makers:
        return doc[list(makers.values())[-1]]
    return doc[next(iter(makers.values()))] if len(makers) == 1 else None


def same_kind(word: str) -> frozenset[str]:
    """The words that name the kind of work `word` (a lemma in lower case) names, itself
    among them: `poll` and `survey` (same-work-words.txt), so that `The poll found …`
    after `a new survey by the polling firm Sondages Nordet` is that firm's."""
    return frozenset({word}).union(*(group for group in _SAME_WORKS if word in group))


def _maker_of(
    doc: Doc, i: int, research: bool, known: dict[tuple[int, bool], tuple[str, int] | None]
) -> tuple[str, int] | None:
    """The maker the work or maker word at `i` names, as its words in lower case (the key
    :func:`earlier_author` counts makers by) and its index, for a research word or
    another; None when none. Read once per word and doc: a description that recurs
    thousands of times looks back at every work before it (kept as an index: a table
    kept with the doc holds no token of it, which would keep the doc alive): `known` is
    the doc's table of them."""
    if (i, research) not in known:
        token = doc[i]
        maker = maker_named(token) if token.dep_ else unparsed_maker(token)
        if maker is None and token.dep_ and not research:
            # `In a report …, the audit office said …`, `The audit office issued a
            # report …`: one who spoke in or issued a work of the kind named again
            maker = _issuer_of(token) or _speaker_in(token)
        if maker is None and research:
            maker = group_place(token)
        if maker is not None:
            maker = group_place(maker) or maker
        known[i, research] = (
            None if maker is None else (mention_span(maker).text.lower(), maker.i)
        )
    return known[i, research]


def study_maker(head: Token) -> Token | None:
    """Rule study-made-before: the maker of the research the text described before, for
    a study named again that names no maker and whose kind the text named with none
    (`The study found that …` after `Researchers at the University of Harnby followed
    6,000 children.`), read as `the findings` are (:func:`earlier_author`); None for
    another work (`the report`, whose maker is its own kind's)."""
    if head.lemma_.lower() not in _STUDIES and head.lower_ not in _STUDIES:
        return None
    return earlier_author(head, research=True)


#: How many sentences before a work's own :func:`issuer_before` looks back.
_ISSUER_REACH = 4


def issuer_before(head: Token) -> Token | None:
    """The subject of the latest verb in the few sentences before that issued or wrote a
    work (the work its object or the place it wrote `in`), for a work that names no
    maker: `The bulletin, published at 6am, reads: …` after `The Met Service issued a
    red warning …`; `The next morning's entry reads: …` after `The manager wrote in his
    diary that night: …`, as a reader takes the document for the one just issued."""
    if not authored_work(head):
        return None
    doc = head.doc
    for token in reversed(doc[_reach_start(head) : head.sent.start]):
        if token.pos_ == "VERB" and token.lower_ in AUTHORED and token.dep_ == "acl":
            # `issued its ice storm warning`, the work's noun read as a participle of
            # the compound before it
            token = token.head
        elif token.pos_ != "NOUN" or token.lemma_.lower() not in AUTHORED:
            continue
        subject = _issuer_of(token)
        if subject is not None:
            return subject
    return None


def _issuer_of(work: Token) -> Token | None:
    """The subject of the verb that issued or wrote a work, the work its object or the
    place it wrote `in` (`The Met Service issued a red warning`, `The manager wrote in
    his diary`), or of any verb whose object is a work its subject calls its own
    (:func:`_own_work`); None when a pronoun or no one is its subject."""
    verb = work.head
    if work.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
    elif work.dep_ != "dobj":
        return None
    issued = verb.lemma_.lower() in ISSUING or _own_work(work)
    return noun_subject(verb) if issued else None


#: Possessive pronouns by which a verb's subject calls the work it acts on its own.
_OWN_WORK_PRONOUNS = word_list("own-work-pronouns")


def _own_work(work: Token) -> bool:
    """Rule own-work-object: whether a work is the object of a verb its subject owns by a
    possessive pronoun, so that the work speaks for that subject whatever the verb did
    with it: `The Met Office has upgraded its yellow warning for rain. The warning reads:
    …` is the Met Office's, as `upgrade` issues nothing (:data:`~quotes.source_words.ISSUING`)."""
    # shape: <subject> <verb> its|their|his|her <work> (`The board revised its forecast`)
    return work.dep_ == "dobj" and any(
        c.dep_ == "poss" and c.lower_ in _OWN_WORK_PRONOUNS for c in work.children
    )


#: Verbs of issuing a work whose passive with no `by` phrase leaves the issuer to the
#: sentence before (`The bulletin was published at 4pm.`).
_UNSIGNED_ISSUING = word_list("unsigned-issuing-verbs")


def unsigned_issue(head: Token) -> Token | None:
    """Rule unsigned-issue-body-before: the first word of the sentence that says a work
    (`head`, or its mention just before) was issued and names no issuer, a passive of
    issuing (:data:`_UNSIGNED_ISSUING`) with no `by` phrase as that sentence's main verb,
    the work its subject or in its `in` phrase: `The bulletin was published at 4pm.`,
    `The change was announced to customers in a notice on Tuesday.` A reader takes the
    issuer for the body the sentence before is about (read by
    :meth:`~quotes.body_mentions.BodyMentions.unsigned_body`). None for any other
    sentence, or one that names who issued it (`was published by the council`)."""
    if not authored_work(head):
        return None
    earlier = same_work_before(head)
    for work in (head,) if earlier is None else (head, earlier):
        # shape: <work> was <issued> … (no `by`) / … was <announced> … in <work> …
        if work.dep_ == "nsubjpass":
            verb = work.head
        elif work.dep_ == "pobj" and work.head.lower_ == "in" and work.head.dep_ == "prep":
            verb = work.head.head
        else:
            continue
        if (
            verb.dep_ == "ROOT"
            and verb.lemma_.lower() in _UNSIGNED_ISSUING
            and any(c.dep_ == "auxpass" for c in verb.children)
            and passive_agent(verb) is None
        ):
            return head.doc[verb.sent.start]
    return None


def spoken_in(head: Token) -> Token | None:
    """The one who spoke in the latest work of the same kind in the few sentences before,
    for a work with no maker of its own: `the statement said` after `In a statement to
    the Herald, Marta Ruiz said …` is Ruiz's, and after `In a statement issued by its
    trustees, the museum said …` the museum's (whoever drafted it, the work is the words
    of the one who spoke in it); the subject of a speech verb whose `in` phrase holds the
    work (`said in a letter to parents that …`)."""
    lemma = head.lemma_.lower()
    if not authored_work(head):
        return None
    # `the decision letter says` after `In his decision, the inspector concluded …`
    kinds = {lemma} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    doc = head.doc
    for token in reversed(doc[_reach_start(head) : head.i]):
        if token.lemma_.lower() in kinds and (subject := _speaker_in(token)) is not None:
            return subject
    return None


def _speaker_in(work: Token) -> Token | None:
    """The subject of a speech verb whose `in` phrase holds a work (`In a statement, the
    church said …`, `said in a letter to parents that …`), or a name that does anything
    in it (rule name-acts-in-work: `In an email to staff, Kadri Saar thanked the team`,
    as one who acts in a letter or an email wrote it; not a noun, which may be only what
    the work shows: `In the email, the word "unsafe" appears`); None when a pronoun or no
    one is its subject."""
    if work.dep_ != "pobj" or work.head.lower_ != "in":
        return None
    verb = work.head.head
    if verb.pos_ != "VERB" and work.head.i == work.sent.start:
        # `In the memo, sent on Monday, X wrote …`: the parse hung `In` on the subject
        verb = work.sent.root
    subject = noun_subject(verb)
    speech = verb.lemma_.lower() in cue_lemmas() and cue_class(verb) == "speech"
    if speech or (subject is not None and subject.pos_ == "PROPN" and verb.pos_ == "VERB"):
        return subject
    return None


def _reach_start(head: Token) -> int:
    """Where the few sentences before a work's (:data:`_ISSUER_REACH`) begin: how far back
    :func:`issuer_before` and :func:`spoken_in` look for the one who made or spoke in it."""
    doc = head.doc
    start = head.sent.start
    for _ in range(_ISSUER_REACH):
        start = doc[start - 1].sent.start if start else 0
    return start



def same_work_before(head: Token) -> Token | None:
    """The latest earlier mention of the same work, for a definite one named again with
    fewer words: `the decision letter says` before `The letter says …`, `the board's
    summary` before `the summary says …`; None when the text names no such work before."""
    lemma = head.lemma_.lower()
    if not authored_work(head):
        return None
    earlier = _worded_before(head.doc, head.i, frozenset({lemma}), frozenset())
    return head.doc[earlier[-1]] if earlier else None


#: The words that can name a work with a maker (:func:`~quotes.work_authors.author` and
#: :func:`~quotes.research_groups.unparsed_maker` read the same lists) or a maker
#: (:func:`~quotes.research_groups.group_place`), as a lemma or a form.
_WORKS_AND_MAKERS = AUTHORED | MAKERS


def _worded_before(doc: Doc, end: int, lemmas: frozenset[str], forms: frozenset[str]) -> list[int]:
    """The indices before `end` of the tokens whose lemma in lower case is one of `lemmas`
    or whose lower-case form is one of `forms`. Read from the doc's arrays, each distinct
    word looked up once: a token object made for every word before each description
    was a hundredth of a run's time. The places of each set of words are read once per
    doc (a description recurring thousands of times read the whole doc's arrays each
    time), from the doc's words read once for all the sets (:func:`_doc_words`)."""
    known: dict[tuple[frozenset[str], frozenset[str]], list[int]] = memo(doc, "worded")
    if (lemmas, forms) not in known:
        table, lemma_ids_of = _doc_words(doc)
        lemma_ids = [k for lemma in lemmas for k in lemma_ids_of.get(lemma, ())]
        form_ids = string_ids(forms)  # a form the doc lacks matches no word
        found = np.isin(table[:, 0], lemma_ids) | np.isin(table[:, 1], form_ids)
        known[lemmas, forms] = np.flatnonzero(found).tolist()
    places = known[lemmas, forms]
    return places[: bisect_left(places, end)]


def _doc_words(doc: Doc) -> tuple[np.ndarray, dict[str, list[int]]]:
    """The doc's ``LEMMA`` and ``LOWER`` ids, a row per token, and the ids of its lemmas
    by the lemma in lower case, read once per doc for :func:`_worded_before` (its callers
    ask when the parse and its repairs are done, so the lemmas no longer change): each
    work word asked about read the arrays and looked up every distinct lemma again."""
    known = memo(doc, "worded-words")
    if not known:
        strings = doc.vocab.strings
        table = doc.to_array([LEMMA, LOWER])
        lemma_ids_of: dict[str, list[int]] = {}
        for k in np.unique(table[:, 0]).tolist():
            lemma_ids_of.setdefault(strings[k].lower(), []).append(k)
        known[0] = (table, lemma_ids_of)
    words: tuple[np.ndarray, dict[str, list[int]]] = known[0]
    return words


#: Works a person keeps and writes in (`diary`, `logbook`), whose `of` names the writer.
_KEPT = word_list("kept-works")
#: Parts of such a work quoted one at a time (`One entry reads: …`).
_PARTS = word_list("work-parts")
#: Words before a part that pick one of several (`One entry`, `Another page`).
_ONE_OF = word_list("one-of-several-words")


def part_maker(head: Token) -> Token | None:
    """Rule part-of-kept-work: the writer of the diary (or log, journal) the sentence before
    names, for one of its parts quoted with no `the` (`One entry reads: …`): its `of`
    phrase's person (`the field diary of Henrik Aalto`), its owner (`his diary`) or the
    subject of `keep` or of a verb of issuing with it as object (`Captain Rhys kept a
    diary through the winter`); None when the part is definite (read by the other steps),
    or the sentence before names no such work or no writer of it."""
    if head.lemma_.lower() not in _PARTS or head.i == 0:
        return None
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE_OF for c in head.children):
        return None
    # shape: … the diary of <Name> … . One entry reads: "…"
    for work in head.doc[head.sent.start - 1].sent:
        if work.pos_ != "NOUN" or work.lemma_.lower() not in _KEPT:
            continue
        maker = maker_named(work) or _writer_of(work) or _keeper(work)
        if maker is not None:
            return maker
    return None


def _writer_of(work: Token) -> Token | None:
    """The person a kept work's `of` phrase names (`Henrik Aalto` in `the field diary of
    Henrik Aalto`); None for anything else."""
    for prep in work.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            person = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if person is not None and person.pos_ == "PROPN":
                return person
    return None


def _keeper(work: Token) -> Token | None:
    """The subject of `keep` (or of a verb of issuing,
    :data:`~quotes.source_words.ISSUING`) whose object is a kept work, a pronoun too,
    which the resolver reads (`she kept a diary`); None when the work is no such
    object."""
    verb = work.head
    if work.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING | {"keep"}:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
