"""The per-document work of the engine: link each quoted span and each reported clause
of one parsed document to its cue and speaker, then resolve the speakers in text order.

:class:`quotes.engine.Engine` parses and cuts texts into pieces; an :class:`Attributor`
reads one piece, in named steps: quote marks (:mod:`quotes.marks`), transcripts
(:mod:`quotes.transcript_rows`), the cue and speaker of each quoted span
(:mod:`quotes.direct_links`), reported speech (:mod:`quotes.reported`, direct versus
mixed in :mod:`quotes.mixed`), the speakers of quotes with no cue of their own
(:mod:`quotes.inheritance`), and the rows (:mod:`quotes.rows`).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from quotes.columns import (
    headed_reactions,
    headed_testimonies,
    listed_points,
    reader_questions,
    said_headings,
)
from quotes.cue_forms import CueForms
from quotes.dash_dialogue import dash_turns
from quotes.dialogue import dialogue_dense
from quotes.direct_candidates import LinkCandidates
from quotes.direct_links import DirectLinker
from quotes.doc_memo import made_from
from quotes.found import Found
from quotes.inheritance import Inheritance
from quotes.interpreted import interpreted_for, interpreter
from quotes.interpreter_turns import interpreter_turns
from quotes.interview_answers import unlabelled_answers
from quotes.label_speakers import LabelPeople
from quotes.marks import QuoteSpan, find_quote_spans, paragraph_bounds
from quotes.matchers import CueSpeaker, SpeakerMatcher
from quotes.mentions import mention_span
from quotes.minute_lines import recorded_speakers
from quotes.mixed import sole_quotation
from quotes.normalise import normalise
from quotes.page_shapes import clips, emails, name_line_speaker, signed_posts
from quotes.peer_titles import title_peers
from quotes.printed_items import printed_items
from quotes.printed_whole import printed_documents
from quotes.records import Quote, QuoteType
from quotes.release_lines import attributed_release
from quotes.reported import find_reported
from quotes.rows import reach_back, records, within_statement
from quotes.span_index import Spans
from quotes.statement_nesting import mark_relayed
from quotes.titles import is_subhead
from quotes.transcript_rows import transcript_rows
from quotes.turn_relays import cut_relays
from quotes.unsourced import unsourced_cues
from quotes.unsourced_nouns import unsourced_nouns

#: Links a quote takes from the narration around it when nothing nearer names its
#: speaker (a sentence before that says someone speaks, :mod:`quotes.last_resort`): a
#: name line right above the quote gives way to none of them.
_NEAR_GUESSES = frozenset({"speaking-before"})

class Attributor:
    """The per-document work: link each quoted span and each reported clause to a speaker."""

    def __init__(
        self,
        text: str,
        doc: Doc,
        matcher: SpeakerMatcher,
        forms: CueForms,
        norm: str | None = None,
        cut: bool = False,
    ) -> None:
        """`matcher` finds the cues and their speakers, `forms` says which word forms are
        cue words' (:class:`~quotes.cue_forms.CueForms`, the engine's); `cut` says that
        `text` is a piece of a longer text that ends inside a paragraph."""
        self.text = text
        #: Whether a quote open at the text's end may close past it (see `cut` above).
        self.cut = cut
        #: `text` with odd spaces and marks made plain, offsets unchanged (what the
        #: engine's parser reads, given as `norm` when the caller has it); every look at
        #: the characters around a quote reads this.
        self.norm = normalise(text) if norm is None else norm
        #: The text `doc` was made from: `norm` when the caller gave it, else the doc's
        #: own (the spaCy component's and a speaker table's parse of the text as given).
        self._doc_text = doc.text if norm is None else norm
        made_from(doc, self._doc_text)  # the rules' span_text reads it, not doc.text again
        self.doc = doc
        self.lemmas = matcher.lemmas
        self.forms = forms
        self.cues: dict[int, CueSpeaker] = matcher(doc)
        self.unsourced = sorted(
            unsourced_cues(doc, matcher.lemmas, self.cues) + unsourced_nouns(doc, self.cues)
        )
        self._para_starts = [
            start
            for start, _ in paragraph_bounds(text)
            if not (text[start : start + 1].islower() or text[start : start + 2] == "I ")
        ] or [0]
        #: Fiction-like text, where people talk in turns (:func:`quotes.dialogue.dialogue_dense`):
        #: turns are counted farther back.
        self.dense = dialogue_dense(self.norm)
        #: The people the parser found, as transcript and headline labels are checked
        #: against them (read once, when a label first asks).
        self.people = LabelPeople(doc)

    def paragraph_of(self, char: int) -> int:
        """The number of the paragraph holding character `char`."""
        return max(0, bisect_right(self._para_starts, char) - 1)

    def run(self) -> list[Quote]:
        """The rows of the piece: its direct quotes and transcript lines, the reported
        speech around them, every speaker named in text order."""
        spans = find_quote_spans(self.text, self.cut)
        quoted = Spans([(span.start, span.end) for span in spans])
        turns_of_dashes = dash_turns(self.norm, self.doc, quoted)
        if turns_of_dashes:
            # `— Back to the tower, he said.`: dialogue set with dashes, not marks
            spans = sorted([*spans, *turns_of_dashes], key=_span_start)
            quoted = Spans([(span.start, span.end) for span in spans])
        candidates = LinkCandidates(
            self.norm, self.doc, self.cues, self.lemmas, self.forms, self.paragraph_of
        )
        linker = DirectLinker(self.text, candidates, quoted)
        turns, silent = transcript_rows(
            self.doc, self._doc_text, self.cues, self.people, self.paragraph_of
        )
        # the quotes a line reads out for a sender it names are found like any other
        turns = cut_relays(self.doc, self._doc_text, turns, spans)
        turns, own_turns = interpreter_turns(self.doc, turns)
        layout = [] if turns else self._answers() or self._columns()
        turns += self._posts() + self._clips() + layout
        turns += [
            item
            for item in self._items()
            if not any(turn.start <= item.start < turn.end for turn in turns)
        ]
        direct: list[Found] = []
        fragments: list[QuoteSpan] = []
        for span in spans:
            if any(turn.start <= span.start < turn.end for turn in turns):
                continue  # quoted words inside a transcript line or post are part of it
            if not self.dense and is_subhead(self.norm, span, spans):
                continue  # `'A long way from home.'` on a line of its own heads a part
            found = linker.direct(span)
            if found is None:
                fragments.append(span)
                continue
            found.dash_turn = span in turns_of_dashes
            if self.dense:
                # in dialogue, a line after `She had a new idea:` is the words alone
                found.lead_in = None
            if not self.dense and (found.speaker is None or found.method in _NEAR_GUESSES):
                # `Ana Ruiz, 34, nurse` ¶ `"…"`: a vox pop's name line, which a guess from
                # the narration before (`Here is what they said.`) gives way to
                named = name_line_speaker(self.doc, self.norm, span)
                if named is not None:
                    found.speaker, found.cue, found.method = named, None, "name-line"
            direct.append(found)
        reported = self._reported(direct + turns, fragments, silent)
        for r in reported:
            reach_back(r, direct, self.norm)
            for f in direct:
                if within_statement(f, r):
                    r.relays, f.relayed_by = True, r
        found = sorted(direct + turns + reported, key=lambda f: (f.start, f.end))
        self._interpreted(found, own_turns)
        recorded_speakers(found, self.lemmas)
        inheritance = Inheritance(
            self.doc, self.norm, self._doc_text, self.dense, self.paragraph_of, quoted
        )
        inheritance.resolve(found)
        title_peers(found, self.norm)
        return records(found, self.text, self.norm, self.doc)

    def _interpreted(self, found: list[Found], own_turns: set[int]) -> None:
        """Rows an interpreter passes on (`The interpreter relayed that …`) are the one
        interpreted's (:func:`quotes.interpreted.interpreted_for`), looked for back to
        the start of the paragraph before the row's; not her own transcript lines
        (``own_turns``, their starts: :func:`quotes.interpreter_turns.interpreter_turns`)."""
        for k, f in enumerate(found):
            if not interpreter(f.speaker) or (f.method == "transcript" and f.start in own_turns):
                continue
            floor = self._para_starts[max(0, self.paragraph_of(f.start) - 1)]
            speaker = interpreted_for(f, found[:k], floor)
            if speaker is not None:
                f.speaker, f.method = speaker, f"interpreted:{f.method}"

    def _posts(self) -> list[Found]:
        """Posts signed by their embed line (:func:`quotes.page_shapes.signed_posts`) as
        direct quotes of the one who posted, the dash their cue, and emails under their
        header lines (:func:`quotes.page_shapes.emails`) of the sender, `From` the cue."""
        out = []
        for method, posts in (
            ("signed-post", signed_posts(self.doc, self.norm)),
            ("email-from", emails(self.doc, self.norm)),
            ("printed-whole", printed_documents(self.doc, self.norm, self.lemmas)),
        ):
            for post in posts:
                found = Found(post.start, post.end, "direct", post.cue, post.speaker, method)
                found.paragraph = self.paragraph_of(post.start)
                out.append(found)
        return out

    def _items(self) -> list[Found]:
        """The items of a document printed as a list under its introduction (an FAQ's
        answers, a status page's updates, a thread's numbered posts:
        :func:`quotes.printed_items.printed_items`) as direct quotes of its maker, the
        introduction's verb their cue."""
        return [
            Found(
                item.start,
                item.end,
                "direct",
                item.cue,
                item.speaker,
                item.method,
                self.paragraph_of(item.start),
            )
            for item in printed_items(self.doc, self.norm, self.lemmas)
        ]

    def _clips(self) -> list[Found]:
        """A radio script's clips under their slug lines (:func:`quotes.page_shapes.clips`)
        as direct quotes of the one each slug names, with no cue."""
        return [
            Found(
                clip.start,
                clip.end,
                "direct",
                None,
                clip.speaker,
                "clip-slug",
                self.paragraph_of(clip.start),
            )
            for clip in clips(self.doc, self.norm)
        ]

    def _answers(self) -> list[Found]:
        """The answers of an interview printed under its questions with no labels
        (:func:`quotes.interview_answers.unlabelled_answers`) as direct quotes of the one the
        introduction says was interviewed, with no cue."""
        return [
            Found(
                answer.start,
                answer.end,
                "direct",
                None,
                mention_span(answer.speaker),
                "unlabelled-answer",
                self.paragraph_of(answer.start),
            )
            for answer in unlabelled_answers(self.doc, self.norm)
        ]

    def _columns(self) -> list[Found]:
        """An oral history's testimonies under their heading lines
        (:func:`quotes.columns.headed_testimonies`), a roundup's reactions under the
        lines naming who gives them (:func:`quotes.columns.headed_reactions`) or under
        heading lines that end in `said:` (:func:`quotes.columns.said_headings`), a
        release's paragraphs under the line naming whom they are attributed to
        (:func:`quotes.release_lines.attributed_release`), a readers'
        questions column
        (:func:`quotes.columns.reader_questions`) and the points a source lists under a
        lead-in (:func:`quotes.columns.listed_points`) as direct quotes."""
        attributions = [(hit.cue, hit.speaker) for hit in self.cues.values()]
        rows = (
            (
                headed_testimonies(self.doc, self.norm)
                or headed_reactions(self.doc, self.norm, attributions)
            )
            + reader_questions(self.doc, self.norm)
            + listed_points(self.doc, self.norm, self.lemmas)
            + said_headings(self.doc, self.norm, self.lemmas)
            + attributed_release(self.doc, self.norm)
        )
        return [
            Found(
                row.start,
                row.end,
                "direct",
                row.cue,
                row.speaker,
                row.method,
                self.paragraph_of(row.start),
            )
            for row in rows
        ]

    # -- reported speech ---------------------------------------------------------------

    def _reported(
        self, direct: list[Found], fragments: list[QuoteSpan], silent: list[tuple[int, int]]
    ) -> list[Found]:
        """`X said (that) <clause>`: indirect, or mixed when the clause holds a quoted
        fragment; none inside a quote or a ``silent`` stretch (a chorus's line)."""
        found = find_reported(
            self.doc,
            self.cues,
            taken=[(f.start, f.end) for f in direct] + silent,
            used_cues={f.cue.i for f in direct if f.cue is not None},
            fragments=[(f.start, f.close_end) for f in fragments],
            people=self.people,
            unsourced=self.unsourced,
            text=self._doc_text,
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
                Found(start, end, kind, r.cue, speaker, r.method, self.paragraph_of(start))
            )
        mark_relayed(out)
        return out


def _span_start(span: QuoteSpan) -> int:
    """Where a quoted span opens, to keep the spans of marks and dashes in text order."""
    return span.open_start
