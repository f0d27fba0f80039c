"""Who asks and who answers in an interview transcript, when its labels are `Q:` and
`A:`: the introduction that says who spoke to whom (`The Courier's correspondent spoke
to Ana Ruiz`), the event a sentence names (`the press conference Ana Ruiz gave`), a key
to the labels (`Q marks a question from a reporter`), or the name a questioner gives at
the start of her own line.

Kept apart from finding the labelled lines (:mod:`quotes.transcripts`) and from telling
which labels are speakers (:mod:`quotes.label_speakers`): these read the sentences
around the transcript, not its labels.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.deps import SUBJECT
from quotes.doc_memo import doc_text
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.transcripts import TranscriptLine
from quotes.work_authors import passive_agent

#: Verbs that introduce an interview (`spoke to`, `interviewed`).
_INTERVIEW_VERBS = word_list("interview-verbs")
#: Interview verbs whose direct object answers (`interviewed Ana Ruiz`); the others'
#: objects are languages or topics (`speaks Guaraní`).
_OBJECT_VERBS = word_list("interview-object-verbs")
#: Nouns for the event a transcript records (`press conference`, `interview`).
_INTERVIEW_NOUNS = word_list("interview-nouns")
#: Most words in the description of who asks that a key to the labels gives.
_KEY_WORDS = 5
#: Prepositions before an interview verb's answerer (`spoke to Ana Ruiz`).
_ANSWERER_PREPOSITIONS = word_list("answerer-prepositions")
#: Most words (hyphens counted) in the name a questioner gives at the start of a line.
_SELF_NAME_WORDS = 5

def interview_parties(
    doc: Doc, before: int, after: int = 0
) -> tuple[Token | None, Token | None]:
    """Who asks and who answers, from the first sentence between characters ``after``
    and ``before`` that introduces an interview: the subject of `spoke to`/`interviewed`
    asks and its object answers; in the passive (`Y was interviewed by X`) the other way
    round."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        if sent.start_char < after:
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INTERVIEW_VERBS:
                continue
            asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            answerer = (
                next((c for c in verb.children if c.dep_ == "dobj"), None)
                if verb.lemma_.lower() in _OBJECT_VERBS
                else None
            )
            for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.dep_ == "agent":
                    asker, answerer = obj, next(
                        (c for c in verb.children if c.dep_ == "nsubjpass"),
                        answerer or _subject_of_be(verb),
                    )
                elif prep.lower_ in _ANSWERER_PREPOSITIONS and answerer is None:
                    answerer = obj
            if asker is not None and answerer is not None:
                if writer_party(answerer) and not writer_party(asker):
                    # rule writer-asks: `She spoke to us about her new show`: the
                    # writer (`us`) asks, the one the piece is about answers
                    return answerer, asker
                if _interviewer(answerer) and not _interviewer(asker):
                    # `Biden spoke with POLITICO senior writer Michael Grunwald`: the
                    # writer asks, whichever side of the verb the text puts him on
                    return answerer, asker
                if verb.lemma_.lower() not in _OBJECT_VERBS and _answerer_in_focus(
                    asker, answerer, sent.start_char
                ):
                    return answerer, asker
                return asker, answerer
    return None, None


def _subject_of_be(verb: Token) -> Token | None:
    """Rule passive-read-as-complement: the one a passive interview verb is done to,
    where the parse hung the participle on `was` as its complement and the subject on
    `was` (`She was cross-examined by the defence's counsel, Ana Ruiz.`: `examined` is
    an `acomp` of `was`, `She` its `nsubj`); None for any other shape."""
    if verb.dep_ not in ("acomp", "xcomp") or verb.head.lemma_ != "be":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


#: Pronouns of the writer as a party to an interview (`us`, `we`, `me`).
_WRITER_PARTIES = word_list("writer-party-pronouns")


def writer_party(party: Token) -> bool:
    """Rule writer-asks: whether an interview's party is the writer of the piece, by a
    first-person pronoun (`She spoke to us`, `We spoke to Ana Ruiz`): the writer asks,
    and the questions of a writer who goes unnamed are no one's statement."""
    return party.pos_ == "PRON" and party.lower_ in _WRITER_PARTIES


#: Pronouns that stand for someone the text has already named (not `we`, the paper).
NAMED_BEFORE_PRONOUNS = word_list("person-subject-pronouns")


def _answerer_in_focus(asker: Token, answerer: Token, start: int) -> bool:
    """Rule answerer-in-focus: with `spoke to` or `talked with`, where either side may
    ask, the one the text spoke of before the introduction answers, when the other is
    named there for the first time: `Levan Tsiklauri has won 104 caps. He spoke to Nino
    Gelashvili at the training centre.` (a pronoun for the one already named), or the
    same with `Tsiklauri spoke to …`; the subject asks otherwise (`The Courier's
    correspondent spoke to Ana Ruiz`)."""
    before = doc_text(asker.doc)[:start]
    known = (
        asker.lower_ in NAMED_BEFORE_PRONOUNS
        or (asker.pos_ == "PROPN" and asker.text in before)
        or _described_by_what_came_before(asker)
    )
    return known and answerer.pos_ == "PROPN" and answerer.text not in before


#: Possessives of the writer (`our`, `my`), whose `our reporter` is the paper's own.
_WRITER_POSSESSIVES = word_list("writer-possessives")


def _described_by_what_came_before(asker: Token) -> bool:
    """Rule answerer-described-before: a subject described by its tie to what the text
    spoke of before, a noun with a possessive pronoun and a name set off after it (`The
    Lake Survey said … ¶ Its chief hydrologist, Ana Ruiz, 52, spoke to Tom Hale`): the
    piece is about her, so she answers and the one she spoke to asks. Not the writer's
    own (`Our reporter, Tom Hale, spoke to …`)."""
    possessive = any(
        c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ not in _WRITER_POSSESSIVES
        for c in asker.children
    )
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in asker.children)
    return asker.pos_ == "NOUN" and possessive and named


#: Roles of the one who asks in an interview (`writer`, `reporter`, `correspondent`).
_INTERVIEWER_ROLES = word_list("interviewer-roles")


def _interviewer(party: Token) -> bool:
    """Rule interviewer-role: whether an interview's party is described as one whose job
    is to ask, a writer, reporter or host, by a word before the name or in apposition
    (`senior writer Michael Grunwald`, `Ana Ruiz, our correspondent`, `our reporter`)."""
    words = [party, *party.lefts, *(c for c in party.children if c.dep_ == "appos")]
    return any(w.lemma_.lower() in _INTERVIEWER_ROLES for w in words)


def described_answerer(doc: Doc, before: int) -> Token | None:
    """Who answers the `A:` lines when no verb introduces the interview: the one whose
    event a sentence before character ``before`` names, by a noun of
    :data:`_INTERVIEW_NOUNS` (`the press conference Ana Ruiz gave` → Ana Ruiz, `Ana
    Ruiz's news conference`, `an interview with Ana Ruiz`, `the briefing given by the
    spokesman`, `with answers by Ana Ruiz`); the first such sentence decides."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        for noun in sent:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in _INTERVIEW_NOUNS:
                holder = _event_holder(noun)
                if holder is not None:
                    return holder
    return None


#: Prepositions before the one whose event an interview noun names (`with Ana Ruiz`).
_HOLDER_PREPOSITIONS = word_list("event-holder-prepositions")


def _event_holder(noun: Token) -> Token | None:
    """The person an event noun belongs to: its possessor, the subject of a clause on
    it (`the press conference Ana Ruiz gave`), the agent of a participle on it (`given
    by the spokesman`), or the object of `with` or `by` (`an interview with Ana Ruiz`,
    `excerpts …, with answers by Ana Ruiz`), or the name the parse glued it to
    (:func:`_holder_glued`)."""
    glued = _holder_glued(noun)
    if glued is not None:
        return glued
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ in _HOLDER_PREPOSITIONS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
        if child.dep_ == "relcl":
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON"):
                return subject
        if child.dep_ == "acl":
            obj = passive_agent(child)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return None


def party_mention(party: Token) -> Span:
    """The words naming an interview's party: its mention, after the event noun the
    parse glued to the name (`Urrutia`, not `the press conference Urrutia`:
    :func:`_holder_glued`)."""
    span = mention_span(party)
    nouns = [t.i for t in span if t.i < party.i and t.lemma_.lower() in _INTERVIEW_NOUNS]
    return span.doc[nouns[-1] + 1 : span.end] if nouns else span


def _holder_glued(noun: Token) -> Token | None:
    """The holder of an event in `the press conference Urrutia gave afterwards` where the
    parse reads the event noun as a compound of the name (`conference Urrutia`) and
    hangs `gave` elsewhere: the name, when a verb with no subject of its own follows it
    (the clause on the event whose subject the name is)."""
    name = noun.head
    if noun.dep_ != "compound" or name.pos_ != "PROPN" or name.i < noun.i:
        return None
    after = name.i + 1
    if after >= len(noun.doc):
        return None
    verb = noun.doc[after]
    has_subject = any(c.dep_ in SUBJECT for c in verb.children)
    return name if verb.pos_ == "VERB" and not has_subject else None


def described_asker(doc: Doc, before: int, label: str = "Q") -> Span | None:
    """The kind of person `Q:` lines stand for, from a key to the labels before
    character ``before`` when no introduction names the interviewer: `Q marks a question
    from a reporter` → `a reporter`, `Questions from the floor are marked Q` → `the
    floor` (the words after `from` in a sentence that holds a lone `Q`, up to a verb or
    a mark). Another one-word `label` is read the same way (rule label-key: `REPORTER
    marks a question from a journalist` → `a journalist`)."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        words = [t for t in sent if not t.is_space]
        q = next((k for k, t in enumerate(words) if t.text.rstrip(".") == label), None)
        if q is None:
            continue
        source = next((k for k, t in enumerate(words) if k != q and t.lower_ == "from"), None)
        if source is None:
            continue
        run = []
        for token in words[source + 1 :]:
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.i == words[q].i:
                break
            run.append(token)
        if 0 < len(run) <= _KEY_WORDS:
            return doc[run[0].i : run[-1].i + 1]
    return None


def self_named(doc: Doc, line: TranscriptLine) -> Span | None:
    """The name a questioner gives at the start of her own line, then her paper:
    `Q: Ana Ruiz, Harbour Gazette. When will …` → `Ana Ruiz`; both parts are words in
    capitals with no verb, the name two to five words (hyphens counted); the paper's
    last word may hold a digit (:func:`_outlet_end`)."""
    words = [t for t in doc.char_span(line.start, line.end, alignment_mode="expand") or []]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or not 2 <= comma <= _SELF_NAME_WORDS:
        return None
    stop = next((k for k, t in enumerate(words) if k > comma and t.text == "."), None)
    if stop is None or stop == comma + 1:
        return None
    name, paper = words[:comma], words[comma + 1 : stop]
    capitals = all(t.text in "-‐" or (t.is_alpha and t.text[:1].isupper()) for t in name)
    if not capitals or not _outlet_end(paper):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in name + paper):
        return None
    return doc[name[0].i : name[-1].i + 1]


def _outlet_end(paper: list[Token]) -> bool:
    """Rule outlet-with-digits: whether the last word of a questioner's outlet ends it
    as a name does: a capitalised word (`Coastal Echo`), a capitalised word with digits in
    it (`S4C`, `TV3`), or a number after a capitalised word (`BBC Radio 4`, `Channel
    5`), as broadcasters are named."""
    last = paper[-1]
    if last.text[:1].isupper() and (last.is_alpha or last.text.isalnum()):
        return True
    return last.text.isdigit() and len(paper) > 1 and paper[-2].text[:1].isupper()
