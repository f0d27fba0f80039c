"""Cues under which nothing was said or held: a condition (what someone would say, or
a finding a body may make) and a belief the sentence itself says was mistaken. The
default scope drops such rows (:func:`quotes.scope.dropped_by`); `--scope all` keeps
them.

- `hypothetical`: a cue in an `if` clause, or a `would` cue with one (`If the panel
  finds that the claims are true, the council will vote`);
- `mistaken_belief`: a past belief in something that had happened, undone by a `but`
  later in the sentence (`The Rovers thought they had equalised, but the referee ruled
  it out`);
- `denied_cue`: a cue the sentence denies (`Reid never said "the party's over"`, `The
  mayor did not say the plan was dead`, `Nor did her deputy claim that …`, `There is no
  record that he ever said "…"`);
- `habitual`: a `would` cue of a habit, with a `when` clause of its occasions (`When a
  client asked him, he would say that the mountain decided`);
- `received`: a verb by which the subject was given the words it quotes (`Callers
  received a recorded message: "…"`), also through a clause on the thing received
  (`Applicants received an email that began: "…"`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Words that open a condition: `if`, `unless`.
_CONDITIONS = word_list("conditional-marks")
#: Verbs of asking, whose `if` opens a question, not a condition: `ask`.
_ASKING = word_list("asking-cues")
#: Modals of a cue under a condition: `would`.
_HYPOTHETICAL_MODALS = word_list("hypothetical-modals")
#: Words that deny the cue they stand before: `not`, `never`.
_DENYING = word_list("denying-words")


def _conditional(verb: Token) -> bool:
    """Whether a verb heads a clause that a condition word opens (`if the panel finds`):
    the word is the first of the clause, not one the parser hung on the verb from a
    clause before it (`Asked if he fears the sack, the manager fires back: "…"`)."""
    return any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS and c.i == verb.left_edge.i
        for c in verb.children
    )


def hypothetical(cue: Token | None) -> bool:
    """Rule hypothetical: whether a cue tells what someone would say or find under a
    condition, not what anyone said: the cue heads an `if` or `unless` clause of another
    verb (`If the panel finds that the claims are true, the council will vote on a
    censure`), or a modal `would` cue has such a clause of its own (`If this town had a
    Minister for Parking, she would say: "Every space is a privilege."`). Not a cue of
    a question an `if` opens (`Asked if he fears the sack, …`)."""
    if cue is None:
        return False
    if cue.dep_ == "advcl" and _conditional(cue) and cue.head.lemma_.lower() not in _ASKING:
        return True
    children = list(cue.children)
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in children) and any(
        c.dep_ == "advcl" and _conditional(c) for c in children
    )


#: Words that open a clause of the occasions of a habit (`when`, `whenever`).
_HABIT_MARKS = word_list("habit-marks")


def habitual(cue: Token | None) -> bool:
    """Rule habitual-saying: whether a `would` cue tells what someone used to say each
    time something happened, by a clause of the occasions that `when` or `whenever`
    opens (`When a client asked him whether a slope was safe, he would say that the
    mountain decided, not the guide`): a habit an obituary tells, no one statement. A
    `would` cue with no such clause (`The coach would only say that talks were under
    way`) is what was said once, a row."""
    if cue is None or not any(
        c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in cue.children
    ):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("advmod", "mark") and m.lower_ in _HABIT_MARKS and m.i == c.left_edge.i
                for m in c.children)
        for c in cue.children
    )


#: Cues of belief whose past a `but` may undo: `think`, `believe`.
_BELIEVING = word_list("mistaken-belief-cues")


def mistaken_belief(content: Span, cue: Token | None) -> bool:
    """Rule mistaken-belief: whether a row is a past belief that something had happened
    which the sentence itself undoes with a `but` after it (`The Rovers thought they had
    equalised in the last minute, but the referee ruled it out`): the writer telling of
    a mistake on the field, not a view anyone holds. The cue is a past `thought` or
    `believed`, the content's verb a past perfect with a pronoun subject, the believers'
    own act (`they had equalised`), and a `but` joins a clause to the cue or to that verb
    after the content's start; a belief about something else stays a row (`He thought
    the plan had failed, but he kept quiet`)."""
    if cue is None or cue.tag_ != "VBD" or cue.lemma_.lower() not in _BELIEVING:
        return False
    for verb in roots(content):
        children = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ == "had" for c in children):
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in children):
            continue
        for head in (cue, verb):
            if any(
                c.dep_ == "cc" and c.lower_ == "but" and c.i > content.start
                for c in head.children
            ):
                return True
    return False


#: Verbs by which the subject is given words, not gives them: `receive`, `get`.
_RECEIVING = word_list("receiving-cues")


#: Conjunctions that open a clause denying its verb: `nor`, `neither`.
_DENYING_OPENERS = word_list("denying-openers")
#: Nouns that deny, with `no`, the clause after them: `record`, `evidence`.
_DENIAL_NOUNS = word_list("denial-nouns")


def denied_cue(cue: Token | None) -> bool:
    """Rule denied-cue: whether the sentence denies its cue with a `not` or a `never`
    before it (`Papadakis-Reid never said "the party's over"`, `The mayor did not say the
    plan was dead`): what follows is what the subject did not say, no statement of
    hers; a `not` after the cue is no denial of it (`"…," he said, not for the first
    time`). Also a `nor` that opens the cue's clause, on the cue or its auxiliary (`Nor
    did her deputy claim that the budget was "in crisis"`) but not one inside a quotation
    before the cue (:func:`_quoted_opener`), and a clause on `no record`
    (:func:`_no_record`)."""
    if cue is None:
        return False
    return (
        any(c.dep_ == "neg" and c.i < cue.i and c.lower_ in _DENYING for c in cue.children)
        or (cue.left_edge.lower_ in _DENYING_OPENERS and not _quoted_opener(cue))
        or _no_record(cue)
    )


def _quoted_opener(cue: Token) -> bool:
    """Rule quoted-opener: whether a quotation stands between the clause's first word and
    its cue, so that a `Neither` or `Nor` opening it is the speaker's word inside the
    quote, not the writer's denial of the cue: `"We made progress. Neither side has said
    no," the mediator told reporters` (the parse may run the quote's last sentence into
    the cue's clause)."""
    return any(t.is_quote for t in cue.doc[cue.left_edge.i : cue.i])


def _no_record(cue: Token) -> bool:
    """Rule no-record: whether the cue heads a clause on a noun that `no` denies, the
    writer saying nothing shows the words were said: `There is no record that Captain
    Penhale ever said "the tide waits for no man"`, `no evidence that she said it`."""
    # `There is no record that the founder ever said "build it and they will come".`
    noun = cue.head
    return (
        cue.dep_ in ("relcl", "acl", "ccomp")
        and noun.i < cue.i
        and noun.lemma_.lower() in _DENIAL_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


def received(cue: Token | None) -> bool:
    """Rule received: whether the verb a quote hangs on says its subject was given the
    words, a thing that carries them its object (`Customers who wrote in received the
    same automatic reply: "…"`, `Every tenant got a letter: "…"`): the words are their
    sender's, whom the sentence does not give, and the subject said nothing."""
    # `Passengers who phoned the airline received a recorded message: "All our agents …"`
    if cue is None:
        return False
    if cue.lemma_.lower() in _RECEIVING:
        return any(c.dep_ == "dobj" for c in cue.children)
    return _read_in_received(cue)


def _read_in_received(cue: Token) -> bool:
    """Whether a cue is a relative clause or a participle on the thing a receiving verb
    has for its object, with no sender named in a `from` phrase: `Applicants received an
    email that began: "Thank you for your interest."`, `Every tenant got a letter
    saying "…"`. The words are the unnamed sender's; the parse may give the one who
    received them as the cue's source (`Applicants`), who said nothing. A letter `from
    the council` that reads words is the council's."""
    # `Applicants received an email that began: "Thank you for your interest."`
    thing = cue.head
    return (
        cue.dep_ in ("relcl", "acl")
        and thing.dep_ == "dobj"
        and thing.head.lemma_.lower() in _RECEIVING
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in thing.children)
    )
