"""Rule nickname-in-brackets: a nickname of one word set in brackets after a person's
name, which the text then uses alone as the name, is that person's.

The Thai press gives a nickname in brackets after the full name (`Deputy Minister Wiroj
Saengsuwan (Tong) ordered …`) and may call the person by it later (`Tong said …`).
:meth:`quotes.person_index.PersonIndex._form_in_brackets` joins a name of two words or
more in brackets to the name before it (a name given in two languages) but not one
word, which is as often a party's, a ward's or a constituency's (`Cllr Jones (Bethel)`,
`Sammy Reed (DUP)`): one word is a nickname when the text writes it again, out of
brackets, as a person's name.
"""

from __future__ import annotations

from spacy.tokens import Span


def nickname_in_brackets(ent: Span) -> bool:
    """Whether `ent`, one word in title case in brackets, is written again later in the
    text out of brackets as a person's name (`Tong` in `Wiroj Saengsuwan (Tong)` …
    `Tong said`); not a ward or a party named only in brackets (`(Bethel)`)."""
    if len(ent) != 1 or not (ent[0].is_alpha and ent[0].is_title):
        return False
    doc = ent.doc
    return any(
        other.label_ == "PERSON"
        and other.start > ent.end
        and other.text == ent.text
        and not (other.start and doc[other.start - 1].text == "(")
        for other in doc.ents
    )
