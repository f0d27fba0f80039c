"""Direct quotes: whether one quoted span is a quotation proper, and the cue and speaker
it is linked to (by the parse first, then by position, then by a colon or dash).

:class:`DirectLinker` reads one quoted span (:class:`quotes.marks.QuoteSpan`) of a parsed
document in two steps. First the candidates, in order (:meth:`DirectLinker._candidates`):
the cue whose parse holds the quote, a cue next to the marks, then the special shapes, each
named after the `method` its rows carry: a source label, `as X put it`, `so says X`, a name
after a dash and a colon (:mod:`quotes.source_shapes`), a name and a verb right after the
closing mark (:mod:`quotes.verb_after`). Then whether the words are a quotation at all,
not a scare quote, a title or the end of a larger statement that is mixed
(:meth:`DirectLinker.direct`, :mod:`quotes.mixed`, :mod:`quotes.titles`). The distances
and breaks a cue may not cross are in :mod:`quotes.around_quote`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from quotes.around_quote import (
    NEAR_AFTER,
    NEAR_APPOSITION,
    NEAR_BEFORE,
    NEAR_SPEAKER,
    CuesByParagraph,
    char_before,
    no_break,
    opens_gloss,
)
from quotes.continued import continued_cue, said_sentence
from quotes.cue_forms import CueForms
from quotes.cue_words import OBJECT_CUES
from quotes.found import DASHES, PUT_QUESTION, Found, Link, char_tokens
from quotes.governing import relative_issuer
from quotes.language import word_list
from quotes.marks import QuoteSpan
from quotes.matchers import CueSpeaker, active_subject
from quotes.mentions import mention_span, message_sender
from quotes.mixed import (
    block_after_colon,
    clause_before,
    connective_before,
    finishes_clause,
    narration_conjunct,
    object_before_colon,
    opened_before,
    reported_within,
)
from quotes.narration import is_speech_sound, sound_source
from quotes.source_shapes import as_put_it, colon, dash_name, so_says, source_label
from quotes.span_index import Spans
from quotes.titles import is_title, names_a_work
from quotes.verb_after import verb_after

#: Characters after which an opening mark starts a quotation rather than a scare
#: quote or title inside a clause (`said, "…"`, `X: "…"`, `— "…"`).
_INTRODUCERS = frozenset(",:;—–-([")
#: Closing quote marks (a straight mark closes as well as opens).
_CLOSERS = frozenset("\"'”’»")
#: Verbs between a quote and its cue that the parse link may pass (`said, adding "…"`),
#: and a reported clause too when the quote goes on with it after a comma.
_PASSES = frozenset({"conj", "advcl", "xcomp"})
_RUN_ON_PASSES = _PASSES | {"ccomp"}
#: Cues that ask (`asked`): see :func:`_asked_by`.
_ASKING = word_list("asking-cues")


class DirectLinker:
    """Links the quoted spans of one document to their cues and speakers."""

    def __init__(
        self,
        text: str,
        norm: str,
        doc: Doc,
        cues: dict[int, CueSpeaker],
        lemmas: frozenset[str],
        forms: CueForms,
        paragraph_of: Callable[[int], int],
        quoted: Spans,
    ) -> None:
        """`norm` is `text` made plain (what every look at the characters reads), `cues`
        the cues the matcher found by token, `lemmas` the cue verbs' lemmas and `forms`
        the forms of the cue words, `paragraph_of` the paragraph of a character offset,
        `quoted` every quoted span of the text."""
        self.text = text
        self.norm = norm
        self.doc = doc
        self.cues = cues
        self.lemmas = lemmas
        self.forms = forms
        self.paragraph_of = paragraph_of
        self._quoted = quoted
        #: The cues that stand outside every quote.
        self._free_cues = {
            i for i in cues if not quoted.overlapping(doc[i].idx, doc[i].idx + 1)
        }
        #: The cues of each paragraph, looked up by position.
        self._cues_in = CuesByParagraph(cues.values(), lambda hit: paragraph_of(doc[hit.cue].idx))

    def direct(self, span: QuoteSpan) -> Found | None:
        """A quotation proper with its cue, or None for a fragment inside a clause."""
        whole = char_tokens(self.doc, span.open_start, span.close_end)
        if whole is None or span.end <= span.start:
            return None
        link = self._link(whole, span)
        if is_title(self.text[span.start : span.end]) and not self._signed(whole, link):
            return None
        if names_a_work(whole):
            return None
        if self._runs_on(span) or not (
            self._introduced(span)
            or (
                link is not None
                and link.attached
                and self._ends_clause(span)
                and not finishes_clause(whole, link.cue)
            )
        ):
            return None
        if self._in_statement(whole, span, link):
            return None
        found = Found(span.start, span.end, "direct", paragraph=self.paragraph_of(span.open_start))
        if link is None and _put_question(whole):
            found.method = PUT_QUESTION  # no one's statement, nor one to borrow a speaker
            return found
        if block_after_colon(span, self.norm):
            # `The letter reads:` ¶ `"…` ¶ `"…"`: a block quotation, marks and all
            found.lead_in = (span.open_start, span.close_end, "block-quote")
        connective = connective_before(whole)
        if connective is not None:
            # `Instead, "…"`: the word that links it to the sentence before leads in
            found.lead_in = (connective.idx, span.close_end, "connective")
        if link is not None and is_speech_sound(link.speaker):
            # `"No," came the reply from Ann Lee.`: the one it comes from, or nobody yet
            source = sound_source(link.speaker)
            link = None if source is None else replace(link, speaker=source)
        sent = None if link is None else message_sender(link.cue)
        if sent is not None:
            # `Ms Reid read the jury a message Ms Okafor had sent: "…"`: the sender's
            link = Link(sent[0], mention_span(sent[1]), "sender:" + link.method, False)
        issuer = None if link is None else relative_issuer(link.speaker.root)
        if issuer is not None:
            # `Ruiz posted a video that said, "…"`: the one who issued the video
            link = Link(link.cue, mention_span(issuer), "issuer:" + link.method, False)
        if link is not None:
            found.cue, found.speaker, found.method = link.cue, link.speaker, link.method
            # `Ito said the vote was lost, "and not by a little."`: one mixed statement
            clause = clause_before(whole, link.cue, self.cues)
            if clause is not None:
                found.start, found.end = clause.start_char, span.close_end
                found.type = "mixed"
                found.method = "reported-run-on:" + link.method.split(":", 1)[-1]
            # `Ruiz gave a blunt warning: "…"`: the object the quote spells out leads in
            lead = None if clause is not None else object_before_colon(whole, link.cue)
            if lead is not None:
                found.lead_in = (lead.start_char, span.close_end, "object-colon")
        return found

    def _in_statement(self, whole: Span, span: QuoteSpan, link: Link | None) -> bool:
        """Whether the quote ends a larger statement that the reported-speech rules give
        as mixed (:mod:`quotes.mixed`): its clause opens before the mark after `that`, or
        its cue stands before it in the clause an earlier cue, outside any quote, reports:
        words lead straight into the marks (`Lee said the mayor wants "…"`), or a comma or
        colon opens them after a cue with a subject of its own (`Lee said he replied:
        "…"`, Lee's statement; not a participle, the reporter's own next act: `Lee said
        the mayor lied, adding, "…"`, nor a conjunct that is the writer's next clause,
        :func:`quotes.mixed.narration_conjunct`)."""
        if opened_before(whole):
            return True
        if link is None or link.cue.i >= whole.start:
            return False
        if not reported_within(link.cue, self._free_cues):
            return False
        return not self._introduced(span) or (
            not narration_conjunct(link.cue)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in link.cue.children)
        )

    def _signed(self, whole: Span, link: Link | None) -> bool:
        """Whether the speaker and cue follow the closing mark at once, so the words are
        a quotation however short (`"Hopefully," the president said`), not a title."""
        if link is None or link.speaker.start < whole.end:
            return False
        first = min(link.cue.i, link.speaker.root.left_edge.i)
        return all(t.is_punct or t.is_space for t in self.doc[whole.end : first])

    def _introduced(self, span: QuoteSpan) -> bool:
        """Whether the marks open a quotation, not a scare quote or title mid-clause.

        A quotation starts a paragraph or sentence, or follows `,` `:` or a dash.
        """
        before = char_before(self.norm, span.open_start, " \t")
        if self._listed(span):
            return False
        return not before or before in "\n\r.!?\"'”’»" or before in _INTRODUCERS

    def _listed(self, span: QuoteSpan) -> bool:
        """Rule quoted-list: whether the marks open the next item of a list of quoted
        words, right after a quote that ends in the list's comma (`terms such as
        "ambassador," "attack," "Benghazi" and "Libya"`, `a "shock jock", "an
        entertainer"`): the comma parts the items, it opens no quotation."""
        at = len(self.norm[: span.open_start].rstrip(" \t"))
        if at < 2 or self.norm[at - 1] not in _CLOSERS:
            comma = at - 1  # `"shock jock", "an entertainer"`
            return (
                at >= 2
                and self.norm[comma] == ","
                and self.norm[comma - 1] in _CLOSERS
                and bool(self._quoted.overlapping(comma - 2, comma - 1))
            )
        # `"ambassador," "attack,"`: the comma inside the quote before
        return self.norm[at - 2] == "," and bool(self._quoted.overlapping(at - 2, at - 1))

    def _runs_on(self, span: QuoteSpan) -> bool:
        """Whether the sentence goes on after an unpunctuated quote: a name or a fragment.

        `'It Is Not A Radical Idea' To Ask …`, `"Broad City" star Arturo Castro …`
        """
        inner = self.norm[span.start : span.end].rstrip()
        after = self.norm[span.close_end : span.close_end + 3]
        return bool(inner) and inner[-1].isalnum() and after[:1] == " " and after[1:2].isalnum()

    def _ends_clause(self, span: QuoteSpan) -> bool:
        """Whether the quote runs to the end of its sentence (`Cruz says that "…."`)."""
        inner = self.norm[span.start : span.end].rstrip()
        after = self.norm[span.close_end : span.close_end + 2].lstrip(" \t")
        return inner.endswith((".", "!", "?")) or not after or after[0] in ".!?\n\r"

    def _link(self, whole: Span, span: QuoteSpan) -> Link | None:
        """The first candidate cue and speaker whose speaker is not quoted words
        (`"My dear Holmes," said I` is said by `I`, not `Holmes`), unless a later one
        signs the quote at once: in `Rhimes declared: "Change the world," she said.` the
        quote is `she`'s (:meth:`_signed`)."""
        if _put_question(whole):
            return None
        links = (
            link
            for link in self._candidates(whole, span)
            if not self._quoted.overlapping(link.speaker.start_char, link.speaker.start_char + 1)
        )
        first = next(links, None)
        if first is None or self._signed(whole, first):
            return first
        return next((link for link in links if self._signed(whole, link)), first)

    def _candidates(self, whole: Span, span: QuoteSpan) -> Iterator[Link]:
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
        roots = _roots(whole)
        # source-label — `Polls missed the late swing - Ana Ruiz: "…"`: the name between
        # a dash and the colon, before any verb the headline in front of it holds
        link = source_label(whole)
        if link is not None:
            yield link
        # dep:<pattern> — the quote is the cue's complement: `Zelensky said, "…"`,
        # `Trump said that "…"`
        # `Ito said the vote was lost on Friday, "by a mile"`: a quote opened after the
        # comma that ends a reported clause and hung on that clause goes on with it (one
        # mixed statement, :func:`quotes.mixed.clause_before`)
        run_on = char_before(self.norm, span.open_start) in (",", *DASHES)
        for root in roots:
            for ancestor in islice(root.ancestors, 3):
                if ancestor.i in inside:
                    continue
                hit = self.cues.get(ancestor.i)
                if hit is not None:
                    yield self._result(
                        hit, "dep:" + hit.method, _is_whole_object(root, hit, inside)
                    )
                    break
                passes = _RUN_ON_PASSES if run_on else _PASSES
                if ancestor.pos_ == "VERB" and ancestor.dep_ not in passes:
                    break
        # dep-inverted — the cue hangs off the quote: `"…," he said.`; not the question
        # put before an answer (:func:`_asked_by`)
        for c in near:
            token = self.doc[c.cue]
            if (
                token.head.i in inside
                and token.i - whole.end < NEAR_AFTER
                and not _asked_by(c, token, whole)
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
        open_end = not self.norm[span.start : span.end].rstrip().endswith(".")
        for c in sorted(near, key=lambda c: c.cue) if open_end else ():
            gap = self.doc[whole.end : c.cue]
            named_first = 0 <= c.speaker - whole.end < NEAR_SPEAKER
            if (
                c.cue >= whole.end
                and len(gap) < (NEAR_APPOSITION if named_first else NEAR_AFTER)
                and no_break(gap)
                and not opens_gloss(gap)  # `"…," meaning that they would not agree`
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

    def _result(self, hit: CueSpeaker, method: str, attached: bool = False) -> Link:
        """The link a matched cue gives, with its speaker's whole mention."""
        return Link(self.doc[hit.cue], mention_span(self.doc[hit.speaker]), method, attached)


def _roots(span: Span) -> list[Token]:
    """Tokens of the span whose syntactic head lies outside it (or that head a sentence)."""
    return [t for t in span if not t.is_punct and (t.head.i < span.start or t.head.i >= span.end)]


def _is_whole_object(root: Token, hit: CueSpeaker, inside: range) -> bool:
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


def _asked_by(hit: CueSpeaker, cue: Token, whole: Span) -> bool:
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


def _put_question(whole: Span) -> bool:
    """Rule question-put: a question quoted right after a passive asking cue with no
    agent is the one put to the cue's subject by someone the text does not name, not a
    statement of the one asked nor of the one who answers after it: `Ruiz was asked, "Will
    you resign?" She said no.` (`Asked by X, "…?"` names the asker: see :func:`_asked_by`)."""
    doc = whole.doc
    i = whole.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in (",", ":")):
        i -= 1
    words = [t for t in whole if not t.is_quote and not t.is_space]
    if i < 0 or not words or words[-1].text != "?":
        return False
    verb = doc[i]
    return (
        verb.lemma_.lower() in _ASKING
        and verb.tag_ == "VBN"
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )
