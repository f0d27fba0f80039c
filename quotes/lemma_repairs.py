"""Lemmas the small English models get wrong, and phrasal verbs whose meaning lives in
their particle, mended before any cue is matched.

A cue matches by lemma, so a wrong lemma (`hoped` → `hop`) or a phrasal verb that
reports speech only with its particle (`shot back` → `retort`, `put it to` someone
that …) would hide it. :func:`repair_lemmas` runs once per doc, first thing in
:class:`quotes.matchers.SpeakerMatcher`, before the tag and parse repairs of
:mod:`quotes.parse_repairs`; kept apart from them because it reads word lists, not the
parse's misreadings.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.language import table

#: Words the small English models lemmatise wrongly, with the right lemma: the rules
#: strip `-ing`/`-ed`/`-s` from `hoping`, `hoped` and `hopes` to `hop`, and `retweeted`,
#: `retweeting` to `retweete`.
LEMMA_REPAIRS = dict(table("lemma-repairs"))


#: Phrasal verbs that report speech only with their particle, and the cue each means:
#: (`shoot`, `back`) → `retort`.
PHRASAL_CUES = {(verb, particle): cue for verb, particle, cue, *_ in table("phrasal-cues")}
#: The object that stands between such a verb and its particle, when one must: (`put`,
#: `to`) → `it` (`put it to him that …`).
PHRASAL_OBJECTS = {
    (verb, particle): rest[0] for verb, particle, _, *rest in table("phrasal-cues") if rest
}
#: The verbs of :data:`PHRASAL_CUES`, which a sentence must be parsed for.
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_CUES)


def repair_lemmas(doc: Doc) -> None:
    """Set the right lemma on the words of :data:`LEMMA_REPAIRS`, and the cue's lemma on
    a phrasal verb of :data:`PHRASAL_CUES`, so cues match by lemma."""
    for i in token_indices(doc, "LOWER", frozenset(LEMMA_REPAIRS)):
        doc[i].lemma_ = LEMMA_REPAIRS[doc[i].lower_]
    for i in token_indices(doc, "LEMMA", PHRASAL_VERBS):
        phrasal_cue(doc[i])


def phrasal_cue(verb: Token) -> None:
    """`The mayor shot back that no library had closed`: a verb with its particle right
    after it (`shot back`, `hit back`) that reports a clause or a quotation takes the
    lemma of the one-word cue it means (`retort`); the verb alone (`shot the
    messenger`) or with nothing reported (`The visitors hit back within minutes`) is
    kept."""
    doc = verb.doc
    noun_read = _verb_read_as_noun(verb)
    if (verb.pos_ != "VERB" and not noun_read) or verb.i + 1 >= len(doc):
        return
    if PHRASAL_OBJECTS.get((verb.lemma_.lower(), "to")) == "it":
        if put_it_to(verb) is not None:
            verb.lemma_ = PHRASAL_CUES[(verb.lemma_.lower(), "to")]
        return
    particle = doc[verb.i + 1]
    cue = PHRASAL_CUES.get((verb.lemma_.lower(), particle.lower_))
    if (
        cue is not None
        and particle.head.i == verb.i
        and (particle.dep_ in ("prt", "advmod") or _bare_preposition(particle))
        # what it reports: a clause (`shot back that …`) or a quotation in its sentence
        and (
            any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
            or any(t.is_quote for t in verb.sent)
        )
    ):
        verb.lemma_ = cue
        if noun_read:
            verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.tag_ == "NNS" else "VBD"


def _bare_preposition(particle: Token) -> bool:
    """Rule phrasal-particle-as-preposition: `Ana Ruiz cut in: "…"` may be parsed with
    `in` a preposition of the verb that has no object, which is the particle all the
    same (`cut in half` has one: no particle)."""
    return particle.dep_ == "prep" and not any(particle.children)


def _verb_read_as_noun(verb: Token) -> bool:
    """Rule phrasal-read-as-noun: `As he spoke, MK Ruth Tzadok-Levin cut in: "…"`: the
    tagger may read the verb of a phrasal cue after a name as a noun, which the parse
    still gives a subject; a noun with a subject of its own is the verb."""
    return verb.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in verb.children)


def put_it_to(verb: Token) -> Token | None:
    """Rule put-to: `put it to` someone, then a `that`-clause, states the clause to them,
    as counsel does to a witness (`Ms Lind put it to him that he had lied`, `The
    barrister put it to the witness that …`): the verb, its object `it` right after it,
    `to` with an object, and a clause opened by `that` hung on `it`, the verb or the one
    it is put to (the shape only: :func:`phrasal_cue` reads the verb from
    :data:`PHRASAL_OBJECTS`). The clause's head, or None; none for the idiom of phrasing
    (`as she put it to me`, `put it to me plainly: "…"`)."""
    doc = verb.doc
    if verb.i + 3 >= len(doc):
        return None
    it, to = doc[verb.i + 1], doc[verb.i + 2]
    if it.lower_ != "it" or it.head.i != verb.i or to.lower_ != "to" or to.head.i != verb.i:
        return None
    hosts = [it, verb, *(c for c in to.children if c.dep_ == "pobj")]
    return next(
        (
            c
            for host in hosts
            for c in host.children
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > to.i and c.left_edge.lower_ == "that"
        ),
        None,
    )
