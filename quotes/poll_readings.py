"""Where a poll puts someone: `A new poll puts the mayor at 40 percent`.

A poll that is the subject of `put`, `have` or `give` (poll-verdicts.txt) with the one it
names and where they stand after the verb reports that standing, as `according to a
poll` reports its clause; PolNeAR attributes it to the poll. The verbs are cues only in
this shape, so the rule lives apart from the cue lexicon: `as she put it` and `has a
margin of error of four points` are no readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_words import POLL_NOUNS
from quotes.language import word_classes, word_list

#: The verbs a poll gives its reading with, and the class of the row each makes.
POLL_VERDICTS = word_classes("poll-verdicts")
#: Words that say where the poll puts the one it names: `at`, `ahead`, `behind`.
_STANDINGS = word_list("poll-standings")
#: How the parts of a reading hang on the verb: whom it names, where they stand.
_PARTS = frozenset({"dative", "dobj", "ccomp", "prep", "advmod", "npadvmod"})


def poll_subject(verb: Token) -> Token | None:
    """The poll that is a verb's subject (`A new poll puts …`, `The polls have …`)."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and (c.lower_ in POLL_NOUNS or c.lemma_.lower() in POLL_NOUNS)
        ),
        None,
    )


def poll_reading(verb: Token) -> list[Token]:
    """Rule poll-verdict: the one a poll names and where it puts them, after a verb of
    poll-verdicts.txt whose subject is a poll; empty when the verb says no such thing.

    Shape: `<poll> put|have|give <someone> <standing>`, the standing an `at` phrase or
    `ahead` (`The latest survey puts the mayor at 40 percent` reads `the mayor at 40
    percent`), a clause of its own (`The Harbour poll has Okafor leading Mensah by six
    points`) or a second object (`The Gazette poll gave Okafor a ten-point lead`); not
    one object alone (`The poll has a margin of error of four points`).
    """
    if verb.lemma_.lower() not in POLL_VERDICTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if poll_subject(verb) is None:
        return []
    parts: list[Token] = []
    for child in verb.rights:
        if child.dep_ not in _PARTS or (parts and child.left_edge.i != parts[-1].right_edge.i + 1):
            break
        parts.append(child)
    if not parts or parts[0].dep_ not in ("dative", "dobj", "ccomp"):
        return []
    deps = [p.dep_ for p in parts]
    named = next((p for p in parts if p.dep_ == "dobj"), None)
    standing = any(p.lower_ in _STANDINGS and p.dep_ in ("prep", "advmod") for p in parts) or (
        named is not None and any(c.lower_ in _STANDINGS for c in named.rights)
    )
    clause = any(
        p.dep_ == "ccomp" and p.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in p.children)
        for p in parts
    )
    if not (clause or ("dative" in deps and named is not None) or (named is not None and standing)):
        return []
    return list(verb.doc[parts[0].left_edge.i : parts[-1].right_edge.i + 1])
