"""Mend what the small English models misread before any cue is matched.

A cue matches by lemma and part of speech, so a cue verb tagged as a noun, a surname
tagged as an adverb, a hyphened word read as three, or a subject or clause hung in the
wrong place would hide a cue or its speaker. :func:`repair_tags` runs once per doc,
first thing in :class:`quotes.matchers.SpeakerMatcher` after the lemma repairs
(:mod:`quotes.lemma_repairs`), and calls each repair in its order: the words' tags are
mended in :mod:`quotes.tag_repairs`, a cue read as no verb of its own in
:mod:`quotes.cue_repairs`, where a clause hangs in :mod:`quotes.clause_repairs`, who
speaks in :mod:`quotes.subject_repairs`.
Every repair moves words with :func:`quotes.rehead.rehead_all`, which makes a repair's
moves all or none and refuses those that would hang a word under itself.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.adverbial_repairs import (
    adverbial_read_as_clause,
    aside_read_as_cue,
    connective_read_as_cue,
    main_clause_read_as_clause,
    question_read_as_adverbial,
    quoted_participles_read_as_clause,
    time_phrase_read_as_mark,
)
from quotes.agent_repairs import agent_read_onto_complement
from quotes.clausal_subjects import (
    subject_read_into_gerund,
    subject_read_into_participle,
)
from quotes.clause_arguments import (
    object_read_as_second_subject,
    subject_read_as_object,
    subject_read_as_object_beside_clause,
    subject_read_as_second_subject,
    subject_read_as_source_apposition,
    subject_read_into_phrase,
)
from quotes.clause_repairs import (
    answer_read_as_auxiliary,
    clause_read_as_relative_on_addressee,
    clause_read_onto_a_named_setting,
    clause_read_onto_a_phrase,
    clause_read_onto_the_object,
    gerund_subject_read_as_clause,
    participle_read_as_clause,
    quote_read_as_subject,
    repair_intermediary,
)
from quotes.closing_cue_repairs import (
    closing_cue_read_as_adverbial,
    closing_cue_read_as_complement,
    closing_cue_read_as_conjunct,
    closing_cue_read_as_noun,
    closing_cue_read_as_relative,
)
from quotes.closing_subjects import (
    closing_subject_read_as_apposition,
    closing_subject_read_into_clause,
)
from quotes.cue_noun_repairs import (
    cue_read_after_name,
    cue_read_as_compound_head,
    cue_read_as_group_noun,
    cue_read_as_subject_head,
)
from quotes.cue_repairs import (
    conjunct_read_onto_a_noun,
    cue_read_as_modifier,
    cue_read_as_relative,
    cue_read_as_second_relative,
    cue_read_onto_participle_root,
    cue_read_onto_relative_clause,
    cue_read_onto_set_off_participle,
)
from quotes.cue_words import token_indices
from quotes.forced_capitals import GIVEN_PREPOSITIONS
from quotes.name_repairs import (
    given_read_as_noun,
    given_read_as_preposition,
    join_words_read_as_verbs,
    name_read_as_verb,
    particle_read_as_head,
    patronymics_read_as_adverbs,
)
from quotes.normalise import HYPHENS
from quotes.opener_subjects import (
    opener_name_read_as_subject,
    participle_read_as_subject,
    passive_subject_read_into_opener,
    subject_read_as_apposition,
    subject_read_as_participle_object,
    subject_read_into_opener,
)
from quotes.phrase_names import phrase_name_read_apart
from quotes.quote_subjects import (
    subject_read_into_quote,
)
from quotes.subject_appositions import (
    name_in_own_script_read_as_subject,
    name_read_as_body_apposition,
    name_read_as_portfolio_apposition,
    name_read_as_second_subject,
    role_read_as_first_subject,
)
from quotes.subject_repairs import (
    content_read_as_first_subject,
    parent_count_read_as_subject,
    quantifier_read_as_subject,
    share_read_as_modifier,
    subject_read_as_conjunct,
    voice_read_as_name_part,
)
from quotes.subjects_in_between import (
    name_read_into_role,
    subject_read_as_root_of_cue,
    subject_read_into_adverb,
    subject_read_into_asked_aside,
    subject_read_into_cue,
    subject_read_into_set_off_phrase,
)
from quotes.tag_repairs import (
    given_name_read_as_gerund,
    hyphened_word_read_apart,
    inside_person,
    names_read_as_other_words,
    verb_read_as_noun,
    verb_read_as_noun_before_colon,
    verb_read_into_subject_phrase,
)
from quotes.title_subjects import title_read_as_subject
from quotes.work_titles import work_title_read_as_subject

#: The word that opens `according to X`, whose clause's subject may be read onto X.
_ACCORDING = frozenset({"according"})


def repair_tags(
    doc: Doc, lemmas: frozenset[str], clause_cues: frozenset[str] = frozenset()
) -> None:
    """Mend the misreadings of the small models that hide a cue, its speaker or what it
    reports: a cue verb read as a noun (:func:`~quotes.tag_repairs.verb_read_as_noun`,
    :func:`~quotes.cue_noun_repairs.cue_read_as_group_noun` after a plural noun in a sentence
    left with no verb,
    :func:`~quotes.tag_repairs.verb_read_as_noun_before_colon`) or into its subject's phrase
    (:func:`~quotes.tag_repairs.verb_read_into_subject_phrase`) or as the head of the
    plural noun before it
    (:func:`~quotes.cue_noun_repairs.cue_read_as_compound_head`) or as the head of its
    subject (:func:`~quotes.cue_noun_repairs.cue_read_as_subject_head`), its subject read as
    an apposition in a phrase set before it
    (:func:`~quotes.opener_subjects.subject_read_as_apposition`) or as the apposition of
    the capitalised object of a participle opening the sentence
    (:func:`~quotes.opener_subjects.subject_read_as_participle_object`), a one-word quote before
    it read as its subject (:func:`~quotes.clause_repairs.quote_read_as_subject`), a short
    answer before it read as its auxiliary
    (:func:`~quotes.clause_repairs.answer_read_as_auxiliary`), a cue read as a participle
    of the noun before it (:func:`~quotes.cue_repairs.cue_read_as_relative`) or of a
    participle set off after its subject
    (:func:`~quotes.cue_repairs.cue_read_onto_set_off_participle`) or of the last noun of
    a relative clause on it (:func:`~quotes.cue_repairs.cue_read_onto_relative_clause`)
    or on it as the root
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
    read as a conjunct (:func:`~quotes.closing_cue_repairs.closing_cue_read_as_conjunct`), as a
    second clause of the cue before it
    (:func:`~quotes.closing_cue_repairs.closing_cue_read_as_complement`), as an adverbial clause
    (:func:`~quotes.closing_cue_repairs.closing_cue_read_as_adverbial`), as a
    relative clause (:func:`~quotes.closing_cue_repairs.closing_cue_read_as_relative`) or as a
    noun (:func:`~quotes.closing_cue_repairs.closing_cue_read_as_noun`), the subject of such a cue
    read into the clause before it
    (:func:`~quotes.closing_subjects.closing_subject_read_into_clause`), the
    subject of the clause a cue reports read as its object
    (:func:`~quotes.clause_repairs.subject_read_as_object`) or as a second subject of it
    (:func:`~quotes.clause_repairs.subject_read_as_second_subject`), its object read
    as a second subject of the cue (:func:`~quotes.clause_repairs.object_read_as_second_subject`),
    its subject read into a phrase of when the cue spoke
    (:func:`~quotes.clause_arguments.subject_read_into_phrase`),
    the question after an asking
    cue read as a condition on it
    (:func:`~quotes.adverbial_repairs.question_read_as_adverbial`), an adverbial clause read
    as the cue's complement (:func:`~quotes.adverbial_repairs.adverbial_read_as_clause`),
    quoted participles after a cue's object and `as` read as its adverbial clause
    (:func:`~quotes.adverbial_repairs.quoted_participles_read_as_clause`), a passive
    cue's `by` phrase hung on what it says
    (:func:`~quotes.agent_repairs.agent_read_onto_complement`), the
    connective `That said,` read as the cue of its sentence
    (:func:`~quotes.adverbial_repairs.connective_read_as_cue`), the writer's aside `and I
    quote` read as the cue (:func:`~quotes.adverbial_repairs.aside_read_as_cue`), the words
    set before a closing cue read as a first subject
    (:func:`~quotes.subject_repairs.content_read_as_first_subject`), a work's title
    set off after it read as a second subject
    (:func:`~quotes.work_titles.work_title_read_as_subject`), a
    name closing a subject's phrase read as a second subject
    (:func:`~quotes.subject_appositions.name_read_as_second_subject`) or as the apposition of
    the body its role is held in (:func:`~quotes.subject_appositions.name_read_as_body_apposition`)
    or of the first portfolio listed before its title
    (:func:`~quotes.subject_appositions.name_read_as_portfolio_apposition`), the name written
    again in its own script read as the subject
    (:func:`~quotes.subject_appositions.name_in_own_script_read_as_subject`),
    a role read as a subject beside the name after it
    (:func:`~quotes.subject_appositions.role_read_as_first_subject`, once a given name's
    hyphened syllables read apart are one word: :func:`~quotes.tag_repairs.inside_person`),
    a surname read as a verb though it is the cue's subject
    (:func:`~quotes.name_repairs.name_read_as_verb`) and a given name used alone read as
    a common noun (:func:`~quotes.name_repairs.given_read_as_noun`), a name's particle read as the
    subject (:func:`~quotes.name_repairs.particle_read_as_head`), a small word of a
    Romance name read as a verb (:func:`~quotes.name_repairs.join_word_read_as_verb`),
    a quantifier floating after a subject read as a second subject
    (:func:`~quotes.subject_repairs.quantifier_read_as_subject`), a parent's count of
    children read as the subject before the name it describes
    (:func:`~quotes.subject_repairs.parent_count_read_as_subject`), a share of people read
    as a number modifying the cue (:func:`~quotes.subject_repairs.share_read_as_modifier`),
    a word joined by a hyphen read as two
    (:func:`~quotes.tag_repairs.hyphened_word_read_apart`), a given name read as a
    preposition (:func:`~quotes.name_repairs.given_read_as_preposition`), a subject
    read into a long opener (:func:`~quotes.opener_subjects.subject_read_into_opener`,
    before a passive :func:`~quotes.opener_subjects.passive_subject_read_into_opener`)
    or onto a participle opener read as a name
    (:func:`~quotes.opener_subjects.participle_read_as_subject`), the name that names an
    opener's role read as the subject
    (:func:`~quotes.opener_subjects.opener_name_read_as_subject`), or
    straight into the cue (:func:`~quotes.subjects_in_between.subject_read_into_cue`) or as
    the root of a sentence whose cue it reads as an adjective
    (:func:`~quotes.subjects_in_between.subject_read_as_root_of_cue`), a
    cue verb joined to a noun (:func:`~quotes.cue_repairs.conjunct_read_onto_a_noun`),
    a subject read into the adverb or the phrase set off after it
    (:func:`~quotes.subjects_in_between.subject_read_into_adverb`,
    :func:`~quotes.subjects_in_between.subject_read_into_set_off_phrase`) or into the
    participle of an asking cue set off after it
    (:func:`~quotes.subjects_in_between.subject_read_into_asked_aside`), a name read
    into the roles before it (:func:`~quotes.subjects_in_between.name_read_into_role`), a
    subject read into a participle's clause
    (:func:`~quotes.clausal_subjects.subject_read_into_participle`),
    a work read as a gerund's object (:func:`~quotes.clausal_subjects.subject_read_into_gerund`),
    a speaker read into the quote before it
    (:func:`~quotes.quote_subjects.subject_read_into_quote`),
    a name read as an adverb (:func:`~quotes.tag_repairs.name_read_as_adverb`,
    :func:`~quotes.tag_repairs.subject_tagged_as_adverb`), a surname read as an
    interjection (:func:`~quotes.tag_repairs.name_read_as_interjection`) or a
    preposition (:func:`~quotes.tag_repairs.surname_tagged_as_preposition`) and a given
    name read as a verb's `-ing` form
    (:func:`~quotes.tag_repairs.given_name_read_as_gerund`). The repairs of
    a cue read as a participle and of a clause read onto a phrase, and the subject repairs of the
    second pass, run on the verbs that are cues only with a clause (`clause_cues`:
    `Representing the officer, Ms Reilly submitted that …`) as on the cue words."""
    join_words_read_as_verbs(doc, lemmas)  # `told the Diário do Atlântico`
    for i in token_indices(doc, "LOWER", GIVEN_PREPOSITIONS):
        given_read_as_preposition(doc[i])  # `The spokesman, Per Aune, said …`
    patronymics_read_as_adverbs(doc, lemmas)  # `Toktogul uulu said …`
    for i in token_indices(doc, "LEMMA", lemmas):
        cue = doc[i]  # a view of the doc: it sees what each repair changed
        connective_read_as_cue(cue)  # `That said, she noted, "…"`
        aside_read_as_cue(cue)  # `The mayor said, and I quote, "…"`
        cue_read_as_group_noun(cue)  # `Most councillors support reforming …`
        verb_read_as_noun(cue)
        given_name_read_as_gerund(cue)  # `"…," said Tshering Dorji, president of …`
        phrase_name_read_apart(cue)  # `Save the Children said …`, `Fair Fares Now said`
        verb_read_into_subject_phrase(cue)
        verb_read_as_noun_before_colon(cue)
        cue_read_as_compound_head(cue)
        cue_read_as_subject_head(cue)  # `The paper states that chicks … were heavier`
        cue_read_after_name(cue)  # `The Flood Forecasting and Warning Centre forecast that`
        subject_read_as_apposition(cue)
        work_title_read_as_subject(cue)  # `The report, Rain on the Hills, by …, found`
        subject_read_as_participle_object(cue)
        quote_read_as_subject(cue)
        cue_read_as_relative(cue)
        cue_read_onto_set_off_participle(cue)
        cue_read_onto_relative_clause(cue)  # `Ana Ruiz, who leads …, called the plan …`
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
        name_read_into_role(cue)  # `Vice-president finance Dr. Ana Ruiz told`
        closing_cue_read_as_conjunct(cue)
        closing_cue_read_as_complement(cue)  # `…, a survey found this year.`
        closing_cue_read_as_adverbial(cue)
        closing_cue_read_as_relative(cue)
        closing_cue_read_as_noun(cue)
        closing_subject_read_into_clause(cue)  # `…, the minister, Ana Ruiz, said.`
        closing_subject_read_as_apposition(cue)  # `…, the Institute of X, Y and Z said.`
        subject_read_as_object(cue)
        subject_read_as_second_subject(cue)
        object_read_as_second_subject(cue)
        subject_read_into_phrase(cue)  # `said on Monday traffic had fallen`
        subject_read_as_object_beside_clause(cue)  # `warned a higher tax could delay`
        time_phrase_read_as_mark(cue)
        question_read_as_adverbial(cue)
        adverbial_read_as_clause(cue)
        main_clause_read_as_clause(cue)  # `…, after a spring count found fewer calves`
        quoted_participles_read_as_clause(cue)
        agent_read_onto_complement(cue)  # `The fee was called "a tax" by Mara Lind.`
    for i in token_indices(doc, "LEMMA", clause_cues):
        cue = doc[i]  # one view for all the repairs of a word, as for the cues above
        cue_read_as_relative(cue)  # `The manager, Ana Ruiz, accepted that …`
        clause_read_onto_a_phrase(cue)
        clause_read_onto_the_object(cue)  # `advised members that …`
    for i in token_indices(doc, "LOWER", _ACCORDING):
        subject_read_as_source_apposition(doc[i])  # `According to X, landings were …`
    repair_intermediary(doc, lemmas)
    # the words that open a person's name of several words (`Savio` of `Savio Dias`)
    first_words = frozenset(e[0].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    for i in token_indices(doc, "ORTH", HYPHENS):
        if inside_person(doc[i]):
            # one name before its subjects are read (`Dr. Seo Min-jae`)
            hyphened_word_read_apart(doc[i])
    for i in token_indices(doc, "DEP", _SUBJECT):
        subject = doc[i]  # one token object for its twelve repairs, not one per repair
        name_read_as_second_subject(subject, lemmas)
        role_read_as_first_subject(subject, lemmas)
        name_read_as_body_apposition(subject, lemmas)
        name_read_as_portfolio_apposition(subject, lemmas)  # `Energy, Mines … Minister X`
        name_in_own_script_read_as_subject(subject, lemmas)  # `Ana Fong (方凱欣) said`
        name_read_as_verb(subject, lemmas)
        given_read_as_noun(subject, lemmas, first_words)
        particle_read_as_head(subject, lemmas)
        quantifier_read_as_subject(subject)
        parent_count_read_as_subject(subject, lemmas)  # `Mother of four Lisa Hammond said`
        voice_read_as_name_part(subject, lemmas)  # `A Department of X and Y spokesperson said`
        content_read_as_first_subject(subject, lemmas)  # `Or maybe Reyes, adviser Dunn says.`
    for i in token_indices(doc, "DEP", _CONJUNCT):
        subject_read_as_conjunct(doc[i])
    for i in token_indices(doc, "DEP", _NUMBER_MODIFIER):
        share_read_as_modifier(doc[i], lemmas)
    for i in token_indices(doc, "ORTH", HYPHENS):
        hyphened_word_read_apart(doc[i])
    for i in token_indices(doc, "LEMMA", lemmas | clause_cues):
        cue = doc[i]
        subject_read_into_opener(cue)
        opener_name_read_as_subject(cue)  # `By the chair, Ana Ruiz, the witness Tom Hale said`
        participle_read_as_subject(cue)
        passive_subject_read_into_opener(cue)
        conjunct_read_onto_a_noun(cue)
        subject_read_into_adverb(cue)
        subject_read_into_cue(cue)
        subject_read_as_root_of_cue(cue)
        subject_read_into_set_off_phrase(cue)
        subject_read_into_asked_aside(cue)  # `Ruiz, asked about the toll, has said …`
        subject_read_into_participle(cue)
        subject_read_into_gerund(cue)
        subject_read_into_quote(cue)
        title_read_as_subject(cue)  # `A report … titled "Cold Homes", found …`
    names_read_as_other_words(doc)  # `"…," From said.`, `Oh, who hosts the show, says …`

#: The label of an active subject, which
#: :func:`~quotes.subject_appositions.name_read_as_second_subject` and
#: :func:`~quotes.subject_appositions.role_read_as_first_subject` may mend.
_SUBJECT = frozenset({"nsubj"})
#: The label of a conjunct, which :func:`~quotes.subject_repairs.subject_read_as_conjunct`
#: may mend.
_CONJUNCT = frozenset({"conj"})


#: The label of a number modifying a noun, which
#: :func:`~quotes.subject_repairs.share_read_as_modifier` may mend.
_NUMBER_MODIFIER = frozenset({"nummod"})
