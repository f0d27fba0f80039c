"""Rule family-first-run: a Vietnamese name keeps its family and middle names before a
word that is also an English given name.

:func:`quotes.proper_runs.proper_runs` opens a name at a listed given name inside a run
(`Historian Ruth Klein` is Ruth Klein). A Vietnamese name is written family name first,
then a middle name, the given name last (`Trần Thị Kim Oanh`), and its later words may
be English given names (`Kim`): the name then lost its first two words and printed `Kim
Oanh`. The run is one name from its first word when that word is a family name written
first (quotes/lang/en/family-names-first.txt) and the middle name after it is a
Vietnamese one (`Thị`, `Văn`), or the family name carries the marks of Vietnamese
spelling (`Trần`, `Lê`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.language import word_list
from quotes.name_keys import FAMILY_FIRST, fold

#: Vietnamese middle names (`Thị`, `Văn`).
_MIDDLE = word_list("vietnamese-middle-names")


def family_first_given(doc: Doc, start: int, i: int) -> bool:
    """Whether the listed given name at `i` is a later word of a Vietnamese name that
    opens at `start`, two or three words before it: `Kim` in `Trần Thị Kim Oanh`, not
    `Ruth` in `Historian Ruth Klein` nor `Anne` in `Park Anne Smith`."""
    if not 1 < i - start < 4:
        return False
    first, middle = doc[start], doc[start + 1]
    if fold(first.text) not in FAMILY_FIRST or not all(
        t.is_alpha and t.is_title for t in doc[start:i]
    ):
        return False
    return middle.lower_ in _MIDDLE or fold(first.text) != first.lower_
