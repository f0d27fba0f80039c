"""The people a document names, in text order: who each PERSON entity is.

Every PERSON entity joins the person whose surname it shares unless the given name or
the gender clashes (`Anna Weiss` and `Peter Weiss` stay two); each mention goes on a
timeline (:class:`quotes.person_timeline.PersonTimeline`), so `he` finds the nearest
person who was a subject or speaker since the sentence before, and the people a
generation word, a knight's title or initials mean are looked up by
:class:`quotes.person_lookups.PersonLookups`. The given names the entities missed are
read after them (a title word that is a given name, a name split by a nickname, a given
name set off after `her husband`), and so are the names a description gives inside itself
(:mod:`quotes.names_given`) and one-word names a clause shows are people's
(:mod:`quotes.lone_names`). :class:`quotes.speakers.SpeakerResolver` builds on
this index to read descriptions, bodies and works.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.tokens import Doc, Span, Token

from quotes.ages import age_of
from quotes.bearer_kinds import kind_after_article, named_place, named_thing, place_named_after
from quotes.bracket_nicknames import nickname_in_brackets
from quotes.cue_words import token_indices
from quotes.descriptions import role_words
from quotes.full_names import FullNames
from quotes.genders import (
    gender_of,
    gender_of_given,
    gendered_nouns,
    is_given_name,
    listed_by_hand,
    noun_gender,
)
from quotes.language import word_list
from quotes.lone_names import lone_names
from quotes.mentions import entity_at, mention_span
from quotes.name_joins import capitalised_verb_in_name
from quotes.name_keys import PARTICLES, PATRONYMIC_SUFFIXES, name_parts
from quotes.name_spans import (
    TITLES,
    inner_hyphen,
    name_text,
    name_tokens,
    title_or_given_before,
    titles_before,
)
from quotes.name_starts import portfolio_title, ranked_portfolio_title
from quotes.names import GLUED_KEY, ORG_KINDS
from quotes.names_given import Unlisted, names_in_descriptions
from quotes.nicknames import called_names, nickname_inside
from quotes.normalise import HYPHENS
from quotes.own_pronouns import own_pronoun_gender
from quotes.person_lookups import PersonLookups
from quotes.person_record import Person
from quotes.proper_runs import after_title_pair
from quotes.role_words import ROLE_WORDS
from quotes.span_index import Spans
from quotes.subject_mentions import is_subject, set_off_subject
from quotes.surname_mentions import untagged_surnames
from quotes.written_names import proper_name

#: Last words of the name of a place or a body (`Corra Creek`, `Tillman College`).
PLACE_HEADS = word_list("place-name-heads") | ORG_KINDS


class PersonIndex(PersonLookups):
    """The people of one document and their mentions; fed in document order."""

    def __init__(self, doc: Doc) -> None:
        #: The nicknames set inside a name (:func:`~quotes.nicknames.nickname_inside`),
        #: by the quote mark that opens each, found here once: the resolver's
        #: :func:`~quotes.nicknames.nicknames` reads them rather than walking the quote
        #: marks again.
        self._inside: list[tuple[int, tuple[Span, list[str]]]] = [
            (i, inside)
            for i in np.flatnonzero(doc.to_array("IS_QUOTE")).tolist()
            if (inside := nickname_inside(doc[i])) is not None
        ]
        self.nicknames_inside: list[tuple[Span, list[str]]] = [nick for _, nick in self._inside]
        super().__init__(
            doc,
            FullNames(
                doc, [f"{doc[i - 1].text} {surname.text}" for i, (surname, _) in self._inside]
            ),
        )
        #: Token indices of the mentions that are a clause's subject or a quote's speaker.
        self.subjects: set[int] = set()
        #: Token indices of the names set off after a main clause's subject description
        #: (rule subject-apposition: `the interpreter, Deniz Aksoy, stopped …`), which a
        #: `he` or `she` after it looks back to as to a subject, though no story's lead
        #: description stands for them.
        self.set_off_subjects: set[int] = set()
        #: (person, the title word before the surname) of people named only by a word
        #: that may be a title or a given name (`Col Henderson`), read once all are in.
        self._title_or_given: list[tuple[int, Token, int]] = []
        #: The document's quoted spans (characters), when the caller knows them: a name
        #: a quote's words make a subject is no subject a `he` after it looks back to.
        self.quoted: Spans | None = None
        #: The contents of the reported speech resolved so far (characters, in text
        #: order), and the token indices of the speakers noted: a name a report's
        #: content makes a subject is no subject a `he` after it looks back to.
        self.reported: list[tuple[int, int]] = []
        self.speaking: set[int] = set()
        #: The names others call a person by (rule called-name), with the mention of the
        #: person each is given to, as the resolver's nicknames are kept, and by their
        #: words in lower case.
        self.called: list[tuple[Span, list[str]]] = called_names(doc)
        self._called_names = {tuple(words): person for person, words in self.called}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_person(ent)
        self._given_not_title()
        self._given_before_nickname()
        for i in token_indices(doc, "LOWER", gendered_nouns()):
            self._add_given_beside(i)
        for found in (*names_in_descriptions(doc), *lone_names(doc)):
            self._add_unlisted(found)
        for i, index in untagged_surnames(doc, self.people, self.timeline):
            # rule surname-untagged: `Lopes, the home captain, has now scored …`
            self._mentioned(i, index)
            if is_subject(doc[i]):
                self.subjects.add(i)

    def _add_unlisted(self, found: Unlisted) -> None:
        """A person no entity holds that a description names inside itself (rule
        name-in-description, :mod:`quotes.names_given`: `a fisherman who gave only his
        first name, Abebe,`) or a lone name a clause shows is a person's (rule
        lone-name-person, :mod:`quotes.lone_names`: `Yohane, who called from Zomba,`),
        mentioned at ``found.at``, a subject or set off after one as the clause has it,
        so that a `he` after it finds them."""
        tokens = name_tokens(found.name)
        if not tokens:
            return
        text = name_text(tokens)
        index = self._find(text, found.name.start, found.gender)
        if index is None:
            index = self._new_person(Person(text, name_parts(text)[1], gender=found.gender))
        self._mentioned(found.at, index)
        if found.role == "subject":
            self.subjects.add(found.at)
        elif found.role == "set-off":
            self.set_off_subjects.add(found.at)

    def _add_given_beside(self, i: int) -> None:
        """A person named only by a given name set off after a noun that tells their
        gender: `Her husband, Tom, 61, who had suffered a heart attack, is now home.` ¶
        `He said: …` (the `he` is Tom). Read from the words, as a sentence with no cue
        may be left unparsed; the name must be a known given name no entity holds, of
        either sex (`His son, Jordan, 17, …`)."""
        doc = self.doc
        if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 3].text != ",":
            return
        word = doc[i + 2]
        if not (word.is_alpha and word.is_title) or word.ent_type_ or not is_given_name(word.text):
            return
        gender = noun_gender(doc[i].lower_)
        given = name_parts(f"{word.text} _")[0]
        namesakes = {k for k, person in enumerate(self.people) if person.given == given}
        if len(namesakes) > 1:
            return
        # `his wife, Jane,` after `Jane Sanders`: the one person of that given name
        index = namesakes.pop() if namesakes else self._find(word.text, word.i, gender)
        if index is None:
            index = self._new_person(Person(word.text, name_parts(word.text)[1], gender=gender))
        self._mentioned(word.i, index)

    def _add_person(self, ent: Span) -> None:
        tokens = name_tokens(ent)
        last = tokens[-1] if tokens else None
        if last is None or (
            last.pos_ not in ("PROPN", "NOUN")
            and last.lower_ not in PATRONYMIC_SUFFIXES
            and not capitalised_verb_in_name(last)
            and not _after_particle(last)
        ):
            return  # `Asanbek uulu`: a surname's last word, whatever the tagger makes of it
        if len(tokens) == 1 and tokens[0].is_sent_start and tokens[0].lower_ in ROLE_WORDS:
            return  # `Counsel for the council, X, argued`: a role opening a sentence
        if kind_after_article(ent):
            return  # `Tom Greer, a former Royal Engineer,`: a kind of member, no one
        other = self._form_in_brackets(ent)
        if other is None:
            other = self._called_by(ent)
        if other is not None:
            self._also_named(ent.start, other, name_parts(name_text(tokens))[1])
            return
        stage = self._born_as(ent)
        if stage is not None:
            # the birth name is the name printed from now on; the name the person goes by
            # still finds them (its given name is kept: `Dapo Sixx said`)
            name = name_text(tokens)
            self.people[stage].name = name
            self._also_named(ent.start, stage, name_parts(name)[1])
            return
        name = name_text(tokens)
        before = titles_before(ent) + [t.lower_ for t in ent]
        office = portfolio_title(self.doc, tokens[0].i) or ranked_portfolio_title(
            self.doc, tokens[0].i
        )
        if office is not None:
            before.append(office)
        given, surname = name_parts(name)
        full = self._full_names.expanded(name)
        if full != name:
            # `Treviño is penalised` in a headline before `Santiago Treviño Garza`: the
            # first of two surnames, the one full name it shortens
            name = full
            given, surname = name_parts(name)
        elif given is None and len(tokens) == 1 and gender_of_given(tokens[0].text) is None and (
            not any(word.end == ent.start for word in self.doc.spans.get(GLUED_KEY, ()))
            and not after_title_pair(tokens[0])  # `Tan Sri Lim said`: a title, no body
        ):
            # `Kelvinside Tenants' Union said`: the parse cut a body's name short (not
            # `Notice Trump`, where the names step cut a sentence's opening word off);
            # not widened over `of`/`and` (one entry would then stand for every
            # `Department` of the text, :mod:`quotes.body_names` widens at resolving)
            name = proper_name(tokens, joined=False)
            # filed under the body's own last word, not the family name it may open
            # with (`Coc & Daughters Construction`), so `Coc said` finds Rosita Coc
            surname = name_parts(name)[1]
        gender = gender_of(given, before) or _gender_before(ent)
        by_name = (
            gender is not None
            and given is not None
            and not listed_by_hand(given)
            and gender_of(None, before) is None
            and _gender_before(ent) is None
        )
        own = own_pronoun_gender(ent) if by_name else None
        if own is not None:
            # rule own-pronoun-gender: `Nino Beridze, 34, lost her job`
            gender, by_name = own, False
        index = self._find(name, ent.start, gender)
        if index is None:
            index = self._new_person(Person(name, surname))
        person = self.people[index]
        if given is not None and person.given is None:
            person.given = given
        if len(name) > len(person.name):
            person.name = name
        if not place_named_after(ent):  # `the Princess Alexandra site`: the place's title
            person.titles.update(t for t in before if t in TITLES)
            person.roles.update(role_words(ent))
        person.age = person.age or age_of(ent)
        if gender is not None and (
            person.gender is None or (person.gender_by_name and not by_name)
        ):
            person.gender, person.gender_by_name = gender, by_name
        person.thing = person.thing or named_thing(ent)
        person.place = person.place or named_place(ent)
        word = title_or_given_before(tokens[0]) if _one_surname(tokens) else None
        if word is not None:
            self._title_or_given.append((index, word, tokens[-1].i + 1))
        self._mentioned(ent.start, index)
        if is_subject(ent.root):
            self.subjects.add(ent.start)
        elif set_off_subject(ent.root):
            self.set_off_subjects.add(ent.start)

    def _form_in_brackets(self, ent: Span) -> int | None:
        """The person a name in brackets right after another person's name is the other
        form of (rule name-in-brackets): `Ghjuvan Petru Casanova (Jean-Pierre Casanova),
        47, filmed it`, a name given in two languages, is one person, named by the first
        form the article goes on to use; None when the words before the brackets are no
        person's name the index holds, or the bracket holds one word or capitals only (a
        party's tag: `Sammy Reed (DUP)`), unless the text uses that word again as a name
        (rule nickname-in-brackets, :mod:`quotes.bracket_nicknames`: `Wiroj Saengsuwan
        (Tong)` … `Tong said`)."""
        doc = self.doc
        if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(":
            return None
        if doc[ent.end].text != ")":
            return None
        first = entity_at(doc[ent.start - 2])
        if first is None or first.label_ != "PERSON":
            return None
        if (len(ent) < 2 or ent.text.isupper()) and not nickname_in_brackets(ent):
            return None
        k = bisect_left(self.timeline, (first.start, -1))
        if k < len(self.timeline) and self.timeline[k][0] == first.start:
            return self.timeline[k][1]
        return None

    def _called_by(self, ent: Span) -> int | None:
        """The person a name is the one others call them by (rule called-name,
        :func:`~quotes.nicknames.called_names`): `Mama Mariam` in and after `Mariam
        Oyelaran-Pike, 71, whom everyone in the village calls Mama Mariam,`, so that
        `"…," Mama Mariam says` and a `she` after it are Mariam Oyelaran-Pike; None for
        other names."""
        named = self._called_names.get(tuple(t.lower_ for t in ent))
        if named is None or named.start >= ent.start:
            return None
        return self.person_at(named)

    def person_at(self, span: Span) -> int | None:
        """The person whose mention in the timeline opens inside `span`, if any."""
        k = bisect_left(self.timeline, (span.start, -1))
        at = [p for j, p in self.timeline[k : k + 1] if span.start <= j < span.end]
        return at[0] if at else None

    def _born_as(self, ent: Span) -> int | None:
        """The person a name is the birth name of (rule born-name), named before `born`
        or before the role it is set beside: `Adaeze Okonkwo-Bello` in `The singer Dazé,
        born Adaeze Okonkwo-Bello, told …` or `Dapo Sixx, the rapper born Oladapo Bankole,
        won …`, so that `Dazé said` is Adaeze Okonkwo-Bello; None for other names."""
        born = ent.root.head
        if ent.root.dep_ != "dobj" or born.lower_ != "born" or born.dep_ != "acl":
            return None
        named = born.head.head if born.head.dep_ == "appos" else born.head
        if named.pos_ != "PROPN":
            return None
        return self.person_at(mention_span(named))

    def _given_not_title(self) -> None:
        """`Col Henderson tips another bag …` ¶ `Mr Henderson says …`: a word that is a
        title and a given name, without a full stop, before a surname alone
        (:func:`~quotes.name_spans.title_or_given_before`) is the person's given name
        when the text gives them no other (not `Col Tom Henderson` … `Col Henderson`)."""
        for index, word, end in self._title_or_given:
            person = self.people[index]
            if person.given is None:
                person.name = self.doc[word.i : end].text
                person.given = name_parts(person.name)[0]
                person.titles.discard(word.lower_)

    def _given_before_nickname(self) -> None:
        """`Marlon "The Ferryman" Oduya won …`: the given name before a nickname set
        inside a name in quotation marks is the given name of the person the surname
        after it names, when the text gives them no other (the marks split the name into
        two runs, and the surname alone would be the canonical name); the person is
        added when no entity holds the surname."""
        for i, (surname, _) in self._inside:
            name = f"{self.doc[i - 1].text} {surname.text}"
            k = bisect_left(self.timeline, (surname.start, -1))
            at = [p for j, p in self.timeline[k : k + 1] if surname.start <= j < surname.end]
            if at:
                self.fuller(at[0], name)
                continue
            # no entity holds the surname (the sentence was left unparsed): the person
            # as the two runs name them, unless the text names them elsewhere
            index = self._find(name, surname.start)
            if index is None:
                given, key = name_parts(name)
                index = self._new_person(Person(name, key, given=given))
            self._mentioned(surname.start, index)


def _gender_before(ent: Span) -> str | None:
    """The gender a noun right before a name tells, or before the comma that sets the
    name off (`whose son Tobi, 19, died …`, `whose mother, Joan, 88, waited …`: a `he`
    after it is then not Tobi nor Joan); None when none does."""
    doc, at = ent.doc, ent.start - 1
    if at > 0 and doc[at].text == ",":
        at -= 1
    return noun_gender(doc[at].lower_) if at >= 0 else None


def _after_particle(last: Token) -> bool:
    """Whether a name's last word follows a particle of the name (`Taleb` in `Sidi
    Mohamed Ould Taleb`, which the tagger may read as a preposition: rule
    surname-after-particle of :mod:`quotes.proper_runs`)."""
    return last.is_title and last.i > 0 and last.doc[last.i - 1].lower_ in PARTICLES


def _one_surname(tokens: list[Token]) -> bool:
    """Whether a name's words are one surname: one word, or parts joined by hyphens with
    no space (`Henderson`, `Adjei-Mensah`)."""
    return all(t.text not in HYPHENS for t in tokens[::2]) and all(
        inner_hyphen(t) for t in tokens[1::2]
    )
