"""Resolve speaker mentions to one canonical name per person within a document.

No coreference model runs offline here, so these are rules a careful reader uses:
a surname or a titled name points to the fullest form of that name in the text,
`he`/`she` to the nearest person before it whose gender fits, `who` to the noun
it modifies, and `the president` to the person the text gave that title.
Organisations, countries and unnamed sources (`a source`) stay as written.

:meth:`SpeakerResolver.resolve` is the sequence a mention goes through; the people it
can mean are indexed by :mod:`quotes.person_index` (names, gender from
:mod:`quotes.genders`, name words from :mod:`quotes.name_spans`), the bodies and groups
that `it`, `they` and `the company` stand for by :mod:`quotes.bodies`, a name set beside a
description is found by :mod:`quotes.appositions`, what a description (`the
61-year-old`, `the council`) fits by :mod:`quotes.descriptions`, and who a work (`the
report`) speaks for by :mod:`quotes.works`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.appositions import (
    appositive_name,
    name_after_role,
    named_in_clause,
    nicknamed,
    nicknames,
    subject_name,
)
from quotes.bodies import BodyIndex
from quotes.body_names import joined_around
from quotes.cue_words import token_indices
from quotes.descriptions import (
    ORG_KINDS,
    PARTY_MEMBERS,
    described_age,
    fullest_name,
    is_definite,
    kind_name,
    modifiers_fit,
    party_place_fits,
    proper_name,
    spelled_out,
)
from quotes.genders import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    gender_of,
    gender_of_given,
)
from quotes.label_names import LabelNames
from quotes.language import word_list, word_map
from quotes.mentions import author, entity_at, mention_span
from quotes.name_keys import name_parts
from quotes.name_spans import TITLES, name_text, name_tokens
from quotes.person_index import named_before_generation
from quotes.works import earlier_author, group_place, issuer_before

#: Nouns for a member of a party that a legislator's tag names (`the Oregon Democrat`).
_PARTY_NOUNS = frozenset(PARTY_MEMBERS.values())
#: Descriptions that stand for the one business that has spoken (`the company said`).
_COMPANY_WORDS = word_list("company-words")
#: Descriptions of the person in focus (`the Spaniard`, `the world number three`).
_FOCUS_WORDS = word_list("focus-descriptions")
#: Nouns that describe a person (`the lawmaker`, `the singer`, `a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")
#: Roles a person takes by what the text said they did: `witness` → `testify`.
_ROLE_ACTS = word_map("role-acts")
#: Offices a story's first sentence may describe a person by (`A former minister says …`).
_LEAD_OFFICES = word_list("lead-offices")
#: How many tokens after a lead's description the person it stands for is named.
_LEAD_REACH = 120


class SpeakerResolver(BodyIndex):
    """Resolves mentions in one document; call in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: Nouns after `be` (`She was a designer`) by lemma, made on first use.
        self._copulas: dict[str, list[Token]] | None = None
        #: Index of the first full stop, `!` or `?`: the lead sentence ends there.
        self._first_stop: int | None = None
        #: The people the text gives a quoted nickname (:func:`nicknames`), found on first
        #: use: a walk over every token, not to be repeated for each name resolved.
        self._nicknames: list[tuple[Span, list[str]]] | None = None
        #: The names a record's introduction gives its labels, read on first use.
        self._labels: LabelNames | None = None

    def resolve(self, mention: Span, said: tuple[int, int] | None = None) -> str | None:
        """The canonical name for a speaker mention, or None when it cannot be told;
        `said` is the character span of what the mention says, whose names a pronoun
        speaker does not stand for (:meth:`_pronoun`). A group or body resolved is
        remembered for a `they` after it (:meth:`~quotes.bodies.BodyIndex.they`)."""
        head = mention.root
        if head.lower_ in PLURAL_PRONOUNS and head.pos_ == "PRON":
            return self.they(head)
        name = self._resolve(mention, said)
        self.note_group(mention, name)
        return name

    def label_name(self, label: Span, introduction: int) -> str | None:
        """The full name the introduction (the text before character ``introduction``)
        gives a record's label (`Mr K J DLAMINI`, `The MINISTER`, `CALLER`;
        :class:`quotes.label_names.LabelNames`), or None: the label is then resolved as
        any mention (:meth:`resolve`)."""
        if self._labels is None or len(self._labels.introduction) != introduction:
            self._labels = LabelNames(self.text[:introduction])
        return self._labels.name(label.text)

    def _resolve(self, mention: Span, said: tuple[int, int] | None) -> str | None:
        """The steps of :meth:`resolve`, one mention's."""
        head = mention.root
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            noun = head.head.head
            return self.resolve(mention_span(noun), said) or noun.text
        if lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            return self._pronoun(head.i, "m" if lower in MALE_PRONOUNS else "f", said)
        if head.pos_ == "PRON":
            return self.it_body(head) if lower == "it" else None
        if self._nicknames is None and head.pos_ == "PROPN":
            self._nicknames = nicknames(self.doc)
        named = (
            nicknamed(mention, self._nicknames or [])
            or appositive_name(head)
            or name_after_role(mention)
            or subject_name(head)
            or named_before_generation(head)
            or named_in_clause(head)
        )
        if named is not None:
            # `The head of the super PAC, Mike Murphy, praised …`
            return self.resolve(named)
        maker = author(head) or group_place(head)
        if maker is None and head.pos_ == "NOUN" and is_definite(head):
            # `The report also said …` after `a report by the audit office`
            maker = earlier_author(head)
        if maker is None and head.pos_ == "NOUN" and (
            is_definite(head) or any(c.dep_ == "poss" for c in head.children)
        ):
            # `The bulletin reads: …` after `The Met Service issued a red warning …`
            maker = issuer_before(head)
        if maker is not None:
            # `according to a tally by the Associated Press`
            return self.resolve(mention_span(maker))
        if head.lower_ in _COMPANY_WORDS and is_definite(head) and (body := self.company(mention)):
            # `the company said` after `Norvik Foods … said`
            return body
        if len(mention) == 1 and head.lower_ in ORG_KINDS:
            # `Police said …` after `Lanford Police`
            named_kind = kind_name(head)
            if named_kind is not None:
                return named_kind
        if head.lower_ in _PARTY_NOUNS and is_definite(head) and (member := self._member(head)):
            # `pressed the Oregon Democrat` after `Sen. Ann Byrne (D-Ore.)`
            return member
        if head.lower_ in _FOCUS_WORDS and is_definite(head):
            # `the Spaniard said`, whatever the tagger makes of a capitalised noun
            return self._pronoun(head.i, None, said) or mention.text
        tokens = name_tokens(mention)
        if len(tokens) == 1 and head.pos_ == "PROPN" and is_definite(head):
            # `The Clerk noted …`, capitalised as minutes write it, after `Mrs D. Penhaligon
            # (Clerk)`: a role the text gave one person, not a name
            role = self._by_role(head)
            if role is not None:
                return role
        if not tokens and head.pos_ == "PROPN" and is_definite(head):
            # `The Prime Minister replied …`, capitalised, after `Prime Minister Catherine
            # Ashdown-Reid told MPs …`: a title alone, the one person the text titled so
            # (`The Chair advised …` after `Cllr J. Aldous (Chair)`: a title word the text
            # gave as a role, in brackets after the name)
            titled = self._by_title(head) or self._by_role(head)
            if titled is not None:
                return titled
        if tokens and (
            head.pos_ == "PROPN"
            or (len(mention.text) > 1 and mention.text.isupper())
            or self._known_surname(tokens)
        ):
            titles = [t.lower_ for t in self.doc[max(0, mention.start - 2) : mention.end]]
            name = name_text(tokens)
            gender = gender_of(name_parts(name)[0], titles)
            index = self.by_generation(mention, name, gender)
            if index is None and len(tokens) == 1 and tokens[0].i > 0:
                # `Sir Marcus said`, a knight by his given name
                index = self.by_given(self.doc[tokens[0].i - 1], tokens[0].text)
            if index is None:
                index = self._find(name, head.i, gender)
            if index is None and len(tokens) == 1:
                # `NHQ: Not for a second.` after `Noor Halvorsen-Qadir spoke to …`
                index = self.by_initials(tokens[0].text)
            if index is not None:
                person = self.fuller(index, name)
                if person.gender is None and gender_of_given(person.given or "") is None:
                    # `Pellworth Mills said`; `Halvorsen forecast …` after `Halvorsen Marine`;
                    # `The Retail & Allied Workers Union said`, `the Food and Drug
                    # Administration said`, a body's name the tagger cut at a joining word
                    # (:func:`~quotes.descriptions.proper_name`)
                    name = person.name if person.given else (
                        spelled_out(self.text, person.name) or fullest_name(self.text, person.name)
                    )
                    whole = proper_name(tokens)
                    if joined_around(whole, name):
                        name = whole
                    self.bodies.append(name)
                    return name
                return person.name
            return self.organisation(tokens)
        if head.pos_ in ("NOUN", "ADJ") or head.is_lower:
            titled = self._by_title(head) or self._described(head) or self._lead_description(
                head
            )
            if titled:
                return titled
        return mention.text

    def _known_surname(self, tokens: list[Token]) -> bool:
        """Whether a capitalised word the tagger did not take for a name is the surname
        of a person the text named before it: `Wrenfield: "We got that wrong …"`, a
        name opening a line that the parse read as a noun."""
        if len(tokens) != 1 or not tokens[0].is_title:
            return False
        namesakes = self._timeline_of.get(name_parts(tokens[0].text)[1], ())
        return any(i < tokens[0].i for i, _ in namesakes)

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
        given = self._by_role(head) or self._by_later_role(head)
        if given is not None:
            return given
        role = head.lemma_.lower()
        named = self._called(head) or self._by_act(head)
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
        if len(fits) > 1:
            fits = {p for p in fits if modifiers_fit(head, self.people[p].roles)}
        return self.people[fits.pop()].name if len(fits) == 1 else None

    def _member(self, head: Token) -> str | None:
        """The one person named before whose party tag fits a member description: `the
        Oregon Democrat` after `Sen. Ann Byrne (D-Ore.)`, not after `(D-Ky.)`."""
        fits = {
            p
            for i, p in self.timeline
            if i < head.i
            and head.lower_ in self.people[p].roles
            and party_place_fits(head, self.people[p].roles)
        }
        return self.people[fits.pop()].name if len(fits) == 1 else None

    def _by_later_role(self, head: Token) -> str | None:
        """The one person the next sentences name with the description's noun as a role,
        when no one before had it: `…, her publicist has confirmed.` ¶ `In a statement,
        the publicist, Fern Adair, said: …`; None when none or several."""
        role = head.lemma_.lower()
        fits = {
            p
            for i, p in self.timeline
            if head.i < i <= head.i + _LEAD_REACH
            and (role in self.people[p].roles or head.lower_ in self.people[p].roles)
        }
        return self.people[fits.pop()].name if len(fits) == 1 else None

    def _by_act(self, head: Token) -> str | None:
        """`the witness` → the one person named as the subject of `testified` (or `told
        the court`) before it (:data:`_ROLE_ACTS`), of several the one in focus; None when
        the role is none of those or several fit and none is in focus."""
        acts = _ROLE_ACTS.get(head.lower_)
        if not acts:
            return None
        fits = set()
        for i, index in self.timeline:
            if i >= head.i:
                break
            root = entity_at(self.doc[i])
            verb = None if root is None else root.root.head
            if root is not None and root.root.dep_ == "nsubj" and _does(verb, acts):
                fits.add(index)
        if len(fits) > 1:
            # `Jade Okafor told the court …` and `DC Rao told the court …`, then `the
            # witness said` after Ms Okafor's cross-examination: the one in focus
            focus = self._pronoun(head.i, None)
            return focus if focus in {self.people[p].name for p in fits} else None
        return self.people[fits.pop()].name if fits else None

    def _called(self, head: Token) -> str | None:
        """`The designer insists …` after `She was a retired designer`: the one person
        an earlier copula gave the description's noun (`X is a designer`, `she was the
        bookkeeper`), its subject a name or a pronoun resolved where it stands."""
        if self._copulas is None:
            # built once per document, on the first description that asks
            self._copulas = {}
            for i in token_indices(self.doc, "DEP", frozenset({"attr"})):
                token = self.doc[i]
                if token.head.lemma_ == "be":
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
        """`A former bookkeeper testified …`, `A former minister says in her memoir …` in
        a story's first sentence (the lead; a headline or dateline has no full stop), or
        before the story has named anyone (`The county's director of public health said
        …` after a paragraph about a measles outbreak): the person the next sentences
        name as a subject (`Desmond Okri, 52, testified …`), as a delayed-identification
        lead has it, who takes the role for later descriptions (`the former
        bookkeeper`)."""
        role = head.lemma_.lower()
        if (role not in _PERSON_ROLES and role not in _LEAD_OFFICES) or not any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or _of_a_body(c) for c in head.children
        ):
            return None
        if self._first_stop is None:
            ends = (t.i for t in self.doc if t.text in (".", "!", "?"))
            self._first_stop = next(ends, len(self.doc))
        if self._first_stop < head.sent.start and any(
            i < head.i and not self.people[p].unnamed for i, p in self.timeline
        ):
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

    def _by_title(self, head: Token) -> str | None:
        """`the president` → the one person the text titled President before it; None
        when it titled none or several so (`Judge Ruiz and Judge Ortiz` … `the judge`)."""
        title = head.lower_
        if title not in TITLES:
            return None
        titled = {p for i, p in self.timeline if i < head.i and title in self.people[p].titles}
        if len(titled) > 1:
            # `the Chief Justice` after `Chief Justice X and Justice Y`: all its title words
            words = {t.lower_ for t in head.lefts if t.lower_ in TITLES}
            titled = {p for p in titled if words and words <= self.people[p].titles}
        return self.people[titled.pop()].name if len(titled) == 1 else None


def _does(verb: Token, acts: tuple[str, ...]) -> bool:
    """Whether a verb is one of a role's acts (:data:`_ROLE_ACTS`): its lemma, or
    `lemma:noun` with that noun as its object (`told the court`)."""
    lemma = verb.lemma_.lower()
    if lemma in acts:
        return True
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "dative")}
    return any(f"{lemma}:{noun}" in acts for noun in objects)


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
