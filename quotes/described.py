"""Who a description stands for: the one person or body the text gave that role, title,
age, party, act or noun before (or, for a story's lead, right after).

A reader takes `the prosecutor` for the one person the story called a prosecutor, `the
61-year-old` for the one person aged 61, `the Oregon Democrat` for the senator tagged
`(D-Ore.)`, `the witness` for the one who testified, `the designer` for the one the text
said was a designer, and `A former bookkeeper testified …` for the person the next
sentences name. :mod:`quotes.descriptions` reads a description's own words (its age, its
kind, whether it is definite); this module looks the description up among the people and
bodies indexed so far (:mod:`quotes.person_index`, :mod:`quotes.bodies`), and
:class:`quotes.speakers.SpeakerResolver`, which decides what kind of mention a speaker is,
builds on it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.bodies import BodyIndex
from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas, token_indices
from quotes.descriptions import described_age, is_definite, modifiers_fit, party_place_fits
from quotes.genders import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from quotes.language import word_list, word_map
from quotes.mentions import AUTHORED, author, entity_at, mention_span
from quotes.name_spans import MOST_TITLES, TITLES, name_tokens
from quotes.names import ORG_KINDS
from quotes.works import later_group_place
from quotes.written_names import kind_name

#: Descriptions of the person in focus (`the Spaniard`, `the world number three`).
FOCUS_WORDS = word_list("focus-descriptions")
#: Nouns that describe a person (`the lawmaker`, `the singer`, `a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")
#: The titles a description noun stands for besides itself (`the judge`: Justice).
_TITLE_DESCRIPTIONS = word_map("title-descriptions")
#: A person's place in a team (`coach`, `halfback`, `sophomore`): a description by one
#: is no one the text gave another.
_TEAM_PLACES = word_list("team-places")
#: Roles a person takes by what the text said they did: `witness` → `testify`.
_ROLE_ACTS = word_map("role-acts")
#: Offices a story's first sentence may describe a person by (`A former minister says …`).
_LEAD_OFFICES = word_list("lead-offices")
#: Descriptions that stand for the one business that has spoken (`the company said`).
_COMPANY_WORDS = word_list("company-words")
#: Verbs by which a person leads a body (`who chairs the Friends of Tanner's Yard`).
_LEADING = word_list("leading-verbs")
#: How many tokens after a lead's description the person it stands for is named.
_LEAD_REACH = 120


class DescribedIndex(BodyIndex):
    """The people and bodies of one document, looked up by a description; fed in
    document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: Nouns after `be` (`She was a designer`) by lemma, made on first use.
        self._copulas: dict[str, list[Token]] | None = None
        #: Index of the first full stop, `!` or `?`: the lead sentence ends there.
        self._first_stop: int | None = None

    def resolve(self, mention: Span, said: tuple[int, int] | None = None) -> str | None:
        """The canonical name for a speaker mention (:meth:`_called` resolves the subject
        of a copula with it); :class:`quotes.speakers.SpeakerResolver` gives the steps."""
        raise NotImplementedError

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
            # an age is a person's: never a name that may be a body's or a place's
            return self._pronoun(head.i, None, person=True)
        if head.lower_ in ORG_KINDS and _of_a_named(head):
            # `Wales's largest teachers' union`: a body of a place or a thing named
            return kind_name(head, self.bodies)
        if not is_definite(head):
            return None
        if head.lower_ in FOCUS_WORDS:
            # `the Spaniard`, `the world number three`: the person in focus, never a
            # name that may be a body's or a place's
            return self._pronoun(head.i, None, person=True)
        if head.lower_ in ORG_KINDS:
            # `the corporation` is a body even after `Corporation Commissioner R. Rao`;
            # `The board insists …` after `NHS Strathmore says …`, a body named with no
            # kind word of the description's, that spoke just before it
            return kind_name(head, self.bodies) or self._body_before(head, head.lower_)
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
            # beside the person in focus); `the halfback` not a coach in focus
            unlike = _TEAM_PLACES - {role, head.lower_} if role in _TEAM_PLACES else frozenset()
            return self._pronoun(head.i, None, unlike=unlike, person=True)
        return kind_name(head, self.bodies)

    def _the_one(self, fits: set[int]) -> str | None:
        """The name of the one person that fits a description; None when none or several
        do (a description two people fit stays as written)."""
        return self.people[next(iter(fits))].name if len(fits) == 1 else None

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
        return self._the_one(fits)

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
        return self._the_one(fits)

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
        return self._the_one(fits)

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

    def _lead_body(self, head: Token) -> str | None:
        """A body or a work that a story's lead describes before naming it (`An
        international aid group has warned …`, `…, the mine's operator said.`, `…, a
        study suggests.`, `…, according to an internal memo seen by the Courier.`): the
        one the next sentences let speak first, when that is a body (`Hearth
        International said`, `A spokeswoman for Isles Ferries said`, `the University of
        Eastmere claimed`), for a study the body the next sentences place its
        researchers at (:func:`~quotes.works.later_group_place`), or for a work anyone
        who speaks in it (`In the memo, …, X wrote …`, :func:`_speaks_in`); None
        elsewhere, or when the first to speak is another person or no one
        (:func:`_first_speaker`)."""
        work = head.lemma_.lower() in AUTHORED or head.lower_ in AUTHORED
        if not (work or head.lower_ in ORG_KINDS or head.lower_ in _COMPANY_WORDS):
            return None
        if work and author(head) is not None:
            return None  # `a trial led by researchers at …` names its maker
        if self._first_stop is None:
            ends = (t.i for t in self.doc if t.text in (".", "!", "?"))
            self._first_stop = next(ends, len(self.doc))
        if head.i > self._first_stop:
            return None
        place = later_group_place(head, _LEAD_REACH) if work else None
        if place is not None:
            # `…, according to a study published on Wednesday.` ¶ `Researchers at the
            # University of Calderbrook counted …`: the body its makers work at
            return self.resolve(mention_span(place))
        speaker = _first_speaker(head)
        if speaker is None:
            return None
        body = _body_of(speaker)
        if body is not None and not self._personal(body):
            return self.organisation(body)
        if not work or speaker.pos_ == "PRON" or not _speaks_in(speaker, head):
            return None
        return self.resolve(mention_span(speaker))

    def by_title_phrase(self, head: Token) -> str | None:
        """`The Health Minister added …` after `Health Minister Datuk Seri Dr Nurul Ain
        said …`: the one person the text named right after the same capitalised title
        and its qualifiers (a few more titles may stand between); None for a title with
        no qualifier, or when none or several were so named."""
        doc = head.doc
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        phrase = [t.lower_ for t in doc[start : head.i + 1]]
        if len(phrase) < 2:
            return None
        fits = set()
        for i, person in self.timeline:
            if i >= start:
                break
            before = [t.lower_ for t in doc[max(0, i - MOST_TITLES) : i]]
            if any(before[k : k + len(phrase)] == phrase for k in range(len(before))):
                fits.add(person)
        return self._the_one(fits)

    def _by_title(self, head: Token) -> str | None:
        """`the president` → the one person the text titled President before it (`the
        PM` → Prime Minister, title-descriptions.txt), of
        several the one named in its sentence or the one before (`Justice X wrote …` ¶
        `Justice Y argued … The justice said` is Y); None when it titled none, or several
        and not one is named there."""
        title = head.lower_
        if title not in TITLES and title not in _TITLE_DESCRIPTIONS:
            return None
        titles = {title, *_TITLE_DESCRIPTIONS.get(title, ())}  # `the judge`: Mr Justice X
        titled = {p for i, p in self.timeline if i < head.i and titles & self.people[p].titles}
        if len(titled) > 1:
            # `the Chief Justice` after `Chief Justice X and Justice Y`: all its title words
            words = {t.lower_ for t in head.lefts if t.lower_ in TITLES}
            fits = {p for p in titled if words and words <= self.people[p].titles}
            if not fits and not words:
                # `In his dissent, Justice Y argued … The justice said …`: the one the
                # sentence before named (not `Judge X and Judge Y heard …`, two)
                fits = {p for i, p in self.timeline if p in titled and self._in_reach(i, head)}
            titled = fits
        return self._the_one(titled)


def _first_speaker(head: Token) -> Token | None:
    """The subject of the first speech verb in the sentences after a lead's description
    (within :data:`_LEAD_REACH` tokens): `Hearth International` in `In a report
    published on Monday, Hearth International said …`; None when none."""
    doc = head.doc
    for token in doc[head.sent.end : min(len(doc), head.i + _LEAD_REACH)]:
        verb = token.head
        if (
            token.dep_ == "nsubj"
            and verb.lemma_.lower() in cue_lemmas()
            and cue_class(verb) == "speech"
            and not token.is_quote
        ):
            return token
    return None


def _speaks_in(subject: Token, work: Token) -> bool:
    """Whether a subject speaks in a work of the same kind, its sentence opening with
    it: `In the memo, sent on Monday, X wrote …` (read from the words: the parse may
    hang the `in` phrase on the subject)."""
    opening = list(subject.sent[:4])
    return bool(opening) and opening[0].lower_ == "in" and any(
        t.lemma_ == work.lemma_ for t in opening[1:]
    )


def _body_of(subject: Token) -> list[Token] | None:
    """The words of the body a speaker's subject names: its own name when that is no
    person's (`Tesvaro Copper said`), the body of a spokesperson (`A spokeswoman for
    Isles Ferries said`) or the one a person leads (:func:`_led_body`); None for a
    person or a body it does not name."""
    if subject.pos_ == "NOUN" and subject.is_title and not subject.is_sent_start:
        return _body_words(subject)  # `Tesvaro Copper said`, the name's head a noun
    if subject.pos_ == "NOUN":
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                named = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if named is not None and named.pos_ == "PROPN":
                    return _body_words(named)
        return None
    if subject.pos_ != "PROPN":
        return None
    return _led_body(subject) or _body_words(subject)


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
                t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the") or t.tag_ == "POS"
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


def _does(verb: Token, acts: tuple[str, ...]) -> bool:
    """Whether a verb is one of a role's acts (:data:`_ROLE_ACTS`): its lemma, or
    `lemma:noun` with that noun as its object (`told the court`)."""
    lemma = verb.lemma_.lower()
    if lemma in acts:
        return True
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "dative")}
    return any(f"{lemma}:{noun}" in acts for noun in objects)


def _of_a_body(child: Token) -> bool:
    """Whether a description's possessive is a body's or a place's, not a person's: `its`
    or `their` (`its medical director has said`), or a noun with `'s` (`the county's
    director`), or a proper noun with `'s` that names no person (`England's chief medical
    officer`)."""
    if child.dep_ != "poss":
        return False
    owned = any(c.tag_ == "POS" for c in child.children)
    return child.lower_ in ("its", "their") or (
        owned and (child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.ent_type_ != "PERSON"))
    )


def _of_a_named(head: Token) -> bool:
    """Whether a description is a named place's or thing's (`Wales's largest union`,
    `the mine's operator`): a possessive with `'s` before it."""
    return any(
        c.dep_ == "poss" and any(g.tag_ == "POS" for g in c.children) for c in head.children
    )


def _possessed(head: Token) -> bool:
    """Whether a description is someone's (`her challenger`, `his lawyer`)."""
    return any(c.dep_ == "poss" for c in head.children)
