"""Reported speech inside an interviewer's question (rule interview-question): in an
interview printed with each question as a paragraph of its own and no labels, a question
led by a claim the writer puts to the one interviewed (`The company says the old ship was
50 years old and had to go. Is that not true?`) is the writer's prompt, no row of the
company's: the questions are the unnamed writer's, the answers under them the
interviewee's rows (:func:`quotes.interview_answers.unlabelled_answers`). The default
scope drops the row (:func:`quotes.scope.dropped_by`); `--scope all` keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.doc_memo import memo
from quotes.marks import paragraph_bounds

if TYPE_CHECKING:
    from spacy.tokens import Span


def in_interview_question(doc_text: str, content: Span) -> bool:
    """Whether a row's content stands in a paragraph that is the writer's question in an
    interview with unlabelled answers, the answer right under it (`We spoke to the mayor.`
    ¶ `The company says the quay is too short. Is that not true?` ¶ `It is true. …`); a
    news story's rhetorical question after a source's claim (`The mayor says the bridge
    is safe. Is it?`) has no interview's answers under it and keeps its row."""
    # `Critics say the fare rise hurts the poor. What do you say to them?` ¶ `…`
    # imported here: the scope's modules load at the command's start, without spaCy
    from quotes.interview_answers import unlabelled_answers, writers_question

    paragraphs = paragraph_bounds(doc_text)
    at = content.start_char
    k = next((n for n, (start, end) in enumerate(paragraphs) if start <= at < end), None)
    if k is None or k + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[k]
    if not writers_question(doc_text[start:end]):
        return False
    table = memo(content.doc, "interview-answers")
    if "starts" not in table:
        table["starts"] = {a.start for a in unlabelled_answers(content.doc, doc_text)}
    return paragraphs[k + 1][0] in table["starts"]
