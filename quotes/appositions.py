"""A person's name set beside a described speaker, which the speaker is.

`The head of the super PAC, Mike Murphy, praised …`, `"…," recalls his neighbour, Carol
Fenwick, …`: the parser heads the mention with the description, but a reader takes the
name. Each function finds one such shape; the resolver
(:meth:`quotes.speakers.SpeakerResolver.resolve`) tries them before reading the
description itself. The name that closes a role's own phrase (`Opposition whip Raj Patel
said …`) is read by :mod:`quotes.role_names`, a name a source gives itself (`A group
calling itself Morana`, `a driver who identified himself only as Tomasz`) by
:mod:`quotes.self_names`, a nickname the text gave a person earlier by
:mod:`quotes.nicknames`, and a name set off by commas where the parse missed the
apposition (`The rapporteur, Senator Ana dos Santos, told …`) by
:mod:`quotes.set_off_names`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.articles import INDEFINITE
from quotes.genders import is_given_name
from quotes.mentions import entity_at
from quotes.name_joins import letter_apostrophe
from quotes.name_spans import TITLES, before_gloss, inner_hyphen
from quotes.nationalities import names_a_nation
from quotes.participle_sources import set_off_by_comma
from quotes.role_words import OFFICES, is_office
from quotes.source_words import AUTHORED, BODY_ENDS, COMPANY_WORDS, legal_form

#: Double quotation marks, as the parser reads them (the text's curly marks are
#: normalised to `"`, one character for one).
_DOUBLE_MARKS = frozenset({'"', "\u201c", "\u201d"})
#: The tags of a plural noun (`residents`, `Democrats`).
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _owned_work(head: Token) -> bool:
    """Rule owned-work-apposition: whether a speaker is a work with its owner before it
    (`His closing speech`, `the minister's letter`), which speaks for that owner: a name
    set off after it belongs to a clause inside the commas, as the parse may hang it on
    the work (`His closing speech, written in his first person and read by his deputy,
    Nozipho Dube-Sithole, said …`: the deputy read it, the speech is his)."""
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in AUTHORED
        and any(c.dep_ == "poss" for c in head.children)
    )


def appositive_name(head: Token) -> Span | None:
    """The proper name set off by commas at the end of a described speaker: `Mike Murphy`
    in `The head of the super PAC backing Jeb Bush, Mike Murphy, praised …` (the parser
    often hangs it on the nearer noun), or before a relative clause that ends it
    (`Her son, Callum, who runs the ferry, says …`); none when the speaker is itself a
    name, unless it is one word with a preposition after it, as a role is and a name
    is not (`Counsel for the council, Aled Pryce KC, argued …`, where a capital opening
    the sentence made the role a proper noun; `The Minister Delegate for Health, Clémence
    Roux-Lefèvre, replied …`, with a title before it), or a title (`The Prime Minister, Elspeth
    Munro, said`); after a title, the name may follow a gloss in brackets instead of a
    comma (`Wethouder (alderman) Joost Smit, who …, told`). Not for a work its owner's
    (:func:`_owned_work`)."""
    if _owned_work(head):
        return None
    if head.pos_ == "PROPN" and head.lower_ not in OFFICES and not (
        head.dep_ != "compound"
        and not any(c.dep_ == "compound" and c.lower_ not in TITLES for c in head.children)
        and any(c.dep_ == "prep" and c.i == head.i + 1 for c in head.children)
    ):
        return None
    doc = head.doc
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:
        last -= 1
    clauses = [c for c in head.rights if c.dep_ == "relcl" and c.right_edge.i >= last]
    if clauses and set_off_by_comma(clauses[0]):
        # `Her son, Callum, who runs the ferry,`: the name ends before the clause
        last = clauses[0].left_edge.i - 1
        while last > head.i and doc[last].is_punct:
            last -= 1
    # rule name-after-restrictive-clause: a restrictive clause is part of the
    # description, and a person's name set off after it is the speaker's (`A driver we
    # spoke to on Bay Street, Jerome Cupid, says`; the parser hangs the name on the
    # street); one opening with no title or given name there is the street's or town's
    # apposition (`A porter we met in Kingstown, St Vincent, said`)
    restrictive = [c for c in head.rights if c.dep_ == "relcl" and not set_off_by_comma(c)]
    for token in head.subtree:
        end = token.right_edge.i  # `, Jade Okwuosa, 26,`: the age after the name is its
        while end > token.i and doc[end].is_punct:
            end -= 1
        name_end = token.i
        while end + 2 <= last and (inner_hyphen(doc[end + 1]) or letter_apostrophe(doc[end + 1])):
            # `, Lee Min-ji,`: the parse hangs `ji` apart, a second apposition; so `Okoth`
            # after the Luo `ng'` of `, Otieno Ochieng' Okoth,` (rule apposed-name-apostrophe)
            end += 2
            name_end = end
        if token.dep_ != "appos" or token.pos_ != "PROPN" or end != last:
            continue
        if legal_form(token.text) and end > token.i:
            # `Counsel for the developer, Brackley Wind Ltd, Ms Aoife Kenny, told …`: the
            # company the role serves, then the person who holds it (a company's name
            # closing the set-off is the speaker: `The contractor, Kora Build Ltd, said`)
            continue
        start = token.left_edge.i
        while start < token.i and doc[start].is_punct:
            start += 1  # the parse may hang the comma before the name on it
        start = _courtesy_in_brackets(head, start)
        if doc[start].lower_ in INDEFINITE:
            # rule indefinite-apposition-no-name: `the nominee, a former Solicitor
            # General, averred …` describes the speaker by an office, it names no one
            continue
        if _inside_quotation(head, start):
            continue  # `The study, … under the title "Morning Light, Evening Screens",`
        if _after_set_off_role(token, head, start):
            # rule role-set-off-name: `One jury member, the Scottish actress Ruby
            # Marshall, said …`: the person a role set off after the description names
            return whole_name(doc[start : name_end + 1])
        if _bracketed_body(head, doc[start : name_end + 1]):
            # rule bracketed-body-name: `The city's power utility (Yangon Electricity
            # Supply Corporation) said …`: the body's name in brackets after its description
            return whole_name(doc[start : name_end + 1])
        if start > head.i and doc[start - 1].text == ",":
            opening = doc[start]
            if restrictive and not (opening.lower_ in TITLES or is_given_name(opening.text)):
                return None  # `A porter we met in Kingstown, St Vincent, said`: a place's
            if _place_apposition(head, token, doc[start : name_end + 1]):
                return None
            return whole_name(doc[start : name_end + 1])
        glossed = _after_gloss(token, head)
        if glossed is not None:
            return glossed
    return None


def _courtesy_in_brackets(head: Token, start: int) -> int:
    """Rule bracketed-courtesy-title: where a name set off by a comma opens when a title
    and a courtesy title in brackets stand before it, as the Nigerian press writes a
    chief's or a doctor's style (`the mayor of Ikire, Chief (Mrs) Adunni Bamidele,`): the
    parse hangs the brackets on the name and the title apart, so the name's words seemed
    to open inside the brackets; `start` itself for other shapes."""
    doc = head.doc

    def title(k: int) -> bool:
        return doc[k].lower_.rstrip(".") in TITLES

    if (
        head.i + 3 <= start < len(doc) - 1
        and doc[start - 1].text == "("
        and doc[start + 1].text == ")"
        and title(start)
        and title(start - 2)
        and doc[start - 3].text == ","
    ):
        return start - 2  # `, Chief (Mrs) Adunni Bamidele`
    return start


def _inside_quotation(head: Token, start: int) -> bool:
    """Rule quoted-title-no-name: whether a name set off after a described speaker
    opens inside quotation marks that open after the speaker's word: a work's title
    (`The study, led by Dr Ana Ruiz and published under the title "Morning Light,
    Evening Screens", found …`, `The report, "Cold Homes, Empty Tills", says …`), no
    person's or body's name the description stands for, as an odd count of double
    marks between the two shows (a single mark may be an apostrophe: `the workers'
    representative, Ana Ruiz,`)."""
    return sum(t.text in _DOUBLE_MARKS for t in head.doc[head.i + 1 : start]) % 2 == 1


def _after_set_off_role(token: Token, head: Token, start: int) -> bool:
    """Whether a person's name (`token` its apposed word, from token `start`) follows
    right after a role noun that is itself set off by a comma after the described
    speaker `head` (`One jury member, the Scottish actress Ruby Marshall,`), or a
    business's name after a word for a business set off after one (`The company, the
    Oslo firm Nordvik Marine,`)."""
    role = token.head
    if not (role.dep_ == "appos" and role.pos_ == "NOUN" and start == role.i + 1):
        return False
    opening = role.left_edge.i
    if not (opening > head.i + 1 and head.doc[opening - 1].text == ","):
        return False
    name = entity_at(token)
    if name is not None and name.label_ == "PERSON":
        return True
    # rule kind-set-off-body: `The company, the Oslo firm Nordvik Marine, said …`: a
    # description of a business, then another set off after it that names the business
    return role.lower_ in COMPANY_WORDS and head.lower_ in COMPANY_WORDS


def _bracketed_body(head: Token, name: Span) -> bool:
    """Rule bracketed-body-name: whether the words `name`, set in brackets right after a
    description headed by a common noun (`head`), are a body's name: capitalised words
    ending in a word that ends bodies' names (:data:`~quotes.source_words.BODY_ENDS`:
    `The city's power utility (Yangon Electricity Supply Corporation) said …`), not an
    acronym alone nor a place (`the regional office (Northern Cape)`)."""
    doc = head.doc
    return (
        head.pos_ == "NOUN"
        and len(name) > 1
        and name.start > head.i + 1
        and doc[name.start - 1].text == "("
        and name.end < len(doc)
        and doc[name.end].text == ")"
        and name[-1].lower_ in BODY_ENDS
        and all(t.is_alpha and t.text[:1].isupper() for t in name)
    )


def _place_apposition(head: Token, token: Token, name: Span) -> bool:
    """Rule place-apposition-no-name: whether the words `name` set off after a described
    speaker (`head`; `token` heads the apposition) name a place, not the speaker: a
    nation's name (`According to the union, Scotland, which …, will …`), or the state or
    region after a town that the description's own phrase names (`Several residents of
    Milltown, Ohio, said`, `A farmer from Lakeview, Oregon, said`: the parse hangs the
    region on the town). The second shape is told by its form: the apposition hangs on
    a proper noun that is the object of a preposition; after a plural description
    (`residents`) it may be of any length, as one person's name is no group's, after a
    singular one it is one word (a person's name set there has two: `The head of the
    PAC backing Bush, Mike Murphy, praised …`). Never words that a title or a given name
    opens (`Her daughter, Georgia, said`), which may be a person's whatever else they
    name."""
    opening = name[0]
    if opening.lower_ in TITLES or is_given_name(opening.text):
        return False  # `Her daughter, Georgia, said`: a given name, whatever else it names
    if names_a_nation(name.text):
        return True
    town = token.head
    if town.i == head.i or town.pos_ != "PROPN" or town.dep_ != "pobj":
        return False
    return head.tag_ in _PLURAL_TAGS or len(name) == 1


def _after_gloss(token: Token, head: Token) -> Span | None:
    """The person's name an apposition `token` heads when a gloss in brackets stands
    between the title `head` and the name instead of a comma (`Wethouder (alderman) Joost
    Smit, who …, told`; the parser may hang the gloss on the name); else None."""
    name = entity_at(token)
    if name is None or name.label_ != "PERSON" or name.start <= head.i + 1:
        return None
    doc = head.doc
    if doc[name.start - 1].text == ")" and before_gloss(doc, name.start) == head.i:
        return doc[name.start : max(token.i + 1, name.end)]
    return None


def whole_name(span: Span) -> Span:
    """The person's whole name when the parse heads an apposition inside it: `the new
    councillor, Jo Osei-Marchetti, says`, where `Osei` may be the apposition and
    `Marchetti` hang on it (a hyphenated surname the parse cut); else `span`."""
    name = entity_at(span[-1])
    if name is not None and name.label_ == "PERSON" and name.start <= span.start < name.end:
        return span.doc[span.start : max(span.end, name.end)]
    return span


def subject_name(head: Token) -> Span | None:
    """The person's name set off by a comma after a described subject that the parser
    made a second subject of the verb: `Carol Fenwick` in `"…," recalls his neighbour on
    the next stall, Carol Fenwick, who sells cheese` (a name, not a pronoun or a role)."""
    if head.dep_ != "nsubj" or head.pos_ == "PROPN":
        return None
    for other in head.head.children:
        if (
            other.dep_ == "nsubj"
            and other.i > head.i
            and other.pos_ == "PROPN"
            and other.ent_type_ == "PERSON"
            and head.doc[other.left_edge.i - 1].text == ","
        ):
            return head.doc[other.left_edge.i : other.i + 1]
    return None


def name_before_brackets(mention: Span) -> Span | None:
    """The name right before the brackets a speaker mention stands in, which say more
    of its bearer (a party and a seat, an acronym): `Julian Ashworth-Kemp` for `Welsh
    Conservatives` in `Julian Ashworth-Kemp (Welsh Conservatives, Preseli Coast) said`,
    where the parser made the party the subject; read from the words (capitalised words
    and the hyphens inside them); None elsewhere, and where the brackets name an office's
    holder, as a record does: after an office (`The Convener (Struan Baird):`), or a
    mention that opens with a title, a person's name in its own right (`The Minister of
    State, Home Office (Lord Hale of Ely)`)."""
    doc = mention.doc
    opening = mention.start - 1
    if opening < 1 or doc[opening].text != "(" or mention[0].lower_.rstrip(".") in TITLES:
        return None
    start = opening
    while start > 1 and (_name_word(doc[start - 1]) or inner_hyphen(doc[start - 1])):
        start -= 1
    while start < opening and not doc[start].is_alpha:
        start += 1
    if start == opening or (start + 1 == opening and doc[start].lower_ in TITLES):
        return None
    if is_office(doc[start:opening].text):
        return None  # `The Convener (Struan Baird):` names the office's holder
    return doc[start:opening]


def _name_word(token: Token) -> bool:
    """Whether a token is a capitalised word."""
    return token.is_alpha and token.text[:1].isupper()
