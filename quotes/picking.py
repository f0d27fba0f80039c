"""Which sentences of a text selective parsing parses (:mod:`quotes.selective`).

A text is tokenised whole and split into sentences by rule (:func:`sentences`: the
paragraph rules of :func:`quotes.sentence_starts.paragraph_breaks`, and `.`/`!`/`?` before a space
and a capital). **The rule that picks a sentence** (:func:`pick`): it is parsed when

1. it overlaps a quotation that an opening mark can start (at a paragraph or sentence
   start, or after `,` `:` `;` a dash or a bracket, as the engine judges it), found by
   :func:`~quotes.marks.find_quote_spans`; a mark inside a clause (`the new "fix"`) is a
   title or scare quote, which only a cue of its sentence can make part of a statement;
2. it holds a cue word: any inflection of a reporting verb of the cue lexicon or of a
   verb that is a cue only with a clause (`accepted`: the parse shows the clause), a noun or
   adjective cue (`claims`, `confident`), an impression (`seems`) or hearsay
   (`reportedly`) word, or `according`, with tests on the words around it (the word
   forms: :mod:`quotes.cue_forms`; the tests, a to e: :mod:`quotes.picking_cues`);
3. a colon stands among its first eight words, where it can close a speaker's name
   (`Sanders: Brexit could …`, `Ruiz told the crowd: "…"`);
4. the sentence after it opens with a quotation of rule 1: the sentence that may name
   its speaker (`Valastro praised Christie.` / `"We need …"`); or the sentence after it
   holds a cue and no quotation and names nobody but by a `he` or `she`, whom it may
   mean (`Coach X picked Baird, with Y left out.` / `Here is what he said.`), or opens
   with `It` and ends with a colon, the document printed under it that the sentence
   before names (`Ana Ruiz posted a thread.` / `It read, in part:`), or opens with `It`
   (a quotation after its cue or none) after a sentence that holds `by` or a word for a
   work, which may name the maker of the work the `it` stands for (`The report, by the
   Rights Observatory, is based on 212 interviews.` / `It says …`; `Her first entry is
   dated March 3.` / `It reads: "…"`), or with one part of a kept work after a
   sentence that holds a word for a work (`… the field diary of Henrik Aalto.` / `One
   entry reads: "…"`);
5. it stands in the paragraph before the first of two or more questions printed as
   paragraphs of their own (:func:`~quotes.interview_answers.question_line`), where an
   interview's introduction says whom the writer met (`We met Ana Ruiz at her studio.`
   ¶ `Why almshouses?`: :func:`~quotes.interview_answers.unlabelled_answers`);
6. it stands before a transcript's first `Q:` or `A:` line and names the event the
   transcript records (`Below is the press conference Ana Ruiz gave.`), which says who
   answers (:func:`~quotes.interview_roles.described_answerer`), or holds a verb of
   interviewing (`Hugo Ruiz interviewed her through an interpreter.`), whose subject asks
   and object answers (:func:`~quotes.interview_roles.interview_parties`);
7. it stands in a paragraph that names a document and says it is printed whole (`Below
   is the eulogy that Ana Ruiz delivered. It is printed in full.`), whose parse gives
   the document's maker (:func:`~quotes.printed_whole.printed_documents`);
8. it holds a verb of deciding (`fined`, `dismissed`, `held`) before a sentence picked by a
   rule above that names a decision (`The Harbour Authority has fined …` / `The notice
   found that …`), whose maker the decider is
   (:func:`~quotes.deciders.before_decisions`).

Everything else is tokenised only; consecutive picked sentences are parsed together
(:func:`runs`), but a heading or label on a line of its own is never parsed with the next
paragraph (:func:`heading_lines`).
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, IS_SPACE, SENT_START, SPACY
from spacy.tokens import Doc

from quotes.child_patterns import token_forms
from quotes.cue_forms import CueForms
from quotes.deciders import before_decisions
from quotes.genders import PERSON_PRONOUNS
from quotes.interview_answers import question_line
from quotes.language import table, word_list
from quotes.law_texts import LAW_TEXTS
from quotes.marks import find_quote_spans
from quotes.picking_cues import cue_words, has_cue
from quotes.sentence_starts import paragraph_breaks
from quotes.source_words import AUTHORED

#: Tokens that end a sentence, the closing marks that may follow them, and what else
#: than a capital or a digit may open the next one.
_ENDS = frozenset({".", "!", "?", "...", "…", "?!", "!!", "!?"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»", "''"})
_OPENERS = frozenset("\"'“‘(«[`")
#: What an opening mark may follow to start a quotation (besides a sentence end).
_INTRODUCED_AFTER = "\n\r.!?\"'”’»,:;—–-(["
#: How far into a sentence a colon can close a name (the engine's `_COLON_NAME` + 1).
_COLON_WORDS = 8


def sentences(doc: Doc, words: list[str] | None = None) -> list[tuple[int, int]]:
    """The `(start, end)` token bounds of a tokenised doc's sentences, by rule: a new
    sentence at each paragraph (:func:`~quotes.sentence_starts.paragraph_breaks`) and after a full
    stop, `!`, `?` or `…` (and any closing marks) that a space and a capital, digit or
    opening mark follow. It splits less often than a parser would (`Jeb!, Ben Carson`
    stays one), never more, so a parsed run never cuts a sentence the parser keeps
    whole. Whitespace closes the sentence before it, as the parser has it (`fine.\n\n`).
    `words` are the tokens' forms, when the caller has them.
    """
    if not len(doc):
        return []
    paragraph_breaks(doc)
    preset = doc.to_array(SENT_START).astype(np.int64)
    starts = preset == 1
    words = token_forms(doc) if words is None else words
    spaced = doc.to_array(SPACY).astype(bool)
    for i in [i for i, word in enumerate(words) if word in _ENDS]:
        j = i + 1
        while j < len(words) and words[j] in _CLOSERS and not spaced[j - 1]:
            j += 1
        if j < len(words) and words[j].isspace():
            j += 1  # a line break: the paragraph rules decide
        elif j < len(words) and spaced[j - 1] and _opens_sentence(words[j]):
            starts[j] = preset[j] != -1
    space = np.flatnonzero(starts & doc.to_array(IS_SPACE).astype(bool))
    starts[space] = False
    starts[space[space + 1 < len(doc)] + 1] = True
    starts[0] = True
    doc.from_array([SENT_START], np.where(starts, 1, -1).astype(np.uint64))
    bounds = np.flatnonzero(starts).tolist()
    return list(zip(bounds, [*bounds[1:], len(doc)], strict=True))


def _opens_sentence(word: str) -> bool:
    """Whether a word can open a sentence: a capital, a digit or an opening mark first."""
    first = word[:1]
    return first.isupper() or first.isdigit() or first in _OPENERS


def pick(
    doc: Doc,
    text: str,
    bounds: list[tuple[int, int]],
    cues: CueForms,
    words: list[str] | None = None,
) -> list[bool]:
    """Which of the sentences `bounds` of `doc` (the tokens of `text`, whose forms are
    `words` when the caller has them) to parse: see the module docstring for the rule."""
    words = token_forms(doc) if words is None else words
    idx = doc.to_array(IDX).tolist()
    quoted = [
        (span.open_start, span.close_end)
        for span in find_quote_spans(text)
        if _introduced(text, span.open_start)
    ]
    picked: list[bool] = []
    opens: list[bool] = []
    pronoun_cues: list[bool] = []
    it_cues: list[bool] = []
    k = 0
    for start, end in bounds:
        first, last = idx[start], idx[end - 1] + len(words[end - 1])
        while k < len(quoted) and quoted[k][1] <= first:
            k += 1
        in_quote = k < len(quoted) and quoted[k][0] < last
        opens.append(in_quote and not text[first : quoted[k][0]].strip())
        sentence = words[start:end]
        cued = has_cue(sentence, cues)
        picked.append(in_quote or cued or _headline_colon(sentence))
        pronoun_cues.append(
            cued and not in_quote and (_pronoun_lead_in(sentence, cues) or _it_lead_in(sentence))
        )
        it_cues.append(cued and (_opens_with_it(sentence) or _opens_with_part(sentence)))
    spans = [(idx[start], idx[end - 1] + len(words[end - 1])) for start, end in bounds]
    introduction = (
        _before_questions(text, spans)
        | _names_the_interview(text, spans, words, bounds, cues)
        | _introduces_printed(text, spans)
        | before_decisions(words, bounds, picked)
    )
    return [
        p
        or (i + 1 < len(picked) and (opens[i + 1] or pronoun_cues[i + 1]))
        or (i + 1 < len(picked) and it_cues[i + 1] and _names_maker(words[slice(*bounds[i])]))
        or i in introduction
        for i, p in enumerate(picked)
    ]


def _pronoun_lead_in(words: list[str], cues: CueForms) -> bool:
    """Whether a sentence (its tokens' forms) leads in to quotations that follow and
    names their speaker by a pronoun only: it holds a `he` or `she`, no capitalised word
    after its first, and ends on a cue word (`Here is what he said.`; not `He said it
    again and again.`), so that the sentence before it, whose subject the pronoun may
    mean, is parsed too."""
    if not any(w.lower() in PERSON_PRONOUNS for w in words) or any(
        w[:1].isupper() for w in words[1:] if w.lower() not in PERSON_PRONOUNS
    ):
        return False
    last = len(words) - 1
    while last > 0 and (not words[last].strip() or words[last] in (".", ":")):
        last -= 1
    return last in cue_words(words, cues)


def _it_lead_in(words: list[str]) -> bool:
    """Whether a sentence (its tokens' forms, one of them a cue word) leads in to a
    document printed under it and names it by an `it` only: it opens with `It` and ends
    with a colon (`It read, in part:`), so that the sentence before it, which names the
    document and its maker (`Ana Ruiz posted a thread.`), is parsed too
    (:func:`quotes.printed_items.printed_items`)."""
    return _opens_with_it(words) and [w for w in words if w.strip()][-1] == ":"


#: The word that names a work's maker in the sentence before an `It` (`a report by X`).
_BY = "by"
#: Words for a work or a thing lettered by hand (`entry`, `notice`, `sign`), whose maker
#: the sentence before an `It` may give by a possessive or a clause (`Her first entry …`),
#: and for the text of a law or an instrument in force, whose wording an `It` may give
#: (`The protocol runs until June.` / `It states that …`: rule law-text-before).
_WORKS = AUTHORED | word_list("hand-made-works") | LAW_TEXTS


def _names_maker(words: list[str]) -> bool:
    """Whether the sentence before an `It` cue sentence (its tokens' forms) may name the
    maker of the work the `It` stands for: it holds `by` (`The report, by the
    Rights Observatory, …`) or a word for a work (`Her first entry …`, `a notice he
    painted`: :mod:`quotes.work_makers`), so it is parsed too."""
    return any(w == _BY or w.lower() in _WORKS for w in words)


def _opens_with_it(words: list[str]) -> bool:
    """Whether a sentence (its tokens' forms, one of them a cue word) opens with `It`, a
    work or body the sentence before may name with its maker (`The report, by the Rights
    Observatory, is based on 212 interviews.` / `It says …`: rule it-work-named-before of
    :mod:`quotes.work_makers`)."""
    said = [w for w in words if w.strip()]
    return len(said) > 2 and said[0] == "It"


#: Parts of a kept work quoted one at a time (`One entry reads: …`).
_PARTS = word_list("work-parts")


def _opens_with_part(words: list[str]) -> bool:
    """Whether a sentence (its tokens' forms, one of them a cue word) opens with one part
    of a kept work (`One entry reads: …`, `Another page reads: …`), whose writer the
    sentence before may name (`… the field diary of Henrik Aalto.`: rule
    part-of-kept-work of :mod:`quotes.works_before`)."""
    said = [w for w in words if w.strip()]
    return len(said) > 2 and said[0] in ("One", "Another") and said[1].lower() in _PARTS


def _before_questions(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences (by number; `spans` are their character bounds) of the paragraph
    before the first question printed as a paragraph of its own, when the text has two
    or more such questions: an unlabelled interview's introduction."""
    asked = [
        k
        for k, (start, end) in enumerate(spans)
        if k and _whole_paragraph(text, start, end) and question_line(text[start:end].rstrip())
    ]
    if len(asked) < 2:
        return set()
    first = asked[0]
    out = set()
    for k in range(first - 1, -1, -1):
        out.add(k)
        if _paragraph_start(text, spans[k][0]):
            break
    return out


#: Words for a document a story prints whole (`eulogy`, `statement`) and the phrases
#: that say it is printed so (`in full`, `the following`).
_PRINTED_DOCUMENTS = word_list("printed-documents")
_PRINTED_WHOLE = tuple(" ".join(row) for row in table("printed-whole-phrases"))
#: A word of the text, for the document words of a paragraph.
_WORD = re.compile(r"[^\W\d_]+")


def _introduces_printed(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences (by number; `spans` are their character bounds) of each paragraph
    that names a document and says it is printed whole (`Below is the eulogy that Ana
    Ruiz delivered. It is printed in full.`), whose maker the parse of the paragraph
    gives (:func:`quotes.printed_whole.printed_documents`), though it holds no cue word."""
    out: set[int] = set()
    paragraph: list[int] = []
    for k, (start, _) in enumerate([*spans, (len(text), len(text))]):
        if k == len(spans) or (paragraph and _paragraph_start(text, start)):
            chunk = text[spans[paragraph[0]][0] : spans[paragraph[-1]][1]] if paragraph else ""
            lower = chunk.lower()
            if any(p in lower for p in _PRINTED_WHOLE) and any(
                w.rstrip("s") in _PRINTED_DOCUMENTS or w in _PRINTED_DOCUMENTS
                for w in _WORD.findall(lower)
            ):
                out.update(paragraph)
            paragraph = []
        if k < len(spans):
            paragraph.append(k)
    return out


#: A question's or an answer's label opening a line of a transcript.
_TURN_LINE = re.compile(r"^[ \t]*[QA]:", re.MULTILINE)
#: Nouns for the event a transcript records (`press conference`, `interview`).
_INTERVIEW_NOUNS = word_list("interview-nouns")
#: Verbs that introduce an interview (`spoke to`, `interviewed`).
_INTERVIEW_VERBS = word_list("interview-verbs")


def _names_the_interview(
    text: str,
    spans: list[tuple[int, int]],
    words: list[str],
    bounds: list[tuple[int, int]],
    cues: CueForms,
) -> set[int]:
    """The sentences (by number; `spans` are their character bounds, `bounds` their
    token bounds) before a transcript's first `Q:` or `A:` line that hold a noun for the
    event it records, singular or plural, or a form of a verb of interviewing."""
    turn = _TURN_LINE.search(text)
    if turn is None:
        return set()
    return {
        k
        for k, ((start, _), (first, last)) in enumerate(zip(spans, bounds, strict=True))
        if start < turn.start()
        and any(
            w.lower() in _INTERVIEW_NOUNS
            or w.lower().removesuffix("s") in _INTERVIEW_NOUNS
            or cues.verb_of(w.lower(), _INTERVIEW_VERBS)
            for w in words[first:last]
        )
    }


def _paragraph_start(text: str, at: int) -> bool:
    """Whether only spaces stand between the line break before `at` (or the text's start)
    and `at`."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the characters from `start` to `end` fill their paragraph."""
    after = text.find("\n", len(text[:end].rstrip()))
    rest = text[end : len(text) if after < 0 else after]
    return _paragraph_start(text, start) and not rest.strip()


def _introduced(text: str, open_start: int) -> bool:
    """Whether an opening mark can start a quotation (as the engine judges it): at a
    paragraph or sentence start, or after `,` `:` `;` a dash or a bracket."""
    before = text[max(0, open_start - 80) : open_start].rstrip(" \t")
    return not before or before[-1] in _INTRODUCED_AFTER


def _headline_colon(words: list[str]) -> bool:
    """Whether a colon stands among the first words of a sentence (its tokens' forms),
    where it can close a speaker's name (`Sanders: Brexit could …`)."""
    return ":" in words[:_COLON_WORDS]


def runs(
    picked: list[bool], bounds: list[tuple[int, int]], headings: list[bool] | None = None
) -> list[tuple[int, int]]:
    """The token bounds of each run of consecutive picked sentences; a run ends after a
    sentence that `headings` marks (:func:`heading_lines`), so the parser never reads a
    heading with the next paragraph."""
    out: list[tuple[int, int]] = []
    ended = True  # the sentence before ended its run (or there is none)
    for k, (keep, (start, end)) in enumerate(zip(picked, bounds, strict=True)):
        if not keep:
            ended = True
            continue
        if out and not ended and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        ended = headings is not None and headings[k]
    return out


#: The most words of a heading line parsed alone (`Claim 2`, `Second claim`): a headline
#: is longer, and its parse with the lead under it is kept as it was.
_HEADING_WORDS = 4


def heading_lines(words: list[str], bounds: list[tuple[int, int]]) -> list[bool]:
    """Rule heading-parsed-alone: which sentences (token `bounds`, the tokens' forms
    `words`) are a heading, which a picked run must not carry into the next paragraph: a
    line of its own of at most :data:`_HEADING_WORDS` words, no comma among them, that
    ends on no full stop, `!`, `?`, colon or closing mark (`Claim 2`, `Second claim`),
    before a line that opens with a capital letter. Parsed with it, `Second claim` ¶
    `Szczęsny said that …` made the surname a sentence of its own and lost the claim's
    speaker; parsed alone, the line gets the parse it gets with nothing before it. A
    label ending in a colon, a signature (`Ana Ruiz, Hobart`) and a heading over bullets
    (`What they said` ¶ `• Ana Ruiz, mayor: "…"`) are parsed with what follows, as before.
    """
    said = [[w for w in words[start:end] if not w.isspace()] for start, end in bounds]
    line_ends = [words[end - 1].isspace() and "\n" in words[end - 1] for _, end in bounds]
    out: list[bool] = []
    for k, line in enumerate(said):
        following = said[k + 1] if k + 1 < len(said) else []
        out.append(
            (k == 0 or line_ends[k - 1])
            and line_ends[k]
            and 0 < len(line) <= _HEADING_WORDS
            and "," not in line
            and line[-1] not in _ENDS and line[-1] not in _CLOSERS and line[-1] != ":"
            and bool(following) and following[0][:1].isupper()
        )
    return out
