"""Mend what the small English models misread before any cue is matched.

A cue matches by lemma and part of speech, so a cue verb tagged as a noun, a surname
tagged as an adverb, a hyphened word read as three, or a subject or clause hung in the
wrong place would hide a cue or its speaker. :func:`repair_tags` runs once per doc,
first thing in :class:`quotes.matchers.SpeakerMatcher` after the lemma repairs
(:mod:`quotes.lemma_repairs`), and calls each repair in its order: the words' tags are
mended here, a cue read as no verb of its own in :mod:`quotes.cue_repairs`, where a
clause hangs in :mod:`quotes.clause_repairs`, who speaks in :mod:`quotes.subject_repairs`.
Every repair moves words with :func:`quotes.rehead.rehead_all`, which makes a repair's
moves all or none and refuses those that would hang a word under itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.adverbial_repairs import (
    adverbial_read_as_clause,
    question_read_as_adverbial,
    time_phrase_read_as_mark,
)
from quotes.clausal_subjects import (
    subject_read_into_gerund,
    subject_read_into_participle,
)
from quotes.clause_repairs import (
    answer_read_as_auxiliary,
    clause_read_as_relative_on_addressee,
    clause_read_onto_a_named_setting,
    clause_read_onto_a_phrase,
    clause_read_onto_the_object,
    gerund_subject_read_as_clause,
    object_read_as_second_subject,
    participle_read_as_clause,
    quote_read_as_subject,
    repair_intermediary,
    subject_read_as_object,
    subject_read_as_second_subject,
)
from quotes.cue_repairs import (
    closing_cue_read_as_conjunct,
    closing_cue_read_as_noun,
    closing_cue_read_as_relative,
    conjunct_read_onto_a_noun,
    cue_read_as_compound_head,
    cue_read_as_group_noun,
    cue_read_as_modifier,
    cue_read_as_relative,
    cue_read_as_second_relative,
    cue_read_onto_participle_root,
    cue_read_onto_set_off_participle,
)
from quotes.cue_words import token_indices
from quotes.name_repairs import (
    join_words_read_as_verbs,
    name_read_as_body_apposition,
    name_read_as_second_subject,
    name_read_as_verb,
    particle_read_as_head,
    role_read_as_first_subject,
)
from quotes.normalise import HYPHENS
from quotes.opener_subjects import (
    participle_read_as_subject,
    passive_subject_read_into_opener,
    subject_read_as_apposition,
    subject_read_into_opener,
)
from quotes.quote_subjects import (
    subject_read_into_quote,
)
from quotes.rehead import Move, rehead_all
from quotes.subject_repairs import (
    quantifier_read_as_subject,
    share_read_as_modifier,
    subject_read_as_conjunct,
)
from quotes.subjects_in_between import (
    subject_read_as_root_of_cue,
    subject_read_into_adverb,
    subject_read_into_cue,
    subject_read_into_set_off_phrase,
)

#: The tag of an adverb, which :func:`_name_read_as_adverb` may mend.
_ADVERB_TAGS = frozenset({"RB"})


def repair_tags(
    doc: Doc, lemmas: frozenset[str], clause_cues: frozenset[str] = frozenset()
) -> None:
    """Mend the misreadings of the small models that hide a cue, its speaker or what it
    reports: a cue verb read as a noun (:func:`_verb_read_as_noun`,
    :func:`~quotes.cue_repairs.cue_read_as_group_noun` after a plural noun in a sentence
    left with no verb,
    :func:`_verb_read_as_noun_before_colon`) or into its subject's phrase
    (:func:`_verb_read_into_subject_phrase`) or as the head of the plural noun before it
    (:func:`~quotes.cue_repairs.cue_read_as_compound_head`), its subject read as
    an apposition in a phrase set before it
    (:func:`~quotes.opener_subjects.subject_read_as_apposition`), a one-word quote before
    it read as its subject (:func:`~quotes.clause_repairs.quote_read_as_subject`), a short
    answer before it read as its auxiliary
    (:func:`~quotes.clause_repairs.answer_read_as_auxiliary`), a cue read as a participle
    of the noun before it (:func:`~quotes.cue_repairs.cue_read_as_relative`) or of a
    participle set off after its subject
    (:func:`~quotes.cue_repairs.cue_read_onto_set_off_participle`) or on it as the root
    (:func:`~quotes.cue_repairs.cue_read_onto_participle_root`), as a second
    relative clause on its source's noun
    (:func:`~quotes.cue_repairs.cue_read_as_second_relative`), an `-ing` subject of
    what it reports read as its adverbial
    (:func:`~quotes.clause_repairs.gerund_subject_read_as_clause`) or as an
    adjective of the noun after it (:func:`~quotes.cue_repairs.cue_read_as_modifier`), a clause
    on the person a cue speaks through read as a relative
    (:func:`~quotes.clause_repairs.repair_intermediary`), a clause after whom a cue
    addresses read as a relative clause on the addressee
    (:func:`~quotes.clause_repairs.clause_read_as_relative_on_addressee`) or on the
    named place the cue spoke at (:func:`~quotes.clause_repairs.clause_read_onto_a_named_setting`),
    a clause after
    a phrase on the cue read onto the phrase's noun
    (:func:`~quotes.clause_repairs.clause_read_onto_a_phrase`) or onto the cue's object
    (:func:`~quotes.clause_repairs.clause_read_onto_the_object`), a participle on such a
    phrase's noun read as a second clause
    (:func:`~quotes.clause_repairs.participle_read_as_clause`), a cue closing its sentence
    read as a conjunct (:func:`~quotes.cue_repairs.closing_cue_read_as_conjunct`), as a
    relative clause (:func:`~quotes.cue_repairs.closing_cue_read_as_relative`) or as a
    noun (:func:`~quotes.cue_repairs.closing_cue_read_as_noun`), the
    subject of the clause a cue reports read as its object
    (:func:`~quotes.clause_repairs.subject_read_as_object`) or as a second subject of it
    (:func:`~quotes.clause_repairs.subject_read_as_second_subject`), its object read
    as a second subject of the cue (:func:`~quotes.clause_repairs.object_read_as_second_subject`),
    the question after an asking
    cue read as a condition on it
    (:func:`~quotes.adverbial_repairs.question_read_as_adverbial`), an adverbial clause read
    as the cue's complement (:func:`~quotes.adverbial_repairs.adverbial_read_as_clause`), a
    name closing a subject's phrase read as a second subject
    (:func:`~quotes.name_repairs.name_read_as_second_subject`) or as the apposition of
    the body its role is held in (:func:`~quotes.name_repairs.name_read_as_body_apposition`),
    a role read as a subject beside the name after it
    (:func:`~quotes.name_repairs.role_read_as_first_subject`, once a given name's
    hyphened syllables read apart are one word: :func:`_inside_person`),
    a surname read as a verb though it is the cue's subject
    (:func:`~quotes.name_repairs.name_read_as_verb`), a name's particle read as the
    subject (:func:`~quotes.name_repairs.particle_read_as_head`), a small word of a
    Romance name read as a verb (:func:`~quotes.name_repairs.join_word_read_as_verb`),
    a quantifier floating after a subject read as a second subject
    (:func:`~quotes.subject_repairs.quantifier_read_as_subject`), a share of people read
    as a number modifying the cue (:func:`~quotes.subject_repairs.share_read_as_modifier`),
    a word joined by a hyphen read as two (:func:`_hyphened_word_read_apart`), a subject
    read into a long opener (:func:`~quotes.opener_subjects.subject_read_into_opener`,
    before a passive :func:`~quotes.opener_subjects.passive_subject_read_into_opener`)
    or onto a participle opener read as a name
    (:func:`~quotes.opener_subjects.participle_read_as_subject`) or
    straight into the cue (:func:`~quotes.subjects_in_between.subject_read_into_cue`) or as
    the root of a sentence whose cue it reads as an adjective
    (:func:`~quotes.subjects_in_between.subject_read_as_root_of_cue`), a
    cue verb joined to a noun (:func:`~quotes.cue_repairs.conjunct_read_onto_a_noun`),
    a subject read into the adverb or the phrase set off after it
    (:func:`~quotes.subjects_in_between.subject_read_into_adverb`,
    :func:`~quotes.subjects_in_between.subject_read_into_set_off_phrase`), a subject read
    into a participle's clause (:func:`~quotes.clausal_subjects.subject_read_into_participle`),
    a work read as a gerund's object (:func:`~quotes.clausal_subjects.subject_read_into_gerund`),
    a speaker read into the quote before it
    (:func:`~quotes.quote_subjects.subject_read_into_quote`)
    and a name read as an adverb (:func:`_name_read_as_adverb`,
    :func:`_subject_tagged_as_adverb`). The repairs of a cue read
    as a participle and of a clause read onto a phrase, and the subject repairs of the
    second pass, run on the verbs that are cues only with a clause (`clause_cues`:
    `Representing the officer, Ms Reilly submitted that …`) as on the cue words."""
    join_words_read_as_verbs(doc, lemmas)  # `told the Diário do Atlântico`
    for i in token_indices(doc, "LEMMA", lemmas):
        cue = doc[i]  # a view of the doc: it sees what each repair changed
        cue_read_as_group_noun(cue)  # `Most councillors support reforming …`
        _verb_read_as_noun(cue)
        _verb_read_into_subject_phrase(cue)
        _verb_read_as_noun_before_colon(cue)
        cue_read_as_compound_head(cue)
        subject_read_as_apposition(cue)
        quote_read_as_subject(cue)
        cue_read_as_relative(cue)
        cue_read_onto_set_off_participle(cue)
        cue_read_onto_participle_root(cue)
        cue_read_as_second_relative(cue)
        gerund_subject_read_as_clause(cue)
        cue_read_as_modifier(cue)
        answer_read_as_auxiliary(cue)
        clause_read_as_relative_on_addressee(cue)
        clause_read_onto_a_named_setting(cue)
        clause_read_onto_a_phrase(cue)
        clause_read_onto_the_object(cue)
        participle_read_as_clause(cue)
        closing_cue_read_as_conjunct(cue)
        closing_cue_read_as_relative(cue)
        closing_cue_read_as_noun(cue)
        subject_read_as_object(cue)
        subject_read_as_second_subject(cue)
        object_read_as_second_subject(cue)
        time_phrase_read_as_mark(cue)
        question_read_as_adverbial(cue)
        adverbial_read_as_clause(cue)
    for i in token_indices(doc, "LEMMA", clause_cues):
        cue_read_as_relative(doc[i])  # `The manager, Ana Ruiz, accepted that …`
        clause_read_onto_a_phrase(doc[i])
        clause_read_onto_the_object(doc[i])  # `advised members that …`
    repair_intermediary(doc, lemmas)
    for i in token_indices(doc, "ORTH", HYPHENS):
        if _inside_person(doc[i]):
            # one name before its subjects are read (`Dr. Seo Min-jae`)
            _hyphened_word_read_apart(doc[i])
    for i in token_indices(doc, "DEP", _SUBJECT):
        name_read_as_second_subject(doc[i], lemmas)
        role_read_as_first_subject(doc[i], lemmas)
        name_read_as_body_apposition(doc[i], lemmas)
        name_read_as_verb(doc[i], lemmas)
        particle_read_as_head(doc[i], lemmas)
        quantifier_read_as_subject(doc[i])
    for i in token_indices(doc, "DEP", _CONJUNCT):
        subject_read_as_conjunct(doc[i])
    for i in token_indices(doc, "DEP", _NUMBER_MODIFIER):
        share_read_as_modifier(doc[i], lemmas)
    for i in token_indices(doc, "ORTH", HYPHENS):
        _hyphened_word_read_apart(doc[i])
    for i in token_indices(doc, "LEMMA", lemmas | clause_cues):
        cue = doc[i]
        subject_read_into_opener(cue)
        participle_read_as_subject(cue)
        passive_subject_read_into_opener(cue)
        conjunct_read_onto_a_noun(cue)
        subject_read_into_adverb(cue)
        subject_read_into_cue(cue)
        subject_read_as_root_of_cue(cue)
        subject_read_into_set_off_phrase(cue)
        subject_read_into_participle(cue)
        subject_read_into_gerund(cue)
        subject_read_into_quote(cue)
    adverbs = token_indices(doc, "TAG", _ADVERB_TAGS)
    if not adverbs:
        return
    names = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_title}
    for i in adverbs:
        _subject_tagged_as_adverb(doc[i])
        if doc[i].text in names:
            _name_read_as_adverb(doc[i])


def _subject_tagged_as_adverb(token: Token) -> None:
    """`Pavlović later said the team would …`: a capitalised word the parser made a
    verb's subject but tagged as an adverb, which no subject is, is a proper noun (an
    unfamiliar surname)."""
    if token.dep_ in ("nsubj", "nsubjpass") and token.is_title and token.pos_ == "ADV":
        token.pos_ = "PROPN"
        token.tag_ = "NNP"


def _verb_read_as_noun(token: Token) -> None:
    """`Brennick forecast that sales would double`, `Ruiz estimates she will sell half`:
    a cue word tagged as a noun that has a subject and a clause of its own after it (one
    that opens with `that` or has a subject) is the verb, in the present when it has
    the `-s` of one (`estimates`)."""
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "ccomp"
        and c.i > token.i
        and (c.left_edge.lower_ == "that" or any(g.dep_ == "nsubj" for g in c.children))
        for c in token.children
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBD"


def _verb_read_into_subject_phrase(token: Token) -> None:
    """`The report of his inspection states that the damp was caused by a gutter`: the
    tagger may read a cue word in `-s` after a phrase's noun as a plural noun of that
    phrase, leaving the sentence with a noun for its head and the reported clause hung
    on it. A cue word tagged as a plural noun at the end of a phrase after the noun that
    heads its sentence, with `that` and a clause with a subject of its own right after
    it, hung on that noun, is the sentence's verb: the noun its subject, the clause what
    it reports, the words before it in the phrase the phrase's own."""
    doc = token.doc
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.i + 1 >= len(doc):
        return
    prep, head = token.head, token.head.head
    mark = doc[token.i + 1]
    clause = mark.head
    if (
        head.dep_ != "ROOT"
        or head.pos_ != "NOUN"
        or prep.dep_ != "prep"
        or mark.lower_ != "that"
        or mark.dep_ != "mark"
        or clause.head.i != head.i
        or clause.dep_ not in ("acl", "relcl")
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        return
    lefts = list(token.lefts)
    if not lefts or lefts[-1].i != token.i - 1 or lefts[-1].pos_ not in ("NOUN", "PROPN"):
        return
    # `his inspection`: the phrase's own noun is the word before the cue word
    noun = lefts[-1]
    moves: list[Move] = [
        (token, token, "ROOT"),
        (head, token, "nsubj"),
        (clause, token, "ccomp"),
        (noun, prep, "pobj"),
        *((c, noun, None) for c in lefts[:-1]),
    ]
    if rehead_all(moves):
        token.pos_ = "VERB"
        token.tag_ = "VBZ"


def _verb_read_as_noun_before_colon(token: Token) -> None:
    """`The notice read: "…"`: a cue word tagged as a noun that has a subject of its own
    and stands right before a colon and a quotation mark is the verb, in the past (the
    tagger reads `read` after a noun as one). `The first reads: "…"`, `The second says:
    "…"`: a cue word in `-s` tagged as a plural noun, heading its sentence there, right
    after an ordinal or a number that stands for a thing named before (a list's first
    entry) is the verb, in the present, and that word its subject."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ":" or not doc[token.i + 2].is_quote:
        return
    if token.tag_ == "NN" and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBD"
        return
    before = doc[token.i - 1] if token.i else None
    if (
        token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and before is not None
        and before.head.i == token.i
        and before.dep_ in ("amod", "nummod")
        and before.tag_ in ("JJ", "CD")
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBZ"
        articles = [(c, before, None) for c in token.lefts if c.i < before.i]
        rehead_all([(before, token, "nsubj"), *articles])


#: The label of an active subject, which
#: :func:`~quotes.name_repairs.name_read_as_second_subject` and
#: :func:`~quotes.name_repairs.role_read_as_first_subject` may mend.
_SUBJECT = frozenset({"nsubj"})
#: The label of a conjunct, which :func:`~quotes.subject_repairs.subject_read_as_conjunct`
#: may mend.
_CONJUNCT = frozenset({"conj"})


#: The label of a number modifying a noun, which
#: :func:`~quotes.subject_repairs.share_read_as_modifier` may mend.
_NUMBER_MODIFIER = frozenset({"nummod"})


def _hyphened_word_read_apart(hyphen: Token) -> None:
    """`His co-star, Marguerite Lindqvist, says …`: the parser may read `co`, the hyphen
    and `star` as three words, each its own subject, and so cut a speaker to `His co`. A
    hyphen with no space on either side, read as a word, joins one noun (`co-star`,
    `ex-husband`, `co-founder`, `Power Co-operative`, whose last part the tagger may
    take for an adjective; a given name's syllables, :func:`_inside_person`): its last
    part heads it, in the place its first part had,
    and takes the words that hung on the other parts."""
    doc = hyphen.doc
    i = hyphen.i
    if i == 0 or i + 1 >= len(doc) or hyphen.pos_ == "PUNCT":
        return
    first, last = doc[i - 1], doc[i + 1]
    if (
        first.whitespace_
        or hyphen.whitespace_
        or not (first.is_alpha and last.is_alpha)
        or not (last.pos_ in ("NOUN", "ADJ") or _inside_person(hyphen))
        or first.dep_ == "ROOT"
        or first.head is last
    ):
        return
    moves: list[Move] = [
        (child, last, None)
        for child in [*first.children, *hyphen.children]
        if child is not last and child is not first and child is not hyphen
    ]
    moves += [(last, first.head, first.dep_), (first, last, "compound"), (hyphen, last, "punct")]
    if rehead_all(moves):
        hyphen.pos_, hyphen.tag_ = "PUNCT", "HYPH"


def _inside_person(hyphen: Token) -> bool:
    """Rule hyphened-given-read-apart: whether a hyphen read as a word joins the two
    syllables of a given name inside a person's name (`Min-jae` of `Dr. Seo Min-jae`,
    whose three parts the parser may make three subjects of the cue, one of them the
    role before the name): one word, as `co-star` is. The second syllable is in lower
    case, and the parser gave the hyphen and it one label (not `Ben-Shimol`, a double
    name whose parts the parser joins)."""
    last = hyphen.doc[hyphen.i + 1]
    return (
        hyphen.ent_type_ == "PERSON"
        and last.ent_iob_ == "I"
        and last.is_lower
        and hyphen.dep_ == last.dep_
    )


def _name_read_as_adverb(token: Token) -> None:
    """`Tran countered that …`, where the tagger takes an unfamiliar surname for an
    adverb: a capitalised word the text uses elsewhere in a person's name, set right
    before a verb with no subject, or with only the verb's adverbs between (`Pavlović
    later said the team would …`), is that verb's subject."""
    verb = token.head
    while verb.dep_ == "advmod" and verb.pos_ == "ADV" and verb.head.i > verb.i:
        verb = verb.head  # `Pavlović` hung on `later`, `later` on `said`
    between = token.doc[token.i + 1 : verb.i]
    if (
        token.dep_ in ("advmod", "aux")
        and verb.i > token.i
        and all(t.pos_ == "ADV" for t in between)
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and rehead_all([(token, verb, "nsubj")])
    ):
        token.pos_ = "PROPN"
        token.tag_ = "NNP"
