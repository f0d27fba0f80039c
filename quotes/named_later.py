"""Rule description-named-later: the sentence, later in the story, that names the one
an indefinite description stood for.

A story lets an unnamed source speak (`A senior coast guard official said …`, `"…,"
said a friend of the family`) and names that source paragraphs on, taking up the same
noun with `the` and setting the name off after it (`The official, Commander Ana Ruiz,
who leads the search, spoke to reporters.`, `The friend, Tom Hale, 47, said …`). Rule
description-named-next of :mod:`quotes.leads` reads the sentence right after a
description; this step finds the later one for a description with `a` or `an`, which
introduces someone not yet named, so the first later subject of the same noun set off
with a name is that someone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from quotes.articles import has_indefinite_article

#: How many tokens after the description the later sentence may open: a few paragraphs.
NAMED_LATER_REACH = 400


def introduces(head: Token) -> bool:
    """Whether a description introduces someone, by `a` or `an` before its noun (`a
    friend of the family`, `A senior coast guard official`)."""
    return has_indefinite_article(head)


def later_sentences(head: Token) -> Iterator[Span]:
    """The sentences after the one that holds ``head``, within
    :data:`NAMED_LATER_REACH` tokens of it, in order."""
    doc = head.doc
    at = head.sent.end
    while at < len(doc) and at <= head.i + NAMED_LATER_REACH:
        sent = doc[at].sent
        yield sent
        at = sent.end


def set_off_name(
    sent: Span, head: Token, same_noun: Callable[[Token, Token], bool]
) -> Token | None:
    """The name set off after a subject of ``sent`` that takes up ``head``'s noun with
    `the` (`The official, Commander Ana Ruiz, …`), or None; ``same_noun`` tells whether
    a subject names the description's noun."""
    for subject in sent:
        if subject.dep_ != "nsubj" or not same_noun(subject, head):
            continue
        if not any(c.lower_ == "the" for c in subject.lefts):
            continue
        named = next((c for c in subject.rights if c.dep_ == "appos"), None)
        if named is not None:
            return named
    return None
