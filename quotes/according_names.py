"""The name set off after the described source of a closing `according to`.

`The festival drew 41,000 visitors, according to the organisers, Harbour Lights Arts
Trust.`: the writer gives the source by what it is and then by its name, set off by a
comma at the end of the sentence; a reader takes the name, as for a person's name set
beside a description (:mod:`quotes.appositions`). The parser seldom hangs such a name on
the description (it makes it an object or an adverb of the main verb), so the shape is
read from the words. A step of :meth:`quotes.speakers.SpeakerResolver.resolve`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.deps import SUBJECT, SUBJECT_OR_EXPL
from quotes.language import word_list
from quotes.name_spans import TITLES, inner_hyphen
from quotes.nationalities import names_a_nation
from quotes.source_words import BODY_HEADS, TIME_WORDS

#: Small words inside a body's name (`Run for Hope`, `Kestrel & Finch`).
_JOINING = word_list("body-name-joins")

#: Entity labels of a capitalised run that is no source's name: a day, a place, a people.
_NOT_SOURCES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL"})
#: The most words of a body's name set off after an opening `according to`'s source.
_LONGEST_NAME = 12
#: What may close the name: the end of the sentence or a comma before an aside.
_CLOSING = frozenset({".", ",", ";"})


def according_set_off(mention: Span) -> Span | None:
    """The name set off after a described source closing its sentence (rule
    according-set-off): `…, according to the organisers, Harbour Lights Arts Trust.`,
    `…, according to the organisers, Run for Hope, beating …`. The description is a
    common noun with its article or possessive after `according to`, the phrase comes
    after the verb of its clause (before it, the capitalised words after the comma may be
    the clause's own subject: `According to the club, Berg will start`, so only a
    person's name set off by commas is read there, :func:`_opening_set_off`), and the
    name is a run of capitalised words (small joining words inside) closed by a full stop
    or a comma; None in any other shape, or for a date, a place or a people."""
    head = mention.root
    doc = mention.doc
    to = head.head
    if head.pos_ != "NOUN" or not head.is_lower or head.dep_ != "pobj" or to.lower_ != "to":
        return None
    according = to.head
    if according.lower_ != "according":
        return None
    if according.i < according.sent.root.i:
        return _opening_set_off(head)
    comma = head.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    end = name_run_end(doc, comma + 1)
    if end is None or end >= len(doc) or doc[end].text not in _CLOSING:
        return None
    name = doc[comma + 1 : end]
    return None if no_source_name(name) else name


def _opening_set_off(head: Token) -> Span | None:
    """Rule according-set-off's opening form: the person's name set off by commas after
    the described source of an opening `According to`, before the clause's own subject:
    `According to the forestry officer in Auki, Hilda Maenu'u, the company has not …`;
    None when the name is the clause's subject (`According to the club, Berg, who …,
    will start`) or no person's. The parse may join the name to the description's last
    noun (`in Auki, Hilda Maenu'u`), so the first comma after it is read."""
    doc = head.doc
    comma = next((t.i for t in doc[head.i : head.right_edge.i + 2] if t.text == ","), None)
    if comma is None:
        return None
    end = name_run_end(doc, comma + 1)
    if end is None or end >= len(doc) or doc[end].text != ",":
        return None
    name = doc[comma + 1 : end]
    if any(t.ent_type_ != "PERSON" or t.dep_ in SUBJECT for t in name):
        return None
    return name


def according_body_named(to: Token) -> Span | None:
    """Rule according-body-named: the name of a body set off by commas after its
    description in an opening `according to` (`According to the union, the Syndicat des
    travailleurs de Studio Nord, 212 members voted yes`, `According to the port
    authority, the Dirección Provincial de Puertos, the port handled …`): the source, and
    no part of what is reported, as a person's name set there is
    (:func:`~quotes.according_hosts.named_after`). `to` is the phrase's `to`; its object
    a body's kind word in lower case (:data:`~quotes.source_words.BODY_HEADS`), the name
    (after an optional `the`) opening with no person's name or title (`de Studio Nord`
    inside it may read as one) and closing with a capitalised word,
    no figure inside, up to the next comma, and the clause after it with a subject of its
    own (not a relative word: `According to the union, Ruiz, who …, said` is about
    Ruiz); None in any other shape."""
    doc = to.doc
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if (
        source is None
        or source.pos_ != "NOUN"
        or not source.is_lower
        or source.lower_ not in BODY_HEADS
    ):
        return None
    comma = source.right_edge.i + 1
    start = comma + 1
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    if start >= to.sent.end or doc[comma].text != ",":
        return None
    end = next((k for k in range(start, to.sent.end) if doc[k].text == ","), None)
    if end is None or not 0 < end - start <= _LONGEST_NAME:
        return None
    name = doc[start:end]
    if (
        not (capital(name[0]) and capital(name[-1]))
        or any(not (t.is_alpha or inner_hyphen(t)) for t in name)
        or no_source_name(name)
    ):
        return None
    if name[0].ent_type_ == "PERSON" or name[0].lower_ in TITLES:
        return None  # `According to the union, Ana Ruiz, …`: a person's name
    after = doc[end + 1 : to.sent.end]
    if not any(
        t.dep_ in SUBJECT_OR_EXPL and t.head.i >= end and not t.tag_.startswith("W")
        for t in after
    ):
        return None  # `According to the union, Ruiz, who …, said`: the name is reported on
    return name


def according_body_source(mention: Span) -> Span | None:
    """The body's name set off after a speaker mention that is the described source of
    an opening `according to` (:func:`according_body_named`): `the union` in `According
    to the union, the Syndicat des travailleurs de Studio Nord, …` stands for the
    Syndicat. A step of :meth:`quotes.speakers.SpeakerResolver.resolve`."""
    to = mention.root.head
    if mention.root.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    return according_body_named(to)


# `…, according to the union, Tuesday.`, `According to the ministry, Norway, the biggest
# producer, caught …`: the day and the place are no names of the union or the ministry
def no_source_name(name: Span) -> bool:
    """Rule not-a-source-name: whether a capitalised run set off after a source's
    description is a day's, a place's or a people's name rather than the source's: by
    the entity recogniser's labels (:data:`_NOT_SOURCES`) when it ran, else, as the
    default pipeline runs without it, by the words: days and months alone
    (:data:`~quotes.source_words.TIME_WORDS`: `Tuesday`, `March`) or a nation's or a people's name
    (:func:`~quotes.nationalities.names_a_nation`: `Norway`, `Norwegians`)."""
    return (
        any(t.ent_type_ in _NOT_SOURCES for t in name)
        or all(t.lower_ in TIME_WORDS for t in name)
        or names_a_nation(name.text)
    )


def name_run_end(doc: Doc, start: int) -> int | None:
    """The end of the run of a name's words from token `start`: capitalised words, with
    small joining words and tight hyphens between them; None when no capitalised word
    opens it."""
    end = start
    while end < len(doc) and (capital(doc[end]) or (
        end > start
        and end + 1 < len(doc)
        and (doc[end].lower_ in _JOINING or inner_hyphen(doc[end]))
        and capital(doc[end + 1])
    )):
        end += 1
    return end if end > start else None


def capital(token: Token) -> bool:
    """Whether a word opens with a capital (`Esports`, `O'Neill`), not punctuation."""
    return token.text[:1].isupper() and not token.is_punct
