"""The body a description stands for when no body that fits it has spoken: the one
firm the text named before it, or the one its headline opens with.

`Shares in Halvorsen Marine fell … The company said` is Halvorsen Marine's
(:func:`one_name_before`), and `Voltwise recalls 180,000 power banks` ¶ `Voltwise is
recalling …, the company said` is Voltwise's (:func:`headline_body`, rules
headline-owner-passed and headline-place-before-kind). Read from the words, as the
sentences before may be left unparsed; the name as written is
:func:`quotes.written_names.proper_name`'s step, and
:class:`quotes.bodies.BodyIndex` asks these when the bodies that spoke give no answer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotes.doc_memo import doc_text
from quotes.genders import gender_of_given
from quotes.language import word_list
from quotes.longer_forms import glossed_in_lower_case
from quotes.name_spans import TITLES
from quotes.names import ORG_KINDS
from quotes.normalise import CLOSING_MARKS
from quotes.source_words import COMPANY_WORDS, LOWER_CASE_LEGAL_FORMS, legal_form
from quotes.written_names import ampersand_end, firm_word, kind_fits

#: Articles, which open no firm's name a headline is about (rule headline-owner-passed).
_ARTICLES = word_list("determiners")
#: Entity labels of a name that is a place's or a people's, which no headline body is.
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
#: Words for a business (`firm`, `company`), which with the kinds of organisation a
#: headline may set after the place a body is in (rule headline-place-before-kind).
_BODY_KINDS = COMPANY_WORDS | ORG_KINDS
#: The most lower-case words between a headline's place and the kind word after it
#: (`Kettering packaging firm`, `Leeds family building company`).
_KIND_REACH = 3

#: Tags of a proper noun.
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def one_name_before(
    head: Token, personal: Callable[[list[Token]], bool] | None = None, kind: str = ""
) -> str | None:
    """`The company said …` when no body has spoken yet: the one name of two or more
    capitalised words the text wrote before it that is no person's (`Halvorsen Marine`
    in `Shares in Halvorsen Marine fell … The company said`), as the text writes it;
    None when there are none or several (a place is a name too, and then no one is
    sure). Read from the words, as the sentences before may be left unparsed: a run's
    first word is dropped when it opens a sentence (`Shares`), unless tagged as a name
    in a name that ends in a body's kind (`Coventry Building Society is to cut …`), and
    a run is a person's when it holds a title or opens with a given name (`Judge
    Rosalind Achebe`, `Carys Lloyd`), not when the name finder took it for one (a firm
    that `dismissed` someone is the subject of a cue word), nor when `personal` says it
    is, by what the text gave its bearer (`Kenjiro Mizushima, 63,`), nor one whose own
    kind word is not `kind`'s (:func:`~quotes.written_names.kind_fits`: `the company` is
    no `Consumer Product Safety Commission`)."""
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
        end = ampersand_end(doc, j)
        # rule legal-form-run: a legal form the name words leave out, being no word of
        # letters (`A/S`, `S.p.A.`) or in lower case (`plc`, `hf`), ends the firm's name
        # (`Halvik Marine A/S`, `Marrow Water plc`)
        formed = end < head.i and (
            (not doc[end].is_alpha and legal_form(doc[end].text))
            or doc[end].text in LOWER_CASE_LEGAL_FORMS
        )
        end += formed
        # a sentence's first word in capitals is no name's (`Shares`), unless tagged one
        # in a name that ends in a body's kind (`Coventry Building Society is to cut …`)
        # or a legal form (`Halvik Seafood Ltd will cut …`)
        kept = doc[i].tag_ in _NAME_TAGS and (
            doc[end - 1].lower_ in ORG_KINDS or legal_form(doc[end - 1].text)
        )
        start = i + 1 if doc[i].is_sent_start and not kept else i
        words = [t for t in doc[start:end] if firm_word(t)]
        if (len(words) > 1 or formed) and doc[start].is_alpha and not (
            gender_of_given(words[0].text) is not None
            or any(t.lower_ in TITLES for t in words)
            or (personal is not None and personal(words))
        ):
            name = doc[start:end].text
            if not kind or kind_fits(kind, name):
                names.add(name)
        i = j
    return names.pop() if len(names) == 1 else None


def headline_body(head: Token, personal: Callable[[list[Token]], bool]) -> str | None:
    """`The company said …` when no body that spoke fits it: the body the story is
    about, as its headline opens with it and the text names it again before the
    description (`Voltwise recalls 180,000 power banks` ¶ `Voltwise is recalling …, the
    company said`; `Corvane lifts forecast` ¶ `Shares in Corvane Systems jumped …`), in
    its longest form there (`Corvane Systems`, `Nestling Baby Co.`). The headline is the
    first line when it has no full stop; its first word must be capitalised and no
    title, and the name no person's by what the text gave its bearer (`personal`: `Biden
    says …` before `President Joe Biden`), nor a place's as the tagger reads it (the
    tagger's `PERSON` is no guide, it takes many a firm's made-up name for one, nor is a
    first word that may be a given name: `Sable Devices`), nor an acronym the text
    spells out in lower-case words, a thing's (:func:`glossed_in_lower_case`). None when
    no such name leads the story."""
    doc = head.doc
    first = _headline_subject(doc)
    if first is None or not _name_word(first) or first.lower_ in TITLES | _ARTICLES:
        return None  # `The notice … read: "…"` opens with an article: no firm's name
    if _place_before_kind(first):
        return None  # `Kettering packaging firm to create 150 jobs`: Kettering is no firm
    text = doc_text(doc)
    if glossed_in_lower_case(text, first.text):
        return None  # `RSV jab cuts admissions` ¶ `… respiratory syncytial virus (RSV) …`
    line_end = text.find("\n")
    if line_end < 0 or text[:line_end].rstrip().rstrip(CLOSING_MARKS).endswith(
        (".", "!", "?")
    ):
        return None  # a sentence, its full stop inside a closing mark too: no headline
    forms = []
    for token in doc[1 : head.i]:
        if token.idx < line_end or token.text != first.text or token.ent_type_ in _PLACE_ENTS:
            continue
        if _name_word(doc[token.i - 1]):
            continue  # inside a longer name: `United Rail and Signal Workers`, not `Rail`
        end = token.i
        while end < head.i and _name_word(doc[end]):
            end += 1
        if end < head.i and _abbreviated_end(doc[end]):
            end += 1  # `Nestling Baby Co.`
        forms.append(doc[token.i : ampersand_end(doc, end)])
    if not forms:
        return None
    longest = max(forms, key=len)
    if personal([t for t in longest if t.is_alpha]):
        return None
    return longest.text


def _headline_subject(doc: Doc) -> Token | None:
    """Rule headline-owner-passed: the first word of the name a headline is about: its
    first word, or the name after it when the first is the possessive of a place or an
    owner set before that name (`Tarnów's Lumeo raises €9m …` is about Lumeo, not
    Tarnów; `Corvane's profit jumps` stays about Corvane); None for an empty text."""
    # shape: <Owner>'s <Name> <verb> … (`Tarnów's Lumeo raises €9m`)
    if len(doc) > 2 and doc[1].tag_ == "POS" and _name_word(doc[2]):
        return doc[2]
    return doc[0] if len(doc) else None


# shape: <Place> <lower-case words> <kind> <verb> … (`Kettering packaging firm to create
# 150 jobs`, `Bristol council to sell depot`)
def _place_before_kind(first: Token) -> bool:
    """Rule headline-place-before-kind: whether a headline's first name is followed, past
    at most :data:`_KIND_REACH` lower-case words, by a word for a kind of body
    (:data:`_BODY_KINDS`), the words between no verb nor small word (:func:`_describing`),
    with no name after it: the name then says where the body is
    (`Kettering packaging firm to create 150 jobs` is about a firm in Kettering, which
    the story names), not which body it is, as `Voltwise recalls …` does."""
    doc = first.doc
    end = first.i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1  # `Milton Keynes packaging firm`
    for token in doc[end : end + _KIND_REACH + 1]:
        if not (token.is_alpha and token.is_lower and _describing(token)):
            return False  # `Corvane buys bank`: a verb, the name acts
        if token.lower_ in _BODY_KINDS:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or not _name_word(after)
    return False


def _describing(token: Token) -> bool:
    """Whether a headline's word may describe a body (`packaging`, `family`, `building`)
    by its letters alone, as a headline is often left unparsed: no small word (`as`,
    `to`, `by`: spaCy's stop words) and no verb's ending (`buys`, `lifts`, `sacked`;
    `business` stays)."""
    word = token.lower_
    return not token.is_stop and (word.endswith("ss") or not word.endswith(("s", "ed")))


def _abbreviated_end(token: Token) -> bool:
    """A capitalised abbreviation with its full stop that closes a firm's name, as
    the tokenizer keeps it (`Co.`, `Inc.`, `Ltd.`)."""
    word = token.text[:-1]
    return token.text.endswith(".") and word.isalpha() and word[:1].isupper() and len(word) <= 4


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, or a hyphen inside one (`Lloyd-Mensah`)."""
    if token.text in ("-", "‐", "‑"):
        return token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.is_alpha and token.text[:1].isupper()
