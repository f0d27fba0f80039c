"""A cue's subject and the person's name beside it, which the parser may read the wrong
way round, mended before any cue is matched: a name read as a second subject where it is
an office's apposition (`A former aide to housing minister Ana Ruiz has said …`), a role
read as a subject beside the name it is held by (`chief executive Dr. Seo Min-jae said`),
a name read as the apposition of the body its role is held in (`Dockers' Union general
secretary Ana Ruiz described …`) or of the first of the portfolios listed before its
title (`Energy, Mines and Resources Minister Ana Ruiz said …`), and a name written again
in its own script read as the subject (`Ana Fong (方凱欣) said …`). Each decides which of
two words standing for the speaker is the subject; kept apart from
:mod:`quotes.name_repairs`, whose repairs mend a name's own words. Called from
:func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token

from quotes.genders import is_given_name
from quotes.language import word_list
from quotes.mentions import entity_at
from quotes.name_spans import TITLES
from quotes.rehead import rehead, rehead_all
from quotes.role_words import OFFICES


def name_read_as_second_subject(token: Token, lemmas: frozenset[str]) -> None:
    """`A former adviser to transport minister Gareth Ellison-Rowe has said …`: the parser
    may make the name closing a subject's phrase a second subject of the cue; right after
    the first subject's last word, the object of a preposition in it, it is that noun's
    apposition (the minister is Ellison-Rowe), and the first subject speaks. Not a name
    right after the subject's own head (`Democratic frontrunner Hillary Clinton`), who is
    the one speaking, nor after a noun that is no office (`Leader of the opposition
    Corporator Ana Patil opined`: the name holds the subject's office and speaks), unless
    the first subject is a person's name and the second a body's
    (:func:`_person_before_body`)."""
    verb = token.head
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON" or verb.lemma_.lower() not in lemmas:
        return
    name = token.left_edge.i
    first = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i < name and c is not token), None
    )
    before = token.doc[name - 1]
    if (
        first is not None
        and first.right_edge.i == name - 1
        and before.pos_ == "NOUN"
        and before.dep_ == "pobj"
        and (before.lemma_.lower() in OFFICES or _person_before_body(first, token))
    ):
        rehead(token, token.doc[name - 1], "appos")


def _person_before_body(first: Token, second: Token) -> bool:
    """Whether a cue's first subject is a person's name that opens with a given name and
    its second one a name that does not: `Luisa Pardo of the opposition Cambio Radical
    said …`, the party a second subject to the parser (rule party-read-as-second-subject)."""
    return _named_by_given_name(first) and entity_at(second) is not None and not (
        _named_by_given_name(second)
    )


def _named_by_given_name(token: Token) -> bool:
    """Whether a token is in a name the name rules found that opens with a known given
    name (`Luisa Pardo`, not `Cambio Radical`)."""
    named = entity_at(token)
    return named is not None and is_given_name(named[0].text)


def role_read_as_first_subject(token: Token, lemmas: frozenset[str]) -> None:
    """`"…," chief executive Dr. Seo Min-jae said`: the parser may make a role noun in
    lower case and the person's name right after it two subjects of the cue, and the
    first, the role, would speak. A person's name whose phrase starts right after the
    role's last word, with no comma between, is the subject, and the role modifies it
    (rule role-read-as-first-subject), as `chief executive Ana Ruiz said` is read."""
    verb = token.head
    if (
        token.dep_ != "nsubj"
        or token.pos_ != "PROPN"
        or token.ent_type_ != "PERSON"
        or verb.lemma_.lower() not in lemmas
    ):
        return
    role = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == token.left_edge.i - 1),
        None,
    )
    if role is not None and role.pos_ == "NOUN" and role.is_lower and role.lemma_ in OFFICES:
        rehead(role, token, "compound")


def name_in_own_script_read_as_subject(token: Token, lemmas: frozenset[str]) -> None:
    """Rule name-in-own-script: `Lawmaker Stephanie Fong Hoi-yan (方凱欣) said …`: a name
    written again in its own script, in brackets right after it, may be read as the
    cue's subject with the name hung on it, so the bracket would speak. A subject that
    is one bracketed word in no Latin letters, right after a person's name, is that
    name's apposition, and the name's last word the subject."""
    doc = token.doc
    verb = token.head
    i = token.i
    if (
        token.dep_ != "nsubj"
        or verb.lemma_.lower() not in lemmas
        or not 1 < i < len(doc) - 1
        or doc[i - 1].text != "("
        or doc[i + 1].text != ")"
        or not _other_script(token.text)
    ):
        return
    name = doc[i - 2]
    if name.ent_type_ != "PERSON" or name.ent_iob_ == "O":
        return
    named = entity_at(name)
    if named is None or named.end != i - 1:
        return
    rehead_all([(name, verb, "nsubj"), (token, name, "appos")])


def _other_script(text: str) -> bool:
    """Whether a word is written wholly in letters of a script other than Latin (`方凱欣`,
    `Ψαρράς`, `Иванов`)."""
    return text.isalpha() and not any("LATIN" in unicodedata.name(ch, "") for ch in text)


def name_read_as_body_apposition(subject: Token, lemmas: frozenset[str]) -> None:
    """`Mineworkers' Union general secretary Jonathan Hamweemba described …`: the parser
    may make the body a role is held in the cue's subject and the name after the role an
    apposition (of the body or of the role), so the body would speak. A person's name
    that closes a named body's subject right before the cue, set with no comma after a
    role noun in lower case, is the subject, and the body with its role words modify it
    (as `Democratic frontrunner Hillary Clinton` is read). Not after a person's noun
    (`A former adviser to transport minister Gareth Ellison-Rowe said`: the adviser
    speaks, :func:`name_read_as_second_subject`), nor when the subject is a person's name
    that opens with a given name (`Ana Ruiz of the opposition Centro Democrático said`,
    where the apposition is her party's name)."""
    verb = subject.head
    if subject.pos_ != "PROPN" or verb.lemma_.lower() not in lemmas or verb.i < subject.i:
        return
    name = subject.doc[verb.i - 1]
    if not (
        name.dep_ == "appos"
        and name.pos_ == "PROPN"
        and name.ent_type_ == "PERSON"
        and subject.is_ancestor(name)
    ):
        return
    before = subject.doc[name.left_edge.i - 1]
    if before.pos_ != "NOUN" or not before.is_lower or subject.i >= before.i:
        return
    if _named_by_given_name(subject):
        return  # `Ana Ruiz of the opposition Centro Democrático said …`: a person speaks
    rehead_all([(name, verb, subject.dep_), (subject, name, "nmod")])


#: The words that join an office's portfolios (`and`): `Energy, Mines and Resources
#: Minister …`.
_PORTFOLIO_JOINS = word_list("portfolio-joins")
#: Words of an office's portfolio (`energy`, `mines`), not of a person's name.
_PORTFOLIO_WORDS = word_list("portfolio-words")


def name_read_as_portfolio_apposition(subject: Token, lemmas: frozenset[str]) -> None:
    """Rule portfolio-list-subject: `Energy, Mines and Resources Minister Raymond Tutin
    told reporters …`: before a capitalised title, the parser may read a portfolio listed
    with commas as nouns of their own, the first the cue's subject, the others its
    conjuncts, and the name after the title an apposition or a conjunct, so `Energy`
    would speak. A person's name closing the subject right before the cue, right after a
    capitalised title word (`Minister`), with only capitalised portfolio words, commas
    and `and` from the subject to the title, is the subject, and the portfolio with its
    title modify it (as `Fisheries and Oceans Minister Joyce Murray said` is read). Not
    a list of people before a title (`Ruiz, Ode and Party Chairman Ana Lobo said`)."""
    verb = subject.head
    if not subject.is_title or verb.lemma_.lower() not in lemmas or verb.i < subject.i:
        return
    doc = subject.doc
    name = doc[verb.i - 1]
    if not (
        name.dep_ in ("appos", "conj")
        and name.ent_type_ == "PERSON"
        and subject.is_ancestor(name)
    ):
        return
    start = name.i  # the name's first word
    while doc[start].ent_iob_ == "I":
        start -= 1
    title = doc[start - 1]
    if start - 1 <= subject.i + 1 or not (title.is_title and title.lower_ in TITLES):
        return
    if all(
        w.text == ","
        or w.lower_ in _PORTFOLIO_JOINS
        or (w.is_title and w.lower_ in _PORTFOLIO_WORDS)
        for w in doc[subject.i : title.i]
    ):
        rehead_all([(name, verb, subject.dep_), (subject, name, "nmod")])
