"""Where a row stands in the text's lines: the rules of the default scope
(:func:`quotes.scope.dropped_by`) that read the page around a row, not its parse.

- `notice`: a publication's notice about its own reporting (`Correction: …`),
  `reader_notice`: a column's standing notice to its readers (`Questions for this
  column can be sent to …`), and
  `checked_claim`: a fact check's line stating the claim it checks (`CLAIM: …`);
- `pull_quote`: display copy that repeats words said elsewhere in the text;
- `echoed_ending`: a script's outcue that repeats the last words of the clip before it
  (`OUTCUE: "... fill a bucket."`);
- `in_writers_sentence`: a quote inside a paragraph of the writer's words, and
  `set_in_apposition`: one set off by commas after the noun it names (`His first book,
  "Salt and Iron", is still in print`);
- `cited_headline`: a story's headline cited in brackets after the story's noun;
- `signature`: the name a letter or a notice is signed with (`It was signed: "The
  staff of Ward 9"`);
- `headline`, `title`, `named_quote_title`: a line with no sentence end, the title over
  the story, and a title that is only a name, a colon and a quotation;
- `standfirst`: the short paragraph between the headline and a lead that opens with a
  dateline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotes.language import table, word_list
from quotes.normalise import CLOSING_MARKS_AND_SPACES

#: Characters that end a sentence in a body paragraph (closing marks are looked past).
_SENTENCE_ENDS = ".!?:;…"
#: A picture credit in brackets at the end of a caption, in square brackets or not
#: (`[Photo: … She swam first. (Picture: Jon Ferris)]`, `Photo 2 of 5: … he said. (Photo:
#: Ana Ruiz)`): the caption's sentence ends before it.
_CAPTION_CREDIT = re.compile(r"\s*\([^()\n]*\)\s*\]?\s*$")
#: Labels that open a publication's notice about itself (`Correction: …`), and those of
#: a line that links to another of its stories (`Read also: …`), one phrase a row.
_NOTICES = word_list("notice-labels") | {" ".join(row) for row in table("link-labels")}
#: A notice label at the start of a paragraph, after a live blog's time stamp if any
#: (`Correction: an earlier post said …`, `12:30 — Clarification, 4 May: …`, `13:10
#: Correction: …`).
_NOTICE = re.compile(
    r"[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:[—–-][ \t]*)?)?"
    r"(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)[ \t]*[:,]",
    re.IGNORECASE,
)
#: A fact check's label for the claim it checks, opening a paragraph, numbered or not
#: (`CLAIM: …`, `Claim 2: …`, `THE CLAIM: …`).
_CLAIM = re.compile(r"[ \t]*(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)(?: \d+)?[ \t]*:")
_CLAIM_LABELS = word_list("checked-claim-labels")
#: Fewest words of a paragraph-long quote that, said again elsewhere, make it a pull quote.
_PULL_WORDS = 5
#: Quotation marks around a pull quote (the text may be normalised or not).
_MARKS = "\"'“”‘’«»"


def notice(text: str, at: int) -> bool:
    """Whether the character at `at` stands in a publication's notice about its own
    reporting, which is no one's statement: a paragraph that opens with `Correction:`
    or `Clarification, 4 May:` (after a live blog's time stamp, if any), even when it
    says what an earlier version reported (`Correction: an earlier post said the Greens
    won Ashby`), or a line that links to another story, display copy however its
    headline quotes someone (rule link-line: `Read also: "I will be back," says …`)."""
    return _labelled(text, at, _NOTICE, _NOTICES)


#: The opening words of a column's standing notice to its readers (`questions for this
#: column`, `we regret that we cannot reply`).
_READER_NOTICES = tuple(" ".join(row) for row in table("reader-notices"))


def reader_notice(text: str, at: int) -> bool:
    """Rule reader-notice: whether the character at `at` stands in a column's standing
    notice to its readers (`Questions for this column can be sent to the features desk
    by email. We regret that we cannot reply individually.`), a paragraph that opens
    with one of :data:`_READER_NOTICES`: the publication's own voice, as a correction
    notice is, not the words of the expert whose answers the column prints."""
    start = text.rfind("\n", 0, at) + 1
    opening = " ".join(text[start : start + 80].lower().split())
    return opening.startswith(_READER_NOTICES)


def checked_claim(text: str, at: int) -> bool:
    """Whether the character at `at` stands in a fact check's line that states the claim
    it checks (`CLAIM: Governor Ana Ruiz said fares would double.`): the claim as it went
    round, often false, is no statement of the person it names (rule checked-claim)."""
    return _labelled(text, at, _CLAIM, _CLAIM_LABELS)


def _labelled(text: str, at: int, pattern: re.Pattern[str], labels: frozenset[str]) -> bool:
    """Whether the paragraph holding character `at` opens with one of `labels`, as
    `pattern`'s group `label` reads it."""
    match = pattern.match(text, text.rfind("\n", 0, at) + 1)
    return match is not None and match.group("label").lower() in labels


def pull_quote(text: str, start: int, end: int) -> bool:
    """Whether a direct quote from `start` to `end` is a pull quote: display copy that
    fills a paragraph of its own, with no cue before it (the paragraph before does not
    end with a colon), and repeats words said elsewhere in the text (`"The sea owes me
    nothing."` set between two answers of an interview whose later answer says `The
    sea owes me nothing.`). The words are a row where they are said, not here."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    paragraph = text[para_start:para_end].strip()
    words = text[start:end].strip(_MARKS + " \t")
    if paragraph.strip(_MARKS) != words or len(words.split()) < _PULL_WORDS:
        return False
    if text[:para_start].rstrip().endswith(":"):
        return False
    said = words.rstrip(".!?,;…")
    if _said_elsewhere(text, said, para_start, para_end):
        return True
    lines = _line_words(text)
    first, last = text.count("\n", 0, para_start), text.count("\n", 0, para_end)
    return _said_with_cuts(_WORD.findall(said.lower()), lines, range(first, last + 1))


# `The tide keeps no office hours.` set apart, and `…, and the tide keeps no office hours.`
def _said_elsewhere(text: str, said: str, para_start: int, para_end: int) -> bool:
    """Whether the words of a pull quote stand in the text outside its own paragraph,
    whatever the case of their first letter (the display copy may capitalise what opens
    it mid-sentence where it is said). Looked up as plain text, its first letter then
    checked, where a pattern of the words would be compiled anew for each quote."""
    first, rest = said[:1], said[1:]
    at = text.find(rest)
    while at >= 0:
        for head in (first, first.swapcase()):
            start = at - len(head)
            if start >= 0 and text.startswith(head, start) and not para_start <= start < para_end:
                return True
        at = text.find(rest, at + 1)
    return False


#: A word, for matching a pull quote's words against where they are said.
_WORD = re.compile(r"\w+(?:['’]\w+)?")
#: Most words a pull quote may leave out between two of its words where they are said.
_PULL_GAP = 3


class LineWords(NamedTuple):
    """The words of each line of a text in lower case (:data:`_WORD`), and where each
    word stands: its line and its place in the line's words."""

    words: list[list[str]]
    places: dict[str, list[tuple[int, int]]]


@lru_cache(maxsize=2)
def _line_words(text: str) -> LineWords:
    """The :class:`LineWords` of a text, read once per text: a page of thousands of
    paragraph-long quotes asked of each whether the rest of the page says it, and read
    every line's words again for each one."""
    words = [_WORD.findall(line.lower()) for line in text.split("\n")]
    places: dict[str, list[tuple[int, int]]] = {}
    for k, said in enumerate(words):
        for at, word in enumerate(said):
            places.setdefault(word, []).append((k, at))
    return LineWords(words, places)


def _said_with_cuts(words: list[str], lines: LineWords, own: range) -> bool:
    """Whether `words` are said in one line of the text (not one of the lines `own`,
    the quote's) in their order, with at most :data:`_PULL_GAP` words left out between
    two of them: display copy trims what it repeats (`"Before six is the only hour that
    is mine."` from `Before six is the only hour in the house that is mine.`)."""
    if not words:
        return False  # `"- - - - -"`: no word to find
    for k, begin in lines.places.get(words[0], []):
        if k in own:
            continue
        said = lines.words[k]
        at = begin
        for wanted in words[1:]:
            ahead = said[at + 1 : at + 2 + _PULL_GAP]
            if wanted not in ahead:
                break
            at += 1 + ahead.index(wanted)
        else:
            return True
    return False


#: Marks of words left out at the start of a quoted passage.
_ELLIPSES = ("...", "…")


def echoed_ending(text: str, start: int, end: int) -> bool:
    """Whether a direct quote from `start` to `end` only repeats the closing words of a
    quote before it, after an ellipsis, as a broadcast script marks where a clip ends
    (`… fill a bucket." Dur 0'09". OUTCUE: "... fill a bucket."`): the words were said
    once, and are a row there. So also for a clip printed with no marks under its slug
    line, whose words end a paragraph (rule echoed-paragraph-end: `[CLIP: Ana Ruiz]` ¶
    `… We fill the bucket.` ¶ `OUTCUE: "... fill the bucket."`)."""
    words = text[start:end].strip(_MARKS + " \t")
    if not words.startswith(_ELLIPSES):
        return False
    said = words.lstrip(".… ").rstrip(".!?,;…")
    if len(said.split()) < 2:
        return False
    ending = r"[.!?,;…]*(?:[" + _MARKS + r"]|[ \t]*\n)"
    return re.search(re.escape(said) + ending, text[:start]) is not None


def in_writers_sentence(text: str, start: int, end: int) -> bool:
    """Whether a quote from `start` to `end` stands inside a paragraph of the writer's
    words, which hold letters outside its marks (`Her column last week, "Why I gave up
    the car", drew 300 letters`), not a paragraph of its own (a quote set under a topic
    line, `On the injury:` ¶ `"It's the hamstring."`, is still the words of whoever the
    attribution before it names)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    outside = text[para_start:start] + text[end:para_end]
    return any(c.isalpha() for c in outside)


def set_in_apposition(text: str, start: int, end: int) -> bool:
    """Rule set-in-apposition: whether a quote from `start` to `end` is set off by commas
    right after a word of the writer's sentence, and the sentence goes on after it: the
    title or the wording of the thing the words before it name (`His first book, "Salt and
    Iron", is still in print`, `The council's campaign, "Bin it, don't burn it," starts
    in May`, `The motion, "That this house has no confidence in the chair", was lost`),
    not words someone said, whoever said the quote before it."""
    # `Her best-known song, "Harbour Lights", opens the album.`
    at = start
    while at > 0 and text[at - 1] in _MARKS:
        at -= 1
    if at == start or at < 3 or text[at - 2 : at] != ", " or not text[at - 3].isalpha():
        return False
    after = text[end:].lstrip(_MARKS)
    said = text[start:end].rstrip(_MARKS + " \t")
    return said.endswith(",") or after.startswith(",") or _titled_document(text, at, said, after)


#: Documents whose title a quote set off by a comma after them gives.
_DOCUMENTS = word_list("document-kinds")
#: The last word before a comma.
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def _titled_document(text: str, at: int, said: str, after: str) -> bool:
    """`The results were posted online as a preprint, "A Timber Circle at Knockbrack".`:
    a quote in title case that ends the sentence after a document's noun and a comma is
    the document's title (the quote opens at `at`, `said` its words, `after` the text
    after its marks)."""
    word = _LAST_WORD.search(text, 0, at - 2)
    if word is None or word[1].lower() not in _DOCUMENTS or not after.startswith("."):
        return False
    long_words = [w for w in said.split() if len(w) > 3]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


#: The words before a signature: a passive of `sign` (`It was signed:`) or `signed only`
#: (`Another, signed only "R.M.", says …`); not a person who signs, in sign language
#: (`Ana Ruiz signed: "We want interpreters."`, a statement). An aside set off by commas
#: may stand between (`It was signed, as all her letters were, "Yours in haste".`).
_SIGNED = re.compile(
    r"(?:\b(?:was|is|were|are)\s+signed|\bsigned\s+only)"
    r"(?:[ \t]*,[^,;:\n\"“”]{1,80})?[ \t]*[:,]?$",
    re.I,
)


def signature(text: str, start: int) -> bool:
    """Rule signature: whether a quote whose content starts at character `start` of
    `text` is the name a letter, a note or a card is signed with, after a passive of
    `sign` (`The letter ended with an apology. It was signed: "The staff of Ward 9".`),
    also past an aside (`It was signed, as every one of her letters was, "Yours"`): who
    signed it or how, not words anyone says."""
    before = text[max(0, start - 150) : start].rstrip(_MARKS + " \t")
    return _SIGNED.search(before) is not None


#: What follows a headline cited in brackets: the closing bracket, after a comma and the
#: date it ran if any (`)`, `, 14 November)`, `, Letters, May 3)`, `, 2024)`).
_CITED_END = re.compile(r"(?:\s*,[^()\n]{0,30}\d[^()\n]{0,12})?\)")
#: Nouns for a story or piece a letter or a column cites by its headline (`report`).
_STORIES = word_list("cited-story-nouns")
#: Most words between the story's noun and the bracket that cites its headline.
_CITED_WORDS = 10


def cited_headline(text: str, start: int, end: int) -> bool:
    """Rule cited-headline: whether a quote from `start` to `end` is the headline of a
    story cited in brackets, alone in them or with the date it ran, after a noun for the
    story a few words before, as a letter to the editor cites what it answers (`Your
    report on the timetable ("Faster buses for the west", 14 November) left out …`,
    `your report on Tuesday ("Night market to move")`): a title, no one's words."""
    before = text[:start].rstrip(_MARKS + " \t")
    after = text[end:].lstrip(_MARKS)
    if not before.endswith("(") or _CITED_END.match(after) is None:
        return False
    words = re.findall(r"[^\W\d_]+", before[-200:].lower())[-_CITED_WORDS:]
    return any(word in _STORIES for word in words)


def headline(text: str, at: int) -> bool:
    """Whether the character at `at` stands in a line with no sentence end and text after
    it, as headlines, standfirst labels and section titles do (`Storm Edda: live
    updates`); the last line of a text may be a snippet without its full stop."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if end < 0 or not text[end:].strip():
        return False
    line = _CAPTION_CREDIT.sub("", text[start:end]).rstrip(CLOSING_MARKS_AND_SPACES)
    return bool(line) and line[-1] not in _SENTENCE_ENDS and not _left_open(text[start:end])


def _left_open(line: str) -> bool:
    """Rule quote-over-line-end: whether a line leaves a double quotation open at its end,
    so that the quote goes on in the next line, as a hard-wrapped text breaks a sentence
    (`"The pier will` ¶ `close in May," Bo Dahl said.`): no headline ends inside a
    quotation. Single marks are also apostrophes, so only double ones are counted."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def title(text: str, at: int) -> bool:
    """Whether the character at `at` stands in the first line of a text that holds
    anything, the title over the story (with :func:`headline`, a line with no sentence
    end): a quote there is the headline's, and the words a fact-checker publishes come
    again in the body (`'I grew up on this pier': town votes to save seafront`)."""
    return "\n" not in text[:at].lstrip()


#: A dateline opening a paragraph: a place in capitals, what follows it up to a comma's
#: phrase (a country, a date, an agency), then a dash between spaces (`ULAANBAATAR – An
#: alliance …`, `TBILISI, 12 March - Georgian wine …`, `PORT-VALLON, France (Reuters) —`).
_DATELINE = re.compile(r"(?P<place>[^,\n]{2,40}?)(?:,[^\n]{0,60}?)?\s+[–—-]\s")
#: Most words of a standfirst: one or two short sentences under the headline.
_STANDFIRST_WORDS = 35


def _dateline(line: str) -> bool:
    """Whether a paragraph opens with a dateline (:data:`_DATELINE`), its place in capitals."""
    found = _DATELINE.match(line)
    return found is not None and found.group("place").isupper()


def standfirst(text: str, at: int) -> bool:
    """Rule standfirst-before-dateline: whether the character at `at` stands in the
    standfirst, the second paragraph of a text when the first is a headline (no sentence
    end), it is short and opens with no dateline, and the third paragraph, the lead,
    opens with one (`Herders face third dzud in four winters` ¶ `Aid groups say more than
    2 million animals have died.` ¶ `ULAANBAATAR – An alliance of aid groups …`). Display
    copy that sums up the story under its headline, with full stops or not, like the
    headline itself: the claims it gives come again, with their sources, in the body."""
    paragraphs: list[tuple[int, int]] = []
    start = 0
    while start <= at and len(paragraphs) < 3:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            paragraphs.append((start, end))
        start = end + 1
    if len(paragraphs) != 2 or not headline(text, paragraphs[0][0]):
        return False
    own = text[paragraphs[1][0] : paragraphs[1][1]]
    lead = text[paragraphs[1][1] :].lstrip().split("\n", 1)[0]
    return len(own.split()) <= _STANDFIRST_WORDS and not _dateline(own) and _dateline(lead)


#: A title that is a label, a colon and a quotation, and nothing else: `Ana Ruiz: "I
#: was a terrible cook."` (the quotation's own full stop is no end of a body sentence).
_NAMED_QUOTE = re.compile(
    r"[ \t]*(?P<label>[^:\n\"“”‘’]{1,60}):[ \t]*[\"“‘'][^\n]*[\"”’'][ \t]*\n"
)


def named_quote_title(text: str, at: int) -> bool:
    """Whether the character at `at` stands in the title over the story (:func:`title`)
    that is only a name in capitals, a colon and a quotation, followed by the story: a
    feature's title quoting its subject (`Sefa Mensah: "I was a terrible waiter."`),
    whose words the story gives again where they are said. Not a line of the story
    (`Ana Lind said: "…"`: a word in lower case)."""
    start = text.rfind("\n", 0, at) + 1
    match = _NAMED_QUOTE.match(text, start)
    return (
        title(text, at)
        and match is not None
        and all(word[:1].isupper() for word in match.group("label").split())
    )
