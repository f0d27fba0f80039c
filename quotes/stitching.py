"""The parsed runs of a text and its whole ``Doc`` (for :mod:`quotes.selective`).

Selective parsing parses each run of picked sentences (:mod:`quotes.picking`) as a
``Doc`` of its own (:func:`run_docs`), then copies the runs' annotations back into the
whole text's ``Doc`` at the same token indices (:func:`stitch`), so tokens, offsets and
records are the whole text's. What the speaker resolver needs from the tokens no parse
reached — which proper names are people, where sentences start and who is a sentence's
subject (a pronoun's nearest antecedent) — comes from token rules
(:func:`_mark_unparsed`), and :mod:`quotes.names` finds the people among those names as
it does in parsed text.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

from quotes.language import word_list
from quotes.name_keys import POSSESSIVE_ENDINGS
from quotes.normalise import HYPHENS

#: The annotations the parsed runs give the whole text's ``Doc``.
_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
#: Words tagged as determiners where no parse ran (`name_tokens` drops them from names).
_DETERMINERS = word_list("determiners")


def run_docs(doc: Doc, spans: list[tuple[int, int]], words: list[str]) -> list[Doc]:
    """A new tokenised ``Doc`` of each run of tokens `spans` of `doc` (whose forms are
    `words`), with the tokens' forms, spaces and norms (all a tokenizer sets) and no
    sentence starts, so the parser splits it as it splits the whole text (only line
    breaks preset, by `paragraph_breaks`). Not ``Span.as_doc``: that reads every
    annotation of the whole doc once per run (the square of the text's length) and
    averages the runs' vectors."""
    if not spans:
        return []
    spaces = doc.to_array(SPACY).astype(bool).tolist()
    norms = doc.to_array([NORM])
    parts = []
    for start, end in spans:
        part = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
        part.from_array([NORM], norms[start:end])
        parts.append(part)
    return parts


def stitch(doc: Doc, parsed: list[tuple[int, Doc]], starts: np.ndarray) -> None:
    """Copy the annotations of each parsed run (starting at its token index) into `doc`;
    the tokens between runs get the cheap marks of :func:`_mark_unparsed` and keep the
    sentence starts of the rules (`starts`)."""
    array = np.zeros((len(doc), len(_COPIED)), dtype=np.uint64)
    covered = np.zeros(len(doc), dtype=bool)
    for start, part in parsed:
        array[start : start + len(part)] = part.to_array(_COPIED)
        covered[start : start + len(part)] = True
    _mark_unparsed(doc, array, covered, starts)
    doc.from_array(_COPIED, array)
    # the parse sets the sentence starts of its runs only; elsewhere the rules' stand
    sent_starts = doc.to_array(SENT_START)
    sent_starts[~covered] = starts[~covered]
    doc.from_array([SENT_START], sent_starts)


#: Column indices in the copied arrays.
_POS_COL, _TAG_COL, _DEP_COL, _HEAD_COL = (_COPIED.index(a) for a in (POS, TAG, DEP, HEAD))


def _mark_unparsed(doc: Doc, array: np.ndarray, covered: np.ndarray, starts: np.ndarray) -> None:
    """Cheap tags for the tokens no parse reached, enough to find names of people and who
    a pronoun may point to: a capitalised word is a proper noun unless it is a stop word
    (`The`, `But`, `I`), `'s` after one a possessive, `the`/`a`/`an` a determiner,
    punctuation and spaces as such; a run of proper nouns is one name, headed by its
    last word as the parser has it (`Dunmore District Council`, `St Columba's
    Hospital`, and over a hyphen inside a name, `Baek Sung-ho`), and the name that opens
    a sentence is its subject (`Jeb Bush compared the two.`)."""
    strings = doc.vocab.strings
    propn, det, punct, space = (strings.add(p) for p in ("PROPN", "DET", "PUNCT", "SPACE"))
    possessive = strings.add("POS")
    names: list[list[int]] = []  # runs of consecutive proper nouns
    glued = -1  # the word a name's hyphen joins to the name (`ho` in `Baek Sung-ho`)
    for i in np.flatnonzero(~covered).tolist():
        token = doc[i]
        text = token.text
        if i == glued and token.is_alpha:
            array[i, _POS_COL] = propn
            names[-1].append(i)
        elif _name_hyphen(doc, i, covered) and names and names[-1][-1] == i - 1:
            array[i, _POS_COL] = punct
            names[-1].append(i)
            glued = i + 1
        elif token.is_space:
            array[i, _POS_COL] = space
        elif token.is_punct:
            array[i, _POS_COL] = punct
        elif token.lower_ in _DETERMINERS:
            array[i, _POS_COL] = det
        elif text[:1].isupper() and not token.is_stop:
            array[i, _POS_COL] = propn
            if names and names[-1][-1] == i - 1:
                names[-1].append(i)
            else:
                names.append([i])
        elif text in POSSESSIVE_ENDINGS and i and array[i - 1, _POS_COL] == propn:
            array[i, _TAG_COL] = possessive
            if _is_name(doc, i + 1, covered) and names and names[-1][-1] == i - 1:
                names[-1].append(i)  # `St Columba's Hospital` is one name
    compound, subject = strings.add("compound"), strings.add("nsubj")
    for name in names:
        head = name[-1]
        for i in name[:-1]:
            array[i, _HEAD_COL] = head - i
            array[i, _DEP_COL] = compound
        if starts[name[0]] == 1:
            array[head, _DEP_COL] = subject


def _name_hyphen(doc: Doc, i: int, covered: np.ndarray) -> bool:
    """Rule hyphen-in-unparsed-name: whether token `i` is a hyphen inside a name, glued
    to a capitalised word before it and to a word after it (`Baek Sung-ho`, `Rhodri
    Lloyd-Vaughan`), both unparsed: the name goes on over it, so its last word, not the
    one before the hyphen, heads it and is a sentence-opening name's subject (`Transport
    Minister Baek Sung-ho rose and bowed.` ¶ `He then said: …` is his)."""
    return (
        doc[i].text in HYPHENS
        and 0 < i < len(doc) - 1
        and not covered[i - 1]
        and not covered[i + 1]
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].is_alpha
    )


def _is_name(doc: Doc, i: int, covered: np.ndarray) -> bool:
    """Whether token `i` exists, is unparsed and gets the proper-noun tag of
    :func:`_mark_unparsed`."""
    return (
        i < len(doc) and not covered[i] and doc[i].text[:1].isupper() and not doc[i].is_stop
    )
