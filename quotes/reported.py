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
statement whose cue lies inside another's content is part of that one
(:mod:`quotes.statement_nesting`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.around_quote import char_before
from quotes.clause_bounds import Content
from quotes.colon_lines import colon_statements
from quotes.complements import as_aside, complement_and_clause
from quotes.found import MARKS
from quotes.interpreted import interpreted_relay
from quotes.label_speakers import LabelPeople, section_label
from quotes.language import word_list
from quotes.matchers import CueSpeaker
from quotes.mentions import mention_span
from quotes.no_claims import aimed_heading
from quotes.said_of import said_of, unsourced_content
from quotes.set_off import set_apart
from quotes.span_index import Spans
from quotes.statement_nesting import holds, outermost
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
        if _clause_relative(cue, doc[hit.speaker]):
            continue
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
        # said`), nor one whose paragraph gives its sources in a later sentence, as a
        # roundup's county labels do (`MAKUENI: On her farm, Ana Ruiz has planted three
        # times. "…," she says.`)
        # a hard-wrapped line ends before its sentence does
        line_end = text.find("\n", content.end)
        end = max(
            content.end,
            doc[min(colon.i + 1, len(doc) - 1)].sent.end_char,
            len(text) if line_end < 0 else line_end,
        )
        if section_label(speaker.text, content.start, end, doc, attributions):
            continue
        if aimed_heading(mention_span(speaker)):
            continue  # `The goal: to draw big audiences`: the writer's heading
        named = speaker.pos_ == "PROPN"
        if named or not any(holds(content, doc[i]) for i in cues):
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
        r for r in outermost([r for r in found if r is not None], text)
        if not unattributed(r, text)
    ]


#: What may stand between a quote and the cue that signs it after it, besides the
#: speaker: closing marks, commas and spaces (`"…," Ruiz said`), no sentence end.
_SIGNING = re.compile(r"[^.!?\n]*")


def _clause_relative(cue: Token, speaker: Token) -> bool:
    """Rule which-clause-no-source: a cue whose subject is a `which` that takes up a
    whole clause, not a noun (`she said the water had been clear, which showed that the
    soil was holding`): an inference drawn from what went before, no one's statement."""
    return (
        speaker.lower_ in _CLAUSE_RELATIVES
        and speaker.i > 0
        and speaker.doc[speaker.i - 1].text == ","  # not `the police department which …`
        and cue.dep_ in ("advcl", "relcl")
        and cue.head.pos_ in ("VERB", "AUX", "ADJ")
    )


#: Relative pronouns that may take up a whole clause (`which`).
_CLAUSE_RELATIVES = word_list("clause-relatives")


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


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
