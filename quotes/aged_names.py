"""Rule aged-name: a name the entity recogniser missed, found by the age set off after it.

A report names a person it meets once with their age between commas (`Letchumi, 46, has
plucked tea here since she was 15`, `Sumiati, 54, a batik seller, spoke in Javanese`);
a place, a body or a date takes no age so. A name of the kind the recogniser's lists do
not know (one word, a name of a language it was not built on) is then a person's all the
same, whom a `she` after it stands for. :class:`quotes.person_index.PersonIndex` adds the
people these runs name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.cue_words import token_indices
from quotes.descriptions import age_between_commas
from quotes.nationalities import is_nation_name

#: The longest name read before an age (`Mwende Kioko Musyoka`).
_LONGEST = 4


def aged_names(doc: Doc) -> list[Span]:
    """The runs of capitalised words no entity holds that stand right before an age set
    off by commas (:func:`~quotes.descriptions.age_between_commas`): `Letchumi` in
    `Letchumi, 46, has plucked …`; not a run that opens with a word the tagger made no
    proper noun, nor a country's name."""
    runs = []
    for comma in token_indices(doc, "LOWER", frozenset({","})):
        if comma == 0 or age_between_commas(doc, comma) is None:
            continue
        start = comma
        while (
            start > max(0, comma - _LONGEST)
            and doc[start - 1].is_alpha
            and doc[start - 1].is_title
            and doc[start - 1].pos_ == "PROPN"
            and not doc[start - 1].ent_type_
        ):
            start -= 1
        if start < comma and not is_nation_name(doc[start:comma].text):
            runs.append(doc[start:comma])
    return runs
