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

from spacy.tokens import Doc, Span

from quotes.doc_memo import memo


def nickname_in_brackets(ent: Span) -> bool:
    """Whether `ent`, one word in title case in brackets, is written again later in the
    text out of brackets as a person's name (`Tong` in `Wiroj Saengsuwan (Tong)` …
    `Tong said`); not a ward or a party named only in brackets (`(Bethel)`)."""
    if len(ent) != 1 or not (ent[0].is_alpha and ent[0].is_title):
        return False
    return _last_written_alone(ent.doc).get(ent.text, -1) > ent.end


def _last_written_alone(doc: Doc) -> dict[str, int]:
    """Where each person's name the doc writes out of brackets last starts, read once per
    doc (:func:`~quotes.doc_memo.memo`): asked for each bracketed word, a scan of every
    entity would cost a text of thousands of bracketed names the square of their number."""
    table = memo(doc, "names-out-of-brackets")
    if not table:
        table[0] = {
            other.text: other.start
            for other in doc.ents
            if other.label_ == "PERSON" and not (other.start and doc[other.start - 1].text == "(")
        }
    last: dict[str, int] = table[0]
    return last
