"""The empty `it` of `It is important to note that …`, `It is hard to know whether …`:
a subject that stands for the clause after its verb, no one who speaks or thinks.

A cue whose chain of verbs leads up to such a subject has no speaker
(:func:`quotes.governing.governing_speaker`) and its statement no source
(:func:`quotes.governing.under_empty_it`); an `it` that does what the infinitive after
it says (`it is unlikely to tell the whole story`) is a thing, not the empty `it`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list

__all__ = ["empty_it"]

#: Verbs whose `it` subject stands for the clause after them: `It means admitting …`,
#: `It doesn't take an expert to see …`, `It is worth remembering …`.
_EMPTY_IT_VERBS = word_list("empty-it-verbs")


#: Adjectives whose subject does what the infinitive after them says (`likely to`,
#: `careful to`): an `it` before them is a thing, not the empty `it`.
_DOER_ADJECTIVES = word_list("doer-adjectives")


def empty_it(subject: Token) -> bool:
    """Whether a subject is the empty `it` of `It is hard to know whether …`."""
    verb = subject.head
    return (
        subject.lower_ == "it"
        and verb.lemma_.lower() in _EMPTY_IT_VERBS
        and not _doer_it(verb)
    )


def _doer_it(verb: Token) -> bool:
    """Rule doer-it: whether the `it` of `be` is a thing that does what the infinitive
    says, not the empty `it` that stands for the clause: it is, after an adjective whose
    subject is the doer (`it is unlikely to tell the whole story`, `it was careful to
    frame its plans`; lang/en/doer-adjectives.txt). The empty `it` has an adjective or
    noun of judgement before the infinitive: `It is hard to know …`, `It is a mistake to
    think …`."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _DOER_ADJECTIVES for c in verb.children
    )
