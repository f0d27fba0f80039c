"""Who a `he` or `she` means, and the speakers that come into focus as a text goes on.

Built on the people of :class:`quotes.person_index.PersonIndex`: a pronoun goes to the
nearest person of a fitting gender who was a subject or speaker since the sentence
before (:meth:`PersonFocus._pronoun`), and each resolved speaker, named or not, becomes
the one in focus (:meth:`PersonFocus.note_speaker`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.genders import gender_of_given, unnamed_gender
from quotes.language import word_list
from quotes.name_keys import name_parts
from quotes.name_spans import TITLES
from quotes.names import ORG_KINDS
from quotes.person_index import PLACE_HEADS, PersonIndex
from quotes.person_record import Person
from quotes.self_names import introduced_in_quote

#: Nouns of occupation, office or standing that describe a person (`the lawmaker`).
_PERSON_ROLES = word_list("person-roles")
#: Those who put someone's words into another language (`her interpreter, X`), whom a
#: `she` passes over for the one they interpret (:meth:`PersonFocus._interpreters_aside`).
_INTERPRETERS = word_list("interpreters")
#: Verbs of asking, whose participle opens a sentence about the one asked (`Asked …`).
_ASKING = word_list("asking-cues")


class PersonFocus(PersonIndex):
    """:class:`~quotes.person_index.PersonIndex` with the person in focus: who a
    pronoun means, and the speakers noted as the text goes on."""

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
        `"Dad says that every year," he said` he is not Dad (:func:`_named_in`), nor one
        the text gave a role of `unlike` (`the halfback` is not the coach), nor the one
        named `other_than` (whom a reply answers), nor one an `Asked …` before it asks
        about (:meth:`_asked_about`). A name inside a quote comes after the
        narration's (:meth:`_in_quote`), and a subject inside a report's content is
        none of the recent subjects (:meth:`_in_report`); a description of a `person`
        (`the left-hander`) never stands for a name that may be a body's or a place's."""
        bound = self._clause_subject(at) | self._named_by_owner(said)
        sentence = self.doc[self._before_said(at, said) if gender is None else at].sent.start
        recent = self.doc[sentence - 1].sent.start if sentence else 0
        fitting = [
            (i, index)
            for i, index in reversed(self.timeline)
            if i < at
            and (gender is None or self.people[index].gender in (None, gender))
            and (gender is not None or not self.people[index].unnamed)
            and not _named_in(self.doc[i], said)
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
        recent_subjects = [
            index
            for i, index in fitting
            if i >= recent
            and i in self.subjects
            and not self._in_quote(i)
            and not self._in_report(i)
        ]
        # a name inside a quote comes after those of the narration (`"If Kestria wants
        # our grain, …," Quintero said.` ¶ `She added …` is Quintero)
        nearest = [index for i, index in sorted(fitting, key=lambda m: self._in_quote(m[0]))]
        chosen = None
        if gender is not None or person:
            # a `he` or `she` passes over a one-word name that may be a body's, or a
            # name that may be a place's, for a person, and an interpreter last named as
            # no subject for the one they interpret, among the recent subjects and then
            # the nearest ones, unless no one else is there
            aside = self._interpreters_aside(fitting)
            chosen = next(
                (
                    index
                    for candidates in (recent_subjects, nearest)
                    for index in candidates
                    if not self._body_like(index)
                    and not self._place_like(index)
                    and index not in aside
                ),
                None,
            )
        if chosen is None and not person:
            chosen = next(
                (
                    index
                    for index in recent_subjects or nearest
                    if gender is None or not self._place_like(index)
                ),
                None,
            )
        if chosen is None:
            return None
        found = self.people[chosen]
        found.gender = found.gender or gender
        return found.name

    def _named_by_owner(self, said: tuple[int, int] | None) -> set[int]:
        """Rule named-by-owner: the people the pronoun's owner names in the words they
        say, whom the pronoun cannot mean, as one names others, not oneself: in `"When my
        daughter came, I asked for Leetia," she said` she is not Leetia, wherever else
        the text named her. Not the name a speaker introduces themselves by (`"My name is
        Nadine Okafor, …"`, :func:`~quotes.self_names.introduced_in_quote`), nor one
        called by name after a comma or at the start (`"You know, Mr. Denham, …"`), as
        the people a story's dialogue addresses are too often read as someone else."""
        if said is None:
            return set()
        introduced = introduced_in_quote(self.doc, said)
        own = range(introduced.start, introduced.end) if introduced is not None else range(0)
        return {
            index
            for i, index in self.timeline
            if _named_in(self.doc[i], said)
            and i not in own
            and not _called(self.doc[i])
        }

    def _clause_subject(self, at: int) -> set[int]:
        """Rule object-not-subject: the people named by the subject of the verb whose
        object the pronoun at `at` is, whom it cannot mean (a `him` or `her` that meant
        the subject would be `himself` or `herself`): `Our books editor, Ama Owusu, met
        her in Osu.` ¶ `A: …` is not the editor's answer; a direct or indirect object,
        or the object of `to` (`spoke to her`), not of another preposition, after which
        a pronoun may be the subject's own (`she took the files with her`), nor a
        reflexive. Empty for a pronoun that is no such object of a verb with a subject."""
        pronoun = self.doc[at]
        verb = pronoun.head
        if pronoun.lower_.endswith(("self", "selves")):
            return set()  # `she asked herself`
        if pronoun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "to":
            verb = verb.head  # `spoke to her`; not `took the files with her`
        elif pronoun.dep_ not in ("dobj", "dative"):
            return set()
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return set()
        span = range(subject.left_edge.i, subject.right_edge.i + 1)
        return {index for i, index in self.timeline if i in span}

    def _interpreters_aside(self, fitting: list[tuple[int, int]]) -> set[int]:
        """Rule interpreter-aside: of the people a pronoun may mean (`fitting`, latest
        mention first), the interpreters and translators whose latest mention is no
        subject: `Ana Ruiz orders a tea for her interpreter, Parisa Moin.` ¶ `"…," she
        says, speaking through Moin` is Ruiz, the one Moin interprets; not an interpreter
        the text goes on to make a subject (`Moin, who learned Persian in Shiraz, said
        the hardest word was the first.` ¶ `"…," she said`)."""
        latest: dict[int, int] = {}
        for i, index in fitting:
            latest.setdefault(index, i)
        return {
            index
            for index, i in latest.items()
            if self.people[index].roles & _INTERPRETERS and i not in self.subjects
        }

    def _asked_about(self, i: int, at: int) -> bool:
        """Whether the mention at token `i` lies inside an `Asked …` participle that opens
        the sentence of the pronoun at `at`, or the sentence before it, and ends before
        the pronoun: the one asked about or the asker, wherever else the text names them,
        is not the one who answers (`Asked whether Ruiz would start, the coach nodded.
        "He has earned it," he said.` is the coach, not Ruiz; `Asked by Ms Obi whether
        …, he said` not Ms Obi). Only a name counts, not a description resolved there,
        which may have been resolved wrong."""
        if self.doc[i].ent_type_ != "PERSON":
            return False
        asked = next(
            (a for a in self.doc[i].ancestors if a.tag_ == "VBN" and a.lemma_.lower() in _ASKING),
            None,
        )
        if asked is None or asked.i != asked.sent.start or asked.right_edge.i >= at:
            return False
        sentence = self.doc[at].sent.start
        before = self.doc[sentence - 1].sent.start if sentence else sentence
        return asked.i in (sentence, before)

    def _in_quote(self, i: int) -> bool:
        """Whether token `i` lies inside a quoted span: `"If Sunara wants our steel, …,"
        Calado said.` ¶ `She added …` is Calado, not the country her words made a
        subject."""
        if self.quoted is None:
            return False
        at = self.doc[i].idx
        return bool(self.quoted.overlapping(at, at + 1))

    def _in_report(self, i: int) -> bool:
        """Whether the mention at token `i` is a subject inside the content of reported
        speech resolved before it, and no speaker of its own: the speaker who reports it
        stays the one a `he` or `she` after it means (rule `report-subject`)."""
        # `Maud Pellingham said the schedule was drawn up in March and that Fernhill
        # had asked for two visits. She said …` is Pellingham, not Fernhill
        if i in self.speaking:
            return False
        at = self.doc[i].idx
        return any(start <= at < end for start, end in self.reported)

    def _body_like(self, index: int) -> bool:
        """Whether an entry the tagger made a person may be a body: one word that never
        got a given name, a title or a gender and that the text once followed with
        `which` (`Loomstream, which is privately held, says …`), which a `he` or `she`
        passes over for a subject who is surely a person (`X wrote that Loomstream had
        removed accounts. Asked …, he said` is X), but not when no such person is near."""
        person = self.people[index]
        return (
            person.thing
            and person.given is None
            and person.gender is None
            and not person.titles
            and len(person.name.split()) == 1
        )

    def _place_like(self, index: int) -> bool:
        """Whether an entry the tagger made a person may be a place: one the text put
        after a preposition of place (`She left her farm in Corra Creek`, where `Corra`
        is a given name too) or as a dateline, or whose last word is a place's or a
        body's kind word (`Tillman College`, :data:`~quotes.person_index.PLACE_HEADS`),
        and that it gave no title or person's role (but a title inside the name:
        `Ocotillo County Sheriff's Office`; an acronym in brackets after it is no role:
        `the National Flood Agency (NFA)`), which a `he` or `she` passes over for a name
        that is surely a person's, and never stands for."""
        person = self.people[index]
        words = person.name.split()
        headed = len(words) > 1 and words[-1].lower() in PLACE_HEADS  # `Tillman College`
        inside = {w.lower().removesuffix("'s").removesuffix("’s") for w in words}
        return (person.place or headed) and not person.titles - inside and not person.person_role

    def _before_said(self, at: int, said: tuple[int, int] | None) -> int:
        """Where the look back of a description of the person in focus starts: at the
        description, or at the first word of what it says when that comes first (`"I
        told Glyn … I lied," said the Fijian`: the sentences inside the quote are not the
        ones before the speaker). (A `he` or `she` looks back from where it stands: after
        `X asked Y whether …` a quote's `he said` is Y, not the asking subject.)"""
        if said is None or said[0] >= self.doc[at].idx:
            return at
        first = self.doc.char_span(said[0], said[1], alignment_mode="expand")
        return at if first is None else first.start

    def hold_floor(self, start: int, name: str) -> None:
        """Rule floor-held: a quote that goes on with no cue of its own (`Here is what
        else he said.` ¶ `On captain Ola Berg's injury:` ¶ `"…"`) keeps the one who says
        it in focus, a speaker again at its opening mark (character `start` is its first
        word's), so that a `he` after a run of such quotes is theirs, not a name a topic
        line or the quotes' own words gave (`Asked whether …, he said` is the coach, not
        Ola Berg)."""
        index = self.index_of(name)
        opening = self.doc.char_span(start - 1, start, alignment_mode="expand")
        if index is None or opening is None or self._in_quote(opening.start):
            return
        self._mentioned(opening.start, index)
        self.subjects.add(opening.start)
        self.speaking.add(opening.start)

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
        elif gender is None or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # `the woman said`, a description of someone the text has met, not resolved:
            # no new person for a `she` to stand for
            return
        else:
            # keyed apart from every surname: no name ever resolves to a description
            self.people.append(Person(name, f"\0{name}", gender=gender, unnamed=True))
        self._mentioned(at, len(self.people) - 1)
        self.subjects.add(at)


def _given_gender_of_described(name: str, head: Token) -> str | None:
    """The gender of the given name a described person turned out to have, so that a
    `she` after them is theirs: `A neighbour who asked that we use only her first name,
    Carla, says …` ¶ `"…," she said` (a common noun for a person, never a body's kind,
    whose name opens with a known given name: not `the charity` for `Grace Foundation`)."""
    if head.pos_ != "NOUN" or head.lower_ in ORG_KINDS or name.split()[-1].lower() in ORG_KINDS:
        return None
    return gender_of_given(name_parts(name)[0] or name)


def _called(name: Token) -> bool:
    """Whether a name (any word of it) is called out to, after a comma or a quote mark
    that opens its words or the start of the text: `Mr. Denham` in `"You know, Mr.
    Denham, …"`."""
    at = name.i
    while at > 0 and (name.doc[at - 1].is_title or name.doc[at - 1].text == "."):
        at -= 1  # back over the name's other words and a title (`Mr.`)
    return at == 0 or name.doc[at - 1].text == "," or name.doc[at - 1].is_quote


def _named_in(token: Token, said: tuple[int, int] | None) -> bool:
    """Whether a mention lies inside the character span `said`."""
    return said is not None and said[0] <= token.idx < said[1]
