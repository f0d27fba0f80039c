"""The cue words of a language, and how the rules find them in a parse.

Which verbs, nouns, adjectives and light-verb phrases report what someone said or holds,
read from the language's data files (:mod:`quotes.language`), and the fast look-up of
their tokens in a doc that every later step uses (:func:`token_indices`). Kept apart from
the speaker patterns (:mod:`quotes.matchers`) because the reported-speech, scope and
selective-parse steps need the words without the patterns.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from quotes.child_patterns import positions_of, string_ids
from quotes.deps import SUBJECT_OR_EXPL
from quotes.doc_memo import lexical_ids
from quotes.language import table, word_classes, word_list
from quotes.verb_forms import is_finite

#: Cue lemmas whose content is their object phrase as well as a clause
#: (`X called the plan "a disaster"`).
OBJECT_CUES = word_list("object-cues")
#: Nouns that report what someone said or holds (`Russian claims that …`).
NOMINAL_CUES = frozenset(word_classes("nominal-cues"))
#: Prepositions that give a noun cue its source after it (`a warning by the agency`).
NOMINAL_SOURCES = word_list("nominal-sources")
#: Adjectives that, after `be`, report what their subject holds, says or means to do: `She
#: is confident that …`, `He was critical of the plan`, `They are eager to leave`.
ADJECTIVE_CUES = frozenset(word_classes("adjective-cues"))
#: Nouns for one who holds a stance, cues as the complement of `be`: `She is a vocal
#: supporter of the plan`, `He has long been a critic of the tunnel`.
STANCE_HOLDERS = frozenset(word_classes("stance-holder-nouns"))
#: Adjectives of certainty that, before an infinitive, forecast what befalls their
#: subject (`The bill is certain to pass`) rather than report a view it holds.
FORECAST_ADJECTIVES = word_list("forecast-adjectives")
#: Tags of the question words that make an infinitive a question (`sure how to vote`).
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})
#: Verbs that report an impression nobody in the text is said to hold: `X seems to …`.
IMPRESSION_CUES = frozenset(word_classes("impression-cues"))
#: Adverbs that mark a statement as hearsay with no source given: `X reportedly …`.
HEARSAY_CUES = frozenset(word_classes("hearsay-adverbs"))
#: Nouns for a poll, the source of the clause whose verb an `in` phrase of it is on: `In
#: a new poll, 40 percent of voters back the plan` (see :func:`in_poll`).
POLL_NOUNS = word_list("poll-nouns")
#: Verbs that are cues only with a finite clause after them (:func:`governs_clause`):
#: `accepted that the bridge was unsafe`, but not `accepted the offer`.
CLAUSE_CUES = frozenset(word_classes("clause-cues"))
#: Verbs that are cues only with a goal after them (:func:`presses_for`): `pushing the
#: council to reopen the pool`, `pushing for a recount`, but not `pushed the button`.
GOAL_CUES = frozenset(word_classes("goal-cues"))


#: Prepositions whose object is the source of the clause they are set into (`according
#: to X`, `…, per X`).
SOURCE_PREPS = word_list("source-prepositions")


def source_preposition(cue: Token) -> bool:
    """Whether a token is a preposition that gives the source of its clause: `according`
    (`According to police, …`), or `per` set off by a comma after the clause it sources,
    with a source for its object (`X-rays were negative, per a team source`, `…, per
    ESPN`, `…, per sources`), not a rate or a unit (`4 per cent`, `$12 per person`, `…,
    per year`). The phrase hangs on the clause's verb, or on any word of the clause
    when it closes the sentence (:func:`_closes_sentence`)."""
    if cue.lower_ not in SOURCE_PREPS:
        return False
    if cue.lower_ == "according":
        return True
    doc = cue.doc
    return (
        cue.dep_ == "prep"
        and cue.i > 0
        and doc[cue.i - 1].text == ","
        and cue.head.i < cue.i  # after its clause, not `A quarter, per the plan, is …`
        and (cue.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or _closes_sentence(cue))
        and any(
            c.dep_ == "pobj"
            and (
                c.pos_ == "PROPN"
                or c.tag_ == "NNS"
                or any(g.dep_ in ("det", "poss", "compound", "amod", "nummod") for g in c.children)
            )
            for c in cue.children
        )
    )


def _closes_sentence(prep: Token) -> bool:
    """Whether a prepositional phrase ends its sentence (only punctuation after it): a
    `per X` set off there sources the whole clause, whatever noun of it the parser hung
    the phrase on (`He is day-to-day with a lower-body injury, per the team`)."""
    after = prep.doc[prep.right_edge.i + 1 : prep.sent.end]
    return all(t.is_punct or t.is_space for t in after)


#: Tags of one poll: a common noun (`a new poll`), or the last word of a poll's name,
#: which the tagger reads as a proper noun (`a Gazette/Mori Poll`); not the plural
#: (`leads in the polls` tells where someone stands, not what one poll found).
_ONE_POLL_TAGS = frozenset({"NN", "NNP"})


def in_poll(cue: Token) -> bool:
    """Whether a token is the `in` of a poll on a clause's verb, which reports that
    clause as the poll's finding: `In a survey released Sunday, most voters backed the
    plan`, `The mayor took 6 percent in the latest poll`, `In a Gazette/Mori Poll last
    month, 38 percent of voters said …` (rule named-poll: a poll's name ends in its
    noun); not a poll in a noun's phrase (`78 percent of voters in a recent poll said …`:
    the voters said it)."""
    return (
        cue.lower_ == "in"
        and cue.dep_ == "prep"
        and cue.head.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ == "pobj" and c.lower_ in POLL_NOUNS and c.tag_ in _ONE_POLL_TAGS
            for c in cue.children
        )
    )


def presses_for(verb: Token) -> bool:
    """Rule goal-cue: whether a verb of :data:`GOAL_CUES` has the goal its subject presses
    for after it: an infinitive, after the one pressed or alone, or a `for` phrase.

    Shape: `<subject> push [<someone>] to <verb> …` or `<subject> push for <thing>`. `The
    union is pushing the council to reopen the pool`, `She pushed to reopen it`, `They
    have pushed for a recount`; not `pushed the button`, `pushed her into a corner` or
    `pushed the plan through` (what was done, not what was pressed for).
    """
    if verb.pos_ != "VERB":
        return False
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "for":
            return any(c.dep_ in ("pobj", "pcomp") for c in child.children)
        if child.dep_ == "xcomp" and any(c.tag_ == "TO" for c in child.lefts):
            return True
        if child.dep_ == "dobj" and any(
            c.dep_ in ("xcomp", "ccomp") and any(a.tag_ == "TO" for a in c.lefts)
            for c in [*verb.rights, *child.rights]
            if c.i > child.i
        ):
            return True
    return False


#: The attributes of a word itself, which no parse or repair changes: read once per doc.
_LEXICAL = frozenset({"ORTH", "LOWER"})


def token_indices(doc: Doc, attr: str, values: frozenset[str]) -> list[int]:
    """The indices of the tokens whose `attr` (`LEMMA`, `LOWER`) is one of `values`, read
    from the doc's arrays so that no token object is made for the others: a word's own
    form once per doc (:func:`~quotes.doc_memo.lexical_ids`), a lemma, tag or dependency
    afresh on each call, as the repairs change them."""
    array = lexical_ids(doc, attr) if attr in _LEXICAL else doc.to_array(attr)
    return positions_of(array, _hashes(values))


@lru_cache(maxsize=1024)
def _hashes(values: frozenset[str]) -> np.ndarray:
    """The string-store ids of `values`, as :func:`positions_of` looks them up. Some forty
    word sets are looked up for every doc, in turn, and a few one-word sets made from a
    doc (`frozenset({owner.text})`): a cache smaller than the sets asked for in turn
    keeps none of them (each word list was read anew on each call), so it holds many."""
    return string_ids(values)


@lru_cache(maxsize=4)
def cue_lemmas(lang: str = "en") -> frozenset[str]:
    """The reporting-cue lemmas of a language: the words of ``lang/<lang>/cues.txt``."""
    return frozenset(word_classes("cues", lang))


def governs_clause(verb: Token) -> bool:
    """Whether a verb governs a finite declarative clause after it: a clausal complement
    that opens with `that`, or has a subject of its own and a tensed verb (`accepted
    that the bridge was unsafe`, `assumed the vote had been moved`); not an object, an
    infinitive or a question (`accepted the offer`, `advised him to wait`, `heard her
    sing`, `determined whether it was safe`)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "ccomp" and c.i > verb.i and _declarative(c) for c in verb.children
    )


#: Words that open a yes-or-no question (`whether`, `if`): no statement.
_YES_NO = word_list("yes-no-question-words")


def _declarative(clause: Token) -> bool:
    """Whether a clausal complement is a finite statement: `that …`, or a subject and a
    tensed verb, not opening with a question word (`whether`, `how`, `what`)."""
    first = clause.left_edge
    if first.lower_ == "that" and first.dep_ == "mark":
        return True
    return (
        first.tag_ not in ("WDT", "WP", "WP$", "WRB")
        and first.lower_ not in _YES_NO
        and any(c.dep_ in SUBJECT_OR_EXPL for c in clause.children)
        and is_finite(clause)
    )


#: Light verbs that a word of theirs makes a cue, with those words: `made clear that …`,
#: `made the case that …`, `took aim at …`, `have doubts about …`, `gave a warning about …`.
LIGHT_CUES = {
    verb: frozenset(w for v, _, *words in table("light-verbs") if v == verb for w in words)
    for verb, *_ in table("light-verbs")
}


def light_word(verb: Token) -> Token | None:
    """The word that makes a light verb a cue: `clear` in `made clear that …`, `aim` in
    `took aim at …`; none for other verbs and other objects."""
    words = LIGHT_CUES.get(verb.lemma_.lower())
    if not words:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "ccomp", "oprd", "acomp") and c.lemma_.lower() in words
        ),
        None,
    )


def forecast(adjective: Token) -> bool:
    """Rule forecast-adjective: whether an adjective cue of certainty is followed by an
    infinitive that says what will befall its subject (`The levy is sure to anger
    farmers`, `The bill is certain to be passed`): the writer's forecast, no view of the
    subject's; the same adjective before a clause reports one (`She is sure that the
    levy will pass`), and so does one before a question (`not sure how to vote`)."""
    if adjective.lower_ not in FORECAST_ADJECTIVES:
        return False
    verbs = [
        c for c in (*adjective.children, *adjective.head.children) if c.dep_ == "xcomp"
    ]
    return any(
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.tag_ in _WH_TAGS for c in verb.children)
        for verb in verbs
    )
