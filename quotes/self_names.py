"""The name a described source gives itself, which the speaker is: a group `calling
itself Saltmarsh` right after its description, or a source that gives a name in a
relative clause about them (`a driver who identified himself only as Tomasz`, `One
reader, who signed his message only "Aram", wrote: …`).

Kept apart from the names set beside a description (:mod:`quotes.appositions`), whose
whole-name reading it shares, because here the text's own words say the name is the
source's; the resolver (:meth:`quotes.speakers.SpeakerResolver.resolve`) tries both
before reading the description itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.appositions import whole_name
from quotes.genders import RELATIVE_PRONOUNS
from quotes.language import table, word_list, word_map
from quotes.mentions import mention_span
from quotes.name_spans import inner_hyphen

#: The verb forms and reflexives with which a group names itself (`calling itself`).
_CALLED_ITSELF = word_map("called-itself")
#: How far into a sentence the verb of a description naming itself may stand (`A
#: loose collective of teenage hackers that calls itself …`).
_CALLED_ITSELF_AT = 10


def self_named(mention: Span) -> Span | None:
    """The name a described group gives itself right after the description, which the
    mention stands for as for a name set beside it: `Saltmarsh` in `A criminal group
    calling itself Saltmarsh claimed …` (`which calls itself`, `who call themselves`;
    rule self-named); the capitalised words after the reflexive, None elsewhere."""
    doc = mention.doc
    at = mention.end
    if at < len(doc) and doc[at].lower_ in RELATIVE_PRONOUNS:
        at += 1  # `a collective that calls itself Night Owls`
    if (
        at + 2 >= len(doc)
        or doc[at].lower_ not in _CALLED_ITSELF["verbs"]
        or doc[at + 1].lower_ not in _CALLED_ITSELF["reflexives"]
    ):
        return None
    end = at + 2
    while end < len(doc) and (
        (doc[end].text[:1].isupper() and not doc[end].is_punct) or inner_hyphen(doc[end])
    ):
        end += 1
    return doc[at + 2 : end] if end > at + 2 else None


def opening_self_named(sentence: Span) -> Span | None:
    """The name the description opening a sentence gives itself (:func:`self_named`):
    `Morana` in `A ransomware group calling itself Morana listed the utility …`, read
    from the words, as the sentence may be left unparsed; None elsewhere."""
    doc = sentence.doc
    for end in range(sentence.start + 1, min(sentence.end, sentence.start + _CALLED_ITSELF_AT)):
        if doc[end].lower_ in _CALLED_ITSELF["verbs"]:
            return self_named(doc[sentence.start : end])
    return None


#: Verbs by which a source names itself in a relative clause: `who identified himself
#: only as Tomasz` (besides any clause whose object is a `name`).
_SELF_NAMING = word_list("self-naming-verbs")


#: Relative pronouns the parser may take for a described source's head (`who`).
_RELATIVE_HEADS = word_list("relative-heads")
#: Prepositions before a name a source gives itself (`identified himself only as Tomasz`).
_NAMING_PREPOSITIONS = word_list("self-naming-prepositions")
#: The roles of `name` as what a verb gives: the object of an active verb (`gave his name
#: as`), the subject of a passive one (`whose name was given as`).
_NAME_GIVEN = frozenset({"dobj", "nsubjpass"})
#: Verbs of signing a message with a name (`who signed her letter "Nadia"`).
_SIGNING = word_list("signing-verbs")


def _clauses_about(head: Token) -> list[Token]:
    """The clauses that may say a described source's name: relative clauses on it, a
    `who` clause the parser hung on the noun of a phrase after it, or of a phrase in
    that one (`A nurse at the clinic, who gave her name only as Rosa, said`: a clinic
    is no `who`), and a participle of naming set off after it (`A nurse at the clinic,
    identified only as Rosa, said`)."""
    clauses = [c for c in head.rights if c.dep_ == "relcl"]
    nouns = [head]
    while nouns:  # down the phrases after it: `at the clinic on Hill Road, who …`
        phrases = [c for noun in nouns for c in noun.rights if c.dep_ == "prep"]
        nouns = [c for phrase in phrases for c in phrase.children if c.dep_ == "pobj"]
        clauses += [
            c
            for noun in nouns
            for c in noun.rights
            if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.lefts)
        ]
    clauses += [
        c for c in head.rights if c.dep_ == "acl" and c.lemma_.lower() in _SELF_NAMING
    ]
    return clauses


def named_in_clause(head: Token) -> Span | None:
    """The name a described source gives in a relative clause about them, as reporters
    write of people who give only part of their name: `A neighbour who asked that we use
    only her first name, Carla, says …` (the name set beside `name`), `The first man to
    speak, who gave his name as Harold Pike, asked: …`, `a driver who identified himself
    only as Tomasz said …` (the name after `as` or `by`), `One reader, who signed his
    message only "Aram", wrote: …` (a name in quote marks the clause signs with, rule
    signed-name). None for a name that is no person's own (`who works for Acme`) or
    when the speaker is itself a name."""
    if head.pos_ not in ("NOUN", "PRON") or head.lower_ in _RELATIVE_HEADS:
        return None
    for clause in _clauses_about(head):
        for token in clause.subtree:
            if token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            start = min([c.i for c in token.lefts if c.dep_ == "compound"] + [token.i])
            if clause.lemma_.lower() in _SIGNING and token.doc[start - 1].is_quote:
                return token.doc[start : token.i + 1]  # `signed only "Aram"`
            named = token.dep_ == "appos" and token.head.lemma_.lower() == "name"
            if token.dep_ == "pobj" and token.head.lower_ in _NAMING_PREPOSITIONS:
                verb = token.head.head
                named = verb.lemma_.lower() in _SELF_NAMING or any(
                    c.lemma_.lower() == "name" and c.dep_ in _NAME_GIVEN
                    for c in verb.children
                )
            if named:
                return whole_name(mention_span(token))
    return None


#: The words with which a speaker gives their own name at the start of what they say
#: (`My name is Nadine Okafor`), as lower-case token forms.
_SELF_INTRODUCTIONS = [tuple(row) for row in table("self-introductions")]


def introduced_in_quote(doc: Doc, said: tuple[int, int] | None) -> Span | None:
    """Rule introduced-in-quote: the name a described speaker gives at the start of the
    words they say, as people do at a public hearing or on a phone-in: `Nadine Okafor`
    in `The first speaker began: "My name is Nadine Okafor, and I have lived …"`; the
    capitalised words after the introduction, None when the words open otherwise."""
    words = doc.char_span(*said, alignment_mode="expand") if said else None
    if words is None:
        return None
    forms = [t.lower_ for t in words]
    for opening in _SELF_INTRODUCTIONS:
        if tuple(forms[: len(opening)]) != opening:
            continue
        start = end = words.start + len(opening)
        while end < words.end and (
            (doc[end].is_title and doc[end].is_alpha) or inner_hyphen(doc[end])
        ):
            end += 1
        return doc[start:end] if end > start else None
    return None
