"""Names as the text writes them: a proper name with the words the parse left out of it.

The parse often cuts a name (`Streets Coalition` for `Open Streets Coalition`, `Kestrel`
for `Kestrel & Finch`, `Office` for `Marlow County Sheriff's Office`). These steps give
the name whole, as written (:func:`proper_name`), and the named body a kind word stands
for (:func:`kind_name`); the body a headline or the one firm named before a description
names is :mod:`quotes.unspoken_bodies`; a name's longer forms elsewhere in the text (its
fullest, legal, titled or `of` form, an acronym spelled out) are :mod:`quotes.longer_forms`.
Split from :mod:`quotes.descriptions`, which links descriptions to these names.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from quotes.body_names import kind_word, whole_body_name
from quotes.cue_words import token_indices
from quotes.doc_memo import memo
from quotes.forced_capitals import opening_kind
from quotes.foreign_body_names import romance_join_before
from quotes.language import word_list, word_map
from quotes.mentions import mention_span, owns_nothing
from quotes.name_spans import TITLES
from quotes.name_starts import day_after_preposition
from quotes.names import GLUED_KEY, ORG_KINDS
from quotes.source_words import BUSINESS_ENDS, legal_form

#: Other kind words of bodies of a kind: `school` → `academy`, `college`.
_KIND_NAMES = word_map("organisation-kind-names")
#: Last words of a law's name (`the Labour Relations Act`): no body a description fits.
_LAW_NAME_ENDS = word_list("law-name-ends")
#: Descriptions of a body that oversees firms (`the regulator`), never a firm's.
OVERSEEING = word_list("overseeing-kinds")
#: Last words of a place's name (`Uruguay River`, `Harbour Street`), which no description
#: of a kind of organisation stands for.
_PLACE_ENDS = word_list("place-name-heads") - ORG_KINDS
#: Dashes that join two names into one when no space is on either side.
_NAME_DASHES = frozenset("–—-‐‑")
#: Parts of speech a word of an organisation's name can be tagged with (`Open Streets
#: Coalition`: the tagger reads `Open` as an adjective).
_NAME_POS = ("PROPN", "NOUN", "ADJ", "X")
#: Words for a day (`Monday`, `yesterday`), which as an adverb of time open no name.
_DAYS = word_list("day-words")
#: Head words a kind word may stand before inside a name (`Police Administration`).
_INSIDE_HEADS = word_list("kind-inside-heads")

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
            if _quoted_word(doc, start - 2):
                break  # `Thabo 'Tiger' Ndlovu`: a nickname's closing mark, no possessive
            start -= 2
        elif (
            prev.text[:1].isupper()
            and prev.is_alpha
            and (prev.pos_ in _NAME_POS or _plural_read_as_verb(prev))
            and prev.lower_ not in TITLES
            and not opening_kind(prev)  # `Drugmaker Halvern Pharma said`
            and not says_when(prev)  # `Yesterday France said`, `In March Scotland said`
        ):
            start -= 1
        elif _joins(prev) and start >= 2 and doc[start - 2].text[:1].isupper() and (
            doc[start - 2].is_alpha
        ):
            start -= 2  # `Retail & Allied Workers Union`, cut at the ampersand
        elif (romance := romance_join_before(doc, start)) is not None:
            start = romance  # `Banco do Nordeste`, `Banco de la Nación`, cut after `do`
        else:
            break
    end = _possessive_firm_end(doc, ampersand_end(doc, tokens[-1].i + 1))
    if joined:
        start, end = whole_body_name(doc, start, end)
    return doc[start:end].text


def says_when(token: Token) -> bool:
    """Rule time-before-name: whether a capitalised word before a name says when, not
    whose name it is, so a name read back from a cut parse stops after it: a day the
    parse makes an adverb of time (`Yesterday France said …`, `Today Unilever said …`;
    not `The Sunday Times said`, where `Sunday` is part of the name), a day after a
    preposition (`On Monday Italy said …`) or a month after a preposition of time (`In
    March Scotland said …`, :func:`~quotes.name_starts.day_after_preposition`)."""
    return (token.lower_ in _DAYS and token.dep_ == "npadvmod") or day_after_preposition(token)


def _quoted_word(doc: Doc, i: int) -> bool:
    """Whether the word at `i` follows a single opening quotation mark glued to it, so
    that the mark after it closes a quote (`Thabo 'Tiger' Ndlovu`), not a possessive
    (`Nurses' Association`)."""
    return i > 0 and doc[i - 1].text in ("'", "‘") and not doc[i - 1].whitespace_


def _plural_read_as_verb(token: Token) -> bool:
    """Rule plural-name-word: a capitalised plural inside a name that the tagger read as
    a verb in `-s` (`Llanelli Wanderers RFC`), a capitalised word before it in the run,
    not opening its sentence."""
    return (
        token.tag_ == "VBZ"
        and not token.is_sent_start
        and token.i > 0
        and token.doc[token.i - 1].text[:1].isupper()
        and token.doc[token.i - 1].is_alpha
    )


def _possessive_firm_end(doc: Doc, end: int) -> int:
    """Rule possessive-firm-name: the end of a name written with a possessive mark that
    owns nothing, the subject of a verb itself (`Macy's said …`), after the mark: a firm
    named for its founder keeps it; `end` otherwise."""
    if end < len(doc) and doc[end].head.i == end - 1 and owns_nothing(doc[end]):
        return end + 1
    return end


def _joins(token: Token) -> bool:
    """Whether a token joins two names into one: an ampersand (`Kestrel & Finch`) or a
    dash with no space either side (`Solvane–Kerr Cycling`, a team named for two
    sponsors; not `Solvane – Kerr`, a dash set off between phrases)."""
    if token.text == "&":
        return True
    return (
        token.text in _NAME_DASHES
        and token.i > 0
        and not token.whitespace_
        and not token.doc[token.i - 1].whitespace_
    )


def ampersand_end(doc: Doc, end: int) -> int:
    """Where a name that ends before token `end` ends when an ampersand or a dash with
    no space around it joins it to more capitalised words, as firms' names do (`Kestrel
    & Finch`, `Marks & Spencer`, `Solvane–Kerr Cycling`, where the parse may end the
    name at the joint): after those words; else `end`."""
    while (
        end + 1 < len(doc)
        and _joins(doc[end])
        and doc[end + 1].text[:1].isupper()
        and firm_word(doc[end + 1])
    ):
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and firm_word(doc[end]):
            end += 1
    return end


def firm_word(token: Token) -> bool:
    """A word of a firm's name: a word of letters, or an abbreviation with its full
    stop that ends one (`Co.`, `Inc.` in `Nestling & Co.`)."""
    return token.is_alpha or (token.text.endswith(".") and token.text[:-1].isalpha()
                              and len(token.text) > 2)


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
    named = any(i != head.i and not doc[i].is_sent_start for i in _capitalised(doc, kind))
    if not named and (head.is_lower or head.is_sent_start) and kind in _KIND_NAMES:
        # `the union`, not `Union`; rule kind-opening-sentence: `Police said …` after `the
        # Polizei Hamburg`, a capital the sentence gives, no name's (nor does one that
        # opens another sentence make the kind a name the text uses)
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


def kind_fits(kind: str, name: str) -> bool:
    """Whether a body's name can be what a description of its kind stands for: not when
    the name ends in another kind of organisation (`the bank` is no `Financial Services
    Authority`, `the company` no `Harrow District Council`), unless a body of that kind
    may be named so (`the union` and `Society of Radiographers`, :data:`_KIND_NAMES`);
    a name's kind word may open it (:func:`~quotes.body_names.kind_word`: `the company`
    is no `Syndicat des travailleurs …`); never a law's name (`the company` is no
    `Labour Relations Act`) nor a place's (`Uruguay River`, `Harbour Street`); a body
    that oversees firms is no firm's name (:data:`OVERSEEING`)."""
    last = kind_word(name)
    end = name.split()[-1].lower()
    if kind in OVERSEEING and (legal_form(name.split()[-1]) or end in BUSINESS_ENDS):
        return False  # rule overseer-no-firm: `the regulator` is no `Luminia Energía S.L.`
    if kind in ORG_KINDS and end in _LAW_NAME_ENDS:
        return False
    if kind in ORG_KINDS and end != kind and end in _PLACE_ENDS and not legal_form(end):
        return False  # rule place-is-no-body: `the company` is no `Uruguay River`
    return (
        kind not in ORG_KINDS
        or last not in ORG_KINDS
        or last == kind
        or last in _KIND_NAMES.get(kind, ())
    )


def _kind_names(doc: Doc, kinds: frozenset[str]) -> dict[str, int]:
    """The names in the text whose kind word (capitalised, not opening a sentence) is
    one of `kinds`, each with the index of its kind word where the text first names it:
    `Ravensholm City Council`, `Society of Radiographers`, `Department for Transport`,
    widened over the words the parse cut off (`City of Tshwelo Metropolitan
    Municipality`, :func:`~quotes.body_names.whole_body_name`). Only the kind words
    are made tokens (:func:`~quotes.cue_words.token_indices`); read once per doc and
    kinds, as a description of the kind may recur thousands of times."""
    known: dict[frozenset[str], dict[str, int]] = memo(doc, "kind-names")
    if kinds not in known:
        known[kinds] = _names_of_kinds(doc, kinds)
    return known[kinds]


def _capitalised(doc: Doc, kind: str) -> list[int]:
    """The indices of the kind word written with a capital (`Council`), read once per
    doc and kind."""
    known: dict[str, list[int]] = memo(doc, "kind-capitalised")
    if kind not in known:
        known[kind] = [
            i for i in token_indices(doc, "LOWER", frozenset({kind})) if doc[i].text[:1].isupper()
        ]
    return known[kind]


def _names_of_kinds(doc: Doc, kinds: frozenset[str]) -> dict[str, int]:
    """:func:`_kind_names`, read from the doc."""
    names: dict[str, int] = {}
    for i in token_indices(doc, "LOWER", kinds):
        token = doc[i]
        if token.text[:1].isupper() and not token.is_sent_start:
            span = mention_span(_opened_name_head(token))
            words = [t for t in span if t.pos_ != "DET"]
            if len(words) > 1:
                bounds = whole_body_name(doc, words[0].i, words[-1].i + 1)
            else:
                # a kind word the name opens with (`Society of Radiographers`): the parse
                # often leaves the `of`/`for` phrase off the mention
                bounds = whole_body_name(doc, token.i, token.i + 1)
                if bounds == (token.i, token.i + 1):
                    continue
            names.setdefault(doc[bounds[0] : bounds[1]].text, i)
    return names


def _middle_kind(token: Token) -> bool:
    """Rule foreign-kind-inside: whether a kind word of another language stands inside a
    name between capitalised words, as the name's compound (`Esporte Clube Serrano`,
    `Sport Clube Maré`): the name is the whole run, which the parse heads with its last
    word."""
    doc = token.doc
    return (
        token.dep_ == "compound"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text[:1].isupper()
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
    )


def _opened_name_head(token: Token) -> Token:
    """Rule foreign-kind-opens: the head of the name a kind word of another language
    opens, as that language writes a body's name (`the Fundação Casa da Ribeira`, `the
    Stiftung Elbufer`), whose parse hangs the kind word on the name's last word as a
    compound; the word itself otherwise, and for an English kind word, which a name
    holds as its head (`Ravensholm City Council`, not the `Council Tax Office`), or as
    a word before the head (:func:`_kind_inside`)."""
    head = token
    if token.lower_ in ORG_KINDS:
        return _kind_inside(token)
    if token.i and token.doc[token.i - 1].text[:1].isupper() and not _middle_kind(token):
        return head
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    return head


def _kind_inside(token: Token) -> Token:
    """Rule kind-inside-name: the head of a name an English kind word stands inside,
    right before the name's own head word (:data:`_INSIDE_HEADS`), as its compound:
    `Administration` for `Police` in `the Novi Sad Police Administration`, `Society`
    for `Cooperative` in `the Al-Ahsa Date Growers' Cooperative Society`, so `Police
    said …` is the whole body's, not `Novi Sad Police`'s; the word itself otherwise."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return token
    after = doc[token.i + 1]
    if (
        token.dep_ == "compound"
        and token.head.i == after.i
        and after.lower_ in _INSIDE_HEADS
        and after.text[:1].isupper()
    ):
        # shape: <Name> <Kind> <Head> (`the Lanford Police Department`)
        return after
    return token
