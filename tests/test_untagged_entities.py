"""Guards that read the entity recogniser's labels (a date, a place, a people), on the
default pipeline, which runs without it and marks only people (:mod:`quotes.names`):
each guard reads the same thing from the words as well (days and months, years, the
nations and peoples of ``nationalities.txt``, a phrase a preposition opens); and a
guard that read `no entity` where it meant `no person`, wrong on the door where the
recogniser runs (the spaCy component in a full pipeline). Sentences written for these
tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import quotes
from quotes.installed import default_model
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day set off after the described source of a closing `according to` is when,
        # no name of the source (rule not-a-source-name)
        (
            "The strike closed 40 schools, according to the union, Tuesday.",
            [Q("indirect", "The strike closed 40 schools", "the union", "the union",
               "according", "according-to")],
        ),
        # a nation's name set off after the source of an opening `according to` is the
        # subject of the reported clause, no name of the ministry
        (
            "According to the ministry, Norway, the biggest producer, caught two million "
            "tonnes.",
            [Q("indirect", "Norway, the biggest producer, caught two million tonnes",
               "the ministry", "the ministry", "According", "according-to")],
        ),
    ],
)
def test_a_day_or_a_nation_is_no_name_of_an_according_to_source(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place a sentence's opening preposition puts it in is no name of the body
        # described after the comma (rule place-phrase-no-body)
        (
            "In Galway, the ferry company, which runs three boats, said the fares would "
            "rise.",
            [Q("indirect", "the fares would rise", "the ferry company", "the ferry company",
               "said", "reported")],
        ),
        # … also where the tagger read the opening preposition as a name's word
        (
            "Across Ireland, the ferry company, which runs three boats, said fares would "
            "rise.",
            [Q("indirect", "fares would rise", "the ferry company", "the ferry company",
               "said", "reported")],
        ),
        # … and before a description set off after the noun
        (
            'In Cork, the band, a five-piece from the city, said: "We are back."',
            [Q("direct", "We are back.", "the band", "the band", "said", "dep")],
        ),
    ],
)
def test_a_place_phrase_before_a_description_names_no_body(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year after a source's noun says when (rule when-not-source)
        (
            "A spokeswoman in 2019 said the plant was safe.",
            [Q("indirect", "the plant was safe", "a spokeswoman", "A spokeswoman", "said",
               "reported")],
        ),
        # a month after a preposition of time
        (
            "The embassy in January said the visas had been issued.",
            [Q("indirect", "the visas had been issued", "the embassy", "The embassy", "said",
               "reported")],
        ),
        # a month with its day's number, after it or before it
        (
            "A spokesman on March 3 said the road would reopen.",
            [Q("indirect", "the road would reopen", "a spokesman", "A spokesman", "said",
               "reported")],
        ),
        (
            "A spokesman on 3 March said the road would reopen.",
            [Q("indirect", "the road would reopen", "a spokesman", "A spokesman", "said",
               "reported")],
        ),
    ],
)
def test_a_date_after_a_source_is_no_part_of_its_description(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text), expected)


@pytest.fixture(scope="module")
def ner_pipeline() -> Language:
    """The default model whole, its entity recogniser included, with the `quotes`
    component for every attribution: the door on which the recogniser's labels are set."""
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes", config={"scope": "all"})
    return nlp


@pytest.mark.parametrize(
    "text",
    [
        # a time that `saw` something is its setting, no one who saw it, whether or not
        # the entity recogniser labelled it a date
        "The decade saw prices double.",
        "The week saw three ministers resign.",
    ],
)
def test_a_dated_setting_that_saw_is_no_source_with_the_entity_recogniser(
    ner_pipeline: Language, text: str
) -> None:
    assert "ner" in ner_pipeline.pipe_names
    assert ner_pipeline(text)._.quotes == []
    assert quotes.extract(text, scope="all") == []
