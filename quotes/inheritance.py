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
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotes.answered import asker, asking_participles, replied_to
from quotes.continued_statements import goes_on_from, runs_on_from
from quotes.cue_classes import cue_class
from quotes.dash_asides import dash_aside
from quotes.dialogue import DENSE_REACH, Line, answers_question, turn_sources
from quotes.found import DASHES, MARKS, PUT_QUESTION, Found, char_tokens
from quotes.governing import quoted_one
from quotes.joined_speakers import joined_speaker
from quotes.language import word_list
from quotes.last_resort import beat_speaker, cue_after, speaker_before
from quotes.matchers import active_subject
from quotes.mentions import mention_span
from quotes.narration import is_person_subject, is_someone
from quotes.nearer_mentions import take_nearer_mention
from quotes.next_sentence import next_sentence_speaker
from quotes.records import UNNAMED_VOICE
from quotes.span_index import Spans
from quotes.speakers import SpeakerResolver

#: How many paragraphs back a dialogue partner may have last spoken …
_DIALOGUE_REACH = 3
#: … or lines, in dialogue-dense text (:func:`quotes.dialogue.dialogue_dense`), where a
#: turn of several sentences spans as many lines and a partner answers a few turns later.
_DENSE_DIALOGUE_REACH = 15


#: Methods of a quote that borrows no speaker: a question put by someone unnamed, a cry
#: from a place.
_UNBORROWED = frozenset({PUT_QUESTION, UNNAMED_VOICE})
#: Words of the first person (`I`, `our`), the voice of a quote left open (rule left-open).
_FIRST_PERSON = word_list("first-person-words")
#: The method of a cue-less quote given to a newcomer the sentence before names.
_NEWCOMER = "new-speaker"


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
        :meth:`_narrator`), else the narration around it (:meth:`_last_resort`), never a
        source that only relays that quote (`Found.relays`)."""
        resolver = SpeakerResolver(self.doc, self._doc_text)
        resolver.quoted = self._quoted
        asking = asking_participles(self.doc)
        attributed: list[Found] = []
        before: Found | None = None
        asked: Found | None = None  # the direct quote before `before`
        alternates = self._alternation([f for f in found if f.type == "direct"])
        # the quotations with rows (not a scare quote's marks), for :meth:`_last_resort`
        with_rows = Spans([(f.start, f.end) for f in found if f.type == "direct"])
        for k, f in enumerate(found):
            borrows = f.speaker is None and f.type == "direct" and f.method not in _UNBORROWED
            if borrows and not self.dense and self._dash_aside(f, attributed):
                borrows = False
            if borrows and k + 1 < len(found) and self._left_open_into(f, found[k + 1]):
                _borrow(f, found[k + 1], "left-open")
            if borrows and id(f) in alternates and not self._narration_first(f, before):
                _borrow(f, alternates[id(f)], "dialogue-turn")
            if borrows and f.speaker is None and before is not None and self._answers(before, f):
                self._turn(f, before, attributed)
            if borrows and f.speaker is None and not self.dense and attributed:
                self._newcomer(f, attributed[-1], resolver)
            if borrows and f.speaker is None and self.dense:
                self._answer(f, asked, before)
            if borrows and f.speaker is None:
                self._inherit(f, attributed)
                if f.method == "previous-quote" and not self.dense:
                    take_nearer_mention(f, self._previous_subject(f), resolver, self._quoted)
            if borrows and f.speaker is None:
                self._narrator(f)
            if borrows and f.speaker is None and self.dense:
                self._beat(f)
            if borrows and f.speaker is None and self.dense:
                self._last_speaker(f, attributed)
            if borrows and f.speaker is None:
                self._last_resort(f, before, with_rows)
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
                # dialogue-dense text leaves that to its turns)
                said = (f.start, f.end) if f.type == "direct" and not self.dense else None
                answered = replied_to(f, attributed) or asker(f, resolver, asking)
                f.name = resolver.resolve(f.speaker, said, answered)
                resolver.note_speaker(f.speaker.start, f.name, f.speaker)
            if (
                borrows
                and f.name is not None
                and not self.dense
                and not f.dash_turn
                and f.method != _NEWCOMER
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

    def _alternation(self, direct: list[Found]) -> dict[int, Found]:
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

    def _left_open_into(self, f: Found, after: Found) -> bool:
        """Rule left-open: whether a cue-less quote that its writer leaves open at its
        paragraph's end goes on in the next paragraph, which reopens it with a mark and
        names its speaker there: `"I phoned the office twice. Nobody called back.` ¶ `"He
        gave up football that spring," Kovac said.` is Kovac's, as news style quotes one
        speech over paragraphs, even where the marks were paired as two quotes (the
        second opening a sentence and ending before its tag). Only a quote that opens its
        paragraph (one after a cue in its own paragraph goes on with that cue's speaker,
        :meth:`_inherit`) and speaks in the first person (`I`, `we`: a paragraph of
        prose about others that a stray mark opens is no one's), and not in
        dialogue-dense text,
        where a line left open is more often a mark the writer dropped."""
        if self.dense or after.type != "direct" or after.speaker is None or after.cue is None:
            return False
        line = self.norm[self.norm.rfind("\n", 0, f.start) + 1 : f.start]
        if line.strip(MARKS + " \t"):
            return False  # not a paragraph of its own: the quote before it speaks on
        words = re.findall(r"(?<![\w-])[\w'’]+(?![\w-])", self.norm[f.start : f.end])
        if not any(word.lower() in _FIRST_PERSON for word in words):
            return False  # no one's voice: a paragraph of prose a stray mark opens
        gap = self.norm[f.end : after.start]
        return (
            gap.lstrip(" \t")[:1] == "\n"  # no closing mark: the quote runs to the line end
            and not gap.strip(MARKS + " \t\r\n")
            and gap.rstrip(" \t")[-1:] in MARKS
        )

    def _narration_first(self, f: Found, before: Found | None) -> bool:
        """Rule narration-before-turn: whether, in dialogue-dense text, a cue-less quote
        that opens an exchange (it answers no quote before it) comes right after a
        sentence about a person, who speaks it (:meth:`_narrator`), rather than the one
        whose turn is counted two lines on: `Mira frowned at her brother.` / `"Sit up
        straight, Tom."` / `"Why?"` / `"Because she is right," said Karl.` is Mira's."""
        return (
            self.dense
            and (before is None or not self._answers(before, f))
            and self._previous_subject(f) is not None
        )

    def _answers(self, before: Found, f: Found) -> bool:
        """Whether a quote opens the line right after the one the quote before closes,
        with no narration between: a new turn in the dialogue.

        `"Is it far?"` / `"Two miles."` — or, on one line, right after a quote broken off
        with a dash: someone cuts in (`"And then they --" "Nonsense!"`).
        """
        gap = self.norm[before.end : f.start]
        if gap.strip(MARKS + " \t\r\n"):
            return False
        return "\n" in gap or self._broken_off(before)

    def _broken_off(self, found: Found) -> bool:
        """Whether a quote ends with a dash, its speaker cut short: `"But you said --"`."""
        return self.norm[found.start : found.end].rstrip(MARKS + " ").endswith(tuple(DASHES))

    def _turn(self, f: Found, before: Found, attributed: list[Found]) -> None:
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

    def _answer(self, f: Found, asked: Found | None, question: Found | None) -> None:
        """In dialogue-dense text, a cue-less reply to a question put in a running exchange
        is the answer of the one it was put to, the speaker of the line before the
        question (:func:`quotes.dialogue.answers_question`): `"You came by ferry?"` /
        `"Why not?" asked Tom.` / `"It was the only boat."` is not Tom's."""
        if asked is None or question is None or asked.speaker is None:
            return
        if question.speaker is None or _who(asked) == _who(question):
            return
        if answers_question(
            self.norm, (asked.start, asked.end), (question.start, question.end), (f.start, f.end)
        ):
            _borrow(f, asked, "answer-to-question")

    def _newcomer(self, f: Found, last: Found, resolver: SpeakerResolver) -> None:
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
        f.method = _NEWCOMER

    def _previous_subject(self, found: Found) -> Token | None:
        """The person the sentence just before a quote is about (its active subject), if
        it names one (:func:`quotes.narration.is_person_subject`)."""
        whole = char_tokens(self.doc, found.start, found.end)
        if whole is None or whole.start < 2:
            return None
        previous = self.doc[whole.start - 1].sent
        if previous.start >= whole.start - 1:
            previous = self.doc[max(0, previous.start - 1)].sent
        subject = active_subject(previous.root)
        if subject is None or not is_person_subject(subject):
            return None
        return subject

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
        if not self.dense and _belief(source):
            return
        joined = joined_speaker(source, f, self.norm)
        if joined is not None:
            # `"A," Ruiz said, and her brother cut in. "B."`: the brother speaks
            f.speaker, f.cue = joined
            f.method = "joined-speaker"
            return
        _borrow(f, source, "previous-quote")
        f.continues_relay = source.relayed_by or source.continues_relay
        if source is attributed[-1] and not self.dense and goes_on_from(source, f, self.norm):
            f.continues_statement = source
        if source is attributed[-1] and not self.dense and runs_on_from(source, f, self.norm):
            f.continues_quote = source

    def _narrator(self, found: Found) -> None:
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

    def _beat(self, found: Found) -> None:
        """In dialogue-dense text, a quote ending its line with no speaker yet, followed by
        a line of narration about a person: that person speaks
        (:func:`quotes.next_sentence.next_sentence_speaker`)."""
        hit = next_sentence_speaker(self.doc, self.norm, found)
        if hit is not None:
            found.speaker, found.cue = hit
            found.method = "next-sentence"

    def _last_speaker(self, found: Found, attributed: list[Found]) -> None:
        """In dialogue-dense text, where every line has a speaker, a quote no other rule
        names takes the speaker of the last quote that has one, however far back: the
        talk goes on with the one who spoke last.

        `"Is the barn locked?" asked Ruth.` / `The wind rose and the rain came on.` /
        `The lamp flickered.` / `"Dry wood would help."` is Ruth's.
        """
        source = next((a for a in reversed(attributed) if a.type == "direct"), None)
        if source is not None:
            _borrow(found, source, "last-speaker")

    def _last_resort(self, found: Found, before: Found | None, said: Spans) -> None:
        """A quote no rule above gives a speaker: the narration around it may still say
        who talks (:mod:`quotes.last_resort`: a speech verb in a sentence just before,
        the quote before it across a short beat of narration, a cue sentence after)."""
        if before is not None and before is not found and beat_speaker(
            self.doc, said, found, before
        ):
            _borrow(found, before, "after-a-beat")
            return
        for rule, method in ((speaker_before, "speaking-before"), (cue_after, "cue-after")):
            hit = rule(self.doc, said, found)
            if hit is not None:
                found.speaker, found.cue = hit
                found.method = method
                return


def _belief(source: Found) -> bool:
    """Rule belief-no-turn: whether the row before a cue-less quote reports a view the
    writer gives someone (a thought cue, not a quotation of theirs): `Lund sees the mayor
    as a uniter.` / `"Nobody else can win."` — a belief summed up is not a turn of speech,
    and the quotation after it is not shown to be its holder's words. A quotation with a
    thought cue (`"…," she wondered aloud`) is one, and so is a view given with quoted
    words of its own (a mixed row): its speaker goes on. For news only: in
    dialogue-dense text a character's thought leads into their own words."""
    return source.type == "indirect" and cue_class(source.cue) == "thought"


def _who(found: Found) -> str:
    """Who speaks a quote: the resolved name, else the mention as written (`I`)."""
    return found.name or (found.speaker.text.lower() if found.speaker is not None else "")


def _borrow(f: Found, source: Found, method: str) -> None:
    """Give a cue-less quote the cue and speaker of an earlier one."""
    f.cue, f.speaker, f.name = source.cue, source.speaker, source.name
    f.method = method


def _pass_on(f: Found, resolver: SpeakerResolver) -> None:
    """Note on reported speech a paper or agency passes on the one it quotes
    (`Found.passed_on`): `The agency quoted Ana Villa as saying that …`, or in the
    passive, with or without the agency, `Ms Varga was quoted as saying that …`."""
    one = None if f.type == "direct" or f.cue is None else quoted_one(f.cue)
    if one is not None:
        quoted = mention_span(one)
        f.passed_on = (quoted, resolver.resolve(quoted))
        resolver.note_speaker(quoted.start, f.passed_on[1], quoted)
