"""Statements that a column's layout attributes, with no speech verb and no quote
marks: an oral history's testimonies under the heading lines that name their witnesses,
an expert-reaction roundup, each comment under a heading line that ends in `said:`,
a readers' questions column, each question signed by its reader on a dash line and
answered below by the expert the introduction names, and the points a source lists
under a sentence that ends in a colon.

Each rule reads one shape of the page's paragraphs (the comment on each says which) and
gives rows as :class:`ColumnRow`; :class:`quotes.attributor.Attributor` makes them
direct quotes beside the other page shapes (:mod:`quotes.page_shapes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from quotes.first_person import FIRST_PERSON
from quotes.found import MARKS, char_tokens
from quotes.genders import PERSON_PRONOUNS
from quotes.language import word_list
from quotes.marks import QUOTED_RUN, paragraph_bounds
from quotes.mentions import mention_span
from quotes.normalise import BULLETS
from quotes.page_shapes import name_cased, name_line, role_line
from quotes.signatures import signed_by
from quotes.speech_pieces import speech_pieces

#: Words of the second person, as a paragraph in someone's own voice holds them (with
#: :data:`FIRST_PERSON`) outside quotation marks (`You can use a can`).
_SECOND_PERSON = word_list("second-person-words")
#: Dashes that open a signature line (`— Ana Ruiz, Leith`).
_DASHES = word_list("signature-dashes")
#: A bulleted line that is a sentence: the bullet, then words that open with a capital
#: and end with a full stop, question or exclamation mark (group `point`).
_POINT = re.compile(
    r"[ \t]*[" + re.escape("".join(sorted(BULLETS))) + r"][ \t]+"
    r"(?P<point>[^\W\d_][^\n]*[.!?])[ \t]*$"
)
#: The colon that ends a line, and the line break after it.
_LEAD_IN = re.compile(r":[ \t]*\n")
#: Fewest words of a listed point: a shorter line is an item, not a statement.
_POINT_WORDS = 4
#: Fewest heading lines, or signed questions, that make a page such a column: one is a
#: lone caption or letter.
_MIN_ENTRIES = 2


@dataclass(frozen=True, slots=True)
class ColumnRow:
    """One paragraph (or a piece of one) of someone's words: character offsets, the cue
    (a question's signing dash; none for a testimony or an answer), the speaker's
    mention and the rule."""

    start: int
    end: int
    cue: Token | None
    speaker: Span
    method: str


def own_voice(paragraph: str, persons: frozenset[str]) -> bool:
    """Whether a paragraph holds a word of ``persons`` (:data:`FIRST_PERSON`,
    :data:`_SECOND_PERSON`) outside the words it quotes: `When they told us it was
    closing …` speaks as `us`; `Hale said: "I resign."` does not."""
    words = re.findall(r"[^\W\d_]+", QUOTED_RUN.sub(" ", paragraph))
    return any(w.lower() in persons for w in words)


def headed_testimonies(doc: Doc, norm: str) -> list[ColumnRow]:
    """Rule headed-testimony: an oral history's testimonies, each printed under a
    heading line that gives the witness's name with her birth year or age (and maybe
    her job), with no quote marks and no speech verb: `Ana Ruiz (b. 1938), weaver,
    1953–1983` ¶ `I started on the Monday after my fifteenth birthday.` ¶ `We were on
    four looms each. [laughs] Four!`. Each paragraph under a heading, up to the next
    one, is a direct row of the witness, cut at its stage notes (one row on each side
    of `[laughs]`), while it speaks in the first person outside its quotes: a profile
    under a name line in the writer's voice (`Ruiz has farmed here since 1990.`), the
    book's publication line after the last testimony, are no one's words.

    At least two headings (a collection); a quoted answer under a name line is a vox
    pop's, which :func:`quotes.page_shapes.name_line_speaker` signs."""
    paragraphs = paragraph_bounds(norm)
    heads = [(k, m) for k, (s, e) in enumerate(paragraphs) if (m := name_line(norm, s, e))]
    if len(heads) < _MIN_ENTRIES:
        return []
    out = []
    stops = [k for k, _ in heads[1:]] + [len(paragraphs)]
    for (k, head), stop in zip(heads, stops, strict=True):
        speaker = char_tokens(doc, head.start("name"), head.end("name"))
        if speaker is None:
            continue
        for start, end in paragraphs[k + 1 : stop]:
            if norm[start] in MARKS or not own_voice(norm[start:end], FIRST_PERSON):
                break
            out.extend(
                ColumnRow(a, b, None, speaker, "headed-testimony")
                for a, b in speech_pieces(norm, start, end)
            )
    return out


#: Most words of a heading line (`Ana Ruiz, 44, paint-line operator for 19 years`).
_HEADING_WORDS = 12


def headed_reactions(
    doc: Doc, norm: str, attributions: list[tuple[int, int]]
) -> list[ColumnRow]:
    """Rule headed-reaction: a "what they said" roundup, each reaction printed under a
    heading line that gives the person's name and role (or age, as a vox pop's name line
    does; at most :data:`_HEADING_WORDS` words, no sentence's end), with no quote marks
    and no speech verb: `Ana Ruiz, Minister of Economy` ¶
    `This is a painful decision. We heard about it from a journalist.` ¶ `Tom Hale,
    mayor of Leith` ¶ `…`. Each paragraph under a heading, up to the next heading or a
    section label in capitals, is a direct row of the person, until a paragraph that
    opens with a quote mark, names the person (`Hale has run the shop since 1998.`, a
    profile in the writer's voice) or reports someone by name or as `he` or `she`, the
    writer's report (`Kerr said the plant paid a fifth of the town's taxes.`;
    ``attributions`` are the token indices of each cue and its speaker's head word); after
    the last heading only its first paragraph, as the story goes on there.

    At least two headings, each a name the document's name rules know as a person's."""
    # `Ana Ruiz, Minister of Economy` ¶ `Nobody told us. We heard it on the radio.`
    reported = {
        cue
        for cue, speaker in attributions
        if doc[speaker].pos_ == "PROPN" or doc[speaker].lower_ in PERSON_PRONOUNS
    }
    paragraphs = paragraph_bounds(norm)
    heads: dict[int, Span] = {}
    for k, (start, end) in enumerate(paragraphs):
        if len(norm[start:end].split()) > _HEADING_WORDS or norm[end - 1] in ".!?":
            continue  # a sentence about someone (`Ana Ruiz, 29, died at the quarry.`)
        match = role_line(norm, start, end) or name_line(norm, start, end)
        if match is None or not name_cased(match.group("name").split()):
            continue
        name = char_tokens(doc, match.start("name"), match.end("name"))
        if name is not None and all(t.ent_type_ == "PERSON" for t in name if t.is_alpha):
            heads[k] = name
    if len(heads) < _MIN_ENTRIES:
        return []

    def writers(k: int, start: int, end: int) -> bool:
        # `Kerr said the plant …`, `Hale has run the shop since 1998.`: the writer's
        words = char_tokens(doc, start, end)
        return words is None or any(
            t.i in reported or t.text == heads[k][-1].text for t in words
        )

    return [
        ColumnRow(a, b, None, heads[k], "headed-reaction")
        for k, start, end in _under_headings(norm, paragraphs, list(heads), writers)
        for a, b in speech_pieces(norm, start, end)
    ]


#: A paragraph that is a heading line ending in a cue verb and a colon (`Dr Ana Ruiz,
#: senior lecturer in public health, said:`): the speaker's words before the first comma
#: (group `who`), the verb (group `cue`).
_SAID_LINE = re.compile(
    r"[ \t]*(?P<who>[^\W\d_][^\n,:]*?)(?:,[^\n:]*)?[ \t]+(?P<cue>[^\W\d_]+):[ \t]*$"
)
#: A paragraph that opens with a short label and a colon (`Declared interests: none.`):
#: the desk's note, no one's reaction.
_NOTE_LABEL = re.compile(r"[ \t]*[^\W\d_][\w'’ \-]{0,30}:")
#: Most words of a reaction's heading line that ends in `said:`.
_SAID_LINE_WORDS = 20


def said_headings(doc: Doc, norm: str, lemmas: frozenset[str]) -> list[ColumnRow]:
    """Rule said-heading: an expert-reaction roundup, as a science media desk sends one,
    each comment printed with no quote marks under a heading line of its own that ends
    in a cue verb and a colon: `Dr Ana Ruiz, senior lecturer in public health, Leith
    University, said:` ¶ `This is a careful trial. …` ¶ `The sample was small. …` ¶
    `Declared interests: none.` Each paragraph under a heading, up to the next heading,
    a note's label (`Declared interests:`), a paragraph in capitals or one that opens
    with a quote mark, is a direct row of the one the heading names before its first
    comma (`A spokesperson for the ministry said:` is the spokesperson), the heading's
    verb its cue; after the last heading only its first paragraph, as the story may go
    on there.

    At least two such headings, as a roundup prints them, each a name or a description
    with no verb before its cue: one `X said:` over a paragraph is a lead-in the other
    rules read, and `While another posted this tweet:` a sentence of the writer's."""
    paragraphs = paragraph_bounds(norm)
    heads: dict[int, tuple[Token, Span]] = {}
    for k, (start, end) in enumerate(paragraphs):
        # only a line that ends in a colon is tried: the pattern's lazy name before its
        # spaces is quadratic over a long run of them (a row of quote marks, blanked)
        if not norm[start:end].rstrip(" \t\n").endswith(":"):
            continue
        match = _SAID_LINE.match(norm, start, end)
        if match is None or len(norm[start:end].split()) > _SAID_LINE_WORDS:
            continue
        cue = char_tokens(doc, match.start("cue"), match.end("cue"))
        who = char_tokens(doc, match.start("who"), match.end("who"))
        if (
            cue is None
            or who is None
            or cue[0].lemma_.lower() not in lemmas
            or any(t.pos_ in ("VERB", "AUX") for t in who)
        ):
            continue  # `While another posted this tweet:` is the writer's sentence
        heads[k] = (cue[0], doc[who[0].i : who[-1].i + 1])
    if len(heads) < _MIN_ENTRIES:
        return []
    return [
        ColumnRow(a, b, *heads[k], "said-heading")
        for k, start, end in _under_headings(
            norm, paragraphs, list(heads), lambda _, s, e: bool(_NOTE_LABEL.match(norm, s, e))
        )
        for a, b in speech_pieces(norm, start, end)
    ]


def _under_headings(
    norm: str,
    paragraphs: list[tuple[int, int]],
    heads: list[int],
    ends_reaction: Callable[[int, int, int], bool],
) -> Iterator[tuple[int, int, int]]:
    """The paragraphs printed under a roundup's headings (`heads`, the headings'
    paragraph numbers in order), each as (heading, start, end): those up to the next
    heading, and after the last only its first, as the story goes on there; each
    heading's run ends at a paragraph that opens with a quote mark, one in capitals (a
    section label) or one the rule's ``ends_reaction`` (heading, start, end) says is
    no part of the reaction."""
    for k, stop in zip(heads, [*heads[1:], heads[-1] + 2], strict=True):
        for start, end in paragraphs[k + 1 : stop]:
            if norm[start] in MARKS or norm[start:end].isupper() or ends_reaction(k, start, end):
                break
            yield k, start, end


def reader_questions(doc: Doc, norm: str) -> list[ColumnRow]:
    """Rule reader-question: a readers' questions column, each question a paragraph
    that holds a question mark, signed on the line under it by a dash and the reader's
    name or description (`Can I still use a hose on my vegetables?` ¶ `— Ana Ruiz,
    Ledbury`; `Who checks? My neighbour never stops.` ¶ `— A reader in Oakfield`), and
    under that the expert's answer with no label or cue (`No. A
    trigger nozzle doesn't make a hose exempt.`). The question is the reader's direct
    row, the dash its cue (a quoted question is signed by
    :func:`quotes.signatures.signed_by` already); each paragraph of an answer, up to the
    next question, is a direct row of the one person the paragraph before the first
    question names (`We put your questions to consultant Ana Ruiz.`). After the last
    question the answer is its first paragraph and those after it that speak as `I` or
    to `you`: the paper's closing note is the writer's.

    At least two signed questions, as a column prints them."""
    paragraphs = paragraph_bounds(norm)
    asked: list[tuple[int, Token, Span]] = []
    for k, ((start, end), (sign, _)) in enumerate(pairwise(paragraphs)):
        if "?" not in norm[start:end] or norm[sign] not in _DASHES:
            continue
        dash = char_tokens(doc, sign, sign + 1)
        speaker = None if dash is None else signed_by(doc, norm, dash[0])
        if dash is not None and speaker is not None:
            asked.append((k, dash[0], speaker))
    if len(asked) < _MIN_ENTRIES:
        return []
    out = [
        ColumnRow(*paragraphs[k], dash, speaker, "reader-question")
        for k, dash, speaker in asked
        if norm[paragraphs[k][0]] not in MARKS
    ]
    expert = _introduced(doc, paragraphs[asked[0][0] - 1]) if asked[0][0] else None
    if expert is None:
        return out
    stops = [k for k, _, _ in asked[1:]] + [None]
    for (k, _, _), stop in zip(asked, stops, strict=True):
        answer = paragraphs[k + 2 : stop if stop is not None else len(paragraphs)]
        for n, (start, end) in enumerate(answer):
            closing = stop is None and n > 0
            if norm[start] in MARKS or (
                closing and not own_voice(norm[start:end], FIRST_PERSON | _SECOND_PERSON)
            ):
                break
            out.append(ColumnRow(start, end, None, expert, "reader-answer"))
    return out


def _introduced(doc: Doc, paragraph: tuple[int, int]) -> Span | None:
    """The person a column's introduction names last, as it ends on whom the questions
    were put to (`We put a selection to consultant Ana Ruiz.`), or None."""
    start, end = paragraph
    named = [e for e in doc.ents if e.label_ == "PERSON" and start <= e.start_char < end]
    return named[-1] if named else None


def listed_points(doc: Doc, norm: str, lemmas: frozenset[str]) -> list[ColumnRow]:
    """Rule listed-point: the points a source lists under a sentence of its own that
    ends in a colon, each on a bulleted line of its own with no quote marks: `The report
    lists three matters of concern, including:` ¶ `• There is no agreed process for
    calling a doctor.` ¶ `• Staff cannot see the notes.`; `The coroner wrote:` ¶ `• …`.
    Each bulleted line that is a sentence (a capital to a full stop, at least
    :data:`_POINT_WORDS` words) is a direct row of the subject of the lead-in's verb, a
    cue word (`lemmas`), that verb the row's cue. A list of figures (`Closing prices
    (Friday):` ¶ `• Corn: $4.08`) has no cue and no sentences, and gives nothing."""
    out = []
    for lead in _LEAD_IN.finditer(norm):
        colon = char_tokens(doc, lead.start(), lead.start() + 1)
        if colon is None:
            continue
        verb = colon[0].sent.root
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() not in lemmas or verb.pos_ != "VERB" or subject is None:
            continue
        speaker = mention_span(subject)
        at = lead.end()
        for line in norm[at:].split("\n"):
            start, at = at, at + len(line) + 1
            if not line.strip():
                continue
            point = _POINT.match(line)
            if point is None:
                break
            if len(point.group("point").split()) >= _POINT_WORDS:
                out.append(ColumnRow(
                    start + point.start("point"), start + point.end("point"), verb, speaker,
                    "listed-point",
                ))
    return out
