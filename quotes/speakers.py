"""Resolve speaker mentions to one canonical name per person within a document.

No coreference model runs offline here, so these are rules a careful reader uses:
a surname or a titled name points to the fullest form of that name in the text,
`he`/`she` to the nearest person before it whose gender fits, `who` to the noun
it modifies, and `the president` to the person the text gave that title.
Organisations, countries and unnamed sources (`a source`) stay as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from quotes.descriptions import (
    GLUED_KEY,
    ORG_KINDS,
    age_of,
    described_age,
    earlier_author,
    fullest_name,
    group_place,
    is_definite,
    kind_name,
    proper_name,
    role_words,
    spelled_out,
)
from quotes.language import table, word_list, word_map
from quotes.matchers import author, entity_at, mention_span
from quotes.name_keys import fold, name_parts

MALE_PRONOUNS = frozenset(word_map("pronouns")["male"])
FEMALE_PRONOUNS = frozenset(word_map("pronouns")["female"])
RELATIVE_PRONOUNS = frozenset(word_map("pronouns")["relative"])
_MALE_TITLES = frozenset(word_map("gendered-titles")["m"])
_FEMALE_TITLES = frozenset(word_map("gendered-titles")["f"])


#: Words that come before a name but are not part of it (`President`, `Mrs.`).
TITLES = word_list("titles")
#: Letters after a name that are not part of it (`KC`, `MP`, `OBE`).
_POST_NOMINALS = word_list("post-nominals")
#: Prepositions that relate a role to someone else (`a spokesman for`, `an adviser to`).
_RELATING = frozenset({"for", "to", "with", "from", "by", "at"})

_HYPHENS = ("-", "‐", "‑")
#: Descriptions that stand for the one business that has spoken (`the company said`).
_COMPANY_WORDS = word_list("company-words")
#: Descriptions of the person in focus (`the Spaniard`, `the world number three`).
_FOCUS_WORDS = word_list("focus-descriptions")
#: Nouns that describe a person (`the lawmaker`, `the singer`, `a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")
#: How many tokens after a lead's description the person it stands for is named.
_LEAD_REACH = 120


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common given names and their usual gender (``m``/``f``), from the lexicon file."""
    names: dict[str, str] = {}
    for gender, *given in table("given-names"):
        names.update({n.lower(): gender for n in given})
    return names


@lru_cache(maxsize=1)
def _given_genders() -> dict[str, str]:
    """Given names and gender from the SSA counts, the hand list winning where both do."""
    names = {name: gender for name, gender in table("given-names-ssa")}
    names.update(first_names())
    return names


def gender_of_given(word: str) -> str | None:
    """``m`` or ``f`` for a given name most people bearing it share, else None; a
    compound (`Jean-Pierre`, `Anne-Marie`) by its last part, else its first."""
    table = _given_genders()
    word = fold(word)
    if word in table:
        return table[word]
    parts = [part for part in re.split("[-‐‑]", word) if part]
    if len(parts) > 1:
        return table.get(parts[-1]) or table.get(parts[0])
    return None


def name_tokens(span: Span) -> list[Token]:
    """The span without leading titles, determiners and a trailing possessive, and
    from a title inside it, without the words up to it (`Indiana Gov. Mike Pence` gives
    `Mike Pence`: a title stands before a name, never inside one); hyphens inside a name
    (`Jean-Pierre`) are kept, other punctuation dropped."""
    tokens = [t for t in span if not t.is_punct or t.text in _HYPHENS]
    inner = [k for k, t in enumerate(tokens[:-1]) if t.lower_ in TITLES]
    if inner:
        tokens = tokens[inner[-1] + 1 :]
    while tokens and (tokens[0].lower_ in TITLES or tokens[0].pos_ == "DET"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in _HYPHENS):
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[-1].text in _POST_NOMINALS:
        tokens = tokens[:-1]  # `Aled Pryce KC` is Aled Pryce
    while tokens and tokens[0].text in _HYPHENS:
        tokens = tokens[1:]
    return tokens


def name_text(tokens: list[Token]) -> str:
    """A name as the text writes it, from its first word to its last (`Jean-Pierre
    Dubois`, `Maria van der Berg`), never words re-joined with spaces."""
    # The span's own text (its tokens and the spaces between them), not a slice of
    # `doc.text`, which spaCy joins anew from every token of the document on each call.
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def surname_key(span: Span) -> str | None:
    """The key that links `Zelensky`, `President Zelensky` and `Volodymyr Zelensky`."""
    tokens = name_tokens(span)
    return name_parts(name_text(tokens))[1] if tokens else None


@dataclass(slots=True)
class Person:
    """One person the document names, with the fullest form of the name seen so far."""

    name: str
    surname: str
    given: str | None = None
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    #: Role nouns the text gave the person (`prosecutor`, `alderman`, `executive`).
    roles: set[str] = field(default_factory=set)
    #: The age the text gave (`Graham Whitlock, 61,`).
    age: str | None = None
    #: An unnamed speaker (`a spokeswoman`): only `he` or `she` stands for one.
    unnamed: bool = False


class SpeakerResolver:
    """Resolves mentions in one document; call in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        #: The document's text: `text`, when the caller has the text the doc was made
        #: from, else joined once (spaCy joins `doc.text` anew on each call).
        self.text = doc.text if text is None else text
        self.people: list[Person] = []
        #: (token index, person) of every person mention, in text order.
        self.timeline: list[tuple[int, int]] = []
        #: The same, and the people's indices, by surname: a name is looked up among its
        #: namesakes only, not among every mention (the square of a long text's names).
        self._timeline_of: dict[str, list[tuple[int, int]]] = {}
        self._people_of: dict[str, list[int]] = {}
        #: Token indices of the mentions that are a clause's subject or a quote's speaker.
        self.subjects: set[int] = set()
        #: Names of the organisations resolved as speakers so far, in order.
        self.bodies: list[str] = []
        #: Nouns after `be` (`She was a designer`) by lemma, made on first use.
        self._copulas: dict[str, list[Token]] | None = None
        #: Index of the first full stop, `!` or `?`: the lead sentence ends there.
        self._first_stop: int | None = None
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_person(ent)

    def _find(self, name: str, at: int, gender: str | None = None) -> int | None:
        """The person a name means: the nearest one before `at` (else after) with that
        surname and no clashing given name or gender, so `Anna Weiss` and `Peter Weiss`,
        or `Mrs. Clinton` and `Bill Clinton`, stay two."""
        given, surname = name_parts(name)
        timeline = self._timeline_of.get(surname, [])
        k = bisect_left(timeline, (at, -1))
        before = [p for _, p in reversed(timeline[:k])]
        after = [p for _, p in timeline[k:]]
        for index in before + after + self._people_of.get(surname, []):
            person = self.people[index]
            if None not in (gender, person.gender) and gender != person.gender:
                continue
            if given is None or person.given in (None, given):
                return index
        return self._by_first_word(surname, gender) if given is None else None

    def _by_first_word(self, word: str, gender: str | None) -> int | None:
        """The one person whose full name opens with a lone name word that is no one's
        surname: `Trần` after `Trần Thị Lan`, a family name written first (not a known
        given name, as `Imogen` alone may be another person of the story), or `Bev`
        after `Beverley Tindall`, a given name cut short; None when none or several fit."""
        known = gender_of_given(word) is not None
        fits = {
            index
            for index, person in enumerate(self.people)
            if person.given is not None
            and (
                (person.given == word and not known)
                or (len(word) >= 3 and person.given != word and person.given.startswith(word))
            )
            and (None in (gender, person.gender) or gender == person.gender)
        }
        return fits.pop() if len(fits) == 1 else None

    def _add_person(self, ent: Span) -> None:
        tokens = name_tokens(ent)
        if not tokens or tokens[-1].pos_ not in ("PROPN", "NOUN"):
            return
        name = name_text(tokens)
        before = _titles_before(ent) + [t.lower_ for t in ent]
        given, surname = name_parts(name)
        if given is None and len(tokens) == 1 and gender_of_given(tokens[0].text) is None and (
            not any(word.end == ent.start for word in self.doc.spans.get(GLUED_KEY, ()))
        ):
            # `Kelvinside Tenants' Union said`: the parse cut a body's name short (not
            # `Notice Trump`, where the names step cut a sentence's opening word off)
            name = proper_name(tokens)
        gender = _gender_of(given, before)
        index = self._find(name, ent.start, gender)
        if index is None:
            index = len(self.people)
            self.people.append(Person(name, surname))
            self._people_of.setdefault(surname, []).append(index)
        person = self.people[index]
        if given is not None and person.given is None:
            person.given = given
        if len(name) > len(person.name):
            person.name = name
        person.titles.update(t for t in before if t in TITLES)
        person.roles.update(role_words(ent))
        person.age = person.age or age_of(ent)
        person.gender = person.gender or gender
        self._mentioned(ent.start, index)
        if ent.root.dep_ in ("nsubj", "nsubjpass"):
            self.subjects.add(ent.start)

    def _mentioned(self, at: int, index: int) -> None:
        """Note a mention of person `index` at token `at` on the timelines."""
        insort(self.timeline, (at, index))
        insort(self._timeline_of.setdefault(self.people[index].surname, []), (at, index))

    def resolve(self, mention: Span, said: tuple[int, int] | None = None) -> str | None:
        """The canonical name for a speaker mention, or None when it cannot be told;
        `said` is the character span of what the mention says, whose names a pronoun
        speaker does not stand for (:meth:`_pronoun`)."""
        head = mention.root
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            noun = head.head.head
            return self.resolve(mention_span(noun), said) or noun.text
        if lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            return self._pronoun(head.i, "m" if lower in MALE_PRONOUNS else "f", said)
        if head.pos_ == "PRON":
            # `The company cut its forecast, it said`: the one body that has spoken
            if lower == "it" and len(set(self.bodies)) == 1:
                self.bodies.append(self.bodies[-1])  # it has spoken once more
                return self.bodies[-1]
            return None
        named = _appositive_name(head) or _name_after_role(mention) or _subject_name(head)
        if named is not None:
            # `The head of the super PAC, Mike Murphy, praised …`
            return self.resolve(named)
        maker = author(head) or group_place(head)
        if maker is None and head.pos_ == "NOUN" and is_definite(head):
            # `The report also said …` after `a report by the audit office`
            maker = earlier_author(head)
        if maker is not None:
            # `according to a tally by the Associated Press`
            return self.resolve(mention_span(maker))
        if head.lower_ in _COMPANY_WORDS and is_definite(head) and (body := self._main_body()):
            # `the company said` after `Norvik Foods … said`
            return body
        if len(mention) == 1 and head.lower_ in ORG_KINDS:
            # `Police said …` after `Lanford Police`
            named_kind = kind_name(head)
            if named_kind is not None:
                return named_kind
        if head.lower_ in _FOCUS_WORDS and is_definite(head):
            # `the Spaniard said`, whatever the tagger makes of a capitalised noun
            return self._pronoun(head.i, None) or mention.text
        tokens = name_tokens(mention)
        if len(tokens) == 1 and head.pos_ == "PROPN" and is_definite(head):
            # `The Clerk noted …`, capitalised as minutes write it, after `Mrs D. Penhaligon
            # (Clerk)`: a role the text gave one person, not a name
            role = self._by_role(head)
            if role is not None:
                return role
        if tokens and (head.pos_ == "PROPN" or (len(mention.text) > 1 and mention.text.isupper())):
            titles = [t.lower_ for t in self.doc[max(0, mention.start - 2) : mention.end]]
            name = name_text(tokens)
            index = self._find(name, head.i, _gender_of(name_parts(name)[0], titles))
            if index is not None:
                person = self.people[index]
                if person.gender is None and gender_of_given(person.given or "") is None:
                    # `Pellworth Mills said`; `Halvorsen forecast …` after `Halvorsen Marine`
                    name = person.name if person.given else (
                        spelled_out(self.text, person.name) or fullest_name(self.text, person.name)
                    )
                    self.bodies.append(name)
                    return name
                return person.name
            return self._organisation(tokens)
        if head.pos_ in ("NOUN", "ADJ") or head.is_lower:
            titled = self._by_title(head) or self._described(head) or self._lead_description(
                head
            )
            if titled:
                return titled
        return mention.text

    def _main_body(self) -> str | None:
        """The body a story is about: the one that has spoken, or of several, the one
        that has spoken most often (`Norvik Foods`, twice, before `FactLine`, once); None
        when none has or two share the most."""
        counts = Counter(self.bodies).most_common(2)
        if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
            return None
        return counts[0][0]

    def _organisation(self, tokens: list[Token]) -> str:
        """A name that is no person's, with the capitalised words the parse left before
        it and in its one longer form (`Vantor` → `Vantor Mobility`); remembered as a
        body that has spoken, for `it` and `the company`."""
        name = proper_name(tokens)
        if len(name.split()) == 1:
            name = spelled_out(self.text, name) or fullest_name(self.text, name)
        self.bodies.append(name)
        return name

    def _described(self, head: Token) -> str | None:
        """The one named referent a description fits (see :mod:`quotes.descriptions`):
        `the 61-year-old` the person of that age (else the person in focus, as a
        reader takes it), `the prosecutor` the one person given that role, `the
        council` the one organisation of that kind."""
        age = described_age(head)
        if age is not None:
            aged = {p for i, p in self.timeline if i < head.i and self.people[p].age == age}
            if len(aged) == 1:
                return self.people[aged.pop()].name
            return self._pronoun(head.i, None)
        if not is_definite(head):
            return None
        if head.lower_ in _FOCUS_WORDS:
            # `the Spaniard`, `the world number three`: the person in focus
            return self._pronoun(head.i, None)
        if head.lower_ in ORG_KINDS:
            # `the corporation` is a body even after `Corporation Commissioner R. Rao`
            return kind_name(head)
        given = self._by_role(head)
        if given is not None:
            return given
        role = head.lemma_.lower()
        named = self._called(head)
        if named is not None:
            return named
        if role in _PERSON_ROLES and head.tag_ == "NN" and not _possessed(head):
            # `The veteran lawmaker conceded …`: a role the text gave no one, the person
            # in focus (not `the authors`, a group, nor `her challenger`, someone
            # beside the person in focus)
            return self._pronoun(head.i, None)
        return kind_name(head)

    def _by_role(self, head: Token) -> str | None:
        """The one person named before with the description's noun as a role (`the
        prosecutor` after `Prosecutor Daniel Okafor`; `The Clerk`, capitalised as minutes
        write it, after `Mrs D. Penhaligon (Clerk)`); None when none or several."""
        role = head.lemma_.lower()
        fits = {
            p
            for i, p in self.timeline
            if i < head.i and (role in self.people[p].roles or head.lower_ in self.people[p].roles)
        }
        return self.people[fits.pop()].name if len(fits) == 1 else None

    def _called(self, head: Token) -> str | None:
        """`The designer insists …` after `She was a retired designer`: the one person
        an earlier copula gave the description's noun (`X is a designer`, `she was the
        bookkeeper`), its subject a name or a pronoun resolved where it stands."""
        if self._copulas is None:
            # built once per document, on the first description that asks
            self._copulas = {}
            for token in self.doc:
                if token.dep_ == "attr" and token.head.lemma_ == "be":
                    self._copulas.setdefault(token.lemma_.lower(), []).append(token)
        found = set()
        for token in self._copulas.get(head.lemma_.lower(), ()):
            if token.i >= head.i:
                break
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
                continue
            if subject.lower_ in MALE_PRONOUNS or subject.lower_ in FEMALE_PRONOUNS:
                gender = "m" if subject.lower_ in MALE_PRONOUNS else "f"
                found.add(self._pronoun(subject.i, gender))
            elif subject.pos_ == "PROPN":
                found.add(self.resolve(mention_span(subject)))
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _lead_description(self, head: Token) -> str | None:
        """`A former bookkeeper testified …` in a story's first sentence (the lead; a
        headline or dateline has no full stop): the person the next sentences name as a
        subject (`Desmond Okri, 52, testified …`), as a delayed-identification lead has
        it, who takes the role for later descriptions (`the former bookkeeper`)."""
        role = head.lemma_.lower()
        if role not in _PERSON_ROLES or not any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or _of_a_body(c) for c in head.children
        ):
            return None
        if self._first_stop is None:
            ends = (t.i for t in self.doc if t.text in (".", "!", "?"))
            self._first_stop = next(ends, len(self.doc))
        if self._first_stop < head.sent.start:
            return None
        after = [
            p
            for i, p in self.timeline
            if head.i < i <= head.i + _LEAD_REACH
            and i in self.subjects
            and not self.people[p].unnamed
        ]
        if not after:
            return None
        person = self.people[after[0]]
        person.roles.add(role)
        return person.name

    def _pronoun(
        self, at: int, gender: str | None, said: tuple[int, int] | None = None
    ) -> str | None:
        """The person a pronoun at `at` means: of the people whose known gender does not
        clash, the nearest one who was a subject or speaker since the sentence before
        (`Obama said after meeting Putin. He …` is Obama), else the nearest one before.
        Never one named only in the words the pronoun's owner says (`said`): in
        `"Dad says that every year," he said` he is not Dad (:func:`_named_in`)."""
        sentence = self.doc[at].sent.start
        recent = self.doc[sentence - 1].sent.start if sentence else 0
        fitting = [
            (i, index)
            for i, index in reversed(self.timeline)
            if i < at
            and (gender is None or self.people[index].gender in (None, gender))
            and (gender is not None or not self.people[index].unnamed)
            and not _named_in(self.doc[i], said)
        ]
        chosen = next(
            (index for i, index in fitting if i >= recent and i in self.subjects),
            fitting[0][1] if fitting else None,
        )
        if chosen is None:
            return None
        person = self.people[chosen]
        person.gender = person.gender or gender
        return person.name

    def _by_title(self, head: Token) -> str | None:
        """`the president` → the one person the text titled President before it; None
        when it titled none or several so (`Judge Ruiz and Judge Ortiz` … `the judge`)."""
        title = head.lower_
        if title not in TITLES:
            return None
        titled = {p for i, p in self.timeline if i < head.i and title in self.people[p].titles}
        return self.people[titled.pop()].name if len(titled) == 1 else None

    def note_speaker(self, at: int, name: str | None, mention: Span | None = None) -> None:
        """Make a resolved speaker the most salient person from here on; an unnamed one
        whose noun tells a gender (`A spokeswoman for the council said …`) becomes one
        too, so that a `she` after it is hers (:func:`_unnamed_gender`)."""
        for index, person in enumerate(self.people):
            if person.name == name:
                self._mentioned(at, index)
                self.subjects.add(at)
                return
        gender = _unnamed_gender(mention) if mention is not None and name else None
        if gender is not None and name is not None:
            # keyed apart from every surname: no name ever resolves to a description
            self.people.append(Person(name, f"\0{name}", gender=gender, unnamed=True))
            self._mentioned(at, len(self.people) - 1)
            self.subjects.add(at)


def _named_in(token: Token, said: tuple[int, int] | None) -> bool:
    """Whether a mention lies inside the character span `said`."""
    return said is not None and said[0] <= token.idx < said[1]


def _unnamed_gender(mention: Span) -> str | None:
    """``m`` or ``f`` for an unnamed speaker headed by a noun that tells it (`a
    spokesman`, `Her father`, from the gendered titles), else None."""
    head = mention.root
    if head.pos_ != "NOUN":
        return None
    if head.lower_ in _MALE_TITLES:
        return "m"
    return "f" if head.lower_ in _FEMALE_TITLES else None


def _titles_before(ent: Span) -> list[str]:
    """The three words before a name (`Secretary of State Ana Ruiz`), lower case, from
    after a preposition that relates someone else to the person (`a spokesperson for Mr
    Ruiz` gives Ruiz `mr`, and neither the title nor the gender of `spokesperson`)."""
    words = [t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start]]
    cut = max((k + 1 for k, w in enumerate(words) if w in _RELATING), default=0)
    return words[cut:]


def _of_a_body(child: Token) -> bool:
    """Whether a description's possessive is a body's, not a person's: `its` or `their`
    (`its medical director has said`), or a noun with `'s` (`the county's director`)."""
    if child.dep_ != "poss":
        return False
    return child.lower_ in ("its", "their") or (
        child.pos_ == "NOUN" and any(c.tag_ == "POS" for c in child.children)
    )


def _possessed(head: Token) -> bool:
    """Whether a description is someone's (`her challenger`, `his lawyer`)."""
    return any(c.dep_ == "poss" for c in head.children)


def _appositive_name(head: Token) -> Span | None:
    """The proper name set off by commas at the end of a described speaker: `Mike Murphy`
    in `The head of the super PAC backing Jeb Bush, Mike Murphy, praised …` (the parser
    often hangs it on the nearer noun), or before a relative clause that ends it
    (`Her son, Callum, who runs the ferry, says …`); none when the speaker is itself a
    name, unless it is one word with a preposition after it, as a role is and a name
    is not (`Counsel for the council, Aled Pryce KC, argued …`, where a capital opening
    the sentence made the role a proper noun)."""
    if head.pos_ == "PROPN" and not (
        head.dep_ != "compound"
        and not any(c.dep_ == "compound" for c in head.children)
        and any(c.dep_ == "prep" and c.i == head.i + 1 for c in head.children)
    ):
        return None
    doc = head.doc
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:
        last -= 1
    clauses = [c for c in head.rights if c.dep_ == "relcl" and c.right_edge.i >= last]
    if clauses:  # `Her son, Callum, who runs the ferry,`: the name ends before the clause
        last = clauses[0].left_edge.i - 1
        while last > head.i and doc[last].is_punct:
            last -= 1
    for token in head.subtree:
        if (
            token.dep_ == "appos"
            and token.pos_ == "PROPN"
            and token.left_edge.i > head.i
            and doc[token.left_edge.i - 1].text == ","
            and token.right_edge.i == last
        ):
            return doc[token.left_edge.i : token.i + 1]
    return None


def _subject_name(head: Token) -> Span | None:
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


def _name_after_role(mention: Span) -> Span | None:
    """The person's name closing a mention headed by a role: `Raj Patel` in `Opposition
    whip Raj Patel` (the parser makes the role the head and the name its apposition)."""
    head = mention.root
    if head.pos_ != "NOUN":
        return None
    name = entity_at(mention[-1]) if len(mention) else None
    if (
        name is not None
        and name.label_ == "PERSON"
        and name.start >= mention.start
        and name.end == mention.end
        # not the one a preposition relates the role to: `A spokesperson for Mr Ruiz's
        # campaign`, `an adviser to minister Ana Ruiz` speak for Ruiz, they are not Ruiz
        and not any(t.lower_ in _RELATING for t in head.doc[head.i + 1 : name.start])
    ):
        return name
    # `the lettings website Homeview`: a body's name set beside its kind
    named = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named and named[0].left_edge.i == head.i + 1:
        return mention_span(named[0])
    return None


def _gender_of(given: str | None, before: list[str]) -> str | None:
    """Gender from an honorific (`Mrs.`) or the given name, when the text gives one."""
    if any(t in _MALE_TITLES for t in before):
        return "m"
    if any(t in _FEMALE_TITLES for t in before):
        return "f"
    return gender_of_given(given) if given else None
