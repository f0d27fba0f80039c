"""Reported speech: `X said (that) <clause>` and its relatives, in four steps.

For each cue with a speaker (from :mod:`quotes.matchers`), what its complement says
(:mod:`quotes.complements`: the clause of `said that …`, the object complement of
`called the plan "a disaster"`, the infinitive of `promised to …`, the `that`-clause of
a noun cue or a light verb, the clause around `according to X`, what a stance cue is
aimed at, :mod:`quotes.cue_objects`), with the other pieces a parenthetical cue splits
off (:mod:`quotes.set_off`) or, for a passive, the subject apart from what is said of it
(:mod:`quotes.said_of`); then headline and transcript lines (`Sanders: …`,
:mod:`quotes.colon_lines`); then statements the text gives no source for (`The bill is
expected to pass`, `X reportedly …`), which come with no speaker. Last, a statement
inside a direct quote is dropped, one that holds a quoted fragment is `mixed`, and a
statement whose cue lies inside another's content is part of that one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.around_quote import char_before
from quotes.clause_bounds import Content
from quotes.colon_lines import colon_statements
from quotes.complements import as_aside, complement_and_clause
from quotes.cue_classes import cue_class
from quotes.found import MARKS, Found
from quotes.interpreted import interpreted_relay
from quotes.label_speakers import LabelPeople, section_label
from quotes.language import word_list
from quotes.matchers import CueSpeaker
from quotes.said_of import said_of, unsourced_content
from quotes.set_off import set_apart
from quotes.span_index import Spans
from quotes.titles import is_title
from quotes.unattributed import unattributed

#: The method prefix of each rule's statements (else `reported-<rule>`).
_KINDS = {"clause": "reported", "noun-clause": "reported", "according-to": "according-to"}


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported statement: content offsets into the doc text, its cue and speaker
    (none when the text gives no source: `The bill is expected to pass`)."""

    start: int
    end: int
    cue: Token
    speaker: Token | None
    method: str
    mixed: bool


def find_reported(
    doc: Doc,
    cues: dict[int, CueSpeaker],
    *,
    taken: list[tuple[int, int]],
    used_cues: set[int],
    fragments: list[tuple[int, int]],
    people: LabelPeople,
    unsourced: Sequence[int] = (),
    text: str | None = None,
) -> list[Reported]:
    """The reported statements of a doc's cues, and of the `unsourced` cues (token
    indices, see :func:`~quotes.unsourced.unsourced_cues`), which have no speaker.

    `taken` are the direct quotes' content spans: a complement mostly inside one is that
    quote, not reported speech; `fragments` are quoted spans that are not quotations of
    their own (content start, closing mark end): a statement holding one is `mixed`, and
    runs at least to its closing mark; `people` are the doc's, for its headline lines
    (:func:`~quotes.colon_lines.colon_statements`); `text` is the text `doc` was made
    from, when the caller has it (else joined once: spaCy joins `doc.text` anew from
    every token on each call).
    """
    taken_spans, fragment_spans = Spans(taken), Spans(fragments)
    text = doc.text if text is None else text
    found: list[Reported | None] = []
    for hit in cues.values():
        cue = doc[hit.cue]
        for piece in _pieces(cue, hit):
            if piece.rule in ("object", "topic") and any(t.i in used_cues for t in cue.subtree):
                continue
            if hit.method == "according-to" and interpreted_relay(cue, doc[hit.speaker], cues):
                continue  # each piece of the clause, also one the phrase splits off
            if hit.cue in used_cues and (
                taken_spans.overlapping(piece.start, piece.end)
                or _after_its_quote(text, cue, piece, taken_spans)
                or _quoted_title(text, piece, cue)
            ):
                continue
            kind = _KINDS.get(piece.rule, f"reported-{piece.rule}")
            method = f"{kind}:{hit.method}"
            found.append(_statement(
                piece, cue, doc[hit.speaker], method, taken_spans, fragment_spans
            ))
    attributions = [(hit.cue, hit.speaker) for hit in cues.values()]
    for content, colon, speaker in colon_statements(doc, people):
        # `Frustration with police: activists say …` is the activists' statement, but
        # `Tom Hale: Ada thinks …` is Tom Hale's; a section label or a
        # dateline in capitals is no one's (`KESARPUR: The line will be late, officials
        # said`)
        # a hard-wrapped line ends before its sentence does
        end = max(content.end, doc[min(colon.i + 1, len(doc) - 1)].sent.end_char)
        if section_label(speaker.text, content.start, end, doc, attributions):
            continue
        named = speaker.pos_ == "PROPN"
        if named or not any(_holds(content, doc[i]) for i in cues):
            found.append(_statement(
                content, colon, speaker, "reported-colon", taken_spans, fragment_spans
            ))
    for i in unsourced:
        for content in unsourced_content(doc[i]):
            method = f"unsourced:{content.rule}"
            found.append(_statement(
                content, doc[i], None, method, taken_spans, fragment_spans
            ))
    return [
        r for r in _outermost([r for r in found if r is not None], text)
        if not unattributed(r, text)
    ]


#: What may stand between a quote and the cue that signs it after it, besides the
#: speaker: closing marks, commas and spaces (`"…," Ruiz said`), no sentence end.
_SIGNING = re.compile(r"[^.!?\n]*")


def _after_its_quote(text: str, cue: Token, piece: Content, taken: Spans) -> bool:
    """Whether a piece comes after a cue that signs a direct quote just before it in its
    sentence, so that the cue's words are the quote and the piece the writer's gloss of
    it, a translation in brackets, after a dash or in `meaning …`: `"Hamne jo kaha,"
    Mr Bhoi said (What we said, we did)`, `"Lugi na kami," she said — they lose money
    before the harvest`, `"…," he said, meaning the matter was about rice`: the piece is
    set off by a bracket, a dash or a comma. Not a clause before the quote it leads to
    (`Ruiz said the plan was dead: "It's over."`), nor one the cue takes as its own
    (`"…!" Ruiz promised that the bill would pass`: the quote was no statement of it).
    `text` is the doc's text."""
    if piece.start < cue.idx or char_before(text, piece.start) not in _SETTING_OFF:
        return False
    for _, end in taken.overlapping(max(0, cue.idx - _SIGNED_WITHIN), cue.idx):
        closing = end + 1 if text[end : end + 1] in MARKS else end
        if end <= cue.idx and _SIGNING.fullmatch(text, closing, cue.idx):
            return True
    return False


#: What may stand around a quoted title's marks in a piece: spaces and a full stop.
_TITLE_EDGES = " \t.,"


def _quoted_title(text: str, piece: Content, cue: Token) -> bool:
    """Rule show-after-quote: a piece of a cue that signs a direct quote of its own that
    is nothing but a quoted title with words between it and the cue, the show or paper
    the words were said on or to: `"The levy is a swindle," Ortiz said Sunday on Channel
    9's "Face the Week."` (the parser reads the title's verb as the cue's complement)
    reports nothing more. Not the rest of a quote the cue splits (`"We will win," Ortiz
    said, "Every Single Seat."`)."""
    start, end = piece.start, piece.end
    while start > 0 and text[start - 1] in _TITLE_EDGES:
        start -= 1
    while end < len(text) and text[end] in _TITLE_EDGES:
        end += 1
    if not (start > 0 and text[start - 1] in MARKS and text[end : end + 1] in MARKS):
        return False
    between = text[cue.idx + len(cue) : start - 1]
    return any(c.isalpha() for c in between) and is_title(text[piece.start : piece.end])


#: What sets off a writer's gloss after a cue: `said (…)`, `said — …`, `said, meaning …`.
_SETTING_OFF = frozenset("([—–-,")
#: How far before its cue a quote the cue signs may end, in characters (the speaker's
#: description stands between: `"…," a spokesperson for the regional council said`).
_SIGNED_WITHIN = 120


def _pieces(cue: Token, hit: CueSpeaker) -> list[Content]:
    """What a cue with a speaker reports, in as many pieces as the text splits it into:
    a passive cue says what it says of its subject (`The plan was criticized by the
    mayor`), other cues report their complement and what a parenthetical cue sets apart;
    a passive `as` aside reports the clause it is set into, as an active one does (`As
    reported by the Gazette, the mill closed in May`).
    """
    if hit.method in ("passive-agent", "passive-by") and not as_aside(cue):
        return [c for c in said_of(cue, "passive") if c is not None]
    content, clause = complement_and_clause(cue)
    return [] if content is None else [content, *set_apart(cue, content, clause)]


def _statement(
    content: Content,
    cue: Token,
    speaker: Token | None,
    method: str,
    taken: Spans,
    fragments: Spans,
) -> Reported | None:
    """The statement of a cue's content; none when it belongs to a direct quote (the cue
    or most of the content inside one), unless it reports the quote with its speaker
    (`"…," the coach told journalists, according to AFP`). Mixed when it holds a quoted
    fragment, and then it runs from the fragment's opening mark, when it starts with
    one, at least to its closing mark."""
    start, end = content.start, content.end
    near = taken.overlapping(start, end)
    relayed = content.rule == "according-to" and any(start <= a and b < end for a, b in near)
    if content.rule == "according-to" and not relayed:
        # `"It was over. We knew it," the chief told reporters, according to the Gazette`:
        # the parse ends a sentence inside the quote, the relay reaches back to its start
        begun = [a for a, b in near if a < start < b < end]
        if begun:
            start, relayed = min(begun), True
    if not relayed and (
        taken.overlapping(cue.idx, cue.idx + 1)
        or any(_overlap((start, end), t) > 0.5 * (end - start) for t in near)
    ):
        return None
    if not relayed and speaker is not None and _quoted_source(cue, speaker, fragments):
        return None
    held = [close for _, close in fragments.starting_in(start, end)]
    if (taken if relayed else fragments).starting_in(start, start + 1):
        # open with the quote's mark, as the closing one is inside
        start = _opening_mark(cue.doc, start)
    return Reported(start, max([end, *held]), cue, speaker, method, bool(held) or relayed)


def _quoted_source(cue: Token, speaker: Token, fragments: Spans) -> bool:
    """Rule quoted-source: a cue and its speaker inside one quoted fragment report
    nothing of their own.

    `Wu opposed the rule "because I think it hurts renters"`, `a sign that read "We
    know what you did"`: `I think …` is part of the words quoted, whose own row (mixed,
    with the quote's speaker) holds them; a row of its own would give a pronoun of the
    quote as a source. A quoted cue word alone is still a cue (`urged voters to
    "reject" the plan`: the speaker is outside the marks)."""
    return any(
        a <= cue.idx < b and a <= speaker.idx < b
        for a, b in fragments.overlapping(cue.idx, cue.idx + 1)
    )


def _opening_mark(doc: Doc, start: int) -> int:
    """Where the quote mark before a quote's first word starts, else that word."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first) or first.start == 0:
        return start
    mark = doc[first.start - 1]
    return mark.idx if mark.is_quote else start


def _outermost(found: list[Reported], text: str) -> list[Reported]:
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
    relays = [r for r in found if is_relay(r) and not unattributed(r, text)]
    acts = Spans([(r.start, r.end) for r in found if cue_class(r.cue) == "act"])
    return [
        r for r in found
        if len(spans.overlapping(r.cue.idx, r.cue.idx + 1)) - _acts_around(r, acts)
        == int(_holds(r, r.cue)) + sum(relays_statement(o, r) for o in relays)
    ]


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


def is_relay(statement: Reported | Found) -> bool:
    """Whether a statement is `according to X`'s account of its clause."""
    return statement.method.startswith("according-to")


def relays_statement(relay: Reported | Found, statement: Reported | Found) -> bool:
    """Rule relayed-statement: a statement whose cue and content lie inside what
    `according to X` reports is passed on by X: `Most tenants said the rent was too high,
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
        and _holds(relay, statement.cue)
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
    by_span: dict[tuple[int, int], list[Reported]] = {}
    for r in found:
        by_span.setdefault((r.start, r.end), []).append(r)
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


def _holds(span: Reported | Content, token: Token) -> bool:
    """Whether the token is a word of a statement's (or a content's) span."""
    return span.start <= token.idx < span.end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
