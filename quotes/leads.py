"""Who a story's lead describes before naming them: the person or body the next
sentences name.

A delayed-identification lead opens with a description (`A former bookkeeper testified
…`, `An international aid group has warned …`, `…, a study suggests.`) and names its
bearer in the sentences after (`Desmond Okri, 52, testified …`, `Hearth International
said …`). :class:`LeadIndex` reads such a description once the descriptions of
:class:`quotes.described.DescribedIndex` found no one the text gave it before;
:class:`quotes.speakers.SpeakerResolver` builds on it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas
from quotes.described import LEAD_REACH, DescribedIndex
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_spans import TITLES, name_tokens
from quotes.names import ORG_KINDS
from quotes.page_lines import notice
from quotes.research_groups import later_group_place
from quotes.work_authors import author, authored_work

#: Nouns that describe a person (`a former bookkeeper`).
_PERSON_ROLES = word_list("person-roles")
#: Offices a story's first sentence may describe a person by (`A former minister says …`).
_LEAD_OFFICES = word_list("lead-offices")
#: Descriptions that stand for the one business that has spoken (`the company said`).
_COMPANY_WORDS = word_list("company-words")
#: Nouns that describe a business (`start-up`, `manufacturer`), set off after its name.
_BUSINESS_WORDS = word_list("business-descriptions")
#: Verbs by which a person leads a body (`who chairs the Friends of Tanner's Yard`).
_LEADING = word_list("leading-verbs")
#: Articles of a role a lead gives a person (`a former bookkeeper`).
_INDEFINITE = word_list("indefinite-articles")
#: Prepositions between a spokesperson and their body (`a spokeswoman for …`).
_VOICE_PREPOSITIONS = word_list("voice-prepositions")
#: Lower-case words inside the name of a body a person leads (`the Bank of England`).
_LED_BODY_WORDS = word_list("led-body-words")
#: Possessives that are a body's, not a person's (`its`, `their`).
_BODY_POSSESSIVES = word_list("body-possessives")
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

    def _lead_description(self, head: Token) -> str | None:
        """`A former bookkeeper testified …`, `A former minister says in her memoir …` in
        a story's first sentence (the lead; a headline or dateline has no full stop), or
        before the story has named anyone (`The county's director of public health said
        …` after a paragraph about a measles outbreak): the person the next sentences
        name as a subject (`Desmond Okri, 52, testified …`), as a delayed-identification
        lead has it, who takes the role for later descriptions (`the former
        bookkeeper`). A plural describes many, never the one person named next
        (`Residents of Molepolole say …`)."""
        role = head.lemma_.lower()
        if head.tag_ in ("NNS", "NNPS"):
            return None
        if (role not in _PERSON_ROLES and role not in _LEAD_OFFICES) or not any(
            (c.dep_ == "det" and c.lower_ in _INDEFINITE)
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
        after = [
            p
            for i, p in self.timeline
            if head.i < i <= head.i + LEAD_REACH
            and i in self.subjects
            and not self.people[p].unnamed
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
        subject set off with a name."""
        if head.tag_ != "NN":
            return None
        sent = head.sent
        if sent.end >= len(self.doc):
            return None
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

    def _lead_body(self, head: Token) -> str | None:
        """A body or a work that a story's lead describes before naming it (`An
        international aid group has warned …`, `…, the mine's operator said.`, `…, a
        study suggests.`, `…, according to an internal memo seen by the Courier.`): the
        one the next sentences let speak first, when that is a body (`Hearth
        International said`, `A spokeswoman for Isles Ferries said`, `the University of
        Eastmere claimed`), for a study the body the next sentences place its
        researchers at (:func:`~quotes.research_groups.later_group_place`), or for a work anyone
        who speaks in it (`In the memo, …, X wrote …`, :func:`_speaks_in`); None
        elsewhere, or when the first to speak is another person or no one
        (:func:`_first_speaker`)."""
        work = authored_work(head)
        if not (work or head.lower_ in ORG_KINDS or head.lower_ in _COMPANY_WORDS):
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
        speaker = _first_speaker(head, self.text)
        if speaker is None:
            return None
        body = _body_of(speaker)
        if body is not None and not self._no_body(body) and not _set_off_post(speaker):
            return self.organisation(body)
        if not work or speaker.pos_ == "PRON" or not _speaks_in(speaker, head):
            return None
        return self.resolve(mention_span(speaker))


def _first_speaker(head: Token, text: str) -> Token | None:
    """The subject of the first speech verb in the sentences after a lead's description
    (within :data:`LEAD_REACH` tokens): `Hearth International` in `In a report
    published on Monday, Hearth International said …`, not in a publication's notice
    about itself (:func:`~quotes.page_lines.notice`); None when none. `text` is the
    doc's text, joined once by the caller (spaCy joins `doc.text` anew on each call,
    which made a list of thousands of leads quadratic)."""
    doc = head.doc
    for token in doc[head.sent.end : min(len(doc), head.i + LEAD_REACH)]:
        verb = token.head
        if (
            token.dep_ == "nsubj"
            and verb.lemma_.lower() in cue_lemmas()
            and cue_class(verb) == "speech"
            and not token.is_quote
            and not notice(text, token.idx)  # `Correction: an earlier post said …`
        ):
            return token
    return None


def _speaks_in(subject: Token, work: Token) -> bool:
    """Whether a subject speaks in a work of the same kind, its sentence opening with
    it: `In the memo, sent on Monday, X wrote …` (read from the words: the parse may
    hang the `in` phrase on the subject)."""
    opening = list(subject.sent[:4])
    return bool(opening) and opening[0].lower_ == "in" and any(
        t.lemma_ == work.lemma_ for t in opening[1:]
    )


def _body_of(subject: Token) -> list[Token] | None:
    """The words of the body a speaker's subject names: its own name when that is no
    person's (`Tesvaro Copper said`), the body of a spokesperson (`A spokeswoman for
    Isles Ferries said`) or the one a person leads (:func:`_led_body`); None for a
    person or a body it does not name."""
    if subject.pos_ == "NOUN" and subject.is_title and not subject.is_sent_start:
        return _body_words(subject)  # `Tesvaro Copper said`, the name's head a noun
    if subject.pos_ == "NOUN":
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in _VOICE_PREPOSITIONS:
                named = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if named is not None and named.pos_ == "PROPN":
                    return _body_words(named)
        return None
    if subject.pos_ != "PROPN":
        return None
    return _led_body(subject) or _body_words(subject)


def _set_off_post(subject: Token) -> bool:
    """Rule lead-body-no-person: whether a name is set off by a description of a
    person's post, a noun beside it that is no kind of organisation or business
    (`Sonam Wangdi, head of the truckers' union,` is a person whatever the given name;
    `Hearth International, an aid group,` and `Voltaro, a Lisbon start-up,` are
    bodies), so that a lead's `the transport ministry` is not taken for that name."""
    # shape: <Name>, <post> of … , said (`Sonam Wangdi, head of the drivers' union,`)
    return subject.pos_ == "PROPN" and any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.lower_ not in ORG_KINDS
        and c.lower_ not in _COMPANY_WORDS
        and c.lower_ not in _BUSINESS_WORDS
        and not any(t.lower_ in _BUSINESS_WORDS for t in c.lefts)
        for c in subject.children
    )


def _led_body(subject: Token) -> list[Token] | None:
    """The words of the body a person's relative clause says they lead: `the Friends of
    Tanner's Yard` in `Lucia Reyes, who chairs the Friends of Tanner's Yard, said`
    (:data:`_LEADING`); None when there is none."""
    for clause in subject.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _LEADING:
            body = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if body is None or body.pos_ != "PROPN":
                continue
            words = name_tokens(body.doc[body.left_edge.i : body.right_edge.i + 1])
            named = all(
                t.text[:1].isupper() or t.lower_ in _LED_BODY_WORDS or t.tag_ == "POS"
                for t in words
            )
            return words if named and words else _body_words(body)
    return None


def _body_words(word: Token) -> list[Token] | None:
    """The name a proper noun heads, when it is not one after a title (`Dr Ana Lisboa`);
    None otherwise."""
    tokens = name_tokens(mention_span(word))
    if not tokens:
        return None
    start = tokens[0].i
    if start > 0 and word.doc[start - 1].lower_ in TITLES:
        return None
    return tokens


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
