"""A speaker's phrase after a quote that the parser hung on a verb inside the quote,
leaving the cue after it with no subject (`"…," the university's rector, Prof. Tomasz
Holm, said`). Called from :func:`quotes.parse_repairs.repair_tags`; the other subject
repairs are listed in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quotes.deps import ANY_SUBJECT
from quotes.doc_memo import quote_marks
from quotes.rehead import rehead_all

#: Most tokens between a quote's closing mark and its cue that a subject read into the
#: quote may span (`the university's rector, Prof. Ana Ruiz-Tell,`; `a spokesperson for
#: Rawafed Water Company, which runs the capital's network,`).
_SUBJECT_AFTER_QUOTE = 20
#: Quotation marks that only ever open a quote (a straight `"` may close one too).
_ONLY_OPENING = frozenset("“‘«„‹")
#: Dependents of the head of a noun phrase (`the university's rector, Prof. …`).
_NOUN_PHRASE_DEPS = frozenset(
    {"det", "poss", "compound", "amod", "nummod", "case", "punct", "appos", "prep", "nmod"}
)


def subject_read_into_quote(verb: Token) -> None:
    """Rule subject-read-into-quote: `"Solveig taught us to read ice," the university's
    rector, Prof. Tomasz Holm, said on Monday.`: after a quote that closes with a comma,
    the parser may hang the speaker's phrase on a verb inside the quote (the rector as
    what Solveig taught), leaving the cue with no subject or with a word of the quote
    for one (the quoted words are then its clause). The phrase between the
    closing mark and a subjectless cue, a noun phrase and the appositions set off by
    commas after it, no verb among them but a relative clause's set off by commas, each
    hung inside the quote (on its closing mark too), is the cue's subject with its
    appositions."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if verb.pos_ != "VERB" or any(c.i > verb.i or c.is_quote for c in subjects):
        return
    mark = _closing_mark(verb)
    if mark is None or any(c.i > mark for c in subjects) or _quoted_title(doc, mark):
        return  # `"…," Tulsa police Chief Ana Ruiz said`: a subject of its own after it
    phrase = doc[mark + 1 : verb.i]
    relative = _relative_clauses(phrase)
    if any((t.pos_ in ("VERB", "AUX") and t.i not in relative) or t.is_quote for t in phrase):
        return
    heads = [t for t in phrase if not t.is_punct and not phrase.start <= t.head.i < phrase.end]
    if (
        not heads
        or heads[0].pos_ not in ("NOUN", "PROPN")
        or any(t.head.i > mark for t in heads)
        or any(doc[t.left_edge.i - 1].text != "," for t in heads[1:])
        or any(c.dep_ not in _NOUN_PHRASE_DEPS for c in heads[0].children)
    ):
        return  # `Tulsa` with `Chief` for its object: no noun phrase to hang on the cue
    subject = heads[0]
    moves = [
        (subject, verb, "nsubj"),
        *((other, subject, "appos") for other in heads[1:]),  # `…, Prof. Tomasz Holm,`
        *(
            (word, subject, None)
            for word in phrase
            if word.is_punct and not phrase.start <= word.head.i < phrase.end
        ),
    ]
    if rehead_all(moves):
        for inside in subjects:
            inside.dep_ = "ccomp"  # `"The other half she taught …," the rector said`


def _relative_clauses(phrase: Span) -> set[int]:
    """The tokens of relative clauses set off by commas inside a speaker's phrase after
    a quote (`"…," a spokesperson for Rawafed Water Company, which runs the network,
    said`), whose verbs are the phrase's and no cue of its own."""
    doc = phrase.doc
    inside: set[int] = set()
    for word in phrase:
        start, end = word.left_edge.i, word.right_edge.i
        if (
            word.dep_ == "relcl"
            and phrase.start < start
            and end + 1 < phrase.end
            and doc[start - 1].text == ","
            and doc[end + 1].text == ","
        ):
            inside.update(range(start, end + 1))
    return inside


def _closing_mark(verb: Token) -> int | None:
    """The quotation mark that closes a quote with a comma a few words before a cue
    (`"…," the rector, Prof. X, said`), with words between them; None for none, or for
    a mark that opens a quote after a comma (`Her column, "Tell your story," is …`)."""
    doc = verb.doc
    start = max(0, verb.i - _SUBJECT_AFTER_QUOTE)
    marks = quote_marks(doc)
    k = bisect_left(marks, verb.i) - 1  # the last mark before the cue, if near enough
    mark = marks[k] if k >= 0 and marks[k] >= start else None
    if mark is None or mark < 1 or doc[mark - 1].text != "," or mark + 1 >= verb.i:
        return None
    if doc[mark - 1].whitespace_ or doc[mark].text in _ONLY_OPENING:
        return None
    return mark


def _quoted_title(doc: Doc, mark: int) -> bool:
    """Whether the quote that `mark` closes is a title, capitalised words with no verb
    (`"Mercy Street," a drama about nurses, returns on Sunday.`), no words said."""
    marks = quote_marks(doc)
    k = bisect_left(marks, mark) - 1  # the last mark before it, which opens the quote
    opening = marks[k] if k >= 0 else -1
    words = [t for t in doc[opening + 1 : mark - 1] if t.is_alpha]
    return (
        bool(words)
        and all(t.is_title for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )
