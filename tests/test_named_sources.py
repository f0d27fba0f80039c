"""Direct quotes whose source the words around the marks name in a set shape, not a
speech verb's parse (issue 16, PolNeAR's direct quotes): `as X put it`, a name after the
closing mark that the tagger misread, a display named before the participle that gives its
words; one case per phenomenon.

The sentences are written for these tests. Each case checks the rows the engine gives
in scope `all`: type, exact content and offsets, resolved speaker, mention, cue and the
rule that made the row.
"""

from __future__ import annotations

import pytest
import spacy
from rows import Q, check
from spacy.tokens import Doc

import quotes
from quotes.source_shapes import as_put_it

CASES = [
    # as-put-it: words of the `put` clause between `it` and the comma opening the quote
    (
        "As the festival director, Ines Marlow, put it in her letter to volunteers "
        'thanking them for the season, "Nobody here works for the applause." The letter '
        "went out on Monday.",
        [
            Q("indirect", "them for the season", "volunteers", "volunteers", "thanking",
              "reported-object"),
            Q("direct", "Nobody here works for the applause.", "Ines Marlow",
              "the festival director", "put", "as-put-it"),
        ],
    ),
    # … and a colon after a short clause of its own
    (
        'As Ruiz put it at the hearing: "We cannot dredge a harbour with promises."',
        [Q("direct", "We cannot dredge a harbour with promises.", "Ruiz", "Ruiz", "put",
           "as-put-it")],
    ),
    # words-of: `in X's words,` right before the mark names whose words the quote is
    (
        'Mayor Ana Ruiz wants to close the pier because, in her words, "it is a danger '
        'to swimmers."',
        [
            Q("indirect", "to close the pier", "Ana Ruiz", "Ana Ruiz", "wants", "reported"),
            Q("direct", "it is a danger to swimmers.", "Ana Ruiz", "her", "words", "words-of"),
        ],
    ),
    # … and the object of its `of`: `in the words of X,`
    (
        'Ferry crews are worried. In the words of one captain, "The sea decides who sails."',
        [Q("direct", "The sea decides who sails.", "one captain", "one captain", "words",
           "words-of")],
    ),
    # name-alone: a surname after its cue that the tagger read as an adverb (`Skelly`)
    (
        '"Having access to the file is valuable," said Skelly.',
        [Q("direct", "Having access to the file is valuable,", "Skelly", "Skelly", "said",
           "near-after:verb-name")],
    ),
    # display-participle: the thing that carries the words, right before `saying`
    (
        'Outside the depot, Mara Quist held up a sign saying "No more cuts to the night bus."',
        [Q("direct", "No more cuts to the night bus.", "a sign", "a sign", "saying",
           "display-participle")],
    ),
    # … and a slogan in title case that the sentence goes on after is still its words
    (
        'The mayor wore a campaign hat reading, "Keep Dover Afloat" at the pier on Sunday.',
        [Q("direct", "Keep Dover Afloat", "campaign hat", "campaign hat", "reading",
           "display-participle")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_named_sources(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


def test_as_put_it_takes_a_subject_parsed_as_the_object_of_as() -> None:
    # `As Ana Ruiz, a judge, put it, "We won."` as the parser reads it after a long
    # apposition: `Ruiz` the object of `As`, `put` with no subject of its own
    words = ["As", "Ana", "Ruiz", ",", "a", "judge", ",", "put", "it", ",", '"', "We", "won",
             ".", '"']
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[7, 2, 0, 2, 5, 2, 2, 12, 7, 12, 12, 12, 12, 12, 12],
        deps=["mark", "compound", "pobj", "punct", "det", "appos", "punct", "advcl", "dobj",
              "punct", "punct", "nsubj", "ROOT", "punct", "punct"],
        pos=["SCONJ", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON",
             "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"],
        lemmas=["as", "Ana", "Ruiz", ",", "a", "judge", ",", "put", "it", ",", '"', "we",
                "win", ".", '"'],
    )
    link = as_put_it(doc[10:15])
    assert link is not None
    assert (link.cue.text, link.speaker.text, link.method) == ("put", "Ana Ruiz", "as-put-it")


def test_a_display_s_words_are_no_statement() -> None:
    # the default scope keeps statements: a sign's slogan is none (quotes.not_said)
    text = 'Outside the depot, Mara Quist held up a sign saying "No more cuts to the night bus."'
    assert quotes.extract(text) == []
