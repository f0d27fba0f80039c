"""Resolve speaker mentions to one canonical name per person within a document.

No coreference model runs offline here, so these are rules a careful reader uses:
a surname or a titled name points to the fullest form of that name in the text,
`he`/`she` to the nearest person before it whose gender fits, `who` to the noun
it modifies, and `the president` to the person the text gave that title.
Organisations, countries and unnamed sources (`a source`) stay as written.

This module decides what kind of mention a speaker is and so which step resolves it:
:meth:`SpeakerResolver.resolve` is the sequence a mention goes through (a pronoun, a
description with a name set beside it, a work, a body's description, a name
(:meth:`SpeakerResolver._by_name`), a description). The people it can mean are indexed
by :mod:`quotes.person_index` (names, gender from :mod:`quotes.genders`, name words
from :mod:`quotes.name_spans`), the bodies and groups that `it`, `they` and `the
company` stand for by :mod:`quotes.bodies`, the one person a description (`the
prosecutor`, `the 61-year-old`, `the witness`) stands for by :mod:`quotes.described`, and
the one a story's lead describes before naming (`A former bookkeeper testified …`) by
:mod:`quotes.leads`; a name set beside a description is found by
:mod:`quotes.appositions`, a nickname the text gave by :mod:`quotes.nicknames`, what a
description's own words say (its age, its kind) by :mod:`quotes.descriptions`, and who a
work (`the report`) speaks for by :mod:`quotes.works`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.appositions import (
    appositive_name,
    name_after_role,
    name_before_brackets,
    name_closing_titles,
    name_set_off,
    named_in_clause,
    self_named,
    subject_name,
)
from quotes.body_names import joined_around, romance_opening
from quotes.described import is_focus_word
from quotes.descriptions import PARTY_MEMBERS, is_definite
from quotes.genders import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    gender_of,
    gender_of_given,
)
from quotes.label_names import LabelNames, labels_a_line, role_label
from quotes.language import word_list
from quotes.leads import LeadIndex
from quotes.mentions import authored_work, mention_span, name_head
from quotes.name_keys import PARTICLES, name_parts
from quotes.name_spans import TITLES, name_text, name_tokens
from quotes.name_starts import holder_in_portfolio
from quotes.names import ORG_KINDS
from quotes.nicknames import is_handle, nicknamed, nicknames
from quotes.person_index import ends_name, named_before_generation
from quotes.role_words import OFFICES
from quotes.unnamed import UnnamedSources, described_source
from quotes.works import its_owner, same_work_before, work_maker
from quotes.written_names import fullest_name, kind_name, proper_name, spelled_out

#: Nouns for a member of a party that a legislator's tag names (`the Oregon Democrat`).
_PARTY_NOUNS = frozenset(PARTY_MEMBERS.values())
#: Descriptions that stand for the one business that has spoken (`the company said`).
_COMPANY_WORDS = word_list("company-words")
#: Officers of a body who speak with its voice, written bare (`Inspectors found …`).
_BODY_STAFF = word_list("body-staff")


class SpeakerResolver(LeadIndex):
    """Resolves mentions in one document; call in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: The people the text gives a quoted nickname (:func:`nicknames`), found on first
        #: use: a walk over every token, not to be repeated for each name resolved.
        self._nicknames: list[tuple[Span, list[str]]] | None = None
        #: The names a record's introduction gives its labels, read on first use.
        self._labels: LabelNames | None = None
        #: The fuller name of each name a label was given (:meth:`label_name`): a long
        #: record repeats a few labels hundreds of times.
        self._fuller: dict[str, str] = {}
        #: The mentions being resolved, outermost first: a step that names a mention by
        #: another (`The head of the PAC, Mike Murphy`) resolves that one in turn, and a
        #: parse that leads back to a mention already on the way resolves to nothing
        #: rather than round and round.
        self._resolving: list[tuple[int, int]] = []
        #: The unnamed sources heard so far, for a `the source` after `a source …`.
        self._unnamed = UnnamedSources()
        #: The body each kind of work that named no maker spoke for (`report`: the body
        #: that spoke right before `The report said …`), for the same work named again.
        self._work_bodies: dict[str, str] = {}

    def resolve(
        self, mention: Span, said: tuple[int, int] | None = None, answered: str | None = None
    ) -> str | None:
        """The canonical name for a speaker mention, or None when it cannot be told;
        `said` is the character span of what the mention says, whose names a pronoun
        speaker does not stand for (:meth:`_pronoun`), and `answered` the one a reply
        answers, whom its `he` or `she` is not. A group or body resolved is
        remembered for a `they` after it (:meth:`~quotes.bodies.BodyIndex.they`)."""
        head = name_head(mention)
        if head.lower_ in PLURAL_PRONOUNS and head.pos_ == "PRON":
            return self.they(head)
        if (mention.start, mention.end) in self._resolving:
            return None
        self._resolving.append((mention.start, mention.end))
        try:
            name = self._resolve(mention, said, answered)
        finally:
            self._resolving.pop()
        self.note_group(mention, name)
        self.note_body(mention, name)
        return name

    def label_name(self, label: Span, introduction: int) -> str | None:
        """The full name the introduction (the text before character ``introduction``)
        gives a record's label (`Mr K J DLAMINI`, `The MINISTER`, `CALLER`;
        :class:`quotes.label_names.LabelNames`), or None: the label is then resolved as
        any mention (:meth:`resolve`). The introduction's words give one word before the
        surname; the one person the text names with more words before it, or after it,
        has the fuller name (`Ngọc Diệp` is `Phạm Ngọc Diệp`, a family name written first;
        `Rocío Benavides` is `Rocío Benavides Ortega`, a second surname after the first)."""
        if self._labels is None or len(self._labels.introduction) != introduction:
            self._labels = LabelNames(self.text[:introduction])
        name = self._labels.name(label.text)
        if name is None or labels_a_line(self.text, name):
            # `0442 PORT RADIO: Sea Swallow, Port Radio.`: a radio call names the station
            # after the vessel it calls, and another label is no holder of this one
            return None
        if name not in self._fuller:
            fuller = {
                p.name
                for p in self.people
                if p.name.endswith(f" {name}") or p.name.startswith(f"{name} ")
            }
            self._fuller[name] = fuller.pop() if len(fuller) == 1 else name
        return self._fuller[name]

    def _resolve(
        self, mention: Span, said: tuple[int, int] | None, answered: str | None = None
    ) -> str | None:
        """The steps of :meth:`resolve`, one mention's."""
        head = name_head(mention)
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            noun = _person_of_place(head, head.head.head)
            return self.resolve(mention_span(noun), said) or noun.text
        if lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            gender = "m" if lower in MALE_PRONOUNS else "f"
            return self._pronoun(head.i, gender, said, other_than=answered)
        if head.pos_ == "PRON":
            return self.it_body(head) if lower == "it" else None
        if self._nicknames is None and (head.pos_ == "PROPN" or is_handle(mention)):
            self._nicknames = nicknames(self.doc, self.nicknames_inside)
        named = (
            nicknamed(mention, self._nicknames or [])
            or appositive_name(head)
            or name_before_brackets(mention)
            or name_after_role(mention)
            or name_closing_titles(mention)
            or subject_name(head)
            or named_before_generation(head)
            or named_in_clause(head)
            or self_named(mention)
            or holder_in_portfolio(head)
        )
        if named is not None:
            # `The head of the super PAC, Mike Murphy, praised …`
            return self.resolve(named)
        named = name_set_off(mention)
        if named is not None:
            # `The rapporteur, Senator Ana dos Reis Prado, told …`: the name as written
            # when the parse of it leads nowhere
            return self.resolve(named) or named.text
        maker = work_maker(head)
        if maker is not None:
            # `according to a new tally by the Press Association`; `His manifesto
            # promises …` is the man's, when the text says who he is
            made_by = self.resolve(mention_span(maker))
            if made_by is not None or maker.pos_ != "PRON":
                return made_by
        elif (its := its_owner(head)) is not None and (body := self._subject_body(its)):
            # `Its post claimed …` opening the sentence after `A group calling itself
            # Morana listed …`: the work of the body the sentence before was about
            return body
        elif head.pos_ == "NOUN" and authored_work(head) and is_definite(head):
            # `The report, published on Monday, said …` right after `The Ombudsman's
            # Office found that …`: a work the text names first, with no maker, speaks
            # for the body that spoke just before it, and so does the same work named
            # again later (`The report also says …`; rule work-of-the-body-before)
            kind = head.lemma_.lower()
            if kind in self._work_bodies:
                return self._work_bodies[kind]
            body = None if same_work_before(head) is not None else self.body_before(head)
            if body is not None:
                self._work_bodies[kind] = body
                return body
        if (
            head.lower_ in _COMPANY_WORDS
            and head.text[:1].isupper()
            and len(mention) == 2
            and (named := self.short_body_name(head)) is not None
        ):
            # `the Bank said` after `the Bank of England's stress test`: a capital makes the
            # kind word the short name of the one body the text names with it
            return named
        if head.lower_ in _COMPANY_WORDS and is_definite(head) and (body := self.company(mention)):
            # `the company said` after `Norvik Foods … said`
            return body
        if len(mention) == 1 and head.lower_ in ORG_KINDS:
            # `Police said …` after `Lanford Police`
            named_kind = kind_name(head, self.bodies)
            if named_kind is not None:
                return named_kind
        if len(mention) == 1 and head.lower_ in _BODY_STAFF and (body := self.staff_body(head)):
            # `Inspectors found that …` after `Ofsted said …`
            return body
        if head.lower_ in _PARTY_NOUNS and is_definite(head) and (member := self._member(head)):
            # `pressed the Oregon Democrat` after `Sen. Ann Byrne (D-Ore.)`
            return member
        if is_focus_word(head) and is_definite(head):
            # `the Spaniard said`, whatever the tagger makes of a capitalised noun
            return self.by_standing(head, said) or mention.text
        tokens = name_tokens(mention)
        first = next((t for t in mention if t.pos_ != "DET"), head)  # after its article
        if len(tokens) == 1 and head.pos_ == "PROPN" and is_definite(head):
            # `The Clerk noted …`, capitalised as minutes write it, after `Mrs D. Penhaligon
            # (Clerk)`: a role the text gave one person, not a name; `the PM replied` after
            # `Prime Minister Ana Ruiz`, a title's abbreviation
            role = self._by_role(head) or self._by_title(head)
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
        if (
            tokens
            and head.pos_ == "PROPN"
            and head.lower_ in TITLES
            and head.i == mention.end - 1
            and is_definite(head)
        ):
            # `The Health Minister added …` after `Health Minister Sara Lindqvist said …`:
            # a title with its portfolio, capitalised, no name after it; `the Green Party
            # MP said`: the words before the title say whose MP, no name of the person
            # (the one person the text titled so, else the title phrase as written)
            return (
                self.by_title_phrase(head)
                or self.role_holder(head)
                or self.doc[first.i : mention.end].text
            )
        if role_label(mention) and (holder := self.label_name(mention, mention.start_char)):
            # `LAUNCH CONDUCTOR: "…"` in a log after `launch conductor Tevita Fifita-Lowe`
            return holder
        if tokens and (
            head.pos_ == "PROPN"
            or (len(mention.text) > 1 and mention.text.isupper())
            or self._known_surname(tokens)
        ):
            return self._by_name(mention, tokens)
        if first.i + 2 < mention.end and romance_opening(self.doc, first.i):
            # `according to the Syndicat des travailleurs …`: a body's name in a Romance
            # language, in lower case after its first word, whose head the parse made a noun
            return self.organisation(name_tokens(self.doc[first.i : mention.end]))
        if head.pos_ in ("NOUN", "ADJ") or head.is_lower:
            titled = (
                self._by_title(head)
                or self._described(head)
                or self._lead_description(head)
                or self._lead_body(head)
            )
            if titled:
                return titled
        earlier = self._unnamed.earlier(head)
        if earlier is not None:
            # `the source added` after `A source close to the prime minister said …`
            return earlier
        # `A spokesman for the council said …`: an unnamed source, as its description
        described = described_source(mention)
        self._unnamed.note(head, described)
        return described

    def role_holder(self, head: Token) -> str | None:
        """The one person named before whom the text gave a description's noun as a
        role or title (`the coroner` after `Senior coroner X`, `the judge` after `Mr
        Justice X`), never the person in focus; None when none or several."""
        return self._by_role(head) or self._by_title(head)

    def _by_name(self, mention: Span, tokens: list[Token]) -> str:
        """The person a name (`Okafor`, `Sir Marcus`, `NHQ`) means: the fullest form of
        the name the text gave the one it finds (by generation, by given name after a
        title, by surname, by initials), a body's name when that person has no given
        name or gender, else the name as an organisation's."""
        titles = [t.lower_ for t in self.doc[max(0, mention.start - 2) : mention.end]]
        name = name_text(tokens)
        # the gender of the full name the words shorten (`Medina Duarte` of `Joaquín
        # Medina Duarte`: `Medina` is a woman's given name too)
        gender = gender_of(name_parts(self._full_names.expanded(name))[0], titles)
        index = self.by_generation(mention, name, gender)
        if index is None and len(tokens) == 1 and tokens[0].i > 0:
            # `Sir Marcus said`, a knight by his given name
            index = self.by_given(self.doc[tokens[0].i - 1], tokens[0].text)
        if index is None:
            index = self._find(name, mention.root.i, gender)
        if index is None and len(tokens) == 1:
            # `NHQ: Not for a second.` after `Noor Halvorsen-Qadir spoke to …`
            index = self.by_initials(tokens[0].text)
        if index is not None:
            person = self.fuller(index, name)
            if (
                person.gender is None
                and gender_of_given(person.given or "") is None
                and not person.personal
                and not _particled(person.name)
            ):
                # `Pellworth Mills said`; `Halvorsen forecast …` after `Halvorsen Marine`;
                # not `Kenjiro Mizushima, 63,`, whom the text gave an age as it gives a
                # person (:attr:`~quotes.person_record.Person.personal`);
                # `The Retail & Allied Workers Union said`, `the Food and Drug
                # Administration said`, a body's name the tagger cut at a joining word
                # (:func:`~quotes.written_names.proper_name`)
                name = person.name if person.given else (
                    spelled_out(self.text, person.name) or fullest_name(self.text, person.name)
                )
                whole = proper_name(tokens)
                if joined_around(whole, name):
                    name = whole
                self.bodies.append(name)
                return name
            return person.name
        body = self.organisation(tokens)
        return self._office_holder(tokens, body) or body

    def _office_holder(self, tokens: list[Token], spelled: str) -> str | None:
        """The one an acronym stands for when the text spells it out as an office and
        names its holder after it: `the MCE said` after `The Municipal Chief Executive,
        Hon. Gifty Sarfo, said` is Gifty Sarfo (:class:`~quotes.label_names.LabelNames`
        reads the holder after the office, as for a record's office label)."""
        acronym = tokens[0].text
        if (
            len(tokens) != 1
            or not acronym.isupper()
            or spelled == acronym
            or spelled.split()[-1].lower() not in OFFICES
        ):
            return None
        return LabelNames(self.text[: tokens[0].idx]).name(spelled)

    def _known_surname(self, tokens: list[Token]) -> bool:
        """Whether a capitalised word the tagger did not take for a name is the surname
        of a person the text named before it: `Wrenfield: "We got that wrong …"`, a
        name opening a line that the parse read as a noun, or `Paredes said: …` after
        `Andrés Paredes Ortiz`, the first of two Spanish surnames
        (:meth:`~quotes.full_names.FullNames.expanded`)."""
        if len(tokens) > 1:
            # `Ferreira dos Anjos said` after `Raimundo Ferreira dos Anjos`, a surname of
            # several words the tagger did not take for a name (rule tail-of-a-name);
            # `Toktosun uulu told …` after `Bakyt Toktosun uulu`, a surname that holds
            # no given name (:func:`~quotes.name_keys.name_parts`) ending a fuller name
            name = name_text(tokens)
            given, surname = name_parts(name)
            return any(
                i < tokens[0].i
                and (
                    ends_name(self.people[k].name, name)
                    or (given is None and self.people[k].name.endswith(f" {name}"))
                )
                for i, k in self._timeline_of.get(surname, ())
            )
        if not tokens[0].is_title:
            return False
        full = self._full_names.expanded(tokens[0].text)
        namesakes = self._timeline_of.get(name_parts(full)[1], ())
        return any(i < tokens[0].i for i, _ in namesakes)


def _particled(name: str) -> bool:
    """Whether a name is written as a person's of a language with surname particles: a
    given name, a lower-case particle and the surname (`Joost van Amstel`, `Llinos ap
    Gwilym`, `Hugo de Wit`), which a body's name the tagger took for a person's is not;
    the given name need not be one the name lists know."""
    words = name.split()
    return (
        len(words) >= 3
        and words[1] in PARTICLES
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def _person_of_place(who: Token, noun: Token) -> Token:
    """The person a `who` stands for when the parse hung its clause on the place after
    the person's name: `Haruka Nishimoto, 34, of Saitama, who told reporters …`, `Dilys
    Ortega in Wellow Cross, who writes …` (the name before `of`/`in`, when the tagger
    took it for a person's and the place for none); else the noun it was hung on."""
    prep = noun.head
    if (
        who.lower_ == "who"
        and noun.dep_ == "pobj"
        and noun.ent_type_ != "PERSON"
        and prep.dep_ == "prep"
        and prep.head.ent_type_ == "PERSON"
        and prep.head.i < prep.i
    ):
        return prep.head
    return noun
