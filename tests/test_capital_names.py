"""Rule capitals-name (quotes/capital_names.py): a speaker's name printed all in capitals
is written as a reader writes it, an acronym left as it is (names of our own)."""

from __future__ import annotations

import pytest

from quotes.capital_names import cased_name


@pytest.mark.parametrize(
    "name, text, expected",
    [
        # the text names the person nowhere else: a name's case, from its given name
        ("GWEN ROWLANDS", "GWEN ROWLANDS: We cannot keep the library open.", "Gwen Rowlands"),
        # the text writes the name in ordinary case elsewhere: as written there
        ("NORA MCDONALD", "NORA MCDONALD: No.\nNora McDonald chairs the board.", "Nora McDonald"),
        # … but not in lower case, which is no name's spelling
        ("BBC", "BBC: We stand by the report. Ask the bbc press office.", "BBC"),
        # hyphened parts, an apostrophe's prefix, particles, a suffix and a numeral
        ("JEAN-PAUL OKONJO-BELL", "", "Jean-Paul Okonjo-Bell"),
        ("SEAN O'BRIEN", "", "Sean O'Brien"),
        ("ANA VAN DER BERG", "", "Ana van der Berg"),
        ("TOM BRECK JR.", "", "Tom Breck Jr."),
        ("JOHN HALE III", "", "John Hale III"),
        # initials open a person's name
        ("J. R. HALE", "", "J. R. Hale"),
        # an acronym, and one word alone (a surname, a given name or letters: `ISIS`)
        ("NASA", "NASA: The launch slips.", "NASA"),
        ("MORRIS", "MORRIS: The routes are not final.", "MORRIS"),
        # a name not in capitals is left as it is
        ("Gwen ROWLANDS", "", "Gwen ROWLANDS"),
    ],
)
def test_cased_name(name: str, text: str, expected: str) -> None:
    assert cased_name(name, text) == expected
