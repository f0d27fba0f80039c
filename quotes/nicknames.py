"""A nickname the text gave a person, which a later speaker mention may be.

`Everyone calls Ada Brook "the Skipper"` … `"…," the Skipper says`, `Ada Brook, known as
"the Skipper", …`, a player's handle (`Lee Seung-ho, who plays as Marrow`; one written in
lower case, `"…," sardinha said`) and a nickname set inside a name (`Marlon "The Ferryman"
Oduya`, `Kim "Vesper" Min-jae`): the
person index (:class:`quotes.person_index.PersonIndex`) finds the nicknames inside names
once, :func:`nicknames` adds those a sentence gives, and the resolver
(:meth:`quotes.speakers.SpeakerResolver.resolve`) looks a mention up among them with
:func:`nicknamed`, beside the names set beside a description (:mod:`quotes.appositions`).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from quotes.called_pronouns import (
    called_by_pronoun,
    known_by_pronoun,
    name_words,
    named_complement,
)
from quotes.genders import RELATIVE_PRONOUNS, gender_of_given
from quotes.known_as import (
    AS_GAP,
    known_as_name,
    known_as_subject,
    known_by_name,
    known_subject_name,
    named_before_role,
)
from quotes.language import table, word_list
from quotes.mentions import mention_span
from quotes.name_keys import PARTICLES
from quotes.name_spans import TITLES
from quotes.normalise import HYPHENS

#: Verbs that give their object a name: `calls him "the Skipper"`, `nicknamed her "Bee"`.
_NAMING_VERBS = word_list("nickname-verbs")
#: Verbs that give their subject a handle, unquoted, and their preposition: `plays as`.
_HANDLE_VERBS: dict[str, str] = dict(table("handle-verbs"))


def nicknamed(mention: Span, given: list[tuple[Span, list[str]]]) -> Span | None:
    """The person an earlier sentence gave the mention as a nickname, in quotation marks:
    `Ada Brook` for `the Skipper` after `Everyone at the yard calls Ada Brook "the
    Skipper"` or `Ada Brook, known as "the Skipper", …`; None when no one or several
    were given it. `given` is the doc's :func:`nicknames`, found once per document."""
    words = [t.lower_ for t in mention if t.pos_ != "DET" and not t.is_punct]
    if not words or not (mention.root.pos_ == "PROPN" or is_handle(mention)):
        return None
    found = {
        (named.start, named.end)
        for named, name in given
        if named.end <= mention.start and name == words
    }
    if len(found) != 1:
        return None
    start, end = found.pop()
    return mention.doc[start:end]


def is_handle(mention: Span) -> bool:
    """Whether a mention is one word in lower case, as a player's handle is written
    (`"…," sardinha said` after `Tiago Reis, known in the game as "sardinha"`): the tagger
    takes it for a common noun, but only a quoted name the text gave someone matches it."""
    return len(mention) == 1 and mention[0].is_alpha and mention[0].is_lower


def at_handle(token: Token) -> bool:
    """Rule at-handle-no-pronoun: whether a word is a social network's handle, `@` and a
    name (`@harbour_watch replied: "…"`), which the tagger may read as a pronoun: the
    poster's own name, never a `he` or `she` to resolve."""
    return len(token.text) > 1 and token.text[0] == "@" and token.text[1] != "@"


#: Articles a nickname may open with, whatever the tagger made of them.
_ARTICLES = word_list("determiners")
#: Most words a nickname written inside a name has (`Marlon "The Ferryman" Oduya`).
_NICKNAME_WORDS = 4


def nickname_inside(mark: Token) -> tuple[Span, list[str]] | None:
    """A nickname in quotation marks between a given name and a surname, and the
    surname's mention: `Marlon "The Ferryman" Oduya`, `Tommy 'the Hitman' Hearns` (the
    words of the nickname in lower case, determiners left out); None for other marks."""
    if not mark.is_quote or not mark.i:
        return None  # asked of every token: the other tests only of a quote mark
    doc = mark.doc
    given = doc[mark.i - 1]
    if not (given.is_alpha and given.is_title):
        return None
    if gender_of_given(given.text) is None and not _unlisted_given(given):
        return None
    for close in range(mark.i + 2, min(mark.i + 2 + _NICKNAME_WORDS, len(doc) - 1)):
        if doc[close].is_quote:
            surname = _past_particles(doc, close + 1)  # `Dimitri "The Hammer" van Wyk`
            words = [
                t.lower_
                for t in doc[mark.i + 1 : close]
                if t.pos_ != "DET" and t.lower_ not in _ARTICLES  # `The` read as a name
            ]
            if surname.is_alpha and surname.is_title and words and all(
                t.is_alpha for t in doc[mark.i + 1 : close]
            ):
                return doc[close + 1 : _past_hyphens(doc, mention_span(surname).end)], words
            return None
    return None


def _unlisted_given(given: Token) -> bool:
    """Rule unlisted-given-before-nickname: whether a capitalised word before a nickname
    in quotation marks is a given name no list holds, as the first word of a name is
    (`Tendai "Spider" Moyo coaches …`, `… said Oluwaseun "Seun" Adeyemi`): a proper
    noun, no title, after no other capitalised word (which the name would open with)."""
    if given.pos_ != "PROPN" or given.lower_ in TITLES:
        return False
    before = given.doc[given.i - 1] if given.i else None
    return before is None or not (before.is_alpha and before.text[:1].isupper()) or (
        given.is_sent_start
    )


def _past_hyphens(doc: Doc, end: int) -> int:
    """The end of a surname span at `end`, carried over the parts a hyphen joins to it
    with no space (`Min-jae` in `Kim "Vesper" Min-jae`, `Oduya-Banks`), which the parse
    may leave out of the surname's mention."""
    while (
        end + 1 < len(doc)
        and doc[end].text in HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def _past_particles(doc: Doc, i: int) -> Token:
    """Token `i`, or the first after the lower-case name particles that open there
    (`van` in `van Wyk`), when one follows them."""
    j = i
    while j < len(doc) - 1 and doc[j].text in PARTICLES:
        j += 1
    return doc[j]


def nicknames(
    doc: Doc, inside: list[tuple[Span, list[str]]]
) -> list[tuple[Span, list[str]]]:
    """Each person a sentence gives a quoted name, with that name's words in lower case
    (determiners left out): `calls Ada Brook "the Skipper"` (the object and its
    complement), a handle a verb gives unquoted (`who plays as Marrow`,
    :func:`_handle_given`), and those `inside` gives: the names `known as` gives
    (:func:`called_names`), the nicknames set inside a
    name (`Marlon "The Ferryman" Oduya`) and the names others call a person by (`whom
    everyone calls Mama Mariam`), which the person index found
    (:attr:`~quotes.person_index.PersonIndex.nicknames_inside`,
    :attr:`~quotes.person_index.PersonIndex.called`)."""
    found = list(inside)
    for i in _nickname_words(doc):
        token = doc[i]
        if token.lemma_.lower() in _NAMING_VERBS and token.pos_ == "VERB":
            person = next((c for c in token.children if c.dep_ == "dobj"), None)
            name = next((c for c in token.children if c.dep_ in ("oprd", "xcomp")), None)
            if (given := _quoted_name(person, name)) is not None:
                found.append(given)
        elif (handle := _handle_given(token)) is not None:
            found.append(handle)
    return found


def _known_as_quoted(known: Token) -> tuple[Span, list[str]] | None:
    """The person `known as` gives a name in quotation marks, and that name's words:
    `Ada Brook, known as "the Skipper", …` (or `Ada Brook, a pilot known as …`), and
    the passive of rule known-as-subject, its subject read by
    :func:`~quotes.known_as.known_subject_name`: `Adilson Barros is known on the
    waterfront as "Dico Balsa"`; None for other words and shapes."""
    if known.lower_ != "known":
        return None
    person = named_before_role(known.head) if known.dep_ == "acl" else known_subject_name(known)
    # `known to every voter as "Mau Kiak"`: the parse may hang `as` on the noun before it;
    # as far after `known` as for an unquoted name (`known to crews on the north quay as`)
    as_ = next(
        (
            t
            for t in known.subtree
            if t.dep_ == "prep" and t.lower_ == "as" and known.i < t.i <= known.i + AS_GAP
        ),
        None,
    )
    name = None if as_ is None else next((c for c in as_.children if c.dep_ == "pobj"), None)
    return _quoted_name(person, name)


def _quoted_name(person: Token | None, name: Token | None) -> tuple[Span, list[str]] | None:
    """The person's mention and the words of the name given them, when the name is in
    quotation marks (determiners and marks left out); None otherwise."""
    if person is None or name is None or person.pos_ != "PROPN":
        return None
    doc = name.doc
    left, right = name.left_edge.i, name.right_edge.i
    if not ((left > 0 and doc[left - 1].is_quote) or doc[left].is_quote):
        return None
    words = [t.lower_ for t in doc[left : right + 1] if t.pos_ != "DET" and not t.is_punct]
    return mention_span(person), words


def called_names(doc: Doc) -> list[tuple[Span, list[str]]]:
    """Each person a relative clause gives the name others call them by, unquoted, with
    that name's words in lower case (:func:`_called_by_others`), or a main clause's
    `him` or `her` (`everyone calls her Khun Somporn`,
    :func:`~quotes.called_pronouns.called_by_pronoun`; `everyone knows him as Ti-Jo`,
    :func:`~quotes.called_pronouns.known_by_pronoun`), or an aside after their
    name gives the name they go by (`, known as Mau Kiak,`,
    :func:`~quotes.known_as.known_as_name`), or a passive `is known … as` does, unquoted
    (`is known in the township as Bana Chola`, :func:`~quotes.known_as.known_as_subject`),
    or `by` and a name noun do (`known by his Sámi name, Ásllat`,
    :func:`~quotes.known_as.known_by_name`),
    or `known as` gives in quotation marks (`,
    known as "Dico Balsa",`, `is known … as "Dico Balsa"`, :func:`_known_as_quoted`);
    read once per document by :class:`quotes.person_index.PersonIndex`, which files a
    later mention of the name under the person, so that a `he` after it is theirs too."""
    return [
        called
        for word in map(doc.__getitem__, _nickname_words(doc))  # one token object a word
        if (
            called := _called_by_others(word)
            or called_by_pronoun(word)
            or known_by_pronoun(word)
            or known_as_name(word)
            or known_as_subject(word)
            or known_by_name(word)
            or _known_as_quoted(word)
        )
        is not None
    ]


def _called_by_others(verb: Token) -> tuple[Span, list[str]] | None:
    """Rule called-name: the person a relative clause of a naming verb gives the name
    others call them by, unquoted, and that name's words: `Mariam Oyelaran-Pike, 71, whom
    everyone in the village calls Mama Mariam, keeps bees` (`whom` is the verb's object,
    the name its complement, a proper name): a later `Mama Mariam says` is her. None for
    other verbs and shapes (`calls him a liar`: no proper name)."""
    if verb.lemma_.lower() not in _NAMING_VERBS or verb.pos_ != "VERB" or verb.dep_ != "relcl":
        return None
    # `Mariam Oyelaran-Pike, 71, whom everyone calls Mama Mariam,`
    whom = next((c for c in verb.children if c.dep_ == "dobj"), None)
    name = named_complement(verb)
    person = verb.head
    if person.dep_ == "appos" and person.pos_ == "NOUN" and person.head.pos_ == "PROPN":
        # `Fatima Al-Zoubi, 52, a mother of four whom her street calls Umm Khaled,`: the
        # clause on the description set beside the name (a teknonym, `Umm`/`Abu` and
        # the eldest son's name, is such a name)
        person = person.head
    if whom is None or whom.lower_ not in RELATIVE_PRONOUNS or name is None:
        return None
    words = name.doc[name.left_edge.i : name.right_edge.i + 1]
    # `whom everyone calls Papa-Giorgos`: the hyphen is a word of the name as it is read
    if person.pos_ != "PROPN" or not all(
        (t.pos_ == "PROPN" and t.is_title) or t.text in HYPHENS for t in words
    ):
        return None
    # `whom everyone calls Seu Tião`: the name after a title of respect, as it is written
    # with or without it
    return mention_span(person), name_words(words)


def _handle_given(verb: Token) -> tuple[Span, list[str]] | None:
    """The person a verb of :data:`_HANDLE_VERBS` gives a handle, unquoted, and the
    handle's words: `Lee Seung-ho, the sniper, who plays as Marrow` (`who` stands for the
    name the role is set beside), `Dana Kole goes by Quill`; None for other verbs and
    for a name that is no capitalised word nor a word in lower case (`plays as a
    striker`)."""
    preposition = _HANDLE_VERBS.get(verb.lemma_.lower())
    if preposition is None or verb.pos_ != "VERB":
        return None
    # `Dana Kole goes by Quill` / `the sniper, who plays as Marrow`
    link = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    name = None if link is None else next((c for c in link.children if c.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if name is None or subject is None or not name.is_alpha or name.n_lefts:
        return None
    if not (name.pos_ == "PROPN" or name.is_lower):
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        role = verb.head
        subject = role.head if role.dep_ == "appos" else named_before_role(role)
    if subject.pos_ != "PROPN" and subject.ent_type_ != "PERSON":
        return None
    return mention_span(subject), [name.lower_]


#: The string-store id of `known`, as the doc's arrays hold it.
_KNOWN = get_string_id("known")


def _nickname_words(doc: Doc) -> list[int]:
    """The indices of the only tokens :func:`nicknames` reads a given name from: verbs
    and `known`, read from the doc's arrays so that no token object is made for the
    others (it runs once per document, over every word)."""
    table = doc.to_array([POS, LOWER])
    return np.flatnonzero((table[:, 0] == VERB) | (table[:, 1] == _KNOWN)).tolist()
