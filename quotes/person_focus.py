"""Who a `he` or `she` means, and the speakers that come into focus as a text goes on.

Built on the people of :class:`quotes.person_index.PersonIndex`: a pronoun goes to the
nearest person of a fitting gender who was a subject or speaker since the sentence
before (:meth:`PersonFocus._pronoun`), and each resolved speaker, named or not, becomes
the one in focus (:meth:`PersonFocus.note_speaker`). Whom a pronoun passes over (an
interpreter, the one asked about, a subject inside a report, …) and the floor a
cue-less quote holds are the rules of :mod:`quotes.focus_filters`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quotes.deps import SUBJECT
from quotes.doc_memo import token_starts
from quotes.focus_filters import FocusFilters
from quotes.genders import gender_of_given, is_given_name, unnamed_gender, us_counts_only
from quotes.language import word_list
from quotes.name_keys import name_parts
from quotes.name_spans import TITLES
from quotes.names import ORG_KINDS
from quotes.person_record import Person
from quotes.source_words import BODY_ENDS

#: Nouns of occupation, office or standing that describe a person (`the lawmaker`).
_PERSON_ROLES = word_list("person-roles")
#: Subject pronouns only a person can be (`he`, `she`).
_PERSON_SUBJECTS = word_list("person-subject-pronouns")
#: Small words that join the words of a body's name (`of`, `and`, `&`).
_NAME_JOINERS = word_list("body-name-joins")


class PersonFocus(FocusFilters):
    """:class:`~quotes.person_index.PersonIndex` with the person in focus: who a
    pronoun means, and the speakers noted as the text goes on; the people a pronoun
    passes over are told by the filters of :class:`~quotes.focus_filters.FocusFilters`."""

    def _pronoun(
        self,
        at: int,
        gender: str | None,
        said: tuple[int, int] | None = None,
        unlike: frozenset[str] = frozenset(),
        person: bool = False,
        other_than: str | None = None,
    ) -> str | None:
        """The person a pronoun at `at` means: of the people whose known gender does not
        clash, the nearest one who was a subject or speaker since the sentence before
        (`Obama said after meeting Putin. He …` is Obama), else the nearest one before.
        Never one named only in the words the pronoun's owner says (`said`): in
        `"Dad says that every year," he said` he is not Dad, nor one the pronoun's
        owner names there (:meth:`_named_by_owner`), nor one the text gave a role of `unlike` (`the
        halfback` is not the coach), nor the one
        named `other_than` (whom a reply answers), nor one an `Asked …` before it asks
        about (:meth:`_asked_about`), nor, for a `he` or `she`, a name of a business
        (:meth:`business_named`) or, when someone else fits, one who put a question to
        someone just before (:meth:`_questioners`). A name inside a quote comes after the
        narration's (:meth:`_in_quote`), and a subject inside a report's content is
        none of the recent subjects (:meth:`_in_report`); a description of a `person`
        (`the left-hander`) never stands for a name that may be a body's or a place's."""
        bound = self._clause_subject(at) | self._named_by_owner(said)
        if gender is not None:
            # asked once per person, not per mention: a `she` thousands of times over
            # would ask it of every mention before it
            bound |= self.businesses()
        recent = self.recent_start(at, said)
        starts = token_starts(self.doc)
        fitting = [
            (i, index)
            for i, index in reversed(self.timeline)
            if i < at
            and (gender is None or self.people[index].gender in (None, gender))
            and (gender is not None or not self.people[index].unnamed)
            and not (said is not None and said[0] <= starts[i] < said[1])
            and not self.people[index].roles & unlike
            and self.people[index].name != other_than
            and index not in bound
        ]
        pronoun_sentence = self.doc[at].sent.start
        window = self.doc[pronoun_sentence - 1].sent.start if pronoun_sentence else 0
        asked_about = {
            index for i, index in fitting if i >= window and self._asked_about(i, at)
        }
        fitting = [(i, index) for i, index in fitting if index not in asked_about]
        if gender is not None:
            questioners, before = self._questioners(at, recent, gender)
            passed = [(i, index) for i, index in fitting if index not in questioners]
            if passed and len(passed) < len(fitting):
                fitting, recent = passed, before
        recent_subjects = [
            index
            for i, index in fitting
            if i >= recent
            and (i in self.subjects or i in self.set_off_subjects)
            and not self._in_quote(i)
            and not self._in_report(i)
            and not (gender is not None and self._asker(i))
        ]
        nearest = self._nearest(fitting)
        chosen = None
        if gender is not None or person:
            # a `he` or `she` passes over a one-word name that may be a body's, or a
            # name that may be a place's, for a person, and an interpreter last named as
            # no subject for the one they interpret, among the recent subjects and then
            # the nearest ones, unless no one else is there
            aside = self._interpreters_aside(fitting)
            choices = [
                [
                    index
                    for index in candidates
                    if not self._body_like(index)
                    and not self._place_like(index)
                    and index not in aside
                ]
                for candidates in (recent_subjects, nearest)
            ]
            chosen = next((index for candidates in choices for index in candidates), None)
            if (
                gender is not None
                and not choices[0]
                and (chosen is None or self.people[chosen].gender is None)
                and self.doc[at].lower_ in _PERSON_SUBJECTS
            ):
                # rule given-gender-over-unknown: the subject just named, whose given
                # name's gender the US counts alone gave and the pronoun clashes with,
                # over someone named further back whose gender the text never told
                # (`Lomidze said …` ¶ `Lomidze's deputy, Nino Tsereteli, disagreed.
                # "…," she said` is Tsereteli)
                yielded = self._given_gender_yields(at, gender, recent, us_only=True)
                chosen = chosen if yielded is None else yielded
        if chosen is None and not person:
            chosen = next(
                (
                    index
                    for index in recent_subjects or nearest
                    if gender is None or not self._place_like(index)
                ),
                None,
            )
        if chosen is None and gender is not None:
            chosen = self._given_gender_yields(at, gender, recent)
        if chosen is None:
            return None
        found = self.people[chosen]
        if gender is not None and (found.gender is None or found.gender_by_name):
            found.gender, found.gender_by_name = gender, False
        return found.name

    def recent_start(self, at: int, said: tuple[int, int] | None) -> int:
        """Where the sentence before a pronoun's own starts (its own: the one before the
        words it says, :meth:`_before_said`): how far back a `he` or `she` looks for
        the subjects it may mean."""
        sentence = self.doc[self._before_said(at, said)].sent.start
        return self.doc[sentence - 1].sent.start if sentence else 0

    def _given_gender_yields(
        self, at: int, gender: str, recent: int, us_only: bool = False
    ) -> int | None:
        """Rule pronoun-over-given-gender: the person a `he` or `she` that fits no one
        means, when the text names one person only since the sentence before and that
        person, a subject outside any quotation, has the other gender from a given name
        of the long counts alone (`Nino Kvaratskhelia teaches in Tbilisi.` ¶ `"…," she
        said.`: `Nino` is a man's name in the US counts, a woman's in Georgia); with
        `us_only`, only when that gender is the US counts' alone
        (:func:`~quotes.genders.us_counts_only`); None otherwise."""
        before = [
            (i, index)
            for i, index in self.timeline[: bisect_left(self.timeline, (at, -1))]
            if not self._in_quote(i) and not self._possessor(i)
        ]
        if before and before[-1][0] < recent:
            # rule given-gender-named-further: no one named since the sentence before,
            # so from the sentence of the last person named (`Nino Gelashvili runs a
            # guesthouse.` ¶ `Bookings stopped in March.` ¶ `"…," she said`)
            recent = self.doc[before[-1][0]].sent.start
        since = [(i, index) for i, index in before if i >= recent]
        if len({index for _, index in since}) != 1:
            return None
        index = since[0][1]
        found = self.people[index]
        if found.unnamed or not found.gender_by_name or found.gender == gender:
            return None
        if us_only and not (found.given and us_counts_only(found.given)):
            return None
        subject = any(
            i in self.subjects or i in self.set_off_subjects or self._beside_subject(i)
            for i, _ in since
        )
        return index if subject else None

    def _beside_subject(self, i: int) -> bool:
        """Whether the name at token `i` is set off beside a description that is a
        subject, however the parse hung that subject (`Imeri's director, Nino
        Gelashvili, was not convinced`, whose `director` it may hang on `was`)."""
        doc = self.doc
        root = doc[_name_end(doc, i) - 1]
        return (
            root.dep_ == "appos"
            and root.head.i < i
            and root.head.dep_ in SUBJECT
        )

    def _possessor(self, i: int) -> bool:
        """Rule possessor-no-rival: whether the name at token `i` is a possessor, its
        name followed by `'s` (`Imeri's director, Nino Gelashvili, …`): the owner of
        what the sentence is about, a body as often as a person, and no rival for a
        `he` or `she` to the one the possessed noun names."""
        doc = self.doc
        end = _name_end(doc, i)
        return end < len(doc) and doc[end].tag_ == "POS"

    def _nearest(self, fitting: list[tuple[int, int]]) -> list[int]:
        """The people of `fitting` (latest mention first), each once, by their latest
        mention: a name inside a quote comes after those of the narration (`"If Kestria
        wants our grain, …," Quintero said.` ¶ `She added …` is Quintero). Each person
        once, and a person's mentions past one in the narration unread: a text that
        names one person thousands of times read them all for each pronoun."""
        outside: dict[int, None] = {}
        inside: dict[int, None] = {}
        for i, index in fitting:
            if index in outside:
                continue
            if self._in_quote(i):
                inside.setdefault(index)
            else:
                outside[index] = None
        return [*outside, *(index for index in inside if index not in outside)]

    def called_by_surname(self, index: int) -> bool:
        """Rule surname-alone-person: whether the text calls one it named with a given
        name by the surname alone, the tagger taking that alone for a person's name, as a
        text calls a person and hardly a body (whose short name is its first word,
        `Halvorsen` of `Halvorsen Marine`, or a place or club the tagger reads as no
        person, `Albion` of `Harrowfield Albion`): `said Wanjiru Kamau, who set up the
        app` ¶ `Kamau said …`. Such a name is no body a later `the company` may stand
        for."""
        person = self.people[index]
        if person.given is None:
            return False
        doc = self.doc
        for i in self.mentions_of.get(index, []):
            end = _name_end(doc, i)  # the whole name the tagger marked from there
            if (
                doc[i].ent_type_ == "PERSON"
                and doc[i].lower_ != person.given
                and doc[i:end].text.lower() == person.surname
                and not (i > 0 and _in_longer_name(doc[i - 1]))
                and not (end < len(doc) and _in_longer_name(doc[end]))
            ):
                return True
        return False

    def taken_up_by_pronoun(self, index: int) -> bool:
        """Rule pronoun-after-person: whether the text takes up a mention of this bearer
        with `he` or `she` (:data:`_PERSON_SUBJECTS`), as it takes up a person and never
        a body: the subject of the clause a mention's verb reports (`Tarik Osei said he
        would appeal`), or the first word of the next sentence (`Defender Tarik Osei left
        early.` ¶ `He is out for a week.`)."""
        doc = self.doc
        for i in self.mentions_of.get(index, []):
            sent = doc[i].sent
            if sent.end < len(doc) and doc[sent.end].lower_ in _PERSON_SUBJECTS:
                return True
            subject = next((t for t in doc[i : sent.end] if t.dep_ == "nsubj"), None)
            if subject is not None and subject.i < i + 4 and any(
                t.lower_ in _PERSON_SUBJECTS and t.i > subject.i
                for t in subject.head.subtree
            ):
                return True
        return False

    def _before_said(self, at: int, said: tuple[int, int] | None) -> int:
        """Where the look back for the recent subjects starts: at the pronoun or
        description, or at the first word of what it says when that comes first, so that
        the sentences inside a quote are never the ones before its speaker. For a
        description, `"I told Glyn … I lied," said the Fijian`; for a `he` or `she`, rule
        quote-before-pronoun: `Ines Varga said the fund was empty. "We asked. Nobody
        answered," she said.` looks back to Varga's sentence, as it does when the quote
        is one sentence, and not to the nearest name (a body's, inside Varga's report).
        (After `X asked Y whether …` the asker is passed over: :meth:`_asker`.)"""
        if said is None or said[0] >= self.doc[at].idx:
            return at
        first = self.doc.char_span(said[0], said[1], alignment_mode="expand")
        return at if first is None else first.start

    def note_speaker(self, at: int, name: str | None, mention: Span | None = None) -> None:
        """Make a resolved speaker the most salient person from here on; an unnamed one
        whose noun tells a gender (`A spokeswoman for the council said …`) becomes one
        too, so that a `she` after it is hers (:func:`unnamed_gender`), and so does a
        name the tagger took for no person, set beside such a noun or a title or role
        (`Her son, Callum, says …` ¶ `"…," he says`; `The Taoiseach, X, said` … `the
        Taoiseach replied`), with that title or role."""
        self.speaking.add(at)
        index = self.index_of(name)
        if index is not None:
            self._mentioned(at, index)
            self.subjects.add(at)
            return
        if name is None or mention is None:
            return
        gender = unnamed_gender(mention)
        head = mention.root
        titled = head.lower_ in TITLES or head.lower_ in _PERSON_ROLES
        # a name given elsewhere, not the mention's own words nor its description
        # stretched over its post-modifiers (quotes.unnamed: `a spokesman for X`)
        other = name not in mention.text and not name.casefold().startswith(
            mention.text.casefold()
        )
        if gender is None and other:
            gender = _given_gender_of_described(name, head)
        if other and name[:1].isupper() and (gender is not None or titled):
            # `The Tánaiste, Nuala Ní Bhraonáin, said` … `the Tánaiste added`
            given, surname = name_parts(name)
            self._people_of.setdefault(surname, []).append(len(self.people))
            person = Person(name, surname, given=given, gender=gender)
            person.titles.update({head.lower_} & TITLES)
            person.roles.add(head.lemma_.lower())
            self.people.append(person)
        elif not other and (initialled_name(mention) or either_given_name(mention)):
            # `A. Arulanandam, who leads …, said` ¶ `He said …`, `According to Robin
            # Shaw, …` ¶ `"…," she said`: a person the tagger missed
            given, surname = name_parts(name)
            self._people_of.setdefault(surname, []).append(len(self.people))
            self.people.append(Person(name, surname, given=given))
        elif gender is None or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # `the woman said`, a description of someone the text has met, not resolved:
            # no new person for a `she` to stand for
            return
        else:
            # keyed apart from every surname: no name ever resolves to a description
            self.people.append(Person(name, f"\0{name}", gender=gender, unnamed=True))
        self._mentioned(at, len(self.people) - 1)
        self.subjects.add(at)


def initialled_name(mention: Span) -> bool:
    """Rule initialled-speaker: whether a speaker's own words are a person's name opened
    by initials, one capital and a full stop each (`A. Arulanandam`, `K. R. Menon`), as
    Tamil, Mongolian and older English names are written; only a person is named so,
    though the tagger may not take the name for one, so the speaker is a person that a
    `he` or `she` after it can stand for."""
    words = [t.text for t in mention]
    initials = 0
    while initials < len(words) - 1 and re.fullmatch(r"[A-Z]\.", words[initials]):
        initials += 1
    rest = words[initials:]
    return initials > 0 and 0 < len(rest) <= 2 and all(w[:1].isupper() for w in rest)


def either_given_name(mention: Span) -> bool:
    """Rule either-given-speaker: whether a speaker's own words are two or three
    capitalised words that a given name of either sex opens (`According to Robin Shaw,
    …` ¶ `"…," she said`): the name lists give `Robin` no gender, and alone it makes no
    run a person's (the list holds `Paris` and `River`), but the name speaks, so it is a
    person that a `he` or `she` after it can stand for; not a name ending in an
    organisation's word (`Jordan Valley Authority`)."""
    words = [t for t in mention if not t.is_punct]
    return (
        2 <= len(words) <= 3
        and all(t.is_alpha and t.is_title for t in words)
        and is_given_name(words[0].text)
        and gender_of_given(words[0].text) is None
        and words[-1].lower_ not in ORG_KINDS
        and words[-1].lower_ not in BODY_ENDS
    )


def _given_gender_of_described(name: str, head: Token) -> str | None:
    """The gender of the given name a described person turned out to have, so that a
    `she` after them is theirs: `A neighbour who asked that we use only her first name,
    Carla, says …` ¶ `"…," she said` (a common noun for a person, never a body's kind,
    whose name opens with a known given name: not `the charity` for `Grace Foundation`)."""
    if head.pos_ != "NOUN" or head.lower_ in ORG_KINDS or name.split()[-1].lower() in ORG_KINDS:
        return None
    return gender_of_given(name_parts(name)[0] or name)


def _in_longer_name(token: Token) -> bool:
    """Whether a word beside a name makes it part of a longer one: a capitalised word or
    a joining word of a body's name (`Union of Water and Environment Workers`, whose
    `Water` is no surname written alone)."""
    return token.text[:1].isupper() or token.lower_ in _NAME_JOINERS


def _name_end(doc: Doc, i: int) -> int:
    """The end of the name the entity marks run over from token `i`: past every token
    marked inside the entity that goes on after it (`Nino Gelashvili` from `Nino`)."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end
