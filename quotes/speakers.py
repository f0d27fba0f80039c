"""Resolve speaker mentions to one canonical name per person within a document.

No coreference model runs offline here, so these are rules a careful reader uses:
a surname or a titled name points to the fullest form of that name in the text,
`he`/`she` to the nearest person before it whose gender fits, `who` to the noun
it modifies, and `the president` to the person the text gave that title.
Organisations, countries and unnamed sources (`a source`) stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

#: Words that come before a name but are not part of it.
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president
    vice secretary secretary-general general gen gen. sen sen. senator rep rep. representative
    gov gov. governor minister prime chancellor mayor judge justice chief king queen prince
    princess pope rev rev. father sister brother captain capt capt. colonel col col. lieutenant
    lt lt. sergeant sgt sgt. officer commissioner ambassador director chairman chairwoman
    ceo spokesman spokeswoman spokesperson former then deputy acting candidate nominee
    speaker leader attorney agent detective professor uncle aunt""".split()
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother",
                          "uncle", "spokesman", "chairman"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen",
                            "princess", "sister", "aunt", "spokeswoman", "chairwoman"})


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common given names and their usual gender (``m``/``f``), from the lexicon file."""
    text = resources.files("quotes").joinpath("lexicons/names-en.txt").read_text("utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            gender, _, rest = line.partition(":")
            names.update({n.lower(): gender.strip() for n in rest.split()})
    return names


def name_tokens(span: Span) -> list[Token]:
    """The span without leading titles, determiners and a trailing possessive."""
    tokens = [t for t in span if not t.is_punct or t.text == "-"]
    while tokens and (tokens[0].lower_ in TITLES or tokens[0].pos_ == "DET"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return tokens


def surname_key(span: Span) -> str | None:
    """The key that links `Zelensky`, `President Zelensky` and `Volodymyr Zelensky`."""
    tokens = name_tokens(span)
    return tokens[-1].lower_ if tokens else None


@dataclass(slots=True)
class Person:
    """One person the document names, with the fullest form of the name seen so far."""

    name: str
    gender: str | None = None
    titles: set[str] = field(default_factory=set)


class SpeakerResolver:
    """Resolves mentions in one document; call in document order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: dict[str, Person] = {}
        #: (token index, surname key) of every person mention, in order.
        self.timeline: list[tuple[int, str]] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_person(ent)

    def _add_person(self, ent: Span) -> None:
        key = surname_key(ent)
        tokens = name_tokens(ent)
        if not key or not tokens or tokens[-1].pos_ not in ("PROPN", "NOUN"):
            return
        name = " ".join(t.text for t in tokens)
        person = self.people.setdefault(key, Person(name))
        if len(name) > len(person.name):
            person.name = name
        before = [t.lower_ for t in self.doc[max(0, ent.start - 3) : ent.start]] + [
            t.lower_ for t in ent
        ]
        person.titles.update(t for t in before if t in TITLES)
        if person.gender is None:
            person.gender = _gender_of(tokens, before)
        self.timeline.append((ent.start, key))

    def resolve(self, mention: Span) -> str | None:
        """The canonical name for a speaker mention, or None when it cannot be told."""
        head = mention.root
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            noun = head.head.head
            return self.resolve(self.doc[noun.i : noun.i + 1]) or noun.text
        if lower in MALE_PRONOUNS or lower in FEMALE_PRONOUNS:
            return self._pronoun(head.i, "m" if lower in MALE_PRONOUNS else "f")
        if head.pos_ == "PRON":
            return None
        key = surname_key(mention)
        if key and key in self.people and head.pos_ == "PROPN":
            return self.people[key].name
        if head.pos_ == "NOUN":
            titled = self._by_title(head)
            if titled:
                return titled
        text = " ".join(t.text for t in name_tokens(mention)) if head.pos_ == "PROPN" else None
        return text or mention.text

    def _pronoun(self, at: int, gender: str) -> str | None:
        """The nearest person mentioned before `at` whose known gender does not clash."""
        for i, key in reversed(self.timeline):
            if i >= at:
                continue
            person = self.people[key]
            if person.gender in (None, gender):
                if person.gender is None:
                    person.gender = gender
                return person.name
        return None

    def _by_title(self, head: Token) -> str | None:
        """`the president` → the most recent person the text titled President."""
        title = head.lower_
        if title not in TITLES:
            return None
        for i, key in reversed(self.timeline):
            if i < head.i and title in self.people[key].titles:
                return self.people[key].name
        return None

    def note_speaker(self, at: int, mention: Span, name: str | None) -> None:
        """Make a resolved speaker the most salient person from here on."""
        key = surname_key(mention) if mention.root.pos_ == "PROPN" else None
        for person_key, person in self.people.items():
            if person.name == name:
                key = person_key
        if key and key in self.people:
            self.timeline.append((at, key))
            self.timeline.sort()


def _gender_of(tokens: list[Token], before: list[str]) -> str | None:
    """Gender from an honorific (`Mrs.`) or a common given name, when the text gives one."""
    if any(t in _MALE_TITLES for t in before):
        return "m"
    if any(t in _FEMALE_TITLES for t in before):
        return "f"
    if len(tokens) > 1:
        return first_names().get(tokens[0].lower_)
    return None
