"""A body the text named beside a noun for its kind, which a description by that noun
stands for.

`…, her agency, Brightwater Talent, said on Friday.` ¶ `In a statement, the agency
said …`; `Harbour Lights, the five-piece from Cobh, won …` ¶ `the five-piece said …`;
`A satellite built by the Leeds company Tarrow Aerospace …` ¶ `according to the
company`. A reader takes the description for the one body the text set
beside the noun, as `the prosecutor` for the one person it called a prosecutor
(:meth:`quotes.stated_facts.StatedFacts._by_role`). Read from the words, as a sentence
that names the body may be left unparsed. A step of
:meth:`quotes.speakers.SpeakerResolver.resolve`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.according_names import capital, name_run_end
from quotes.child_patterns import token_forms
from quotes.doc_memo import memo
from quotes.genders import is_given_name
from quotes.language import word_list
from quotes.name_spans import TITLES, inner_hyphen
from quotes.nationalities import names_a_nation
from quotes.role_words import OFFICES, ROLE_NOUNS
from quotes.source_words import AUTHORED, PAPER_FREQUENCIES, TIME_WORDS

#: Small words inside a body's name (`Run for Hope`, `Kestrel & Finch`).
_JOINING = word_list("body-name-joins")
#: Articles, which open a description set beside a name (`the five-piece from Cobh`).
_ARTICLES = word_list("determiners")
#: Words that may follow a kind noun that ends its description (`the five-piece from
#: Cobh`, `the company based in Leeds`).
_AFTER_KIND = word_list("kind-noun-followers")
#: Entity labels of a capitalised run that is no body's name: a day, a place, a people.
_NOT_BODIES = frozenset({"PERSON", "DATE", "TIME", "GPE", "LOC", "NORP"})
#: Offices and roles of a person, whose name set beside one is a person's (`the officer,
#: Ana Ruiz,`), whom the role rules read.
_PERSONS = OFFICES | ROLE_NOUNS
#: How many words a description set after a name may hold before its kind noun.
_DESCRIPTION_WORDS = 6


def body_beside(head: Token) -> Span | None:
    """The one body's name the text set beside the noun heading a definite description,
    at the description or before it (rule kind-beside-name), in one of three shapes: the
    name set off after the noun (`her agency, Brightwater Talent,`), right after it
    (`the Leeds company Tarrow Aerospace`), or before a description the noun ends
    (`Harbour Lights, the five-piece from …`); None when the noun is a
    work's (`the report, Waters of Change,` is a title) or a person's office or role (`the
    officer, Tom Reyes,` names a person, whom the role rules read), or the text set no
    name or several beside it. The noun is one in lower case, not a word of a name
    (`the Northfield Club Cup`), and no name is read before a number (`the world No 6`
    is a ranking)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not head.is_lower or lemma in AUTHORED or lemma in _PERSONS:
        return None
    doc = head.doc
    found: dict[str, Span] = {}
    for k, names in _names_beside(doc, head.lower_):
        if k > head.i:
            break
        for start, end in names:
            name = doc[start:end]
            found.setdefault(name.text, name)
    return next(iter(found.values())) if len(found) == 1 else None


#: A place of a noun and the bodies' names set beside it there (as token bounds: a
#: table kept with the doc holds no span of it, which would keep the doc alive).
Beside = tuple[int, list[tuple[int, int]]]


def _names_beside(doc: Doc, noun: str) -> list[Beside]:
    """Each place of `noun` in the doc, in order, with the bodies' names the text set
    beside it there (:func:`_set_off_after`, :func:`_right_after`, :func:`_before`).
    Read once per noun and doc: a description by it may recur thousands of times (a
    list whose every item says `the council said …` was quadratic)."""
    places: dict[str, list[int]] = memo(doc, "kind-beside-places")
    if not places:
        for k, form in enumerate(token_forms(doc)):
            places.setdefault(form, []).append(k)
    by_noun: dict[str, list[Beside]] = memo(doc, "kind-beside-names")
    if noun not in by_noun:
        by_noun[noun] = [
            (k, [(name.start, name.end)
                 for name in (_set_off_after(doc, k), _right_after(doc, k), _before(doc, k))
                 if name is not None and _body_like(name)])
            for k in places.get(noun, [])
        ]
    return by_noun[noun]


def _set_off_after(doc: Doc, k: int) -> Span | None:
    """`her agency, Brightwater Talent, said`: the name between commas (or before a
    full stop) after the noun at `k`."""
    if k + 2 >= len(doc) or doc[k + 1].text != ",":
        return None
    end = name_run_end(doc, k + 2)
    if end is None or end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return None
    return doc[k + 2 : end]


def _right_after(doc: Doc, k: int) -> Span | None:
    """`the Leeds company Tarrow Aerospace lifted off`: the name right after the
    noun at `k` (or after a paper's frequency after it: `the business daily De Kompas`),
    which an article opens its description; not before a number (`the world No 6` is a
    ranking)."""
    if k + 1 >= len(doc) or not any(t.lower_ in _ARTICLES for t in doc[max(0, k - 3) : k]):
        return None
    start = k + 1
    if doc[start].lower_ in PAPER_FREQUENCIES and start + 1 < len(doc):
        # rule paper-by-frequency: `the business daily De Kompas said`, where the tagger
        # read `daily` as an adverb and made `business` the noun
        start += 1
    end = name_run_end(doc, start)
    if end is None or (end < len(doc) and doc[end].like_num):
        return None
    return doc[start:end]


def _before(doc: Doc, k: int) -> Span | None:
    """`Harbour Lights, the five-piece from Cobh,`: the name before a
    comma and a description in lower case that the noun at `k` ends (a comma, a full
    stop or a word of :data:`_AFTER_KIND` after it)."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and not after.is_punct and after.lower_ not in _AFTER_KIND:
        return None
    at = k - 1
    while at > k - _DESCRIPTION_WORDS and at > 0 and (
        doc[at].is_lower or doc[at].like_num or inner_hyphen(doc[at])
    ) and doc[at].lower_ not in _ARTICLES:
        at -= 1
    if at < 2 or doc[at].lower_ not in _ARTICLES or doc[at - 1].text != ",":
        return None
    end = at - 1
    start = end
    while start > 0 and (capital(doc[start - 1]) or (
        doc[start - 1].lower_ in _JOINING and start > 1 and capital(doc[start - 2])
    )):
        start -= 1
    if start < end and doc[start].lower_ in _ARTICLES:
        start += 1  # `The Harbour Lights`: the article opens the sentence, no part of it
    return doc[start:end] if start < end else None


# `In Galway, the ferry company, which runs three boats, said …`: a place the opening
# preposition puts the sentence in, no name of the company
def _body_like(name: Span) -> bool:
    """Whether a run of capitalised words may be a body's name: not a person's (the
    tagger's, or opening with a given name or a title), a day's or a month's (`… on
    Monday, the company …`), a place's or a people's: by the entity recogniser's labels
    when it ran, else, as the default pipeline runs without it, a nation's or a
    people's name (:func:`~quotes.nationalities.names_a_nation`), or a phrase a
    preposition opens (rule place-phrase-no-body: `In Galway`, `Across Ireland`, read
    back to the sentence's start from the comma before `the ferry company`)."""
    first = name[0]
    return (
        not any(t.ent_type_ in _NOT_BODIES or t.lower_ in TIME_WORDS for t in name)
        and first.lower_ not in TITLES
        and not is_given_name(first.text)
        and first.pos_ != "ADP"
        and first.dep_ != "prep"  # the tagger may read the opening `Across` as a name's
        and not names_a_nation(name.text)
    )
