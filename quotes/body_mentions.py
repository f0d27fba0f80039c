"""A speaker mention that describes a body, a work or a party's member rather than
naming them: who `the company`, `Police`, `Inspectors`, `The report` and `the Oregon
Democrat` stand for.

Each is the one body (or member) the text named before that fits the description: the
business that has spoken (`the company said` after `Norvik Foods … said`), the body whose
kind word it is (`Police said` after `Lanford Police`), the body whose officers speak
(`Inspectors found` after `Ofsted said`), the legislator whose tag names the party, and the
body a work with no maker named speaks for. Steps of
:class:`quotes.speakers.SpeakerResolver`, over the bodies of :mod:`quotes.bodies`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.descriptions import PARTY_MEMBERS, is_definite
from quotes.label_holders import LabelHolders
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_spans import name_tokens
from quotes.names import ORG_KINDS
from quotes.source_words import BODY_ENDS, COMPANY_WORDS
from quotes.unspoken_bodies import one_name_before
from quotes.work_authors import authored_work
from quotes.work_owners import its_owner
from quotes.works_before import same_work_before, unsigned_issue
from quotes.written_names import kind_name

#: Nouns for a member of a party that a legislator's tag names (`the Oregon Democrat`).
_PARTY_NOUNS = frozenset(PARTY_MEMBERS.values())
#: Officers of a body who speak with its voice, written bare (`Inspectors found …`).
_BODY_STAFF = word_list("body-staff")
#: Nouns for the staff of one person, after `his` or `her` (`Her office said`).
_PERSON_OFFICES = word_list("person-offices")
#: Possessives that only a person is (`his`, `her`), not a body (`its`, `their`).
_PERSON_POSSESSIVES = word_list("person-possessives")
#: Words that make a report one a body publishes of itself at set times (`annual`).
_OWN_REPORT_WORDS = word_list("own-report-words")


class BodyMentions(LabelHolders):
    """:class:`~quotes.label_holders.LabelHolders` asked for the body (or party member)
    a description or a work stands for."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: The body each kind of work that named no maker spoke for (`report`: the body
        #: that spoke right before `The report said …`), for the same work named again.
        self._work_bodies: dict[str, str] = {}

    def _work_body(self, head: Token) -> str | None:
        """The body a work with no maker named speaks for: its `its` the body the sentence
        before was about, or the body that spoke just before a definite work; None when
        the mention is no such work or no body fits."""
        if (its := its_owner(head)) is not None and (body := self._subject_body(its)):
            # `Its post claimed …` opening the sentence after `A group calling itself
            # Morana listed …`: the work of the body the sentence before was about
            return body
        if head.pos_ == "NOUN" and is_definite(head) and (body := self.unsigned_body(head)):
            # `The notice reads: …` after `Harmattan Container Line will leave Takoradi.
            # The change was announced in a notice on Tuesday.`
            return body
        if head.pos_ == "NOUN" and authored_work(head) and is_definite(head):
            # `The report, published on Monday, said …` right after `The Ombudsman's
            # Office found that …`: a work the text names first, with no maker, speaks
            # for the body that spoke just before it, and so does the same work named
            # again later (`The report also says …`; rule work-of-the-body-before)
            kind = head.lemma_.lower()
            if kind in self._work_bodies:
                return self._work_bodies[kind]
            body = None if same_work_before(head) is not None else self.body_before(head)
            if body is not None:
                self._work_bodies[kind] = body
                return body
        return self._own_report_body(head)

    def _own_report_body(self, head: Token) -> str | None:
        """Rule own-periodic-report: a definite report a body publishes of itself at set
        times (`the annual report`, :data:`_OWN_REPORT_WORDS`), with no maker named,
        speaks for the body the story is about, the one `the company` would stand for
        there (:meth:`~quotes.bodies.BodyIndex.company`: `Shareholders of Kestrel Ferries
        AB pressed the board on Wednesday. According to the annual report, …`), else the
        one firm the text named before it (:func:`~quotes.unspoken_bodies.one_name_before`);
        None otherwise."""
        # shape: the + annual/quarterly + report, no `by`/`of` naming its maker
        if not (head.pos_ == "NOUN" and head.lemma_.lower() == "report" and is_definite(head)):
            return None
        if not any(c.dep_ == "amod" and c.lower_ in _OWN_REPORT_WORDS for c in head.children):
            return None
        return self.company(mention_span(head)) or one_name_before(
            head, self._marked_person, "company"
        )

    def unsigned_body(self, work: Token) -> str | None:
        """The body that issued a work the text says was issued by no one it names (rule
        unsigned-issue-body-before, :func:`~quotes.works_before.unsigned_issue`): the
        body the sentence before that one is about (`The Northern Norway Avalanche
        Centre raised the danger level.` ¶ `The bulletin was published at 4pm. It reads:
        …`); None when the work was not so issued or that sentence is about no body
        (:meth:`~quotes.bodies.BodyIndex._subject_body`: not a person)."""
        start = unsigned_issue(work)
        return None if start is None else self._subject_body(start)

    def _body_described(self, mention: Span, head: Token) -> str | None:
        """The one body a description of a business, a kind of body or a body's officers
        stands for, or the one legislator a party noun does; None when the mention is no
        such description or no one fits."""
        if (
            head.lower_ in COMPANY_WORDS
            and head.text[:1].isupper()
            and len(mention) == 2
            and (named := self.short_body_name(head)) is not None
        ):
            # `the Bank said` after `the Bank of England's stress test`: a capital makes the
            # kind word the short name of the one body the text names with it
            return named
        if _noun_headed_name(mention, head):
            return self.organisation(name_tokens(mention))
        if (
            head.lower_ in COMPANY_WORDS
            and is_definite(head)
            and not _body_name(mention, head)
            and (body := self.company(mention))
        ):
            # `the company said` after `Norvik Foods … said`
            return body
        if len(mention) == 1 and head.lower_ in ORG_KINDS:
            # `Police said …` after `Lanford Police`
            named_kind = kind_name(head, self.bodies)
            if named_kind is not None:
                return named_kind
        if len(mention) == 1 and head.lower_ in _BODY_STAFF and (body := self.staff_body(head)):
            # `Inspectors found that …` after `Ofsted said …`
            return body
        if head.lower_ in _PARTY_NOUNS and is_definite(head) and (member := self._member(head)):
            # `pressed the Oregon Democrat` after `Sen. Ann Byrne (D-Ore.)`
            return member
        return None


def _noun_headed_name(mention: Span, head: Token) -> bool:
    """Rule noun-headed-body-name: whether a mention is a body's name whose last word the
    tagger made a common noun: capitalised words, a name before it, ending in a word
    that ends bodies' names (`ESB Networks`, `Harbour Water Services`,
    :data:`~quotes.source_words.BODY_ENDS`), so that it is recorded as a body and `the
    company` after it stands for it; not a kind word alone (`the Bank`, read as a short
    name) nor a description in lower case (`the water networks`)."""
    # shape: <Name> <Body end> said (`ESB Networks said …` ¶ `The company said …`)
    words = [t for t in mention if t.dep_ != "det"]
    return (
        head.pos_ == "NOUN"
        and head.lower_ in BODY_ENDS
        and len(words) > 1
        and all(t.text[:1].isupper() for t in words)
        and any(t.pos_ == "PROPN" for t in words if t.i < head.i)
    )


def _body_name(mention: Span, head: Token) -> bool:
    """Whether a kind word heads a body's own name rather than a description (rule
    kind-word-in-a-name): capitalised inside a mention of more words than its article, as
    in `According to the National Bank of Belgium, …`, which is that bank and not the
    body that spoke before (`the Bank said` alone is the short name, read above)."""
    return head.text[:1].isupper() and head.i > mention.start and len(mention) > 2 and any(
        t.text[:1].isupper() for t in mention if t.i != head.i and t.dep_ != "det"
    )


def person_office(mention: Span, head: Token) -> bool:
    """Rule person-office-as-written: whether a mention is one person's office, a
    :data:`_PERSON_OFFICES` noun after that person's `his` or `her` and nothing else
    (`Her office said in an email that …`): it speaks for that person and is no body the
    text names with the same word (`according to the Housing Statistics Office`), so it
    stays as written."""
    # shape: his/her + office (`Deputy Ana Ruiz … Her office said …`)
    return (
        len(mention) == 2
        and head.lower_ in _PERSON_OFFICES
        and mention[0].lower_ in _PERSON_POSSESSIVES
        and mention[0].dep_ == "poss"
    )
