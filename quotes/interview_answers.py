"""The answers of an interview printed under its questions with no labels (`Why
almshouses?` ¶ `Because nobody else wanted to do them.`), one of the page's shapes that
attribute statements with no speech verb (see :mod:`quotes.page_shapes` for the others):
:func:`unlabelled_answers`; :func:`question_line` says whether a paragraph is such a
question, which the sentence picking and the printed items read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.columns import own_voice
from quotes.first_person import FIRST_PERSON
from quotes.found import MARKS
from quotes.interview_roles import NAMED_BEFORE_PRONOUNS, interview_parties
from quotes.language import word_list
from quotes.marks import paragraph_bounds
from quotes.normalise import DOUBLE_MARKS

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
    if answerer is not None and answerer.lower_ in NAMED_BEFORE_PRONOUNS:
        answerer = _last_named_before(answerer)
    if answerer is not None and answerer.pos_ != "PROPN":
        answerer = _named_beside(answerer)
    ends = [*series[1:], series[-1] + 2]
    spans = [
        (start, end)
        for k, following in zip(series, ends, strict=True)
        for start, end in paragraphs[k + 1 : following]
        if _answer(norm, start, end)
    ]
    if answerer is None and _first_person(norm, spans):
        answerer = _introduced(doc, paragraphs[first][0])
    if answerer is None or answerer.pos_ != "PROPN":
        return []
    return [Answer(start, end, answerer) for start, end in spans]


def _first_person(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether at least half of an interview's answers, and two or more, speak in the
    first person (:data:`FIRST_PERSON`): someone's own words, not the writer's answers
    to her own questions, which an explainer gives in the third person."""
    mine = sum(own_voice(norm[s:e], FIRST_PERSON) for s, e in spans)
    return mine >= _MIN_QUESTIONS and 2 * mine >= len(spans)


def _introduced(doc: Doc, before: int) -> Token | None:
    """Rule interview-introduced-by-name: the one interviewed where no sentence before
    the questions says the writer interviewed anyone, but the answers speak in the first
    person (:func:`_first_person`): the subject, a name, of the first sentence before the
    questions whose root verb has one (`Ana Ruiz has built boats for fifty years. She
    talks about larch.` ¶ `How did you start?` ¶ `My father built boats.`)."""
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return None


def _last_named_before(pronoun: Token) -> Token | None:
    """Rule interview-pronoun-named: the person an introduction's `she` or `he` stands
    for, the last one named before it (`Ingrid Solheim has run planning in Bergen. As she
    prepares to retire, she spoke to us …`); None when no one is named."""
    people = [ent for ent in pronoun.doc.ents if ent.label_ == "PERSON" and ent.end <= pronoun.i]
    return people[-1].root if people else None


def _named_beside(role: Token) -> Token:
    """Rule interview-role-named: the name set beside the role an introduction gives the
    one interviewed (`We spoke by phone to the island's mayor, Eleni Markou, who …`:
    `Markou`), else the role itself."""
    return next((c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN"), role)


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


def writers_question(paragraph: str) -> bool:
    """Whether an interview's paragraph is the writer's question (:func:`_asks`), read
    by :mod:`quotes.interview_questions` too."""
    return _asks(paragraph)


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
