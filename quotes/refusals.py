"""A spokesperson's refusal to answer, quoted on its own (rule refusal-alone): `"I'm not
going to get ahead of the Secretary on that, and I'm not going to do personnel from this
podium," she said.` or `He said "No comment" as he left.`, or told as a reported clause
(rule refusal-reported): `The ministry said it does not comment on ongoing
investigations.` Like `declined to comment` told in the writer's words, it is an act with
no content of its own, so the default scope drops the row
(:func:`quotes.scope.dropped_by`); `--scope all` keeps it. What the same spokesperson says
with content of its own is a row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.doc_memo import span_text
from quotes.language import table, word_list, word_map

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _formulas() -> tuple[str, ...]:
    """The opening words of a refusal to answer: the set formulas (`i'd refer you to`,
    `no comment`), each negated first-person opening with each topic verb (`i can't` +
    `go into`) and each deferral opening with each act (`i will have to` + `provide
    that`); longest first, so that a clause is matched by its fullest formula."""

    def lines(name: str) -> list[str]:
        return [" ".join(row).lower() for row in table(name)]

    made = {
        *lines("refusal-formulas"),
        *(f"{o} {t}" for o in lines("refusal-openings") for t in lines("refusal-topics")),
        *(f"{o} {a}" for o in lines("deferral-openings") for a in lines("deferral-acts")),
    }
    return tuple(sorted(made, key=lambda f: (-len(f), f)))


#: The opening words of a refusal to answer (`i'd refer you to`, `i can't go into`).
_REFUSALS = _formulas()
#: The formulas by their first word (`i'd`, `no`), longest first as in :data:`_REFUSALS`:
#: a clause is matched only against those it can open with, where each clause of each
#: quote was tried against all two hundred.
_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(f for f in _REFUSALS if f.split(" ", 1)[0] == first)
    for first in {f.split(" ", 1)[0] for f in _REFUSALS}
}
#: Where a quote's clauses part: a sentence's end, a semicolon, `, and` or `, but`.
_CLAUSE_BREAK = re.compile(r"[.!?;]+\s*|,\s*(?:and|but)\s+|,\s*$")
#: What may follow a formula's last word in its clause: nothing, a space, or the comma
#: before the one addressed (`I will take that on notice, Senator.`).
_AFTER_FORMULA = frozenset({"", " ", ","})
#: Verbs (and auxiliaries) whose tag says a clause goes on past its formula.
_VERB_POS = frozenset({"VERB", "AUX"})
#: Words after which a refusal's clause says only when the speaker will talk (`until`).
_TIME_WORDS = word_list("refusal-time-words")


def refusal_alone(content: Span) -> bool:
    """Whether a direct quote is only a refusal to answer: every clause of it opens with a
    formula of :data:`_REFUSALS` and holds no verb after it, but in the time the refusal
    holds for (`"I'd refer you to the campaign."`, `"No comment. I can't go into that at
    this stage."`, `"I won't comment until the police have finished."`); a clause that
    says something else keeps the row (`"No comment. The road is closed."`, `"I won't
    comment, because the road is unsafe."`)."""
    # `Asked whether he would resign, she said: "I'm not going to get ahead of him on that."`
    said = span_text(content).strip().strip("\"'“”‘’").replace("’", "'").lower()
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(said) if c.strip()]
    if not clauses:
        return False
    offset = 0
    for clause in clauses:
        formula = next(
            (
                f
                for f in _BY_FIRST.get(clause.split(" ", 1)[0], ())
                if clause.startswith(f) and clause[len(f) : len(f) + 1] in _AFTER_FORMULA
            ),
            None,
        )
        if formula is None:
            return False
        offset = said.index(clause, offset)
        rest_from = content.start_char + _lead(content) + offset + len(formula)
        rest_to = content.start_char + _lead(content) + offset + len(clause)
        rest = [t for t in content if rest_from <= t.idx < rest_to]
        if _says_more(_before_time_word(rest)):
            return False
        offset += len(clause)
    return True


#: How a clause hangs on the noun it describes: `a case the police are looking at`.
_RELATIVE_DEPS = frozenset({"relcl", "acl"})


def _says_more(rest: list[Token]) -> bool:
    """Whether what follows a refusal's formula holds a verb of a clause of its own.
    Rule refusal-topic-relative: a verb of a relative clause that only describes the
    topic's noun, with no clause of its own under it, says nothing more (`"I'm not going
    to comment on a case the police are looking at"`, `"I won't talk about a player who
    is under contract"`); one that reports something does (`on the report, which says the
    plan failed`)."""
    inside = {t.i for t in rest}
    described: set[int] = set()
    for t in rest:
        if t.dep_ in _RELATIVE_DEPS and t.head.i in inside and t.head.pos_ in ("NOUN", "PROPN"):
            below = list(t.subtree)
            if not any(c.dep_ in ("ccomp", "advcl") for c in below):
                described.update(c.i for c in below)
    return any(t.pos_ in _VERB_POS and t.i not in described for t in rest)


#: Word classes that open a circumstance of the saying after a quoted refusal (`as he left
#: the court`, `outside the house`, `to reporters`), not words of its own.
_CIRCUMSTANCE_POS = frozenset({"SCONJ", "ADP"})


def _before_time_word(rest: list[Token]) -> list[Token]:
    """The words of what follows a refusal's formula up to a word of
    refusal-time-words.txt: what comes after it says when the speaker will talk, not what
    is so (`"We will not comment until the commission has finished its work"`)."""
    # `"I'm not going to comment on that while the lawyers are still talking."`
    cut = next((i for i, t in enumerate(rest) if t.lower_ in _TIME_WORDS), len(rest))
    return rest[:cut]


def refusal_quoted(content: Span) -> bool:
    """Whether a mixed row is a quoted refusal told as the object of its cue, with only
    the circumstance of the saying after it (rule refusal-alone): `Kemp said "No comment"
    as he left the court.` The quote must pass :func:`refusal_alone` and what follows its
    closing mark open with a conjunction or a preposition (`as`, `outside`) and hold no
    quote of its own; a quote followed by words of the speaker's own keeps the row
    (`said "No comment" outside, then said "The road is closed"`)."""
    # `The driver said "No comment" as she got into the car.`
    if not (len(content) > 2 and content[0].is_quote):
        return False
    close = next((t.i for t in content[1:] if t.is_quote), None)
    if close is None:
        return False
    quoted = content.doc[content.start : close + 1]
    rest = content.doc[close + 1 : content.end]
    circumstance = not len(rest) or (
        rest[0].pos_ in _CIRCUMSTANCE_POS and not any(t.is_quote for t in rest)
    )
    return circumstance and refusal_alone(quoted)


def _lead(content: Span) -> int:
    """How many characters of marks and spaces open a row's text before its words."""
    text = span_text(content)
    return len(text) - len(text.lstrip().lstrip("\"'“”‘’"))


def _reported_formulas(*topic_lists: str) -> frozenset[tuple[str, ...]]:
    """The words of a refusal told as a clause, after its subject: each negation of
    refusal-reported-negations.txt with each topic verb of the lists named (`did not` +
    `comment`), as the parse splits them (`cannot` is `can not`)."""
    negations = table("refusal-reported-negations")
    topics = [topic for name in topic_lists for topic in table(name)]
    return frozenset((*negation, *topic) for negation in negations for topic in topics)


#: The words of a refusal told as a clause (`did not comment`, `was unable to discuss`).
_REPORTED = _reported_formulas("refusal-topics", "refusal-question-topics")
#: Those of them that refuse only before a question (`could not say` when …), and only
#: with a pronoun for the source itself as subject (`she could not say`): with another
#: subject the source reports that someone else would not say (`said the governor would
#: not say which member voted for a cut`), a row.
_ASKED = _reported_formulas("refusal-question-topics")
#: How many words those formulas take, and the words they open with (`did`, `was`).
_REPORTED_SIZES = frozenset(len(f) for f in _REPORTED)
_REPORTED_OPENERS = frozenset(f[0] for f in _REPORTED)
#: The parse's pieces of a negation, as the formulas spell them (`does n't`, `wo n't`).
_SPELT = {piece: words[0] for piece, words in word_map("negation-spellings").items()}
#: The most words a refusal's subject takes before its negation (`the fund`, `a
#: spokeswoman for the authority`).
_SUBJECT_WORDS = 6
#: Words that open a topic told as a question after the topic verb (`did not comment on
#: whether investigations were under way`): its verbs name the topic, they say nothing.
_TOPIC_QUESTION = word_list("question-words")
#: Words that may stand between the topic verb and such a question (`further on whether`).
_TOPIC_LEAD = word_list("refusal-topic-leads")
#: What after a reported clause says the sentence's report goes on past it (`said the
#: office does not comment on files, but that inspectors act only on complaints`): the
#: parse cut the clause short, and the refusal is not all the speaker said.
_GOES_ON = re.compile(r"[\"”’']?\s*,\s*(?:but|and)\b")
#: How a verb-tagged word modifies the topic's noun (`on pending litigation`): no verb of
#: a clause.
_MODIFIER_DEPS = frozenset({"amod", "compound"})


def refusal_reported(content: Span, doc_text: str) -> bool:
    """Whether a reported clause is only a refusal to talk about a topic (rule
    refusal-reported): a subject of a few words with no verb, a negation and a topic verb
    of :data:`_REPORTED`, then the topic with no verb of its own, or a question naming
    it; a clause that goes on to say something keeps the row (`said it did not comment on
    leaked material and that the talks would resume`, `said it "regularly talks to
    partners" and would not comment on speculation`). `doc_text` is the document's text
    (``content.doc.text`` is built anew on each call)."""
    # `A spokeswoman for the authority said it did not discuss open cases.`
    if _GOES_ON.match(doc_text, content.end_char):
        return False
    words = [t for t in content if not (t.is_punct and t.is_quote)]
    spelt = [_SPELT.get(t.lower_, t.lower_) for t in words]
    for start in range(1, min(_SUBJECT_WORDS, len(words)) + 1):
        if start == len(spelt) or spelt[start] not in _REPORTED_OPENERS:
            continue
        after = spelt[start:]
        size = next((n for n in _REPORTED_SIZES if tuple(after[:n]) in _REPORTED), 0)
        if size:
            no_verb = not any(t.pos_ in _VERB_POS for t in words[:start])
            asked = tuple(after[:size]) in _ASKED
            if asked and not (start == 1 and words[0].pos_ == "PRON"):
                return False  # `said the plan did not say who was to decide`: no refusal
            return no_verb and _topic_alone(words[start + size :], asked=asked)
    return False


#: The verbs of sending information that an undertaking told as a clause promises.
_DEFERRAL_VERBS = word_list("deferral-reported-verbs")
#: The modals of a promise (`would`, `will`, `'ll`, `'d`).
_PROMISE_MODALS = frozenset({"would", "will", "'ll", "'d"})


def undertaking_reported(content: Span) -> bool:
    """Rule undertaking-reported: whether a reported clause is only a promise to send
    information later in writing, a deferral with no content of its own as a quoted
    `I will write to the committee` is: a pronoun subject, `would` or `will`, a verb of
    deferral-reported-verbs.txt and `in writing` closing the clause (`He said he would
    send the committee the figures in writing.`); not a promise that says what it will
    send (`said she would provide the figures, which showed a rise, in writing`: a verb
    of its own after the modal's) nor one of something else (`would send troops`)."""
    words = [t for t in content if not t.is_punct]
    if len(words) < 5 or words[0].pos_ != "PRON" or words[1].lower_ not in _PROMISE_MODALS:
        return False
    verb = words[2]
    if verb.lemma_.lower() not in _DEFERRAL_VERBS:
        return False
    if [t.lower_ for t in words[-2:]] != ["in", "writing"]:
        return False
    return not any(t.pos_ in _VERB_POS for t in words[3:-2])


#: The verbs, the objects and the decision of a promise to study a decision.
_STUDY_VERBS = word_list("study-promise-verbs")
_STUDY_OBJECTS = word_list("study-promise-objects")
_STUDY_DECISIONS = word_list("study-promise-decisions")
#: The words that join the decision to the study (`before deciding`, `and decide`) and
#: open the question left open (`whether`, `if`).
_STUDY_JOINS = frozenset({"before", "and", "then"})
_STUDY_QUESTIONS = frozenset({"whether", "if"})
#: The fewest words of the decision after the study: a join, the verb, the question's word.
_STUDY_TAIL = 3


def study_promise(content: Span) -> bool:
    """Rule study-promise: whether a reported clause is only a promise to study a
    decision just handed down, with at most the decision it leaves open after it: a
    pronoun subject, `would` or `will`, a verb of study-promise-verbs.txt, `the` or
    `its` and a noun of study-promise-objects.txt (`It said it would study the judgment
    before deciding whether to seek leave to appeal.`, `The union said it would consider
    the ruling.`). The source tells what it will do next, no claim; a promise that says
    more keeps the row (`said it would study the ruling, which it called unfair`)."""
    words = [t for t in content if not t.is_punct]
    if len(words) < 5 or words[0].pos_ != "PRON" or words[1].lower_ not in _PROMISE_MODALS:
        return False
    verb, article, thing = words[2], words[3], words[4]
    if verb.lemma_.lower() not in _STUDY_VERBS or article.lower_ not in ("the", "its"):
        return False
    if thing.lower_ not in _STUDY_OBJECTS:
        return False
    rest = words[5:]
    if not rest:
        return True
    return (
        len(rest) >= _STUDY_TAIL
        and rest[0].lower_ in _STUDY_JOINS
        and rest[1].lemma_.lower() in _STUDY_DECISIONS
        and rest[2].lower_ in _STUDY_QUESTIONS
    )


def _topic_alone(rest: list[Token], *, asked: bool = False) -> bool:
    """Whether what follows a refusal's topic verb only names the topic: no verb, or a
    question after a word or two of :data:`_TOPIC_LEAD` (`on whether the site would
    close`); only the question when the verb refuses only before one (`asked`: `could
    not say when the school would reopen`), or nothing after the verb when it refuses only
    before one (rule refusal-reported-bare: `she could not say.`). Rule
    refusal-reported-until: a clause of refusal-time-words.txt after the topic says only
    for how long the source will not talk (`said it would not comment on the talks while
    they were going on`), as in a quoted refusal (:func:`_before_time_word`)."""
    if asked and all(t.is_punct for t in rest):
        # rule refusal-reported-bare: the question left unsaid, the one just asked
        # (`Asked when the pool would reopen, she said she could not say.`)
        return True
    lead = 0
    while lead < len(rest) and rest[lead].lower_ in _TOPIC_LEAD:
        lead += 1
    if lead < len(rest) and rest[lead].lower_ in _TOPIC_QUESTION:
        return True
    return not asked and not _says_more(
        [t for t in _before_time_word(rest) if t.dep_ not in _MODIFIER_DEPS]
    )
