"""The clause `according to X` is set into: what the phrase reports, wherever the parser
hung it (`According to police, the driver was not hurt`, `The fire started in the
kitchen, according to the chief`, `Turnout, according to the clerk, was high`).

Read by the rule that finds an `according to` row's content
(:func:`quotes.complements.complement`), by the pieces that phrase splits off
(:func:`quotes.set_off.set_apart`) and by the interpreter rule
(:mod:`quotes.interpreted`). Who the phrase gives as the source, the speaker of its row,
is read here too (:func:`according_speaker`, for :class:`quotes.matchers.SpeakerMatcher`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.according_names import according_body_named
from quotes.cue_words import source_preposition
from quotes.deps import SUBJECT_OR_EXPL
from quotes.language import word_list
from quotes.mentions import entity_at
from quotes.name_spans import TITLES
from quotes.source_words import AUTHORING, ISSUING
from quotes.subtrees import subtree, subtree_indices
from quotes.work_owners import that_clause_verb

#: Verbs by which a work is made or issued (`published`, `compiled`): their participle
#: set off after an `according to` source describes it.
_MAKING = ISSUING | AUTHORING
#: Fewest words (and the full stop) of a clause reported after such a participle.
_SHORTEST_CLAUSE = 3
#: Demonstratives that point back to what the text said before them (`That`, `This`).
_DEMONSTRATIVES = word_list("demonstratives")
#: The clitic forms of `is` that may carry the pointer's `be`.
_BE_CLITICS = word_list("be-clitics")


def pointed_back(cue: Token) -> Token | None:
    """Rule according-to-pointer: the demonstrative subject of `be` whose complement is
    the `according to` phrase, which stands for what the text said before it; PolNeAR
    annotates the demonstrative as the content. Shape: a sentence that opens `That|This
    is according to X`: `Turnout fell by a third. That's according to the county clerk`
    gives `That`."""
    if cue.i < 2:
        return None
    subject, be = cue.doc[cue.i - 2], cue.doc[cue.i - 1]
    # the parse may leave a clitic `’s` its own form as lemma, and make `according` the
    # root with `be` its auxiliary
    if not (be.lemma_ == "be" or be.lower_ in _BE_CLITICS):
        return None
    if subject.dep_ != "nsubj" or subject.lower_ not in _DEMONSTRATIVES:
        return None
    # the pointer opens its sentence: `That's according to`, not `… than that is …`
    return subject if subject.i == subject.sent.start and subject.pos_ in ("PRON", "DET") else None


def according_host(cue: Token) -> tuple[list[Token], Token]:
    """The words of the clause `according to X` is set into, without the phrase, and the
    clause's head (its verb, else the root).

    `According to police, the driver was not hurt` / `The fire started in the kitchen,
    according to the chief` / `Turnout, according to the clerk, was high`.
    """
    if cue.dep_ == "ROOT":
        return _after_according(cue)
    cut = _cut_work_clause(cue)
    if cut is not None:
        return cut
    head = _closing_host(cue) or cue.head
    while head.dep_ != "ROOT" and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head
    skip = set(subtree_indices(cue))
    described = _source_participle(cue)
    rest = [] if described is None else cue.doc[described.end + 1 : cue.sent.end]
    verb = next((t for t in rest if t.pos_ in ("VERB", "AUX")), None)
    if described is not None and verb is not None:
        # `According to the council's schedule, published on its website, the dams …`
        skip.update(range(described.start, described.end + 1))
        if head.i in skip:  # the parse made the participle the root
            return [t for t in rest if t.i not in skip], verb
    named = named_after(cue) or _body_named_after(cue)
    if named is not None:
        # `, Dr. Marta Kowalczyk,`: from the comma after the phrase to the one after the name
        skip.update(range(cue.right_edge.i + 1, named.end + 1))
        if head.i in skip:
            # the parse made the name the root: the clause after it is the one reported
            rest = cue.doc[named.end + 1 : cue.sent.end]
            head = next((t for t in rest if t.pos_ in ("VERB", "AUX")), head)
            return [t for t in rest if t.i not in skip], head
    return [cue.doc[i] for i in subtree_indices(head) if i not in skip], head


def _source_participle(cue: Token) -> Span | None:
    """Rule according-source-participle: a participle phrase set off by commas right after
    an opening `according to X`, which describes the source, not the clause reported:
    `According to the council's schedule, published on its website every Friday, the
    dams are at 31 percent` reports `the dams are at 31 percent`. Read from the words
    (the parser hangs the phrase on the clause's verb or makes it the root): a past
    participle of making or issuing a work (:data:`_MAKING`) after the phrase's comma, up
    to the next comma, with a clause after that; None otherwise."""
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    doc = cue.doc
    at = to.right_edge.i + 1 if to is not None else len(doc)
    if at + 1 >= cue.sent.end or doc[at].text != ",":
        return None
    participle = doc[at + 1]
    # (a past tense to the tagger when the parser made it the root)
    if participle.tag_ not in ("VBN", "VBD") or participle.lemma_.lower() not in _MAKING:
        return None  # `According to police, injured in the crash, two men …`: the subject's
    words = doc[at + 1 : cue.sent.end]
    comma = next((t.i for t in words if t.text == ","), None)
    if comma is None or cue.sent.end - comma <= _SHORTEST_CLAUSE:
        return None
    return doc[at + 1 : comma]


def according_speaker(cue: Token, source: Token) -> Token | None:
    """Rule according-to's speaker: who the phrase `according to X` (or `…, per X`) gives
    as the source of its clause, from the phrase's object `source`. The person named
    after a description of the source speaks (:func:`named_after`: `According to the
    head of the union, Marta Kowalczyk, the strike will go ahead` is Kowalczyk's), else
    the object itself (`According to police, …`). None when the preposition gives no
    source (`4 per cent`, :func:`~quotes.cue_words.source_preposition`)."""
    if not source_preposition(cue):
        return None
    named = named_after(cue)
    return source if named is None else named.root


def named_after(cue: Token) -> Span | None:
    """Rule according-named: the person's name set off by commas after the description
    of the source in `according to X`: `According to the head of the union, Marta
    Kowalczyk, the strike will go ahead` is Kowalczyk's, and her name no part of what is
    reported (the parse hangs it on the clause's verb, as a second subject). Only where
    the clause after the name has a subject of its own: in `According to police, Ian
    Rees, 45, was arrested` the name is what the police report on. None when no name
    follows."""
    doc = cue.doc
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None or source.pos_ != "NOUN":
        return None
    at = to.right_edge.i + 1
    if at < cue.sent.end and doc[at].text == ",":
        at += 1  # after the comma that closes the phrase
    elif doc[at - 1].text != ",":
        return None  # (the parse may hang that comma inside the phrase)
    if at >= cue.sent.end:
        return None
    while at < cue.sent.end and doc[at].lower_ in TITLES:
        at += 1  # `Dr. Monique Arsenault-Boudreau`
    name = entity_at(doc[at]) if at < cue.sent.end else None
    if name is None or name.start != at or name.label_ != "PERSON" or name.end >= cue.sent.end:
        return None
    if doc[name.end].text != ",":
        return None
    verb = name.root.head
    if verb.i == cue.i:
        # the parse may hang the name on `According` as a second object of the phrase:
        # the clause it is set into is then the phrase's head's
        verb = cue.head
    others = [
        c for c in verb.children
        if c.dep_ in SUBJECT_OR_EXPL and not name.start <= c.i < name.end
    ]
    return name if others and verb.i > name.end else None


def _body_named_after(cue: Token) -> Span | None:
    """The body's name set off after the described source of an opening `according to`
    (:func:`~quotes.according_names.according_body_named`: `According to the union, the
    Syndicat des travailleurs de Studio Nord, 212 members voted yes`), no part of what
    the phrase reports."""
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    return None if to is None else according_body_named(to)


def _closing_host(cue: Token) -> Token | None:
    """Rule according-closing: `according to X` set off by a comma at the end of its
    sentence reports the whole sentence before it, whatever verb the parser hung it on:
    `Most voters said the levy was unfair, according to exit polls` is the polls' account
    of what voters said (the parse hangs the phrase on `was`, inside what they said), and
    `Ruiz ran the meeting and told aides he would quit, according to an aide` is the
    aide's account of both. None when the phrase does not close its sentence or follow a
    comma, or when the sentence's root is not before it."""
    sent, doc = cue.sent, cue.doc
    root = sent.root
    after = doc[cue.right_edge.i + 1 : sent.end]
    if (
        cue.i == sent.start
        or doc[cue.i - 1].text != ","
        or root.i >= cue.i
        or any(not (t.is_punct or t.is_space) for t in after)
    ):
        return None
    return root


def _cut_work_clause(cue: Token) -> tuple[list[Token], Token] | None:
    """Rule according-work-clause: when the parse cut the clause on the phrase's work
    (`that the Housing Guarantee Corp. (HGC) submitted to her office` in `According to
    data that …, the guarantor paid out …`) from the work and made it the clause the
    phrase is set into, the main clause after it, without the cut clause; None when the
    phrase's head is no such clause (:func:`~quotes.work_owners.that_clause_verb`)."""
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    work = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
    found = None if work is None else that_clause_verb(work)
    if found is None or found[0].i != cue.head.i or cue.head.dep_ != "advcl":
        return None
    host = cue.head.head
    skip = set(subtree_indices(cue.head))
    return [t for t in subtree(host) if t.i not in skip and t.i > cue.head.right_edge.i], host


def _after_according(cue: Token) -> tuple[list[Token], Token]:
    """Rule according-root: when the parser makes a leading `according to X` the root of
    its sentence and hangs the clause on it, the words after the phrase and its comma,
    and their first verb (else their first word): `According to a survey by the state
    office, older voters lean left in the north` reports `older voters lean …`."""
    to = next((c for c in cue.children if c.lower_ == "to"), cue)
    rest = [t for t in cue.sent if t.i > to.right_edge.i]
    if not rest or not rest[0].is_punct:
        return [], cue
    head = next((t for t in rest if t.pos_ in ("VERB", "AUX")), rest[0])
    return rest, head
