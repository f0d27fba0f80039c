"""Who a story's lead describes before naming them: the person or body the next
sentences name.

A delayed-identification lead opens with a description (`A former bookkeeper testified
…`, `An international aid group has warned …`, `…, a study suggests.`) and names its
bearer in the sentences after (`Desmond Okri, 52, testified …`, `Hearth International
said …`). :class:`LeadIndex` reads such a description once the descriptions of
:class:`quotes.described.DescribedIndex` found no one the text gave it before;
:class:`quotes.speakers.SpeakerResolver` builds on it. The body a lead describes is
found from who speaks first after it by :mod:`quotes.lead_bodies`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.articles import INDEFINITE
from quotes.described import LEAD_REACH, DescribedIndex
from quotes.genders import pronoun_gender
from quotes.language import word_list
from quotes.lead_bodies import body_of, first_speaker, introduced_next, set_off_post, speaks_in
from quotes.lead_roles import role_holder_later
from quotes.mentions import mention_span
from quotes.name_spans import name_tokens
from quotes.named_later import introduces, later_sentences, set_off_name
from quotes.names import ORG_KINDS
from quotes.research_groups import later_group_place
from quotes.source_words import COMPANY_WORDS
from quotes.work_authors import author, authored_work
from quotes.written_names import OVERSEEING, kind_fits, proper_name

#: Nouns that describe a person (`a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")
#: Offices a story's first sentence may describe a person by (`A former minister says …`).
_LEAD_OFFICES = word_list("lead-offices")
#: Words that put an official at the top of a place or body (`most senior`, `top`).
_TOP_OFFICIAL_WORDS = word_list("top-official-words")
#: Possessives that are a body's, not a person's (`its`, `their`).
_BODY_POSSESSIVES = word_list("body-possessives")
#: Descriptions of a body that oversees firms (`the regulator`), whatever its name's kind.
#: Nouns for a body that say no kind of it (`the body building the dam`).
_GENERAL_BODIES = word_list("general-body-nouns")


class LeadIndex(DescribedIndex):
    """:class:`~quotes.described.DescribedIndex` with the descriptions of a story's lead
    read as the person or body the next sentences name; fed in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: Index of the first full stop, `!` or `?`: the lead sentence ends there.
        self._first_stop: int | None = None

    def _lead_end(self) -> int:
        """The index of the first full stop, `!` or `?` (where the lead sentence ends; a
        headline or dateline has none), found on first use."""
        if self._first_stop is None:
            ends = (t.i for t in self.doc if t.text in (".", "!", "?"))
            self._first_stop = next(ends, len(self.doc))
        return self._first_stop

    def lead_role_named_later(self, head: Token) -> str | None:
        """Rule lead-role-named-later (:mod:`quotes.lead_roles`): `…, a prosecutor told
        the court.` in a story's lead (its first sentence) → the one person the story
        later names as a prosecutor; None elsewhere, or when none or several."""
        if head.i > self._lead_end():
            return None
        person = role_holder_later(head, self.timeline, self.people)
        return None if person is None else self.people[person].name

    def _lead_description(self, head: Token) -> str | None:
        """`A former bookkeeper testified …`, `A former minister says in her memoir …` in
        a story's first sentence (the lead; a headline or dateline has no full stop), or
        before the story has named anyone (`The county's director of public health said
        …` after a paragraph about a measles outbreak): the person the next sentences
        name as a subject (`Desmond Okri, 52, testified …`), as a delayed-identification
        lead has it, who takes the role for later descriptions (`the former
        bookkeeper`), never a name that is a body's (rule role-no-body,
        :meth:`~quotes.focus_filters.FocusFilters.body_named`). A plural describes many,
        never the one person named next (`Residents of Molepolole say …`)."""
        role = head.lemma_.lower()
        if head.tag_ in ("NNS", "NNPS"):
            return None
        if (
            role not in _PERSON_ROLES and role not in _LEAD_OFFICES and not _top_official(head)
        ) or not any(
            (c.dep_ == "det" and c.lower_ in INDEFINITE)
            or _of_a_body(c)
            or _office_of(c)
            or _place_before(c)
            for c in head.children
        ):
            return None
        if self._lead_end() < head.sent.start and any(
            i < head.i and not self.people[p].unnamed for i, p in self.timeline
        ):
            return None
        gender = _lead_gender(head)
        after = [
            p
            for i, p in self.timeline
            if head.i < i <= head.i + LEAD_REACH
            and i in self.subjects
            and not self.people[p].unnamed
            and not self.body_named(p)  # rule role-no-body: `Leeds City Council said …`
            and (gender is None or self.people[p].gender in (None, gender))
        ]
        if not after:
            return None
        person = self.people[after[0]]
        person.roles.add(role)
        return person.name

    def _named_next(self, head: Token) -> str | None:
        """Rule description-named-next: a description that speaks (`A senior doctor in
        the department told a local newspaper that …`, `The head of a primary school said
        …`) stands for the person the next sentence names beside the same noun as its
        subject (`The doctor, Mart Kask, said …`, `The head teacher, Rafael Moreno, said
        …`), wherever in the story it comes: the writer names the one described; and a
        body's kind so described stands for the body named beside it (`The union, the
        Sindicat Docent, said …`). Only a singular noun, and only the next sentence's
        subject set off with a name; a description with `a` or `an` looks further, to the
        first later sentence that names it so (rule description-named-later,
        :meth:`_named_later`)."""
        if head.tag_ != "NN":
            return None
        sent = head.sent
        if sent.end >= len(self.doc):
            return None
        if introduces(head):
            later = self._named_later(head)
            if later is not None:
                return later
        for subject in self.doc[sent.end].sent:
            if subject.dep_ != "nsubj" or not _same_noun(subject, head):
                continue
            named = next((c for c in subject.rights if c.dep_ == "appos"), None)
            if named is None or not any(c.lower_ == "the" for c in subject.lefts):
                return None
            if named.ent_type_ == "PERSON":
                person = self.person_at(self.doc[named.left_edge.i : named.i + 1])
                if person is not None:
                    return self.people[person].name
            elif named.pos_ == "PROPN" and head.lemma_.lower() in ORG_KINDS:
                # `The union, the Sindicat Docent, said …` after `The largest teachers'
                # union in the region warned …`
                return self.organisation(name_tokens(mention_span(named)))
            return None
        return None

    def _named_later(self, head: Token) -> str | None:
        """Rule description-named-later (:mod:`quotes.named_later`): `A senior coast
        guard official said …` stands for the person a later sentence names as the
        subject `The official, Commander Ana Ruiz,`, paragraphs on; None when no later
        subject takes up the noun so, or its name is no person the index holds."""
        for sent in later_sentences(head):
            named = set_off_name(sent, head, _same_noun)
            if named is None:
                continue
            if named.ent_type_ != "PERSON":
                return None
            person = self.person_at(self.doc[named.left_edge.i : named.i + 1])
            return None if person is None else self.people[person].name
        return None

    def _lead_body(self, head: Token) -> str | None:
        """A body or a work that a story's lead describes before naming it (`An
        international aid group has warned …`, `…, the mine's operator said.`, `…, a
        study suggests.`, `…, according to an internal memo seen by the Courier.`): the
        one the next sentences let speak first, when that is a body (`Hearth
        International said`, `A spokeswoman for Isles Ferries said`, `the University of
        Eastmere claimed`) whose name fits the description's kind (rule
        lead-body-of-kind, :func:`~quotes.written_names.kind_fits`), for a study the body
        the next sentences place its researchers at
        (:func:`~quotes.research_groups.later_group_place`), or for a work anyone who
        speaks in it (`In the memo, …, X wrote …`,
        :func:`~quotes.lead_bodies.speaks_in`); None elsewhere, or when the first to speak
        is another person or no one (:func:`~quotes.lead_bodies.first_speaker`)."""
        work = authored_work(head)
        if not (work or head.lower_ in ORG_KINDS or head.lower_ in COMPANY_WORDS):
            return None
        if work and author(head) is not None:
            return None  # `a trial led by researchers at …` names its maker
        if head.i > self._lead_end():
            return None
        place = later_group_place(head, LEAD_REACH) if work else None
        if place is not None:
            # `…, according to a study published on Wednesday.` ¶ `Researchers at the
            # University of Calderbrook counted …`: the body its makers work at
            return self.resolve(mention_span(place))
        introduced = introduced_next(head) if not work else None
        if introduced is not None:
            return self.organisation(introduced)
        speaker = first_speaker(head, self.text)
        if speaker is None:
            return None
        body = body_of(speaker)
        if (
            body is not None
            and not self._no_body(body)
            and not set_off_post(speaker)
            and (head.lower_ in OVERSEEING or kind_fits(head.lower_, proper_name(body)))
        ):
            # rule lead-body-of-kind: `…, the police said.` ¶ `The Avalanche Institute
            # forecast …` is no institute's, a body of another kind than the lead's; a
            # regulator may be named as any body is (`X Competition Commission`)
            return self.organisation(body)
        if not work or speaker.pos_ == "PRON" or not speaks_in(speaker, head):
            return None
        return self.resolve(mention_span(speaker))


def _lead_gender(head: Token) -> str | None:
    """Rule lead-description-gender: the gender the subject pronoun of the clause the
    description reports gives it (`A shop worker … has told the court she never saw the
    man's face`), which the person named next must not clash with (`Rawiri Te Huia, 24,
    denies murder` is the defendant, not the shop worker); None when that clause's
    subject is no `he` or `she` (`A coroner has found that an apprentice would have
    lived if he …`)."""
    genders = {
        pronoun_gender(t.text)
        for t in head.doc[head.i + 1 : head.sent.end]
        if t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i == head.head.i
    }
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None
def _office_of(child: Token) -> bool:
    """Whether a description's `of` phrase names the body whose office it is: `The
    leader of the party that came second said …`, `The head of the national council of
    chiefs said …` (a kind of body, :data:`~quotes.names.ORG_KINDS`, or a proper noun),
    `The head of the body building the dam has told …` (rule office-of-a-body: a body of
    no kind, :data:`_GENERAL_BODIES`); not `the mother of the girl`."""
    if child.dep_ != "prep" or child.lower_ != "of":
        return False
    body = next((c for c in child.children if c.dep_ == "pobj"), None)
    return body is not None and (
        body.lower_ in ORG_KINDS or body.lower_ in _GENERAL_BODIES or body.pos_ == "PROPN"
    )


def _top_official(head: Token) -> bool:
    """Rule top-official-lead: whether an `official` is the one at the top of a place or
    a body, an office held by one person (`Northern Ireland's most senior health
    official has told …`, then `Ciarán X, permanent secretary, …`): `most senior` or
    `top` before the noun (:data:`_TOP_OFFICIAL_WORDS`), as an unnamed `a senior
    official` is not."""
    return head.lower_ == "official" and any(
        c.dep_ == "amod"
        and (c.lower_ in _TOP_OFFICIAL_WORDS
             or any(a.lower_ == "most" for a in c.children if a.dep_ == "advmod"))
        for c in head.children
    )


def _place_before(child: Token) -> bool:
    """Whether a description's office is a named place's or body's, written before it:
    `The Solomon Islands fisheries minister told …` (a proper noun, no person's, hung on
    the office as a compound), as `England's chief medical officer` is with `'s`."""
    return child.dep_ == "compound" and child.pos_ == "PROPN" and child.ent_type_ != "PERSON"


def _of_a_body(child: Token) -> bool:
    """Whether a description's possessive is a body's or a place's, not a person's: `its`
    or `their` (`its medical director has said`), or a noun with `'s` (`the county's
    director`), or a proper noun with `'s` that names no person (`England's chief medical
    officer`)."""
    if child.dep_ != "poss":
        return False
    owned = any(c.tag_ == "POS" for c in child.children)
    return child.lower_ in _BODY_POSSESSIVES or (
        owned and (child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.ent_type_ != "PERSON"))
    )


def _same_noun(subject: Token, head: Token) -> bool:
    """Whether a subject names the noun a description is headed by, alone or in a
    compound (`the doctor` for `a senior doctor`, `the head teacher` for `the head of a
    school`, `the detective` for `a senior detective`)."""
    lemma = head.lemma_.lower()
    words = [subject, *(c for c in subject.lefts if c.dep_ == "compound")]
    return any(w.lemma_.lower() == lemma for w in words)
