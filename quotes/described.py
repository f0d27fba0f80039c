"""Who a description stands for: the one person or body the text gave that role, title,
age, party, act or noun before.

A reader takes `the prosecutor` for the one person the story called a prosecutor, `the
61-year-old` for the one person aged 61, `the Oregon Democrat` for the senator tagged
`(D-Ore.)`, `the witness` for the one who testified, and `the designer` for the one the
text said was a designer. :mod:`quotes.descriptions` reads a description's own words (its
age, its kind, whether it is definite); this module looks the description up among the
people and bodies indexed so far (:mod:`quotes.person_index`, :mod:`quotes.bodies`), a
description by a title in :mod:`quotes.titled_descriptions`;
:mod:`quotes.leads` reads a story's lead (`A former bookkeeper testified …`, the person
the next sentences name), and :class:`quotes.speakers.SpeakerResolver`, which decides
what kind of mention a speaker is, builds on both.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.ages import described_age
from quotes.articles import INDEFINITE
from quotes.body_words import name_set_off_as
from quotes.clubs_before import club_before
from quotes.cue_words import token_indices
from quotes.descriptions import is_definite, party_place_fits, role_set_off_before
from quotes.genders import RELATIVE_PRONOUNS, pronoun_gender
from quotes.language import word_list, word_map
from quotes.longer_forms import legal_name
from quotes.mentions import entity_at, mention_span
from quotes.names import ORG_KINDS
from quotes.nationalities import compound_nation
from quotes.source_words import COMPANY_WORDS
from quotes.stated_facts import reported_gender
from quotes.titled_descriptions import TitledDescriptions
from quotes.written_names import kind_name

#: Descriptions of the person in focus (`the Spaniard`, `the world number three`).
FOCUS_WORDS = word_list("focus-descriptions")
#: Abbreviations of "number" before a numeral (`No`), which rank a person (`world No 3`).
_NUMBER_SIGNS = word_list("number-signs")


def is_focus_word(head: Token) -> bool:
    """Whether a description's head is a nationality, a ranking or a standing
    (:data:`FOCUS_WORDS`), a people's word of several words (`the Puerto Rican`,
    :func:`~quotes.nationalities.compound_nation`) or a ranking by number sign (`the world
    No 3`, :func:`_ranked_by_number`)."""
    return (
        head.lower_ in FOCUS_WORDS
        or compound_nation(head) is not None
        or _ranked_by_number(head)
    )


#: Nouns of a body or a thing a place of birth may qualify too (`the Dutch-born firm`),
#: which stand for no person.
_NO_PERSON_HEADS = ORG_KINDS | COMPANY_WORDS | word_list("general-body-nouns")


def _born_in_place(head: Token) -> bool:
    """Rule place-born: whether a description's noun is qualified by the place a person
    was born in, a standing as a nationality is: `The Lisbon-born choreographer said …`,
    `the Kazakh-born wrestler` (`born` joined by a hyphen to a capitalised word before
    it), which stands for the person in focus as `the Portuguese` does; not a body's noun
    (`the Dutch-born firm`) nor a plural (`the Irish-born players`)."""
    if head.tag_ != "NN" or head.lower_ in _NO_PERSON_HEADS:
        return False
    doc = head.doc
    return any(
        c.lower_ == "born"
        and c.dep_ in ("amod", "compound")
        and c.i >= 2
        and doc[c.i - 1].text in ("-", "‐")
        and doc[c.i - 2].is_title
        for c in head.lefts
    )


def _ranked_by_number(head: Token) -> bool:
    """Rule ranking-by-number-sign: whether a description's head goes on with `No` and a
    numeral, a ranking as `the world number three` is, which the parse hangs apart from
    it: `"…," said the world No 3.` stands for the player in focus, not for `the world`."""
    doc = head.doc
    return (
        head.i + 2 < len(doc)
        and doc[head.i + 1].text in _NUMBER_SIGNS
        and doc[head.i + 2].like_num
    )


#: Nouns that describe a person (`the lawmaker`, `the singer`, `a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")
#: A person's place in a team (`coach`, `halfback`, `sophomore`): a description by one
#: is no one the text gave another.
_TEAM_PLACES = word_list("team-places")
#: Words that bring a person in unnamed (`a`, `one`, `several`): a description tied to
#: one by `of` is a new person (rule role-of-someone).
_SOMEONE_WORDS = INDEFINITE | word_list("source-quantifiers")
#: Roles a person takes by what the text said they did: `witness` → `testify`.
_ROLE_ACTS = word_map("role-acts")
#: How many tokens after a description the person it stands for may be named (`…, her
#: publicist has confirmed.` ¶ `…, the publicist, Fern Adair, said`; a story's lead,
#: :mod:`quotes.leads`).
LEAD_REACH = 120


class DescribedIndex(TitledDescriptions):
    """The people and bodies of one document, looked up by a description; fed in
    document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: Nouns after `be` (`She was a designer`) by lemma, made on first use.
        self._copulas: dict[str, list[Token]] | None = None

    def resolve(self, mention: Span, said: tuple[int, int] | None = None) -> str | None:
        """The canonical name for a speaker mention (:meth:`_called` resolves the subject
        of a copula with it); :class:`quotes.speakers.SpeakerResolver` gives the steps."""
        raise NotImplementedError

    def _legal_kind_name(self, head: Token) -> str | None:
        """The body of the description's kind (:func:`~quotes.written_names.kind_name`),
        named with its legal form when the text writes it with one (rule
        legal-form-kind-name: `… chief executive of Ghana Exchange Limited` ¶ `The
        exchange said …` → `Ghana Exchange Limited`, not the `Ghana Exchange` the kind
        word closes)."""
        named = kind_name(head, self.bodies)
        return None if named is None else self.written_form(legal_name, named) or named

    def _described(self, head: Token) -> str | None:
        """The one named referent a description fits (see :mod:`quotes.descriptions`):
        `the 61-year-old` the person of that age (else the person in focus, as a
        reader takes it), `the prosecutor` the one person given that role, `the
        council` the one organisation of that kind."""
        age = described_age(head)
        if age is not None:
            return self.by_age(head, age)
        if head.lower_ in ORG_KINDS and _of_a_named(head):
            if _of_a_firm(head):
                # rule organ-of-a-firm: `Saltire's board said …` after `Saltire Ferries`
                # is the firm's own board, no other body of the kind named in the text
                return None
            # `Wales's largest teachers' union`: a body of a place or a thing named
            return kind_name(head, self.bodies)
        if not is_definite(head):
            return None
        if is_focus_word(head):
            # `the Spaniard`, `the world number three`: the one the text said it of, else
            # the person in focus
            return self.by_standing(head)
        if head.lower_ in ORG_KINDS and not _of_a_firm(head):
            # `the corporation` is a body even after `Corporation Commissioner R. Rao`;
            # `The board insists …` after `NHS Strathmore says …`, a body named with no
            # kind word of the description's, that spoke just before it
            return (
                self._legal_kind_name(head)
                or self._set_off_before(head)
                or self.body_before(head, head.lower_)
                or self._club_before(head)
                or self._kind_of_subject(head)
            )
        role = head.lemma_.lower()
        if head.tag_ == "NNS" and head.lower_ != role:
            # `The three justices wrote that …` after `Justice Ana Ruiz said …`: a group
            # of the role is no one person given it (rule plural-role-no-person)
            return kind_name(head, self.bodies)
        given = self._by_role(head) or self._by_later_role(head)
        if given is not None:
            return given
        named = self._called(head) or self._by_act(head)
        if named is not None:
            return named
        if _born_in_place(head):
            return self._born_somewhere(head)
        if (
            role in _PERSON_ROLES
            and head.tag_ == "NN"
            and not _possessed(head)
            and not _of_someone(head)
        ):
            # `The veteran lawmaker conceded …`: a role the text gave no one, the person
            # in focus (not `the authors`, a group, nor `her challenger`, someone
            # beside the person in focus); `the halfback` not a coach in focus
            unlike = _TEAM_PLACES - {role, head.lower_} if role in _TEAM_PLACES else frozenset()
            return self._pronoun(head.i, None, unlike=unlike, person=True)
        return kind_name(head, self.bodies)

    def _born_somewhere(self, head: Token) -> str | None:
        """`The Oslo-born wrestler said he …` (rule place-born, :func:`_born_in_place`),
        a role the text gave no one: the person in focus, of the gender the clause it
        reports gives (:func:`~quotes.stated_facts.reported_gender`: not the coach who spoke
        last, a woman, when the wrestler `said he`)."""
        return self._focus_unless(
            head, None, lambda _: False, reported_gender(head, self._in_quote)
        )

    def _set_off_before(self, head: Token) -> str | None:
        """Rule kind-set-off-name: the body the text named before and set off with a
        description of the kind (`Bussförarförbundet, the drivers' union,` for `the
        union`, :func:`~quotes.body_words.name_set_off_as`); None otherwise."""
        name = name_set_off_as(head)
        return self.organisation(list(name)) if name is not None else None

    def _club_before(self, head: Token) -> str | None:
        """Rule club-named-before: `the club` that no name with the word holds and no
        body before it fits stands for the club the story is about, of those named before
        it by a club's word or a post in it, the one the text names first (`Brackwell
        Athletic manager Ana Ruiz …` ¶ `… against Dunmore Rovers.` ¶ `The club said …`,
        :func:`~quotes.clubs_before.club_before`), in its longest form; None otherwise."""
        name = club_before(head)
        return self.organisation(name) if name else None

    def _kind_of_subject(self, head: Token) -> str | None:
        """Rule kind-of-the-subject-before: a definite kind of body (`the cooperative`)
        that no name holds and no body spoke just before stands for the body the
        sentence before had as its subject, when its name fits the kind (a reader takes
        the description for the body the story has just been about); None otherwise."""
        # `Les Fermiers de la Brenne has asked the region for help. In a letter, the
        # cooperative said …`
        return self._subject_body(head, False, head.lower_)

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
            if head.i < i <= head.i + LEAD_REACH
            and (role in self.people[p].roles or head.lower_ in self.people[p].roles)
        }
        if not fits:
            # rule role-set-off-later: `The captain, Hallur Jensen, 58, has sailed …`
            # paragraphs on, the role set off before the name as the text introduces him
            fits = {
                p
                for i, p in self.timeline
                if i > head.i + LEAD_REACH
                and (noun := role_set_off_before(self.doc, i)) is not None
                and noun.lower_ in (role, head.lower_)
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
            subject = None if root is None else _subject_of(root.root)
            if subject is not None and _does(subject.head, acts):
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
            if (gender := pronoun_gender(subject.text)) is not None:
                found.add(self._pronoun(subject.i, gender))
            elif subject.pos_ == "PROPN":
                found.add(self.resolve(mention_span(subject)))
        found.discard(None)
        return found.pop() if len(found) == 1 else None

def _subject_of(name: Token) -> Token | None:
    """The subject a name is or stands beside: the name itself, or the description it
    is set in apposition to (`a forensic chemist, Dr Ada Obi, told the court …`; rule
    act-of-the-apposed); None when it is neither."""
    if name.dep_ == "nsubj":
        return name
    if name.dep_ == "appos" and name.head.dep_ == "nsubj":
        return name.head
    return None


def _does(verb: Token, acts: tuple[str, ...]) -> bool:
    """Whether a verb is one of a role's acts (:data:`_ROLE_ACTS`): its lemma, or
    `lemma:noun` with that noun as its object (`told the court`)."""
    lemma = verb.lemma_.lower()
    if lemma in acts:
        return True
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "dative")}
    return any(f"{lemma}:{noun}" in acts for noun in objects)


def _of_a_named(head: Token) -> bool:
    """Whether a description is a named place's or thing's (`Wales's largest union`,
    `the mine's operator`): a possessive with `'s` before it."""
    return any(
        c.dep_ == "poss" and any(g.tag_ == "POS" for g in c.children) for c in head.children
    )


def _of_a_firm(head: Token) -> bool:
    """Whether a description's possessor is the first word of a longer name the text
    gives elsewhere (`Saltire's board` after `Saltire Ferries`): a body's own organ."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return False
    doc = head.doc
    return any(
        i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ != "PART"
        for i in token_indices(doc, "ORTH", frozenset({owner.text}))
        if i != owner.i
    )


def _of_someone(head: Token) -> bool:
    """Rule role-of-someone: whether a description is tied by `of` to someone the text
    brings in unnamed (`the daughter of one resident`, `the owner of a bakery`): a new
    person, not the one in focus."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj" and any(d.lower_ in _SOMEONE_WORDS for d in o.children)
            for o in c.children
        )
        for c in head.children
    )


def _possessed(head: Token) -> bool:
    """Whether a description is someone's (`her challenger`, `his lawyer`)."""
    return any(c.dep_ == "poss" for c in head.children)
