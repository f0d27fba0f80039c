"""Descriptions that stand for someone the text has named.

A reporter names a source once and then describes it: `the prosecutor`, `the
61-year-old`, `the council`, `the report`. A reader links the description to the one
named referent that fits, and so do these rules: a role given at a mention of the
person (`Prosecutor Daniel Okafor`, `his barrister, Priya Raman`; read here), an age in
apposition (`Graham Whitlock, 61,`; read by :mod:`quotes.ages`), an organisation whose
name ends in the kind (`Ravensholm City Council`), a work whose maker was named (`a
report by the audit office`; read by :mod:`quotes.works`). When none or several fit, the
description stays as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.articles import INDEFINITE
from quotes.language import table, word_list, word_map
from quotes.name_spans import TITLES

#: Nouns of a person's role, place in a team (`sophomore`) or age (`teenager`), read as a
#: role before a name in a sentence no parse reached, whose words have no tags (not
#: :data:`quotes.role_words.ROLE_NOUNS`, the role and gender nouns a name is set off after).
UNTAGGED_ROLE_NOUNS = (
    word_list("person-roles") | word_list("team-places") | {row[0] for row in table("age-words")}
)
#: Parts of speech of the words of a role before a name (`Opposition alderman`).
_ROLE_POS = ("NOUN", "PROPN", "ADJ")


#: The roles a word joined to an office by a hyphen gives the person named beside it
#: (`Minister-designate` → `nominee`).
_DESIGNATE_ROLES = word_map("designate-roles")


def _designate_before(ent: Span) -> tuple[str, ...]:
    """Rule designate-is-nominee: the roles of a name set off after an office joined by
    a hyphen to `designate` (`The Housing Minister-designate, Hon. Kofi Boateng,`;
    designate-roles.txt): the name in apposition to `designate` (`The Minister-designate
    for Roads, Dr Ama Owusu,`), or, as a sentence no parse reached has no apposition, read
    from the words, titles before the name passed over; none for other shapes."""
    if ent.root.dep_ == "appos" and ent.root.head.lower_ in _DESIGNATE_ROLES:
        return _DESIGNATE_ROLES[ent.root.head.lower_]
    doc = ent.doc
    i = ent.start - 1
    while i > 0 and doc[i].lower_ in TITLES:
        i -= 1
    if i < 2 or doc[i].text != "," or doc[i - 2].text not in ("-", "‐"):
        return ()
    return _DESIGNATE_ROLES.get(doc[i - 1].lower_, ())


#: Prepositions between an office and the place or post a name is hung on (`of`, `for`).
_POST_LINKS = word_list("office-post-prepositions")


def _office_of_place(root: Token) -> Token | None:
    """The office a name is set beside when the parse hangs it on the place or body after
    `of` (`The mayor of Ama, Shinsuke Okabayashi, told …`: `Okabayashi` the apposition of
    `Ama`), or on the post after `for` (rule role-for-post: `The nominee for Minister of
    Justice, Cllr. Ana Ruiz,` gives `nominee`, which a later `the nominee` stands for):
    the noun before `of` or `for`, when the place is no person's name (`the son of Tom
    Hale, Sam Hale` may name either)."""
    place = root.head
    if root.dep_ != "appos" or place.dep_ != "pobj" or place.ent_type_ == "PERSON":
        return None
    link = place.head
    if link.lower_ not in _POST_LINKS or link.head.pos_ != "NOUN" or place.pos_ != "PROPN":
        return None
    return link.head


def role_words(ent: Span) -> set[str]:
    """The role nouns the text gives a person at one mention, lower case: the words
    right before the name (`Prosecutor Daniel Okafor`, `Opposition alderman Joost de
    Wit`) and an apposition (`his barrister, Priya Raman`, `Priya Raman, a barrister`,
    `the hospice's chief executive, Rosalind Achterberg`)."""
    doc = ent.doc
    words: set[str] = set()
    i = ent.start - 1
    untagged = False  # once past an untagged lower-case word, only such words
    while i >= max(0, ent.start - 4) and may_be_role(doc[i]):
        if untagged and doc[i].pos_ in _ROLE_POS:
            break
        untagged = doc[i].pos_ not in _ROLE_POS
        if (not untagged or doc[i].lower_ in UNTAGGED_ROLE_NOUNS) and not _role_owner(
            doc[i], ent.start
        ):
            words.update((doc[i].lower_, doc[i].lemma_.lower()))
        i -= 1
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and (
        root.head.pos_ == "NOUN"
        or (root.head.pos_ == "PROPN" and (root.head.lower_ in TITLES or root.head.is_lower))
    ):
        # `his barrister, Priya Raman`; `The Commissioner for Commerce, Chief Ngozi Bakare`
        nouns.append(root.head)
    office = _office_of_place(root)
    if office is not None:
        nouns.append(office)
    words.update(_designate_before(ent))
    set_off = _noun_set_off_before(ent) or _role_set_off_unparsed(ent)
    if set_off is not None:
        # `questions from the presenter, Ifeoma Ruiz`, the name hung on `questions`
        nouns.append(set_off)
    for noun in nouns:
        words.update((noun.lower_, noun.lemma_.lower()))
    words.update(_bracketed_role(ent))
    words.update(_party_tag(ent))
    words.update(_relative_role(ent))
    return words


#: Verbs of holding an office to the role nouns their subject takes (`chair` → chair,
#: chairman, …).
_OFFICE_VERBS = word_map("office-verbs")
#: Verbs that give their subject what its complement names (`who was`, `who became`).
_COPULAS = word_list("copula-verbs")


def _relative_role(ent: Span) -> set[str]:
    """Rule role-in-relative: the role a relative clause set off after a name gives the
    person, with `who` its subject: the noun after a copula, with the words that qualify
    it (`officer`, `chief`, `medical` in `Dr Sam Okoye, 71, who was chief medical officer
    until 1996, said …`, which a later `the former chief medical officer` stands for), or
    the roles a verb of holding an office gives (`chair` in `Senator Lina Moreau, who
    chairs the finance committee, said …`; office-verbs.txt); nothing for a negated
    clause (`who is not a doctor`) nor a name the clause is not set off from."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return set()
    words: set[str] = set()
    for verb in ent.root.rights:
        if verb.dep_ != "relcl" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.lefts):
            continue
        lemma = verb.lemma_.lower()
        for child in verb.rights:
            if lemma in _COPULAS and child.dep_ == "attr" and child.pos_ == "NOUN":
                # `who was chief medical officer`
                words.update((child.lower_, child.lemma_.lower()))
                words.update(
                    c.lower_
                    for c in child.lefts
                    if c.dep_ in ("compound", "amod") and c.is_alpha
                )
            elif lemma in _OFFICE_VERBS and child.dep_ == "dobj":
                # `who chairs the finance committee`
                words.update(_OFFICE_VERBS[lemma])
    return words


def _role_owner(token: Token, name_start: int) -> bool:
    """Rule role-owner: a capitalised proper noun before another word of a role before a
    name names the body the role is held in, not the person: `Navy` in `Navy spokesman
    Commander Ana Ruiz` (so `The Navy says` after it is the navy, not its spokesman);
    titles and role nouns (`Detective Inspector`, `Chief Justice`) stay roles."""
    # `Sri Lanka Navy spokesman Commander Kasun Perera said …` ¶ `The Navy says …`
    return (
        token.i < name_start - 1
        and token.pos_ == "PROPN"
        and token.is_title
        and token.lower_ not in TITLES
        and token.lemma_.lower() not in UNTAGGED_ROLE_NOUNS
        and token.lower_ not in UNTAGGED_ROLE_NOUNS
    )


def may_be_role(token: Token) -> bool:
    """Whether a word right before a name may be the person's role: a noun, proper noun
    or adjective (`Opposition alderman Joost de Wit`), or in a sentence no parse reached
    (:mod:`quotes.stitching`), a lower-case word that is no stop word (`without
    sophomore guard Andre Villa`; not the capitalised words before it, `A Bench
    comprising Chief Justice …`), not a name's word; such a word is a role only when
    it is a known role noun (:data:`UNTAGGED_ROLE_NOUNS`), not a verb (`has shown Trump`)."""
    if token.ent_type_:
        return False
    if token.pos_ in _ROLE_POS:
        return True
    return not token.pos_ and token.is_alpha and token.is_lower and not token.is_stop


#: How the parse hangs a name set off in apposition on a word other than its noun (an
#: object predicate after a cue that also names: `called the auctioneer, Ebo Mensah`).
_LOOSE = frozenset({"appos", "npadvmod", "conj", "dep", "oprd"})


def _noun_set_off_before(ent: Span) -> Token | None:
    """The noun a name is set off after by a comma when the parse hung the name, in
    apposition, on another noun: `presenter` in `questions from the presenter, Ifeoma
    Ruiz` (a definite noun right before the comma, the name right after it, hung
    loosely: :data:`_LOOSE`); None otherwise (`In the poll, Ruiz leads`, a subject, is
    no apposition)."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].text != "," or ent.root.dep_ not in _LOOSE:
        return None
    if ent.root.dep_ == "oprd" and ent.root.head.tag_ == "VBG":
        return None  # `Questioning the witness, Ana Ruiz, for the council, asked …`
    noun = doc[ent.start - 2]
    if noun.pos_ != "NOUN" or not noun.is_lower or ent.root.head == noun:
        return None
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    return noun


#: Articles, which open a role noun set off before a name (`The captain, Hallur Jensen,`).
_ARTICLES = word_list("determiners")


def role_set_off_before(doc: Doc, start: int) -> Token | None:
    """The role noun a name opening at token `start` is set off after, read from the
    words: an article, the noun and a comma (`The captain, Hallur Jensen,`), as a text
    introduces the one who holds the role; None for other shapes."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 3].lower_ not in _ARTICLES:
        return None
    return doc[start - 2]


def _role_set_off_unparsed(ent: Span) -> Token | None:
    """Rule role-set-off-unparsed: the role noun a name is set off after, read from the
    words when selective parsing left the sentence unparsed (so no apposition links
    them): `The captain, Hallur Jensen, 58, has sailed the route for years.` gives
    `captain`, so a `the captain` quoted before it is his and no one else's in focus.
    Only an article, a role noun (:data:`UNTAGGED_ROLE_NOUNS`), a comma, the name and a
    comma after it (:func:`role_set_off_before`); None otherwise."""
    doc = ent.doc
    if ent.end >= len(doc) or ent.root.dep_ != "" or doc[ent.end].text != ",":
        return None
    noun = role_set_off_before(doc, ent.start)
    return noun if noun is not None and noun.lower_ in UNTAGGED_ROLE_NOUNS else None


#: Party letters of a legislator's tag (`D` in `(D-Ore.)`) and the member noun.
PARTY_MEMBERS = {letter: nouns[0] for letter, nouns in word_map("party-tags").items()}
#: `(D-Ore.)`, `(R-Texas)`, `(I-Vt.)` right after a name.
_PARTY_TAG = re.compile(r"\(\s*([A-Z])\s*-\s*([A-Z][A-Za-z. ]{0,14})\)")


def _party_tag(ent: Span) -> set[str]:
    """The party a bracketed tag after a legislator's name gives as a role: `democrat`
    for `Sen. Ann Byrne (D-Ore.)`, which a later `the Oregon Democrat` stands for."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return set()
    match = _PARTY_TAG.match(doc[ent.end : min(len(doc), ent.end + 8)].text)
    member = PARTY_MEMBERS.get(match.group(1)) if match else None
    if match is None or member is None:
        return set()
    return {member, "@" + re.sub(r"[^a-z]", "", match.group(2).lower())}


def party_place_fits(head: Token, roles: set[str]) -> bool:
    """Whether the place a party member's description names (`Kentucky` in `the
    Kentucky Republican`) is the one the person's tag abbreviates (`(R-Ky.)`: its letters
    in order, the first the same); true when the description names no place."""
    words = [c.lower_ for c in head.lefts if c.is_alpha and c.is_title and c.dep_ != "det"]
    if not words:
        return True
    place = "".join(words)
    return any(_abbreviates(role[1:], place) for role in roles if role.startswith("@"))


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` (`ky`, `fla`) is `name` (`kentucky`, `florida`) cut down: the same
    first letter and the others in order."""
    if not short or not name or short[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in short[1:])


#: Letters two forms of one word share at their start (`finance` and `financial`,
#: `operations` and `operating`), telling a description's modifier in a role.
_STEM = 5


def modifiers_fit(head: Token, roles: set[str]) -> bool:
    """Whether every word that qualifies a description's role noun is in a person's roles,
    as a stem: `the finance chief` fits `Chief financial officer Rahul Menon` and not
    `chief executive Fiona Reddy` (both are chiefs), `the operations chief` a `chief
    operating officer`."""
    words = [c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.is_alpha]
    stems = {role[:_STEM] for role in roles}
    return bool(words) and all(word[:_STEM] in stems for word in words)


def _bracketed_role(ent: Span) -> set[str]:
    """A one- or two-word role in brackets right after a name, as minutes and lists give
    it: `chair` in `Cllr J. Aldous (Chair)`, `clerk` in `Mrs D. Penhaligon (Clerk)`."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
        return set()
    inside = []
    for token in doc[ent.end + 1 : ent.end + 4]:
        if token.text == ")":
            break
        inside.append(token)
    else:
        return set()
    if not inside or not all(t.is_alpha and t.pos_ in _ROLE_POS for t in inside):
        return set()
    return {t.lower_ for t in inside}


#: Determiners and possessives of a definite description (`the`, `their`).
_DEFINITE = word_map("definite-words")


def is_definite(head: Token) -> bool:
    """Whether a description is definite (`the prosecutor`, `their union`, `her
    challenger`), not `a prosecutor`."""
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE["det"])
        or (c.dep_ == "poss" and c.lower_ in _DEFINITE["poss"])
        for c in head.children
    )




def indefinite_office(mention: Span) -> bool:
    """Rule indefinite-office: whether a mention is an office whose holder it leaves
    unnamed, the office written as a title in capitals after `a` or `an` and the words
    that place it (`A Leeds MP said …`, `a Dublin TD`): an unnamed source, the
    description as written, never the body or place its words name (`Leeds City
    Council`, which a name finder's reading of `Leeds MP` as a name would lead to)."""
    head = mention.root
    return (
        len(mention) > 1
        and mention[0].lower_ in INDEFINITE
        and head.i == mention.end - 1
        and head.lower_ in TITLES
        and head.text[:1].isupper()
        and all(t.text[:1].isupper() for t in mention[1:])
    )
