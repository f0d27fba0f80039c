"""A speaker's mention that the parse cut at the `and` or `&` inside a body's name,
read whole (rule joined-body-mention).

`Devon and Cornwall Police said` gave the mention `Cornwall Police`, `Steppe & Sea Books
said` gave `Sea Books`: :func:`joined_mention` widens the mention over the joint to the
whole name as the text writes it, when the words after it end in a body's head word or a
legal form, when an `&` joins them, or when the verb agrees with one subject (`Procter
and Gamble has said`), and leaves a list of two as two (`Ford and Toyota said`). The
bounds of a body's name it reads are :mod:`quotes.body_names`'; the mention's canonical
name is read whole already (:func:`quotes.body_names.whole_body_name`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.body_names import AND_JOINTS, conjoined_head, legal_form_word, name_opening
from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.source_words import BODY_HEADS

#: Auxiliaries of a singular subject (`The Gaming and Lotteries Commission has said`).
_SINGULAR_AUXILIARIES = word_list("singular-auxiliaries")




def joined_mention(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Rule joined-body-mention: the bounds of a speaker's mention `start:end` that the
    parse cut at the `and` or `&` inside a body's name, the whole name as the text writes
    it (the mention's canonical name is read whole already): on to the right over the
    joint (or the `to` of a purpose) and the capitalised words after it when they end in
    a body's head word (`Devon and Cornwall Police said`, `The Cumberland Right to Know
    Coalition said`, :func:`conjoined_head`) or a legal form (`Harbour
    Land and Housing Corp. said`), when an `&` joins them (`Steppe & Sea Books said`), or
    when the verb agrees with one subject (`Procter and Gamble has said`,
    :func:`_singular_joined`); to the left over an `&` and the capitalised words before
    it (`Steppe & | Sea Books said`), or over a joint before a body's head word (`The
    Gaming and | Lotteries Commission said`, :func:`name_opening`). A list of two stays
    two (`Ford and Toyota said`, `Harwell Council and Dunmore Council said`, `the
    Treasury and the Bank of England said`)."""
    if end <= start or end >= len(doc):
        return start, end
    close = conjoined_head(doc, start, end)
    if close == end and (doc[end].text == "&" or _singular_joined(doc, start, end)):
        close = _run_end(doc, end + 1)
        if close == end + 1:
            close = end  # nothing capitalised after the joint
    opening = start
    if start >= 2 and doc[start - 1].text == "&" and _name_word(doc[start - 2]):
        opening = start - 2  # `Harlow & | Finch Books said`
        while opening > 0 and not doc[opening].is_sent_start and _name_word(doc[opening - 1]):
            opening -= 1
    elif doc[close - 1].lower_ in BODY_HEADS:
        opening = name_opening(doc, start, close)
        if not any(doc[k].lower_ in AND_JOINTS for k in range(opening, start)):
            opening = start  # only across a joint: `Financial Conduct Authority` is whole
    return opening, close


def _name_word(token: Token) -> bool:
    """A capitalised word of letters (`Harlow`), as a body's name is made of."""
    return token.is_alpha and token.text[:1].isupper()


def _run_end(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words (and one closing legal form, `Co.`) from
    token `i`, not across a sentence's start."""
    while i < len(doc) and not doc[i].is_sent_start and (
        _name_word(doc[i]) or legal_form_word(doc[i])
    ):
        i += 1
    return i


def _singular_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether the words `start:end`, an `and` and a capitalised run after them are one
    name by the verb they are the subject of: a singular one (`Procter and Gamble says`,
    `… has said`, `… was`), right after the run, as two bodies joined by `and` never
    take (`Ford and Toyota say`)."""
    head = doc[end - 1]
    if doc[end].lower_ not in AND_JOINTS or head.dep_ not in SUBJECT:
        return False
    if not (head.text[:1].isupper() and doc[start].text[:1].isupper()):
        return False
    close = _run_end(doc, end + 1)
    if close == end + 1 or close >= len(doc):
        return False
    verb = doc[close]
    if verb.i == head.head.i:
        return verb.tag_ == "VBZ"
    return verb.head.i == head.head.i and verb.dep_ in ("aux", "auxpass") and (
        verb.lower_ in _SINGULAR_AUXILIARIES
    )
