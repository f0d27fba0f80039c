"""Who holds or does what a cue reports when the cue modifies a noun rather than having a
subject: the noun itself (`the farmers opposing the pipeline`, `the first union to back
the contract`), or who issued the work the noun names (`Trump issued a statement
saying …`, `Ruiz posted a video that said, "…"`). Steps of
:func:`quotes.governing.governing_speaker`; :func:`relative_issuer` serves the direct
quotes' links too (:mod:`quotes.direct_links`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_classes import VERB_CLASSES
from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.mentions import NOMINAL
from quotes.participle_sources import absolute_with
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import AUTHORED, ISSUED
from quotes.stance_holders import copula_subject

__all__ = ["modified_speaker", "relative_issuer", "work_issuer"]

#: Words that rank a noun among others who acted: `the first union to back the deal`.
_RANKING = word_list("ranking-words")
#: Works and displays, whose words speak only for their issuer (`a banner saying …`).
_WORKS = AUTHORED | word_list("display-nouns")


def modified_speaker(cue: Token) -> tuple[Token, str] | None:
    """The noun a cue modifies as an active participle or an infinitive, who holds or
    does what the cue reports: `the farmers opposing the pipeline` (`modifier`), `the
    first union to back the contract` (`infinitival`, which the parser may read as a
    relative clause; only after a ranking word, an ordinal or a superlative, not in `a
    good place to say goodbye`; rule ranked-subject: of a noun that is the complement of
    `be`, `remain` or `become`, their subject, whom the noun ranks: `Ruiz was the first
    mayor to back the levy`). Not a passive participle (`a group called …`), nor an
    act (`people seeking shelter` are not said to do anything by anyone); a participle of
    speech only for a work its issuer speaks through (`a banner saying …`, see
    :func:`work_issuer`), after `with`, whose noun is its subject (`with economists
    warning …`, `with`, see :func:`~quotes.participle_sources.absolute_with`), or when
    it tells a `that`-clause (`participle`, see :func:`_telling_a_clause`)."""
    noun = cue.head
    near = cue.doc[cue.i - 1]
    if near.pos_ in ("NOUN", "PROPN") and noun in near.ancestors:
        # `the head of the group backing Ruiz`: the parser may hang the participle on the
        # head of the phrase, but it describes the noun right before it
        noun = near
    verb_class = VERB_CLASSES.get(cue.lemma_.lower())
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > cue.i or verb_class == "act":
        return None
    if cue.tag_ == "VBG" and cue.dep_ == "acl":  # an active participle on the noun
        if verb_class in ("stance", "thought"):
            return noun, "modifier"
        if verb_class == "speech" and _telling_a_clause(cue, noun):
            return noun, "participle"
        if absolute_with(noun):
            return noun, "with"
    if cue.tag_ == "VB" and any(c.tag_ == "TO" and c.i < cue.i for c in cue.children) and any(
        c.dep_ == "amod" and (c.lower_ in _RANKING or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
        for c in noun.lefts
    ):
        return copula_subject(noun, "attr") or noun, "infinitival"
    return None


def _telling_a_clause(cue: Token, noun: Token) -> bool:
    """Whether a participle of speech tells a `that`-clause with a subject of its own:
    its noun says it, as the subject of a participle set off after a clause does (rule
    speaking-participle, `The trial opened with a prosecutor telling jurors that the
    fire was set`; not a participle that only names what a noun is about, `a sign
    saying "Closed"`, nor the words of a work or a display, which speak only for their
    issuer, :func:`work_issuer`: `The crowd cheered a banner saying that …`)."""
    return noun.lemma_.lower() not in _WORKS and any(
        c.dep_ == "ccomp"
        and c.i > cue.i
        and c.left_edge.lower_ == "that"
        and any(g.dep_ in SUBJECT for g in c.children)
        for c in cue.children
    )


def relative_issuer(speaker: Token) -> Token | None:
    """Who issued the work a relative pronoun stands for, when the clause says: the
    subject of the verb the work is the object of.

    `Ruiz posted a video that said, "…"`: the video speaks for Ruiz, as in `Ruiz posted
    a video saying …` (:func:`work_issuer`); None for `the board, which said …` (no work).
    """
    if speaker.tag_ not in NOUN_RELATIVE_TAGS or speaker.head.dep_ != "relcl":
        return None
    return work_issuer(speaker.head.head)


def work_issuer(noun: Token) -> Token | None:
    """Who issued a statement, letter or ad, when the clause says: the subject of the
    verb it is the object of (`Trump issued a statement …`, `She wrote in a letter …`)."""
    if noun.lemma_.lower() not in ISSUED:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None)
