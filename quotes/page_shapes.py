"""Statements that the layout of a web page attributes, with no speech verb: a post
signed by its embed line, an email printed under its header lines, a vox pop answer
under a line naming the one who gives it and a broadcast script's clip under the slug
line naming its speaker (the answers of an interview printed under its questions with
no labels are :mod:`quotes.interview_answers`'). (A quote in the title over the story
is no statement: :func:`quotes.page_lines.title`.)

Each rule reads one shape of the page's lines (the comment on each says which) and
gives the rows or the speaker it implies; :class:`quotes.attributor.Attributor` calls
them beside the transcript lines (:mod:`quotes.transcripts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.found import MARKS, char_tokens
from quotes.language import word_list
from quotes.marks import QuoteSpan
from quotes.name_keys import PARTICLES
from quotes.role_words import OFFICES
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
#: A roundup's heading line over a reaction: a name of two to four words, a comma and
#: the role, with no sentence's end (`Ana Ruiz, Minister of Economy`; groups `name` and
#: `role`).
_ROLE_LINE = re.compile(
    r"[ \t]*(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){1,3}),[ \t]+"
    r"(?P<role>[^\W\d_][^\n.!?:;\"“”]{1,80}?)[ \t]*$"
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
    # or, as a round-up of reactions heads each, a name and a role (rule role-name-line:
    # `Kofi Mensah, chief economist, Adinkra Capital` ¶ `"…"`)
    match = name_line(norm, above_start, above_end) or role_line(norm, above_start, above_end)
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


def role_line(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The line from character `start` to `end` read as a name and a role
    (:data:`_ROLE_LINE`) whose role holds an office or role word (`Minister of Economy`,
    `chairman of the union`, :data:`quotes.role_words.OFFICES`), or None: a letter's
    signature gives a place instead (`Ana Ruiz, Mill End`), and under it the next
    letter's heading and text are no one's reaction."""
    match = _ROLE_LINE.match(norm, start, end)
    words = [] if match is None else re.findall(r"[^\W\d_]+", match.group("role").lower())
    return match if any(w in OFFICES for w in words) else None


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
