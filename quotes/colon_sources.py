"""The speaker of a quote after a colon (`Zelensky: "…"`, `Trump leaned in and boomed:
"…"`, `• Piet Smit, director general of X: "…"`): the subject of the clause before the
colon, else a name it holds, read by :func:`colon` (rule family `colon:`), which
:class:`quotes.direct_links.DirectLinker` tries among the shapes of
:mod:`quotes.source_shapes`. The words of a label with no verb (a name before its
role, a bracket or a time line, a form's field) are read by :mod:`quotes.colon_labels`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.ages import described_age
from quotes.around_quote import BREAKS, char_before
from quotes.colon_labels import (
    field_slug,
    name_before_role,
    named_label,
    past_bracket,
    past_stamp_line,
)
from quotes.cue_forms import CueForms
from quotes.cue_subjects import active_subject
from quotes.found import Link
from quotes.language import word_list
from quotes.mentions import NOMINAL, mention_span
from quotes.narration import TITLES, is_someone
from quotes.participle_sources import set_off_by_comma
from quotes.relative_tags import NOUN_RELATIVE_TAGS

#: Words that open a topic line before a colon (`On the injury: "…"`).
_TOPICS = word_list("topic-line-openers")

#: Nouns for a stretch of time, which a clause before a colon says when by, not who.
_TIMES = word_list("time-nouns")
#: Prepositions of where or when: a name after one before a colon says where, not who.
_SETTING_PREPOSITIONS = word_list("setting-prepositions")
#: Verbs of written messages that only a colon line makes cues (`…, emails: "…"`).
_COLON_VERBS = word_list("colon-line-verbs")
#: Verbs of sending words to someone: see :func:`_sender`.
_ADDRESSING = word_list("addressing-verbs")
#: Empty subjects that stand for what follows them, no source (`it gets better: "…"`).
_PLACEHOLDERS = word_list("placeholder-subjects")
#: How much of a document a colon prints after `in` (`reads in part: "…"`).
_AMOUNTS = word_list("printed-amounts")


def colon(whole: Span, norm: str, lemmas: frozenset[str], forms: CueForms) -> Link | None:
    """The speaker of `X: "…"` / `X verb: "…"`: the clause's subject, else the name.
    `norm` is the document's text made plain, `lemmas` the cue verbs' lemmas, `forms`
    the forms of the cue words (a past tense the tagger read as a noun).

    A thing as the subject of a verb that reports nothing is no speaker when a name ends
    the clause (:func:`_thing_before_colon`): `The timing does not surprise pollster Ann
    Lee: "…"` is Lee's, named last before the colon."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 30) : whole.start] if not t.is_space]
    if not before or before[-1].text != ":":
        return None
    mark = before[-1]
    clause = []
    for token in reversed(before[:-1]):
        if token.text in BREAKS or token.is_sent_end:
            break
        clause.append(token)
    clause = past_stamp_line(clause, norm)
    named = past_bracket(clause)
    bracketed, clause = len(named) < len(clause), named
    for token in clause:
        # `Doyle was blunt about the plan: "…"`: a copula with its complement speaks too
        # (not one asking `what`: `and what he said was this: "…"`)
        copula = (
            token.pos_ == "AUX"
            and any(c.dep_ in ("acomp", "attr") for c in token.children)
            and not any(c.tag_ in NOUN_RELATIVE_TAGS for c in token.children)
        )
        if token.pos_ == "VERB" or copula:
            # `Romney, the 2012 nominee, tweeted in response: "…"` parses `tweeted`
            # as a modifier of `Romney`
            # as `The 61-year-old posted on X: "…"` parses `posted` under `old`
            if _reduced_relative(token) and not _relative_cue_at_colon(token, mark, lemmas):
                continue
            sender = _sender(token)
            if sender is not None:
                return Link(token, mention_span(sender), "colon:sender", False)
            subject = (
                active_subject(token)
                or _age_subject(token)
                or (
                    token.head
                    if token.dep_ == "acl"
                    and (token.head.pos_ in NOMINAL or described_age(token.head) is not None)
                    else None
                )
            )
            if subject is not None and _placeholder_before_colon(token, subject, lemmas):
                return None
            if subject is not None and _thing_before_colon(token, subject, lemmas):
                last = clause[0]
                named = last if last.pos_ == "PROPN" and not _in_setting(last) else None
                if named is not None:
                    return Link(mark, mention_span(named), "colon:named-last", False)
            if subject is not None:
                return Link(token, mention_span(subject), "colon:verb", False)
            if _asked_relative(token):
                return Link(mark, mention_span(token.head), "colon:asked-relative", False)
    for token in clause:
        subject = active_subject(token) if token.pos_ == "AUX" else None
        if subject is not None and is_someone(subject):
            # `Margaret Doyle was blunt about the proposal: '…'`: the copula's
            # subject, not the topic standing before the colon
            return Link(token, mention_span(subject), "colon:subject", False)
    for token in clause:
        if _misread_cue(token, lemmas, forms):
            # `Demirci-Holt posts on X: "…"`, `Reuters reports: "…"`: a cue verb after a
            # name that the tagger read as a plural noun, not part of the name
            return Link(token, mention_span(doc[token.i - 1]), "colon:verb", False)
        subject = _noun_read_cue(token, lemmas)
        if subject is not None:
            return Link(token, mention_span(subject), "colon:noun-read-verb", False)
    # `Okafor on Council Cutting Its Budget: '…'`: a headline line naming who speaks,
    # then after `on` what about, whatever the topic's words hold
    words = clause[::-1]
    on = next((k for k, t in enumerate(words) if t.lower_ == "on"), 0)
    at_line_start = bool(words) and char_before(norm, words[0].idx, " \t") in "\n\r"
    if on and at_line_start and all(t.pos_ == "PROPN" for t in words[:on]):
        return Link(mark, doc[words[0].i : words[on - 1].i + 1], "colon", False)
    if words and field_slug(words):
        return None
    if at_line_start and named_label(words):
        # rule colon-named-label: `Kemble: "…"` under a live blog's time line, a name
        # the text gave before, whatever the tagger made of the word alone
        return Link(mark, doc[words[0].i : words[-1].i + 1], "colon:named-label", False)
    if _in_part(clause):
        # rule colon-in-part: `The letter, addressed "Dear Minister," reads in part: "…"`
        verb = clause[2] if len(clause) > 2 and clause[2].pos_ == "VERB" else None
        return None if verb is None else _reader_before(verb, mark)
    # `On the injury: "…"` under a press conference's attribution is a topic line,
    # not a speaker's name
    if clause and clause[0].pos_ in ("PROPN", "NOUN") and clause[-1].lower_ not in _TOPICS:
        # the bracket's name hangs from the label's as an apposition: not the host
        host = clause[0] if bracketed else _adjunct_host(clause[0], clause)
        if host.lower_ in _TIMES and host.pos_ == "NOUN":
            # rule colon-time: `Then, later that month on Fox: "…"` says when, not who
            return None
        name = name_before_role(words, host)
        if name is not None:
            return Link(mark, name, "colon:name-role", False)
        method = "colon:bracket" if bracketed else "colon"
        return Link(mark, mention_span(host), method, False)
    return None


# `The senator emailed supporters saying: "…"`, `sent a text to supporters saying: "…"`
def _sender(participle: Token) -> Token | None:
    """Rule sender-not-recipient: the subject of a verb of sending words
    (addressing-verbs.txt) when the participle before the colon hangs on the ones the
    words went to, its object or the noun after its `to`: `The senator emailed
    supporters saying: "…"` is the senator's, not the supporters'; None otherwise."""
    noun = participle.head
    if participle.dep_ != "acl" or noun.pos_ not in NOMINAL:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.dep_ in ("dative", "prep"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "dative"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ADDRESSING:
        return None
    return active_subject(verb)


def _age_subject(verb: Token) -> Token | None:
    """Rule age-subject-at-colon: a verb's subject that is a description by age, which the
    parser heads with the adjective `old` and so no noun: `The 22-year-old wrote on
    Facebook on Tuesday night: "…"` is the swimmer's post (the age stands for the person
    named before it)."""
    # `The 22-year-old wrote on Facebook: "I have never taken anything."`
    return next(
        (c for c in verb.children if c.dep_ == "nsubj" and described_age(c) is not None), None
    )


def _in_part(clause: list[Token]) -> bool:
    """Whether the words before a colon (``clause``, from the colon backwards) end in `in
    part` or `in full` (:data:`_AMOUNTS`), which say how much of a document follows,
    never who speaks: the reading verb before them gives the speaker, or none does
    (`The memo, …, and headed "…", reads in part:`, whose verb the parse left hanging)."""
    return len(clause) >= 2 and clause[0].lower_ in _AMOUNTS and clause[1].lower_ == "in"


def _reader_before(verb: Token, mark: Token) -> Link | None:
    """Rule colon-in-part: the subject of the verb before `in part:` (`The letter reads in
    part: "…"`), or, where the parse took a participle set off before it for the
    sentence's verb (`The letter, addressed "Dear Minister," reads in part`), that
    verb's subject before it; None when there is neither (the amount names no one)."""
    subject = active_subject(verb)
    if subject is None and verb.dep_ == "ccomp" and verb.head.i < verb.i:
        subject = next(
            (c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None
        )
    return None if subject is None else Link(verb, mention_span(subject), "colon:verb", False)


def _misread_cue(token: Token, lemmas: frozenset[str], forms: CueForms) -> bool:
    """Whether a word before a colon is a cue verb that the tagger took for a noun, right
    after who speaks: in the present tense read as a plural noun after a name (`posts`,
    `writes`, `emails`: lower case, tagged `NNS`, its lemma a cue's, `lemmas`, or a
    written message's, :data:`_COLON_VERBS`), or in the past read as a singular noun
    after a name or a description (`the 38-year-old joked: "…"`: a form of a cue verb,
    :meth:`~quotes.cue_forms.CueForms.verb_form`)."""
    if not token.is_lower or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if token.tag_ == "NNS":
        lemma = token.lemma_.lower()
        return before.pos_ == "PROPN" and (lemma in lemmas or lemma in _COLON_VERBS)
    return (
        token.tag_ == "NN"
        and token.lower_.endswith("ed")
        and before.pos_ in ("PROPN", "NOUN", "ADJ")
        and forms.verb_form(token.lower_)
    )


def _noun_read_cue(token: Token, lemmas: frozenset[str]) -> Token | None:
    """The subject of a cue verb in the present tense that the tagger read as a plural
    noun after an apposition (`A reader, Tom Berg, 18, from Lundby, emails: "…"`): a
    lower-case `NNS` word whose lemma is a cue's (`lemmas`) or a written message's
    (:data:`_COLON_VERBS`) and that the parse gives a subject all the same."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or not token.is_lower:
        return None
    if lemma not in lemmas and lemma not in _COLON_VERBS:
        return None
    return next((c for c in token.children if c.dep_ == "nsubj"), None)


def _placeholder_before_colon(verb: Token, subject: Token, lemmas: frozenset[str]) -> bool:
    """Rule colon-placeholder: whether the clause before a colon has for its subject an
    empty `it`, `this` or `that` of a verb that reports nothing, standing for the quote
    the colon announces (`Wait, it gets better: "…"`, `It was the stage itself: "…"`),
    so that the clause names no one who speaks it."""
    return verb.lemma_.lower() not in lemmas and subject.lower_ in _PLACEHOLDERS


#: Links of a noun that another word of the clause governs (an object, a preposition's).
_GOVERNED = frozenset({"dobj", "pobj", "dative", "oprd"})


def _reduced_relative(verb: Token) -> bool:
    """Rule participle-on-an-object: a participle after an object or a preposition's
    noun is a relative clause cut short, not the verb of the colon's clause: `The
    ministry sent a text message to every phone registered in the district: "…"` is the
    ministry's, not the phones' (`The 61-year-old posted on X:`, the participle on the
    clause's subject, speaks); so is the verb of a relative clause set off by commas
    whose subject is no relative pronoun (`Ruth Osei, whose riding includes St. Aubin,
    posted on X: "…"`; `Mattia Foletti, who led the no campaign: "…"` is his)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in _GOVERNED:
        return True
    subject = active_subject(verb) if verb.dep_ == "relcl" else None
    return (
        subject is not None
        and subject.tag_ not in NOUN_RELATIVE_TAGS
        and set_off_by_comma(verb)
    )


def _relative_cue_at_colon(verb: Token, mark: Token, lemmas: frozenset[str]) -> bool:
    """Rule relative-cue-at-colon: a cue heading a relative clause set off by a comma that
    runs right up to the colon introduces the quotation itself, and its subject speaks:
    `She then read a statement on their behalf, in which his parents said: "…"` is the
    parents', not the solicitor's who reads it (`Ruth Osei, whose riding includes St.
    Aubin, posted on X: "…"`, a clause that ends before the main verb, is still passed
    over)."""
    # `…, in which his parents said: "Jack was nineteen …"`
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in lemmas
        and verb.i < mark.i
        and all(verb.is_ancestor(t) for t in verb.doc[verb.i + 1 : mark.i])
    )


def _asked_relative(verb: Token) -> bool:
    """Rule asked-relative: a passive relative clause on someone before a colon says what
    they were asked or told, and the one it hangs from speaks: `More from Walker, who was
    asked about the referee's decision: "…"` is Walker's, not the referee's (the clause's
    last noun, read as the label before)."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubjpass" and c.tag_ in NOUN_RELATIVE_TAGS for c in verb.children)
        and is_someone(verb.head)
    )


def _thing_before_colon(verb: Token, subject: Token, lemmas: frozenset[str]) -> bool:
    """Whether the clause before a colon is about a thing, not someone speaking: its verb
    is no cue and its subject is a common noun no one (`The timing of the surge does not
    surprise pollster Ann Lee:`, `Estimates of turnout are unreliable - Pew Research:`),
    where the one quoted is named last, before the colon; but not a name that says
    where or when (:func:`_in_setting`)."""
    return (
        verb.lemma_.lower() not in lemmas
        and subject.pos_ == "NOUN"
        and subject.ent_type_ != "PERSON"
        and subject.lower_ not in TITLES
    )


def _in_setting(name: Token) -> bool:
    """Rule named-in-setting: whether a name is the object of a preposition of where or
    when (:data:`_SETTING_PREPOSITIONS`): in `a familiar voice mocked the victims on
    Twitter:` or `… gave the idea a whirl in an interview on Tuesday:` the name says where
    or when, not who speaks, so the clause's subject does (:func:`colon`); in `caught the
    eye of Inspector Ravi Bose:` the inspector speaks."""
    return name.dep_ == "pobj" and name.head.lower_ in _SETTING_PREPOSITIONS


def _adjunct_host(token: Token, clause: list[Token]) -> Token:
    """The one a colon line names when its last noun is a prepositional adjunct: in `The
    council leader, Ann Lee, on Friday: "…"` or `Ann Lee at the rally: "…"` the noun the
    adjunct hangs from (the name in apposition to it, if any), not `Friday` or `rally`;
    ``token`` itself otherwise."""
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head in clause:
        host = token.head.head
        if host.pos_ not in NOMINAL:
            break
        token = host
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)
