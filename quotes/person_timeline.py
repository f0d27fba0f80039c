"""The people of a document on a timeline of their mentions, and the person a name means.

Each person is kept once with the fullest form of their name
(:class:`~quotes.person_record.Person`), each mention goes on a timeline in text order,
and a name is looked up among its namesakes only: the nearest one whose given name and
gender do not clash (`Anna Weiss` and `Peter Weiss` stay two). The first step of
:class:`quotes.person_index.PersonIndex`, which fills the timeline from the entities.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from spacy.tokens import Doc

from quotes.full_names import FullNames
from quotes.genders import is_given_name
from quotes.name_keys import generation_mark, name_parts, same_given
from quotes.person_record import Person


class PersonTimeline:
    """The people of one document and the timeline of their mentions."""

    def __init__(self, doc: Doc, full_names: FullNames) -> None:
        self.doc = doc
        self.people: list[Person] = []
        #: (token index, person) of every person mention, in text order.
        self.timeline: list[tuple[int, int]] = []
        #: The same, and the people's indices, by surname: a name is looked up among its
        #: namesakes only, not among every mention (the square of a long text's names).
        self._timeline_of: dict[str, list[tuple[int, int]]] = {}
        #: The token index of every mention of each person, in text order: a rule that
        #: asks about one person's mentions reads theirs, not the whole timeline.
        self.mentions_of: dict[int, list[int]] = {}
        self._people_of: dict[str, list[int]] = {}
        #: The full names the text gives (a given name and more, and the names a nickname
        #: splits), for the shorter forms that hold later words of one
        #: (:meth:`~quotes.full_names.FullNames.expanded`).
        self._full_names = full_names

    def _find(self, name: str, at: int, gender: str | None = None) -> int | None:
        """The person a name means: the nearest one before `at` (else after) with that
        surname and no clashing given name, gender or generation mark, so `Anna Weiss` and
        `Peter Weiss`, `Mrs. Clinton` and `Bill Clinton`, or `Robert Hale Sr.` and `Hale
        Jr.`, stay two; an initial fits the given name it
        opens (`Mr P J VAN ROOYEN` is Pieter van Rooyen); a shorter form of one full
        name the text gives is looked up as that name
        (:meth:`~quotes.full_names.FullNames.expanded`); a lone word no surname holds is
        looked up as one part of a hyphenated surname (:meth:`_by_surname_part`), then as
        a person's first (:meth:`_by_first_word`)."""
        full = self._full_names.expanded(name)
        if full != name:
            index = self._find_name(full, at, gender)
            if index is not None:
                return index
        return self._find_name(name, at, gender)

    def _find_name(self, name: str, at: int, gender: str | None) -> int | None:
        """:meth:`_find` for a name as given, not expanded."""
        given, surname = name_parts(name)
        mark = generation_mark(name)
        timeline = self._timeline_of.get(surname, [])
        k = bisect_left(timeline, (at, -1))
        before = [p for _, p in reversed(timeline[:k])]
        after = [p for _, p in timeline[k:]]
        for index in before + after + self._people_of.get(surname, []):
            person = self.people[index]
            if None not in (gender, person.gender) and gender != person.gender and not (
                # rule tail-over-listed-gender: `Ben Amor said` after `Hédi Ben Amor`,
                # whose `Ben` gave the mention a man's gender and whose `Hédi` the lists
                # read as a woman's: the tail of the fuller name is that person
                person.gender_by_name and ends_name(person.name, name, person.personal)
            ):
                continue
            if None not in (mark, other := generation_mark(person.name)) and mark != other:
                # rule generation-mark-apart: `Hale Sr.` is not `Robert Hale Jr.`
                continue
            if given is None or person.given is None or same_given(given, person.given):
                return index
            if ends_name(person.name, name, person.personal):
                return index
        if given is not None:
            return None
        part = self._by_surname_part(surname, gender)
        return self._by_first_word(surname, gender) if part is None else part

    def _by_surname_part(self, word: str, gender: str | None) -> int | None:
        """Rule hyphen-part-surname: the one person whose hyphenated surname holds a lone
        surname as one of its parts, when no one bears that surname alone: `Asante said`
        after `Chloe Bainbridge-Asante`, a double surname of which a person goes by one
        part; None when none or several fit (`Bainbridge` after her father `Martin
        Bainbridge` is his, found before this is asked)."""
        fits = {
            index
            for index in range(len(self.people))
            if "-" in (surname := self.people[index].surname)
            and word in surname.split("-")
            and surname != word
            and (None in (gender, self.people[index].gender) or gender == self.people[index].gender)
        }
        return fits.pop() if len(fits) == 1 else None

    def index_of(self, name: str | None) -> int | None:
        """The index of the person the text names so (their fullest name), or None."""
        return next((k for k, person in enumerate(self.people) if person.name == name), None)

    def fuller(self, index: int, name: str) -> Person:
        """Person `index`, named from now on by `name` when that is their name with the
        given name before it that no entity held: `The TD for Galway West, Cathal Ó
        Murchú, said`, where the tagger took `Cathal` for an adjective and the entity is
        `Ó Murchú`."""
        person = self.people[index]
        given = name_parts(name)[0]
        if person.given is None and given is not None and name.endswith(f" {person.name}"):
            person.name, person.given = name, given
        return person

    def _by_first_word(self, word: str, gender: str | None) -> int | None:
        """The one person whose full name opens with a lone name word that is no one's
        surname: `Trần` after `Trần Thị Lan` or `Mr Tan` after `Tan Wei Ming`, a family
        name written first; `Tigist` after `Tigist Alemayehu`, a given name a person goes
        by (Ethiopian names, whose second word is the father's given name); or `Bev` after
        `Beverley Tindall`, a given name cut short, when the word or the name it opens
        is a given name the lists know (rule cut-given-is-given: `Jos` of `Josephine`;
        `Sve`, the end of a group's name `Obala Za Sve`, is no short form of the `Sveti`
        that opens a company's name); None when none or several fit."""
        fits = {
            index
            for index, person in enumerate(self.people)
            if person.given is not None
            and (
                person.given == word
                or (
                    len(word) >= 3
                    and person.given != word
                    and person.given.startswith(word)
                    and (is_given_name(word) or is_given_name(person.given))
                )
            )
            and (None in (gender, person.gender) or gender == person.gender)
        }
        return fits.pop() if len(fits) == 1 else None

    def _new_person(self, person: Person) -> int:
        """Add a person the index did not hold, filed under their surname; their index."""
        self.people.append(person)
        self._people_of.setdefault(person.surname, []).append(len(self.people) - 1)
        return len(self.people) - 1

    def _also_named(self, at: int, index: int, surname: str) -> None:
        """Note a mention at token `at` of person `index` by another form of their name,
        whose `surname` then finds them too (`MacLeod said` after `Catrìona NicLeòid
        (Catherine MacLeod)`)."""
        self._mentioned(at, index)
        if surname != self.people[index].surname:
            insort(self._timeline_of.setdefault(surname, []), (at, index))
            self._people_of.setdefault(surname, []).append(index)

    def _mentioned(self, at: int, index: int) -> None:
        """Note a mention of person `index` at token `at` on the timelines."""
        insort(self.timeline, (at, index))
        insort(self.mentions_of.setdefault(index, []), at)
        insort(self._timeline_of.setdefault(self.people[index].surname, []), (at, index))


def ends_name(full: str, words: str, personal: bool = False) -> bool:
    """Whether a name of two words or more is a fuller one without its given name, a
    surname of several words whose first word is no given name (rule tail-of-a-name):
    `Mac Giolla Bhríde said` after `Pádraig Mac Giolla Bhríde`, `Ferreira dos Anjos`
    after `Raimundo Ferreira dos Anjos`, `Ben Salah` after `Karim Ben Salah`, whose first
    word :func:`~quotes.name_keys.name_parts` reads as a given name that clashes. The
    fuller name is one given name and those words (not `Conservative Icon Morton
    Blackwell`, a headline's run, for `Morton Blackwell`): a given name the lists know,
    or any word when the text marks the fuller name's bearer as a person, `personal`, by
    a title, a role or an age (rule tail-of-a-titled-name: `Novak Zorman said` after
    `Transport Minister Tjaša Novak Zorman`, a double surname with no hyphen, whatever
    the lists know of her given name)."""
    if " " not in words or not full.endswith(f" {words}"):
        return False
    before = full[: -len(words)].split()
    return len(before) == 1 and (personal or is_given_name(before[0]))
