"""Reported speech: `X said (that) <clause>` and its relatives.

A cue with a speaker (from :mod:`quotes.matchers`) reports what its complement says:
the clause of `said that …`, the object complement of `called the plan "a disaster"`,
the infinitive of `promised to …`, the `that`-clause of a noun cue (`Russian claims
that …`) or of a light verb (`made the case that …`), or the main clause around
`according to X`; a short name and a colon opening a headline or transcript line say
what follows (`Sanders: …`). The content is that span, trimmed of `that` and edge
punctuation; it is `mixed` when it holds a quoted fragment. Statements the text gives no
source for (`The bill is expected to pass`, `X reportedly …`) come with no speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from spacy.tokens import Doc, Token

from quotes.language import word_list
from quotes.matchers import (
    ISSUED,
    OBJECT_CUES,
    CueSpeaker,
    addressed_participle,
    inverted_speaker,
    light_word,
    second_act,
    token_indices,
)
from quotes.unattributed import unattributed

#: Dependents that continue a reported object: `accused him *of lying*`, `urged voters *to
#: vote*`.
_RUN_ON = frozenset({"prep", "xcomp", "oprd", "ccomp"})
#: Prepositions that introduce what a cue is about: `spoke about`, `called for`, `argued
#: against`, `complained over`; `to` only after the verbs in :data:`TOPIC_TO_CUES`, `on`
#: only after those in :data:`TOPIC_ON_CUES`.
_TOPIC_PREPS = word_list("topic-prepositions")
#: Cues whose `to` introduces a topic, not an addressee: `pointed to`, `responded to`.
TOPIC_TO_CUES = word_list("topic-to-cues")
#: Cues whose `on` introduces a topic, not a time: `commented on`, `focused on`.
TOPIC_ON_CUES = word_list("topic-on-cues")
#: Cue lemmas whose direct object is a thing, not what is said: discovery (`found cracks`),
#: keeping and going on (`maintained its lead`, `began the tour`), adding (`added a stop`).
THING_OBJECT_CUES = word_list("thing-object-cues")
#: The method prefix of each rule's statements (else `reported-<rule>`).
_KINDS = {"clause": "reported", "noun-clause": "reported", "according-to": "according-to"}
#: Cues of going on or starting, whose infinitive is not what is reported: `continued to
#: say`, `began to speak` (the inner cue reports it).
ASPECTUAL_CUES = word_list("aspectual-cues")


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
    unsourced: Sequence[int] = (),
) -> list[Reported]:
    """The reported statements of a doc's cues, and of the `unsourced` cues (token
    indices, see :func:`~quotes.matchers.unsourced_cues`), which have no speaker.

    `taken` are the direct quotes' content spans: a complement mostly inside one is that
    quote, not reported speech; `fragments` are quoted spans that are not quotations of
    their own (content start, closing mark end): a statement holding one is `mixed`, and
    runs at least to its closing mark.
    """
    taken_spans, fragment_spans = Spans(taken), Spans(fragments)
    found: list[Reported | None] = []
    for hit in cues.values():
        cue = doc[hit.cue]
        for piece in _pieces(cue, hit):
            if piece.rule in ("object", "topic") and any(t.i in used_cues for t in cue.subtree):
                continue
            if hit.cue in used_cues and taken_spans.overlapping(piece.start, piece.end):
                continue
            kind = _KINDS.get(piece.rule, f"reported-{piece.rule}")
            method = f"{kind}:{hit.method}"
            found.append(_statement(
                piece, cue, doc[hit.speaker], method, taken_spans, fragment_spans
            ))
    for content, colon, speaker in colon_statements(doc):
        # `Frustration with police: activists say …` is the activists' statement, but
        # `Bill Clinton: Hillary thinks …` is Bill Clinton's
        named = speaker.pos_ == "PROPN"
        if named or not any(_holds(content, doc[i]) for i in cues):
            found.append(_statement(
                content, colon, speaker, "reported-colon", taken_spans, fragment_spans
            ))
    for i in unsourced:
        for content in _unsourced_content(doc[i]):
            method = f"unsourced:{content.rule}"
            found.append(_statement(
                content, doc[i], None, method, taken_spans, fragment_spans
            ))
    return [r for r in _outermost([r for r in found if r is not None]) if not unattributed(r)]


def _pieces(cue: Token, hit: CueSpeaker) -> list[Content]:
    """What a cue with a speaker reports, in as many pieces as the text splits it into:
    a passive cue says what it says of its subject (`The plan was criticized by the
    mayor`), other cues report their complement and what a parenthetical cue sets apart.
    """
    if hit.method in ("passive-agent", "passive-by"):
        return [c for c in _said_of(cue, "passive") if c is not None]
    content = complement(cue)
    return [] if content is None else [content, *_set_apart(cue, content)]


#: Words before a colon that label what follows rather than say it (`Update: …`).
_LABELS = word_list("colon-labels")
#: Longest name (in words) that a colon makes a speaker, as in a headline.
_COLON_NAME = 6


def colon_statements(doc: Doc) -> list[tuple[Content, Token, Token]]:
    """Statements after a short name and a colon that open their line or sentence, as
    in headlines and transcripts: `Sanders: Brexit could draw Trump support in US`,
    `Clinton to Planned Parenthood: Trump will reverse Roe v. Wade` (the name before
    `to`). Each with its content, the colon and the speaker's head word."""
    out = []
    for colon in (doc[i] for i in token_indices(doc, "ORTH", frozenset(":"))):
        label = _colon_label(colon)
        if not label:
            continue
        words = []
        for token in doc[colon.i + 1 :]:
            if "\n" in token.text or (token.is_space and "\n" in token.whitespace_):
                break
            words.append(token)
            if token.is_sent_end or "\n" in token.whitespace_:
                break
        content = _trimmed(words, "colon")
        name = [t for t in label[: _first_prep(label)] if t.pos_ in ("PROPN", "NOUN")]
        if content is not None and name:
            out.append((content, colon, name[-1]))
    return out


def _colon_label(colon: Token) -> list[Token]:
    """The words between the start of the colon's line or sentence and the colon, when
    they can be a name: a few capitalised words with a noun and no verb."""
    doc = colon.doc
    start = colon.i
    while start > 0 and not _ends_line_or_sentence(doc[start - 1]):
        start -= 1
        if colon.i - start > _COLON_NAME:
            return []
    label = [t for t in doc[start : colon.i] if not t.is_space]
    if not label:
        return []
    if not label[0].text[:1].isupper() or label[0].lower_ in _LABELS:
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return []
    return label


def _ends_line_or_sentence(token: Token) -> bool:
    return token.text in (".", "?", "!") or "\n" in token.text + token.whitespace_


def _first_prep(label: list[Token]) -> int:
    """Where the name before a colon ends: at `to`, `at` or `on` (`Clinton to Planned
    Parenthood`), else its end."""
    return next((k for k, t in enumerate(label) if t.lower_ in ("to", "at", "on")), len(label))


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
    (`"…," the pope told reporters, according to Reuters`). Mixed when it holds a quoted
    fragment, and then it runs from the fragment's opening mark, when it starts with
    one, at least to its closing mark."""
    start, end = content.start, content.end
    near = taken.overlapping(start, end)
    relayed = content.rule == "according-to" and any(start <= a and b < end for a, b in near)
    if not relayed and (
        taken.overlapping(cue.idx, cue.idx + 1)
        or any(_overlap((start, end), t) > 0.5 * (end - start) for t in near)
    ):
        return None
    held = [close for _, close in fragments.starting_in(start, end)]
    if (taken if relayed else fragments).starting_in(start, start + 1):
        # open with the quote's mark, as the closing one is inside
        start = _opening_mark(cue.doc, start)
    return Reported(start, max([end, *held]), cue, speaker, method, bool(held) or relayed)


def _opening_mark(doc: Doc, start: int) -> int:
    """Where the quote mark before a quote's first word starts, else that word."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first) or first.start == 0:
        return start
    mark = doc[first.start - 1]
    return mark.idx if mark.is_quote else start


def _unsourced_content(cue: Token) -> list[Content]:
    """What an unsourced cue reports: the subject it is said of and the complement, apart
    (`The bill | is expected | to pass`, `The race | seemed | close`); under an empty `it`
    or for a passive participle (`Asked about the plan, …`) the cue's own complement; for
    a hearsay adverb the clause it qualifies (`The FBI is reportedly preparing an
    interview`)."""
    if cue.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in cue.children):
        # under an empty `it`, or what someone was asked: what the cue itself reports
        found = complement(cue)
        rule = "addressed" if addressed_participle(cue) else "empty-it"
        return [] if found is None else [Content(found.start, found.end, rule)]
    if cue.pos_ == "ADV":
        verb = cue.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        first = subjects[0].left_edge.i if subjects else min(cue.i, verb.i)
        found = _trimmed(list(cue.doc[first : _clause_end(verb).i + 1]), "hearsay")
        return [] if found is None else [found]
    passive = any(c.dep_ == "nsubjpass" for c in cue.children)
    of, said = _said_of(cue, "passive" if passive else "impression")
    # a view needs what it is: `The bill is expected` alone says nothing
    return [] if said is None else [c for c in (of, said) if c is not None]


#: Prepositions that say what is said of a passive's subject (`seen as a moderate`,
#: `accused of fraud`, `criticized for the delay`), not where, when or to whom
#: (`referred to the FBI`, `listed on the slate`, `argued in December`).
_SAID_OF_PREPS = word_list("said-of-prepositions")


def _said_of(cue: Token, rule: str) -> tuple[Content | None, Content | None]:
    """What a passive or impression cue says of its subject: the subject and what is said
    of it, apart, for the cue between them is neither (`The bill | is expected | to pass`,
    `The race | seemed | close`, `The plan | was criticized by the mayor`). An empty `it`
    is said of nothing (`It appears that the talks failed`)."""
    doc = cue.doc
    subjects = [
        c for c in cue.children if c.dep_ in ("nsubjpass", "nsubj") and c.lower_ != "it"
    ]
    heads = [
        c
        for c in cue.rights
        if c.dep_ in ("xcomp", "oprd", "ccomp", "acomp")
        or (c.dep_ == "prep" and c.lower_ in _SAID_OF_PREPS)
    ]
    of = (
        _trimmed(list(doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]), rule, 1)
        if subjects
        else None
    )
    said = (
        _trimmed(list(doc[heads[0].left_edge.i : _clause_end(heads[0]).i + 1]), rule, 1)
        if heads
        else None
    )
    return of, said


def _set_apart(cue: Token, content: Content) -> list[Content]:
    """The other pieces of a clause that a parenthetical cue splits, each a statement.

    `In his state, the governor said, first offenders are sent to treatment` reports
    `In his state` as well as the clause after the cue; `The mails were personal, she
    said, not work` reports `not work` too. The relative word a naming cue moved before
    its speaker is what it names: `the budget, which he called a disgrace`.
    """
    if content.rule == "naming":
        moved = _relative_object(cue)
        return [] if moved is None else [Content(moved.idx, moved.idx + len(moved), "set-apart")]
    split = _split_by(cue)
    if content.rule != "parenthetical" or split is None:
        return []
    pieces: list[list[Token]] = []
    for token in split[0]:
        if content.start <= token.idx < content.end:
            continue
        if pieces and pieces[-1][-1].i == token.i - 1:
            pieces[-1].append(token)
        else:
            pieces.append([token])
    found = (_trimmed(piece, "set-apart", shortest=1) for piece in pieces)
    return [c for c in found if c is not None]


class Spans:
    """`(start, end)` character spans (quotes, transcript lines), indexed so that a look-up
    walks only the spans near it, not all of them."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        #: The farthest end of the spans up to each one: a walk back stops where it is short.
        self.reach = list(accumulate((end for _, end in self.spans), max))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans sharing at least one character with `[start, end)`, by start."""
        found = []
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.reach[i] > start:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i -= 1
        return found[::-1]

    def starting_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans whose start lies in `[start, end)`."""
        return self.spans[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _outermost(found: list[Reported]) -> list[Reported]:
    """The statements whose cue is not inside another statement's content.

    `Officials said voters think the tax is unfair`: the voters' belief is part of what
    the officials said, not an attribution of its own. An object that holds a clause
    statement with a source is that statement: `Officials rejected Russian claims that …`
    reports the claims; but `Supporters expressed outrage that delegates appeared
    unwilling` is the supporters' outrage.
    """
    clause_cues = sorted(r.cue.idx for r in found if not _by_object(r) and r.speaker is not None)
    found = [r for r in found if not (_by_object(r) and _any_between(clause_cues, r.start, r.end))]
    # each statement's cue looked up among the spans near it, not among all statements
    spans = Spans([(r.start, r.end) for r in found])
    return [
        r for r in found
        if len(spans.overlapping(r.cue.idx, r.cue.idx + 1)) == int(_holds(r, r.cue))
    ]


def _any_between(points: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted `points` lies in `[start, end)`."""
    k = bisect_left(points, start)
    return k < len(points) and points[k] < end


def _by_object(statement: Reported) -> bool:
    return statement.method.startswith(
        ("reported-object", "reported-topic", "reported-noun-topic")
    )


def _holds(span: Reported | Content, token: Token) -> bool:
    """Whether the token is a word of a statement's (or a content's) span."""
    return span.start <= token.idx < span.end


class Content(NamedTuple):
    """What a cue reports: character bounds in the doc text and the rule that found it."""

    start: int
    end: int
    rule: str


def complement(cue: Token) -> Content | None:
    """What the cue reports, by the first rule that applies, trimmed of `that` and commas."""
    if cue.lower_ == "according":
        return _trimmed(_according_to(cue), "according-to")
    word = light_word(cue)
    if word is not None:
        return _trimmed(_light(cue, word), "light", shortest=1)
    split = _split_by(cue)
    if split is not None:
        return _trimmed(_contiguous_around(*split), "parenthetical")
    if _as_aside(cue):
        return _trimmed(_host_clause(cue, cue.head), "as")
    for rule in (_noun_clause, _naming, _clause, _predicate, _object, _topic, _noun_topic):
        heads = rule(cue)
        if heads:
            side = [h for h in heads if (h.i > cue.i) == (heads[-1].i > cue.i)]
            lo = min(h.left_edge.i for h in side)
            hi = max(_clause_end(h).i for h in side)
            name = rule.__name__.strip("_").replace("_", "-")
            shortest = 1 if rule in (_object, _topic, _noun_topic) else 2
            return _trimmed(list(cue.doc[lo : hi + 1]), name, shortest)
    moved = _moved_object(cue)
    return None if moved is None else Content(moved.idx, moved.idx + len(moved), "relative")


def _moved_object(cue: Token) -> Token | None:
    """The relative word a cue's object moved to, when the cue reports nothing else:
    `the bill, which he once supported`, `an aspect that voters view differently`."""
    if cue.dep_ != "relcl" or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > cue.i for c in cue.children):
        return None
    return _relative_object(cue)


def _relative_object(cue: Token) -> Token | None:
    """The relative word standing before a cue as its object (`which he called …`)."""
    return next((c for c in cue.lefts if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)


#: Prepositions that say what a light cue is about: `took aim at`, `doubts about`.
_LIGHT_PREPS = word_list("light-prepositions")


def _light(verb: Token, word: Token) -> list[Token]:
    """What a light cue reports: a `that`-clause on the verb or its word (`made clear
    that …`, `made the case that …`), else what the word or verb is about (`took aim at the
    budget`, `have doubts about his record`)."""
    doc = verb.doc
    for head in [*verb.children, *word.children]:
        if head.i != word.i and head.dep_ in ("ccomp", "acl", "advcl") and (
            head.left_edge.lower_ == "that"
        ):
            return list(doc[head.left_edge.i : _clause_end(head).i + 1])
    for prep in [*word.children, *verb.children]:
        if prep.dep_ == "prep" and prep.lower_ in _LIGHT_PREPS:
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    return list(doc[obj.left_edge.i : obj.right_edge.i + 1])
    return []


def _split_by(cue: Token) -> tuple[list[Token], Token] | None:
    """The words of a clause the cue is set into, without the cue's own words, and the
    clause's head; none when the cue stands outside what it reports.

    A parenthetical: `In the long run, many economists say, prices will rise`; a cue
    inside its own complement: `the tax, which officials said will rise` (`which` is the
    subject of `will rise`), `In most states, he said the law would pass`.
    """
    doc = cue.doc
    if not any(c.dep_ == "ccomp" for c in cue.children) and cue.dep_ == "parataxis":
        own = {cue.i} | {t.i for c in cue.children if not _leading_adjunct(c) for t in c.subtree}
        return [t for t in cue.head.subtree if t.i not in own], cue.head
    heads = [c for c in cue.rights if c.dep_ == "ccomp" and c.left_edge.i < cue.i]
    if not heads:
        return _set_off(cue)
    head = heads[0]
    own = {cue.i} | {t.i for c in cue.children if c.i != head.i for t in c.subtree}
    return [t for t in doc[head.left_edge.i : _clause_end(head).i + 1] if t.i not in own], head


#: Dependencies of a clause-opening adjunct: `At times`, `After the vote`, `Yesterday`.
_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


def _leading_adjunct(child: Token) -> bool:
    """Whether a parenthetical cue's dependent is an adjunct opening the sentence before
    the cue's subject, set off by a comma: the parse hangs it on the cue, but it belongs to
    what is reported (`At times, aides said, he would fume`)."""
    doc = child.doc
    end = child.right_edge.i
    return (
        child.dep_ in _ADJUNCTS
        and child.i < child.head.i
        and end + 1 < len(doc)
        and doc[end + 1].text == ","
        and (child.left_edge.i == 0 or doc[child.left_edge.i - 1].is_sent_end is True
             or doc[child.left_edge.i].is_sent_start is True)
    )


#: Most words between the commas that set a cue off: `, the governor's office said in a
#: statement on Tuesday,`.
_SET_OFF_WORDS = 14


def _set_off(cue: Token) -> tuple[list[Token], Token] | None:
    """The words of a sentence that a cue and its speaker, set off by commas, interrupt,
    and the first word after the cue's closing comma; whatever the parse made of it.

    `This kind of post, the network claimed, breaks its code` (which the parser may read
    as two conjoined clauses) / `The contrast, said Doyle, would be clear`.
    """
    doc = cue.doc
    sent = cue.sent
    lo = hi = cue.i
    while lo > sent.start and doc[lo - 1].text != ",":
        lo -= 1
    while hi < sent.end - 1 and doc[hi + 1].text != ",":
        hi += 1
    if lo - 1 <= sent.start or hi + 3 >= sent.end or hi - lo >= _SET_OFF_WORDS:
        return None
    inside = doc[lo : hi + 1]
    after = doc[hi + 2]
    if (
        doc[lo].tag_ in ("WDT", "WP", "WRB", "IN")
        or after.is_quote
        or after.tag_ in ("WDT", "WP", "WRB", "IN")
        or cue.dep_ in ("relcl", "acl")
        or any(t.tag_ == "MD" or t.is_quote or t.text in "—–-;:" for t in inside)
        or any(t.pos_ == "VERB" and t.i != cue.i for t in inside)
        or not (_speaker_before(cue, lo, hi) or _speaker_after(cue, hi))
    ):
        return None
    words = [t for t in sent if not lo - 1 <= t.i <= hi + 1]
    return words, after


def _speaker_before(cue: Token, lo: int, hi: int) -> bool:
    """Whether a set-off cue has its subject before it and nothing it says after it:
    `, the network claimed,` / `, he told reporters on Tuesday,`."""
    return (
        any(c.dep_ == "nsubj" and lo <= c.i for c in cue.lefts)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)
        and all(_aside(c) if c.i <= hi else c.dep_ in _MISREAD for c in cue.rights)
    )


#: How the parser may hang what a set-off cue interrupts on the cue: `This post, CNN
#: claimed, breaks its code` (`breaks` a conjunct of `claimed`).
_MISREAD = frozenset({"conj", "ccomp", "parataxis", "punct"})
#: Prepositions of a set-off cue's time, place or manner: `, she said in an interview,`.
_ASIDE_PREPS = word_list("aside-prepositions")
#: Whom a set-off `told` addresses: `, he told reporters,`.
_AUDIENCES = word_list("audiences")


#: Cues whose object is whom they address: `told reporters`, `assured donors`.
_ADDRESSING = word_list("addressing-cues")


def _addressee(child: Token) -> bool:
    """Whether an object of a cue is whom it was said to: a name, a pronoun or an
    audience after `told`, `assured`, `informed` (`told Congress`, `told reporters`)."""
    return child.head.lemma_.lower() in _ADDRESSING and (
        child.pos_ in ("PRON", "PROPN") or child.lemma_.lower() in _AUDIENCES
    )


def _aside(child: Token) -> bool:
    """Whether a dependent after a set-off cue says when, where or to whom it was said,
    not what: `Tuesday`, `in a statement`, `reporters` (of `told`)."""
    if child.dep_ == "prep":
        return child.lower_ in _ASIDE_PREPS
    if child.dep_ in ("dobj", "dative"):
        return _addressee(child)
    return child.dep_ in ("npadvmod", "advmod")


def _speaker_after(cue: Token, hi: int) -> bool:
    """Whether a set-off cue names its speaker right after it and what follows the
    commas is not that speaker's title: `, said Doyle,` but not `, said Mark Jones, a
    political scientist`."""
    name = inverted_speaker(cue)
    after = cue.doc[hi + 2]
    return (
        name is not None
        and name.end == hi + 1
        and not any(t.dep_ == "appos" for t in [after, *after.ancestors])
    )


def _trimmed(tokens: list[Token], rule: str, shortest: int = 2) -> Content | None:
    """The tokens' bounds without a leading `that` (`for`) or edge punctuation; none under
    `shortest` words."""
    while tokens and (
        tokens[0].is_punct
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "for"))
        or tokens[0].is_space
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < shortest:
        return None
    return Content(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), rule)


def _according_to(cue: Token) -> list[Token]:
    """The clause around `according to X`, without the phrase itself.

    `According to police, the driver was not hurt` / `The fire started in the kitchen,
    according to the chief`.
    """
    head = cue.head
    while head.dep_ != "ROOT" and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head
    return _host_clause(cue, head)


def _host_clause(cue: Token, head: Token) -> list[Token]:
    """The run of the head's clause around the head, without the cue's own words.

    For a cue set into the clause it reports as a parenthetical: `In the long run, many
    economists say, prices will rise` reports `prices will rise`; `The dam is safe,
    officials said` reports `The dam is safe`.
    """
    skip = set(t.i for t in cue.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    return _contiguous_around(tokens, head)


#: Cues that say something happened, not what: after `as` they tell when (`as he
#: spoke`, `as the crowd cheered`), not whose words the clause is.
_ACTIVITIES = word_list("activity-cues")


def _as_aside(cue: Token) -> bool:
    """Whether a cue reports the clause it is an `as` aside of: `As the Atlantic noted,
    trust in government is collapsing`, `…, as the Times reported on Tuesday`; not an `as`
    of time (`as he spoke`, `as the crowd cheered`)."""
    return (
        cue.dep_ == "advcl"
        and cue.head.pos_ in ("VERB", "AUX")
        and cue.tag_ != "VBG"
        and cue.lemma_.lower() not in _ACTIVITIES
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and not any(
            c.dep_ in ("ccomp", "dobj", "xcomp")
            or (c.dep_ == "prep" and c.lower_ not in _ASIDE_PREPS)
            for c in cue.children
        )
    )


def _noun_clause(cue: Token) -> list[Token]:
    """A noun cue's `that`-clause, its own or after `be`: `Russian claims that the convoy
    carried weapons`, `His view is that the tax will hurt farmers`."""
    if cue.pos_ != "NOUN":
        return []
    own = [c for c in cue.children if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"]
    if own or cue.dep_ != "nsubj" or cue.head.lemma_ != "be":
        return own
    return [
        c
        for c in cue.head.children
        if c.dep_ == "ccomp" and c.i > cue.i and c.left_edge.lower_ == "that"
    ]


def _naming(cue: Token) -> list[Token]:
    """A naming verb's object and what it is called: `Diaz called the plan "a
    disaster"`, `The mayor described the flood as "a catastrophe"` (mixed, the name
    quoted), `Bush called Trump unhinged` (indirect, in the writer's words)."""
    if cue.lemma_.lower() not in OBJECT_CUES:
        return []
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    names = [
        c
        for c in cue.rights
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    return objects[:1] + names[:1]


def _clause(cue: Token) -> list[Token]:
    """A verb cue's clause: `said (that) <clause>`, `<clause>, officials said`, a naming
    verb's object complement (`called the plan a disaster`), an infinitive (`promised to
    cut taxes`, `declined to comment`; with an object first, the object reports it: `urged
    voters to stay home`)."""
    lemma = cue.lemma_.lower()
    infinitive = lemma not in ASPECTUAL_CUES and not any(c.dep_ == "dobj" for c in cue.children)
    return [
        c
        for c in cue.children
        if c.dep_ == "ccomp"
        or (lemma in OBJECT_CUES and c.dep_ in ("oprd", "xcomp"))
        or (c.dep_ == "xcomp" and infinitive)
        # `called for her to quit`: a `for … to` clause
        or (c.dep_ == "advcl" and c.left_edge.lower_ == "for" and c.left_edge.i > cue.i)
    ] or _in_statement(cue)


def _in_statement(cue: Token) -> list[Token]:
    """The `that`-clause the parser hung on the statement a cue speaks through: `said in
    a statement that the mayor won't be bullied`, `wrote in a letter that …`."""
    return [
        clause
        for prep in cue.children
        if prep.dep_ == "prep" and prep.i > cue.i
        for work in prep.children
        if work.dep_ == "pobj" and work.lemma_.lower() in ISSUED
        for clause in work.children
        if clause.dep_ in ("acl", "ccomp", "relcl") and clause.left_edge.lower_ == "that"
        and clause.left_edge.dep_ == "mark"
    ]


def _predicate(cue: Token) -> list[Token]:
    """What an adjective cue after `be` reports: the clause hung on its `be` (`She is
    confident that the bill will pass`) or its own infinitive (`He is eager to leave`)."""
    if cue.dep_ != "acomp":
        return []
    clauses = [c for c in cue.head.rights if c.dep_ == "ccomp" and c.i > cue.i]
    return clauses or [c for c in cue.children if c.dep_ == "xcomp"]


def _object(cue: Token) -> list[Token]:
    """A verb cue's direct object with the complements that run on from it.

    `She praised the senator's plan`, `He accused Smith of lying`, `They urged voters to
    stay home`: what is reported is the object (and its `of`/`to` complement). A naming
    verb's object is what is named, not what is said (`called the plan a disaster`), some
    cues take things as objects (`found cracks`, see :data:`THING_OBJECT_CUES`), and a
    name after `told` is whom it was said to (`told Congress`).
    """
    if cue.pos_ == "NOUN" or cue.lemma_.lower() in OBJECT_CUES | THING_OBJECT_CUES:
        return []
    rights = list(cue.rights)
    objects = [i for i, c in enumerate(rights) if c.dep_ == "dobj"]
    if not objects:
        return []
    run = [rights[objects[0]]]
    for child in rights[objects[0] + 1 :]:
        if child.dep_ not in _RUN_ON or child.left_edge.i != run[-1].right_edge.i + 1:
            break
        run.append(child)
    # `She told reporters on Thursday …`: whom it was said to, not what
    return [] if _addressee(run[0]) and all(c.dep_ == "prep" for c in run[1:]) else run


def _topic(cue: Token) -> list[Token]:
    """The object of the preposition that says what an intransitive cue is about.

    `She spoke about the economy`, `He called for a recount`, `They pointed to the
    polls`.
    """
    if cue.pos_ == "NOUN":
        return []
    lemma = cue.lemma_.lower()
    for child in cue.rights:
        word = child.lower_
        if child.dep_ == "prep" and (
            word in _TOPIC_PREPS
            or (word == "to" and lemma in TOPIC_TO_CUES)
            or (word == "on" and lemma in TOPIC_ON_CUES)
        ):
            return [c for c in child.children if c.dep_ in ("pobj", "pcomp")][:1]
    return []


#: Prepositions after a noun cue that say what it is about or aims at: `attacks on`,
#: `his call for`, `her support for`, `their criticism of`.
_NOUN_TOPIC_PREPS = word_list("noun-topic-prepositions")


def _noun_topic(cue: Token) -> list[Token]:
    """What a noun cue is about or means to do, when no `that`-clause says it: the object
    of its preposition (`the senator's attacks on the budget`, `his call for a recount`)
    or its infinitive (`the board's decision to close the plant`)."""
    if cue.pos_ != "NOUN" or any(t.is_quote for t in cue.subtree):
        # a quoted phrase after the noun (`his call for "a total ban"`) is a quotation
        return []
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in _NOUN_TOPIC_PREPS:
            return [c for c in child.children if c.dep_ in ("pobj", "pcomp")][:1]
        if child.dep_ in ("acl", "relcl") and any(
            c.tag_ == "TO" and c.i < child.i for c in child.children
        ) and child.left_edge.i == cue.i + 1:
            return [child]
    return []


def _clause_end(head: Token) -> Token:
    """The clause's last token, leaving out a trailing adjunct set off by a comma.

    `Zelensky claimed that civilian sites were attacked, contrary to Russian claims …`:
    the reported clause ends at `attacked`.
    """
    for child in head.rights:
        before = head.doc[child.left_edge.i - 1]
        if child.dep_ in ("prep", "advcl", "advmod", "npadvmod") and before.text == ",":
            return head.doc[before.i - 1]
        if second_act(child):
            # `Paul said the plan would cost billions and called him reckless`
            end = child.left_edge.i - 1
            while end > head.i and head.doc[end].dep_ in ("cc", "punct"):
                end -= 1
            return head.doc[end]
    return head.right_edge


def _contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive token indices that contains the head."""
    ids = [t.i for t in tokens]
    if head.i not in ids:
        return []
    at = ids.index(head.i)
    lo = hi = at
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi < len(ids) - 1 and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    return tokens[lo : hi + 1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
