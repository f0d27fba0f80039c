"""The name set off after the described source of a closing `according to`.

`The festival drew 41,000 visitors, according to the organisers, Harbour Lights Arts
Trust.`: the writer gives the source by what it is and then by its name, set off by a
comma at the end of the sentence; a reader takes the name, as for a person's name set
beside a description (:mod:`quotes.appositions`). The parser seldom hangs such a name on
the description (it makes it an object or an adverb of the main verb), so the shape is
read from the words. A step of :meth:`quotes.speakers.SpeakerResolver.resolve`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.language import word_list
from quotes.name_spans import inner_hyphen

#: Small words inside a body's name (`Run for Hope`, `Kestrel & Finch`).
_JOINING = word_list("body-name-joins")

#: Entity labels of a capitalised run that is no source's name: a day, a place, a people.
_NOT_SOURCES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL"})
#: What may close the name: the end of the sentence or a comma before an aside.
_CLOSING = frozenset({".", ",", ";"})


def according_set_off(mention: Span) -> Span | None:
    """The name set off after a described source closing its sentence (rule
    according-set-off): `…, according to the organisers, Harbour Lights Arts Trust.`,
    `…, according to the organisers, Run for Hope, beating …`. The description is a
    common noun with its article or possessive after `according to`, the phrase comes
    after the verb of its clause (before it, the capitalised words after the comma may be
    the clause's own subject: `According to the club, Berg will start`), and the name is a
    run of capitalised words (small joining words inside) closed by a full stop or a
    comma; None in any other shape, or for a date, a place or a people."""
    head = mention.root
    doc = mention.doc
    to = head.head
    if head.pos_ != "NOUN" or not head.is_lower or head.dep_ != "pobj" or to.lower_ != "to":
        return None
    according = to.head
    if according.lower_ != "according" or according.i < according.sent.root.i:
        return None
    comma = head.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    end = name_run_end(doc, comma + 1)
    if end is None or end >= len(doc) or doc[end].text not in _CLOSING:
        return None
    name = doc[comma + 1 : end]
    if any(t.ent_type_ in _NOT_SOURCES for t in name):
        return None
    return name


def name_run_end(doc: Doc, start: int) -> int | None:
    """The end of the run of a name's words from token `start`: capitalised words, with
    small joining words and tight hyphens between them; None when no capitalised word
    opens it."""
    end = start
    while end < len(doc) and (capital(doc[end]) or (
        end > start
        and end + 1 < len(doc)
        and (doc[end].lower_ in _JOINING or inner_hyphen(doc[end]))
        and capital(doc[end + 1])
    )):
        end += 1
    return end if end > start else None


def capital(token: Token) -> bool:
    """Whether a word opens with a capital (`Esports`, `O'Neill`), not punctuation."""
    return token.text[:1].isupper() and not token.is_punct
