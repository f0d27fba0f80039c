"""Direct quotes, step one: the cue and speaker candidates of one quoted span, in the
order :class:`quotes.direct_links.DirectLinker` tries them (by the parse first, then by
position, then by the set shapes of :mod:`quotes.source_shapes` and a name and verb after
the closing mark, :mod:`quotes.verb_after`), each named after the `method` its rows carry;
and the question put by a passive asking cue, which takes no speaker at all
(:func:`put_question`). Whether the words are a quotation at all is the linker's second
step, in :mod:`quotes.direct_links`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

from spacy.tokens import Doc, Span, Token

from quotes.around_quote import (
    NEAR_AFTER,
    NEAR_APPOSITION,
    NEAR_BEFORE,
    NEAR_SPEAKER,
    CuesByParagraph,
    char_before,
    narration_first,
    new_sentence_after,
    no_break,
    opens_gloss,
    relative_after,
    word_before,
)
from quotes.colon_sources import colon
from quotes.continued import continued_cue, said_sentence
from quotes.cue_forms import CueForms
from quotes.cue_subjects import active_subject
from quotes.cue_words import OBJECT_CUES
from quotes.deps import PASSIVE_MARK
from quotes.found import DASHES, Link
from quotes.language import word_list
from quotes.marks import QuoteSpan
from quotes.matchers import CueSpeaker
from quotes.mentions import mention_span
from quotes.minuted import minuted
from quotes.parse_links import by_phrase
from quotes.source_shapes import (
    as_put_it,
    dash_name,
    display_participle,
    so_says,
    source_label,
)
from quotes.verb_after import verb_after
from quotes.words_of import words_of

#: Verbs between a quote and its cue that the parse link may pass (`said, adding "…"`),
#: and a reported clause too when the quote goes on with it after a comma.
_PASSES = frozenset({"conj", "advcl", "xcomp"})
_RUN_ON_PASSES = _PASSES | {"ccomp"}
#: Tags of a finite verb, which has a subject of its own (`yelled`, `responds`).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Cues that ask (`asked`): see :func:`asked_by`.
_ASKING = word_list("asking-cues")
#: Prepositions giving the deed a verb of praise or blame is for: see :func:`deed_for_reason`.
_REASONS = word_list("reason-prepositions")
#: Dependencies of a gerund's object or complement: `showing "…"`, `being "…"`.
_DEED_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd"})


class LinkCandidates:
    """The cue and speaker candidates of the quoted spans of one document."""

    def __init__(
        self,
        norm: str,
        doc: Doc,
        cues: dict[int, CueSpeaker],
        lemmas: frozenset[str],
        forms: CueForms,
        paragraph_of: Callable[[int], int],
    ) -> None:
        """`norm` is the text made plain, `cues` the cues the matcher found by token,
        `lemmas` the cue verbs' lemmas and `forms` the forms of the cue words,
        `paragraph_of` the paragraph of a character offset."""
        self.norm = norm
        self.doc = doc
        self.cues = cues
        self.lemmas = lemmas
        self.forms = forms
        self.paragraph_of = paragraph_of
        #: The cues of each paragraph, looked up by position.
        self._cues_in = CuesByParagraph(cues.values(), lambda hit: paragraph_of(doc[hit.cue].idx))

    def candidates(self, whole: Span, span: QuoteSpan) -> Iterator[Link]:
        """Cue and speaker candidates: by parse first, then by position, then colon."""
        inside = range(whole.start, whole.end)
        # the cues a rule below can take: from the first word of the subtrees of the
        # quote's words (a cue hanging off it) or NEAR_BEFORE tokens before it, to
        # NEAR_APPOSITION tokens after it
        paragraphs = range(
            self.paragraph_of(span.open_start), self.paragraph_of(span.close_end - 1) + 1
        )
        first = min(whole.start - NEAR_BEFORE, min(t.left_edge.i for t in whole))
        last = whole.end + max(NEAR_AFTER, NEAR_APPOSITION)
        near = [c for c in self._cues_in.between(paragraphs, first, last) if c.cue not in inside]
        roots = span_roots(whole)
        # source-label — `Polls missed the late swing - Ana Ruiz: "…"`: the name between
        # a dash and the colon, before any verb the headline in front of it holds
        link = source_label(whole)
        if link is not None:
            yield link
        # words-of — `because, in her words, "…"`: the phrase names whose words they are
        link = words_of(whole)
        if link is not None:
            yield link
        # minuted — `Ruiz asked that her words be minuted: "…"`: the asker's own words
        link = minuted(whole)
        if link is not None:
            yield link
        # dep:<pattern> — the quote is the cue's complement: `Zelensky said, "…"`,
        # `Trump said that "…"`
        # `Ito said the vote was lost on Friday, "by a mile"`: a quote opened after the
        # comma that ends a reported clause and hung on that clause goes on with it (one
        # mixed statement, :func:`quotes.mixed.clause_before`)
        run_on = char_before(self.norm, span.open_start) in (",", *DASHES)
        adjacent = self.adjacent_cue(whole)
        for root in roots:
            for ancestor in islice(root.ancestors, 3):
                if ancestor.i in inside:
                    continue
                hit = self.cues.get(ancestor.i)
                if hit is not None and deed_for_reason(roots, self.doc[hit.cue]):
                    break
                if hit is not None and adjacent is not None and adjacent.cue != hit.cue:
                    # `… as the heckler yelled: "You are a fraud!"`: the cue verb right
                    # before the colon that opens the quote is its cue, not the verb the
                    # parse hangs the quote on (:meth:`adjacent_cue`)
                    yield self._result(adjacent, "near-before:" + adjacent.method)
                if hit is not None:
                    yield self._result(
                        hit, "dep:" + hit.method, is_whole_object(root, hit, inside)
                    )
                    break
                passes = _RUN_ON_PASSES if run_on else _PASSES
                if ancestor.pos_ == "VERB" and ancestor.dep_ not in passes:
                    break
        # dep-inverted — the cue hangs off the quote: `"…," he said.`; not the question
        # put before an answer (:func:`asked_by`), nor the verb of a relative clause
        # about a thing the quote names (`"…," which votes in June`, :func:`relative_after`)
        about_named = relative_after(whole)
        for c in near:
            token = self.doc[c.cue]
            if (
                token.head.i in inside
                and token.i - whole.end < NEAR_AFTER
                and token.i not in about_named
                and not asked_by(c, token, whole)
            ):
                yield self._result(c, "dep-inverted:" + c.method)
        # dash — `"…" ― Sonya Herridge`: a name set after a dash is the one quoted, as
        # under an epigraph or in a collection of quotes
        link = dash_name(self.doc, self.norm, span)
        if link is not None:
            yield link
        # near-after — `"…," Okonjo said.` where the parse split the sentence, and
        # `"…," Alma Reyes, a seasoned Labour organiser, said.`; never after a
        # quote closed by a full stop (`"…," Thurber said. "B." While critics said …`)
        open_end = not self.norm[span.start : span.end].rstrip().endswith(".") and not (
            new_sentence_after(whole)
        )
        for c in sorted(near, key=lambda c: c.cue) if open_end else ():
            gap = self.doc[whole.end : c.cue]
            named_first = 0 <= c.speaker - whole.end < NEAR_SPEAKER or _titled_name_after(
                self.doc, whole.end, c.speaker, c.cue
            )
            if (
                c.cue >= whole.end
                and len(gap) < (NEAR_APPOSITION if named_first else NEAR_AFTER)
                and no_break(gap)
                and not opens_gloss(gap)  # `"…," meaning that they would not agree`
                and c.cue not in about_named
                and not narration_first(self.doc[c.cue], whole.end)
            ):
                yield self._result(c, "near-after:" + c.method)
        opener = char_before(self.norm, span.open_start)
        # as-put-it — `As the mayor put it, "…"`: the idiom names the one quoted
        link = as_put_it(whole) if opener in (",", ":") else None
        if link is not None:
            yield link
        # near-before — `Okonjo said in a radio address, "…"`, `as Pope tells us -- "…"`
        if opener in (",", ":", *DASHES):
            for c in sorted(near, key=lambda c: -c.cue):
                gap = self.doc[c.cue + 1 : whole.start]
                if c.cue < whole.start and len(gap) < NEAR_BEFORE and no_break(gap[:-1]):
                    yield self._result(c, "near-before:" + c.method)
        # dep-verb — any verb the quote is the clausal object of, outside the lexicon:
        # `"This is a big win for me," I confessed.`; not one whose subject is `that` or
        # `which`, a thing's relative word (`a phrase that means "…"`: a gloss)
        for root in roots:
            verb = root.head
            if root.dep_ in ("ccomp", "parataxis") and verb.i not in inside and verb.pos_ == "VERB":
                subject = active_subject(verb)
                if subject is not None and subject.tag_ != "WDT":
                    yield Link(verb, mention_span(subject), "dep-verb:subject", True)
        # continued — `"Do." she answered.`, `"I heard it drop."` / `said the girl.`: the
        # sentence goes on in lowercase after the closing mark, on its line or the next
        continued = continued_cue(self.doc, whole.end, self.lemmas)
        if continued is not None:
            cue, speaker = continued
            order = "name-verb" if speaker.end <= cue.i else "verb-name"
            yield Link(cue, speaker, "continued:" + order, False)
        # said-sentence — `"We had chances." Team captain Ola Berg said.`: a name and a
        # cue alone after a full stop inside the marks
        said = said_sentence(self.doc, whole.end, self.lemmas)
        if said is not None:
            yield Link(said[0], said[1], "said-sentence", False)
        # after-verb — `"This is fantastic!" beamed a delegate.` / `"…," the sign reads.`
        if self.norm[span.start : span.end].rstrip()[-1:] in (",", "?", "!", "—"):
            link = verb_after(whole, self.lemmas)
            if link is not None:
                yield link
        # so-says — `"…" So says Ana Ruiz, …`: `so` stands for the quote just before
        hit = so_says(whole, self.cues)
        if hit is not None:
            yield self._result(hit, "so-says:" + hit.method)
        # colon — `Zelensky: "…"`, `Trump leaned in and boomed: "…"`, and a paragraph
        # ending `Breitbart News responded:` before a quoted paragraph
        if opener == ":":
            link = colon(whole, self.norm, self.lemmas, self.forms)
            if link is not None:
                yield link
        # display-participle — `held up a sign saying "…"`: the thing that carries the words
        link = display_participle(whole)
        if link is not None:
            yield link

    def adjacent_cue(self, whole: Span) -> CueSpeaker | None:
        """Rule adjacent-cue: the finite cue verb with a subject of its own that stands
        right before the colon or comma opening the quote ``whole`` (with its marks),
        adverbs aside (`who responds enthusiastically: "Okay!"`); None when no such cue
        stands there. In `"…," Okafor said as the heckler yelled: "You are a fraud!"` the
        parser hangs the second quote on `said`, but the heckler yelled it. A participle
        there (`banners proclaiming: "…"`) is left to the parse, which reads what it is
        said of."""
        doc = whole.doc
        i = word_before(doc, whole.start)
        if i < 1 or doc[i].text not in (":", ","):
            return None
        i -= 1
        while i >= 0 and doc[i].pos_ == "ADV":
            i -= 1
        hit = self.cues.get(i) if i >= 0 else None
        if hit is None or hit.method != "subject" or doc[i].tag_ not in _FINITE:
            return None
        return hit

    def _result(self, hit: CueSpeaker, method: str, attached: bool = False) -> Link:
        """The link a matched cue gives, with its speaker's whole mention."""
        return Link(self.doc[hit.cue], mention_span(self.doc[hit.speaker]), method, attached)


def span_roots(span: Span) -> list[Token]:
    """Tokens of the span whose syntactic head lies outside it, punctuation aside, read
    token by token (``Span.to_array`` costs about ten times as much: see
    :func:`~quotes.content_shape.roots`)."""
    start, end = span.start, span.end
    return [t for t in span if not t.is_punct and not start <= t.head.i < end]


def is_whole_object(root: Token, hit: CueSpeaker, inside: range) -> bool:
    """Whether the quote is all of what the cue reports: `Cruz says that "…"`.

    Not when part of the clause stands outside the marks (`Pataki says Kasich "has …"`),
    nor for naming verbs whose object is outside (`called Trump "unhinged"`).
    """
    cue = root.doc[hit.cue]
    return (
        root.head.i == hit.cue
        and cue.lemma_.lower() not in OBJECT_CUES
        and all(t.i in inside or t.dep_ == "mark" or t.is_punct for t in root.subtree)
    )


def deed_for_reason(roots: list[Token], cue: Token) -> bool:
    """Rule deed-for-reason: a quote that holds the object of a gerund after `for` (one of
    its `roots`, the words whose head lies outside it) is part of the deed another verb
    praises or blames someone for, not words the gerund's doer is quoted as saying; the
    row is the outer verb's, mixed, from its object on (:mod:`quotes.reported`).

    Shape: verb object for gerund "…". `The union praised the minister for showing "the
    courage of her convictions."` → True (`showing` is no cue of its own here); `Kovac
    criticised him for saying, "We will win."` → False (a clause after a comma is a
    quotation); `She thanked him for "stepping up."` → False (the quote holds the gerund).
    """
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "pcomp"
        and cue.head.lower_ in _REASONS
        and any(r.head == cue and r.dep_ in _DEED_OBJECTS for r in roots)
    )


def asked_by(hit: CueSpeaker, cue: Token, whole: Span) -> bool:
    """Rule asked-by: a passive asking cue whose question comes before the quote names
    who asked, not who answers: in `Asked by Tom Reyes whether she had read it, she
    said, "…"` the quote is `she`'s, though the parse may hang `Asked` on the quote; but
    in `She was asked by the host, "…?"` the quote is the question, the host's."""
    return (
        hit.method in ("passive-agent", "passive-by")
        and cue.i < whole.start
        and cue.lemma_.lower() in _ASKING
        and any(c.dep_ in ("ccomp", "advcl") and c.i < whole.start for c in cue.children)
    )


def put_question(whole: Span) -> bool:
    """Rule question-put: a question quoted right after a passive asking cue with no
    agent is the one put to the cue's subject by someone the text does not name, not a
    statement of the one asked nor of the one who answers after it: `Ruiz was asked, "Will
    you resign?" She said no.` (`Asked by X, "…?"` names the asker: see :func:`asked_by`)."""
    doc = whole.doc
    i = whole.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in (",", ":")):
        i -= 1
    if i < 0:
        return False
    # its last word, read from the end (no token object for each word before it)
    last = next((t for t in reversed(whole) if not t.is_quote and not t.is_space), None)
    if last is None or last.text != "?":
        return False
    verb = doc[i]
    return (
        verb.lemma_.lower() in _ASKING
        and verb.tag_ == "VBN"
        and any(c.dep_ in PASSIVE_MARK for c in verb.children)
        and by_phrase(verb) is None
    )


def _titled_name_after(doc: Doc, end: int, speaker: int, cue: int) -> bool:
    """Rule titled-name-after: whether the cue's subject is a name with a long title that
    opens near the quote's end and runs up to the cue (`"…," Deputy Minister Adv. Ana
    Ruiz replied.`): the name's first word counts as where the speaker is named, not its
    head (`Ruiz`), which the title's words push past the few words a name may stand
    from the quote."""
    head = doc[speaker]
    return speaker + 1 == cue and 0 <= head.left_edge.i - end < NEAR_SPEAKER

