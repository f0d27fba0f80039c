"""The words that name a speaker: a mention's span, its named entity, a work's author.

A cue's pattern finds the one token heading its speaker; what a reader takes as the
speaker is the whole phrase (`the union chief`, `Maria Lindqvist`, `a tally by the
Press Association`). These functions read that phrase off the parse; every later step
(resolving, the speaker table, inheritance) starts from it. Who made a work the
mention names (`the Press Association`), which it keeps, is read by
:mod:`quotes.work_authors`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.acronym_names import acronym_name
from quotes.body_names import PORTFOLIOS
from quotes.deps import SUBJECT
from quotes.document_parts import document_of_part, part_number
from quotes.foreign_body_names import foreign_joined
from quotes.genders import is_given_name
from quotes.joined_body_mentions import joined_mention
from quotes.language import word_list
from quotes.name_keys import PATRONYMIC_SUFFIXES
from quotes.name_spans import TITLES, inner_hyphen
from quotes.nationalities import nation_words
from quotes.normalise import HYPHENS
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import legal_form
from quotes.work_authors import author

#: Parts of speech a speaker mention can have.
NOMINAL = ("PROPN", "NOUN", "PRON")
#: Dependency labels of the words that make up a noun phrase's name part.
_NAME_PARTS = ("compound", "flat", "det", "amod", "nmod", "poss", "nummod", "case")
#: Words a company's legal form brackets inside its name (`(Pty) Ltd`).
_LEGAL_BRACKETS = word_list("legal-form-brackets")
#: A clock's time or a countdown's before a log's label (`14:02 HOST: "…"`, `T–00:04:00
#: LAUNCH CONDUCTOR: "…"`): when the line was said, no part of the name.
_TIME_STAMP = re.compile(r"(?:[TL][-\u2010\u2011\u2013\u2212+])?\d{1,2}(?:[:.]\d{2}){1,2}")


def continues_name(prep: Token) -> bool:
    """An `of` phrase that continues a proper name: `of England` in `Bank of England`,
    `of Water and Agriculture` in `Ministry of Water and Agriculture`."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and prep.head.pos_ == "PROPN"
        and all(t.pos_ in ("PROPN", "DET", "CCONJ") or t is prep for t in prep.subtree)
    )


def _after_glued_hyphen(token: Token) -> bool:
    """Whether a word follows a hyphen inside a name (`yeon` in `Seo-yeon`, `yan` in
    `Hoi-yan`, :func:`~quotes.name_spans.inner_hyphen`): the second part of a hyphened
    given name."""
    return token.i >= 2 and inner_hyphen(token.doc[token.i - 1])


def mention_span(token: Token) -> Span:
    """The words naming a speaker: a named entity, else the noun phrase's name part.

    `the union chief`, `Maria Lindqvist`, `he`, `a source`: the head with its
    determiners, compounds and modifiers to its left, but not clauses or appositions;
    a work keeps its author (`a tally by the Press Association`).
    """
    span = _mention_words(token)
    document = document_of_part(token)
    if document is not None:
        # `Paragraph 4 of the communiqué reads: …`: the part with the document it is of
        # (rule part-of-document)
        return token.doc[span.start : document.i + 1]
    number = part_number(token)
    if number is not None and number.i >= span.end:
        # `Article 12 guarantees: "…"`: the part with its number (rule numbered-part)
        span = token.doc[span.start : number.i + 1]
    if token.pos_ in ("PROPN", "NOUN"):
        # `The Instituut voor Zorgbeoordeling found`: the whole name across its Dutch,
        # German, Italian or Polish small words (rule foreign-joined-body)
        start, end = foreign_joined(token.doc, span.start, span.end)
        span = token.doc[min(start, span.start) : end]
    if token.pos_ == "PROPN" or _portfolio_noun(token):
        # `Devon and Cornwall Police said`, `Steppe & Sea Books said`: the whole name
        # across the joint where the parse cut it (rule joined-body-mention), with its
        # article (`The Gaming and Lotteries Commission`)
        start, end = joined_mention(token.doc, span.start, span.end)
        if start < span.start and start > 0 and token.doc[start - 1].lower_ == "the":
            start -= 1
        span = token.doc[min(start, span.start) : max(end, span.end)]
    spelled = acronym_name(token) if token.pos_ in ("PROPN", "NOUN") else None
    if spelled is None:
        return span
    # `Norland Radio and Television (NRT) said`: the whole name its acronym spells (rule
    # acronym-spelled-name), where the parse cut it, and no words before it but its
    # article (`The opposition Democratic Progress Party (DPP) said` names the party)
    doc = token.doc
    start = spelled[0]
    if span.start < start and doc[start - 1].pos_ == "DET":
        start -= 1
    return doc[start : max(spelled[1], span.end)]


def _mention_words(token: Token) -> Span:
    """The words of :func:`mention_span` as the parse and the names found give them."""
    doc = token.doc
    if token.ent_type_ and (
        token.pos_ == "PROPN" or token.lower_ in PATRONYMIC_SUFFIXES or _after_glued_hyphen(token)
    ):
        # `Daniyar Kadyrbek uulu told …`: the parse may head the name with `uulu`, and
        # `Rep. Yoon Seo-yeon of the Democratic Party said …` with the `yeon` after the
        # hyphen, a common noun to the tagger
        ent = entity_at(token)
        if ent is not None:
            return _with_first_word(ent)
    if token.pos_ == "PRON" or token.tag_ in NOUN_RELATIVE_TAGS:
        return doc[token.i : token.i + 1]
    start = token.i
    share = _is_share(token)
    for child in reversed(list(token.lefts)):
        glued = child.text in HYPHENS and not child.whitespace_  # `co-star`
        # `the 19-year-old`: words joined to the head by a hyphen, whatever the parse
        # calls them (`year`, an adverbial noun)
        hyphened = (
            child.right_edge.i + 1 < token.i
            and doc[child.right_edge.i + 1].text in HYPHENS
            and not child.right_edge.whitespace_
            and not doc[child.right_edge.i + 1].whitespace_
        )
        kept = not _TIME_STAMP.fullmatch(child.text) and (
            child.dep_ in _NAME_PARTS
            or glued
            or hyphened
            or (share and child.dep_ in _SHARE_LEFT)
            or _legal_bracket(child)
            or _legal_slash(child)
        )
        if not kept or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.i + 1
        elif child.i == end and owns_nothing(child):
            end = child.i + 1  # rule possessive-firm-name: `Macy's said …`
        elif share and child.i == end and _share_group(child):
            # `4 in 10`, `most of the nurses`: the group the share is of
            end = _group_end(child)
        elif continues_name(child) and child.i == end:
            # `the Bank of England`, `the University of Texas`
            end = child.right_edge.i + 1
        elif child.dep_ == "appos" and child.left_edge.i == end and child.ent_type_ == "PERSON":
            # `Opposition whip Raj Patel`: a role with the name right after it, to the
            # name's end where the parse heads it with its first word (`Superintendent
            # Dr. Warren T. Haddad III`, `T. Haddad III` hung on `Warren`)
            name = entity_at(child)
            end = max(child.i + 1, name.end if name is not None else 0)
        elif child.i == end and (maker := author(token)) is not None and maker in child.subtree:
            # `a tally by the Press Association`, `figures compiled by Reuters`: who made
            # the work speaks through it
            end = child.right_edge.i + 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a space the parse hung on the name's first word: a page's tag read so
    while end > token.i + 1 and doc[end - 1].is_punct and doc[end - 1].text not in ")]":
        end -= 1  # `figures compiled by Reuters,`: the comma the phrase's parse ended on
    return doc[start:end]


#: Most capitalised words before a name that the entity finder left out of it.
_LEFT_OUT = 2


def _portfolio_noun(token: Token) -> bool:
    """Whether a subject the tagger read as a common noun is a capitalised portfolio word
    (`Highways and Public Works said …`, `Fisheries and Oceans Canada said …`), which
    may open a department's name (rule portfolio-department)."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.lower_ in PORTFOLIOS


def _with_first_word(ent: Span) -> Span:
    """Rule entity-first-word: a name of two words or more with the capitalised words
    right before it that the entity finder left out though the parse hangs them on the
    name as compounds (`Consumer Forum Norden said …`, where the entity begins at
    `Forum`): the whole name;
    not a title (`Senator`), nor anything before a person's name that opens with a given
    name (`Labour MP Ana Ruiz`), nor one word alone (`Malhotra-Kemp`), nor a word a
    preposition puts before the name as when (`In March Malhotra-Kemp told …`), nor a
    word that is no noun (`Later Ag Assalat said …`, an adverb the parse hung on it)
    or a people's (`Indonesian Budi Santoso told …`)."""
    doc = ent.doc
    if len(ent.text.split()) < 2 or is_given_name(ent[0].text):
        return ent
    start = ent.start
    while start > 0 and ent.start - start < _LEFT_OUT:
        prev = doc[start - 1]
        if not (
            prev.dep_ == "compound"
            and prev.pos_ in ("PROPN", "NOUN")  # not `Later Ag Assalat said …`
            and not nation_words(prev.text)  # `Indonesian Budi Santoso told …`
            and ent.start <= prev.head.i < ent.end
            and prev.is_alpha
            and prev.text[:1].isupper()
            and not prev.ent_type_
            and prev.lower_ not in TITLES
            and not is_given_name(prev.text)
            and not (start >= 2 and doc[start - 2].pos_ == "ADP")
        ):
            break
        start -= 1
    return ent if start == ent.start else doc[start : ent.end]


def owns_nothing(mark: Token) -> bool:
    """Rule possessive-firm-name: whether a token is a possessive mark that owns nothing,
    its name the subject of the finite verb right after it (`Macy's said …`, `Halbrook's
    has sold …`), as a firm named for its founder is written and no person is; not a
    participle the parse took for the verb (`the Respondent's letting agent wrote`)."""
    doc = mark.doc
    return (
        mark.tag_ == "POS"
        and mark.head.dep_ in SUBJECT
        and mark.i + 1 < len(doc)
        and mark.head.head.i == mark.i + 1
        and doc[mark.i + 1].tag_ in _FINITE_TAGS
    )


#: Tags of a finite verb: past, present and modal (`said`, `says`, `say`, `will`).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _legal_bracket(token: Token) -> bool:
    """Whether a token is a bracket round a legal form inside a company's name: `(` or
    `)` of `(Pty)` in `Sundays River Fruit Packers (Pty) Ltd said …`, where the parse
    heads the name with `Ltd` and hangs the bracket and the words before it on it."""
    doc = token.doc
    if token.text == ")":
        return token.i >= 2 and doc[token.i - 2].text == "(" and (
            doc[token.i - 1].lower_ in _LEGAL_BRACKETS
        )
    return token.text == "(" and token.i + 2 < len(doc) and doc[token.i + 2].text == ")" and (
        doc[token.i + 1].lower_ in _LEGAL_BRACKETS
    )


def bracketed_form_end(doc: Doc, at: int) -> int:
    """Rule legal-bracket-run: where a firm's name read as a run of capitalised words
    ends when a bracketed legal form follows the run at `at` (`Ceylon Estate Traders
    (Pvt) Ltd`, `Karoo Feeds (Proprietary) Limited`): after the form's last word, so
    the name is the whole and not its bracketed word alone; `at` itself otherwise."""
    # shape: <Name words> ( Pvt|Pty|Private|Proprietary ) Ltd|Limited
    end = at + 3
    if end < len(doc) and _legal_bracket(doc[at]) and legal_form(doc[end].text):
        return end + 1
    return at


def _legal_slash(token: Token) -> bool:
    """Rule slashed-legal-form: whether a token is the slash inside a legal form that the
    tokenizer split (`P/F`, `A/S`): `Norðlaks P/F said …` (a Faroese company), whose parse
    heads the name with the letter after the slash and hangs the rest on it."""
    return token.text == "/" and in_slashed_legal_form(token)


def in_slashed_legal_form(token: Token) -> bool:
    """Whether a token is part of a legal form written with a slash that the tokenizer
    split into three (`P` `/` `F` of `Norðlaks P/F`, `A/S`): no person's name, though
    its letters are capitals that speak (`F said`)."""
    doc = token.doc
    for i in (token.i - 1, token.i, token.i + 1):
        if (
            0 < i < len(doc) - 1
            and doc[i].text == "/"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and legal_form(f"{doc[i - 1].text}/{doc[i + 1].text}")
        ):
            return True
    return False


#: Words that head a share of people (`half`, `majority`, `percent`), as a number does.
_SHARES = word_list("share-words")
#: What stands before a share in its mention: `six in` and `than` (quantmod), `Nearly`.
_SHARE_LEFT = ("quantmod", "advmod")


def _is_share(token: Token) -> bool:
    """Whether a speaker's head word is a share of people: a number (`4` in `4 in 10
    said`) or a share word (`half`, `a majority`, `60 percent`)."""
    return token.pos_ == "NUM" or token.lower_ in _SHARES


def _share_group(prep: Token) -> bool:
    """Whether a phrase after a share names the group it is of: `in 10` after a number
    (`More than 4 in 10 said …`), `of the nurses` after a word that is no noun (`Most of
    the nurses said …`, `One of the guests said …`). A noun's group (`half of tenants`)
    is its description's, stretched by quotes.unnamed; not a relative word (`most of
    whom`)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.dep_ != "prep" or not objects:
        return False
    if prep.lower_ == "in":
        return prep.head.pos_ == "NUM" and objects[0].pos_ == "NUM"
    return (
        prep.lower_ == "of"
        and prep.head.pos_ != "NOUN"
        and objects[0].pos_ in NOMINAL
        and objects[0].tag_ not in NOUN_RELATIVE_TAGS
    )


def _group_end(prep: Token) -> int:
    """Where a share's group ends: `in 10` after its number; after the group's noun
    phrase, before a clause or a comma that describes it (`most of the voters` in `Most
    of the voters who stayed home said …`)."""
    if prep.lower_ == "in":
        return next(c for c in prep.children if c.dep_ == "pobj").i + 1
    cut = [t.left_edge.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "punct")]
    return min([prep.right_edge.i + 1, *cut])


def name_head(span: Span) -> Token:
    """The word the parse heads a name with: the span's root, unless that is no noun
    and another word also hangs outside the span, where the parser misread a word of
    the name (`Ha` in `Ha Ji-won, the director, said`, an interjection; `dos` in
    `Ferreira dos Anjos said`, a verb): then the last word that hangs outside."""
    root = span.root
    if root.pos_ in NOMINAL:
        return root
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head is t]
    return outside[-1] if len(outside) > 1 else root


def entity_at(token: Token) -> Span | None:
    """The named entity a token is part of (as ``doc.ents`` has it), or None. Read from
    the entity marks of the tokens around it: ``doc.ents`` (and ``Span.ents``) rebuilds
    every entity of the document on each call, the square of its length over a text."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id,
                span_id=first.ent_id)
