"""A confidence that is a probability: how often rows like this one were right.

Each row falls in a *cell*: the rule family that made it (`dep`, `near-after`,
`reported`, `according-to`, `previous-quote`, …), its type, whether the default scope
keeps it (a `statement`, or `other`: acts, topics, unsourced rows, which are right less
often), its cue's class, the kind of its speaker mention (a `name`, a `pronoun`, a
`description` or `none`), the pattern by which the rule found the speaker (the part of
the `method` after its colon: `reported:participle`, `…, saying the plan had failed`, is
right less often than `reported:subject`) and where the speaker is named, before or
after the quote and how many paragraph breaks away (:func:`speaker_reach`: a speaker
carried over from a paragraph or more before is right less often, in a novel's long
exchange as in news).
A cell cannot see everything that makes a row doubtful without splitting into cells too
small to measure, so seven *doubts* (:func:`row_doubts`), each seen across every cell, move
the cell's rate (and a small base shift lifts every row, as the cells' rates hold the
doubtful rows too): a speaker or cue far from the quote in the text, a speaker printed in
lower case (a description no name was found for: `the government`), a speaker of one word
(a surname alone, `Counsel`), a quote of a few words, a cue by which a text gives its
words (`The notice reads: "…"`), a speaker's mention that the resolver found no one
for (`"…," they said` with no one named before it) and a description printed for a
speaker whose name the text sets off right after it (`Her coach, Oh Min-seok, said`,
printed `Her coach`). Each doubt is a shift of the rate's log-odds, measured on the same
training rows as the cells (:func:`shifted_rate`).
The rate at which rows of each cell were right (partial span match and right speaker, as
`quotes evaluate` counts attribution) was measured on training data by
``benchmarks/calibrate.py`` (``make calibrate``, fitting with :mod:`quotes.confidence_fit`)
and is shipped as
``quotes/lang/<lang>/calibration.json``. A cell seen too rarely leans on its parent (the
same cell without its finest part: without the speaker's reach, then without the speaker
pattern, …): its rate is smoothed toward the parent's with a Beta prior, and a cell never
seen, or holding exactly its parent's rows (left out of the shipped table), takes its
nearest measured ancestor's rate. Rows of one document are not independent evidence (one
interview that the annotators left out gives forty wrong transcript turns, a fact about
that document, not about transcripts), so a document counts as at most a few rows of any cell.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from quotes.language import DEFAULT_LANG, data_path, word_list

#: The file of measured rates in each language's folder.
CALIBRATION_FILE = "calibration.json"
#: What a row gets when no table is shipped for its language (no measurement, no claim).
UNMEASURED = 0.5
#: The key part of a row the default scope keeps (True) or leaves to `--scope all`.
SCOPE_PARTS = {True: "statement", False: "other"}
#: A run of line breaks (and the blanks between them): one paragraph break.
_PARAGRAPH_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")


def rule_family(method: str) -> str:
    """The rule a method names, without the speaker pattern after its colon:
    `reported-object` for `reported-object:subject`, `dep` for `dep:subject`."""
    return method.split(":", 1)[0]


def speaker_pattern(method: str) -> str:
    """The pattern by which a method's rule found the speaker, after its colon
    (`participle` for `reported-object:participle`, the `-` of a method with none): the
    same rule is right less often when the speaker is the subject of a participle
    (`…, saying it had misled them`) than when it is the cue verb's own subject."""
    return method.split(":", 1)[1] if ":" in method else "-"


def speaker_kind(mention: Span | None) -> str:
    """What kind of words name the speaker: a `name` (a proper noun heads them: `Jens
    Stoltenberg`, `NATO`), a `pronoun` (`she`, `who`), a `description` (`the minister`,
    `a spokeswoman for the trust`) or `none`."""
    if mention is None or not len(mention):
        return "none"
    root = mention.root
    if root.pos_ == "PRON" or root.tag_ in ("WP", "WDT", "PRP"):
        return "pronoun"
    if root.pos_ == "PROPN" or root.ent_type_ == "PERSON":
        return "name"
    return "description"


def speaker_reach(
    text: str, start: int, end: int, speaker_start: int | None, speaker_end: int | None
) -> str:
    """Where a quote's (`start` to `end` in `text`) speaker is named: before or after
    it, and how many paragraph breaks away. `0-para-after` in the quote's own paragraph
    after it (`"We will win," she said.`), `0-para-before` before it (`She said the
    team would win.`), `1-para-before` in the paragraph before (a speaker carried over
    from the quote before: `"We will win," Ruiz said.` ¶ `"Nobody can stop us."`),
    `2+-para-before` farther up (a turn deep in a novel's exchange, given to the one who
    spoke two lines before), and so on; `-` with no speaker mention. News names its
    speaker beside the quote; a carried-over speaker is right less often, and the more
    so the farther back it was named."""
    if speaker_start is None or speaker_end is None:
        return "-"
    before = speaker_start < start
    gap = text[speaker_end:start] if speaker_end <= start else text[end:speaker_start]
    breaks = 0
    for _ in _PARAGRAPH_BREAK.finditer(gap):
        breaks += 1
        if breaks == 2:
            break
    return f"{'2+' if breaks == 2 else breaks}-para-{'before' if before else 'after'}"


#: A speaker or cue farther than this many characters from the quote (in the text
#: between them) is far: `The minister, who had spent the morning at the harbour
#: answering questions about the ferries, the pier and the fishing quotas, said …`.
FAR_CHARS = 150
#: A quote of at most this many characters is short: a label or a fragment (`"a
#: disgrace"`), whose row is less often right than a sentence's.
SHORT_CHARS = 20
#: The doubts a row can have, in the order the table lists their shifts.
DOUBTS = (
    "far",
    "lowercase-speaker",
    "one-word-speaker",
    "short-quote",
    "reading-cue",
    "unresolved-speaker",
    "name-passed-over",
)
#: The shift every row takes: a cell's rate is measured on its rows with doubts and
#: without, so once the doubtful rows are moved down the others stand a little higher.
BASE = "base"
#: The cue words by which a text gives its words (`The notice reads: "…"`).
_READING_CUES = word_list("reading-cues")
#: A run of one to four capitalised words set off by commas right after a speaker's
#: mention: the name an apposition gives a description (`Her coach, Oh Min-seok, said`).
_APPOSITION_NAME = re.compile(r",\s+((?:[^\W\d_][\w'’.-]*\s?){1,4}),")


def _gap(start: int, end: int, other_start: int | None, other_end: int | None) -> int:
    """The characters between a quote (`start` to `end`) and another span, before or
    after it (0 or less when they touch or overlap, -1 with no span)."""
    if other_start is None or other_end is None:
        return -1
    return start - other_end if other_end <= start else other_start - end


def row_doubts(
    text: str,
    start: int,
    end: int,
    speaker: str | None,
    speaker_start: int | None,
    speaker_end: int | None,
    cue_start: int | None,
    cue_end: int | None,
) -> tuple[str, ...]:
    """What makes a row of `text` doubtful beyond its cell (each of :data:`DOUBTS` it
    has): its speaker's mention or its cue more than :data:`FAR_CHARS` characters from
    the quote (`far`: the parse reached across a long clause or a paragraph for them), a
    printed speaker that starts in lower case (`lowercase-speaker`: `the government`,
    `aid groups`, a description the resolver found no name for), a printed speaker of
    one word (`one-word-speaker`: `Counsel`, a surname alone), a quote of at most
    :data:`SHORT_CHARS` characters (`short-quote`), a cue by which a text gives its
    words (`reading-cue`: `The notice reads: "…"`, a text whose maker the row may not
    have found), a speaker's mention with no speaker printed (`unresolved-speaker`: a
    `they`, `I` or `it` the resolver found no one for, `"…," they said` with no one named
    before it: the words that say who spoke are there, but whether they are the
    annotators' source is a guess; rows of a resolved pronoun are of the same cell) and
    a description whose name the text sets off right after it, which the printed speaker
    does not hold (`name-passed-over`, :func:`_name_passed_over`). Rows with these were
    right less often than the rest of their cell, on PolNeAR train as on the
    fact-checker set."""
    far = max(
        _gap(start, end, speaker_start, speaker_end), _gap(start, end, cue_start, cue_end)
    )
    found = []
    if far > FAR_CHARS:
        found.append("far")
    if speaker and speaker[0].islower():
        found.append("lowercase-speaker")
    if speaker and len(speaker.split()) == 1:
        found.append("one-word-speaker")
    if end - start <= SHORT_CHARS:
        found.append("short-quote")
    if cue_start is not None and text[cue_start:cue_end].lower() in _READING_CUES:
        found.append("reading-cue")
    if speaker_start is not None and not speaker:
        found.append("unresolved-speaker")
    if speaker and speaker_start is not None and _name_passed_over(
        text, speaker, speaker_start, speaker_end
    ):
        found.append("name-passed-over")
    return tuple(found)


def _name_passed_over(text: str, speaker: str, start: int, end: int | None) -> bool:
    """Whether a description (a mention with a word in lower case) is followed by the
    name an apposition gives it (`Her coach, Oh Min-seok, said …`) that the printed
    speaker does not hold (`Her coach` printed, or another person's name): the resolver
    passed over the name the text gives its speaker."""
    mention = text[start:end]
    if not any(word[:1].islower() for word in mention.split()):
        return False
    found = _APPOSITION_NAME.match(text, end or start)
    if found is None:
        return False
    words = found.group(1).split()
    return all(word[:1].isupper() for word in words) and words[-1] not in speaker


def shifted_rate(rate: float, doubts: Iterable[str], shifts: Mapping[str, float]) -> float:
    """A cell's `rate` moved by the log-odds `shifts` of a row's `doubts` and the
    :data:`BASE` shift every row takes (rounded to three places as the table's rates
    are); a doubt with no measured shift moves nothing, and a rate of 0 or 1 stays."""
    total = shifts.get(BASE, 0.0) + sum(shifts.get(doubt, 0.0) for doubt in doubts)
    if not total or rate <= 0.0 or rate >= 1.0:
        return rate
    odds = math.log(rate / (1.0 - rate)) + total
    return round(1.0 / (1.0 + math.exp(-odds)), 3)


def cell_keys(
    family: str,
    quote_type: str,
    cue_class: str | None,
    speaker: str,
    statement: bool = True,
    pattern: str | None = None,
    reach: str | None = None,
) -> list[str]:
    """The keys of a row's cell and of its ancestors, most specific first; the last is
    the empty key of every row. `statement` says whether the default scope keeps it;
    the speaker `pattern` (:func:`speaker_pattern`), when given, is the next part, and
    the speaker's `reach` (:func:`speaker_reach`), when given after a pattern, the
    finest."""
    parts = [family, quote_type, SCOPE_PARTS[statement], cue_class or "-", speaker]
    if pattern is not None:
        parts.append(pattern)
        if reach is not None:
            parts.append(reach)
    return ["|".join(parts[:n]) for n in range(len(parts), -1, -1)]


@lru_cache(maxsize=4)
def _calibration(lang: str) -> Mapping[str, Any] | None:
    """A language's calibration file, read, or None."""
    path = data_path(CALIBRATION_FILE, lang)
    if not path.is_file():
        return None
    return json.loads(path.read_text("utf-8"))


def _table(lang: str) -> Mapping[str, Any] | None:
    """The measured cells of a language (key → {"n", "right", "p"}), or None."""
    calibration = _calibration(lang)
    return None if calibration is None else calibration["cells"]


def _shifts(lang: str) -> Mapping[str, float]:
    """The measured log-odds shift of each doubt (:func:`row_doubts`); none when the
    table has none."""
    calibration = _calibration(lang)
    return {} if calibration is None else calibration.get("shifts", {})


def confidence(
    method: str,
    quote_type: str,
    cue_class: str | None,
    speaker: str,
    statement: bool = True,
    lang: str = DEFAULT_LANG,
    reach: str | None = None,
    doubts: Iterable[str] = (),
) -> float:
    """The measured rate of a row's cell (its `method`'s rule family, type, whether the
    default scope keeps it, cue class, speaker kind, see :func:`speaker_kind`, the
    method's speaker pattern and, when given, the speaker's reach, see
    :func:`speaker_reach`), or of its nearest measured ancestor, moved by the shifts of
    the row's `doubts` (:func:`row_doubts`, :func:`shifted_rate`)."""
    cells = _table(lang)
    if cells is None:
        return UNMEASURED
    keys = cell_keys(
        rule_family(method),
        quote_type,
        cue_class,
        speaker,
        statement,
        speaker_pattern(method),
        reach,
    )
    for key in keys:
        cell = cells.get(key)
        if cell is not None:
            return shifted_rate(float(cell["p"]), doubts, _shifts(lang))
    return UNMEASURED
