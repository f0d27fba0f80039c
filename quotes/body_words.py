"""The words around a body's name that the body index reads from the text and the
tokens, with no person index: the kind the text gives a name in a description set off
after it (`Svenska Musikerförbundet, the Swedish musicians' union,`), the name that opens
a sentence left unparsed, a body a spokesman speaks for (`a spokesman for Hartwell &
Pryce`), a short name of a few words after `the` and whether the text introduced it
whole, and the description of a body's kind the writer sets before its name (`Tenants'
union ACORN`, `Budget carrier SkyBridge`). Split from :mod:`quotes.bodies`, which reads
them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.doc_memo import doc_text, memo
from quotes.forced_capitals import KINDS_BEFORE_NAMES, opening_kind
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_spans import TITLES, name_text, name_tokens
from quotes.names import ORG_KINDS
from quotes.source_words import COMPANY_WORDS

#: Those who speak for a body (`a spokesman for Hartwell & Pryce`).
_VOICES = word_list("body-voices")
#: Words after the noun ending a description set off after a body's name that show it
#: ends there (`Brimvale, a Kent company that makes biscuits,`, `Orla, a firm based in Cork`).
_AFTER_KIND = word_list("kind-noun-followers")
#: A description set off after a name, read from the text: `, the Swedish musicians'
#: union,` (its article, up to eight words, and the punctuation that closes it, or a
#: relative or other word that follows its noun: `, a Kent company that makes biscuits`).
_SET_OFF = (
    r",\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,7}?)([a-z][\w-]*)"
    r"(?:\s*[,.;)]|\s+(?P<after>" + "|".join(sorted(_AFTER_KIND)) + r")\b)"
)
#: Entity labels of a word before such a description that is no body's name (`Leeds,
#: a city that …`).
_NO_BODY_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP"})
#: A body's name before such a description: capitalised words, the first after no
#: capitalised word (`Bussförarförbundet`, `Harbour Date Growers' Cooperative`).
_NAME_BEFORE = r"(?<![\w'’])((?:[A-Z][\w'’&-]* )*[A-Z][\w'’&-]*)"


def set_off_kind(text: str, name: str) -> str | None:
    """The kind of organisation a description set off after a body's name at its first
    such mention gives it: `union` in `Svenska Musikerförbundet, the Swedish musicians'
    union, alleges …`; None when the text sets off no description ending in a kind
    word (:data:`~quotes.names.ORG_KINDS`) after the name."""
    # shape: <Name>, the <words> <kind>, (`Norsk Fiske, the fishermen's union,`)
    match = re.search(re.escape(name) + _SET_OFF, text)
    if match is None:
        return None
    kind = match.group(2).lower()
    return kind if kind in ORG_KINDS else None


def name_set_off_as(head: Token) -> Span | None:
    """Rule kind-set-off-name: the one body's name the text before a description of a
    kind sets off with a description ending in that kind word (`Members of
    Bussförarförbundet, the drivers' union, voted …` ¶ `according to the union`;
    `Brimvale, a Kent company that makes biscuits,` ¶ `The company said …`), as
    tokens; None when there is none or several, or the doc has no token boundary there."""
    found: dict[str, int] = {}
    for start, end, name, kind in _set_off_names(head.doc):
        if end <= head.idx and kind == head.lower_:  # not the description itself
            found.setdefault(name, start)
    if len(found) != 1:
        return None
    ((name, start),) = found.items()
    span = head.doc.char_span(start, start + len(name), alignment_mode="contract")
    return span if span is not None and len(span) else None


def _set_off_names(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Each name set off with a description ending in a kind word, with where the name
    starts, where the description ends and the kind (lower case), read from the text once
    per doc."""
    known: dict[str, list[tuple[int, int, str, str]]] = memo(doc, "set-off-names")
    if "all" not in known:
        # shape: <Name>, the <words> <kind>, (`Bussförarförbundet, the drivers' union,`)
        known["all"] = [
            (match.start(1), match.end(), match.group(1), match.group(3).lower())
            for match in re.finditer(_NAME_BEFORE + _SET_OFF, doc_text(doc))
            if match.group("after") is None or _body_like(doc, match.start(1), match.end(1))
        ]
    return known["all"]


def _body_like(doc: Doc, start: int, end: int) -> bool:
    """Rule set-off-kind-followed: whether the capitalised words before a description
    whose kind word a relative or other word follows (`Brimvale, a Kent company that
    makes biscuits`) can be a body's name, a proper noun: not a sentence's opening
    word for a time (`Yesterday, a firm that makes biscuits closed …`), nor a place
    or a date the name finder marked (`Leeds, a city that …`)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    first = span[0]
    return first.ent_type_ not in _NO_BODY_ENTITIES and first.pos_ == "PROPN"


def opening_name(sentence: Span) -> list[Token]:
    """The name a sentence the parse left alone opens with, read from the words: the
    capitalised words after `The` (`The Northern Ledger is unimpressed.`), or two or more
    without it, up to a lower-case word; none when they hold a title (`Mr Lowry`), or
    a capital opens the sentence alone (`Shares fell`)."""
    words = list(sentence)
    first = 1 if words and words[0].lower_ == "the" else 0
    end = first
    while end < len(words) and words[end].is_alpha and words[end].text[:1].isupper():
        end += 1
    name = words[first:end]
    if not name or any(t.lower_ in TITLES for t in name):
        return []
    if end < len(words) and words[end].text == ",":
        return name if _set_off_as_body(words, end, len(name) + first) else []
    if end >= len(words) or not words[end].is_lower or len(name) < 2 - first:
        return []
    return name


#: Words after a name and its comma that set off what it is: a relative clause on a
#: thing (`which`) or a description (`a`, `an`, `the`).
_SET_OFF_OPENERS = word_list("body-set-off-openers")
#: Nouns of a description that make what it is set off after a business: `Natrion, a
#: Berlin start-up that makes batteries,`.
_BUSINESS_WORDS = word_list("business-descriptions")
#: Words that end a description's noun phrase (a relative word, a comma).
_DESCRIPTION_ENDS = frozenset({",", ".", ";", "that", "which", "who", "whose"})
#: How many words a description set off after a name may have before its noun ends.
_DESCRIPTION_WORDS = 6


def _set_off_as_body(words: list[Token], comma: int, length: int) -> bool:
    """Rule body-set-off-opening: whether the words after the comma at `comma` set off
    the name before it as a body's, in a sentence the parse left alone: a `which`
    clause after a name of two words or more (`Norvik Shipping, which runs ferries to
    the islands, lost …`, never a person's relative word), or a description of a
    business after any name (`Natrion, a Berlin start-up that makes batteries, has
    raised …`), whose noun comes before a relative word or a comma; not a description
    of a person (`Ana Ruiz, a teacher,`)."""
    # shape: <Name>, which … (two words or more) | <Name>, a|an|the <words> <business> …
    if comma + 1 >= len(words) or words[comma + 1].lower_ not in _SET_OFF_OPENERS:
        return False
    if words[comma + 1].lower_ == "which":
        return length >= 2
    written = ""  # the words as written, hyphened ones whole (`start-up`)
    for word in words[comma + 2 : comma + 2 + _DESCRIPTION_WORDS + 2]:
        if word.lower_ in _DESCRIPTION_ENDS:
            break
        written += word.lower_ + word.whitespace_
    return any(w in _BUSINESS_WORDS for w in written.split()[:_DESCRIPTION_WORDS])


def set_off_business(name: list[Token]) -> bool:
    """Rule reported-subject-set-off: whether the text sets off a description of a
    business right after a name (`Corvela Systems, a Lisbon start-up that makes
    inverters, has raised …`), as :func:`_set_off_as_body` reads one; also in a parsed
    sentence, where a wire lead introduces the clause's subject so."""
    # shape: <Name>, a|an|the <words> <business> …
    doc = name[-1].doc
    after = name[-1].i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    words = list(doc[name[0].i : min(len(doc), after + _DESCRIPTION_WORDS + 3)])
    return _set_off_as_body(words, len(name), len(name))


#: Prepositions between a spokesperson and their body (`a spokesman for …`).
_VOICE_PREPOSITIONS = word_list("voice-prepositions")


def voiced_body(head: Token) -> list[Token] | None:
    """The words of the body a spokesperson speaks for (:data:`_VOICES`): `Hartwell &
    Pryce` in `A spokesman for Hartwell & Pryce said`; None for other speakers or when
    the body is named by no proper noun (`a spokeswoman for the council`)."""
    if head.lower_ not in _VOICES:
        return None
    named = voice_preposition_name(head)
    return None if named is None else name_tokens(mention_span(named)) or None


def voice_preposition_name(head: Token) -> Token | None:
    """The proper noun after the first preposition of :data:`_VOICE_PREPOSITIONS` on
    `head` that has one as its object: `Hartwell` in `a spokesman for Hartwell & Pryce`
    (the body a spokesperson speaks for, read here and by :mod:`quotes.lead_bodies`);
    None when no such preposition names one (`a spokeswoman for the council`)."""
    # shape: <noun> for|of|at <ProperNoun> …
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _VOICE_PREPOSITIONS:
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
    return None


#: The most words of a body's short name that :func:`definite_short_name` reads on.
_SHORT_NAME_WORDS = 3


def definite_short_name(tokens: list[Token], name: str) -> bool:
    """Whether a body's name read from `tokens` is a short name of two or three words
    that the mention writes after `the` (`the First Nation said`, `The Housing Board
    said`, `The Pelagic Fishing Association said`): a reader takes it for the one longer
    name the text writes after `the` with capitalised words before it (`the Kwanlin Dün
    First Nation`, `The South African Pelagic Fishing Association`), as for one word (`the
    Post`); the name must be the mention's own words, not a longer form already found."""
    first = tokens[0]
    return (
        1 < len(name.split()) <= _SHORT_NAME_WORDS
        and name == name_text(tokens)
        and first.i > 0
        and first.doc[first.i - 1].lower_ == "the"
    )


def introduced_whole(text: str, name: str, longer: str) -> bool:
    """Whether the text first writes a body's short name inside its longer form, as a
    story introduces a body by its full name before it shortens it (`the Kwanlin Dün First
    Nation` … `the First Nation`); not when it writes the short name first, where the
    longer one is another body (`the Agricultural Tribunal ruled …` before `an appeal to
    the Central Agricultural Tribunal`), nor a form read across a sentence's end."""
    added = longer[: len(longer) - len(name)].split()
    if any(word.lower() == "the" for word in added):
        return False  # `the United States. The Supreme Court`: across a sentence's end
    return text.find(name) == text.find(longer) + len(longer) - len(name)


def past_kind_word(tokens: list[Token]) -> list[Token]:
    """Rule kind-before-name: a body's name without the description the writer set
    before it, a kind of body in lower case (`Tenants' union ACORN said`, `Pressure group
    Transport Action said`: `ACORN`, `Transport Action`), when only capitalised words
    follow the kind; the tokens as they are otherwise."""
    for k in range(len(tokens) - 2, -1, -1):
        word = tokens[k]
        if kind_before_name(word):
            rest = tokens[k + 1 :]
            if all(t.text[:1].isupper() for t in rest):
                return rest
            return tokens
    return tokens


def capitalised_from(words: list[Token]) -> int:
    """Where the run of capitalised words that ends a subject's words begins: past the
    writer's description in lower case (`Budget carrier SkyBridge` gives `SkyBridge`)."""
    k = len(words)
    while k > 0 and words[k - 1].text[:1].isupper():
        k -= 1
    return k


def kind_before_name(word: Token) -> bool:
    """Whether a word before a body's name is a kind of body in lower case
    (:data:`ORG_KINDS`, :data:`~quotes.proper_runs.KINDS_BEFORE_NAMES`: `Tenants' union
    ACORN`, `budget airline Ryanair`), or a kind of business capitalised as the first word of its
    sentence (:func:`~quotes.proper_runs.opening_kind`: `Carmaker Toyota said …`)."""
    if word.is_lower:
        return word.lower_ in ORG_KINDS or word.lower_ in KINDS_BEFORE_NAMES
    return opening_kind(word)


def body_description(mention: Span, articles: tuple[str, ...] = ("a", "an", "the")) -> bool:
    """Whether a speaker mention is a body described with one of `articles` and a word
    for a business or a kind of organisation (`A state-owned lender`, `The council`)."""
    head = mention.root
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and (head.lower_ in COMPANY_WORDS or head.lower_ in ORG_KINDS)
        and any(c.dep_ == "det" and c.lower_ in articles for c in head.children)
    )


def unnamed_body(mention: Span) -> bool:
    """Rule it-unnamed-body: whether a speaker mention is a body the text does not name,
    described with `a` or `an` and a word for a business or a kind of organisation (`A
    state-owned lender said …`, `a Japanese carmaker`), which an `It` right after it
    stands for (`It said the cut would help first-time buyers`), as a name would be."""
    # shape: a|an <words> <company word> said … ¶ It said …
    return body_description(mention, ("a", "an"))
