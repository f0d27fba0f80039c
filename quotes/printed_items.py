"""Documents a news story prints as a list of items under a paragraph that introduces
them, with no quote marks: a public body's questions and answers (an FAQ), a service
status page's time-stamped updates, a thread's numbered posts. Each item's text is the
maker's own words, a direct row, as a document printed whole is
(:mod:`quotes.printed_whole`); the item's format (the `A.` label, the time stamp and
status label, the post's number) is no part of the row, and an FAQ's questions, which
the maker wrote as its own headings, are no rows (guideline rows on FAQs, status pages
and threads).

The introduction is the paragraph right before the first item and says whose the
document is: its maker as the subject of the verb that gives it (`The district office
published the following questions and answers`, :func:`quotes.printed_whole.document_maker`),
or, when it ends in a colon, the subject of the cue verb before it: the document, which
the resolver takes to its maker as for a memo that `reads` (`The document … reads in
part:`), or an `it`, read as the maker the sentence before names (`Ana Ruiz posted a
thread. It read, in part:`, :func:`quotes.printed_whole.colon_subject`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.found import MARKS, char_tokens
from quotes.interview_answers import question_line
from quotes.language import table, word_list
from quotes.marks import paragraph_bounds
from quotes.printed_whole import colon_subject, document_maker

#: Words for a document printed as items, besides those printed whole (`questions and
#: answers`, `FAQ`).
_DOCUMENTS = word_list("printed-documents") | word_list("printed-item-documents")
#: Phrases that say the document follows (`the following`, `in full`).
_WHOLE = tuple(" ".join(row) for row in table("printed-whole-phrases"))
#: A post's number before its text, as a thread numbers its posts (`1/`, `2/7`).
_NUMBERED = re.compile(r"[ \t]*\d{1,3}/(?:\d{1,3})?[ \t]+(?=\S)")
#: A status page's update: a time stamp, maybe a status label, each field closed by a
#: bar, before the update's text (`03:12 | Investigating | We are aware …`).
_STATUS = re.compile(
    r"[ \t]*[^|\n]{0,20}\d{1,2}[:.]\d{2}[^|\n]{0,20}\|(?:[^|\n]{1,40}\|)?[ \t]*(?=\S)"
)
#: An FAQ's labelled question and answer (`Q. Is it safe?` ¶ `A. Yes.`).
_QUESTION = re.compile(r"[ \t]*Q[.:][ \t]+(?=\S)")
_ANSWER = re.compile(r"[ \t]*A[.:][ \t]+(?=\S)")
#: Fewest items that make a list.
_MIN_ITEMS = 2


@dataclass(frozen=True, slots=True)
class Item:
    """One item's text (character offsets), the introduction's cue, the maker's mention
    and the rule that read the item."""

    start: int
    end: int
    cue: Token
    speaker: Span
    method: str


def printed_items(doc: Doc, norm: str, lemmas: frozenset[str]) -> list[Item]:
    """The items of each document printed as a list under its introduction (see the
    module's docstring), each a direct row of the maker the introduction gives; `lemmas`
    are the cue words an introduction's verb is read against."""
    paragraphs = paragraph_bounds(norm)
    out = []
    k = 1
    while k < len(paragraphs):
        found = _items(norm, paragraphs, k)
        if found is None:
            k += 1
            continue
        method, items, stop = found
        maker = _introduced(doc, norm, paragraphs[k - 1], lemmas)
        if maker is not None:
            out.extend(Item(start, end, *maker, method) for start, end in items)
        k = stop  # a list whose introduction names no maker is no one's, nor a part of it
    return out


def _items(
    norm: str, paragraphs: list[tuple[int, int]], k: int
) -> tuple[str, list[tuple[int, int]], int] | None:
    """The rule, the items' texts and the paragraph after the list, for a list that
    starts at paragraph `k`, or None: numbered posts (rule numbered-post), status
    updates (rule status-update) or an FAQ (rule faq-answer)."""
    # `1/ Still at the gate at midnight.` ¶ `2/ No water, no food.`: numbered-post
    # `07:05 | Investigating | We are looking into a fault.` ¶ `08:40 | …`: status-update
    for method, prefix in (("numbered-post", _NUMBERED), ("status-update", _STATUS)):
        items = []
        stop = k
        while stop < len(paragraphs):
            start, end = paragraphs[stop]
            label = prefix.match(norm, start, end)
            if label is None:
                break
            items.append((label.end(), end))
            stop += 1
        if len(items) >= _MIN_ITEMS:
            return method, items, stop
    return _labelled_answers(norm, paragraphs, k) or _answers_under_questions(
        norm, paragraphs, k
    )


def _labelled_answers(
    norm: str, paragraphs: list[tuple[int, int]], k: int
) -> tuple[str, list[tuple[int, int]], int] | None:
    """Rule faq-answer, labelled: the `A.` paragraphs of an FAQ whose questions and
    answers take turns from paragraph `k` on (`Q. Is it safe?` ¶ `A. Yes. …`), each
    answer's text without its label."""
    # `Q. Can I claim for damage?` ¶ `A. Yes, at the district office until May 2.`
    answers = []
    stop = k
    while stop + 1 < len(paragraphs):
        asked, answered = paragraphs[stop], paragraphs[stop + 1]
        label = _ANSWER.match(norm, *answered)
        if _QUESTION.match(norm, *asked) is None or label is None:
            break
        answers.append((label.end(), answered[1]))
        stop += 2
    return ("faq-answer", answers, stop) if len(answers) >= _MIN_ITEMS else None


def _answers_under_questions(
    norm: str, paragraphs: list[tuple[int, int]], k: int
) -> tuple[str, list[tuple[int, int]], int] | None:
    """Rule faq-answer, unlabelled: an FAQ printed with each question as a line of its
    own (:func:`quotes.interview_answers.question_line`) from paragraph `k` on, each answer
    the paragraphs under it up to the next question; after the last question only the
    first, as the story goes on there. A quoted paragraph is no answer's."""
    # `Will my pay change?` ¶ `No. Every contract moves across in full.` ¶ `Who …?`
    if not question_line(norm[slice(*paragraphs[k])]):
        return None
    answers: list[tuple[int, int]] = []
    questions = 0
    asked = False  # whether the paragraph before is a question
    stop = k
    while stop < len(paragraphs):
        start, end = paragraphs[stop]
        if question_line(norm[start:end]):
            if asked:
                return None  # a question with no answer: no FAQ
            questions, asked = questions + 1, True
        elif norm[start] in MARKS or not (asked or _asked_later(norm, paragraphs, stop)):
            break
        else:
            answers.append((start, end))
            asked = False
        stop += 1
    if questions < _MIN_ITEMS or asked:
        return None
    return "faq-answer", answers, stop


def _asked_later(norm: str, paragraphs: list[tuple[int, int]], at: int) -> bool:
    """Whether a question line follows paragraph `at` before a paragraph opens with a
    quote mark: the answer before it goes on."""
    for start, end in paragraphs[at + 1 :]:
        if question_line(norm[start:end]):
            return True
        if norm[start] in MARKS:
            return False
    return False


def _introduced(
    doc: Doc, norm: str, paragraph: tuple[int, int], lemmas: frozenset[str]
) -> tuple[Token, Span] | None:
    """The cue and the maker's mention the introduction (`paragraph`) gives: the maker of
    the document it names (:func:`quotes.printed_whole.document_maker`), else, for one
    that ends in a colon, the subject of the cue verb the colon hangs on, or the maker an
    `it` there stands for (`It has read, in order:`,
    :func:`quotes.printed_whole.colon_subject`); never the writer (`We print them in
    part.`)."""
    start, end = paragraph
    intro = char_tokens(doc, start, end)
    if intro is None or norm[start] in MARKS:
        return None
    lower = norm[start:end].lower()
    found = document_maker(intro, any(phrase in lower for phrase in _WHOLE), _DOCUMENTS)
    if found is not None or not norm[start:end].rstrip().endswith(":"):
        return found
    return colon_subject(intro, lemmas)
