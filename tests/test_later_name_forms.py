"""A person named later by a form of their name other than the full one: one part of a
hyphenated surname, a Korean given name whose hyphened second syllable is in lower case,
a police rank abbreviated before the surname. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.rows import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # One part of a hyphenated surname the person goes by (rule hyphen-part-surname).
        (
            '"The last hill was the worst," said Ruth Okafor-Lindqvist, a nurse from '
            "Penrith. Lindqvist, the name she has swum under since school, said the water "
            "had been colder than forecast.",
            "the water had been colder",
            "Ruth Okafor-Lindqvist",
        ),
        (
            "Tomás Herrera-Quispe, who chairs the growers' union, spoke first. Later Herrera "
            "said the price had halved since May.",
            "the price had halved",
            "Tomás Herrera-Quispe",
        ),
        # A Korean given name in Revised Romanization, its second syllable in lower case.
        (
            '"We will ration the water," Mayor Choi Seung-hyeok told reporters. The mayor '
            "said the tankers would arrive on Friday.",
            "the tankers would arrive",
            "Choi Seung-hyeok",
        ),
        # A South Asian police rank abbreviated before the surname.
        (
            "The district police chief, Superintendent Ramesh Kumar Bhattarai, visited the "
            'site. DSP Bhattarai said: "We have found four more bodies."',
            "We have found four",
            "Ramesh Kumar Bhattarai",
        ),
        (
            "Senior Superintendent Anil Kumar Verma led the search. SSP Verma said the "
            "driver had fled.",
            "the driver had fled",
            "Anil Kumar Verma",
        ),
    ],
)
def test_a_later_form_of_a_name_is_the_person_named_in_full(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected
