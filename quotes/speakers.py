"""Resolve speaker mentions to one canonical name per person within a document.

No coreference model runs offline here, so these are rules a careful reader uses:
a surname or a titled name points to the fullest form of that name in the text,
`he`/`she` to the nearest person before it whose gender fits, `who` to the noun
it modifies, and `the president` to the person the text gave that title.
Organisations, countries and unnamed sources (`a source`) stay as written.

This module decides what kind of mention a speaker is and so which step resolves it:
:meth:`SpeakerResolver.resolve` is the sequence a mention goes through (a pronoun, a
description with a name set beside it, a work, a body's description
(:mod:`quotes.body_mentions`), a title or a role (:mod:`quotes.title_mentions`, a
record's label by :mod:`quotes.label_holders`), a name (:mod:`quotes.name_mentions`), a
description). The people it can mean are indexed by :mod:`quotes.person_index` (names,
gender from :mod:`quotes.genders`, name words from :mod:`quotes.name_spans`), the bodies
and groups that `it`, `they` and `the company` stand for by :mod:`quotes.bodies`, the one
person a description (`the prosecutor`, `the 61-year-old`, `the witness`) stands for by
:mod:`quotes.described`, and the one a story's lead describes before naming (`A former
bookkeeper testified …`) by :mod:`quotes.leads`; a name set beside a description is found
by :mod:`quotes.appositions`, the name closing a role's phrase (`Opposition whip Raj
Patel`) by :mod:`quotes.role_names`, a nickname the text gave by :mod:`quotes.nicknames`,
what a description's own words say (its age, its kind) by :mod:`quotes.descriptions`, and who a
work (`the report`) speaks for by :mod:`quotes.works` (and the maker of the work an
opening `It` stands for by :mod:`quotes.work_makers`).
A `who` or `which` speaker stands for the noun its clause hangs on, or the person
the parse hung it past (:mod:`quotes.relative_referents`).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quotes.according_names import according_body_source, according_set_off
from quotes.acronym_names import is_acronym
from quotes.ages import described_age
from quotes.appositions import appositive_name, name_before_brackets, subject_name
from quotes.bench_courts import bench_mention, court_named
from quotes.body_mentions import person_office
from quotes.described import is_focus_word
from quotes.descriptions import indefinite_office, is_definite
from quotes.document_parts import document_of_part
from quotes.foreign_body_names import foreign_joined_name, romance_opening
from quotes.former_offices import former_office
from quotes.genders import PLURAL_PRONOUNS, RELATIVE_PRONOUNS, pronoun_gender
from quotes.kind_beside import body_beside
from quotes.mentions import mention_span, name_head
from quotes.name_spans import name_tokens
from quotes.name_starts import holder_in_portfolio
from quotes.names_given import description_name
from quotes.nicknames import at_handle, is_handle, nicknamed, nicknames
from quotes.opening_descriptions import opening_description
from quotes.page_lines import headline
from quotes.parse_links import relative_clause
from quotes.person_lookups import named_before_generation
from quotes.relative_referents import person_of_place
from quotes.role_names import name_after_role, name_closing_titles
from quotes.self_names import introduced_in_quote, named_in_clause, self_named
from quotes.set_off_names import name_set_off
from quotes.they_them import they_them_people
from quotes.title_mentions import TitleMentions
from quotes.unnamed import UnnamedSources, described_source
from quotes.work_makers import it_work_maker, work_before
from quotes.works import work_maker


class SpeakerResolver(TitleMentions):
    """Resolves mentions in one document; call in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: The people the text gives a quoted nickname (:func:`nicknames`), found on first
        #: use: a walk over every token, not to be repeated for each name resolved.
        self._nicknames: list[tuple[Span, list[str]]] | None = None
        #: The mentions being resolved, outermost first: a step that names a mention by
        #: another (`The head of the PAC, Mike Murphy`) resolves that one in turn, and a
        #: parse that leads back to a mention already on the way resolves to nothing
        #: rather than round and round.
        self._resolving: list[tuple[int, int]] = []
        #: The unnamed sources heard so far, for a `the source` after `a source …`.
        self._unnamed = UnnamedSources()
        #: The first tokens of the sentences read for an opening description
        #: (:meth:`note_opening_descriptions`), each read once.
        self._openings_read: set[int] = set()
        #: The people the text says use they/them (rule they-them-person),
        #: found at the first `they` no group stands for.
        self._they_them: set[int] | None = None

    def resolve(
        self, mention: Span, said: tuple[int, int] | None = None, answered: str | None = None
    ) -> str | None:
        """The canonical name for a speaker mention, or None when it cannot be told;
        `said` is the character span of what the mention says, whose names a pronoun
        speaker does not stand for (:meth:`_pronoun`), and `answered` the one a reply
        answers, whom its `he` or `she` is not. A group or body resolved is
        remembered for a `they` after it (:meth:`~quotes.bodies.BodyIndex.they`)."""
        head = name_head(mention)
        if head.lower_ in PLURAL_PRONOUNS and head.pos_ == "PRON":
            return self.they(head) or self._they_person(head, said)
        if (mention.start, mention.end) in self._resolving:
            return None
        self._resolving.append((mention.start, mention.end))
        try:
            name = self._resolve(mention, said, answered)
        finally:
            self._resolving.pop()
        self.note_group(mention, name)
        self.note_body(mention, name)
        return name

    def resolve_called(self, mention: Span) -> str | None:
        """Rule addressee-not-speaker: the name a quote calls out (`"…, you're welcome,
        Townsville."`), resolved as :meth:`resolve` resolves any mention but noted as no
        body or group that has spoken, as being addressed is not speaking: the `it` or
        `the company` after it stands for the one who spoke, never the town called."""
        spoke = (len(self.bodies), self._body_spoke, self._group, self._described_spoke)
        try:
            return self.resolve(mention)
        finally:
            del self.bodies[spoke[0] :]
            self._body_spoke, self._group, self._described_spoke = spoke[1:]

    def _they_person(self, they: Token, said: tuple[int, int] | None) -> str | None:
        """Rule they-them-person (:mod:`quotes.they_them`): the person in focus at a
        subject `they`, when the text said that person uses they/them; None otherwise,
        or when the text said it of no one."""
        if they.lower_ != "they":
            return None
        if self._they_them is None:
            self._they_them = {
                index
                for name in they_them_people(self.doc)
                if (index := self.person_at(name)) is not None
            }
        if not self._they_them:
            return None
        focus = self._pronoun(they.i, None, said, person=True)
        return focus if focus in {self.people[k].name for k in self._they_them} else None

    def _resolve(
        self, mention: Span, said: tuple[int, int] | None, answered: str | None = None
    ) -> str | None:
        """The steps of :meth:`resolve`, one mention's."""
        head = name_head(mention)
        lower = head.lower_
        document = document_of_part(head)
        if document is not None:
            # `Paragraph 4 of the communiqué reads: …`: the document's speaker (rule
            # part-of-document)
            return self.resolve(mention_span(document), said)
        if lower in RELATIVE_PRONOUNS and (clause := relative_clause(head.head)) is not None:
            noun = person_of_place(head, clause.head)
            return self.resolve(mention_span(noun), said) or noun.text
        if (gender := pronoun_gender(lower)) is not None:
            self.note_opening_descriptions(head.i, said)
            return self._pronoun(head.i, gender, said, other_than=answered)
        if head.pos_ == "PRON" and not at_handle(head):
            return self._it(head, said) if lower == "it" else None
        if bench_mention(mention, head) and (court := court_named(self.doc)) is not None:
            # rule bench-for-court: `The Bench said …`, `Three judges held …`
            return self.organisation(list(court))
        first = next((t.i for t in mention if t.pos_ != "DET"), head.i)
        if foreign_joined_name(self.doc, first, mention.end):
            # rule foreign-joined-body: `The Instituut voor Zorgbeoordeling found …`,
            # which the parse may head with `voor` and hang `Zorgbeoordeling` beside
            return self.organisation(name_tokens(self.doc[first : mention.end]))
        if self._nicknames is None and (head.pos_ == "PROPN" or is_handle(mention)):
            self._nicknames = nicknames(self.doc, self.nicknames_inside + self.called)
        named = (
            nicknamed(mention, self._nicknames or [])
            or appositive_name(head)
            or name_before_brackets(mention)
            or name_after_role(mention)
            or according_set_off(mention)
            or according_body_source(mention)
            or name_closing_titles(mention)
            or subject_name(head)
            or named_before_generation(head)
            or named_in_clause(head)
            or self_named(mention)
            or holder_in_portfolio(head)
            or description_name(head)
        )
        if named is not None:
            # `The head of the super PAC, Mike Murphy, praised …`
            return self.resolve(named)
        named = name_set_off(mention)
        if named is not None:
            # `The rapporteur, Senator Ana dos Reis Prado, told …`: the name as written
            # when the parse of it leads nowhere
            return self.resolve(named) or named.text
        if len(mention) == 1 and at_handle(head):
            # `@harbour_watch replied: …`: the poster's handle as written, no body's name
            # that a `the company` after it could stand for (rule at-handle-no-pronoun)
            return head.text
        if person_office(mention, head):
            # `Her office said …` is hers, not a `Housing Statistics Office` named later
            return described_source(mention)
        beside = body_beside(head) if is_definite(head) else None
        if beside is not None and not self._personal(list(beside)):
            # `the agency said` after `her agency, Brightwater Talent, said`
            return self.organisation(list(beside))
        maker = work_maker(head)
        if maker is not None:
            # `according to a new tally by the Press Association`; `His manifesto
            # promises …` is the man's, when the text says who he is
            made_by = self.resolve(mention_span(maker))
            if made_by is not None or maker.pos_ != "PRON":
                return made_by
        elif (body := self._work_body(head)) is not None:
            # `Its post claimed …`, `The report said …`: a work with no maker named
            return body
        body = self._body_described(mention, head)
        if body is not None:
            # `the company said`, `Police said`, `Inspectors found`: a body described
            return body
        if is_focus_word(head) and is_definite(head):
            # `the Spaniard said`, whatever the tagger makes of a capitalised noun
            return self.by_standing(head, said) or mention.text
        if indefinite_office(mention):
            # `A Leeds MP said …`, an unnamed source, lower-case (rule indefinite-office)
            return mention.text[:1].lower() + mention.text[1:]
        tokens = name_tokens(mention)
        first = next((t for t in mention if t.pos_ != "DET"), head)  # after its article
        titled = self._titled(mention, head, tokens, first)
        if titled is not None:
            # `The Prime Minister replied …`, `LAUNCH CONDUCTOR:`: a title or a role
            return titled
        if tokens and (
            (head.pos_ == "PROPN" and not _lower_case_role(mention, tokens))
            or (len(mention.text) > 1 and mention.text.isupper())
            or is_acronym(head.text)  # rule acronym-after-article: `The HHSA said`
            or self._known_surname(tokens)
        ):
            return self._by_name(mention, tokens)
        if first.i + 2 < mention.end and romance_opening(self.doc, first.i):
            # `according to the Syndicat des travailleurs …`: a body's name in a Romance
            # language, in lower case after its first word, whose head the parse made a noun
            return self.organisation(name_tokens(self.doc[first.i : mention.end]))
        if head.pos_ in ("NOUN", "ADJ") or head.is_lower:
            titled = (
                self._by_title(head)
                or self._described(head)
                or self._named_next(head)
                or self.lead_role_named_later(head)
                or self._lead_description(head)
                or self._lead_body(head)
                or self._former_holder(head)
            )
            if titled:
                return titled
        introduced = introduced_in_quote(self.doc, said) if head.pos_ == "NOUN" else None
        if introduced is not None:
            # `The first speaker began: "My name is Nadine Okafor, and …"`
            return self.resolve(introduced) or introduced.text
        earlier = self._unnamed.earlier(head)
        if earlier is not None:
            # `the source added` after `A source close to the prime minister said …`
            return earlier
        # `A spokesman for the council said …`: an unnamed source, as its description
        described = described_source(mention)
        if not headline(self.text, mention.start_char):
            # rule headline-description-unheard: `Aarhus dairy recalls skyr` over the
            # story is no source a later `the dairy` is, the story names the dairy
            self._unnamed.note(head, described)
        return described

    def _former_holder(self, head: Token) -> str | None:
        """Rule former-office-in-focus (:mod:`quotes.former_offices`): `the former
        attorney general said` → the person in focus, when the text gave that office to no
        one; None otherwise."""
        if not former_office(head, self.people):
            return None
        return self._pronoun(head.i, None, person=True)

    def note_opening_descriptions(self, at: int, said: tuple[int, int] | None) -> None:
        """Rule description-opens-sentence (:mod:`quotes.opening_descriptions`): note each
        sentence a `he` or `she` at `at` looks back over (its own and the one before,
        :meth:`~quotes.person_focus.PersonFocus.recent_start`) that opens with a definite
        description as its subject as a subject mention of the one person the description
        stands for: `Mateo Silva was left out after a row with his manager, Jorge
        Pinto. The 31-year-old trained alone.` ¶ `"…," he said` is Silva, not Pinto.
        A sentence inside a quote, a description that stands for no one person, and a
        description already noted as a mention (a speaker's) are left alone."""
        doc = self.doc
        i = self.recent_start(at, said)
        while i < at:
            sent = doc[i].sent
            i = sent.end
            if sent.start in self._openings_read:
                continue
            self._openings_read.add(sent.start)
            head = opening_description(sent)
            if head is None or self._in_quote(sent.start):
                continue
            index = self.index_of(self._opening_referent(head))
            k = bisect_left(self.timeline, (sent.start, -1))
            if index is None or (k < len(self.timeline) and self.timeline[k][0] <= head.i):
                continue
            self._mentioned(sent.start, index)
            self.subjects.add(sent.start)

    def _opening_referent(self, head: Token) -> str | None:
        """The one person a description that opens a sentence stands for: by its age
        (`the 23-year-old`), its standing (`the veteran`, `the Spaniard`) or the role or
        title the text gave one person (`the striker`, `the general`)."""
        age = described_age(head)
        if age is not None:
            return self.by_age(head, age)
        if is_focus_word(head):
            return self.by_standing(head)
        # a role by its lemma, which a sentence left unparsed does not give
        return (self._by_role(head) if head.lemma_ else None) or self._by_title(head)

    def _it(self, it: Token, said: tuple[int, int] | None) -> str | None:
        """An `it` speaker: the maker of the work the sentence before shows, when the text
        gives one by a possessive or a clause of making (`Her first entry is dated March
        3. It reads: …`, :func:`~quotes.work_makers.it_work_maker`), resolved as any
        mention is; else the body it stands for (:meth:`~quotes.bodies.BodyIndex.it_body`)."""
        maker = it_work_maker(it)
        if maker is not None and (made_by := self.resolve(mention_span(maker), said)):
            return made_by
        work = work_before(it)
        if work is not None and (body := self.unsigned_body(work)):
            # `The bulletin was published at 4pm. It reads: …`: the body before that
            return body
        return self.it_body(it)


def _lower_case_role(mention: Span, tokens: list[Token]) -> bool:
    """Rule lower-case-propn-role: whether a mention after `the` is two or more words in
    lower case, a role or a body's kind the tagger read as a name (`the directeur sportif
    said`, `the trade ministry said`); one word stays a name's (`the garda`, `the
    bashkan`, read as the one who holds the office)."""
    return len(tokens) > 1 and mention[0].lower_ == "the" and all(t.is_lower for t in tokens)
