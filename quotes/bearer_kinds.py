"""What a name's mention says its bearer is when that is no person: a thing or a body
(`Loomstream, which is privately held`, `Norvik cut its forecast`) or a place (`in Corra
Creek`, a dateline `MERIDA DEL SUR, March 12 -`).

The entity recogniser gives such names a PERSON now and then;
:class:`quotes.person_index.PersonIndex` notes on each bearer what any of its mentions
showed (:attr:`~quotes.person_record.Person.thing`,
:attr:`~quotes.person_record.Person.place`), and a pronoun or a description then passes
them over.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.articles import INDEFINITE
from quotes.language import word_list
from quotes.name_spans import TITLES

#: Prepositions after which a name is a place's (`in`).
_PLACE_PREPOSITIONS = word_list("place-prepositions")
#: Nouns of places that take a person's name before them (`the … site`).
_NAMED_PLACES = word_list("named-place-nouns")
#: Words that date an office between an article and a name (`a former …`).
_OFFICE_TIMES = word_list("office-time-words")
#: Dashes that may close a dateline (`KASSENDA — …`).
_DATELINE_ENDS = frozenset({",", "-", "—", "–"})
#: Marks that end the clause a name closes (`… in Corra Creek.`).
_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?"})


def named_thing(ent: Span) -> bool:
    """Whether a name's mention shows a thing or a body, not a person: a relative clause
    opened by `which` after it (:func:`_which_after`) or `its` object of its verb
    (:func:`_its_object`)."""
    return _which_after(ent) or _its_object(ent)


def named_place(ent: Span) -> bool:
    """Whether a name's mention shows a place: the object of a preposition of place
    (:func:`_after_place_preposition`), a dateline (:func:`_dateline`) or a name given
    to a place or building (:func:`place_named_after`)."""
    return (
        _after_place_preposition(ent) or _dateline(ent) or place_named_after(ent)
        or _street_after_preposition(ent) or _where_after(ent)
    )


def _where_after(ent: Span) -> bool:
    """Rule where-after-place: whether a name right after a preposition of place is set
    off by a relative clause opened by `where`, which only a place takes: `In Corra
    Creek, where the river floods each spring, Ana Ruiz said …` (the parse may make the
    name the sentence's subject, as it does the first words of a long opening phrase)."""
    doc = ent.doc
    at = ent.start - 1
    return (
        at >= 0
        and doc[at].lower_ in _PLACE_PREPOSITIONS
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].lower_ == "where"
    )


#: Last words of a street's name that are surnames too (`Street`), and the prepositions
#: a street's name follows (`on`, `off`).
STREET_ENDS = word_list("street-name-ends")
_STREET_PREPOSITIONS = word_list("street-prepositions")


def _street_after_preposition(ent: Span) -> bool:
    """Rule street-after-preposition: whether a name of two words or more ends in a
    street word that is a surname too and follows a preposition of a street: `the
    shelter on Pike Street` (`Pike` is a man's name in the counts) is a street, which a
    `he` after it passes over; `Picabo Street said` is still a person."""
    doc = ent.doc
    return (
        len(ent) >= 2
        and ent[-1].lower_ in STREET_ENDS
        and ent.start > 0
        and doc[ent.start - 1].lower_ in _STREET_PREPOSITIONS
    )


def place_named_after(ent: Span) -> bool:
    """Whether a name stands between an article and a noun of a place it names: `the
    Nelson Mandela bridge`, `the Princess Alexandra site` (a title may stand before the
    name; a person's name takes no article), also with one noun of what the place holds
    or makes between them (rule name-then-kind-place: `the Corralta copper mine`)."""
    doc = ent.doc
    at = ent.start - 1
    while at > 0 and doc[at].lower_ in TITLES:
        at -= 1
    if at < 0 or doc[at].lower_ != "the" or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.lower_ in _NAMED_PLACES or _kind_then_place(after)


def _kind_then_place(word: Token) -> bool:
    """Whether a word after a name is a lower-case noun of what a place holds or makes
    and the next word a noun of that place: `the Corralta copper mine`, `the Dunmere
    paper mill` (a person's name before `copper` would take no article)."""
    doc = word.doc
    return (
        word.is_lower
        and word.is_alpha
        and word.pos_ in ("NOUN", "")  # `` in a sentence the parser left untagged
        and word.i + 1 < len(doc)
        and doc[word.i + 1].lower_ in _NAMED_PLACES
    )


def kind_after_article(ent: Span) -> bool:
    """Whether a name stands after `a` or `an`, with only words that date an office
    between, and ends the phrase (rule name-after-indefinite-article): `a former Royal
    Engineer,`, `a Sea Scout.` name a kind of member, not a person, whose name takes no
    article; in `a Tom Ruiz field goal` the article is the noun's after the name."""
    doc = ent.doc
    at = ent.start - 1
    while at >= 0 and doc[at].lower_ in _OFFICE_TIMES:
        at -= 1
    ends = ent.end == len(doc) or not doc[ent.end].is_lower
    return ends and at >= 0 and doc[at].lower_ in INDEFINITE


def _its_object(ent: Span) -> bool:
    """Whether a name is the subject of a verb whose object is `its` something, as a
    country's or a body's is and a person's not: `If Veloria wants to sell its steel
    here`, `Norvik cut its forecast` (the verb's own object, or the object of the verb
    it governs)."""
    head = ent.root
    if head.dep_ != "nsubj":
        return False
    verbs = [head.head, *(c for c in head.head.children if c.dep_ == "xcomp")]
    return any(
        c.dep_ == "poss" and c.lower_ == "its"
        for verb in verbs
        for obj in verb.children
        if obj.dep_ == "dobj"
        for c in obj.children
    )


def _after_place_preposition(ent: Span) -> bool:
    """Whether a name is the object of a preposition of place right before it (`in
    Corra Creek`, `in the Senedd`), not a modifier of a noun after it (`in Okafor
    badges`) nor followed by a possessive (`in Okafor's view`)."""
    doc = ent.doc
    at = ent.start - 1
    if at > 0 and doc[at].lower_ == "the":
        at -= 1  # `in the Senedd`: a person's name takes no article
    if at < 0 or doc[at].lower_ not in _PLACE_PREPOSITIONS:
        return False
    if not ent.root.dep_:
        return _ends_unparsed_clause(ent)
    return (
        ent.root.dep_ == "pobj"
        and ent.root.head.i == at
        and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
    )


def _ends_unparsed_clause(ent: Span) -> bool:
    """Whether a name after a preposition of place, in a sentence the parser left
    unparsed, ends its clause (rule place-before-stop: `a car park in Corra Creek.`):
    a stop or a comma after it shows it the preposition's whole object, not the
    modifier of a noun (`in Okafor badges`) nor an owner (`in Okafor's view`)."""
    doc = ent.doc
    return ent.end == len(doc) or doc[ent.end].text in _CLAUSE_ENDS


def _dateline(ent: Span) -> bool:
    """Whether a name is a dateline, in capitals at a paragraph's start before a comma or
    a dash (`MERIDA DEL SUR, March 12 (Corvex) -`): a place."""
    doc = ent.doc
    return (
        ent.text.isupper()
        and len(ent.text) > 2
        and (ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws)
        and ent.end < len(doc)
        and doc[ent.end].text in _DATELINE_ENDS
    )


def _which_after(ent: Span) -> bool:
    """Whether a name has a relative clause opened by `which` (`Loomstream, which is
    privately held, says …`), as a thing's or a body's name has and a person's not."""
    return any(
        clause.dep_ == "relcl"
        and any(c.lower_ == "which" and c.i < clause.i for c in clause.children)
        for clause in ent.root.children
    )
