"""The subject of a cue closing its sentence, which the parser hung inside the clause
the cue reports: `The dam is safe, the Minister of State with responsibility for the
Office of Public Works, Tom Hale, said yesterday` (the description read as an apposition
of `dam`, the name of `Office`), `The town will be protected by raised walls rather than
a barrier, the minister, Ana Ruiz, said` (the description read as a third thing the town
is protected by, the cue as a second verb of the clause). Called from
:func:`quotes.parse_repairs.repair_tags`; the other subject repairs are listed in
:mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.closing_cue_repairs import OWN_OBJECTS
from quotes.deps import ANY_SUBJECT
from quotes.rehead import Move, rehead_all
from quotes.subject_repairs import FINITE_VERB

#: Tags of the word that opens a description standing for its speaker (`the minister`,
#: `its chief executive`).
_DESCRIPTION_OPENERS = frozenset({"DT", "PRP$"})


def closing_subject_read_into_clause(verb: Token) -> None:
    """Rule closing-subject-read-into-clause: a cue that closes its sentence after a comma
    (only when or where it was said after it), with no subject, after phrases set off by
    commas that are noun phrases with no verb, the first opening with a determiner or a
    possessive (`the minister`, `the company's chief executive`), before them a clause
    with a subject of its own: the first phrase is the cue's subject, the others its
    appositions (`Tom Hale`), the clause what it reports."""
    doc = verb.doc
    sent = verb.sent
    if verb.tag_ not in FINITE_VERB or any(c.dep_ in ANY_SUBJECT for c in verb.children):
        return
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in OWN_OBJECTS and c.i > verb.i for c in verb.children) or any(
        not (t.is_punct or t.is_space or verb.is_ancestor(t)) for t in doc[verb.i + 1 : sent.end]
    ):
        return
    phrases = _phrases_before(verb)
    first = next(
        (k for k, (span, _) in enumerate(phrases) if span[0].tag_ in _DESCRIPTION_OPENERS), None
    )
    if first is None:
        return
    phrases = phrases[first:]
    clause = doc[sent.start : phrases[0][0].start - 1]
    root = _clause_root(clause)
    if root is None:
        return
    subject = phrases[0][1]
    moves: list[Move] = []
    if verb.dep_ != "ROOT":
        moves.append((verb, verb, "ROOT"))
        moves += [(c, verb, None) for c in root.children if c.i >= clause.end]
    moves.append((root, verb, "ccomp"))
    moves.append((subject, verb, "nsubj"))
    moves += [(head, subject, "appos") for _, head in phrases[1:]]
    for span, head in phrases:
        moves += [(t, head, None) for t in span if t.i != head.i and not _inside(t.head, span)]
    moves += [(doc[span.start - 1], verb, "punct") for span, _ in phrases]
    moves.append((doc[verb.i - 1], verb, "punct"))
    rehead_all(moves)


def _phrases_before(verb: Token) -> list[tuple[Span, Token]]:
    """The noun phrases set off by commas right before a cue, nearest last, each with its
    head noun: a phrase with no verb and one noun or name whose head is outside it, the
    other words outside it only prepositions the parser hung elsewhere."""
    doc = verb.doc
    commas = [t.i for t in doc[verb.sent.start : verb.i] if t.text == ","]
    phrases: list[tuple[Span, Token]] = []
    for left, right in zip(reversed(commas[:-1]), reversed(commas[1:]), strict=True):
        span = doc[left + 1 : right]
        heads = _heads(span)
        nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN")]
        if (
            not len(span)
            or any(t.pos_ in ("VERB", "AUX") for t in span)
            or len(nouns) != 1
            or any(t.pos_ != "ADP" for t in heads if t.i != nouns[0].i)
        ):
            break
        phrases.insert(0, (span, nouns[0]))
    return phrases


def _clause_root(clause: Span) -> Token | None:
    """The one verb heading a clause that has a subject of its own, or None."""
    heads = _heads(clause)
    if len(heads) != 1 or heads[0].pos_ not in ("VERB", "AUX"):
        return None
    root = heads[0]
    return root if any(c.dep_ in ANY_SUBJECT for c in root.children) else None


def _heads(span: Span) -> list[Token]:
    """The words of `span` whose head is outside it, or that head their sentence."""
    return [t for t in span if not _inside(t.head, span) or t.head.i == t.i]


def _inside(token: Token, span: Span) -> bool:
    """Whether `token` is one of the words of `span`."""
    return span.start <= token.i < span.end


def closing_subject_read_as_apposition(verb: Token) -> None:
    """Rule closing-subject-read-as-apposition: `Fuego had produced 14 explosions an hour
    and sent two flows down the Las Lajas ravine, the National Institute of Seismology,
    Volcanology, Meteorology and Hydrology (INSIVUMEH) said on Monday.`: a body's name
    that lists its fields with commas keeps the cue's subject from being read as set off
    by commas alone; the parser hangs it as an apposition on the last noun of the clause
    and joins the cue to the clause's verb. A finite cue with no subject, joined to its
    sentence's root before it and closing the sentence (only when or where after it),
    right after a noun phrase (its acronym in brackets aside) that a determiner or a
    possessive opens after a comma and that the parse made an apposition, is the root:
    that phrase its subject, the clause before the comma what it reports."""
    doc = verb.doc
    root = verb.head
    if verb.dep_ != "conj" or root.dep_ != "ROOT" or root.i > verb.i:
        return
    if verb.tag_ not in FINITE_VERB or any(c.dep_ in ANY_SUBJECT for c in verb.children):
        return
    # the conjunct before the cue (`… produced … and sent …, the Institute said`) may
    # have its `and`; one between it and the cue makes the cue a verb of the same subject
    before = max((c.i for c in root.children if c.dep_ == "conj" and c.i < verb.i), default=root.i)
    if any(c.dep_ in ("cc", "preconj") and before < c.i < verb.i for c in root.children):
        return  # `… and warned that …`
    after = doc[verb.i + 1 : verb.sent.end]
    if any(c.dep_ in OWN_OBJECTS and c.i > verb.i for c in verb.children) or any(
        not (t.is_punct or t.is_space or verb.is_ancestor(t)) for t in after
    ):
        return
    last = verb.i - 1
    if doc[last].text == ")":
        # `(INSIVUMEH)`: the acronym in brackets after the name
        opening = next((k for k in range(last - 1, max(verb.sent.start, last - 6), -1)
                        if doc[k].text == "("), None)
        if opening is None:
            return
        last = opening - 1
    subject = next(
        (a for a in (doc[last], *doc[last].ancestors) if a.dep_ == "appos" and a.head.i < a.i),
        None,
    )
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    opens = subject.left_edge.i
    if opens < 1 or doc[opens - 1].text != "," or doc[opens].tag_ not in _DESCRIPTION_OPENERS:
        return
    if any(t.pos_ in ("VERB", "AUX") for t in doc[opens:last + 1]):
        return
    rehead_all([
        (verb, verb, "ROOT"),
        (root, verb, "ccomp"),
        (subject, verb, "nsubj"),
        (doc[opens - 1], verb, "punct"),
    ])
