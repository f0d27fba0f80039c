"""A numbered or placed part of a document as a source (rule part-of-document):
`Paragraph 4 of the communiqué reads: "…"`, `Section 3 of the report says …`, `The
second paragraph of the letter reads: …`. The part speaks for the document it is of,
and the document for its maker, so the mention is the whole phrase and the speaker the
document's (:meth:`quotes.speakers.SpeakerResolver.resolve`); the part's own word
(`Paragraph`, which opens the sentence in capitals) is no name. A part with no document
after it keeps its number (`Article 12 guarantees: "…"`, rule numbered-part).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list
from quotes.source_words import AUTHORED

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Parts of a document: `paragraph`, `section`, `clause`.
_PARTS = word_list("document-parts")
#: Documents a part may be of: the authored and issued works and the kinds of document
#: (`communiqué`, `letter`, `report`, `paper`).
_DOCUMENTS = AUTHORED | word_list("document-kinds")


def document_of_part(head: Token) -> Token | None:
    """The document a part of it that heads a mention belongs to, the object of its `of`
    (`communiqué` in `Paragraph 4 of the communiqué`); None when the head is no part
    (:data:`_PARTS`) or its `of` names no document (:data:`_DOCUMENTS`)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in _PARTS:
        return None
    for prep in _of_phrases(head):
        if prep.lower_ == "of":
            document = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                document is not None
                and document.pos_ == "NOUN"
                and document.lemma_.lower() in _DOCUMENTS
            ):
                return document
    return None


def part_number(head: Token) -> Token | None:
    """The number right after a part's noun that heads a mention with no document after
    it (`12` in `Article 12 guarantees: "…"`, `4` in `Section 4 states …`; rule
    numbered-part): the number says which part speaks, and the part's word alone
    (`Article`) names nothing. None when the head is no part (:data:`_PARTS`) or no
    number of its own follows it."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in _PARTS:
        return None
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is None or after.dep_ != "nummod" or after.head.i != head.i:
        return None
    return after


def _of_phrases(head: Token) -> list[Token]:
    """The prepositions after a part's noun: its own, and those the parse hung on the
    part's number instead (`Paragraph 41 of the judgment`, where `of` is a child of
    `41`)."""
    preps = [c for c in head.rights if c.dep_ == "prep"]
    for number in head.rights:
        if number.dep_ == "nummod":
            preps.extend(c for c in number.rights if c.dep_ == "prep")
    return preps
