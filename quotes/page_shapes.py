"""Statements that the layout of a web page attributes, with no speech verb: a post
signed by its embed line, an email printed under its header lines, a vox pop answer
under a line naming the one who gives it, a broadcast script's clip under the slug line
naming its speaker, and the answers of an interview printed under its questions with no
labels. (A quote in the title over the story is no statement:
:func:`quotes.page_lines.title`.)

Each rule reads one shape of the page's lines (the comment on each says which) and
gives the rows or the speaker it implies; :class:`quotes.attributor.Attributor` calls
them beside the transcript lines (:mod:`quotes.transcripts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.found import MARKS, char_tokens
from quotes.interview_roles import interview_parties
from quotes.language import word_list
from quotes.marks import QuoteSpan, paragraph_bounds
from quotes.name_keys import PARTICLES
from quotes.normalise import DOUBLE_MARKS
from quotes.signatures import signed_by
from quotes.speech_pieces import speech_pieces

#: An embed line under a post: a dash, the display name, the handle in brackets and
#: the date (`— Ana Ruiz (@anaruiz) May 2, 2026`).
_EMBED_LINE = re.compile(r"^[ \t]*(?P<dash>[—―–])[ \t]*[^\n(]+\(@\w+\)[^\n]*$", re.MULTILINE)
#: A line of the embed's frame above a post's text, not the post: a short line holding
#: a handle (`Replying to @harbourcafe`).
_FRAME_LINE = re.compile(r"^[^\n]{0,40}@\w+[^\n]{0,20}$")
#: A vox pop's name line: a name, then the age in brackets or as one of the fields
#: after commas (`Ana Ruiz, 34, nurse`, `Kit, 9, from Leith`, `Ana Ruiz (34), nurse`,
#: `Ana Ruiz, nurse, 34`), or the birth year in brackets, as an oral history heads a
#: testimony (`Ana Ruiz (b. 1938), weaver, 1953–1983`), read from the line's start.
_NAME_LINE = re.compile(
    r"[ \t]*(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3})"
    r"(?:[ \t]*\((?:\d{1,3}|(?:b\.|born)[ \t]*\d{4})\)(?:,[^\n]*)?"
    r"|(?:,[^,\n]*)*?,[ \t]*\d{1,3}(?:,[^\n]*)?)[ \t]*$"
)


#: An email's `From:` line: the sender's name, then their role in brackets or their
#: address in angle brackets (`From: Ana Ruiz (Director of Place)`).
_FROM_LINE = re.compile(
    r"^[ \t]*(?P<cue>From)[ \t]*:[ \t]*(?P<name>[^\W\d_][^\n(<@:]*?)[ \t]*"
    r"(?:\([^()\n]*\)|<[^<>\n]*>)?[ \t]*$",
    re.MULTILINE,
)
#: The header lines an email has after its `From:` line (`To:`, `Date:`, `Subject:`).
_EMAIL_HEADERS = word_list("email-headers")


@dataclass(frozen=True, slots=True)
class SignedPost:
    """A post's or an email's text (character offsets), its cue (the dash of a post's
    embed line, an email's `From`) and the name."""

    start: int
    end: int
    cue: Token
    speaker: Span


def signed_posts(doc: Doc, norm: str) -> list[SignedPost]:
    """Posts as a page embeds them: the post's text as a paragraph of its own, with no
    quote marks, and under it the embed line that opens with a dash and names the one
    who posted, with the handle (`We open at nine tomorrow.` ¶ `— Harbour Café
    (@harbourcafe) June 1, 2026`). The display name is the speaker, the dash the cue;
    a frame line above the text (`Replying to @anaruiz`) is not part of the post."""
    out = []
    for line in _EMBED_LINE.finditer(norm):
        if line.start() == 0:
            continue
        cue = char_tokens(doc, line.start("dash"), line.end("dash"))
        speaker = None if cue is None else signed_by(doc, norm, cue[0])
        if cue is None or speaker is None:
            continue
        block_end = line.start() - 1
        block_start = norm.rfind("\n\n", 0, max(block_end, 0)) + 1
        rows = norm[block_start:block_end].split("\n")
        at = block_start
        while rows and (not rows[0].strip() or _FRAME_LINE.match(rows[0].strip())):
            at += len(rows.pop(0)) + 1
        text = "\n".join(rows)
        start = at + len(text) - len(text.lstrip())
        end = at + len(text.rstrip())
        if start >= end or norm[start] in MARKS or norm[end - 1] == ":":
            continue  # a quote in marks is signed by :func:`quotes.signatures.signed_by`
        out.append(SignedPost(start, end, cue[0], speaker))
    return out


def emails(doc: Doc, norm: str) -> list[SignedPost]:
    """Emails printed whole: a `From:` line naming the sender, the header lines after it
    (`To:`, `Date:`, `Subject:`), and the body as the next paragraph (`From: Ana Ruiz
    (Director of Place)` ¶ `To: …` ¶ `Subject: RE: …` ¶¶ `We can't call it temporary.`).
    The sender is the speaker and `From` the cue, as a dash signs a quote."""
    out = []
    for line in _FROM_LINE.finditer(norm):
        at = line.end() + 1
        while at < len(norm) and _header_line(norm, at):
            at = norm.find("\n", at) + 1 or len(norm)
        if at == line.end() + 1:
            continue  # a `From:` line with no header after it is no email's
        while at < len(norm) and norm[at] in " \t\n":
            at += 1
        end = norm.find("\n\n", at)
        end = len(norm.rstrip()) if end < 0 else end
        cue = char_tokens(doc, line.start("cue"), line.end("cue"))
        speaker = char_tokens(doc, line.start("name"), line.end("name"))
        if at < end and cue is not None and speaker is not None:
            out.append(SignedPost(at, len(norm[:end].rstrip()), cue[0], speaker))
    return out


def opens_email(norm: str, at: int) -> bool:
    """Whether the paragraph at character `at` is an email's `From:` line with its
    header lines, which :func:`emails` reads (`From: Ana Ruiz (Director of Place)` ¶
    `To: …`)."""
    line = _FROM_LINE.match(norm, at)
    return line is not None and _header_line(norm, line.end() + 1)


def _header_line(norm: str, at: int) -> bool:
    """Whether the line at character `at` is an email's header line (`To: …`)."""
    line_end = norm.find("\n", at)
    word, colon, _ = norm[at : len(norm) if line_end < 0 else line_end].partition(":")
    return bool(colon) and word.strip().lower() in _EMAIL_HEADERS


def name_line_speaker(doc: Doc, norm: str, span: QuoteSpan) -> Span | None:
    """The one a vox pop's name line names, for a quote with no cue that opens the line
    right under it: `Ana Ruiz, 34, nurse` ¶ `"I'd keep the market where it is."` →
    `Ana Ruiz`, blank lines between paragraphs or not. The line holds the name, the age
    and maybe a job or town, no verb of speech and no colon."""
    line_start = norm.rfind("\n", 0, span.open_start) + 1
    if norm[line_start : span.open_start].strip() or line_start == 0:
        return None
    above_end = line_start - 1
    while above_end > 0 and not norm[norm.rfind("\n", 0, above_end) + 1 : above_end].strip():
        above_end = norm.rfind("\n", 0, above_end)  # blank lines between paragraphs
    if above_end <= 0:
        return None
    above_start = norm.rfind("\n", 0, above_end) + 1
    match = name_line(norm, above_start, above_end)
    if match is None:
        return None
    return doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")


def name_line(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The line from character `start` to `end` read as a name line (:data:`_NAME_LINE`,
    its `name` group the name), or None: `Ana Ruiz, 34, nurse`, `Ana Ruiz (b. 1938),
    weaver`; not `The mayor, 55`, which is no name."""
    match = _NAME_LINE.match(norm, start, end)
    if match is None or not name_cased(match.group("name").split()):
        return None
    return match


def name_cased(words: list[str]) -> bool:
    """Whether a name line's words are written as a name: each capitalised, but for a
    particle between two (`Anwen ap Rhys, 29, nursery nurse`, `Pieter van Dijk, 61`)."""
    return all(
        w[:1].isupper() or (0 < k < len(words) - 1 and w in PARTICLES)
        for k, w in enumerate(words)
    )


#: A broadcast script's slug line over a recorded clip, in square brackets on a line of
#: its own: the slug word, a colon, the speaker's name and, after a comma, what the script
#: says of them (`[CLIP: Ana Ruiz, harbour master, translated from Spanish]`).
_CLIP_SLUG = re.compile(
    r"^[ \t]*\[[ \t]*(?P<slug>[^\W\d_]+)[ \t]*:[ \t]*(?P<name>[^,\[\]\n]+?)[ \t]*"
    r"(?:,[^\[\]\n]*)?\][ \t]*$",
    re.MULTILINE,
)
#: The slug words that head a clip (`CLIP`, `SOT`, `ACTUALITY`).
_CLIP_SLUGS = word_list("clip-slugs")
#: A television script's caption line over a clip and the clip's line under it, each a
#: label and a colon: the caption names the speaker and, after a comma or in brackets,
#: what the script says of them (`SUPER: Ana Ruiz, harbour master` ¶ `SOT: We closed
#: the lock at six.`), blank lines between or not.
_CAPTIONED_CLIP = re.compile(
    r"^[ \t]*(?P<slug>[^\W\d_]+)[ \t]*:[ \t]*(?P<name>[^,(\n]+?)[ \t]*(?:[,(][^\n]*)?\n"
    r"(?:[ \t]*\n)*[ \t]*(?P<clip>[^\W\d_]+)[ \t]*:[ \t]*(?P<words>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
#: The labels of such a caption line (`SUPER`).
_CAPTION_SLUGS = word_list("caption-slugs")
#: Courtesy titles and ranks before a clip's name, no part of the speaker's mention.
_CLIP_TITLES = word_list("titles") | word_list("honorifics")


@dataclass(frozen=True, slots=True)
class Clip:
    """One piece of a clip's words (character offsets) and its speaker's name."""

    start: int
    end: int
    speaker: Span


def clips(doc: Doc, norm: str) -> list[Clip]:
    """Rule clip-slug: a radio script's recorded clip, printed as the paragraph under a
    slug line in square brackets that names its speaker (`[CLIP: Ana Ruiz, harbour
    master]` ¶ `We have never seen the river this high in June.`): the clip is the named
    person's own words, a direct row with no cue, as a vox pop answer is under its name
    line; a title before the name is outside the mention, and a stage note in the clip
    splits it. The newsreader's copy around it is the station's own voice. A clip in
    quote marks is read by the quote's own rules, and a slug whose words are no name
    (`[CLIP: crowd noise]`) gives no row."""
    # `[SOT: Dr Ana Ruiz, chief vet]` ¶ `Every herd on the island has been tested twice.`
    out = []
    for line in _CLIP_SLUG.finditer(norm):
        if line.group("slug").lower() not in _CLIP_SLUGS:
            continue
        at = line.end()
        while at < len(norm) and norm[at] in " \t\n":
            at += 1
        line_end = norm.find("\n", at)
        end = len(norm) if line_end < 0 else line_end
        if at >= end or norm[at] in MARKS or norm[at] == "[":
            continue
        out.extend(_clip(doc, norm, line, at, end))
    return out + captioned_clips(doc, norm)


def captioned_clips(doc: Doc, norm: str) -> list[Clip]:
    """Rule clip-slug, as a television package script prints a clip: the caption line
    that names the speaker (`SUPER: Ana Ruiz, harbour master`) and under it the clip's
    own labelled line (`SOT: We closed the lock at six.`), the words after the label the
    named person's, as under a radio script's slug; the caption itself is no row, and
    neither are the script's other lines (:func:`quotes.label_speakers.script_label`)."""
    # `SUPER: Dr Ana Ruiz, chief vet (translated)` ¶ `SOT: Every herd has been tested.`
    out = []
    for line in _CAPTIONED_CLIP.finditer(norm):
        caption, clip = line.group("slug").lower(), line.group("clip").lower()
        if caption not in _CAPTION_SLUGS or clip not in _CLIP_SLUGS:
            continue
        if norm[line.start("words")] not in MARKS:
            out.extend(_clip(doc, norm, line, line.start("words"), line.end("words")))
    return out


def _clip(doc: Doc, norm: str, line: re.Match[str], start: int, end: int) -> list[Clip]:
    """The pieces of a clip's words from character `start` to `end`, each with the
    speaker the slug or caption `line` names (its `name` group: a title before the name
    outside the mention); none when those words are no name (`crowd noise`)."""
    words = line.group("name").split()
    titles = 0
    while titles < len(words) - 1 and words[titles].lower().rstrip(".") in _CLIP_TITLES:
        titles += 1
    if not name_cased(words[titles:]):
        return []
    name_start = line.start("name") + len(" ".join(words[:titles])) + (1 if titles else 0)
    speaker = doc.char_span(name_start, line.end("name"), alignment_mode="expand")
    if speaker is None:
        return []
    return [Clip(a, b, speaker) for a, b in speech_pieces(norm, start, end)]


#: Most words of a question printed as a paragraph of its own above its answer.
_QUESTION_WORDS = 25
#: Fewest questions, each over an answer, that make a page an interview's.
_MIN_QUESTIONS = 2
#: Most paragraphs of one answer: the next question of an interview comes soon.
_ANSWER_PARAGRAPHS = 3
#: Where one sentence ends and the next opens, inside a paragraph.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
#: Where a sentence that ends in a quotation ends and the next opens, inside a paragraph.
_AFTER_QUOTATION = re.compile(r"(?<=[.!?][\"”»])\s+(?=[A-Z])")
#: Words of the second person (`you`): a writer's prompt in an interview speaks to the
#: one interviewed.
_SECOND_PERSON = word_list("second-person-words")


@dataclass(frozen=True, slots=True)
class Answer:
    """One paragraph of an answer (character offsets) and the one interviewed."""

    start: int
    end: int
    speaker: Token


def unlabelled_answers(doc: Doc, norm: str) -> list[Answer]:
    """The answers of an interview printed with each question as a paragraph of its own
    and no `Q:`/`A:` labels (bold in print), after an introduction that says whom the
    writer interviewed: `We met Ana Ruiz at her studio.` ¶ `Why almshouses?` ¶
    `Because nobody else wanted to do them.` ¶ `Do you still draw?` ¶ `Every day.`.
    Each paragraph under a question, up to the next one (only the first after the last
    question, where the story may go on), is the interviewee's verbatim words; the
    questions are the unnamed writer's.

    An interview asks again soon: at least two questions, each answered in at most
    three paragraphs before the next, and the paragraph right before the first says
    whom the writer interviewed, by name
    (:func:`quotes.interview_roles.interview_parties`). An explainer's questions over the
    writer's own answers (`What has been found?`) introduce no one, and a narrator's
    questions to the reader (`What is a gentleman?`) come far apart."""
    paragraphs = paragraph_bounds(norm)
    asked = [k for k, (start, end) in enumerate(paragraphs) if k and _asks(norm[start:end])]
    series = _first_series(asked, paragraphs, norm)
    if len(series) < _MIN_QUESTIONS:
        return []
    first = series[0]
    _, answerer = interview_parties(doc, paragraphs[first][0], paragraphs[first - 1][0])
    if answerer is None or answerer.pos_ != "PROPN":
        return []
    ends = [*series[1:], series[-1] + 2]
    return [
        Answer(start, end, answerer)
        for k, following in zip(series, ends, strict=True)
        for start, end in paragraphs[k + 1 : following]
        if _answer(norm, start, end)
    ]


def _first_series(asked: list[int], paragraphs: list[tuple[int, int]], norm: str) -> list[int]:
    """The first run of questions (paragraph numbers, from `asked`), each with an answer
    under it (:func:`_answer`) and the next question at most
    :data:`_ANSWER_PARAGRAPHS` paragraphs after that answer's first; the run ends at a
    question with no answer or one too far."""
    series: list[int] = []
    for k in asked:
        answered = k + 1 < len(paragraphs) and _answer(norm, *paragraphs[k + 1])
        if answered and (not series or k - series[-1] <= _ANSWER_PARAGRAPHS + 1):
            series.append(k)
            continue
        if len(series) >= _MIN_QUESTIONS:
            return series
        series = [k] if answered else []
    return series


def question_line(paragraph: str) -> bool:
    """Whether a paragraph is a question printed as a line of its own: one short sentence
    in ordinary case that ends with a question mark, not in quote marks and with no
    label (`Why almshouses?`, `What's next?`)."""
    words = paragraph.split()
    return (
        paragraph.endswith("?")
        and len(words) <= _QUESTION_WORDS
        and paragraph[:1].isupper()
        and paragraph[0] not in MARKS
        and not any(c in DOUBLE_MARKS or c == ":" for c in paragraph)
        and not any(c in ".!?" for c in paragraph[:-1].rstrip("?"))
    )


def _asks(paragraph: str) -> bool:
    """Whether an interview's paragraph is the writer's question: a question line
    (:func:`question_line`), or one led by a short sentence of its own (`Everyone asks
    about the grinding stone. Why not use a machine?`), no longer than a question line,
    or by a sentence that ends in a quotation (:func:`_quotes_then_asks`)."""
    if question_line(paragraph) or _quotes_then_asks(paragraph):
        return True
    led = _led_question(paragraph, _SENTENCE_END)
    return led is not None and not any(c in DOUBLE_MARKS or c == ":" for c in led[0])


def _quotes_then_asks(paragraph: str) -> bool:
    """Rule quoted-lead-question: an interviewer's question led by a sentence that ends
    in a quotation, the interviewee's book or film quoted to them, then a question to
    them in the second person; the quoted words are the work's, the paragraph no answer.
    Not opening with a quote mark."""
    # `Your second album closes on "Nobody sleeps here." Do you sleep well?`
    led = _led_question(paragraph, _AFTER_QUOTATION)
    return (
        led is not None
        and paragraph[0] not in MARKS
        and any(word.strip("?,").lower() in _SECOND_PERSON for word in led[1].split())
    )


def _led_question(paragraph: str, boundary: re.Pattern[str]) -> tuple[str, str] | None:
    """The lead sentence and the question of a paragraph that `boundary` splits into one
    sentence and a question line after it, no longer than a question line and opening
    with a capital; None for any other paragraph."""
    sentences = boundary.split(paragraph)
    if (
        len(sentences) == 2
        and len(paragraph.split()) <= _QUESTION_WORDS
        and paragraph[:1].isupper()
        and question_line(sentences[1])
    ):
        return sentences[0], sentences[1]
    return None


def _prompt(paragraph: str) -> bool:
    """Whether an interview's paragraph is the writer's prompt put as a statement to the
    one interviewed, in the second person, in place of a question (`You were visited by
    inspectors last year.`): one short sentence opening with `you` or `your`."""
    words = paragraph.split()
    return (
        bool(words)
        and len(words) <= _QUESTION_WORDS
        and words[0].lower() in _SECOND_PERSON
        and len(_SENTENCE_END.split(paragraph)) == 1
        and not any(c in DOUBLE_MARKS for c in paragraph)
    )


def _answer(norm: str, start: int, end: int) -> bool:
    """Whether a paragraph may be an answer printed under its question: prose that does
    not open with a quote mark (a quoted answer has its own cue or speaker) and is no
    question or prompt of the writer's."""
    paragraph = norm[start:end]
    return norm[start] not in MARKS and not _asks(paragraph) and not _prompt(paragraph)
