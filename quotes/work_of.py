"""The body a work is `of`: `the annual survey of the Beekeepers' Federation` is the
federation's, as `the federation's annual survey` would be.

An `of` phrase on a work names its maker when it names a body and the work is one a
body issues (a survey, a report, a bulletin); on a work that examines something (`an
audit of the Ministry of Health`) it names what the work examines.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.acronym_names import is_acronym
from quotes.language import word_list
from quotes.nationalities import is_nation_name
from quotes.source_words import BODY_HEADS
from quotes.work_authors import authored_work

#: Works whose `of` phrase names what they examine (`an audit of the ministry`).
_EXAMINING = word_list("examining-works")


def of_maker(work: Token) -> Token | None:
    """Rule work-of-body: the body a work's `of` phrase names, the head of a body's name
    (`Federation` in `the annual survey of the British Beekeepers' Federation`,
    :data:`~quotes.source_words.BODY_HEADS`) or its acronym, no nation's (`the annual
    report of SGS`, :func:`~quotes.acronym_names.is_acronym`); None for a work that
    examines what its `of` names (:data:`_EXAMINING`), or an `of` phrase of anything else
    (`a survey of 2,860 beekeepers`, `the report of an inquiry`)."""
    # shape: the <work> of the <Name> <Body head> (`the annual report of the Harbour Board`)
    if not authored_work(work) or work.lemma_.lower() in _EXAMINING:
        return None
    for prep in work.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and body.pos_ == "PROPN" and (
            body.lower_ in BODY_HEADS
            or (is_acronym(body.text) and not is_nation_name(body.text))  # not `the UK`
        ):
            return body
        if body is not None and _body_described(body):
            return body
    return None


#: Kinds of organisation, whose noun after `the` names a body the text has in mind.
_BODY_KINDS = word_list("organisation-kinds")


def _body_described(noun: Token) -> bool:
    """Rule work-of-described-body: whether a work's `of` phrase describes a body by its
    kind after `the`, which the work speaks for as it would for the body's name: `the
    council` in `The recommendation of the council argues …` (not `a report of a
    committee`, whose body the text has not named, nor a body's member: `the report of
    the council's auditor`)."""
    # shape: the <work> of the <body kind> (`the findings of the committee`)
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _BODY_KINDS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ in ("poss", "prep", "compound", "amod") for c in noun.children)
    )
