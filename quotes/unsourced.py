"""Cues whose statement the text gives no source for.

`The bill is expected to pass`, `The race seems close`, `The FBI is reportedly preparing
…`, `It is important to note that …`: a view or a report with no one holding it. The
attributor keeps these as statements without a speaker (or drops them, by scope) rather
than give them the nearest name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import HEARSAY_CUES, IMPRESSION_CUES, token_indices
from quotes.deps import SUBJECT
from quotes.governing import addressed_participle, under_empty_it
from quotes.language import table, word_list
from quotes.matchers import CueSpeaker

#: What an impression verb needs to be one: `seems to win`, `seemed close`, `appeared a
#: winner` (not `She appeared on television`).
_COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "ccomp", "attr"})
#: Cues of perception: their passive reports a view only with `as` or a complement.
_PERCEIVED = word_list("perception-cues")
#: Cues whose passive subject is a thing made public or found, not a view of it.
_RELEASED = word_list("released-cues")
#: Cues whose passive with a preposition says what is certain for its subject (`is
#: assured of a majority`), each with that preposition.
_CERTAIN_PASSIVES = frozenset(table("certainty-passives"))


def unsourced_cues(
    doc: Doc, lemmas: frozenset[str], sourced: dict[int, CueSpeaker]
) -> list[int]:
    """The cues whose statement the text gives no source for: a passive cue without an
    agent (`The bill is expected to pass`, `He was seen as a moderate`), an impression
    with its complement (`The race seems close`, `She appeared ready to run`), hearsay
    (`The FBI is reportedly preparing to interview her`), a cue under an empty `it`
    (`It is important to note that …`) and a passive participle that says what someone
    was asked (`Asked about the plan, she …`).

    Not the passive of a verb whose object is a thing made public rather than a view of
    it (`The report was released`, `The poll can be found here`), nor a sighting (`The
    actor was seen in Paris`, but `He was seen as a moderate`)."""
    found = []
    candidates = token_indices(doc, "LEMMA", lemmas | IMPRESSION_CUES) + token_indices(
        doc, "LOWER", HEARSAY_CUES
    )
    for token in (doc[i] for i in sorted(candidates)):
        if token.i in sourced or token.pos_ not in ("VERB", "AUX", "ADV"):
            continue
        lemma = token.lemma_.lower()
        deps = {c.dep_ for c in token.children}
        passive = (
            lemma in lemmas
            and lemma not in _RELEASED
            and "nsubjpass" in deps
            and "agent" not in deps
            and (lemma not in _PERCEIVED or _judged(token))
            and not _certain(token)
        )
        impression = lemma in IMPRESSION_CUES and (
            ("nsubj" in deps and _complemented(token))
            or impression_auxiliary(token)
            or _shares_subject(token)
        )
        if _speaks_through(token, sourced):
            continue
        hearsay = token.lower_ in HEARSAY_CUES and token.head.pos_ in ("VERB", "AUX")
        empty = lemma in lemmas and under_empty_it(token)
        addressed = lemma in lemmas and lemma not in _RELEASED and addressed_participle(token)
        if passive or impression or hearsay or empty or addressed:
            found.append(token.i)
    return found


def _complemented(verb: Token) -> bool:
    """Rule impression-complement: whether an impression verb has after it what it says
    of its subject (`seems close`, `appeared ready to run`, `seemed a winner`), or a clause
    that a subordinator (`seems as if …`) or an empty `it` (`It seems the talks failed`)
    makes its complement.

    Shape it leaves out: a clause before the verb (`The mayor endorsed her – they appeared
    together on the trail`) or one the parser hung on it with nothing to join them
    (`Posts appear in search results and advertisers can buy ads there`): such a verb says
    where its subject showed up, not how it seemed, and no one holds a view.
    """
    empty = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    return any(
        c.dep_ in _COMPLEMENTS
        and (c.dep_ != "ccomp" or empty or any(m.dep_ == "mark" for m in c.children))
        for c in verb.rights
    )


def _speaks_through(token: Token, sourced: dict[int, CueSpeaker]) -> bool:
    """Whether what an impression or a hearsay word qualifies is a cue of its own with a
    speaker, whose statement it is: `Rubio seemed to urge …`, `Trump reportedly said …`
    (but `She is expected to argue …` is a view of what she will say)."""
    if token.pos_ == "ADV":
        return token.head.i in sourced
    if impression_auxiliary(token):
        return token.head.i in sourced
    return token.lemma_.lower() in IMPRESSION_CUES and any(
        c.dep_ == "xcomp" and c.i in sourced for c in token.children
    )


def _certain(verb: Token) -> bool:
    """Rule certainty-passive: whether a passive cue says what is certain for its subject
    rather than what someone told it (`Ruiz is assured of at least 40 seats`;
    lang/en/certainty-passives.txt): no one holds a view there, so no row. `Ruiz was
    assured by aides that …` has its agent and is left to the sourced rules."""
    lemma = verb.lemma_.lower()
    return any(
        c.dep_ == "prep" and (lemma, c.lower_) in _CERTAIN_PASSIVES for c in verb.children
    )


def _judged(verb: Token) -> bool:
    """Whether a verb says what its object is taken for: `seen as a moderate`, `seen to
    falter`, `thought a risk`."""
    return any(
        c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def impression_auxiliary(token: Token) -> bool:
    """Whether an impression verb is parsed as the auxiliary of the participle it says of
    its subject: `The ferry plan appeared set to fail`, `The growers appeared bound for a
    long dispute` (the parser hangs the subject on `set`, `bound`)."""
    head = token.head
    return (
        token.lemma_.lower() in IMPRESSION_CUES
        and token.dep_ in ("aux", "auxpass")
        and head.tag_ == "VBN"
        and head.i > token.i
        and auxiliary_subject(token) is not None
    )


def _shares_subject(token: Token) -> bool:
    """Whether an impression verb with a complement and no subject of its own is joined
    to a verb that has one: `He sounded tired and seemed to take heart from the poll`."""
    deps = {c.dep_ for c in token.children}
    return (
        token.dep_ == "conj"
        and not any(d.startswith("nsubj") for d in deps)
        and bool(deps & _COMPLEMENTS)
        and any(c.dep_.startswith("nsubj") for c in token.head.children)
    )


def auxiliary_subject(token: Token) -> Token | None:
    """The subject before an auxiliary, on its participle or (as a repair of the parse
    may leave it) on the auxiliary itself."""
    return next(
        (
            c
            for c in (*token.head.children, *token.children)
            if c.dep_ in SUBJECT and c.i < token.i
        ),
        None,
    )
