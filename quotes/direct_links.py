"""Direct quotes: whether one quoted span is a quotation proper, and the cue and speaker
it is linked to (by the parse first, then by position, then by a colon or dash).

:class:`DirectLinker` reads one quoted span (:class:`quotes.marks.QuoteSpan`) of a parsed
document in two steps. First the candidates, in order
(:meth:`quotes.direct_candidates.LinkCandidates.candidates`):
the cue whose parse holds the quote, a cue next to the marks, then the special shapes, each
named after the `method` its rows carry: a source label, `as X put it`, `so says X`, a name
after a dash and a colon (:mod:`quotes.source_shapes`), a name and a verb right after the
closing mark (:mod:`quotes.verb_after`). Then whether the words are a quotation at all,
not a scare quote, a title or the end of a larger statement that is mixed
(:meth:`DirectLinker.direct`, :mod:`quotes.mixed`, :mod:`quotes.titles`). The distances
and breaks a cue may not cross are in :mod:`quotes.around_quote`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from quotes.around_quote import char_before, label_before
from quotes.deps import SUBJECT
from quotes.direct_candidates import LinkCandidates, put_question
from quotes.found import PUT_QUESTION, Found, Link, char_tokens
from quotes.marks import QuoteSpan
from quotes.mentions import mention_span
from quotes.mixed import (
    block_after_colon,
    clause_before,
    connective_before,
    finishes_clause,
    narration_conjunct,
    object_before_colon,
    opened_before,
    reported_within,
    words_after,
)
from quotes.modified_speakers import relative_issuer
from quotes.narration import is_speech_sound, sound_source, voice_from_elsewhere
from quotes.normalise import CLOSING_MARKS
from quotes.records import UNNAMED_VOICE
from quotes.source_shapes import DISPLAY_PARTICIPLE
from quotes.span_index import Spans
from quotes.titles import has_byline, is_title, names_a_work
from quotes.work_authors import message_sender

#: Tags of a finite verb, which makes the words of a quote a sentence (`heard`, `is`).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of a relative pronoun or determiner (`that`, `which`, `who`, `whose`).
_RELATIVES = frozenset({"WDT", "WP", "WP$"})
#: Characters after which an opening mark starts a quotation rather than a scare
#: quote or title inside a clause (`said, "…"`, `X: "…"`, `— "…"`).
_INTRODUCERS = frozenset(",:;—–-([")


class DirectLinker:
    """Links the quoted spans of one document to their cues and speakers."""

    def __init__(self, text: str, candidates: LinkCandidates, quoted: Spans) -> None:
        """`candidates` gives each quoted span's cue and speaker candidates (step one) and
        the document they are read from: `norm`, `text` made plain (what every look at
        the characters reads), the doc, the cues the matcher found by token and the
        paragraph of a character offset; `quoted` is every quoted span of the text."""
        self.text = text
        self.norm = candidates.norm
        self.doc = doc = candidates.doc
        self.cues = cues = candidates.cues
        self.paragraph_of = candidates.paragraph_of
        self._quoted = quoted
        #: The cues that stand outside every quote.
        self._free_cues = {
            i for i in cues if not quoted.overlapping(doc[i].idx, doc[i].idx + 1)
        }
        #: Step one: the cue and speaker candidates of a quoted span.
        self._candidates = candidates

    def direct(self, span: QuoteSpan) -> Found | None:
        """A quotation proper with its cue, or None for a fragment inside a clause."""
        whole = char_tokens(self.doc, span.open_start, span.close_end)
        if whole is None or span.end <= span.start:
            return None
        link = self._link(whole, span)
        # `a hat reading "Back The Ferry" on his head`: what a display shows, in any case
        shown = link is not None and link.method == DISPLAY_PARTICIPLE
        if is_title(self.text[span.start : span.end]) and not (
            shown or self._signed(whole, link) or self._introduced_under(whole, link)
        ):
            return None
        if names_a_work(whole) or has_byline(whole):
            return None
        run_on = self._runs_on(span) and not (shown or self._signed_sentence(whole, span, link))
        # `Instead, "…"`, `Still "…"`: the linking word that opens the sentence, if any
        connective = connective_before(whole)
        if run_on or not (
            self._introduced(span)
            # `Still "…," Lee said`: a linking word opens the sentence, comma or not
            # (rule connective-without-comma; :func:`quotes.mixed.connective_before`)
            or connective is not None
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
        if link is None and put_question(whole):
            found.method = PUT_QUESTION  # no one's statement, nor one to borrow a speaker
            return found
        if block_after_colon(span, self.norm):
            # `The letter reads:` ¶ `"…` ¶ `"…"`: a block quotation, marks and all
            found.lead_in = (span.open_start, span.close_end, "block-quote")
        if connective is not None:
            # `Instead, "…"`: the word that links it to the sentence before leads in
            found.lead_in = (connective.idx, span.close_end, "connective")
        if link is not None and is_speech_sound(link.speaker):
            if voice_from_elsewhere(link.speaker):
                # `"Rubbish!" came a voice from the benches.`: no one the text knows
                found.method = UNNAMED_VOICE
                return found
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
            # `"…," since the orders dried up, the manager said`: the words going on too
            after = (
                None
                if clause is not None or lead is not None
                else words_after(whole, link.cue, link.speaker)
            )
            if after is not None:
                found.lead_in = (span.open_start, after.end_char, "words-after")
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
            and any(c.dep_ in SUBJECT for c in link.cue.children)
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

        A quotation starts a paragraph or sentence, or follows `,` `:` or a dash, or a
        line label at either (`08:40 "…"`, `4. "…"`: :func:`~quotes.around_quote.label_before`).
        """
        before = char_before(self.norm, span.open_start, " \t")
        if self._listed(span):
            return False
        return (
            not before
            or before in "\n\r.!?\"'”’»"
            or before in _INTRODUCERS
            or label_before(self.norm, span.open_start)
        )

    def _listed(self, span: QuoteSpan) -> bool:
        """Rule quoted-list: whether the marks open the next item of a list of quoted
        words, right after a quote that ends in the list's comma (`terms such as
        "ambassador," "attack," "Benghazi" and "Libya"`, `a "shock jock", "an
        entertainer"`): the comma parts the items, it opens no quotation."""
        at = len(self.norm[: span.open_start].rstrip(" \t"))
        if at < 2 or self.norm[at - 1] not in CLOSING_MARKS:
            comma = at - 1  # `"shock jock", "an entertainer"`
            return (
                at >= 2
                and self.norm[comma] == ","
                and self.norm[comma - 1] in CLOSING_MARKS
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

    # `"We asked twice and heard nothing back" the harbour master said.`, not `"Broad City"
    # star Arturo Castro said …`
    def _signed_sentence(self, whole: Span, span: QuoteSpan, link: Link | None) -> bool:
        """Rule signed-without-comma: whether a quote that runs on with no punctuation
        before the words after it (:meth:`_runs_on`) is still a quotation, because it is
        a sentence of its own, signed at once by its speaker and cue: `"We asked the
        council twice and heard nothing back" the harbour master said` (the comma before
        the closing mark left out). Its words hold a finite verb and are no title, so a
        name run on into the noun it qualifies (`"Broad City" star Arturo Castro said …`)
        stays no quotation, nor a quote that a relative clause after it goes on from
        (`"… for records" that would answer the requests, the counsel wrote`)."""
        if not self._signed(whole, link) or is_title(self.text[span.start : span.end]):
            return False
        if whole.end < len(self.doc) and self.doc[whole.end].tag_ in _RELATIVES:
            return False
        return any(t.tag_ in _FINITE and span.start <= t.idx < span.end for t in whole)

    def _ends_clause(self, span: QuoteSpan) -> bool:
        """Whether the quote runs to the end of its sentence (`Cruz says that "…."`)."""
        inner = self.norm[span.start : span.end].rstrip()
        after = self.norm[span.close_end : span.close_end + 2].lstrip(" \t")
        return inner.endswith((".", "!", "?")) or not after or after[0] in ".!?\n\r"

    def _link(self, whole: Span, span: QuoteSpan) -> Link | None:
        """The first candidate cue and speaker whose speaker is not quoted words
        (`"My dear Holmes," said I` is said by `I`, not `Holmes`), unless a later one
        signs the quote at once: in `Rhimes declared: "Change the world," she said.` the
        quote is `she`'s (:meth:`_signed`), though not a sentence of a name and a cue
        after the full stop of a quote its own sentence introduced (:meth:`_introduces`)."""
        if put_question(whole):
            return None
        links = (
            link
            for link in self._candidates.candidates(whole, span)
            if not self._quoted.overlapping(link.speaker.start_char, link.speaker.start_char + 1)
        )
        first = next(links, None)
        if first is None or self._signed(whole, first):
            return first
        return next(
            (
                link
                for link in links
                if self._signed(whole, link)
                and not (link.method == "said-sentence" and self._introduces(whole, first))
                and not self._introduced_under(whole, first)
            ),
            first,
        )

    @staticmethod
    def _introduced_under(whole: Span, link: Link | None) -> bool:
        """Rule introduced-in-subordinate: whether the link's cue is the verb of a
        subordinate clause (`when`, `after`, `as`) that stands right before the comma or
        colon opening the quote: `When a man in the crowd shouted, "Louder," Lee
        laughed`, `After Lee said, "We won," Ruiz replied`. The words are what that
        clause's subject said, however short (a one-word `"Louder,"` is no title), and
        the main clause's cue after the quote is its own speaker's next act, which
        signs nothing."""
        if link is None or link.cue.dep_ != "advcl" or whole.start < 2:
            return False
        cue = link.cue
        doc = whole.doc
        subordinate = any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in cue.children
        )
        return subordinate and cue.i == whole.start - 2 and doc[whole.start - 1].text in (",", ":")

    @staticmethod
    def _introduces(whole: Span, link: Link) -> bool:
        """Whether a link's cue stands before the quote in the quote's own sentence
        (`Ana Lindqvist said, "We lost."`): the sentence of a name and a cue after the
        quote's full stop is the next speaker's (`Her husband interjected.`), not this
        quote's signature (rule said-sentence signs only a quote nothing introduced)."""
        return link.cue.i < whole.start and link.cue.sent.start == whole[0].sent.start
