"""Subjects the parser hung on a phrase set before their cue, leaving the cue with none:
as that phrase's apposition (`In a statement to the Gazette, her adviser, Tom Hale,
said …`) or inside a long opener (`Speaking outside court, Sergeant Tom Reed, of the
road crime unit, said …`). Called from :func:`quotes.parse_repairs.repair_tags`; the
other subject repairs are listed in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from quotes.rehead import rehead, rehead_all
from quotes.subject_repairs import ANY_SUBJECT, FINITE_VERB


def subject_read_as_apposition(verb: Token) -> None:
    """`In a statement to the Gazette, her adviser, Tom Hale, said: "…"`: after a
    phrase set before the cue, the parser may hang the cue's subject, set off by commas,
    on that phrase's last noun as an apposition (the adviser is no Observer), leaving the
    cue with no subject. The apposition that runs from the phrase's comma to the comma
    right before the cue is its subject (`In an interview with the Guardian, the club's
    chairman, Tom Hale, said`)."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children
    ):
        return
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return
    for phrase in verb.lefts:
        if phrase.dep_ not in ("prep", "advcl"):
            continue
        for token in phrase.subtree:
            if (
                token.dep_ == "appos"
                and token.pos_ in ("NOUN", "PROPN")
                and doc[token.left_edge.i - 1].text == ","
                and token.right_edge.i == verb.i - 2
            ):
                rehead(token, verb, "nsubj")
                return


def subject_read_into_opener(verb: Token) -> None:
    """`Speaking outside court, Sergeant Tom Reed, of the road crime unit, said …`, `In a
    statement read to the court by Mr Hale, his widow, Ann Hale, said: …` and `Reviewing
    the book for the Ledger, the historian Dr Fiona Calloway wrote that …`, `When I rang
    the office, a woman there told me …`: after a long opener (a phrase that opens with a
    preposition, a participle or a subordinating word), the parser may hang
    the subject set off by a comma on the opener, or take the opener for the cue's
    clausal subject, leaving the cue with no subject of its own. The noun phrase right
    after the opener's comma is the cue's subject, and the phrases set off after it,
    up to the cue, are its appositions."""
    doc = verb.doc
    opener = verb.sent[0]
    if verb.tag_ not in FINITE_VERB or not (
        opener.pos_ in ("ADP", "SCONJ") or opener.tag_ in ("VBG", "VBN", "WRB")
    ):
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and subjects != [opener]:
        return  # a subject of its own, or one that is more than the opener
    commas = [t.i for t in doc[opener.i : verb.i] if t.text == ","]
    if not commas:
        return
    bounds = [*commas, verb.i] if commas[-1] < verb.i - 1 else commas
    segments = [doc[a + 1 : b] for a, b in pairwise(bounds)]
    roots = []
    for segment in segments:
        heads = [t for t in segment if not segment.start <= t.head.i < segment.end]
        if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX") for t in segment):
            return
        roots.append(heads[0])
    if not roots or roots[0].pos_ not in ("NOUN", "PROPN"):
        return
    if len(segments[0]) == 1 and doc[commas[0] - 1].pos_ == "PROPN":
        return  # `In Alexandria, Va., …`: a place's state, still the opener
    subject = roots[0]
    # refused when the cue hangs inside a phrase set off: no reading of ours to mend
    if rehead_all([(subject, verb, "nsubj"),
                   *((root, subject, "prep" if root.pos_ == "ADP" else "appos")
                     for root in roots[1:])]) and subjects:
        opener.dep_ = "advcl"
