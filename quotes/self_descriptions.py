"""The default scope's rule for a speaker described by what she says of herself
(:func:`quotes.reported_scope.reported_by_shape`): in `a man who says he is a driver
says: "…"` the relative clause tells who the speaker is, as the text can best say it, and
is part of the description that stands for her, not a statement of its own. `--scope
all` keeps the clause as a row, as PolNeAR marks every reported clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.deps import SUBJECT
from quotes.language import word_classes, word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Pronouns by which the one described speaks of herself in the clause (`he`, `she`).
_SELF = word_list("person-subject-pronouns")
#: The reporting-cue lemmas (cues.txt, as :func:`quotes.cue_words.cue_lemmas` reads them:
#: that module loads spaCy, which importing `quotes` must not).
_CUES = frozenset(word_classes("cues"))


def self_description(content: Span, cue: Token | None) -> bool:
    """Rule self-description: whether a reported clause is what a speaker, described by
    a relative clause, says she is: the cue is that relative clause's verb (`who says`),
    on a noun that is the subject of a cue of its own, and the clause says what its
    subject, a personal pronoun for her (`he`, `she`), is. The statement is the outer
    cue's; what she says was done to her is one (`the Speaker, who then told Ms Ruiz that
    she had been warned twice`)."""
    # Shape: <noun> who <cue> <pronoun> <verb> … <cue> …
    # e.g. `A caller who said she was a nurse told the station that the ward was full`,
    #      `In it, a man who says he is a driver says: "…"`
    if cue is None or cue.dep_ != "relcl":
        return False
    noun = cue.head
    if noun.dep_ not in SUBJECT or noun.head.lemma_.lower() not in _CUES:
        return False
    return any(
        t.dep_ in SUBJECT and t.lower_ in _SELF and t.head.head == cue and _what_one_is(t.head)
        for t in content
    )


def _what_one_is(verb: Token) -> bool:
    """Whether a clause says what its subject is: `be` with a noun after it (`he is a
    driver`), not something done to her (`she had been warned`)."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in verb.children)
