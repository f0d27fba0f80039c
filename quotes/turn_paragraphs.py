"""The paragraphs after a transcript's labelled line that go on with its turn, as a
minister's answer runs over two paragraphs of a record under one label, and the lines
between two turns that are no one's turn: a note that fills its line (`[Interjections.]`),
a numbered or unlabelled question the page puts, a chorus (`Noble Lords: Hear, hear!`),
the writer's account of a new question (`Later, a reporter asked why …`) or of a turn not
given (`Okonjo declined to say.`). Steps of :func:`quotes.transcripts.transcript_lines`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.doc_memo import doc_text
from quotes.exchanges import is_chorus
from quotes.first_person import FIRST_PERSON
from quotes.language import word_list
from quotes.marks import QUOTED_RUN

#: A numbered question on a line of its own, which a debate page puts to each guest in
#: turn before their labelled answers (`2. Who is to blame?`): the paper's, no guest's.
_NUMBERED_QUESTION = re.compile(r"\d{1,2}[.)] .*\?$")


def continued(
    text: str, after: int, before: int | None, questions: bool = False
) -> list[tuple[int, int]]:
    """The paragraphs after a labelled line up to the next label, which go on with the
    same turn, as a minister's answer runs over two paragraphs of a record under one
    label; none after the last label (the story goes on there), and not a note that
    fills its line (`[Interjections.]`), a heading that ends with a colon, a numbered
    question (rule numbered-question), a chorus's line (:func:`_chorus_line`), a line
    with no word, nor, on a page that prints its questions as lines with no label
    (``questions``, :func:`asks_unlabelled`), a line that is one question."""
    if before is None:
        return []
    out = []
    at = after
    for line in text[after:before].split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        stripped = line.strip()
        if not any(c.isalpha() for c in stripped) or stripped.endswith(":"):
            continue  # an ellipsis or a rule (`….`), a heading (`Question 12:`)
        if _whole_note(stripped) or _NUMBERED_QUESTION.match(stripped):
            continue
        if _chorus_line(stripped) or (questions and _question_line(stripped)):
            continue
        start += len(line) - len(line.lstrip())
        out.append((start, start + len(stripped)))
    return out


def asks_unlabelled(text: str, first: int) -> bool:
    """Rule unlabelled-question: whether the line right before a transcript's first
    labelled turn is one question with no label, as a page that puts the same questions
    to several people prints them (`Will the ban help?` ¶ `OUTEIRO: Not this year.` ¶
    `CASTRO: It will.` ¶ `Who pays for the change?` ¶ `OUTEIRO: …`): its later lines of
    one question are the writer's too, not more of the answer before them."""
    lines = [line for line in text[:first].split("\n") if line.strip()]
    return bool(lines) and _question_line(lines[-1].strip())


def _question_line(line: str) -> bool:
    """Whether a stripped line is one question and nothing else: a capital, no sentence
    ending before its closing question mark (`Who pays for the change?`)."""
    return line.endswith("?") and line[:1].isupper() and not _SENTENCE_END.search(line[:-1])


#: A sentence's end inside a line (`… today. Who pays?`).
_SENTENCE_END = re.compile(r"[.!?]\s")


#: Verbs by which the writer tells of a question or interruption between two turns.
_TURN_NARRATION = word_list("turn-narration-verbs")
#: Verbs by which the writer tells, between two turns, that someone gave no answer.
_TURN_REFUSALS = word_list("turn-refusal-verbs")
#: The people a turn's own words may say were asked (`A reporter asked me …` is speech).
_SPEAKERS_PRONOUNS = FIRST_PERSON | word_list("addressee-pronouns")
#: Words before a noun that pick one of several (`A waiter`, `One guest`): no one named.
_ONE_OF = word_list("one-of-several-words")


def narration_between(doc: Doc, start: int, end: int) -> bool:
    """Rule narration-between-turns: whether a line between two turns is the writer's
    account of someone new putting a question (`Later, a reporter asked why the alarm had
    not been raised.`): its first sentence's verb one of :data:`_TURN_NARRATION` in the
    past tense, its subject a noun phrase with an indefinite article (`a reporter`, `one
    journalist`), and no `me` or `us` the question went to (`A reporter asked me …` is
    the turn's own words). Also the writer's account of a turn not given
    (`Okonjo declined to say, citing the inquiry.`): a verb of :data:`_TURN_REFUSALS` in
    the past tense with a name for its subject, in a line with no question mark."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None and _scene_note(root, subject, doc_text(doc)[start:end]):
        return True
    if root.tag_ != "VBD" or subject is None:
        return False
    if root.lemma_.lower() in _TURN_REFUSALS:
        return subject.pos_ == "PROPN" and not any(t.text == "?" for t in span)
    return (
        root.lemma_.lower() in _TURN_NARRATION
        and subject.pos_ == "NOUN"
        and any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE_OF
                for c in subject.children)
        and not any(t.lower_ in _SPEAKERS_PRONOUNS for t in root.children)
    )


#: Pronouns for one person the writer describes in the third person (`he`, `she`).
_THIRD_PERSON = word_list("person-subject-pronouns")


def _scene_note(root: Token, subject: Token, line: str) -> bool:
    """Rule scene-between-turns: whether a line between two turns is the writer's note
    of what the one interviewed does, in the present tense of a scene (`He picks up a
    fiddle and plays.`, `She laughs and pours the tea: "…"`): its first sentence's verb
    a present-tense action (no `is`, `has`), its subject `he` or `she`, and no word of
    the first person outside its quotes, which a turn's own words would hold."""
    words = re.findall(r"[^\W\d_]+", QUOTED_RUN.sub(" ", line))
    return (
        root.tag_ == "VBZ"
        and root.pos_ == "VERB"
        and subject.lower_ in _THIRD_PERSON
        and not any(w.lower() in _SPEAKERS_PRONOUNS for w in words)
    )


def _chorus_line(line: str) -> bool:
    """Rule chorus-between-turns: whether a line between two turns is a chorus's, no one's
    statement: a chorus's label in ordinary case before a colon (`Noble Lords: Hear,
    hear!`), or a record's short note of what the members did (`Members indicated
    agreement.`, at most :data:`_CHORUS_NOTE_WORDS` words opening with a chorus's)."""
    if ":" in line and is_chorus(line.split(":")[0]):
        return True
    words = line.split()
    return len(words) <= _CHORUS_NOTE_WORDS and any(
        is_chorus(" ".join(words[:k])) for k in (1, 2) if k < len(words)
    )


#: Most words of a record's note of what a chorus did (`Members indicated agreement.`).
_CHORUS_NOTE_WORDS = 5


def _whole_note(line: str) -> bool:
    """A line that is nothing but a note in brackets (`[Advertisement break]`), however
    long: an editor's note between turns (`(The minister answered this question in
    Welsh. Translation by the agency.)`) is no part of the turn before it."""
    pairs = {"(": ")", "[": "]"}
    opening = line[:1]
    if opening not in pairs or line[-1:] != pairs[opening]:
        return False
    inside = line[1:-1]
    return opening not in inside and pairs[opening] not in inside
