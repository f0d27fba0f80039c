"""The person's name that closes a speaker mention headed by a role or a title.

`Opposition whip Raj Patel said …`, `Cabinet Spokesman and Minister of Mass Media Dr. W.
M. Nalinda Senanayake told …`: the parser heads the mention with the role, but a reader
takes the name. The resolver (:meth:`quotes.speakers.SpeakerResolver.resolve`) tries
these with the names set beside a description (:mod:`quotes.appositions`) before reading
the role itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.language import word_list
from quotes.mentions import entity_at, mention_span
from quotes.name_spans import RELATING, TITLES
from quotes.role_words import OFFICES


def name_after_role(mention: Span) -> Span | None:
    """The person's name closing a mention headed by a role: `Raj Patel` in `Opposition
    whip Raj Patel` (the parser makes the role the head and the name its apposition), or
    right after a mention that stops at the role (`The analyst | Priyanka Desai-Holm`)."""
    head = mention.root
    if head.pos_ != "NOUN":
        return None
    doc = mention.doc
    if len(mention) and head.i == mention.end - 1 and mention.end < len(doc):
        # `The analyst Priyanka Desai-Holm posted:` when the mention stops at the role
        following = entity_at(doc[mention.end])
        if following is not None and following.label_ == "PERSON" and (
            following.start == mention.end
        ):
            return following
    name = entity_at(mention[-1]) if len(mention) else None
    if (
        name is not None
        and name.label_ == "PERSON"
        and name.start >= mention.start
        and name.end == mention.end
        # a name the tagger heads with a NOUN (`Raimundo Ferreira dos Anjos`) is the
        # mention itself, no role before it
        and len(name) < len(mention)
        # not the one a preposition relates the role to: `A spokesperson for Mr Ruiz's
        # campaign`, `an adviser to minister Ana Ruiz` speak for Ruiz, they are not Ruiz
        and not any(t.lower_ in RELATING for t in head.doc[head.i + 1 : name.start])
    ):
        return name
    # `the lettings website Homeview`: a body's name set beside its kind (a name opens
    # with a capital: not `… des travailleurs et travailleuses du jeu`, the rest of a
    # Romance name the parse hung there)
    named = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
    start = head.i + 1
    while named and named[0].i == start and named[0].lower_ in TITLES:
        # rule title-apposed-alone: `Regional director Atty. Ramon Gellada of the …
        # Board`, the parse hanging the title beside the name as an apposition of its own
        named, start = named[1:], start + 1
    if named and named[0].left_edge.i == start and doc[start].text[:1].isupper():
        return mention_span(named[0])
    return None


#: Lower-case words inside a chain of titles: `Minister of Mass Media and Digital Affairs`.
_TITLE_JOINS = word_list("title-chain-joins")


def name_closing_titles(mention: Span) -> Span | None:
    """The person's name that closes a chain of capitalised titles the parser heads with
    the first (the name in apposition or a conjunct): `Cabinet Spokesman and Minister of
    Mass Media Dr. W. M. Nalinda Senanayake told …` is Senanayake. Only when every word
    between is more of the role (:func:`_role_chain`), so none relates the role to
    another (`for`, `to`: `Spokesman for Senator Ana Ruiz` speaks for Ruiz)."""
    head = mention.root
    if head.pos_ not in ("PROPN", "NOUN") or not head.is_title or head.lower_ not in TITLES:
        return None
    name = _closing_name(head)
    if name is None:
        return None
    if _role_chain(list(mention.doc[head.i + 1 : name.start])):
        return name  # (not `President Joe Biden and Prime Minister Ana Ruiz`, two people)
    return None


def _closing_name(head: Token) -> Span | None:
    """The person's name a title's phrase ends in: at its last word, or the first in
    the phrase when a clause set off after the name runs on (`Alderman for mobility
    Jildou Hoekstra, who has steered …`)."""
    last = head.right_edge
    name = entity_at(last)
    if name is not None and name.label_ == "PERSON" and name.end == last.i + 1:
        return name
    for token in head.doc[head.i + 1 : last.i + 1]:
        if token.text == ",":
            return None
        name = entity_at(token)
        if name is not None and name.label_ == "PERSON":
            return name
    return None


def _role_chain(between: list[Token]) -> bool:
    """Rule role-chain-name: whether the words between a title and the name closing its
    phrase are more of the role: capitalised words, words that join titles (`of`,
    `and`), role words in lower case (`Founder and chief executive Kadri-Liis
    Saarepera`) and a portfolio in lower case after `for` (`Alderman for mobility Jildou
    Hoekstra`); no person's name, and nothing that relates the role to another (`for`,
    `to` before a name: `Spokesman for Senator Ana Ruiz` speaks for Ruiz)."""
    for k, token in enumerate(between):
        if token.ent_type_ == "PERSON":
            return False
        if token.is_title or token.is_punct or token.lower_ in _TITLE_JOINS | OFFICES:
            continue
        if token.lower_ in _PORTFOLIO_LINKS and k + 1 < len(between) and between[k + 1].is_lower:
            continue  # `for mobility`
        if token.is_lower and k > 0 and between[k - 1].lower_ in _PORTFOLIO_LINKS:
            continue
        return False
    return True


#: Words that open the portfolio a role is held for, in lower case (`Alderman for mobility`).
_PORTFOLIO_LINKS = word_list("portfolio-links")
