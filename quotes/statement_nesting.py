"""Reported speech, last step: which statements stand on their own. A statement whose cue
lies inside another's content is part of that one (`Officials said voters think the tax
is unfair`), unless it is the object's statement, an act holds it, or `according to X`
passes it on (:func:`relays_statement`). Called by :func:`quotes.reported.find_reported`
on the statements of all its rules together.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotes.clause_bounds import Content
from quotes.cue_classes import cue_class
from quotes.found import Found
from quotes.language import word_list
from quotes.span_index import Spans
from quotes.unattributed import unattributed

if TYPE_CHECKING:
    from quotes.reported import Reported


def outermost(found: list[Reported], text: str) -> list[Reported]:
    """The statements whose cue is not inside another statement's content (`text` is
    their doc's).

    `Officials said voters think the tax is unfair`: the voters' belief is part of what
    the officials said, not an attribution of its own. An object that holds a clause
    statement with a source of its own in a clause is that statement (`He accused Smith of
    saying that …` reports the saying, see :func:`_takes_object_place`); but
    `Supporters expressed outrage that delegates appeared unwilling` is the supporters'
    outrage, and so is `Officials rejected the company's claim that …` the officials'.
    """
    found = _outer_cues(found)
    clause_cues = sorted(r.cue.idx for r in found if _takes_object_place(r))
    found = [r for r in found if not (_by_object(r) and _any_between(clause_cues, r.start, r.end))]
    # each statement's cue looked up among the spans near it, not among all statements
    spans = Spans([(r.start, r.end) for r in found])
    # a relay that is no attribution passes nothing on
    relays = _by_span([r for r in found if is_relay(r) and not unattributed(r, text)])
    relay_spans = Spans(list(relays))
    acts = Spans([(r.start, r.end) for r in found if cue_class(r.cue) == "act"])
    return [
        r for r in found
        if len(spans.overlapping(r.cue.idx, r.cue.idx + 1)) - _acts_around(r, acts)
        == int(holds(r, r.cue)) + sum(
            relays_statement(o, r)
            # only a relay whose content holds the statement's cue can pass it on
            for span in relay_spans.overlapping(r.cue.idx, r.cue.idx + 1)
            for o in relays[span]
        )
    ]


def _by_span(statements: list[Reported]) -> dict[tuple[int, int], list[Reported]]:
    """The statements by their content's span, each span once, in the order given."""
    by_span: dict[tuple[int, int], list[Reported]] = {}
    for r in statements:
        by_span.setdefault((r.start, r.end), []).append(r)
    return by_span


def _acts_around(statement: Reported, acts: Spans) -> int:
    """Rule statement-in-act: how many acts' contents hold a statement's cue and its
    source, one that says or thinks something for itself in an adverbial clause (`after
    X found …`). An act is no statement, and what someone says in a clause of time or
    reason that the parse hung inside its content is still theirs:
    `Thamesmere Water has been fined and ordered to return £40m to customers after the
    regulator found it had failed …` (the regulator's finding, inside what the company
    was ordered to do). A cue whose source is the act's own stays the act's (`declined
    to comment on reports that …`)."""
    cue = statement.cue
    if statement.speaker is None or cue_class(cue) not in ("speech", "thought"):
        return 0
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" for c in cue.children):
        return 0
    at = statement.speaker.idx
    return sum(start <= at < end for start, end in acts.overlapping(cue.idx, cue.idx + 1))


#: Verbs by which an outlet passes on what someone else said (`reported`).
_PRESS_RELAYS = word_list("press-relays")


def is_relay(statement: Reported | Found) -> bool:
    """Whether a statement is `according to X`'s account of its clause, or an outlet's
    report that closes the sentence after it (rule press-relay: `Rana Haddad said the
    council had cut the budget twice, the agency reported` passes Haddad's statement on,
    as `according to the agency` would; :func:`relays_statement` says which statements
    inside it are passed on, those that end before its cue)."""
    if statement.method.startswith("according-to"):
        return True
    cue = statement.cue
    return (
        statement.method.startswith("reported:")
        and cue.pos_ == "VERB"
        and cue.dep_ == "ROOT"
        and cue.lemma_ in _PRESS_RELAYS
        and statement.end <= cue.idx
    )


def mark_relayed(statements: list[Found]) -> None:
    """Mark each statement a relay passes on (:func:`relays_statement`) and the relay:
    `Found.relays`, `Found.relayed_by` (the last relay that passes it on). Each relay
    asks only the statements whose cue lies in its content, not every statement: a text
    of thousands of `according to X` statements asked the square of their number."""
    by_cue = sorted((f for f in statements if f.cue is not None), key=lambda f: f.cue.idx)
    cue_starts = [f.cue.idx for f in by_cue]
    for relay in filter(is_relay, statements):
        inside = by_cue[bisect_left(cue_starts, relay.start) : bisect_left(cue_starts, relay.end)]
        for f in inside:
            if relays_statement(relay, f):
                relay.relays, f.relayed_by = True, relay


def relays_statement(relay: Reported | Found, statement: Reported | Found) -> bool:
    """Rule relayed-statement: a statement whose cue and content lie inside what
    `according to X` (or an outlet's closing `X reported`, :func:`is_relay`) reports is
    passed on by X: `Most tenants said the rent was too high,
    according to a survey`. PolNeAR's one row is the relay's (`--scope all`); a
    fact-checker publishes the tenants' statement as theirs, so the statements scope keeps
    it instead (`Found.relays`, `Found.relayed_by`). Only speech in a clause of its own is
    passed on: an act or stance inside, or what a cue is aimed at (`Aides voiced anger at
    the coverage, according to a source`), stays the relay's; and only by a relay that
    closes the sentence after it: `According to foreign media, the allies have announced
    that …` is the media's account of an announcement, which the statements scope leaves
    out as relayed; unless the relay is a document that records what was said (rule
    document-relay: `According to the board's summary, he told the panel that he now
    understood the harm`, :func:`_document`), which passes a statement on wherever it
    stands, as an arrest affidavit or a court filing does."""
    return (
        relay is not statement
        and (statement.end <= relay.cue.idx or _document(relay))
        and not _by_object(statement)
        and cue_class(statement.cue) == "speech"
        and relay.start <= statement.start
        and statement.end <= relay.end
        and holds(relay, statement.cue)
    )


#: Documents that record what someone said (`summary`, `readout`, `affidavit`).
_DOCUMENTS = word_list("record-documents")


def _document(relay: Reported | Found) -> bool:
    """Whether `according to X` names a document that records what was said, not a person
    or a medium: `according to the summary`, `according to the court filing`."""
    source = relay.speaker
    head = getattr(source, "root", source)
    return (
        head is not None
        and head.pos_ == "NOUN"
        # `minutes`, whose lemma is `minute`
        and not _DOCUMENTS.isdisjoint((head.lemma_.lower(), head.lower_))
    )


def _outer_cues(found: list[Reported]) -> list[Reported]:
    """Of statements with the same content, those whose cue no other one's governs: in
    `conceded under questioning that the backlog had grown` the clause is what was
    conceded, not a second statement of `questioning`."""
    by_span = _by_span(found)
    return [
        r
        for r in found
        if not any(o is not r and o.cue in r.cue.ancestors for o in by_span[(r.start, r.end)])
    ]


def _takes_object_place(statement: Reported) -> bool:
    """Whether a statement with a source inside an object or topic is the statement
    instead of the object: one whose cue is a verb speaking in a clause of its own. A noun
    cue (`Officials rejected the company's claim that the river was clean`, `He cited her
    belief that …`) or a cue in a relative clause (:func:`_describes_noun`) only says which
    thing the object is: the object stays the statement of the verb that has it and the
    inner cue nests inside it, as PolNeAR keeps the outer attribution."""
    cue = statement.cue
    return (
        not _by_object(statement)
        and statement.speaker is not None
        and cue.pos_ not in ("NOUN", "PROPN")
        and not _describes_noun(cue)
    )


def _describes_noun(cue: Token) -> bool:
    """Whether a cue speaks inside a relative clause that describes a noun (`Cruz
    criticized a rule that critics say hurts farmers`, `She cited a report which found
    that …`, `a letter calling him unfit`). Not one that stands for its noun: in `He
    attacked what he calls a rigged system` the name is his own words, which a
    fact-checker publishes."""
    return cue.dep_ in ("relcl", "acl") or any(
        c.tag_ == "WDT" or (c.tag_ == "WP" and c.lower_ != "what") for c in cue.lefts
    )


def _any_between(points: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted `points` lies in `[start, end)`."""
    k = bisect_left(points, start)
    return k < len(points) and points[k] < end


def _by_object(statement: Reported | Found) -> bool:
    return statement.method.startswith(
        ("reported-object", "reported-topic", "reported-noun-topic")
    )


def holds(span: Reported | Content, token: Token) -> bool:
    """Whether the token is a word of a statement's (or a content's) span."""
    return span.start <= token.idx < span.end
