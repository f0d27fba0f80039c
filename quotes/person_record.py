"""One person a document names, as :class:`quotes.person_index.PersonIndex` gathers
them: the fullest form of the name, and what the text says of the bearer (titles, roles,
age, gender, whether a mention showed a thing or a place)."""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes.name_spans import TITLES
from quotes.role_words import ROLE_WORDS

#: The roles and titles only a person holds, joined once: :attr:`Person.person_role`
#: joined them at each call, 7 of 34 seconds on a text of 270 people of one surname.
_PERSON_ROLES = ROLE_WORDS | TITLES


@dataclass(slots=True)
class Person:
    """One person the document names, with the fullest form of the name seen so far."""

    name: str
    surname: str
    given: str | None = None
    gender: str | None = None
    #: Whether the gender came only from a given name of the long name counts, no
    #: title, noun or pronoun of the text (`Nino`, a man's name in the US counts and a
    #: woman's in Georgia): a `she` that finds no one else may overrule it (rule
    #: pronoun-over-given-gender, :meth:`quotes.person_focus.PersonFocus._pronoun`).
    gender_by_name: bool = False
    titles: set[str] = field(default_factory=set)
    #: Role nouns the text gave the person (`prosecutor`, `alderman`, `executive`).
    roles: set[str] = field(default_factory=set)
    #: The age the text gave (`Graham Whitlock, 61,`).
    age: str | None = None
    #: An unnamed speaker (`a spokeswoman`): only `he` or `she` stands for one.
    unnamed: bool = False
    #: Whether a mention had `which` after it, as a thing's name has (`Loomstream,
    #: which is privately held`, :func:`~quotes.bearer_kinds.named_thing`).
    thing: bool = False
    #: Whether a mention was the object of `in`, as a place's name is (`in Corra Creek`,
    #: :func:`~quotes.bearer_kinds.named_place`).
    place: bool = False

    @property
    def personal(self) -> bool:
        """Whether the text gave this bearer what it gives a person and never a body: a
        title, an age, or a person's role (`Kenjiro Mizushima, 63,`; `the general
        secretary of the union, Nokuthula Mahlangu`), not the acronym in brackets after a
        body's name (`the Markets Authority (PMA)`)."""
        return bool(self.titles or self.age or self.person_role)

    @property
    def person_role(self) -> bool:
        """Whether a role the text gave is a person's (`Prosecutor`, `spokesman`, a
        title), not a word a body's name has beside it: the acronym in brackets after it
        (`the Disaster Agency (NDA)`), a place before it (`Northvale General
        Hospital`)."""
        return not self.roles.isdisjoint(_PERSON_ROLES)
