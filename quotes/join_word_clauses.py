"""A Romance name's small word read as the clause a cue reports, before the cue.

`The regional supplier, Electricidade do Centro, said in a post that …`, `The Unidade
Local de Saúde do Nordeste, which runs the hospital, said …`: the tagger may read the
small word joining a body's capitalised words (`do`, `da`: the list
body-name-joins-romance.txt) as a verb, and the parser makes it the cue's clause, with
the words before it as its subject, so the cue keeps no speaker or reports the name.
:func:`join_word_read_as_clause` gives the words back to the name.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import ANY_SUBJECT
from quotes.rehead import rehead_all


def between_names(token: Token) -> tuple[Token, Token] | None:
    """The capitalised proper nouns right before and after a small word that may join a
    name's parts (`Electricidade do Centro`, `Casals i Bertran`); None when the word
    stands anywhere else. The rules on such words (here and in
    :mod:`quotes.name_repairs`) each ask how the parse hangs them."""
    doc = token.doc
    if not 0 < token.i < len(doc) - 1:
        return None
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ == after.pos_ == "PROPN" and before.is_title and after.is_title:
        return before, after
    return None


def join_word_read_as_clause(token: Token, lemmas: frozenset[str]) -> None:
    """Rule join-word-read-as-clause: a lower-case small word of a Romance name (called
    on each by :func:`quotes.name_repairs.join_words_read_as_verbs`) read as a verb
    between two capitalised proper nouns, which the parser hangs as the clause of a cue
    after it (`lemmas`), is the name's preposition, the word after it its object. A cue
    reports nothing before itself with no mark or comma to set it off, so the word's
    subject is the cue's, unless the cue has one, the word after the small one (`Saúde do
    Nordeste, …, said`): then the words before are that subject's."""
    cue = token.head
    if not (
        token.pos_ in ("VERB", "AUX")
        and token.is_lower
        and token.dep_ == "ccomp"
        and 0 < token.i < cue.i
        and cue.lemma_.lower() in lemmas
    ):
        return
    names = between_names(token)
    if names is None:
        return
    before, after = names
    subject = next((c for c in token.children if c.dep_ in ANY_SUBJECT), None)
    cue_subject = next((c for c in cue.children if c.dep_ in ANY_SUBJECT), None)
    if subject is None:
        return
    rest = [(c, cue, None) for c in token.children if c.i not in (subject.i, after.i)]
    if cue_subject is None and after.head.i == token.i:
        # `The regional supplier, Electricidade do Centro, said …`
        moves = [(subject, cue, "nsubj"), (token, before, "prep"), (after, token, "pobj")]
    elif cue_subject is not None and cue_subject.i == after.i and subject.i == before.i:
        # `The Unidade Local de Saúde do Nordeste (ULS Nordeste), …, said …`
        moves = [(before, after, "compound"), (token, before, "prep")]
    else:
        return
    if rehead_all([*rest, *moves]):
        token.pos_, token.tag_ = "ADP", "IN"
