"""The speaker of a cue that has no subject of its own, found up the parse.

`He criticized the West, saying …`, `She smiled and said …`, `He went on to say …`, `The
leak led some to speculate …`, `Trump issued a statement saying …`, `the farmers opposing
the pipeline`: the speaker is the subject (or object, or noun) of a word the cue hangs
on. Each way up is a named link that becomes the row's ``method``. Also the cues that
hang on such a chain yet have no speaker: a passive participle (`Asked about it, …`) and
the empty `it` of `It is important to note that …`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_classes import VERB_CLASSES
from quotes.cue_words import cue_lemmas
from quotes.language import word_list
from quotes.mentions import NOMINAL
from quotes.participle_sources import (
    absolute_with,
    nearest_subject,
    quote_teller,
    relative_teller,
    set_off_by_comma,
    with_subject,
)
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import ISSUED

#: How a cue with no subject of its own hangs on the verb whose subject speaks, and the
#: method each first link names.
_GOVERNED = {
    "advcl": "participle",
    "pcomp": "participle",
    "conj": "conjunct",
    "xcomp": "complement",
    # `Voters were more likely to say …`: the adjective an infinitive hangs on leads up to
    # the verb whose subject it describes
    "acomp": "complement",
}
#: Verbs that bring their object to say or think something: `led some to speculate`.
_CAUSING = word_list("causing-verbs")
#: Verbs that pass on their object's words: `quoted Vasilache as saying …`.
_QUOTING = word_list("quoting-verbs")


def quoted_one(cue: Token) -> Token | None:
    """The one a paper or agency quotes as saying what a reported row holds: `Villa` in
    `The agency quoted Interior Minister Ana Villa as saying that roads had reopened`, the
    row's cue being the quoting verb or the `saying` after `as`; in the passive, its
    subject (`Ms Varga was quoted as saying that …`); None for any other cue.
    PolNeAR gives such a row to the agency (see :func:`_governing_subject`); what the
    agency passes on is the quoted one's statement."""
    verb = cue
    if cue.lemma_.lower() not in _QUOTING:
        if cue.head.lower_ != "as":  # `as saying`: the participle hangs on `as`
            return None
        verb = cue.head.head
    if verb.lemma_.lower() not in _QUOTING or verb.pos_ != "VERB":
        return None
    doc = verb.doc
    saying = any(
        t.lower_ == "as" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"
        for t in verb.subtree
    )
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
    if not objects and any(c.dep_ == "auxpass" for c in verb.children):
        # passive-quoted: `Ms Varga was quoted as saying that the deal was off` (also with
        # `by the paper`): the subject is the one quoted
        objects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in NOMINAL]
    return objects[0] if saying and objects else None


def addressed_participle(verb: Token) -> bool:
    """Whether a cue is a passive participle set before or after a clause, with no agent:
    its subject was asked, not the asker (`Asked whether he would run, Smith smiled`)."""
    # a past tense with no subject set before a clause is a participle the tagger misread
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ == "advcl"
        and (verb.tag_ == "VBN" or verb.i < verb.head.i)
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
    )


def governing_speaker(cue: Token) -> tuple[Token, str] | None:
    """The speaker of a cue verb with no subject of its own, and the rule that found it.

    Up the verbs the cue hangs on to the first with a subject: `He criticized the West,
    saying …` (participle), `She smiled and said …` (conjunct), `He went on to say …`
    (complement; also on an adjective: `Voters were likely to say …`), `They drew crowds
    by describing …` — or its object, for a verb that brings it to speak (`The leak led
    some to speculate …`); or, for a statement, letter or ad
    that an `-ing` participle hangs on, who issued it: `Trump issued a statement saying …`
    (modified); else the noun a participle or an infinitival relative modifies: `groups
    backing her` (see :func:`_modified_speaker`). A passive participle's subject was
    spoken to: `Asked about it, he said …`; an empty `it` is no one: `It is important to
    note that …` (see :func:`_empty_it`).
    """
    found = _governing_subject(cue)
    return None if found is None or _empty_it(found[0]) else found


def _governing_subject(cue: Token) -> tuple[Token, str] | None:
    """The subject of the first verb up the chain a subjectless cue hangs on (or the
    issuer of the statement it belongs to), with the name of the first link."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in cue.children):
        # its own subject, or a passive: `… and is widely expected to win` says nothing of
        # who expects it
        return None
    if (cue.dep_ in ("advcl", "acl") and cue.tag_ == "VBN") or addressed_participle(cue):
        return None
    if _sight(cue):
        return None
    absolute = with_subject(cue)
    if absolute is not None:
        return absolute, "with"
    relative = relative_teller(cue)
    if relative is not None:
        return relative, "participle"
    method = None
    token = cue
    for _ in range(4):
        if token.dep_ in ("acl", "pcomp") and token is cue:
            teller = quote_teller(cue)
            if teller is not None:
                return teller, "participle"
        if token.dep_ == "acl":
            issuer = _issuer(token.head)
            if issuer is None and token is cue:
                return _modified_speaker(cue)
            return None if issuer is None else (issuer, method or "modified")
        if token.dep_ == "relcl" and token is cue:
            return _modified_speaker(cue)
        link = _GOVERNED.get(token.dep_)
        if link is None:
            return None
        if token is cue and link == "conjunct":
            stray = _stray_subject(cue)
            if stray is not None:
                return stray, "subject"
        method = method or link
        controlled = token.dep_ == "xcomp"
        trailing = token.dep_ == "advcl" and set_off_by_comma(token)
        quoted_as = token.i > 0 and token.doc[token.i - 1].lower_ == "as" and _sets_off(token)
        token = token.head
        if token.dep_ == "prep":  # `by describing`: the verb the preposition hangs on
            token = token.head
        if quoted_as and token.lemma_.lower() in _QUOTING:
            # `The agency Orvpress quoted Vasilache as saying: "…"`: the words set off by
            # the colon are the one quoted's, passed on by the agency (a passive `was
            # quoted as saying` has the quoted one as its subject already); PolNeAR gives
            # the agency as the source of `quoted X as saying that …`, its own report
            objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
            if objects:
                return objects[0], "quoted-as"
        clause = _controlling(token)
        if (trailing or second_act(cue)) and clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
            # `Byrne wrote the agents knew it, saying …`: set off after a reported clause,
            # the participle goes with the verb that reports it; also when it hangs on an
            # infinitive of that clause (`said Ruiz will have to choose, saying …`)
            token = clause.head
        elif trailing and token.i == cue.head.i:
            # `Vance thinks the plan is so weak that it will fail, saying …`: deeper in the
            # reported clause, the participle still goes with the verb that reports it
            token = _reporting_verb(clause) or token
        if controlled and token.lemma_.lower() in _CAUSING:
            # `The leak led many experts to suspect …`: the object of the verb speaks
            objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
            if objects:
                return objects[0], method
        subject = nearest_subject(token)
        if subject is not None:
            return subject, method
    return None


def _reporting_verb(verb: Token) -> Token | None:
    """The cue verb whose reported clause a verb is inside, at any depth: `thinks` for
    `fail` in `Vance thinks the plan is so weak that it will fail`."""
    for clause in verb.ancestors:
        if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and (
            clause.head.lemma_.lower() in cue_lemmas()
        ):
            return clause.head
    return None


#: Verbs of perception: `to see`, `seeing` is what someone went to look at, not a view.
_PERCEIVING = word_list("perception-cues")


def _sight(cue: Token) -> bool:
    """Whether a perception cue with no subject of its own is an infinitive or an `-ing`
    form, which says what someone looked at or came for, not what they hold: `Hundreds
    queued to see her speak`, `after seeing the flood`, `We waited to see if he would
    call` (a finite `Voters see him as a fighter` is a view)."""
    return cue.lemma_.lower() in _PERCEIVING and cue.tag_ in ("VB", "VBG")


def _controlling(verb: Token) -> Token:
    """The verb an infinitive complement chain hangs from: `choose` in `Ruiz will have to
    choose` is controlled by `have`, which is the clause `said` reports."""
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return verb


def _sets_off(participle: Token) -> bool:
    """Whether a colon follows a participle, setting off the words it reports."""
    doc = participle.doc
    return participle.i + 1 < len(doc) and doc[participle.i + 1].text == ":"


#: Words that rank a noun among others who acted: `the first union to back the deal`.
_RANKING = word_list("ranking-words")


def _modified_speaker(cue: Token) -> tuple[Token, str] | None:
    """The noun a cue modifies as an active participle or an infinitive, who holds or
    does what the cue reports: `the farmers opposing the pipeline` (`modifier`), `the
    first union to back the contract` (`infinitival`, which the parser may read as a
    relative clause; only after a ranking word, an ordinal or a superlative, not in `a
    good place to say goodbye`). Not a passive participle (`a group called …`), nor an
    act (`people seeking shelter` are not said to do anything by anyone); a participle of
    speech only for a work its issuer speaks through (`a banner saying …`, see
    :func:`_issuer`) or after `with`, whose noun is its subject (`with economists
    warning …`, `with`, see :func:`absolute_with`)."""
    noun = cue.head
    near = cue.doc[cue.i - 1]
    if near.pos_ in ("NOUN", "PROPN") and noun in near.ancestors:
        # `the head of the group backing Ruiz`: the parser may hang the participle on the
        # head of the phrase, but it describes the noun right before it
        noun = near
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > cue.i or VERB_CLASSES.get(
        cue.lemma_.lower()
    ) == "act":
        return None
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and VERB_CLASSES.get(cue.lemma_.lower()) in (
        "stance",
        "thought",
    ):
        return noun, "modifier"
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and absolute_with(noun):
        return noun, "with"
    if cue.tag_ == "VB" and any(c.tag_ == "TO" and c.i < cue.i for c in cue.children) and any(
        c.dep_ == "amod" and (c.lower_ in _RANKING or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
        for c in noun.lefts
    ):
        return noun, "infinitival"
    return None


#: Verbs of what a clause's subject is or stays (`… but remained too high`): no act.
_STATES = word_list("state-verbs")


def second_act(cue: Token) -> bool:
    """Whether a cue the parser hung as a conjunct inside a reported clause is rather the
    speaker's next act, in the reporting verb's tense: `Paul said the plan would cost
    billions and called him reckless` (`called` is Paul's, not the plan's). Not after a
    past perfect, whose `had` the conjunct shares: `Lee said the city had hired 90 nurses
    but lost as many` (`lost` is the city's, a past participle like `hired`:
    :func:`_shares_had`), unless the conjunct reports a clause of its own
    (:func:`_own_clause`); and never a verb of being (`said inflation was easing but
    remained too high`: the inflation's) nor a state of mind joined on without a comma
    (:func:`_state_of_mind`)."""
    clause = cue.head
    verb = clause.head
    return (
        cue.dep_ == "conj"
        and cue.lemma_.lower() not in _STATES
        and not _state_of_mind(cue)
        and clause.dep_ == "ccomp"
        and verb.lemma_.lower() in cue_lemmas()
        and any(c.dep_.startswith("nsubj") for c in clause.children)
        and not any(c.dep_.startswith("nsubj") for c in cue.children)
        and (
            (cue.tag_ == verb.tag_ and not _shares_had(cue, clause)) or _own_clause(cue)
        )
    )


def _state_of_mind(cue: Token) -> bool:
    """Rule thought-conjunct-goes-on: a conjunct cue of thought (`wanted`, `feared`,
    `hoped that …`) joined to a reported clause by a conjunction (`and`, `but`) with no
    comma before it says what the clause's subject had in mind, as a verb of being says
    what it was: it goes on with what was reported, as PolNeAR marks it (one span).

    Shape: `<source> <cue> <subject> <verb> … and|but <thought verb> …`. `The driver said
    he was worn out and wanted to go home`, `She said she was proud of the squad but
    feared the final`: his wanting and her fear are part of what each said. Set off by a
    comma, a conjunct stays the speaker's next act (`…, and hoped …`), and so does a cue
    of speech or stance (`said the plan would cost billions and called him reckless`).
    """
    doc = cue.doc
    first = cue.left_edge.i
    return (
        VERB_CLASSES.get(cue.lemma_.lower()) == "thought"
        and first >= 2
        and doc[first - 1].dep_ == "cc"
        and doc[first - 2].text != ","
    )


def _own_clause(cue: Token) -> bool:
    """Whether a conjunct cue reports a `that`-clause of its own, wherever the parser hung
    it: `replied that the check was added, but conceded under questioning that it failed`
    (`conceded` is the speaker's second statement)."""
    return cue.lemma_.lower() in cue_lemmas() and any(
        t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ == "ccomp" for t in cue.subtree
    )


#: The past perfect's auxiliary (`had`, `'d`).
_PERFECT = word_list("perfect-auxiliaries")


def _shares_had(conjunct: Token, verb: Token) -> bool:
    """Whether a conjunct verb that is no cue goes on a past perfect, sharing its `had`:
    `had hired 90 nurses but lost as many`; a cue goes on as the speaker's next act
    (`had come from a forward pass, but refused to blame the referee`)."""
    return (
        conjunct.lemma_.lower() not in cue_lemmas()
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)
    )


def _stray_subject(verb: Token) -> Token | None:
    """A subject right before a conjunct verb that the parser hung elsewhere: in `…, but
    Cruz opposed it` read wrongly, `Cruz` is still who opposed it."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i < 1 or doc[i].pos_ not in NOMINAL or doc[i].dep_ in ("pobj", "dobj", "poss"):
        return None
    before = doc[doc[i].left_edge.i - 1] if doc[i].left_edge.i > 0 else None
    return doc[i] if before is not None and before.dep_ == "cc" else None


#: Verbs whose `it` subject stands for the clause after them: `It means admitting …`,
#: `It doesn't take an expert to see …`, `It is worth remembering …`.
_EMPTY_IT_VERBS = word_list("empty-it-verbs")


#: Adjectives whose subject does what the infinitive after them says (`likely to`,
#: `careful to`): an `it` before them is a thing, not the empty `it`.
_DOER_ADJECTIVES = word_list("doer-adjectives")


def _empty_it(subject: Token) -> bool:
    """Whether a subject is the empty `it` of `It is hard to know whether …`."""
    verb = subject.head
    return (
        subject.lower_ == "it"
        and verb.lemma_.lower() in _EMPTY_IT_VERBS
        and not _doer_it(verb)
    )


def _doer_it(verb: Token) -> bool:
    """Rule doer-it: whether the `it` of `be` is a thing that does what the infinitive
    says, not the empty `it` that stands for the clause: it is, after an adjective whose
    subject is the doer (`it is unlikely to tell the whole story`, `it was careful to
    frame its plans`; lang/en/doer-adjectives.txt). The empty `it` has an adjective or
    noun of judgement before the infinitive: `It is hard to know …`, `It is a mistake to
    think …`."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _DOER_ADJECTIVES for c in verb.children
    )


def under_empty_it(cue: Token) -> bool:
    """Whether a cue hangs on a clause whose subject is an empty `it`: `It is important to
    note that …`, `It's hard not to ask whether …` — a statement with no source."""
    found = _governing_subject(cue)
    return found is not None and _empty_it(found[0])


def relative_issuer(speaker: Token) -> Token | None:
    """Who issued the work a relative pronoun stands for, when the clause says: the
    subject of the verb the work is the object of.

    `Ruiz posted a video that said, "…"`: the video speaks for Ruiz, as in `Ruiz posted
    a video saying …` (:func:`_issuer`); None for `the board, which said …` (no work).
    """
    if speaker.tag_ not in NOUN_RELATIVE_TAGS or speaker.head.dep_ != "relcl":
        return None
    return _issuer(speaker.head.head)


def _issuer(noun: Token) -> Token | None:
    """Who issued a statement, letter or ad, when the clause says: the subject of the
    verb it is the object of (`Trump issued a statement …`, `She wrote in a letter …`)."""
    if noun.lemma_.lower() not in ISSUED:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None)
