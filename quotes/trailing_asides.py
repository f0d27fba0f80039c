"""The default scope's rule for the writer's words after a source set into a sentence
(:func:`quotes.reported_scope.reported_by_shape`): what follows `, X said,` or `,
according to X,` at the end of a sentence, when it is no clause of its own, is what the
writer adds to the statement, not more of it. `--scope all` keeps the piece as a row of
its own, as PolNeAR marks each piece a set-off cue splits a sentence into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.deps import ANY_SUBJECT
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Relations by which a phrase that is no clause hangs on the sentence it ends: a
#: participle (`advcl`, `xcomp`), a preposition, a noun of measure or in apposition, an
#: adverb, a clause with `as` whose subject is the sentence (`advcl` with no subject).
_ASIDE_DEPS = frozenset(
    {"advcl", "xcomp", "prep", "npadvmod", "appos", "advmod", "acl", "dep", "nmod"}
)
#: Words that open a clause of the writer's on when it happened: `after`, `as`, `until`.
_TIME_MARKS = word_list("aside-time-marks")


def trailing_aside(content: Span, cue: Token | None, speaker: Span, method: str) -> bool:
    """Rule trailing-aside: whether a piece after a source set into its sentence is a
    phrase the writer adds, not a statement: it comes after the cue and the source, and
    its head is a participle, a prepositional phrase, a noun, an adverbial clause with
    no subject of its own, or a clause of time (`after`, `as`, `until`:
    :data:`_TIME_MARKS`). The source's statement is the clause before it, which has its
    own row.

    A piece that is a clause with its own subject goes on with what was said (`Prices have
    risen, she says, and more rises are likely`), and so does a verb joined to the one
    before the cue (`The board met, she said, and agreed to sell`) and a piece holding a
    quotation (`She came into politics, she once said, with "a temper"`): all are kept.
    """
    # Shape: <clause> , <source> <cue> , <participle | phrase | noun | as-clause> .
    # e.g. `The ferry was cancelled, the operator said, leaving 300 people on the quay`,
    #      `The pool will stay shut until May, the council said, a year after it closed`,
    #      `He was suspended, per a club spokesman, as is usual in such cases`
    if cue is None or not method.startswith("reported-set-apart"):
        return False
    if content.start <= max(cue.i, speaker.end - 1) or any(t.is_quote for t in content):
        return False  # a quotation after the cue is the row: `…, she said, with "a temper"`
    inside = {t.i for t in content}
    tops = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    words = [t for t in tops if not (t.is_punct or t.is_space)]
    if len(words) != 1:
        return False
    top = words[0]
    if top.dep_ not in _ASIDE_DEPS:
        return False
    if top.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in top.children
    ):
        return True
    return not (top.pos_ in ("VERB", "AUX") and top.tag_ != "VBG" and _has_subject(top))


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own (noun, clause or empty `it`/`there`)."""
    return any(c.dep_ in ANY_SUBJECT for c in verb.children)
