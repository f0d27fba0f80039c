"""A person's whole name, and the right person, for names the lists do not know
(sentences written for these tests): the name someone goes by (`known as`), a
Mauritanian `Ould`, a first word no given-name list holds, and a given name whose gender
the text's own pronouns overrule."""

from __future__ import annotations

import pytest

import quotes


def speaker_of(text: str, fragment: str) -> str | None:
    """The resolved speaker of the quote whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text, scope="all") if fragment in text[q.start : q.end]]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text, scope='all')}"
    return found[0].speaker


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # rule known-as-name: the name a person went by, with words between `known` and
        # `as`, is that person's
        (
            "Bernardo Soares Amaral, known during the occupation as Lafaek Mutin, came home "
            'in April. "The hills still remember us," Lafaek Mutin said.',
            "hills still remember",
            "Bernardo Soares Amaral",
        ),
        # `better known as`
        (
            "The former wrestler Tomasz Jan Wierzbicki, better known as Iron Tomek, opened a "
            'gym in the old depot. "Kids need somewhere warm to go," Iron Tomek said.',
            "somewhere warm",
            "Tomasz Jan Wierzbicki",
        ),
        # the name in brackets
        (
            "Gulnara Aidarovna Bekova (known as Apai) has sold bread on the corner since "
            '1994. "Flour costs twice what it did," Apai said.',
            "Flour costs",
            "Gulnara Aidarovna Bekova",
        ),
        # `nicknamed`, the name right after it
        (
            "Groundsman Emeka Obinna Chukwu, nicknamed Big Mek, rolled the pitch at dawn. "
            '"It will take spin by the second day," Big Mek said.',
            "take spin",
            "Emeka Obinna Chukwu",
        ),
    ],
)
def test_the_whole_name_of_the_right_person(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected
