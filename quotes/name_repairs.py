"""Names the parser reads as something else around a cue, mended before any cue is
matched: a name's particle read as the subject (`Saitoti ole Kaelo, a herder, said …`), a
Kyrgyz surname's last word read as an adverb (`Asanbek uulu said`), a small word that
joins a body's name read as a verb (`told the Diário do Atlântico`) and a surname read as
a verb (`Trump shot back`). Kept apart from :mod:`quotes.subject_repairs` because each
reads a name's shape; a name and the subject beside it read the wrong way round (a
second subject, a body's or a portfolio's apposition) are mended in
:mod:`quotes.subject_appositions`. Called from :func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.deps import ANY_SUBJECT
from quotes.join_word_clauses import between_names, join_word_read_as_clause
from quotes.language import word_list
from quotes.name_keys import CONJUNCTIONS, PARTICLES, PATRONYMIC_SUFFIXES
from quotes.rehead import rehead_all

#: Small words that join the capitalised words of a body's name in French, Spanish,
#: Portuguese and Italian (`Banco do Nordeste`, `Diário do Atlântico`).
_ROMANCE_JOINS = word_list("body-name-joins-romance")


def particle_read_as_head(token: Token, lemmas: frozenset[str]) -> None:
    """`Saitoti ole Kaelo, a herder, said …`, `Kiprop arap Chelimo, a teacher, said …`,
    `Councillor Tião do Gás, known by his nickname, said …`: the tagger may read a
    name's particle in lower case (`ole`, `arap`: :data:`quotes.name_keys.PARTICLES`;
    a Romance name's small word, `do`: :data:`_ROMANCE_JOINS`) as a verb or a noun, the
    cue's subject or its auxiliary, with the words of the name on either side hung on
    it. The particle is part of the name, whose last word is the cue's subject."""
    doc = token.doc
    if not (
        token.pos_ in ("VERB", "AUX", "NOUN")
        and token.is_lower
        and (token.lower_ in PARTICLES or token.lower_ in _ROMANCE_JOINS)
        and (token.dep_ in ANY_SUBJECT or token.dep_ == "aux")
        and token.head.lemma_.lower() in lemmas
        and 0 < token.i < len(doc) - 1
    ):
        return
    first, last = doc[token.i - 1], doc[token.i + 1]
    if first.head.i != token.i or last.head.i != token.i or not (
        first.pos_ == last.pos_ == "PROPN"
    ):
        return
    label = "nsubj" if token.dep_ == "aux" else token.dep_
    if rehead_all([(last, token.head, label), (first, last, "compound"),
                   (token, last, "compound")]):
        token.pos_, token.tag_ = "PROPN", "NNP"


def patronymics_read_as_adverbs(doc: Doc, lemmas: frozenset[str]) -> None:
    """Rule patronymic-subject: `Toktogul uulu said auditors had found …`: the parser
    may read a Kyrgyz surname's last word (`uulu`, `kyzy`: a father's name and the word
    for son or daughter of) as an adverb of the cue right after it, and the father's
    name before it as a modifier of that word, leaving the cue with no subject. The
    word, right before a cue that has no subject, after a capitalised word hung on it,
    is the last word of the name, the cue's subject."""
    for i in token_indices(doc, "LOWER", PATRONYMIC_SUFFIXES):
        token = doc[i]
        verb = token.head
        if not (0 < i < len(doc) - 1 and verb.i == i + 1 and verb.lemma_.lower() in lemmas):
            continue
        if token.dep_ in ANY_SUBJECT or any(c.dep_ in ANY_SUBJECT for c in verb.children):
            continue
        father = doc[i - 1]
        if not (father.head.i == i and father.is_title):
            continue
        if rehead_all([(token, verb, "nsubj"), (father, token, "compound")]):
            token.pos_, token.tag_ = "PROPN", "NNP"


def join_words_read_as_verbs(doc: Doc, lemmas: frozenset[str]) -> None:
    """The small words joining a Romance name's capitalised words that the tagger read as
    verbs: as a cue's auxiliary with the name round it (:func:`particle_read_as_head`),
    or with no subject (:func:`join_word_read_as_verb`), or as the clause of a cue after it
    (:func:`~quotes.join_word_clauses.join_word_read_as_clause`); and the conjunction between a
    Catalan name's two surnames read as a subject, the surname as its verb
    (:func:`surname_read_as_verb_of_conjunction`), or as the cue's subject itself
    (:func:`conjunction_read_as_subject`)."""
    for i in token_indices(doc, "LOWER", _ROMANCE_JOINS):
        particle_read_as_head(doc[i], lemmas)
        join_word_read_as_verb(doc[i])
        join_word_read_as_clause(doc[i], lemmas)
    for i in token_indices(doc, "LOWER", CONJUNCTIONS):
        surname_read_as_verb_of_conjunction(doc[i])
        conjunction_read_as_subject(doc[i], lemmas)


def surname_read_as_verb_of_conjunction(token: Token) -> None:
    """Rule surname-read-as-verb-of-conjunction: `"…," said the museum's director, Núria
    Ferrer i Puig.`: the tagger may read the Catalan `i` joining a name's two surnames
    as the pronoun `I` and the second surname as its verb, the parser hanging the
    cue's subject on that verb, so the cue keeps no speaker. A lower-case conjunction of
    :data:`~quotes.name_keys.CONJUNCTIONS` between a capitalised proper noun and a
    capitalised word read as a verb whose subject it is joins the name: the surname is the
    first surname's conjunct, and what hung on it goes to the verb's own head."""
    doc = token.doc
    if not (token.is_lower and 0 < token.i < len(doc) - 1 and token.dep_ == "nsubj"):
        return
    before, surname = doc[token.i - 1], doc[token.i + 1]
    if not (
        before.pos_ == "PROPN"
        and before.is_title
        and surname.is_title
        and surname.pos_ in ("VERB", "AUX")
        and token.head.i == surname.i
        and surname.head.i != surname.i
    ):
        return
    moves = [(c, surname.head, None) for c in surname.children if c.i != token.i]
    if rehead_all([*moves, (token, surname, "cc"), (surname, before, "conj")]):
        token.pos_, token.tag_ = "CCONJ", "CC"
        surname.pos_, surname.tag_ = "PROPN", "NNP"


def conjunction_read_as_subject(token: Token, lemmas: frozenset[str]) -> None:
    """Rule conjunction-read-as-subject: `The councillor for housing, Núria Ferrer i Puig,
    told the chamber that …`: the tagger may read the Catalan `i` joining a name's two
    surnames as the pronoun `I`, the parser making it the cue's subject and hanging the
    name's words after it (and the ones before it, or on the cue) on it, so the speaker
    would be `i`. A lower-case conjunction of :data:`~quotes.name_keys.CONJUNCTIONS`
    that is a cue's subject, between two capitalised proper nouns, joins the name, whose
    last word is the cue's subject."""
    if not (
        token.is_lower and token.dep_ in ANY_SUBJECT and token.head.lemma_.lower() in lemmas
    ):
        return
    names = between_names(token)
    if names is None or names[1].head.i != token.i:
        return
    first, last = names
    if first.head.i not in (token.i, token.head.i):
        return
    moves = [(c, last, None) for c in token.children if c.i not in (first.i, last.i)]
    if rehead_all([(last, token.head, token.dep_), (first, last, "compound"),
                   (token, last, "cc"), *moves]):
        token.pos_, token.tag_ = "CCONJ", "CC"


def join_word_read_as_verb(token: Token) -> None:
    """`he told the Diário do Atlântico in 1998`: the tagger may read the small word that
    joins a Romance name's capitalised words (`do`, `da`: :data:`_ROMANCE_JOINS`) as a
    verb, the parser making it the cue's clause, so `do Atlântico` would be what was
    said. Between two capitalised words, with no subject of its own, it is the name's
    preposition, the word after it its object."""
    if not (
        token.pos_ in ("VERB", "AUX")
        and token.is_lower
        and token.lower_ in _ROMANCE_JOINS
        and not any(c.dep_ in ANY_SUBJECT for c in token.children)
    ):
        return
    names = between_names(token)
    if names is None or names[1].head.i != token.i:
        return
    before, after = names
    if rehead_all([(after, token, "pobj"), (token, before, "prep")]):
        token.pos_, token.tag_ = "ADP", "IN"


def name_read_as_verb(token: Token, lemmas: frozenset[str]) -> None:
    """`"We will win," Trump shot back.`: the tagger may read a surname that is also an
    English verb (`Trump`, `Hunt`) as a verb, though the parser makes it the subject of
    the cue. A verb is never a nominal subject; a capitalised word read as a verb, the
    one-word subject of a cue, is a name."""
    if (
        token.pos_ in ("VERB", "AUX")
        and token.is_title
        and not any(True for _ in token.children)
        and token.head.lemma_.lower() in lemmas
    ):
        token.pos_ = "PROPN"
        token.tag_ = "NNP"


def given_read_as_noun(token: Token, lemmas: frozenset[str], first_words: frozenset[str]) -> None:
    """Rule given-read-as-noun: `Its director, Savio Dias, says … "The songs are ready,"
    Savio says.`: the tagger may read a given name it knows too little, standing alone,
    as a common noun (it reads the same word as a proper noun inside the full name). A
    one-word subject of a cue in title case, read as a singular common noun, that opens
    a name of several words elsewhere in the text (`first_words`) is that name's opening
    word used alone, a proper noun: a given name, or the short name of a body the name
    rules took for a person's (`Halcyon declined …` after `Halcyon Therapeutics said`);
    not `Council said …` after `Council leader Ruth Okafor`, as no name opens with
    `Council`."""
    if (
        token.tag_ == "NN"
        and token.is_title
        and token.text in first_words
        and not any(True for _ in token.children)
        and token.head.lemma_.lower() in lemmas
    ):
        token.pos_ = "PROPN"
        token.tag_ = "NNP"


def given_read_as_preposition(token: Token) -> None:
    """Rule given-read-as-preposition: `The council's transport spokesman, Per Aune,
    said …`, `"…," said Per Aune`: the parser reads a given name that is also a
    preposition (:data:`GIVEN_PREPOSITIONS`) as one, its surname its object, hung on
    the role before it or on the cue. Once the name rules have made the two words one
    person's name (:func:`quotes.forced_capitals.given_read_as_preposition`), the surname
    takes the preposition's place: the apposition of the noun it hung on, the subject
    of the verb (`said Per Aune`), and the given name is part of the name."""
    doc = token.doc
    if not (token.pos_ == "ADP" and token.ent_type_ == "PERSON" and token.i + 1 < len(doc)):
        return
    surname = doc[token.i + 1]
    head = token.head
    if surname.head.i != token.i or surname.ent_type_ != "PERSON" or head.i == token.i:
        return
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        dep = "appos"
    elif head.pos_ == "VERB" and not any(c.dep_ in ANY_SUBJECT for c in head.children):
        dep = "nsubj"
    else:
        return
    if rehead_all([(surname, head, dep), (token, surname, "compound")]):
        token.pos_, token.tag_ = "PROPN", "NNP"
