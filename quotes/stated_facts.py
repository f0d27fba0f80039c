"""Descriptions by what a text states of a person: a role, a nation, an age.

A reporter names a person once with what they are (`Indonesian rider Rizky`, `Kai Hart,
19,`, `veteran striker Ola Berg`) and then calls them by it (`the Indonesian`, `the
19-year-old`, `the teenager`, `the veteran`). A reader takes the description for the one
person the text said it of; when it said it of no one, for the person in focus (as a
ranking or a standing often is: `the world number three`), but not for one the text
said was of another nation or age: the description then stands for no one here, and
stays as written, rather than for the wrong person. :class:`quotes.described.DescribedIndex`
builds on this index for the other descriptions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotes.bodies import BodyIndex
from quotes.deps import SUBJECT
from quotes.descriptions import modifiers_fit
from quotes.genders import pronoun_gender
from quotes.language import table, word_list
from quotes.mentions import entity_at
from quotes.nationalities import described_nation, nation_words, stated_nations

#: The nouns for a person of an age range (`teenager`), to their lowest and highest age.
AGE_RANGES = {row[0]: (int(row[1]), int(row[2])) for row in table("age-words")}
#: Verbs that give a subject's age right before a number (`She is 24`, `he turned 19`).
_AGE_VERBS = word_list("age-verbs")
#: Words that may follow an age a copula gives (`She is 24, from …`, `He was 19 when …`),
#: not a count of something (`he was 24 points clear`).
_AFTER_AGE = word_list("age-followers")
#: The oldest age a number after `is` is read as.
_OLDEST = 120


class StatedFacts(BodyIndex):
    """:class:`~quotes.bodies.BodyIndex` with what the text states of each person (role,
    nation, age) and the descriptions that go by it; fed in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: The nations the text says each person is of (:func:`stated_nations`), by
        #: person, read on the first description by a nation.
        self._nations: dict[int, frozenset[str]] | None = None
        #: The ages a copula gives (`She is 24.`), by person, read on the first
        #: description by an age.
        self._said_ages: dict[int, str] | None = None

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

    def by_standing(self, head: Token, said: tuple[int, int] | None = None) -> str | None:
        """Who a description by a nation, a ranking or a standing stands for (`the
        Spaniard`, `the teenager`, `the veteran`; focus-descriptions.txt): by a nation
        (:meth:`_by_nation`); else the one person the text gave its noun as a role
        (`veteran striker Ola Berg`; not for a noun with words after it, `the world
        number three`, whose number tells it), or for an age range the one person given
        an age in it (`Kai Hart, 19,` for `the teenager`); else the person in focus,
        unless the text gave them an age out of the range. `said`: what the description
        says (:meth:`~quotes.person_focus.PersonFocus._pronoun`)."""
        nation = described_nation(head)
        if nation is not None:
            return self._by_nation(head, nation, said)
        if not any(c.i > head.i for c in head.children):
            role = self._by_role(head)
            if role is not None:
                return role
        ages = AGE_RANGES.get(head.lower_)
        if ages is None:
            return self._pronoun(head.i, None, said, person=True)
        low, high = ages
        fits = {
            p for i, p in self.timeline if i < head.i and _within(self._age(p), low, high)
        }
        if fits:
            return self._the_one(fits)
        return self._focus_unless(
            head, said, lambda p: self._age(p) is not None and not _within(self._age(p), low, high)
        )

    def by_age(self, head: Token, age: str) -> str | None:
        """Who `the 19-year-old` stands for: the one person named before whom the text
        gave that age (`Kai Hart, 19,`, `19-year-old Kai Hart`, `He is 19.`); when it gave
        no one, the one it called by a noun of an age range holding it (`teenager Kai
        Hart`); else the person in focus, unless the text gave them another age; None when
        several fit, or when the one in focus is of another age."""
        aged = {p for i, p in self.timeline if i < head.i and self._age(p) == age}
        if aged:
            return self._the_one(aged)
        ranged = {
            p
            for i, p in self.timeline
            if i < head.i
            and self._age(p) is None
            and any(_within(age, *AGE_RANGES[r]) for r in self.people[p].roles & AGE_RANGES.keys())
        }
        if ranged:
            return self._the_one(ranged)
        # an age is a person's: never a name that may be a body's or a place's; of the
        # gender the words reported give (`The 52-year-old said she had …`)
        return self._focus_unless(
            head,
            None,
            lambda p: self._age(p) not in (None, age),
            reported_gender(head, self._in_quote),
        )

    def _by_nation(self, head: Token, nation: str, said: tuple[int, int] | None) -> str | None:
        """`the Indonesian`: the one person named before whom the text said was of the
        nation (:func:`~quotes.nationalities.stated_nations`, said anywhere in the
        text: `Ana Ruiz (Spain)` in a table at the end), of several the one in focus;
        when it said it of no one, the person in focus, unless it said they were of
        another nation (`the Mexican` is not `Rhodri Evans (Wales)`); else None."""
        nations = self._stated_nations()
        fits = {p for i, p in self.timeline if i < head.i and nation in nations.get(p, ())}
        if len(fits) > 1:
            focus = self._pronoun(head.i, None, said, person=True)
            return focus if focus in {self.people[p].name for p in fits} else None
        if fits:
            return self._the_one(fits)
        family = nation_words(head.lower_)
        return self._focus_unless(
            head, said, lambda p: bool(nations.get(p)) and not nations[p] & family
        )

    def _focus_unless(
        self,
        head: Token,
        said: tuple[int, int] | None,
        clash: Callable[[int], bool],
        gender: str | None = None,
    ) -> str | None:
        """The person in focus at a description (never a name that may be a body's or a
        place's), of `gender` when known, or None when `clash` says the text gave them
        what rules the description out (another nation, another age)."""
        focus = self._pronoun(head.i, gender, said, person=True)
        if focus is None:
            return None
        index = self.index_of(focus)
        return None if index is not None and clash(index) else focus

    def _stated_nations(self) -> dict[int, frozenset[str]]:
        """The nations the text says each person is of, at any mention of their name."""
        if self._nations is None:
            self._nations = {}
            for ent in self.doc.ents:
                index = self._person_at(ent.start) if ent.label_ == "PERSON" else None
                nations = stated_nations(ent) if index is not None else frozenset()
                if nations:
                    self._nations[index] = self._nations.get(index, frozenset()) | nations
        return self._nations

    def _age(self, index: int) -> str | None:
        """The age the text gave a person: set off after a name or before it (`Kai Hart,
        19,`, `19-year-old Kai Hart`), or after `is` (:meth:`_copula_ages`)."""
        if self.people[index].age is not None:
            return self.people[index].age
        if self._said_ages is None:
            self._said_ages = self._copula_ages()
        return self._said_ages.get(index)

    def _copula_ages(self) -> dict[int, str]:
        """The ages given by `She is 24, from a fishing town …`, `Kai Hart is 19.`, `he
        turned 70 in May`: a number after `is`, `was` or `turned`, its subject `he`, `she`
        or a name right before, read from the words (a sentence with no cue may be left
        unparsed); `he` and `she` are resolved where they stand, but not inside quoted
        words, where they are the speaker's people (rule quoted-age-unread)."""
        ages: dict[int, str] = {}
        doc = self.doc
        for token in doc[2:-1]:
            verb, subject, after = doc[token.i - 1], doc[token.i - 2], doc[token.i + 1]
            if not (
                token.is_digit
                and 0 < int(token.text) <= _OLDEST
                and verb.lower_ in _AGE_VERBS
                and after.text in _AFTER_AGE
            ):
                continue
            gender = pronoun_gender(subject.text)
            if gender is not None:
                if self._in_quote(subject.i):
                    # rule quoted-age-unread: a speaker's `She is 71.` is someone of
                    # theirs (`My mother watched every game. … She is 71,` Tatu said)
                    continue
                index = self.index_of(self._pronoun(subject.i, gender))
            else:
                index = self._person_at(subject.i, end=True)
            if index is not None:
                ages.setdefault(index, token.text)
        return ages

    def _person_at(self, i: int, end: bool = False) -> int | None:
        """The person whose name's mention starts at token `i` (or, with `end`, whose
        name the entity ending at token `i` is); None when no person's does."""
        if end:
            ent = entity_at(self.doc[i])
            if ent is None or ent.label_ != "PERSON":
                return None
            i = ent.start
        k = bisect_left(self.timeline, (i, -1))
        if k < len(self.timeline) and self.timeline[k][0] == i:
            return self.timeline[k][1]
        return None


def _within(age: str | None, low: int, high: int) -> bool:
    """Whether an age given as digits lies in `[low, high]`."""
    return age is not None and age.isdigit() and low <= int(age) <= high


def reported_gender(head: Token, quoted: Callable[[int], bool]) -> str | None:
    """Rule reported-gender: the gender of a described speaker that the clause it reports
    gives by its subject pronoun, which speaks of the speaker (`The 52-year-old said she
    had no plans to go` is a woman's; `said he would appeal` a man's), or by the
    possessive pronoun that opens its subject (:func:`_owner`); None when the description
    speaks no clause or its subject is no such pronoun, or that pronoun stands inside
    quotation marks (`quoted` says whether a token does): a speaker's own words call the
    speaker `I`, and their `he` is someone else (`"My father watched. He will call me
    now," the 24-year-old said`)."""
    if head.dep_ != "nsubj":
        return None
    clause = next((c for c in head.head.children if c.dep_ == "ccomp"), None)
    subject = (
        next((c for c in clause.children if c.dep_ in SUBJECT), None)
        if clause is not None
        else None
    )
    if subject is None or quoted(subject.i):
        return None
    if pronoun_gender(subject.text) is None:
        subject = _owner(subject)
        if subject is None:
            return None
    return pronoun_gender(subject.text)


def _owner(subject: Token) -> Token | None:
    """Rule owner-of-the-subject: the possessive pronoun that opens the subject of a
    reported clause, which speaks of the speaker as a subject pronoun does: `her` in
    `the 44-year-old said her party would boycott the vote` (a woman's words of her own
    party); None when the subject has none."""
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "poss" and pronoun_gender(c.text) is not None
        ),
        None,
    )
