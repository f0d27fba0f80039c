"""The per-document work of the engine: link each quoted span and each reported clause
of one parsed document to its cue and speaker, then resolve the speakers in text order.

:class:`quotes.engine.Engine` parses and cuts texts into pieces; an :class:`Attributor`
reads one piece: quote marks (:mod:`quotes.marks`), cues and their speakers
(:mod:`quotes.matchers`), reported speech (:mod:`quotes.reported`), direct versus mixed
(:mod:`quotes.mixed`), dialogue turns (:mod:`quotes.dialogue`), narration around a
quote (:mod:`quotes.narration`), transcripts, and the speakers' names
(:mod:`quotes.speakers`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from quotes.confidence import confidence, speaker_kind
from quotes.continued import continued_cue
from quotes.cue_classes import cue_class
from quotes.dialogue import DENSE_REACH, Line, dialogue_dense, turn_sources
from quotes.language import word_list
from quotes.marks import QuoteSpan, find_quote_spans, paragraph_bounds
from quotes.matchers import (
    NOMINAL,
    OBJECT_CUES,
    CueSpeaker,
    SpeakerMatcher,
    active_subject,
    mention_span,
    unsourced_cues,
)
from quotes.mixed import (
    clause_before,
    finishes_clause,
    opened_before,
    reported_within,
    sole_quotation,
)
from quotes.narration import (
    is_person_subject,
    is_someone,
    is_speech_sound,
    opening_subject,
    sound_source,
)
from quotes.normalise import normalise
from quotes.records import Quote, QuoteType
from quotes.reported import Spans, find_reported
from quotes.scope import dropped_by
from quotes.speakers import SpeakerResolver, name_parts, surname_key
from quotes.titles import is_subhead, is_title
from quotes.transcripts import interview_parties, transcript_lines

#: Characters after which an opening mark starts a quotation rather than a scare
#: quote or title inside a clause (`said, "…"`, `X: "…"`, `— "…"`).
_INTRODUCERS = frozenset(",:;—–-([")
#: How far (tokens) a cue may stand from a quote it attributes without a parse link.
_NEAR_AFTER = 6
#: … or farther when the speaker comes first and an apposition stands before the cue.
_NEAR_SPEAKER = 4
_NEAR_APPOSITION = 30
_NEAR_BEFORE = 10
#: How many paragraphs back a dialogue partner may have last spoken …
_DIALOGUE_REACH = 3
#: … or lines, in dialogue-dense text (:func:`quotes.dialogue.dialogue_dense`), where a
#: turn of several sentences spans as many lines and a partner answers a few turns later.
_DENSE_DIALOGUE_REACH = 15
#: Words a source label may hold besides names: `- More from Ruiz:`, `- Ruiz and Lee:`.
_LABEL_WORDS = frozenset({"more", "from", "and", "&"})
#: Quote marks, straight and curly.
_MARKS = "\"'“”‘’«»„‹›"
#: Dashes that set off the name of the one quoted (`"…" ― Oscar Wilde`).
_DASHES = frozenset("―—–-")
@dataclass(slots=True)
class _Found:
    """A quote being built: its span in the doc, and the cue and speaker linked to it."""

    start: int
    end: int
    type: QuoteType
    cue: Token | None = None
    speaker: Span | None = None
    method: str = "none"
    paragraph: int = 0
    name: str | None = None


@dataclass(frozen=True, slots=True)
class _Link:
    """How a quote was tied to its cue; `attached` when the quote is the cue's own object."""

    cue: Token
    speaker: Span
    method: str
    attached: bool


class Attributor:
    """The per-document work: link each quoted span and each reported clause to a speaker."""

    def __init__(
        self, text: str, doc: Doc, matcher: SpeakerMatcher, norm: str | None = None
    ) -> None:
        self.text = text
        #: `text` with odd spaces and marks made plain, offsets unchanged (what the
        #: engine's parser reads, given as `norm` when the caller has it); every look at
        #: the characters around a quote reads this.
        self.norm = normalise(text) if norm is None else norm
        #: The text `doc` was made from, when the caller gave it (`norm`).
        self._doc_text = norm
        self.doc = doc
        self.lemmas = matcher.lemmas
        self.cues: dict[int, CueSpeaker] = matcher(doc)
        self.unsourced = unsourced_cues(doc, matcher.lemmas, self.cues)
        self._para_starts = [
            start
            for start, _ in paragraph_bounds(text)
            if not (text[start : start + 1].islower() or text[start : start + 2] == "I ")
        ] or [0]
        #: Fiction-like text, where people talk in turns (:func:`quotes.dialogue.dialogue_dense`):
        #: turns are counted farther back.
        self.dense = dialogue_dense(self.norm)
        #: The cues of each paragraph, in text order.
        self._cues_in: dict[int, list[CueSpeaker]] = {}
        for hit in self.cues.values():
            paragraph = self.paragraph_of(doc[hit.cue].idx)
            self._cues_in.setdefault(paragraph, []).append(hit)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect_right(self._para_starts, char) - 1)

    def run(self) -> list[Quote]:
        spans = find_quote_spans(self.text)
        self._quoted = Spans([(span.start, span.end) for span in spans])
        #: The cues that stand outside every quote.
        self._free_cues = {
            i for i in self.cues
            if not self._quoted.overlapping(self.doc[i].idx, self.doc[i].idx + 1)
        }
        turns = self._transcript()
        direct: list[_Found] = []
        fragments: list[QuoteSpan] = []
        for span in spans:
            if any(turn.start <= span.start < turn.end for turn in turns):
                continue  # quoted words inside a transcript line are part of that line
            if not self.dense and is_subhead(self.norm, span, spans):
                continue  # `'A long way from home.'` on a line of its own heads a part
            found = self._direct(span)
            if found is None:
                fragments.append(span)
            else:
                direct.append(found)
        reported = self._reported(direct + turns, fragments)
        relays = [r for r in reported if any(_within_statement(f, r) for f in direct)]
        found = sorted(direct + turns + reported, key=lambda f: (f.start, f.end))
        self._resolve(found, relays)
        return self._records(found, relays)

    def _resolve(self, found: list[_Found], relays: list[_Found]) -> None:
        """Name every speaker, in text order; a quote with no cue of its own takes the
        speaker the quote before it or the sentence before it gives (:meth:`_inherit`,
        :meth:`_narrator`), never a source that only relays that quote (`relays`)."""
        resolver = SpeakerResolver(self.doc, self._doc_text)
        attributed: list[_Found] = []
        before: _Found | None = None
        alternates = self._alternation([f for f in found if f.type == "direct"])
        for f in found:
            borrows = f.speaker is None and f.type == "direct"
            if borrows and id(f) in alternates:
                _borrow(f, alternates[id(f)], "dialogue-turn")
            if borrows and f.speaker is None and before is not None and self._answers(before, f):
                self._turn(f, before, attributed)
            if borrows and f.speaker is None and not self.dense and attributed:
                self._newcomer(f, attributed[-1], resolver)
            if borrows and f.speaker is None:
                self._inherit(f, attributed)
            if borrows and f.speaker is None:
                self._narrator(f)
            if borrows and f.speaker is None and self.dense:
                self._beat(f)
            if f.type == "direct":
                before = f
            if f.speaker is None:
                continue
            if f.name is None:
                # a speaker is not someone named in their own quoted words (in news;
                # dialogue-dense text leaves that to its turns)
                said = (f.start, f.end) if f.type == "direct" and not self.dense else None
                f.name = resolver.resolve(f.speaker, said)
                resolver.note_speaker(f.speaker.start, f.name, f.speaker)
            if not any(f is r for r in relays):
                attributed.append(f)

    def _transcript(self) -> list[_Found]:
        """Transcript lines (:mod:`quotes.transcripts`) as direct quotes: `Q:` and `A:`
        lines spoken by the interviewer and the one interviewed that the introduction
        names, `NAYAR:` lines by the person the text names with that surname; a label
        naming no one the text knows is left alone."""
        lines = transcript_lines(self.doc)
        if not lines:
            return []
        asker, answerer = interview_parties(self.doc, lines[0].label.start_char)
        surnames = {surname_key(e) for e in self.doc.ents if e.label_ == "PERSON"}
        out = []
        for line in lines:
            if line.turn is None:
                if name_parts(line.label.text)[1] not in surnames:
                    continue
                speaker = line.label
            else:
                party = asker if line.turn == "Q" else answerer
                if party is None:
                    continue
                speaker = mention_span(party)
            out.append(
                _Found(
                    line.start,
                    line.end,
                    "direct",
                    line.label[0],
                    speaker,
                    "transcript",
                    self.paragraph_of(line.start),
                )
            )
        return out

    def _alternation(self, direct: list[_Found]) -> dict[int, _Found]:
        """Cue-less replies in an exchange (keyed by `id`), with the quote two lines
        before or after them that gives their speaker (:func:`quotes.dialogue.turn_sources`)."""
        lines = [
            Line(
                answers=k > 0 and self._answers(direct[k - 1], f),
                same_line=k > 0
                and "\n" not in self.norm[direct[k - 1].end : f.start]
                and not self._broken_off(direct[k - 1]),
                anchored=f.speaker is not None,
            )
            for k, f in enumerate(direct)
        ]
        sources = turn_sources(lines, DENSE_REACH) if self.dense else turn_sources(lines)
        return {id(direct[k]): direct[source] for k, source in sources.items()}

    def _answers(self, before: _Found, f: _Found) -> bool:
        """Whether a quote opens the line right after the one the quote before closes,
        with no narration between: a new turn in the dialogue.

        `"Is it far?"` / `"Two miles."` — or, on one line, right after a quote broken off
        with a dash: someone cuts in (`"And then they --" "Nonsense!"`).
        """
        gap = self.norm[before.end : f.start]
        if gap.strip(_MARKS + " \t\r\n"):
            return False
        return "\n" in gap or self._broken_off(before)

    def _broken_off(self, found: _Found) -> bool:
        """Whether a quote ends with a dash, its speaker cut short: `"But you said --"`."""
        return self.norm[found.start : found.end].rstrip(_MARKS + " ").endswith(tuple(_DASHES))

    def _turn(self, f: _Found, before: _Found, attributed: list[_Found]) -> None:
        """A reply goes back to the last speaker other than the one it answers, while
        the exchange runs (that speaker's quote within three lines of the answered one):
        `"Is it far?" asked Tom.` / `"Two miles," said the guide.` / `Tom asked, "And
        the bridge?"` / `"It fell."` is the guide's, and a next `"Then we swim."` Tom's."""
        if before.speaker is None:
            return
        reach = _DENSE_DIALOGUE_REACH if self.dense else _DIALOGUE_REACH
        for source in reversed(attributed):
            if before.paragraph - source.paragraph > reach:
                return
            if (
                source.type == "direct"
                and source.start < before.start
                and source.name != before.name
            ):
                _borrow(f, source, "previous-turn")
                return

    def _newcomer(self, f: _Found, last: _Found, resolver: SpeakerResolver) -> None:
        """In news, a quote with no cue right after a sentence about someone other than the
        last speaker goes to that someone: the story has moved on to them.

        `"We will appeal," Lee said.` / `Ana Ruiz, who chairs the board, shrugged off the
        threat.` / `"The case is closed."` is Ruiz's, not Lee's. Only a subject that names
        someone (:func:`quotes.narration.is_someone`; not `he` or `she`, who may still be
        the last speaker, nor a thing), in a sentence that holds no quote of its own.
        """
        subject = self._previous_subject(f)
        if subject is None or subject.pos_ == "PRON" or not is_someone(subject):
            return
        sentence = subject.sent
        if self._quoted.overlapping(sentence.start_char, sentence.end_char):
            return
        mention = mention_span(subject)
        name = resolver.resolve(mention)
        if name is None or name == last.name:
            return
        f.speaker, f.cue, f.name = mention, sentence.root, name
        f.method = "new-speaker"

    def _previous_subject(self, found: _Found) -> Token | None:
        """The person the sentence just before a quote is about (its active subject), if
        it names one (:func:`quotes.narration.is_person_subject`)."""
        whole = self._tokens(found.start, found.end)
        if whole is None or whole.start < 2:
            return None
        previous = self.doc[whole.start - 1].sent
        if previous.start >= whole.start - 1:
            previous = self.doc[max(0, previous.start - 1)].sent
        subject = active_subject(previous.root)
        if subject is None or not is_person_subject(subject):
            return None
        return subject

    def _inherit(self, f: _Found, attributed: list[_Found]) -> None:
        """A quote with no cue of its own continues the previous quote's speaker.

        `"Today we lost 137 soldiers," Zelensky said. "There were 316 wounded."` — when it
        starts in the paragraph where the previous quote ends, or the next one.
        """
        if not attributed or f.paragraph - self.paragraph_of(attributed[-1].end) > 1:
            return
        source = attributed[-1]
        # `"A," said Nicky Driscoll, who said Sanders is best. "B."`: the statement
        # reported inside the previous quote's sentence does not take the turn.
        if source.type != "direct" and len(attributed) > 1:
            quoted = attributed[-2]
            if (
                quoted.type == "direct"
                and quoted.cue is not None
                and source.cue is not None
                and quoted.cue.sent == source.cue.sent
            ):
                source = quoted
        _borrow(f, source, "previous-quote")

    # -- direct quotes -----------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _direct(self, span: QuoteSpan) -> _Found | None:
        """A quotation proper with its cue, or None for a fragment inside a clause."""
        whole = self._tokens(span.open_start, span.close_end)
        if whole is None or span.end <= span.start:
            return None
        link = self._link(whole, span)
        if is_title(self.text[span.start : span.end]) and not self._signed(whole, link):
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
        found = _Found(span.start, span.end, "direct", paragraph=self.paragraph_of(span.open_start))
        if link is not None and is_speech_sound(link.speaker):
            # `"No," came the reply from Ann Lee.`: the one it comes from, or nobody yet
            source = sound_source(link.speaker)
            link = None if source is None else replace(link, speaker=source)
        if link is not None:
            found.cue, found.speaker, found.method = link.cue, link.speaker, link.method
            # `Ito said the vote was lost, "and not by a little."`: one mixed statement
            clause = clause_before(whole, link.cue, self.cues)
            if clause is not None:
                found.start, found.end = clause.start_char, span.close_end
                found.type = "mixed"
                found.method = "reported-run-on:" + link.method.split(":", 1)[-1]
        return found

    def _in_statement(self, whole: Span, span: QuoteSpan, link: _Link | None) -> bool:
        """Whether the quote ends a larger statement that the reported-speech rules give
        as mixed (:mod:`quotes.mixed`): its clause opens before the mark after `that`, or
        words lead straight into the marks from a cue that an earlier cue, outside any
        quote, reports (`Lee said the mayor wants "…"`)."""
        if opened_before(whole):
            return True
        return (
            link is not None
            and link.cue.i < whole.start
            and not self._introduced(span)
            and reported_within(link.cue, self._free_cues)
        )

    def _signed(self, whole: Span, link: _Link | None) -> bool:
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
        before = _char_before(self.norm, span.open_start, " \t")
        return not before or before in "\n\r.!?\"'”’»" or before in _INTRODUCERS

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

    def _link(self, whole: Span, span: QuoteSpan) -> _Link | None:
        """The first candidate cue and speaker whose speaker is not quoted words
        (`"My dear Holmes," said I` is said by `I`, not `Holmes`), unless a later one
        signs the quote at once: in `Rhimes declared: "Change the world," she said.` the
        quote is `she`'s (:meth:`_signed`)."""
        links = (
            link
            for link in self._candidates(whole, span)
            if not self._quoted.overlapping(link.speaker.start_char, link.speaker.start_char + 1)
        )
        first = next(links, None)
        if first is None or self._signed(whole, first):
            return first
        return next((link for link in links if self._signed(whole, link)), first)

    def _candidates(self, whole: Span, span: QuoteSpan) -> Iterator[_Link]:
        """Cue and speaker candidates: by parse first, then by position, then colon."""
        inside = range(whole.start, whole.end)
        near = [
            c
            for paragraph in range(
                self.paragraph_of(span.open_start), self.paragraph_of(span.close_end - 1) + 1
            )
            for c in self._cues_in.get(paragraph, ())
            if c.cue not in inside
        ]
        roots = _roots(whole)
        # source-label — `Polls missed the late swing - Ana Ruiz: "…"`: the name between
        # a dash and the colon, before any verb the headline in front of it holds
        link = self._source_label(whole)
        if link is not None:
            yield link
        # dep:<pattern> — the quote is the cue's complement: `Zelensky said, "…"`,
        # `Trump said that "…"`
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
                if ancestor.pos_ == "VERB" and ancestor.dep_ not in ("conj", "advcl", "xcomp"):
                    break
        # dep-inverted — the cue hangs off the quote: `"…," he said.`
        for c in near:
            token = self.doc[c.cue]
            if token.head.i in inside and token.i - whole.end < _NEAR_AFTER:
                yield self._result(c, "dep-inverted:" + c.method)
        # dash — `"…" ― Sonya Herridge`: a name set after a dash is the one quoted, as
        # under an epigraph or in a collection of quotes
        link = self._dash_name(span)
        if link is not None:
            yield link
        # near-after — `"…," Zelensky said.` where the parse split the sentence, and
        # `"…," Robert Shrum, a veteran Democratic strategist, said.`; never after a
        # quote closed by a full stop (`"…," Thurber said. "B." While critics said …`)
        open_end = not self.norm[span.start : span.end].rstrip().endswith(".")
        for c in sorted(near, key=lambda c: c.cue) if open_end else ():
            gap = self.doc[whole.end : c.cue]
            named_first = 0 <= c.speaker - whole.end < _NEAR_SPEAKER
            if (
                c.cue >= whole.end
                and len(gap) < (_NEAR_APPOSITION if named_first else _NEAR_AFTER)
                and _no_break(gap)
            ):
                yield self._result(c, "near-after:" + c.method)
        opener = _char_before(self.norm, span.open_start)
        # as-put-it — `As the mayor put it, "…"`: the idiom names the one quoted
        link = self._as_put_it(whole) if opener in (",", ":") else None
        if link is not None:
            yield link
        # near-before — `Zelensky said in a video speech, "…"`, `as Pope tells us -- "…"`
        if opener in (",", ":", *_DASHES):
            for c in sorted(near, key=lambda c: -c.cue):
                gap = self.doc[c.cue + 1 : whole.start]
                if c.cue < whole.start and len(gap) < _NEAR_BEFORE and _no_break(gap[:-1]):
                    yield self._result(c, "near-before:" + c.method)
        # dep-verb — any verb the quote is the clausal object of, outside the lexicon:
        # `"This is a big win for me," I confessed.`
        for root in roots:
            verb = root.head
            if root.dep_ in ("ccomp", "parataxis") and verb.i not in inside and verb.pos_ == "VERB":
                subject = active_subject(verb)
                if subject is not None:
                    yield _Link(verb, mention_span(subject), "dep-verb:subject", True)
        # continued — `"Do." she answered.`, `"I heard it drop."` / `said the girl.`: the
        # sentence goes on in lowercase after the closing mark, on its line or the next
        continued = continued_cue(self.doc, whole.end, self.lemmas)
        if continued is not None:
            cue, speaker = continued
            order = "name-verb" if speaker.end <= cue.i else "verb-name"
            yield _Link(cue, speaker, "continued:" + order, False)
        # after-verb — `"This is fantastic!" beamed a delegate.` / `"…," the sign reads.`
        if self.norm[span.start : span.end].rstrip()[-1:] in (",", "?", "!", "—"):
            link = self._verb_after(whole)
            if link is not None:
                yield link
        # so-says — `"…" So says Ana Ruiz, …`: `so` stands for the quote just before
        link = self._so_says(whole)
        if link is not None:
            yield link
        # colon — `Zelensky: "…"`, `Trump leaned in and boomed: "…"`, and a paragraph
        # ending `Breitbart News responded:` before a quoted paragraph
        if opener == ":":
            link = self._colon(whole)
            if link is not None:
                yield link

    def _source_label(self, whole: Span) -> _Link | None:
        """The source a round-up of what others wrote sets after a dash, right before the
        colon that opens the quote: `Turnout fell everywhere - Ana Ruiz: "…"`, `- More
        from Ruiz: "…"`, `- Ruiz and Lee: "…"` (names, `and`, and a leading `More from`)."""
        before = [t for t in self.doc[max(0, whole.start - 10) : whole.start] if not t.is_space]
        if len(before) < 3 or before[-1].text != ":":
            return None
        label: list[Token] = []
        for token in reversed(before[:-1]):
            if token.text in _DASHES and token.i > 0 and self.doc[token.i - 1].whitespace_:
                break
            if token.pos_ != "PROPN" and token.lower_ not in _LABEL_WORDS:
                return None
            label.insert(0, token)
        else:
            return None
        names = [k for k, t in enumerate(label) if t.pos_ == "PROPN"]
        if not names:
            return None
        dash = self.doc[label[0].i - 1]
        speaker = self.doc[label[names[0]].i : label[names[-1]].i + 1]
        return _Link(dash, speaker, "source-label", False)

    def _as_put_it(self, whole: Span) -> _Link | None:
        """`As the mayor put it, "…"` / `As Ana Ruiz puts it: "…"`: `put it` right before
        the comma or colon that opens the quote, in a clause opened by `as`, with a
        subject; the subject is the one quoted."""
        before = [t for t in self.doc[max(0, whole.start - 4) : whole.start] if not t.is_space]
        if len(before) < 3 or before[-2].lower_ != "it" or before[-3].lemma_ != "put":
            return None
        verb = before[-3]
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return None
        subject = active_subject(verb)
        if subject is None:
            return None
        return _Link(verb, mention_span(subject), "as-put-it", False)

    def _so_says(self, whole: Span) -> _Link | None:
        """`"Glass forgives nothing." So says Ana Ruiz`: a cue right after `So` opening the
        words after the closing mark, with its own speaker and nothing else reported."""
        after = [t for t in self.doc[whole.end : whole.end + 3] if not t.is_space]
        if len(after) < 2 or after[0].lower_ != "so" or after[1].head.i != after[1].i:
            return None
        hit = self.cues.get(after[1].i)
        if hit is None or any(c.dep_ in ("ccomp", "dobj") for c in after[1].children):
            return None
        return self._result(hit, "so-says:" + hit.method)

    def _dash_name(self, span: QuoteSpan) -> _Link | None:
        """The name right after a dash that follows the closing mark (on its line or the
        next), ending its line; the dash may be one token with the mark (`.”― Ana Ruiz`)."""
        after = self.norm[span.close_end : span.close_end + 8]
        dash = span.close_end + len(after) - len(after.lstrip())
        if self.norm[dash : dash + 1] not in _DASHES:
            return None
        cue = self._tokens(dash, dash + 1)
        if cue is None:
            return None
        name = []
        for token in self.doc[cue.end : cue.end + 8]:
            if token.pos_ != "PROPN" and token.text != ".":
                break
            name.append(token)
        end = name[-1].idx + len(name[-1]) if name else 0
        line_ends = self.norm[end : end + 2].strip(". \t")[:1] in ("", "\n", "\r")
        while name and name[-1].text == ".":
            name.pop()
        if not name or not line_ends:
            return None
        return _Link(cue[0], self.doc[name[0].i : name[-1].i + 1], "dash", False)

    def _verb_after(self, whole: Span) -> _Link | None:
        """`"…," Trump barked.` / `"…," beamed Clara Nunez.`: a name and a verb, either
        order, right after the closing mark, read from the tags when the parse is wrong."""
        after = _same_sentence(list(self.doc[whole.end : whole.end + _NEAR_APPOSITION]))
        run = _noun_run(after)
        if run and len(run) < len(after) and after[len(run)].text == ",":
            # `"…," Mr. Daniels, now 81 and retired in Boston, said`: the cue after the
            # name's apposition, wherever the parse hung it
            cue = self._cue_after_apposition(after[len(run) :], run)
            if cue is not None:
                return _Link(cue, mention_span(_run_head(run)), "near-after:name-verb", False)
        after = after[:_NEAR_BEFORE]
        if len(run) > 1 and run[-1].lemma_.lower() in self.lemmas:
            # `"…," the email read.` with the cue tagged as a noun
            return _Link(run[-1], mention_span(_run_head(run[:-1])), "near-after:name-verb", False)
        if run and len(run) < len(after) and after[len(run)].pos_ == "VERB":
            return _Link(
                after[len(run)], mention_span(_run_head(run)), "near-after:name-verb", False
            )
        # `"…," read the email.`: a past tense tagged as a base form is still a cue
        finite = ("VBD", "VBZ", "VBP")
        if after and after[0].pos_ == "VERB" and (
            after[0].tag_ in finite or after[0].lemma_.lower() in self.lemmas
        ):
            run = _noun_run(after[1:])
            if run and run[-1].pos_ in ("PROPN", "NOUN", "PRON"):
                return _Link(after[0], mention_span(_run_head(run)), "near-after:verb-name", False)
        return None

    def _cue_after_apposition(self, rest: list[Token], name: list[Token]) -> Token | None:
        """The first cue verb after a comma in the same sentence, before a quote mark or
        a verb with a subject other than the name: the `said` of `"…," Mr. Daniels, now
        81 and retired in Boston, said`."""
        for token in rest:
            if token.text in _BREAKS or token.is_quote:
                return None
            after_comma = self.doc[token.i - 1].text == ","
            if token.pos_ == "VERB" and after_comma and token.lemma_.lower() in self.lemmas:
                return token
            if any(c.dep_ == "nsubj" and c not in name for c in token.children):
                return None
        return None

    def _colon(self, whole: Span) -> _Link | None:
        """The speaker of `X: "…"` / `X verb: "…"`: the clause's subject, else the name."""
        before = [t for t in self.doc[max(0, whole.start - 30) : whole.start] if not t.is_space]
        if not before or before[-1].text != ":":
            return None
        colon = before[-1]
        clause = []
        for token in reversed(before[:-1]):
            if token.text in _BREAKS or token.is_sent_end:
                break
            clause.append(token)
        for token in clause:
            # `Doyle was blunt about the plan: "…"`: a copula with its complement speaks too
            # (not one asking `what`: `and what he said was this: "…"`)
            copula = (
                token.pos_ == "AUX"
                and any(c.dep_ in ("acomp", "attr") for c in token.children)
                and not any(c.tag_ in ("WP", "WDT") for c in token.children)
            )
            if token.pos_ == "VERB" or copula:
                # `Romney, the 2012 nominee, tweeted in response: "…"` parses `tweeted`
                # as a modifier of `Romney`
                subject = active_subject(token) or (
                    token.head if token.dep_ == "acl" and token.head.pos_ in NOMINAL else None
                )
                if subject is not None:
                    return _Link(token, mention_span(subject), "colon:verb", False)
        for token in clause:
            subject = active_subject(token) if token.pos_ == "AUX" else None
            if subject is not None and is_someone(subject):
                # `Margaret Doyle was blunt about the proposal: '…'`: the copula's
                # subject, not the topic standing before the colon
                return _Link(token, mention_span(subject), "colon:subject", False)
        # `On the injury: "…"` under a press conference's attribution is a topic line,
        # not a speaker's name
        if clause and clause[0].pos_ in ("PROPN", "NOUN") and clause[-1].lower_ not in _TOPICS:
            return _Link(colon, mention_span(clause[0]), "colon", False)
        return None

    def _result(self, hit: CueSpeaker, method: str, attached: bool = False) -> _Link:
        return _Link(self.doc[hit.cue], mention_span(self.doc[hit.speaker]), method, attached)

    def _narrator(self, found: _Found) -> None:
        """A quote opening a paragraph after one about a person: that person speaks.

        `Valastro praised Christie's leadership.` / `"We need someone who …"` — the
        subject of the sentence just before, when it is a person, a proper name, `he`/`she`
        or a noun with `the` (`The girl smiled.` / `"I will go."`).
        """
        subject = self._previous_subject(found)
        if subject is None:
            return
        found.speaker, found.cue = mention_span(subject), subject.sent.root
        found.method = "previous-sentence"

    def _beat(self, found: _Found) -> None:
        """In dialogue-dense text, a quote ending its line with no speaker yet, followed by
        a line of narration about a person: that person speaks.

        `"Morning, Mrs Hale!"` / `The postman dropped the parcels on the step.`
        """
        end = self.norm.find("\n", found.end)
        if end < 0 or self.norm[found.end : end].strip(_MARKS + " "):
            return
        start = end + 1
        while start < len(self.norm) and self.norm[start] == " ":
            start += 1
        if not self.norm[start : start + 1].isupper():
            return
        first = self._tokens(start, start + 1)
        if first is None or first[0].sent.start != first.start:
            return
        sentence = first[0].sent
        if any(m in sentence.text for m in _MARKS):
            return
        subject = active_subject(sentence.root) or opening_subject(sentence)
        if subject is None or not is_person_subject(subject):
            return
        # the verb of the narration (the word after a name the parser did not read)
        after = self.doc[min(subject.i + 1, len(self.doc) - 1)]
        verb = subject.head if subject.head != subject else after
        found.speaker, found.cue = mention_span(subject), verb
        found.method = "next-sentence"

    # -- reported speech ---------------------------------------------------------------

    def _reported(self, direct: list[_Found], fragments: list[QuoteSpan]) -> list[_Found]:
        """`X said (that) <clause>`: indirect, or mixed when the clause holds a quoted fragment."""
        found = find_reported(
            self.doc,
            self.cues,
            taken=[(f.start, f.end) for f in direct],
            used_cues={f.cue.i for f in direct if f.cue is not None},
            fragments=[(f.start, f.close_end) for f in fragments],
            unsourced=self.unsourced,
        )
        out = []
        for r in found:
            kind: QuoteType = "mixed" if r.mixed else "indirect"
            start, end = r.start, r.end
            # `Hale backs "a fair wage for carers."`: the quote is all that is said; not
            # for a statement with no source (a direct quote would borrow one)
            sole = (
                sole_quotation(self.norm, start, end, fragments)
                if r.mixed and r.speaker is not None
                else None
            )
            if sole is not None:
                kind, start, end = "direct", sole.start, sole.end
            speaker = None if r.speaker is None else mention_span(r.speaker)
            out.append(
                _Found(start, end, kind, r.cue, speaker, r.method, self.paragraph_of(start))
            )
        return out

    # -- records -----------------------------------------------------------------------

    def _records(self, found: list[_Found], relays: list[_Found]) -> list[Quote]:
        """The rows of `found`; those in `relays` pass on a direct quote that has a row of
        its own, so they stay out of the statements scope (see :func:`_within_statement`)."""
        out: list[Quote] = []
        for f in found:
            speaker, cue = f.speaker, f.cue
            kind = cue_class(cue)
            out.append(
                Quote(
                    type=f.type,
                    text=self.text[f.start : f.end],
                    start=f.start,
                    end=f.end,
                    speaker=f.name,
                    speaker_mention=None
                    if speaker is None
                    else self.text[speaker.start_char : speaker.end_char],
                    speaker_start=None if speaker is None else speaker.start_char,
                    speaker_end=None if speaker is None else speaker.end_char,
                    cue=None if cue is None else self.text[cue.idx : cue.idx + len(cue)],
                    cue_start=None if cue is None else cue.idx,
                    cue_end=None if cue is None else cue.idx + len(cue),
                    method=f.method,
                    confidence=confidence(f.method, f.type, kind, speaker_kind(speaker)),
                    cue_class=kind,
                    statement=not any(f is r for r in relays)
                    and dropped_by(
                        self.norm,
                        f.type,
                        self._tokens(f.start, f.end),
                        cue,
                        speaker,
                        f.method,
                        kind,
                    )
                    is None,
                )
            )
        return out


def _char_before(text: str, at: int, blanks: str | None = None) -> str:
    """The last character of `text[:at]` once stripped of `blanks` (all whitespace when
    None), or "" when nothing is left; reads back only over the blanks, not the prefix."""
    i = at - 1
    while i >= 0 and (text[i].isspace() if blanks is None else text[i] in blanks):
        i -= 1
    return text[i] if i >= 0 else ""


def _within_statement(quote: _Found, statement: _Found) -> bool:
    """Whether a direct quote is part of a statement reported by speech that also holds
    its cue: in `"We will win," Ruiz said, according to the Gazette` the quote and `said`
    are what the Gazette reports (PolNeAR's one row, in `--scope all`), but a fact-checker
    publishes Ruiz's words as Ruiz's: the direct row stays, the Gazette's row is left out
    of the statements scope, and a quote after it continues Ruiz. A quote inside what
    someone dreamed or thought is not passed on this way."""
    if quote.cue is None:
        return False
    at = quote.cue.idx
    return (
        statement.speaker is not None
        and cue_class(statement.cue) == "speech"
        and statement.start <= at < statement.end
        and 2 * (min(quote.end, statement.end) - max(quote.start, statement.start))
        >= quote.end - quote.start
    )


def _borrow(f: _Found, source: _Found, method: str) -> None:
    """Give a cue-less quote the cue and speaker of an earlier one."""
    f.cue, f.speaker, f.name = source.cue, source.speaker, source.name
    f.method = method


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


#: Parts of speech a short speaker noun phrase is made of (`the 43-year-old`, `Mr. Obama`).
_NP_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})


def _noun_run(tokens: list[Token]) -> list[Token]:
    """The leading noun phrase of `tokens`, by tags: at most five words, ending in a noun."""
    run: list[Token] = []
    for token in tokens[:5]:
        inner_mark = token.is_punct and token.text in ".-" and not token.is_sent_end
        if token.pos_ not in _NP_POS and not inner_mark:
            break
        run.append(token)
    while run and run[-1].pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
        run.pop()
    if len(run) > 1 and any(t.pos_ == "PRON" for t in run):
        return []
    return run


def _run_head(run: list[Token]) -> Token:
    """The word a noun phrase is about: its last noun or name."""
    return run[-1]


#: Tokens that end the stretch between a quote and its cue: a sentence end or a mark.
_BREAKS = frozenset({".", "!", "?", '"', "''", "``"})
#: Words that open a topic line before a colon (`On the injury: "…"`).
_TOPICS = word_list("topic-line-openers")


def _no_break(tokens: Span | list[Token]) -> bool:
    """No sentence end, no other quote mark and no new paragraph in between."""
    return not any(t.text in _BREAKS or ("\n" in t.text and not _continues(t)) for t in tokens)


def _continues(space: Token) -> bool:
    """Whether the line after a line break goes on with the same sentence, as in fiction
    printed a line per sentence: `"Oh, how delicious!"` / `cried one of the women.`"""
    doc = space.doc
    nxt = doc[space.i + 1] if space.i + 1 < len(doc) else None
    return nxt is not None and (nxt.text[:1].islower() or nxt.text == "I")


def _same_sentence(tokens: list[Token]) -> list[Token]:
    """The tokens without leading line breaks that the sentence runs on across."""
    while tokens and tokens[0].is_space:
        if "\n" in tokens[0].text and not _continues(tokens[0]):
            return []
        tokens = tokens[1:]
    return tokens
