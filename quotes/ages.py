"""The age a text gives a person: set off after the name (`Graham Whitlock, 61,`),
before it (`19-year-old Kai Hart`), opening a description set off after it (`Josep Serra,
a 47-year-old tax lawyer,`), and the age a description itself gives (`the 61-year-old`),
by which :mod:`quotes.described` links such a description to the one person of that age.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.articles import INDEFINITE
from quotes.descriptions import UNTAGGED_ROLE_NOUNS, may_be_role

#: `the 61-year-old`: the age it gives, at the end of the text before the head `old`.
_AGE = re.compile(r"(\d{1,3})[-‐‑ ]years?[-‐‑ ]old$")


def age_of(ent: Span) -> str | None:
    """The age set off after a name: `61` in `Graham Whitlock, 61, admitted …`; not a
    number that opens a partitive (`the Examinations Board, one of three boards`) nor one
    too large for an age (:func:`_past_oldest`: a tally's votes); else,
    read from the words (the parse may hang the number on a noun before the name, or the
    sentence be left unparsed), a number of years between commas (`Her best player, Kai
    Hart, 17, scored twice.`)."""
    doc = ent.doc
    for child in ent.root.rights:
        if (
            child.like_num
            and child.i == ent.end + 1
            and doc[ent.end].text == ","
            and not (child.i + 1 < len(doc) and doc[child.i + 1].lower_ == "of")
            and not _past_oldest(child)
        ):
            return child.text
    return (
        age_between_commas(doc, ent.end)
        or _age_after_brackets(ent)
        or _age_before(ent)
        or _age_in_apposition(ent)
    )


#: The oldest age a number set off after a name is read as.
_OLDEST = 120


def _past_oldest(number: Token) -> bool:
    """Rule count-no-age: whether a number set off after a name is too large for an age
    in years (:data:`_OLDEST`), a count the text gives the person: the votes of a
    returning officer's tally (`Ana Ruiz, 540. Tom Hale, 388.`), not `Ana Ruiz, 54,`."""
    return number.is_digit and int(number.text) > _OLDEST


def age_between_commas(doc: Doc, at: int) -> str | None:
    """A number of years set off between commas at token `at` (`, 17,`); None else."""
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 2].text != ",":
        return None
    number = doc[at + 1]
    return number.text if number.is_digit and 0 < int(number.text) <= _OLDEST else None


def _age_before(ent: Span) -> str | None:
    """The age before a name: `19` in `19-year-old Kai Hart`, `61` in `the 61-year-old
    spice seller Mehmet Kaya`: the lower-case words between, if any, a role's
    (:func:`~quotes.descriptions.may_be_role`; not `The 47-year-old said Ben Carr would …`)."""
    doc = ent.doc
    i = ent.start - 1
    while (
        i > max(0, ent.start - 4)
        and doc[i].is_lower
        and doc[i].lower_ != "old"
        and may_be_role(doc[i])
        and (doc[i].pos_ or doc[i].lower_ in UNTAGGED_ROLE_NOUNS)
    ):
        i -= 1
    return described_age(doc[i]) if i >= 0 else None


#: How many words after its article an age opens a description set off after a name.
_APPOSITION_AGE_REACH = 6


def _age_in_apposition(ent: Span) -> str | None:
    """Rule age-in-apposition: the age that opens a description set off after a name,
    read from the words (`Josep Serra, a 47-year-old tax lawyer, said …`; `Kai Hart, an
    18-year-old from Leeds`): the first `N-year-old` after `, a` up to the next comma."""
    doc = ent.doc
    at = ent.end
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ not in INDEFINITE:
        return None
    for token in doc[at + 2 : min(len(doc), at + 2 + _APPOSITION_AGE_REACH)]:
        if token.text == ",":
            return None
        if token.lower_ == "old":
            return described_age(token)
    return None


def _age_after_brackets(ent: Span) -> str | None:
    """The age set off after a name and a short bracket after it, a nickname or a party
    (`Pimchanok Rattanakorn (Ploy), 41, who …`), which the parse does not hang on the
    name: a number between commas right after the closing bracket."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return None
    close = next(
        (t.i for t in doc[ent.end + 1 : min(len(doc), ent.end + 6)] if t.text == ")"), None
    )
    if close is None or close + 3 >= len(doc):
        return None
    return age_between_commas(doc, close + 1)


def described_age(head: Token) -> str | None:
    """The age a description gives: `61` for `the 61-year-old` (head `old`)."""
    if head.lower_ != "old":
        return None
    # The 16 characters before `old` (`the 61-year-old`), read from the few tokens there,
    # not from `doc.text`, which spaCy joins anew from every token on each call.
    near = head.doc[max(0, head.i - 8) : head.i + 1]
    at = head.idx - near.start_char
    match = _AGE.search(near.text[max(0, at - 16) : at + 3])
    return match.group(1) if match else None
