"""Who speaks a quote with no cue of its own: speaker inheritance and turn-taking.

:class:`Inheritance` names every speaker of one document in text order
(:meth:`Inheritance.resolve`). A cue-less quote takes, in this order, the other speaker's
turn in an exchange (:mod:`quotes.dialogue`), the speaker before the one it answers, a
newcomer the narration just named, the previous quote's speaker (in news, named by the
`he` or `she` right before it that stands for them, :mod:`quotes.nearer_mentions`), the
person the sentence before is about (:mod:`quotes.narration`), or, in dialogue-dense
text, the person the narration after it is about, else the last speaker of the text; and
when none of these gives one, what the narration right around it says
(:mod:`quotes.last_resort`). In news, a quote set off by a dash inside a sentence of
narration opened after the last row borrows none of these (:mod:`quotes.dash_asides`).

The steps are read in two modules: turn-taking among the quotes themselves
(:mod:`quotes.turn_taking`: the other speaker's turn, the answer to a question, a
paragraph left open) and the speakers the narration around a quote names
(:mod:`quotes.sentence_speakers`); this module tries them in order, names each speaker
(:class:`quotes.speakers.SpeakerResolver`) and keeps who holds the floor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from quotes.answered import addressed, answer_to_put, asker, asking_participles, replied_to
from quotes.continued_statements import goes_on_from, runs_on_from
from quotes.crowd_voices import chorus
from quotes.cue_classes import cue_class
from quotes.dash_asides import dash_aside
from quotes.found import PUT_QUESTION, Found
from quotes.governing import quoted_one
from quotes.joined_speakers import joined_speaker
from quotes.mentions import mention_span
from quotes.nearer_mentions import take_nearer_mention
from quotes.not_said import displayed
from quotes.records import UNNAMED_VOICE
from quotes.sentence_speakers import (
    NEWCOMER,
    beat,
    last_resort,
    last_speaker,
    narrator,
    newcomer,
    previous_subject,
)
from quotes.span_index import Spans
from quotes.speakers import SpeakerResolver
from quotes.speech_pieces import in_stage_paragraph
from quotes.turn_taking import (
    alternation,
    answer_to_question,
    answers,
    borrow,
    left_open_into,
    previous_turn,
)

#: Methods of a quote that borrows no speaker: a question put by someone unnamed, a cry
#: from a place.
_UNBORROWED = frozenset({PUT_QUESTION, UNNAMED_VOICE})


class Inheritance:
    """Names the speakers of one document's quotes, lending cue-less quotes a speaker."""

    def __init__(
        self,
        doc: Doc,
        norm: str,
        doc_text: str | None,
        dense: bool,
        paragraph_of: Callable[[int], int],
        quoted: Spans,
    ) -> None:
        """`norm` is the text made plain, `doc_text` the text `doc` was made from when the
        caller gave it, `dense` whether the text is dialogue-dense
        (:func:`quotes.dialogue.dialogue_dense`), `quoted` every quoted span."""
        self.doc = doc
        self.norm = norm
        self._doc_text = doc_text
        self.dense = dense
        self.paragraph_of = paragraph_of
        self._quoted = quoted

    def resolve(self, found: list[Found]) -> None:
        """Name every speaker, in text order; a quote with no cue of its own takes the
        speaker the quote before it or the sentence before it gives (:meth:`_inherit`,
        :func:`~quotes.sentence_speakers.narrator`), else the narration around it
        (:func:`~quotes.sentence_speakers.last_resort`), never a source that only relays
        that quote (`Found.relays`)."""
        resolver = SpeakerResolver(self.doc, self._doc_text)
        resolver.quoted = self._quoted
        asking = asking_participles(self.doc)
        attributed: list[Found] = []
        before: Found | None = None
        asked: Found | None = None  # the direct quote before `before`
        alternates = alternation(self.norm, [f for f in found if f.type == "direct"], self.dense)
        # the quotations with rows (not a scare quote's marks), for the last resort
        with_rows = Spans([(f.start, f.end) for f in found if f.type == "direct"])
        for k, f in enumerate(found):
            borrows = f.speaker is None and f.type == "direct" and f.method not in _UNBORROWED
            if borrows and not self.dense and self._dash_aside(f, attributed):
                borrows = False
            if borrows and in_stage_paragraph(self._doc_text, f.start, f.end):
                borrows = False  # `[Voices from the floor: "Shame!"]`
            if (
                borrows
                and k + 1 < len(found)
                and left_open_into(self.norm, self.dense, f, found[k + 1])
            ):
                borrow(f, found[k + 1], "left-open")
            if borrows and id(f) in alternates and not self._narration_first(f, before):
                borrow(f, alternates[id(f)], "dialogue-turn")
            if borrows and f.speaker is None and before is not None and answers(
                self.norm, before, f
            ):
                previous_turn(f, before, attributed, self.dense)
            if borrows and f.speaker is None and not self.dense and attributed:
                newcomer(self.doc, self._quoted, f, attributed[-1], resolver)
            if borrows and f.speaker is None and self.dense:
                answer_to_question(self.norm, f, asked, before)
            if borrows and f.speaker is None:
                self._inherit(f, attributed)
                if f.method == "previous-quote" and not self.dense:
                    take_nearer_mention(
                        f, previous_subject(self.doc, f), resolver, self._quoted
                    )
            if borrows and f.speaker is None:
                narrator(self.doc, f)
            if borrows and f.speaker is None and self.dense:
                beat(self.doc, self.norm, f)
            if borrows and f.speaker is None and self.dense:
                last_speaker(f, attributed)
            if borrows and f.speaker is None:
                last_resort(self.doc, f, before, with_rows)
            if f.type == "direct":
                asked, before = before, f
            if f.speaker is None:
                _pass_on(f, resolver)  # `Ms Varga was quoted as saying that …`: no agent
                continue
            if f.name is None and f.introduction is not None:
                # `The MINISTER:` → the holder the introduction names, the person in focus
                # for a `she` in the prose after the record
                f.name = resolver.label_name(f.speaker, f.introduction)
                if f.name is not None:
                    resolver.note_speaker(f.speaker.start, f.name, f.speaker)
            if f.name is None:
                # a speaker is not someone named in their own quoted words (in news;
                # dialogue-dense text leaves that to its turns); an interview's party is
                # named in its introduction, whatever names its lines hold (rule
                # party-named-before)
                said = (
                    (f.start, f.end)
                    if f.type == "direct" and not self.dense and f.method != "transcript"
                    else None
                )
                put = answer_to_put(f, attributed)
                if put is not None:
                    # `put it to him`: not counsel, whom the row before names
                    f.name = resolver.resolve(mention_span(put), None, attributed[-1].name)
                if f.name is None:
                    answered = (
                        replied_to(f, attributed)
                        or asker(f, resolver, asking)
                        or (addressed(f, resolver) if said is not None else None)
                    )
                    f.name = resolver.resolve(f.speaker, said, answered)
                resolver.note_speaker(f.speaker.start, f.name, f.speaker)
            if (
                borrows
                and f.name is not None
                and not self.dense
                and not f.dash_turn
                and f.method != NEWCOMER
            ):
                # the one whose quotes go on holds the floor (rule floor-held); a newcomer
                # was named just before, and is in focus already; a novel's turns set
                # with dashes (rule dash-turn) take turns as dialogue does
                resolver.hold_floor(f.start, f.name)
            if f.type != "direct":
                # a name its content makes a subject is none a `he` after it looks back to
                resolver.reported.append((f.start, f.end))
            _pass_on(f, resolver)
            if not f.relays:
                attributed.append(f)

    def _dash_aside(self, f: Found, attributed: list[Found]) -> bool:
        """Rule dash-aside-no-turn (:mod:`quotes.dash_asides`): in news, a cue-less quote
        set off by a dash inside a sentence of narration opened after the last row
        borrows no speaker, neither that row's nor the sentence's subject: `"We are
        alive," Ruiz said. When the mayor wrapped up — "I will fight for you!" — the
        balloons came down.` The words are of someone or something that sentence names,
        not a turn of the one who spoke last."""
        after = attributed[-1].end if attributed else 0
        return dash_aside(self.doc, self.norm, f.start, after)


    def _narration_first(self, f: Found, before: Found | None) -> bool:
        """Rule narration-before-turn: whether, in dialogue-dense text, a cue-less quote
        that opens an exchange (it answers no quote before it) comes right after a
        sentence about a person, who speaks it (:func:`~quotes.sentence_speakers.narrator`),
        rather than the one whose turn is counted two lines on: `Mira frowned at her
        brother.` / `"Sit up straight, Tom."` / `"Why?"` / `"Because she is right," said
        Karl.` is Mira's."""
        return (
            self.dense
            and (before is None or not answers(self.norm, before, f))
            and previous_subject(self.doc, f) is not None
        )

    def _inherit(self, f: Found, attributed: list[Found]) -> None:
        """A quote with no cue of its own continues the previous quote's speaker.

        `"We opened six centres today," Lindqvist said. "Two more will open tomorrow."` — when it
        starts in the paragraph where the previous quote ends, or the next one; unless
        that quote's cue sentence ends by handing the floor to someone else
        (:mod:`quotes.joined_speakers`: `…," Lindqvist said, and her deputy cut in.`).
        """
        if not attributed or f.paragraph - self.paragraph_of(attributed[-1].end) > 1:
            return
        source = attributed[-1]
        # `"A," said Nicky Driscoll, who said Sanders is best. "B."`: the statements
        # reported inside the previous quote's sentence do not take the turn, however
        # many (`"A," said Ana Ruiz, whom the drivers call Gogo Ruiz. "B."` gives two)
        if source.type != "direct" and source.cue is not None:
            for quoted in reversed(attributed[:-1]):
                if quoted.cue is None or quoted.cue.sent != source.cue.sent:
                    break
                if quoted.type == "direct":
                    source = quoted
                    break
        source = _past_display(source, attributed)
        if not self.dense and _belief(source):
            return
        joined = joined_speaker(source, f, self.norm)
        if joined is not None:
            # `"A," Ruiz said, and her brother cut in. "B."`: the brother speaks
            f.speaker, f.cue = joined
            f.method = "joined-speaker"
            return
        borrow(f, source, "previous-quote")
        f.continues_relay = source.relayed_by or source.continues_relay
        if source is attributed[-1] and not self.dense and goes_on_from(source, f, self.norm):
            f.continues_statement = source
        if source is attributed[-1] and not self.dense and runs_on_from(source, f, self.norm):
            f.continues_quote = source


def _past_display(source: Found, attributed: list[Found]) -> Found:
    """Rule display-no-turn: a sign's or a chant's words quoted inside the sentence of a
    direct quote take no turn; a cue-less quote after them goes on with that quote's
    speaker.

    Shape: `"A," X told reporters, where farmers hung a banner reading "B". "C."`: "C" is
    X's, not the banner's (:func:`~quotes.not_said.displayed`), also past a chant in the
    same sentence (`… where strikers chanted "D" and carried placards reading "B"`)."""
    if source.type != "direct" or not _slogan(source):
        return source
    for quoted in reversed(attributed[:-1]):
        if quoted.cue is None or quoted.cue.sent != source.cue.sent:
            break
        if quoted.type == "direct" and not _slogan(quoted):
            return quoted
    return source


def _slogan(row: Found) -> bool:
    """Whether a row is a sign's words or a chant, by its source and cue."""
    return (
        row.speaker is not None
        and row.cue is not None
        and (displayed(row.speaker, row.cue) or chorus(row.speaker, row.cue))
    )


def _belief(source: Found) -> bool:
    """Rule belief-no-turn: whether the row before a cue-less quote reports a view the
    writer gives someone (a thought cue, not a quotation of theirs): `Lund sees the mayor
    as a uniter.` / `"Nobody else can win."` — a belief summed up is not a turn of speech,
    and the quotation after it is not shown to be its holder's words. A quotation with a
    thought cue (`"…," she wondered aloud`) is one, and so is a view given with quoted
    words of its own (a mixed row): its speaker goes on. For news only: in
    dialogue-dense text a character's thought leads into their own words."""
    return source.type == "indirect" and cue_class(source.cue) == "thought"


def _pass_on(f: Found, resolver: SpeakerResolver) -> None:
    """Note on reported speech a paper or agency passes on the one it quotes
    (`Found.passed_on`): `The agency quoted Ana Villa as saying that …`, or in the
    passive, with or without the agency, `Ms Varga was quoted as saying that …`."""
    one = None if f.type == "direct" or f.cue is None else quoted_one(f.cue)
    if one is not None:
        quoted = mention_span(one)
        f.passed_on = (quoted, resolver.resolve(quoted))
        resolver.note_speaker(quoted.start, f.passed_on[1], quoted)
