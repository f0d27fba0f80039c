"""Speakers read off a few tokens around a cue rather than matched by a pattern.

A cue's active subject (`The council said`; a passive subject was asked, not asking),
the subject of a perfect the parser read as a passive (`he's said he will run`), and a
speaker the cue names right after itself between commas, whatever the parser hung it on
(`The verdict, said Ellis and others, would be welcome`, rule `inverted`).
:class:`quotes.matchers.SpeakerMatcher` reads them for a cue its patterns found no
speaker for; the rules of quotes around a cue (:mod:`quotes.direct_candidates`,
:mod:`quotes.source_shapes`) read a cue's active subject too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.language import word_list
from quotes.mentions import NOMINAL, entity_at

#: Words of a speaker named after its cue: `, said the agency's head,`.
_NAME_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "CCONJ", "ADP", "PART"})
#: Longest speaker (in words) that an inverted cue names between commas.
_INVERTED_NAME = 10


def inverted_speaker(cue: Token) -> Span | None:
    """The speaker a cue names right after itself between commas, whatever the parser
    hung it on: `The verdict, said Ellis and others, would be welcome` (where `Ellis` may
    be read as the subject of `be`)."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if _apposition_before(cue):
        # `The union's organiser, Ada Ode, said the operator, Greyline, had offered …`:
        # the cue's subject stands before it, the words after it open the clause (not
        # `And Trump, said Sunshine, doesn't forgive`)
        return None
    if _relative_before(cue):
        # `Ana Ruiz, who runs two centres, said staff shortages, not prices, were …`
        return None
    end = cue.i + 1
    while end < len(doc) and doc[end].text != "," and end - cue.i <= _INVERTED_NAME:
        end += 1
    name = doc[cue.i + 1 : end]
    if (
        end >= len(doc)
        or doc[end].text != ","
        or not name
        or name[0].pos_ not in ("PROPN", "NOUN", "DET")
        or any(t.pos_ not in _NAME_POS or t.is_sent_start for t in name)
        or any(c.dep_ in ("dobj", "dative", "prep") and c.i < end for c in cue.rights)
    ):
        return None
    return name


def _apposition_before(cue: Token) -> bool:
    """Whether a person's name set off by commas on both sides ends right before the
    comma before the cue, as the name of a described subject is: `The union's
    organiser, Ada Ode, said …`."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 2].ent_type_ != "PERSON":
        return False
    name = entity_at(doc[cue.i - 2])
    return name is not None and name.start > 0 and doc[name.start - 1].text == ","


def _relative_before(cue: Token) -> bool:
    """Rule subject-set-off-before: whether the cue's own subject stands before it with a
    relative clause or an apposition that ends at the comma before the cue (`Ana Ruiz,
    who runs two centres in Cham, said staff shortages, not prices, were the problem`):
    the words after the cue open what it reports, and a noun between commas there is
    the reported clause's subject, not the speaker (`The verdict, said Ellis, would …`
    has no such subject)."""
    subject = active_subject(cue)
    return (
        subject is not None
        and subject.right_edge.i in (cue.i - 2, cue.i - 1)
        and any(c.dep_ in ("relcl", "appos") for c in subject.children)
    )


def active_subject(verb: Token) -> Token | None:
    """The nominal active subject of a verb (a passive subject was asked, not asking)."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None)


#: The clipped `has` of a perfect (`he's said`).
_HAS_CLITICS = word_list("has-clitics")
#: Verbs whose infinitive is the subject's own aim or start, never a passive's (`want`).
_OWN_INFINITIVE_VERBS = word_list("own-infinitive-verbs")


def perfect_subject(verb: Token) -> Token | None:
    """The subject of a perfect the parser read as a passive: `he's said he will run`
    (`'s` is `has`), not `he's said to be ill`, a passive with its infinitive; but
    `he's wanted to hold the office` is a perfect with its infinitive all the same
    (:func:`_own_infinitive`)."""
    if (any(c.dep_ == "xcomp" for c in verb.children) and not _own_infinitive(verb)) or not any(
        c.dep_ == "auxpass" and c.lower_ in _HAS_CLITICS for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in NOMINAL), None)


# `a seat she's wanted to hold since school`, `He's decided to run`: no
# passive `was wanted to hold` is said, so the `'s` is `has` and the subject wants.
def _own_infinitive(verb: Token) -> bool:
    """Whether a participle with an infinitive is of a verb whose infinitive is its
    subject's own aim or start (own-infinitive-verbs.txt), which makes no passive with an
    infinitive: after `'s` it is a perfect, unlike `she's expected to run`."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _OWN_INFINITIVE_VERBS
