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

from quotes.cue_words import cue_lemmas
from quotes.deps import ANY_SUBJECT, SUBJECT
from quotes.empty_it import empty_it
from quotes.language import word_list
from quotes.mentions import NOMINAL
from quotes.modified_speakers import modified_speaker, work_issuer
from quotes.next_acts import second_act
from quotes.participle_sources import (
    nearest_subject,
    quote_teller,
    relative_teller,
    set_off_by_comma,
    with_subject,
)

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
#: Verbs that press or need their object to say it: `would require lawmakers to recognize`.
_PRESSING = word_list("pressing-verbs")
#: Verbs that leave their object saying it: `left many residents wondering`.
_LEAVING = word_list("leaving-verbs")
#: Verbs that pass on their object's words: `quoted Vasilache as saying …`.
_QUOTING = word_list("quoting-verbs")
#: Cue verbs that go on with what the source has been saying: `…, before adding that …`.
_GOING_ON = word_list("going-on-cues")
#: A participle's subject or its `by` phrase: either names the one it tells of as doing it.
_SUBJECT_OR_AGENT = SUBJECT | {"agent"}
#: A cue's own subject of any kind, or a passive auxiliary: either way the cue does not
#: take its speaker from the verb it hangs on.
_OWN_SUBJECT_OR_PASSIVE = ANY_SUBJECT | {"auxpass"}


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
        and not any(c.dep_ in _SUBJECT_OR_AGENT for c in verb.children)
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
    backing her` (see :func:`~quotes.modified_speakers.modified_speaker`). A passive
    participle's subject was spoken to: `Asked about it, he said …`; an empty `it` is no
    one: `It is important to note that …` (see :func:`~quotes.empty_it.empty_it`).
    """
    found = _governing_subject(cue)
    return None if found is None or empty_it(found[0]) else found


def _governing_subject(cue: Token) -> tuple[Token, str] | None:
    """The subject of the first verb up the chain a subjectless cue hangs on (or the
    issuer of the statement it belongs to), with the name of the first link."""
    if any(c.dep_ in _OWN_SUBJECT_OR_PASSIVE for c in cue.children):
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
    only_xcomp = True
    for _ in range(4):
        if token.dep_ in ("acl", "pcomp") and token is cue:
            teller = quote_teller(cue)
            if teller is not None:
                return teller, "participle"
        if token.dep_ == "acl":
            issuer = work_issuer(token.head)
            if issuer is None and token is cue:
                return modified_speaker(cue)
            if issuer is None and _aim_of_object(token, cue):
                # `X rejected a demand to release the stock, telling the committee …`
                token = token.head.head
                subject = nearest_subject(token)
                return None if subject is None else (subject, method or "participle")
            return None if issuer is None else (issuer, method or "modified")
        if token.dep_ == "relcl" and token is cue:
            return modified_speaker(cue)
        link = _GOVERNED.get(token.dep_)
        if link is None:
            return None
        if token is cue and link == "conjunct":
            stray = _stray_subject(cue)
            if stray is not None:
                return stray, "subject"
        method = method or link
        controlled = token.dep_ == "xcomp"
        trailing = _trailing(token)
        first = token.i == cue.i  # the verb the cue itself hangs on comes next
        only_xcomp = only_xcomp and controlled  # the cue is what an object is to do
        after_object = first and _right_after_object(token)
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
        if (
            (trailing or second_act(cue))
            and clause.dep_ == "ccomp"
            and clause.head.pos_ == "VERB"
            and not _quoted_after(cue, clause.head)
        ):
            # `Byrne wrote the agents knew it, saying …`: set off after a reported clause,
            # the participle goes with the verb that reports it; also when it hangs on an
            # infinitive of that clause (`said Ruiz will have to choose, saying …`), or the
            # cue closing the sentence after it (`…, saying …, CNN reported`); not a verb
            # of the quote the participle opens (rule participle-before-quote)
            token = clause.head
        elif trailing and first:
            # `Vance thinks the plan is so weak that it will fail, saying …`: deeper in the
            # reported clause, the participle still goes with the verb that reports it
            token = _reporting_verb(clause, cue) or token
        if controlled and token.lemma_.lower() in _CAUSING:
            # `The leak led many experts to suspect …`: the object of the verb speaks
            objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
            if objects:
                return objects[0], method
        subject = nearest_subject(token)
        controller = _object_control(token, only_xcomp, after_object)
        if controller is not None and subject is not None:
            return controller, "object-control"
        if subject is not None:
            return subject, method
    return None


def _trailing(token: Token) -> bool:
    """Whether a participle is set off by a comma after what it hangs on, alone (`…,
    saying`) or, for a cue that goes on with what was being said (going-on-cues.txt),
    after a preposition (rule participle-after-preposition: `The mayor said the tax would
    rise, before adding that …`): either way it goes with the verb that reports the
    clause before it, not with that clause's own verb, on which the parser hangs it (`the
    tax` had been who added it). Other participles after a preposition may tell what the
    clause's subject did (`…, by claiming that …`)."""
    if token.dep_ == "advcl":
        return set_off_by_comma(token)
    # not after a cue verb of its own, whose subject it goes with (`"Thank you," Ruiz
    # replied, before adding that …`, where the parser reads `replied` as a clause of the
    # quote's verb)
    preposition = token.head
    return (
        token.dep_ == "pcomp"
        and token.lemma_.lower() in _GOING_ON
        and preposition.dep_ == "prep"
        and preposition.head.lemma_.lower() not in cue_lemmas()
        and set_off_by_comma(preposition)
    )


def _right_after_object(participle: Token) -> bool:
    """Whether an `-ing` participle comes right after the object of the verb it hangs on,
    with no comma between: `The verdict left many residents wondering …`."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return False
    before = participle.doc[participle.i - 1]
    objects = [c for c in participle.head.children if c.dep_ == "dobj"]
    return before.pos_ in NOMINAL and any(o.right_edge.i == before.i for o in objects)


def _object_control(verb: Token, controlled: bool, after_object: bool) -> Token | None:
    """Rule object-control: the one a verb presses, needs or leaves to do what the cue
    hanging on it says, who is its speaker rather than the verb's subject. The object of
    a verb that asks or needs it, before an infinitive (`That would require lawmakers to
    recognize that …`, `Aides are pressing the senator to stop attacking …`,
    pressing-verbs.txt); the object an `-ing` participle follows right after a verb that
    leaves it so (`The verdict left many residents wondering whether …`,
    leaving-verbs.txt). Only when the cue is what the object is to do, the infinitive
    itself or one it hangs on (`pressing the senator to stop attacking …`), not a
    participle of the verb's own subject (`pressed them to stop by threatening …`); and
    only where the verb has a subject of its own, whom the object stands in for (a verb
    with none, `a procedural move requiring the clerk to read …`, describes a thing and
    reports no one). None for any other verb."""
    lemma = verb.lemma_.lower()
    if controlled and lemma in _PRESSING:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
        return objects[0] if objects else None
    if after_object and lemma in _LEAVING:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
        return objects[0] if objects else None
    return None


def _aim_of_object(infinitive: Token, cue: Token) -> bool:
    """Rule participle-past-aim: whether a participle set off by a comma hangs on an
    infinitive that tells what the object of a verb is for (`rejected a demand to
    release the stock, telling the committee that …`, `announced plans to close two
    plants, saying demand had fallen`): the parser hangs the participle on the nearest
    verb, but the one who tells is the subject of the verb whose object the infinitive
    describes, not of the infinitive, which has none."""
    noun = infinitive.head
    return (
        cue.dep_ == "advcl"
        and cue.head.i == infinitive.i
        and set_off_by_comma(cue)
        and infinitive.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
    )


def _reporting_verb(verb: Token, cue: Token) -> Token | None:
    """The cue verb whose reported clause a verb is inside, at any depth: `thinks` for
    `fail` in `Vance thinks the plan is so weak that it will fail, saying …`; None for
    one inside the quote the participle ``cue`` opens (:func:`_quoted_after`)."""
    for clause in verb.ancestors:
        if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and (
            clause.head.lemma_.lower() in cue_lemmas()
        ):
            return None if _quoted_after(cue, clause.head) else clause.head
    return None


def _quoted_after(cue: Token, verb: Token) -> bool:
    """Rule participle-before-quote: whether ``verb`` stands inside a quote that opens
    after the participle ``cue``: `Ruiz was unimpressed, telling reporters, "Nobody
    asked for it."`, where the parser read the sentence as the clause of the quote's
    `asked`. The participle tells what it introduces; it goes with `was`, not with a
    verb of the words it introduces."""
    marks = [t for t in cue.doc[cue.i + 1 : verb.i] if t.tag_ in ("``", "''")]
    return bool(marks) and marks[-1].tag_ == "``"


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


def under_empty_it(cue: Token) -> bool:
    """Whether a cue hangs on a clause whose subject is an empty `it`: `It is important to
    note that …`, `It's hard not to ask whether …` — a statement with no source."""
    found = _governing_subject(cue)
    return found is not None and empty_it(found[0])
