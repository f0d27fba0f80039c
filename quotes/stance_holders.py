"""Rule stance-holder: the subject of `be` that a noun calls a supporter or critic of
something holds a stance on it.

`The senator is a vocal supporter of the tax plan`, `She has long been a critic of the
tunnel`, `He remains an advocate for shorter shifts`: the noun after `be` says the
subject is for or against what its `of` or `for` phrase names, and PolNeAR attributes
that stance to the subject. The nouns are data (stance-holder-nouns.txt); elsewhere they
only name a source (`supporters of the plan marched`), which other rules read.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_words import STANCE_HOLDERS
from quotes.language import word_list
from quotes.mentions import NOMINAL

#: The verbs whose complement says what their subject is (`is`, `remains`, `became`).
_COPULAS = word_list("copula-verbs")
#: The prepositions that name what the stance is on: `a supporter of`, `an advocate for`.
_AIM_PREPS = word_list("stance-aim-prepositions")
#: Subjects of `be` that stand for a clause, no one who holds a view (`it`, `this`).
_PLACEHOLDER_SUBJECTS = word_list("placeholder-subjects")


# `The senator is a vocal supporter of the tax plan`, `She has been a critic of it`
def stance_holder(noun: Token) -> Token | None:
    """The subject a stance noun is said of, when the noun is the complement of `be`,
    `remain` or `become` and its `of` or `for` phrase names what the stance is on; None
    for any other use (`supporters of the plan marched`, `a critic of the plan, Ana
    Ruiz, said …`, `the plan's supporters`)."""
    if noun.lemma_.lower() not in STANCE_HOLDERS or noun.pos_ != "NOUN" or not _aimed(noun):
        return None
    return copula_subject(noun, "attr")


def copula_subject(complement: Token, link: str) -> Token | None:
    """The subject that a complement of `be`, `remain` or `become` (copula-verbs.txt),
    hung on it by `link` (`attr` for a noun, `acomp` for an adjective), says something
    of: a nominal subject that stands for someone, not for a clause (`it`, `this`:
    placeholder-subjects.txt); None for a word in any other place."""
    if complement.dep_ != link or complement.head.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in complement.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in NOMINAL or subject.lower_ in _PLACEHOLDER_SUBJECTS:
        return None
    return subject


def _aimed(noun: Token) -> bool:
    """Whether a stance noun has an `of` or `for` phrase naming what it is on (`a supporter
    of the levy`), not only a time or a place (`a supporter since 2019`)."""
    return any(
        c.dep_ == "prep" and c.lower_ in _AIM_PREPS and any(o.dep_ == "pobj" for o in c.children)
        for c in noun.rights
    )
