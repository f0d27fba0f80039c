"""Names the parser reads as something else around a cue, mended before any cue is
matched: a name read as a second subject where it is an office's apposition (`A former
aide to housing minister Ana Ruiz has said …`), a role read as a subject beside the name
it is held by (`chief executive Dr. Seo Min-jae said`), a name read as the apposition of
the body its role is held in (`Dockers' Union general secretary Ana Ruiz described …`) or
of the first of the portfolios listed before its title (`Energy, Mines and Resources
Minister Ana Ruiz said …`), a name's particle read as the subject (`Saitoti ole Kaelo, a
herder, said …`), a Kyrgyz surname's last word read as an adverb (`Asanbek uulu said`), a
small word that joins a body's name read as a verb (`told the Diário do Atlântico`) and
a surname read as a verb (`Trump shot back`). Kept apart from
:mod:`quotes.subject_repairs` because each reads a name's shape. Called from
:func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.deps import ANY_SUBJECT
from quotes.genders import is_given_name
from quotes.join_word_clauses import between_names, join_word_read_as_clause
from quotes.language import word_list
from quotes.mentions import entity_at
from quotes.name_keys import CONJUNCTIONS, PARTICLES, PATRONYMIC_SUFFIXES
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
