"""A speaker mention that is a name: the person it means, or the body.

`Okafor said` is the person of that surname the text named nearest, `Sir Marcus` the
knight of that given name, `NHQ:` the one whose initials the label spells, `the younger
Mr Lowry` the namesake the text called a son (:class:`quotes.person_lookups.PersonLookups`);
a name whose bearer the text gave no given name or gender is a body's (`Pellworth Mills
said`), and a name the text never gave a person is an organisation's. The name step of
:class:`quotes.speakers.SpeakerResolver`, which decides that a mention is a name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.body_names import joined_around
from quotes.bracketed_names import bracketed_whole
from quotes.doc_memo import memo
from quotes.genders import gender_of, gender_of_given
from quotes.label_clues import clue_ends, settled_end, surname_clue
from quotes.label_names import LabelNames, label_words
from quotes.leads import LeadIndex
from quotes.longer_forms import (
    body_fullest_name,
    fullest_name,
    headline_shortened,
    legal_name,
    spelled_out,
    word_and_initials,
)
from quotes.name_keys import PARTICLES, family_name_first, name_parts
from quotes.name_spans import name_text
from quotes.person_record import Person
from quotes.person_timeline import ends_name
from quotes.role_words import OFFICES
from quotes.written_names import proper_name


class NameMentions(LeadIndex):
    """:class:`~quotes.leads.LeadIndex` asked for the one a name mention means."""

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
        if index is not None and self.people[index].name.isupper():
            index = self._written_in_full(index)
        if index is not None:
            person = self.fuller(index, name)
            if self._family_first_whole(person):
                return person.name
            body = self.written_form(body_fullest_name, person.name) or person.name
            if body != person.name and not person.personal:
                # `Tay Loc said` after `Tay Loc Technologies`: a firm's short name, even
                # one opening with a given name (`Meghan Knit` of `Meghan Knit Mills Ltd`)
                self.bodies.append(body)
                return body
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
                # (:func:`~quotes.written_names.proper_name`); `Halvik Seafood said` after
                # `Halvik Seafood AS`, with its legal form (rule legal-form-name)
                legal = self.written_form(legal_name, person.name) or person.name
                # `Stats SA said` after `Statistics South Africa` (rule
                # word-and-initials-name), whose first word the tagger may read as a given name
                initialled = self.written_form(word_and_initials, person.name)
                if initialled is not None:
                    name = initialled
                elif person.given:
                    # `Silesian Ballet said` above `The Silesian Ballet Theatre has …`
                    name = legal if legal != person.name else self._unshortened(legal)
                else:
                    name = self.written_form(spelled_out, person.name) or self.written_form(
                        fullest_name, legal
                    )
                # `SONEDE said` after `the Société … des Eaux (SONEDE)` (rule
                # bracketed-form-name)
                name = self.written_form(bracketed_whole, name or legal) or name
                whole = proper_name(tokens)
                if joined_around(whole, name):
                    name = whole
                self.bodies.append(name)
                return name
            return person.name
        body = self.organisation(tokens)
        return self._office_holder(tokens, body) or body

    def _written_in_full(self, index: int) -> int:
        """Rule label-in-capitals: the one person whose name, written as a sentence writes
        it, ends in the words of a transcript's label in capitals that person `index` is
        named by: `Ah Tom-Kirby said later …` after `AH TOM-KIRBY: …` and `Speaking were
        Acting Superintendent Grace Ah Tom-Kirby …` is Grace Ah Tom-Kirby, not the
        label; `index` itself when none or several are."""
        label = self.people[index].name.casefold()
        cased = {
            k
            for k, person in enumerate(self.people)
            if not person.name.isupper() and person.name.casefold().endswith(f" {label}")
        }
        return cased.pop() if len(cased) == 1 else index

    def _unshortened(self, name: str) -> str:
        """A body's name of several words as its story writes it whole where a headline
        shortened it (:func:`~quotes.longer_forms.headline_shortened`)."""
        return self.written_form(headline_shortened, name) or name

    def _family_first_whole(self, person: Person) -> bool:
        """Rule family-name-first-whole: whether a person the parse knows by a family name
        alone (`Park says`, where the sentence naming `Park Min-seo` was left unparsed)
        is now named by the one longer form the text writes of it, a name written family
        name first (:func:`~quotes.name_keys.family_name_first`), so that a `she` after
        it is `Park Min-seo` too, and the name is no body's (`Park`, read as a firm's
        short name, had no pronoun take it up)."""
        if person.given is not None or " " in person.name:
            return False
        full = self.written_form(fullest_name, person.name) or person.name
        if full == person.name or not family_name_first(full.split()):
            return False
        person.name, person.given = full, name_parts(full)[0]
        return True

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
        words = label_words(spelled)[1]
        clues = memo(self.doc, "surname-clues")
        if words not in clues:
            clues[words] = surname_clue(self.text, words)
        places = memo(self.doc, "office-clue-ends")
        if words not in places:
            places[words] = clue_ends(self.text, words)
        # the text before each of thousands of mentions (`The MCE said`) names as the
        # text up to a little past the last place that could name the holder does
        end = settled_end(places[words], tokens[0].idx)
        holders = memo(self.doc, "office-holders")
        if (spelled, end) not in holders:
            holders[spelled, end] = LabelNames(self.text[:end], {words: clues[words]}).name(
                spelled
            )
        return holders[spelled, end]

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
