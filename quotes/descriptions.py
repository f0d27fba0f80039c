"""Descriptions that stand for someone the text has named.

A reporter names a source once and then describes it: `the prosecutor`, `the
61-year-old`, `the council`, `the report`. A reader links the description to the one
named referent that fits, and so do these rules: a role given at a mention of the
person (`Prosecutor Daniel Okafor`, `his barrister, Priya Raman`), an age in
apposition (`Graham Whitlock, 61,`), an organisation whose name ends in the kind
(`Ravensholm City Council`), a work whose maker was named (`a report by the audit
office`; read by :mod:`quotes.works`). When none or several fit, the description stays
as written.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from quotes.body_names import whole_body_name
from quotes.cue_words import token_indices
from quotes.genders import gender_of_given
from quotes.language import word_list, word_map
from quotes.mentions import mention_span
from quotes.names import GLUED_KEY, ORG_KINDS

#: Titles and honorifics, which stand before a name without being part of it.
_TITLES = word_list("titles")
#: Other kind words of bodies of a kind: `school` → `academy`, `college`.
_KIND_NAMES = word_map("organisation-kind-names")
#: `the 61-year-old`: the age it gives, at the end of the text before the head `old`.
_AGE = re.compile(r"(\d{1,3})[-‐‑ ]years?[-‐‑ ]old$")
#: Nouns of a person's role or place in a team (`sophomore`), read as a role before a
#: name in a sentence no parse reached.
_ROLE_NOUNS = word_list("person-roles") | word_list("team-places")
#: Parts of speech of the words of a role before a name (`Opposition alderman`).
_ROLE_POS = ("NOUN", "PROPN", "ADJ")


def role_words(ent: Span) -> set[str]:
    """The role nouns the text gives a person at one mention, lower case: the words
    right before the name (`Prosecutor Daniel Okafor`, `Opposition alderman Joost de
    Wit`) and an apposition (`his barrister, Priya Raman`, `Priya Raman, a barrister`,
    `the hospice's chief executive, Rosalind Achterberg`)."""
    doc = ent.doc
    words: set[str] = set()
    i = ent.start - 1
    untagged = False  # once past an untagged lower-case word, only such words
    while i >= max(0, ent.start - 4) and _role_word(doc[i]):
        if untagged and doc[i].pos_ in _ROLE_POS:
            break
        untagged = doc[i].pos_ not in _ROLE_POS
        if not untagged or doc[i].lower_ in _ROLE_NOUNS:
            words.update((doc[i].lower_, doc[i].lemma_.lower()))
        i -= 1
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and (
        root.head.pos_ == "NOUN" or (root.head.pos_ == "PROPN" and root.head.lower_ in _TITLES)
    ):
        # `his barrister, Priya Raman`; `The Commissioner for Commerce, Chief Ngozi Bakare`
        nouns.append(root.head)
    set_off = _noun_set_off_before(ent)
    if set_off is not None:
        # `questions from the presenter, Ifeoma Ruiz`, the name hung on `questions`
        nouns.append(set_off)
    for noun in nouns:
        words.update((noun.lower_, noun.lemma_.lower()))
    words.update(_bracketed_role(ent))
    words.update(_party_tag(ent))
    return words


def _role_word(token: Token) -> bool:
    """Whether a word right before a name may be the person's role: a noun, proper noun
    or adjective (`Opposition alderman Joost de Wit`), or in a sentence no parse reached
    (:mod:`quotes.stitching`), a lower-case word that is no stop word (`without
    sophomore guard Andre Villa`; not the capitalised words before it, `A Bench
    comprising Chief Justice …`), not a name's word; such a word is a role only when
    it is a known role noun (:data:`_ROLE_NOUNS`), not a verb (`has shown Trump`)."""
    if token.ent_type_:
        return False
    if token.pos_ in _ROLE_POS:
        return True
    return not token.pos_ and token.is_alpha and token.is_lower and not token.is_stop


#: How the parse hangs a name set off in apposition on a word other than its noun.
_LOOSE = frozenset({"appos", "npadvmod", "conj", "dep"})


def _noun_set_off_before(ent: Span) -> Token | None:
    """The noun a name is set off after by a comma when the parse hung the name, in
    apposition, on another noun: `presenter` in `questions from the presenter, Ifeoma
    Ruiz` (a definite noun right before the comma, the name right after it, hung
    loosely: :data:`_LOOSE`); None otherwise (`In the poll, Ruiz leads`, a subject, is
    no apposition)."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].text != "," or ent.root.dep_ not in _LOOSE:
        return None
    noun = doc[ent.start - 2]
    if noun.pos_ != "NOUN" or not noun.is_lower or ent.root.head == noun:
        return None
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    return noun


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


def age_of(ent: Span) -> str | None:
    """The age set off after a name: `61` in `Graham Whitlock, 61, admitted …`."""
    for child in ent.root.rights:
        if child.like_num and child.i == ent.end + 1 and ent.doc[ent.end].text == ",":
            return child.text
    return None


def described_age(head: Token) -> str | None:
    """The age a description gives: `61` for `the 61-year-old` (head `old`)."""
    if head.lower_ != "old":
        return None
    # The 16 characters before `old` (`the 61-year-old`), read from the few tokens there,
    # not from `doc.text`, which spaCy joins anew from every token on each call.
    near = head.doc[max(0, head.i - 8) : head.i + 1]
    at = head.idx - near.start_char
    match = _AGE.search(near.text[max(0, at - 16) : at + 3])
    return match.group(1) if match else None


def is_definite(head: Token) -> bool:
    """Whether a description is definite (`the prosecutor`, `their union`, `her
    challenger`), not `a prosecutor`."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        or (c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"))
        for c in head.children
    )


#: Parts of speech a word of an organisation's name can be tagged with (`Open Streets
#: Coalition`: the tagger reads `Open` as an adjective).
_NAME_POS = ("PROPN", "NOUN", "ADJ", "X")


def proper_name(tokens: list[Token], joined: bool = True) -> str:
    """A proper name with the capitalised words the parse left before it, as the text
    writes it: `Open Streets Coalition` for `Streets Coalition`, `Marlow County
    Sheriff's Office` for `Office`, `Nurses' Association` for `Association`, across an
    ampersand (`Retail & Allied Workers Union`); and a firm's second name after an
    ampersand (`Kestrel & Finch` for `Kestrel`); a body's name the parse cut at a small
    word, whole (`Food and Drug Administration`, `Centre for Cities`: :mod:`quotes.body_names`),
    unless `joined` is false."""
    doc = tokens[0].doc
    glued = {span.start for span in doc.spans.get(GLUED_KEY, ())}
    start = tokens[0].i
    # Across a sentence start too: the parser may end a sentence between two words of a
    # name (`Brightlane | Cloud said`); punctuation or a line break stops it anyway.
    while start > 0 and start - 1 not in glued:
        prev = doc[start - 1]
        if prev.tag_ == "POS" and start >= 2 and doc[start - 2].text[:1].isupper():
            start -= 2
        elif (
            prev.text[:1].isupper()
            and prev.is_alpha
            and prev.pos_ in _NAME_POS
            and prev.lower_ not in _TITLES
        ):
            start -= 1
        elif prev.text == "&" and start >= 2 and doc[start - 2].text[:1].isupper() and (
            doc[start - 2].is_alpha
        ):
            start -= 2  # `Retail & Allied Workers Union`, cut at the ampersand
        else:
            break
    end = _ampersand_end(doc, tokens[-1].i + 1)
    if joined:
        start, end = whole_body_name(doc, start, end)
    return doc[start:end].text


def _ampersand_end(doc: Doc, end: int) -> int:
    """Where a name that ends before token `end` ends when an ampersand joins it to
    more capitalised words, as firms' names do (`Kestrel & Finch`, `Marks & Spencer`,
    where the parse may end the name at `&`): after those words; else `end`."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "&"
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].is_alpha
    ):
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
    return end


def one_name_before(head: Token) -> str | None:
    """`The company said …` when no body has spoken yet: the one name of two or more
    capitalised words the text wrote before it that is no person's (`Halvorsen Marine`
    in `Shares in Halvorsen Marine fell … The company said`), as the text writes it; None
    when there are none or several (a place is a name too, and then no one is sure).
    Read from the words, as the sentences before may be left unparsed: a run's first
    word is dropped when it opens a sentence (`Shares`), and a run is a person's when it
    holds a title or opens with a given name (`Judge Rosalind Achebe`, `Carys Lloyd`),
    not when the name finder took it for one (a firm that `dismissed` someone is the
    subject of a cue word)."""
    doc = head.doc
    names = set()
    i = 0
    while i < head.i:
        j = i
        while j < head.i and _name_word(doc[j]):
            j += 1
        if j == i:
            i += 1
            continue
        start = i + 1 if doc[i].is_sent_start else i
        words = [t for t in doc[start:j] if t.is_alpha]
        if len(words) > 1 and doc[start].is_alpha and not (
            gender_of_given(words[0].text) is not None
            or any(t.lower_ in _TITLES for t in words)
        ):
            names.add(doc[start : _ampersand_end(doc, j)].text)
        i = j
    return names.pop() if len(names) == 1 else None


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, or a hyphen inside one (`Lloyd-Mensah`)."""
    if token.text in ("-", "‐", "‑"):
        return token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.is_alpha and token.text[:1].isupper()


def fullest_name(doc_text: str, name: str) -> str:
    """The one longer form of a short name the text also uses (`Vantor Mobility` for
    `Vantor`): the name followed by capitalised words; the name itself when the text
    has none or several."""
    pattern = rf"(?<![\w'’-]){re.escape(name)}((?: [A-Z][\w'’-]*)+)"
    longer = {name + m.group(1) for m in re.finditer(pattern, doc_text)}
    return longer.pop() if len(longer) == 1 else name


def titled_name(doc_text: str, name: str) -> str:
    """The one longer form of a body's short name that the text writes after `the` with
    capitalised words before it (`Washington Post` for `the Post`, `New York Times` for
    `the Times`); the name itself when the text has none or several."""
    pattern = rf"(?<![\w'’-])[Tt]he ((?:[A-Z][\w'’.-]* )+){re.escape(name)}(?![\w'’-])"
    longer = {m.group(1) + name for m in re.finditer(pattern, doc_text)}
    return longer.pop() if len(longer) == 1 else name


#: Small words an acronym skips: `IMF` for `International Monetary Fund`, `NAO` for
#: `National Audit Office`, `WHO` for `World Health Organization`.
_ACRONYM_SKIPS = ("of", "for", "and", "the", "on", "&")


def spelled_out(doc_text: str, acronym: str) -> str | None:
    """`International Monetary Fund` for `IMF`: the one run of capitalised words in the
    text whose initials spell a short all-capitals name (small words like `of` skipped);
    None when the name is no acronym or the text spells it out never or in several ways."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    skip = "|".join(re.escape(w) for w in _ACRONYM_SKIPS)
    words = [rf"{letter}[\w'’-]+" for letter in acronym]
    pattern = rf"(?<![\w'’-]){(r'(?: (?:' + skip + r'))* ').join(words)}(?![\w'’-])"
    found = {m.group(0) for m in re.finditer(pattern, doc_text)}
    return found.pop() if len(found) == 1 else None


def kind_name(head: Token, spoken: Collection[str] = ()) -> str | None:
    """`the council` → `Ravensholm City Council`: the name in the text whose kind word
    is the description's kind (`Society of Radiographers` for `the union` too, when the
    text names no body with the kind itself, see :data:`_KIND_NAMES`), written as the
    text writes it (:func:`_kind_names`); of several, the one named before the
    description (`The court also found …` after `The Court of Appeal ruled …`, not the
    `Supreme Court` named after it), of several before, the one that has spoken
    (`spoken`, the bodies resolved as speakers so far), else the one named last before
    it; None when there is none."""
    kind = head.lower_
    if kind not in ORG_KINDS:
        return None
    doc = head.doc
    names = _kind_names(doc, frozenset({kind}))
    named = any(
        doc[i].text[:1].isupper() and i != head.i
        for i in token_indices(doc, "LOWER", frozenset({kind}))
    )
    if not named and head.is_lower and kind in _KIND_NAMES:  # `the union`, not `Union`
        names = _kind_names(doc, frozenset(_KIND_NAMES[kind]))
    if len(names) < 2:
        return next(iter(names), None)
    before = {name: at for name, at in names.items() if at < head.i}
    if len(before) == 1 or not before:
        return next(iter(before), None)
    spoke = [name for name in before if name in spoken]
    if len(spoke) == 1:
        return spoke[0]
    return max(before, key=lambda name: before[name])


def _kind_names(doc: Doc, kinds: frozenset[str]) -> dict[str, int]:
    """The names in the text whose kind word (capitalised, not opening a sentence) is
    one of `kinds`, each with the index of its kind word where the text first names it:
    `Ravensholm City Council`, `Society of Radiographers`, `Department for Transport`,
    widened over the words the parse cut off (`City of Tshwelo Metropolitan
    Municipality`, :func:`~quotes.body_names.whole_body_name`). Only the kind words
    are made tokens (:func:`~quotes.cue_words.token_indices`)."""
    names: dict[str, int] = {}
    for i in token_indices(doc, "LOWER", kinds):
        token = doc[i]
        if token.text[:1].isupper() and not token.is_sent_start:
            span = mention_span(token)
            words = [t for t in span if t.pos_ != "DET"]
            if len(words) > 1:
                bounds = whole_body_name(doc, words[0].i, words[-1].i + 1)
            elif (end := _of_name_end(token)) is not None:
                bounds = whole_body_name(doc, token.i, end)
            else:
                continue
            names.setdefault(doc[bounds[0] : bounds[1]].text, i)
    return names


#: Small words inside a body's name after its kind word (`Society of Radiographers and
#: Imaging Staff`, `Institute for the Study of War`).
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&"})


def _of_name_end(kind: Token) -> int | None:
    """Where a name that opens with its kind word ends: `Society of Radiographers and
    Imaging Staff`, `Department for Transport and Infrastructure` (the parse often leaves
    the `of` or `for` phrase off, or splits it at `and`): capitalised words and the small
    words between them; None when `of` or `for` and a capital do not follow."""
    doc = kind.doc
    end = kind.i + 1
    if (
        end + 1 >= len(doc)
        or doc[end].lower_ not in ("of", "for")
        or not doc[end + 1].text[:1].isupper()
    ):
        return None
    last = end + 1
    j = end + 1
    while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].lower_ in _NAME_JOINERS):
        if doc[j].text[:1].isupper():
            last = j
        j += 1
    return last + 1
