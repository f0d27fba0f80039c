"""The body a story's lead describes before naming it, read from the sentences after
the lead: the first to speak there (`Hearth International said …`, `A spokeswoman for
Isles Ferries said …`) and the body that speaker names: its own name when no person's,
the body a spokesperson speaks for, or the one a person leads (`Lucia Reyes, who chairs
the Friends of Tanner's Yard, said`), never a name set off by a person's post; or, before
any of those, the body the next sentence opens with, introduced by a `which` clause
(rule lead-body-introduced).

Steps of :meth:`quotes.leads.LeadIndex._lead_body` (`An international aid group has
warned …`), split out of :mod:`quotes.leads`, which reads the lead's description.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.body_words import voice_preposition_name
from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas
from quotes.described import LEAD_REACH
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_spans import TITLES, name_tokens
from quotes.names import ORG_KINDS
from quotes.page_lines import notice
from quotes.source_words import COMPANY_WORDS

#: Nouns that describe a business (`start-up`, `manufacturer`), set off after its name.
_BUSINESS_WORDS = word_list("business-descriptions")
#: Verbs by which a person leads a body (`who chairs the Friends of Tanner's Yard`).
_LEADING = word_list("leading-verbs")
#: Lower-case words inside the name of a body a person leads (`the Bank of England`).
_LED_BODY_WORDS = word_list("led-body-words")


def first_speaker(head: Token, text: str) -> Token | None:
    """The subject of the first speech verb in the sentences after a lead's description
    (within :data:`LEAD_REACH` tokens): `Hearth International` in `In a report
    published on Monday, Hearth International said …`, not in a publication's notice
    about itself (:func:`~quotes.page_lines.notice`); None when none. `text` is the
    doc's text, joined once by the caller (spaCy joins `doc.text` anew on each call,
    which made a list of thousands of leads quadratic)."""
    doc = head.doc
    for token in doc[head.sent.end : min(len(doc), head.i + LEAD_REACH)]:
        verb = token.head
        if (
            token.dep_ == "nsubj"
            and verb.lemma_.lower() in cue_lemmas()
            and cue_class(verb) == "speech"
            and not token.is_quote
            and not notice(text, token.idx)  # `Correction: an earlier post said …`
        ):
            return token
    return None


def introduced_next(head: Token) -> list[Token] | None:
    """Rule lead-body-introduced: the body the sentence after a lead's description of one
    opens with as its subject, introduced by a `which` clause set off after its name
    (`A dive operator … says it was never told why.` ¶ `Borneo Reefwalk Sdn Bhd, which
    has run trips since 2009, lost its permit after the authority said …`), though a
    body it tells of speaks first; None when that sentence opens otherwise."""
    doc = head.doc
    if head.sent.end >= len(doc):
        return None
    root = doc[head.sent.end].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    introduced = any(
        clause.dep_ == "relcl"
        and doc[clause.left_edge.i - 1].text == ","
        and any(c.lower_ == "which" for c in clause.children if c.i < clause.i)
        for clause in subject.rights
    )
    return name_tokens(mention_span(subject)) if introduced else None


def speaks_in(subject: Token, work: Token) -> bool:
    """Whether a subject speaks in a work of the same kind, its sentence opening with
    it: `In the memo, sent on Monday, X wrote …` (read from the words: the parse may
    hang the `in` phrase on the subject)."""
    opening = list(subject.sent[:4])
    return bool(opening) and opening[0].lower_ == "in" and any(
        t.lemma_ == work.lemma_ for t in opening[1:]
    )


def body_of(subject: Token) -> list[Token] | None:
    """The words of the body a speaker's subject names: its own name when that is no
    person's (`Tesvaro Copper said`), the body of a spokesperson (`A spokeswoman for
    Isles Ferries said`) or the one a person leads (:func:`_led_body`); None for a
    person or a body it does not name."""
    if subject.pos_ == "NOUN" and subject.is_title and not subject.is_sent_start:
        return _body_words(subject)  # `Tesvaro Copper said`, the name's head a noun
    if subject.pos_ == "NOUN":
        named = voice_preposition_name(subject)  # `A spokeswoman for Isles Ferries said`
        return None if named is None else _body_words(named)
    if subject.pos_ != "PROPN":
        return None
    return _led_body(subject) or _body_words(subject)


def set_off_post(subject: Token) -> bool:
    """Rule lead-body-no-person: whether a name is set off by a description of a
    person's post, a noun beside it that is no kind of organisation or business
    (`Sonam Wangdi, head of the truckers' union,` is a person whatever the given name;
    `Hearth International, an aid group,` and `Voltaro, a Lisbon start-up,` are
    bodies), so that a lead's `the transport ministry` is not taken for that name."""
    # shape: <Name>, <post> of … , said (`Sonam Wangdi, head of the drivers' union,`)
    return subject.pos_ == "PROPN" and any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.lower_ not in ORG_KINDS
        and c.lower_ not in COMPANY_WORDS
        and c.lower_ not in _BUSINESS_WORDS
        and not any(t.lower_ in _BUSINESS_WORDS for t in c.lefts)
        for c in subject.children
    )


def _led_body(subject: Token) -> list[Token] | None:
    """The words of the body a person's relative clause says they lead: `the Friends of
    Tanner's Yard` in `Lucia Reyes, who chairs the Friends of Tanner's Yard, said`
    (:data:`_LEADING`); None when there is none."""
    for clause in subject.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _LEADING:
            body = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if body is None or body.pos_ != "PROPN":
                continue
            words = name_tokens(body.doc[body.left_edge.i : body.right_edge.i + 1])
            named = all(
                t.text[:1].isupper() or t.lower_ in _LED_BODY_WORDS or t.tag_ == "POS"
                for t in words
            )
            return words if named and words else _body_words(body)
    return None


def _body_words(word: Token) -> list[Token] | None:
    """The name a proper noun heads, when it is not one after a title (`Dr Ana Lisboa`);
    None otherwise."""
    tokens = name_tokens(mention_span(word))
    if not tokens:
        return None
    start = tokens[0].i
    if start > 0 and word.doc[start - 1].lower_ in TITLES:
        return None
    return tokens
