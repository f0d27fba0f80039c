"""The bodies that have spoken in a document, by the fullest name the text writes for
each, and the names that are a person's and so never a body's.

The first step of :class:`quotes.bodies.BodyIndex`: each body resolved as a speaker is
named with the longer form the text writes of it (`Vantor` → `Vantor Mobility`, `the
Bank` → `Bank of England`, :meth:`SpokenBodies.organisation`) and counted, so the body a
story is about is the one that spoke most (:meth:`SpokenBodies.main_body`); a name the
text marks as a person's, by a title, a role, an age, a given name, its surname written
alone or a `he` or `she` taking it up, is none of them (rules company-no-person,
body-no-person). Which body `the company`, `it` or `they` stands for is
:mod:`quotes.bodies`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from quotes.body_words import definite_short_name, introduced_whole, past_kind_word
from quotes.bracketed_names import bracketed_whole
from quotes.genders import first_names, is_given_name
from quotes.longer_forms import (
    fullest_name,
    legal_name,
    of_name,
    spelled_out,
    titled_name,
    without_nation,
    word_and_initials,
)
from quotes.name_spans import name_text
from quotes.nicknames import at_handle
from quotes.person_focus import PersonFocus
from quotes.source_words import BODY_ENDS
from quotes.written_names import proper_name


class SpokenBodies(PersonFocus):
    """The people of one document, the bodies resolved as speakers so far and the names
    that are a person's; fed in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc)
        #: The document's text: `text`, when the caller has the text the doc was made
        #: from, else joined once (spaCy joins `doc.text` anew on each call).
        self.text = doc.text if text is None else text
        #: The longer forms the text writes of each short name, by reader and name: each
        #: read once (a reader scans the whole text, and a name may speak thousands of times).
        self._forms: dict[tuple[str, str], str | None] = {}
        #: Names of the organisations resolved as speakers so far, in order.
        self.bodies: list[str] = []

    def organisation(self, tokens: list[Token]) -> str:
        """A name that is no person's, with the capitalised words the parse left before
        it and in its one longer form (`Vantor` → `Vantor Mobility`, `the Post` →
        `Washington Post`, `the Bank` → `Bank of England`, and with the words before that
        after `the`: `the Court` → `European Court of Human Rights`); remembered as a body that has
        spoken, for `it` and `the company`."""
        short = proper_name(past_kind_word(tokens))
        # `Poland's Constitutional Tribunal said`, named `the Constitutional Tribunal`
        # elsewhere: the body's own name (rule nation-possessive-body)
        short = self.written_form(without_nation, short) or short
        name = self.written_form(legal_name, short) or short
        name = self.written_form(bracketed_whole, name) or name  # rule bracketed-form-name
        # `Stats SA said` after `Statistics South Africa` (rule word-and-initials-name)
        name = self.written_form(word_and_initials, name) or name
        for longer in (spelled_out, of_name, fullest_name, titled_name):
            if len(name.split()) == 1:
                name = self.written_form(longer, name) or name
                if longer is of_name and len(name.split()) > 1:
                    # rule titled-of-name: the form with `of` takes the capitalised words
                    # the text writes before it after `the` (`the Court` → `Court of
                    # Human Rights` → `European Court of Human Rights`)
                    name = self.written_form(titled_name, name) or name
        if definite_short_name(tokens, name):
            # rule titled-short-name: `the First Nation said` after `the Kwanlin Dün First
            # Nation`, `the Housing Board` after `the Nunavut Housing Board`
            longer = self.written_form(titled_name, name) or name
            name = longer if introduced_whole(self.text, name, longer) else name
        self.bodies.append(name)
        return name

    def written_form(self, longer: Callable[[str, str], str | None], name: str) -> str | None:
        """`longer(self.text, name)`, one of the readers of a name's longer written form
        (:mod:`quotes.written_names`), read once per name for the document: a reader scans
        the whole text, so one per speaker mention cost the mentions times the text (4.5 s
        of 17 for 2,000 `"…," said Harbour.` in one piece)."""
        key = (longer.__name__, name)
        if key not in self._forms:
            self._forms[key] = longer(self.text, name)
        return self._forms[key]

    def short_body_name(self, word: Token) -> str | None:
        """The body a kind word stands for as its short name (`the Bank` after `the Bank
        of England's stress test`) when the text writes the word in one longer form with
        `of` (:func:`~quotes.longer_forms.of_name`): that name, read and noted as
        :meth:`organisation` reads any body's; None when it writes none or several."""
        if self.written_form(of_name, word.text) == word.text:
            return None
        return self.organisation([word])

    def main_body(self, head: Token) -> str | None:
        """The body a story is about, for a description at `head`: the one that has
        spoken, or of several, the one that has spoken most often (`Norvik Foods`, twice,
        before `FactLine`, once); None when none has or two share the most. A name the
        text marks as a person's (:meth:`_spoke_as_person`) is none of them, however
        often its bearer spoke (rule main-body-no-person: `Pellarine Biotech said …` ¶
        `Mthunzi Dube wrote: "…" Dube said …` ¶ `The company said …` is Pellarine)."""
        return spoke_most(name for name in self.bodies if not self._spoke_as_person(name, head))

    def _spoke_as_person(self, name: str, head: Token) -> bool:
        """Rule company-no-person: whether a name that spoke, which a description of a
        body might stand for, is a person's by a mark the text gave its bearer, a title,
        a role or an age, a `he` or `she` taking it up
        (:meth:`~quotes.person_focus.PersonFocus.taken_up_by_pronoun`), or its surname
        written alone (:meth:`_surname_alone`; not a club's short name the text also
        writes after `the`, `the Albion number 8` ¶ `Albion admitted …`), though the name
        rules took it for a body's as they found no given name or gender in it: `Mthunzi
        Dube said he …` or `Dube said …` ¶ `The company said …` is never Dube's."""
        index = self._find(name, head.i)
        if index is None or self.people[index].thing:
            return False
        return (
            self.people[index].personal
            or self.taken_up_by_pronoun(index)
            or self._surname_alone(index)
        )

    def _surname_alone(self, index: int) -> bool:
        """Whether the text calls a bearer by the surname alone
        (:meth:`~quotes.person_focus.PersonFocus.called_by_surname`), and never writes
        that name after `the` (rule surname-after-the: `the Albion number 8` ¶ `Albion
        admitted …` is a club's short name the tagger took for a person's)."""
        doc = self.doc
        mentions = self.mentions_of.get(index, [])
        if any(i > 0 and doc[i - 1].lower_ == "the" for i in mentions):
            return False
        return self.called_by_surname(index)

    def _personal(self, tokens: list[Token]) -> bool:
        """Whether a name is a person's, by what the text gave its bearer: a title, a
        role, an age or a common given name (`Dr Ana Lisboa`), which a body's name
        the tagger took for a person's (`Kestrel Marine Terminals`) has none of."""
        if tokens[0].lower_ in first_names():
            return True
        index = self._find(name_text(tokens), tokens[-1].i)
        if index is None:
            return False
        return self.people[index].personal

    def _person_like(self, tokens: list[Token]) -> bool:
        """Whether a name is a person's the text named: one it gave what it gives a
        person (:attr:`~quotes.person_record.Person.personal`), or the surname of one it
        named with a given name before it (`Sunak` after `Rishi Sunak`). Unlike
        :meth:`_personal`, a first word that may be a given name is no sign by itself
        (`Sable Devices`, which the tagger may take for a woman's name)."""
        name = name_text(tokens)
        index = self._find(name, tokens[-1].i)
        if index is None:
            return False
        person = self.people[index]
        if person.thing:
            return False  # `Sable Devices, which …`
        return person.personal or (person.given is not None and person.name != name)

    def _named_person(self, tokens: list[Token]) -> bool:
        """Rule body-no-person: whether a name is a person's by a mark the text gave its
        bearer, so that a body's description never stands for it: a title, a role or an
        age (:attr:`~quotes.person_record.Person.personal`), its surname written alone
        (:meth:`~quotes.person_focus.PersonFocus.called_by_surname`), or a `he` or `she`
        taking it up (:meth:`~quotes.person_focus.PersonFocus.taken_up_by_pronoun`:
        `Marek Ilori said he …` ¶ `The company said …` is no Ilori). A first word that
        may be a given name is no mark by itself (`Sable Devices`), nor is a longer form
        the text writes (`Halvard` of `Halvard Minerals`)."""
        index = self._find(name_text(tokens), tokens[-1].i)
        if index is None or self.people[index].thing:
            return False
        return (
            self.people[index].personal
            or self.called_by_surname(index)
            or self.taken_up_by_pronoun(index)
        )

    def _marked_person(self, tokens: list[Token]) -> bool:
        """Whether a name is a person's by :meth:`_personal` or by its surname written
        alone (:meth:`_surname_alone`): `said Sipho Ndlovu, who runs the bank's research
        unit. Ndlovu said …` is no firm that `the lender` may stand for (rule
        one-name-before). Not by a `he` or `she` after it, which may take up another
        (`Hollybrook Bakeries had dismissed Ana Ruiz because she …`)."""
        if self._personal(tokens):
            return True
        index = self._find(name_text(tokens), tokens[-1].i)
        return index is not None and self._surname_alone(index)

    def _no_body(self, tokens: list[Token]) -> bool:
        """Whether a name is no body's: :meth:`_personal` (a given name opening it counts)
        or :meth:`_named_person`, or a poster's handle (`@harbour_watch replied that …` ¶
        `The ferry company said …` is not the handle's: rule at-handle-no-pronoun)."""
        return (
            self._personal(tokens)
            or self._named_person(tokens)
            or (len(tokens) == 1 and at_handle(tokens[0]))
        )

    def _a_person(self, tokens: list[Token]) -> bool:
        """Whether a subject's name is a person's: one ending in no word that ends a
        body's name (`Grace Foods`) that the text marks as a person's (:meth:`_no_body`)
        or that opens with a known given name (`Marta Kowalczyk`)."""
        if not tokens or tokens[-1].lower_ in BODY_ENDS:
            return False
        return self._no_body(tokens) or (len(tokens) > 1 and is_given_name(tokens[0].text))


def spoke_most(names: Iterable[str]) -> str | None:
    """The name that stands most often in `names` (the bodies that have spoken, once a
    statement each); None for none, or when two share the most (a reader cannot tell
    which of two bodies that spoke as often a description stands for)."""
    counts = Counter(names).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]
