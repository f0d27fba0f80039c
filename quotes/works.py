"""Who a work speaks for: the maker of a report, the issuer of a bulletin, the body a
study's researchers work at.

A reporter names a work's maker once (`a report by the audit office`, `a study by
researchers at Eastmoor University`, `The Met Service issued a red warning`) and then
lets the work speak (`The report also said …`, `the findings show …`, `The bulletin
reads: …`); the resolver (:class:`quotes.speakers.SpeakerResolver`) gives such a row the
maker these rules find, as a reader does. Descriptions of people and bodies are read by
:mod:`quotes.descriptions`.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas
from quotes.deciders import decider_before
from quotes.descriptions import is_definite
from quotes.doc_memo import memo
from quotes.language import word_list, word_map
from quotes.mentions import author, authored_work, mention_span, passive_agent
from quotes.source_words import AUTHORED, BODY_HEADS
from quotes.work_of import of_maker

#: Words for the makers of a study (`researchers`, `team`) and what it found (`findings`).
_MAKERS = frozenset(word_map("research-words")["makers"])
#: Prepositions before who made a work, read from unparsed words (`a study by …`).
_UNPARSED_MAKER = word_list("unparsed-maker-prepositions")
#: Prepositions before the body a group of researchers is at (`researchers at …`).
_GROUP_PLACE = word_list("group-place-prepositions")
_RESEARCH = _MAKERS | frozenset(word_map("research-words")["results"])
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
    for i in _worded_before(doc, head.i, frozenset({lemma}) | forms, forms):
        found = _maker_of(doc, i, research, known)
        if found is not None:
            key, at = found
            makers.pop(key, None)  # the latest last
            makers[key] = at
    if research and makers:
        return doc[list(makers.values())[-1]]
    return doc[next(iter(makers.values()))] if len(makers) == 1 else None


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
        maker = maker_named(token) if token.dep_ else _unparsed_maker(token)
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


#: Verbs by which a source issues or writes a work (`issued a red warning`, `wrote in
#: his diary`), whose subject a later work with no maker speaks for.
_ISSUING = word_list("issuing-verbs")
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
    issued = verb.lemma_.lower() in _ISSUING or _own_work(work)
    return _noun_subject(verb) if issued else None


#: Possessive pronouns by which a verb's subject calls the work it acts on its own.
_OWN_WORK_PRONOUNS = word_list("own-work-pronouns")


def _own_work(work: Token) -> bool:
    """Rule own-work-object: whether a work is the object of a verb its subject owns by a
    possessive pronoun, so that the work speaks for that subject whatever the verb did
    with it: `The Met Office has upgraded its yellow warning for rain. The warning reads:
    …` is the Met Office's, as `upgrade` issues nothing (:data:`_ISSUING`)."""
    # shape: <subject> <verb> its|their|his|her <work> (`The board revised its forecast`)
    return work.dep_ == "dobj" and any(
        c.dep_ == "poss" and c.lower_ in _OWN_WORK_PRONOUNS for c in work.children
    )


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
    subject = _noun_subject(verb)
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


def _noun_subject(verb: Token) -> Token | None:
    """A verb's subject when it is a noun or a name (`The Met Service issued …`); None for
    a pronoun or no subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


#: Verbs whose passive agent made the work that is their subject (`was written by`).
_AUTHORING = word_list("authoring-verbs")


def maker_named(work: Token) -> Token | None:
    """The maker the words around a work name: a `by` phrase (:func:`author`), the agent
    of a passive it is the subject of (:func:`passive_maker`), its owner
    (:func:`owner`) or a body its `of` phrase names (:func:`~quotes.work_of.of_maker`)."""
    return author(work) or passive_maker(work) or owner(work) or of_maker(work)


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
    return _noun_subject(work.head) if work.dep_ == "dobj" else None


def its_owner(work: Token) -> Token | None:
    """The `its` a work is owned by (`Its post claimed …`), which stands for a body the
    resolver looks for in the sentence before; None when the work has no such
    possessive (`its` is no owner pronoun: a work's maker found otherwise comes first)."""
    return next((c for c in work.children if c.dep_ == "poss" and c.lower_ == "its"), None)


def same_work_before(head: Token) -> Token | None:
    """The latest earlier mention of the same work, for a definite one named again with
    fewer words: `the decision letter says` before `The letter says …`, `the board's
    summary` before `the summary says …`; None when the text names no such work before."""
    lemma = head.lemma_.lower()
    if not authored_work(head):
        return None
    earlier = _worded_before(head.doc, head.i, frozenset({lemma}), frozenset())
    return head.doc[earlier[-1]] if earlier else None


#: The words that can name a work with a maker (:func:`author` and
#: :func:`_unparsed_maker` read the same lists) or a maker (:func:`group_place`), as a
#: lemma or a form.
_WORKS_AND_MAKERS = AUTHORED | _MAKERS


def _worded_before(doc: Doc, end: int, lemmas: frozenset[str], forms: frozenset[str]) -> list[int]:
    """The indices before `end` of the tokens whose lemma in lower case is one of `lemmas`
    or whose lower-case form is one of `forms`. Read from the doc's arrays, each distinct
    word looked up once: a token object made for every word before each description
    was a hundredth of a run's time. The places of each set of words are read once per
    doc (a description recurring thousands of times read the whole doc's arrays each
    time)."""
    known: dict[tuple[frozenset[str], frozenset[str]], list[int]] = memo(doc, "worded")
    if (lemmas, forms) not in known:
        strings = doc.vocab.strings
        table = doc.to_array([LEMMA, LOWER])
        lemma_ids = [k for k in np.unique(table[:, 0]).tolist() if strings[k].lower() in lemmas]
        form_ids = [k for k in np.unique(table[:, 1]).tolist() if strings[k] in forms]
        found = np.isin(table[:, 0], lemma_ids) | np.isin(table[:, 1], form_ids)
        known[lemmas, forms] = np.flatnonzero(found).tolist()
    places = known[lemmas, forms]
    return places[: bisect_left(places, end)]


def _unparsed_maker(work: Token) -> Token | None:
    """The maker of a work in a sentence selective parsing left unparsed, read from the
    words: `a study by researchers at Eastmoor University` gives `researchers` (whose
    place :func:`group_place` reads), `research by the University of Caerwen` the
    name's head word, and so does a participle set off after the work (`The trial, run
    by the Ostmark Centre, …`: rule unparsed-participle-maker)."""
    doc = work.doc
    if not authored_work(work):
        return None
    i = work.i + 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 2].lower_ in _UNPARSED_MAKER:
        # `The trial, run by the Ostmark Clinical Research Centre, enrolled …`
        i += 2
    if i >= len(doc) or doc[i].lower_ not in _UNPARSED_MAKER:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and doc[i].lower_ in _MAKERS:
        return doc[i]
    return _name_head(doc, i)


def _name_head(doc: Doc, i: int) -> Token | None:
    """The head word of a capitalised name starting at token `i` (its last capitalised
    word before `of`, or the word after `of`: `University` of `University of Caerwen`)."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return None
    while i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        i += 1
    return doc[i]


def later_group_place(work: Token, reach: int) -> Token | None:
    """The body the sentences after a study that names no maker place its researchers at,
    within `reach` tokens: `Eastmoor University` for `…, according to a study published
    on Wednesday.` ¶ `Researchers at Eastmoor University counted moths …`; None when
    they place none."""
    doc = work.doc
    for token in doc[work.sent.end : min(len(doc), work.i + reach)]:
        place = group_place(token)
        if place is not None:
            return place
    return None


def group_place(group: Token) -> Token | None:
    """The body a group of researchers is placed at: `Eastmoor University` in
    `researchers at Eastmoor University`, `a team from the University of Otakou`."""
    if group.lemma_.lower() not in _MAKERS and group.lower_ not in _MAKERS:
        return None
    if not group.tag_:  # an unparsed sentence (no tag; its names get a dep): read the words
        doc, i = group.doc, group.i + 1
        if i < len(doc) and doc[i].lower_ in _GROUP_PLACE:
            i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            return _name_head(doc, i)
        return None
    owner = _group_owner(group)
    if owner is not None:
        return owner
    for child in group.rights:
        if child.dep_ == "prep" and child.lower_ in _GROUP_PLACE:
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            if place is not None and place.pos_ == "PROPN":
                return place
    return None


def _group_owner(group: Token) -> Token | None:
    """Rule group-owner: the body a group of researchers is given to by a possessive or
    a name before it (`the Rowan Institute` in `the Rowan Institute's researchers`,
    `Harnby University` in `Harnby University researchers`), which speaks for them as
    `researchers at Harnby University` does; None when the group has neither, or one
    whose word before is no body's (`the England team`: a body, not a place, makes
    research; :data:`~quotes.source_words.BODY_HEADS`)."""
    # shape: <Body>'s researchers | <Body> researchers (`Ostmark Institute scientists`)
    for child in reversed(list(group.lefts)):
        if child.dep_ in ("poss", "compound") and child.lower_ in BODY_HEADS:
            return child
    return None


def work_maker(head: Token) -> Token | None:
    """The maker of a work, or the body of a place, that a mention headed by `head`
    stands for, by the rules above, in the order the resolver
    (:class:`quotes.speakers.SpeakerResolver`) tries them: `a tally by the Press
    Association`, `The report also said …` after `a report by the audit office`, `The
    bulletin reads: …` after `The Met Service issued a red warning …`, `The notice found
    …` after `The Harbour Authority has fined …` (:func:`~quotes.deciders.decider_before`),
    `the regulator's final notice`, `The letter says …` after `the decision letter says
    …`; None when it is not a work."""
    maker = maker_named(head) or group_place(head)
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `the statement said` after `In a statement, the church said …`
        maker = spoken_in(head)
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `The report also said …` after `a report by the audit office`; `The study
        # found …` after `Researchers at the University of Harnby followed …`
        maker = earlier_author(head) or study_maker(head)
    if maker is None and head.pos_ == "NOUN" and (
        is_definite(head) or any(c.dep_ == "poss" for c in head.children)
    ):
        # `The bulletin reads: …` after `The Met Service issued a red warning …`;
        # `The findings …` after `Harnby University researchers published a paper`
        maker = issuer_before(head)
        maker = None if maker is None else group_place(maker) or maker
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `The notice found …` after `The Harbour Authority has fined the ferry firm`
        maker = decider_before(head)
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `The letter says …` after `"…," the decision letter says` (the inspector's):
        # the work named again speaks for whoever it spoke for before
        before = same_work_before(head)
        maker = None if before is None else work_maker(before)
    return maker
