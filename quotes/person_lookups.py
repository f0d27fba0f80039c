"""The person a mention means when its surname alone cannot tell.

A generation word tells namesakes apart (`the younger Mr Lowry`, `Mr Lowry senior`), a
knight's or dame's title stands before a given name (`Sir Marcus`), and a magazine's
question-and-answer pages mark who speaks by initials (`NHQ:`). Lookups over the people of
:class:`quotes.person_timeline.PersonTimeline`, which :class:`quotes.person_index.PersonIndex`
fills and the speaker resolution (:class:`quotes.speakers.SpeakerResolver`) asks.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.language import word_list, word_map
from quotes.mentions import entity_at
from quotes.name_keys import initials, name_parts
from quotes.name_spans import TITLES
from quotes.person_timeline import PersonTimeline

#: Titles set before a given name rather than a surname (`Sir Marcus`, `Dame Judith`).
_GIVEN_NAME_TITLES = word_list("given-name-titles")
#: Words that place namesakes in a generation, and the roles that do (`younger`, `son`).
_GENERATIONS = {kind: frozenset(words) for kind, words in word_map("generation-words").items()}
_GENERATION_WORDS = _GENERATIONS["younger"] | _GENERATIONS["elder"]


class PersonLookups(PersonTimeline):
    """:class:`~quotes.person_timeline.PersonTimeline` asked for a person by a
    generation word, a given name after a title, or initials."""

    def by_generation(self, mention: Span, name: str, gender: str | None) -> int | None:
        """The namesake a generation word beside a surname means: `the younger Mr Lowry`
        the Lowry the text called a son or daughter (`their son, Owen Lowry`), else the
        one Lowry of that gender it called no parent; `Mr Lowry senior` the one it
        called a parent, else the one it called no child; else the one of the greatest
        (least) age the text gave (:meth:`_by_age`). None without such a word right
        before the name or its title, or after the name, or when not one person fits."""
        doc = mention.doc
        before = mention.start - 1
        if before >= 0 and doc[before].lower_ in TITLES - _GENERATION_WORDS:
            # `the younger Mr Lowry`; not `elder`, a title (a church's) and this word
            before -= 1
        words = {doc[i].lower_ for i in (before, mention.end) if 0 <= i < len(doc)}
        if words & _GENERATIONS["younger"]:
            own, other = "child", "parent"
        elif words & _GENERATIONS["elder"]:
            own, other = "parent", "child"
        else:
            return None
        kin = [
            index
            for index in self._people_of.get(name_parts(name)[1], [])
            if None in (gender, self.people[index].gender) or gender == self.people[index].gender
        ]
        if len(kin) < 2:
            return None
        for fits in (
            [k for k in kin if self.people[k].roles & _GENERATIONS[own]],
            [k for k in kin if not self.people[k].roles & _GENERATIONS[other]],
        ):
            if len(fits) == 1:
                return fits[0]
        return self._by_age(kin, elder=own == "parent")

    def _by_age(self, kin: list[int], elder: bool) -> int | None:
        """Rule generation-by-age: the namesake the word means by the ages the text gave
        them when it called neither a parent nor a child: `Ron Brennan, 70, and his son,
        Kyle Brennan, 41, …` ¶ `The elder Brennan said …` is Ron Brennan, the one of the
        greatest age (`younger`, the least); None when an age is missing or two are the
        same."""
        ages = [int(age) if (age := self.people[k].age) and age.isdigit() else None for k in kin]
        if None in ages or len(set(ages)) < len(ages):
            return None
        pick = max if elder else min
        return kin[ages.index(pick(ages))]

    def by_given(self, title: Token, word: str) -> int | None:
        """The one person whose given name a knight's or dame's title stands before
        (`Sir Marcus` after `Marcus Ellery-Vance`, :data:`_GIVEN_NAME_TITLES`); None after any
        other word, or when none or several have that given name."""
        if title.lower_ not in _GIVEN_NAME_TITLES:
            return None
        given = name_parts(f"{word} _")[0]
        fits = {index for index, person in enumerate(self.people) if person.given == given}
        return fits.pop() if len(fits) == 1 else None

    def by_initials(self, label: str) -> int | None:
        """The one person whose initials a label of two to four capitals spells, as a
        magazine's question-and-answer pages mark who speaks: `NHQ:` for `Noor
        Halvorsen-Qadir` (each part of a hyphenated name counted or not: `JA:` for `Joel
        Abara-Lindgren`); None for other words or when none or several fit."""
        if not (2 <= len(label) <= 4 and label.isalpha() and label.isupper()):
            return None
        fits = {
            index
            for index, person in enumerate(self.people)
            if person.given is not None and label in initials(person.name)
        }
        return fits.pop() if len(fits) == 1 else None


def named_before_generation(head: Token) -> Span | None:
    """The name a generation word closes when the parser heads the mention with the
    word: `Penhale` in `Mr Penhale senior said` (`senior` the subject, the name its
    compound), which :meth:`PersonLookups.by_generation` then reads; None otherwise."""
    if head.lower_ not in _GENERATION_WORDS or head.i == 0:
        return None
    name = entity_at(head.doc[head.i - 1])
    return name if name is not None and name.label_ == "PERSON" else None
