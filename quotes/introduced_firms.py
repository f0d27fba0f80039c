"""The firm the sentence before a body's description introduces as one.

A story names a firm and says what it is, then lets it speak by a description or `it`:
`The mine is run by coal producer Saryarka Gas, which supplies the steelworks. The
company said …`, `Shares in Galil Pharma Ltd jumped. The company said …`, `The mill is
owned by Norrvik Timber AB, a family-controlled group with eight mills. The group said
…`. A reader takes the description for the firm just introduced, even when another
body spoke before it. Read from the words, as the sentence before may be left unparsed;
called by :meth:`quotes.bodies.BodyIndex.company` and
:meth:`quotes.bodies.BodyIndex.it_body`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quotes.body_words import kind_before_name
from quotes.forced_capitals import KINDS_BEFORE_NAMES
from quotes.language import word_list
from quotes.mentions import bracketed_form_end
from quotes.source_words import legal_form
from quotes.spoken_bodies import spoke_most
from quotes.written_names import kind_fits

if TYPE_CHECKING:
    from quotes.bodies import BodyIndex

#: Most words of a description set off after a firm's name before its kind word (`, a
#: family-controlled group`: `family`, `-`, `controlled`).
_SET_OFF_WORDS = 5
#: Most words before a description that the firm it stands for is looked for in.
_WORDS_BACK = 120
#: Articles that open a description set off after a firm's name.
_ARTICLES = word_list("apposition-articles")


def kind_set_off_before(index: BodyIndex, head: Token) -> str | None:
    """Rule kind-set-off-before: the firm whose name the sentence before a description
    (or its own sentence, before it) sets off with a description of the same kind word
    (`Norrvik Timber AB, a family-controlled group with eight mills,` ¶ `The group said
    …`), over a body that spoke before it (the mill's own company); the one such firm,
    None when there is none or several."""
    found = {
        name.text: name
        for name in _names_before(head)
        if _set_off_as(name, head)
    }
    if len(found) != 1:
        return None
    return index.organisation(list(next(iter(found.values()))))


def firm_introduced(index: BodyIndex, head: Token, opening: bool = False) -> str | None:
    """Rule firm-introduced-before: the one firm the sentence before a description of a
    business or an `it` (or the description's own sentence, before it) introduces as
    one, by its legal form (`Galil Pharma Ltd`) or a kind of business before its name
    (`coal producer Saryarka Gas`, `Bakery chain Reefside Bakehouse`), when the
    description's word fits it (:func:`~quotes.written_names.kind_fits`); for an `it`
    (`opening`), only a firm whose name, after its kind words, opens the sentence
    before (`Bakery chain Reefside Bakehouse, which has six shops, deleted the post.
    It had written: …`). None when there is none or several."""
    kind = "" if opening else head.lower_
    found = {}
    for name in _names_before(head):
        if opening and not _opens_sentence(name):
            continue
        before = name.doc[name.start - 1] if name.start else None
        marked = legal_form(name[-1].text) or (before is not None and kind_before_name(before))
        if marked and kind_fits(kind, name.text):
            found[name.text] = name
    if len(found) != 1:
        return None
    return index.organisation(list(next(iter(found.values()))))


def spoken_of_kind(index: BodyIndex, head: Token) -> str | None:
    """Rule spoken-body-of-kind: the body a description of a business stands for when
    the one that spoke most is of another kind: the one that spoke most of those its
    word fits (`The ministry said …` twice, `Saryarka Gas said …` once ¶ `…, the firm
    said` is Saryarka Gas); None when none fits or two share the most, or the name is
    a person's (:func:`_a_person`)."""
    most = spoke_most(
        name
        for name in index.bodies
        if index.fits(head.lower_, name) and not _a_person(index, name, head)
    )
    if most is not None:
        index.bodies.append(most)  # it has spoken once more
    return most


def _a_person(index: BodyIndex, name: str, head: Token) -> bool:
    """Whether a body that spoke is a person's name by what the text gave its bearer
    (:meth:`~quotes.bodies.BodyIndex._spoke_as_person`), a role that is a kind of
    business before the name aside (`coal producer Saryarka Gas`): then only a `he`
    or `she` taking it up tells."""
    k = index._find(name, head.i)
    if k is None:
        return False
    person = index.people[k]
    roles = person.roles - {""}
    if roles and roles <= KINDS_BEFORE_NAMES and not person.titles and person.age is None:
        return person.gender is not None or index.taken_up_by_pronoun(k)
    return index._spoke_as_person(name, head)


def _names_before(head: Token) -> list[Span]:
    """The runs of two or more capitalised words (or one and a legal form, or with a
    bracketed legal form, :func:`~quotes.mentions.bracketed_form_end`) in the
    sentence before `head`'s and in its own before it, as spans, within
    :data:`_WORDS_BACK` words of it (a description in an endless sentence reads no
    more than that)."""
    doc = head.doc
    start = head.sent.start
    first = max(doc[start - 1].sent.start if start else start, head.i - _WORDS_BACK)
    runs = []
    i = first
    while i < head.i:
        j = i
        while j < head.i and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j < head.i and legal_form(doc[j].text) and j > i:
            j += 1  # `Halvik Marine A/S`
        if j > i and bracketed_form_end(doc, j) < head.i:
            j = bracketed_form_end(doc, j)  # `Ceylon Estate Traders (Pvt) Ltd`
        if j - i >= 2 or (j - i == 1 and legal_form(doc[i].text)):
            if doc[i].is_sent_start and j - i >= 2 and doc[i].lower_ == "the":
                i += 1
            runs.append(doc[i:j])
        i = max(j, i + 1)
    return runs


def _set_off_as(name: Span, head: Token) -> bool:
    """Whether the text sets off after a name a description whose first noun of kind
    is the word of the description at `head` (`, a family-controlled group with …`),
    that description not being it (`… in Los Lagos, the company said`)."""
    doc = name.doc
    at = name.end
    if at + 1 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ not in _ARTICLES:
        return False
    for token in doc[at + 2 : min(len(doc), at + 3 + _SET_OFF_WORDS)]:
        if token.lower_ == head.lower_:
            return token.i != head.i
        if not (token.is_lower or token.text == "-"):
            return False
    return False


def _opens_sentence(name: Span) -> bool:
    """Whether a name opens its sentence, after the lower-case kind words before it
    (`Bakery chain Reefside Bakehouse`, `The`)."""
    doc = name.doc
    k = name.start
    while k > name.sent.start and doc[k - 1].is_lower:
        k -= 1
    # a capital opening the sentence: `The`, or a kind's first word (`Bakery chain`)
    return k in (name.sent.start, name.sent.start + 1)
