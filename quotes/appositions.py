"""A person's name set beside a described speaker, which the speaker is.

`The head of the super PAC, Mike Murphy, praised …`, `Opposition whip Raj Patel said …`,
`"…," recalls his neighbour, Carol Fenwick, …`: the parser heads the mention with the
description, but a reader takes the name. Each function finds one such shape; the
resolver (:meth:`quotes.speakers.SpeakerResolver.resolve`) tries them before reading the
description itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.mentions import entity_at, mention_span
from quotes.name_spans import RELATING


def appositive_name(head: Token) -> Span | None:
    """The proper name set off by commas at the end of a described speaker: `Mike Murphy`
    in `The head of the super PAC backing Jeb Bush, Mike Murphy, praised …` (the parser
    often hangs it on the nearer noun), or before a relative clause that ends it
    (`Her son, Callum, who runs the ferry, says …`); none when the speaker is itself a
    name, unless it is one word with a preposition after it, as a role is and a name
    is not (`Counsel for the council, Aled Pryce KC, argued …`, where a capital opening
    the sentence made the role a proper noun)."""
    if head.pos_ == "PROPN" and not (
        head.dep_ != "compound"
        and not any(c.dep_ == "compound" for c in head.children)
        and any(c.dep_ == "prep" and c.i == head.i + 1 for c in head.children)
    ):
        return None
    doc = head.doc
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:
        last -= 1
    clauses = [c for c in head.rights if c.dep_ == "relcl" and c.right_edge.i >= last]
    if clauses:  # `Her son, Callum, who runs the ferry,`: the name ends before the clause
        last = clauses[0].left_edge.i - 1
        while last > head.i and doc[last].is_punct:
            last -= 1
    for token in head.subtree:
        if (
            token.dep_ == "appos"
            and token.pos_ == "PROPN"
            and token.left_edge.i > head.i
            and doc[token.left_edge.i - 1].text == ","
            and token.right_edge.i == last
        ):
            return doc[token.left_edge.i : token.i + 1]
    return None


def subject_name(head: Token) -> Span | None:
    """The person's name set off by a comma after a described subject that the parser
    made a second subject of the verb: `Carol Fenwick` in `"…," recalls his neighbour on
    the next stall, Carol Fenwick, who sells cheese` (a name, not a pronoun or a role)."""
    if head.dep_ != "nsubj" or head.pos_ == "PROPN":
        return None
    for other in head.head.children:
        if (
            other.dep_ == "nsubj"
            and other.i > head.i
            and other.pos_ == "PROPN"
            and other.ent_type_ == "PERSON"
            and head.doc[other.left_edge.i - 1].text == ","
        ):
            return head.doc[other.left_edge.i : other.i + 1]
    return None


def name_after_role(mention: Span) -> Span | None:
    """The person's name closing a mention headed by a role: `Raj Patel` in `Opposition
    whip Raj Patel` (the parser makes the role the head and the name its apposition)."""
    head = mention.root
    if head.pos_ != "NOUN":
        return None
    name = entity_at(mention[-1]) if len(mention) else None
    if (
        name is not None
        and name.label_ == "PERSON"
        and name.start >= mention.start
        and name.end == mention.end
        # not the one a preposition relates the role to: `A spokesperson for Mr Ruiz's
        # campaign`, `an adviser to minister Ana Ruiz` speak for Ruiz, they are not Ruiz
        and not any(t.lower_ in RELATING for t in head.doc[head.i + 1 : name.start])
    ):
        return name
    # `the lettings website Homeview`: a body's name set beside its kind
    named = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named and named[0].left_edge.i == head.i + 1:
        return mention_span(named[0])
    return None
