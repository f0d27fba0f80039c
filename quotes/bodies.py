"""The bodies a document lets speak, and the words that stand for them.

A story names a company, a paper or a family once and then says `the company said`,
`it reports`, `they said`. A reader takes each for the body or group the story is about
at that point, and so do these rules: the one body that has spoken (or has spoken
most), the body the sentence before was about, the one firm named before any spoke, and
the group or unnamed source that spoke just before a `they`.
:class:`quotes.described.DescribedIndex` (descriptions) and
:class:`quotes.speakers.SpeakerResolver` (every mention) build on this index.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.body_words import (
    body_description,
    capitalised_from,
    kind_before_name,
    opening_name,
    set_off_business,
    set_off_kind,
    unnamed_body,
    voiced_body,
)
from quotes.deps import SUBJECT
from quotes.introduced_firms import firm_introduced, kind_set_off_before, spoken_of_kind
from quotes.language import word_list
from quotes.longer_forms import legal_name
from quotes.mentions import mention_span
from quotes.name_spans import name_tokens
from quotes.names import ORG_KINDS
from quotes.self_names import opening_self_named
from quotes.source_words import BODY_HEADS, legal_form
from quotes.spoken_bodies import SpokenBodies
from quotes.unspoken_bodies import headline_body, one_name_before
from quotes.written_names import kind_fits, proper_name

#: Singular nouns a `they` may stand for (`the family`, `a spokesperson`).
_THEY_NOUNS = word_list("they-nouns")
#: Prepositions between a person's name and the body the person is of (`Marta Kowalczyk
#: of Transport & Environment`).
MEMBER_PREPOSITIONS = word_list("member-prepositions")
_THING_PRONOUNS = ("it", "its")  # a clause calling its subject so speaks of a thing



class BodyIndex(SpokenBodies):
    """The people of one document and the bodies and groups resolved as speakers so far;
    fed in document order."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: (token index, name) of the last group, body or unnamed source resolved, which a
        #: `they` right after it stands for.
        self._group: tuple[int, str] | None = None
        #: (token index, name) of the last speaker resolved to a body (`Westgrid Networks
        #: says`, `The report also estimated` for its maker), which an `it` in the next
        #: sentence stands for.
        self._body_spoke: tuple[int, str] | None = None
        #: The last described body that spoke, the name it stood for (rule
        #: it-described-body: `The council said …` ¶ `It added …`).
        self._described_spoke: tuple[int, str] | None = None
        #: The kind word of the description the text sets off after each body's name
        #: (`union`), or None, by name: read once per name (:meth:`fits`).
        self._set_off_kinds: dict[str, str | None] = {}

    def company(self, mention: Span) -> str | None:
        """The body `the company`, `the paper` or `the watchdog` stands for: the one that
        spoke last as a cue's subject, in its sentence or the one before
        (:meth:`_subject_before`), else the story's main body (:meth:`main_body`), else
        the one that spoke last there (`A spokesman for Hartwell & Pryce said: … The bank
        said …`, after the Financial Services Authority spoke), each when its name ends
        in no other kind of body (:func:`~quotes.written_names.kind_fits`), else the
        subject of the clause it reports when the text shows that is a body
        (:meth:`_reported_subject`), else the body the sentence before was about
        (`Kwelanga Metro Rail ran no trains. In a statement, the company said`,
        :meth:`_subject_body`), or when none has spoken yet and the mention is the word
        and its article alone (not `the whole company`), the one firm the text named
        before it (`Shares in Halvorsen Marine fell … The company said`, see
        :func:`~quotes.unspoken_bodies.one_name_before`), which then has spoken; never a
        name the text marks as a person's (:meth:`_spoke_as_person`); a body found so is
        named with its legal form when the text writes it with one (rule
        legal-form-name: `Pesquera Austral S.A.`)."""
        head = mention.root
        body = self._subject_before(head) or kind_set_off_before(self, head) or self.main_body(head)
        if (
            body is None
            or not self.fits(head.lower_, body)
            or self._spoke_as_person(body, head)
        ):
            # the clause's own subject before a headline's short form of it (`Lindqvist
            # Opera drops season` ¶ `The Lindqvist Opera House has dropped …, the
            # company said`)
            body = self._reported_subject(head)
            if body is None:
                body = self.body_before(head, head.lower_) or self._subject_body(head, False)
                if body is not None and not self._set_off_fits(head.lower_, body):
                    body = None  # `Kalla Förbundet, the drivers' union, said …` ¶ `the company`
        if body is None:
            # rule spoken-body-of-kind last
            body = firm_introduced(self, head) or spoken_of_kind(self, head)
        if body is None and len(mention) == 2:
            body = headline_body(head, self._person_like)
            if body is not None and kind_fits(head.lower_, body):
                body = self.written_form(legal_name, body) or body
                self.bodies.append(body)
            else:
                body = None
        if body is None and len(mention) == 2:
            # also when bodies of another kind spoke (`The Consumer Product Safety
            # Commission said …` before `the company said`)
            body = one_name_before(mention.root, self._marked_person, head.lower_)
            if body is not None:
                body = self.written_form(legal_name, body) or body
                self.bodies.append(body)
        return body

    def _reported_subject(self, head: Token) -> str | None:
        """Rule reported-subject-body: a description set after the clause it reports, as
        its cue's subject, stands for that clause's subject when the text shows the
        subject is a body: the writer described it before its name (`Budget carrier
        SkyBridge will cancel 3,000 flights, the company said`: SkyBridge, one word no
        other reader takes for a firm's name), the clause calls it `it` (`Voltra will
        close its plant in Kent, the company said`) or gives one name a plural verb, as
        British English does a team or a firm (`Manchester United have sacked their
        manager, the club said`, :func:`_plural_agreement`); None when that subject is no proper
        name, or a person's, or shown as neither (`Ohio will gain 500 jobs, the company
        said`)."""
        cue = head.head
        if head.dep_ != "nsubj" or cue.pos_ != "VERB":
            return None
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < head.i), None)
        subject = (
            next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
        )
        if subject is None or subject.pos_ != "PROPN":
            return None
        words = name_tokens(mention_span(subject))
        name = words[capitalised_from(words) :]
        if not name or self._a_person(name) or self._no_body(name):
            return None
        # `Budget carrier SkyBridge`, or `Brazilian meatpacker Frigosul` when the name
        # finder's span of a name it took for a person's leaves the description out
        before = head.doc[name[0].i - 1] if name[0].i else None
        described = len(name) < len(words) or (before is not None and kind_before_name(before))
        # `Corvela Systems, a Lisbon start-up …, has raised …, the company said`, `Tuulik
        # Systems OÜ has raised …`: set off as a business, or with its legal form
        described = described or set_off_business(name) or legal_form(name[-1].text)
        if not (
            described
            or name[-1].lower_ in BODY_HEADS  # `Harbor Foods Group has cut …` (its kind)
            or any(t.lower_ in _THING_PRONOUNS for t in clause.subtree)
            or _plural_agreement(subject)
        ):
            return None
        if not kind_fits(head.lower_, proper_name(name)):
            return None
        return self.organisation(name)

    def fits(self, kind: str, name: str) -> bool:
        """Whether a body's name can be what a description of a `kind` stands for: its own
        words fit (:func:`~quotes.written_names.kind_fits`), and so does the kind the text
        gives it in a description set off after it (rule set-off-kind: `the company` is
        no `Svenska Musikerförbundet, the Swedish musicians' union,`)."""
        return kind_fits(kind, name) and self._set_off_fits(kind, name)

    def _set_off_fits(self, kind: str, name: str) -> bool:
        """Whether the kind the text gives a body's name in a description set off after
        it (:func:`set_off_kind`) fits a description of a `kind`, either way round (`the
        firm` fits `X, the ferry company,` as `the company` fits a firm), or it gives
        none."""
        if kind not in ORG_KINDS:
            return True
        if name not in self._set_off_kinds:
            self._set_off_kinds[name] = set_off_kind(self.text, name)
        set_off = self._set_off_kinds[name]
        return set_off is None or kind_fits(kind, set_off) or kind_fits(set_off, kind)

    def _subject_before(self, head: Token) -> str | None:
        """Rule company-that-just-spoke: the body that spoke as the subject of its cue in
        the sentence of a description of a `kind` or the one before, when its name fits
        the kind (`Harrow Grain said it had drivers on standby. The company said …`,
        whichever body spoke most); not one a source phrase named (`…, according to
        figures compiled by Tallyhouse. The company said …` is the firm in focus)."""
        if self._body_spoke is None or self.doc[self._body_spoke[0]].dep_ != "nsubj":
            return None
        return self.body_before(head, head.lower_)

    def it_body(self, it: Token) -> str | None:
        """The body an `it` speaker stands for: the one the sentence before was about
        (:meth:`_subject_body`), else the one body that has spoken (`The company cut its
        forecast, it said`); None when neither tells."""
        body = self._subject_body(it) or self.body_before(it) or self._described_before(it)
        body = body or firm_introduced(self, it, opening=True)  # rule firm-introduced-before
        if body is not None:
            return body
        if len(set(self.bodies)) == 1:
            self.bodies.append(self.bodies[-1])  # it has spoken once more
            return self.bodies[-1]
        return None

    def _described_before(self, it: Token) -> str | None:
        """Rule it-described-body: the body a description that spoke in the sentence of
        an `it` or the one before stood for (`The council said a depot would open.` ¶
        `It added that …` is Ashwell Borough Council's); None otherwise."""
        if self._described_spoke is None:
            return None
        at, name = self._described_spoke
        return name if self._in_reach(at, it) else None

    def staff_body(self, head: Token) -> str | None:
        """The body whose officers a bare plural stands for (`Inspectors found that …`,
        body-staff.txt): the body that spoke in its sentence or the one before (`Ofsted
        said …`), else the one the sentence before was about (`The Care Quality
        Commission also issued a warning notice. Inspectors found …`); None otherwise."""
        return self.body_before(head) or self._subject_body(head, False)

    def _subject_body(self, it: Token, opening: bool = True, kind: str = "") -> str | None:
        """The body an `it` opening a sentence (or, not `opening`, a description
        anywhere in one) stands for when the sentence before had a body's name as its
        subject: `The Northern Ledger is unimpressed. It reports that …` (not the paper
        that spoke before it), or a description that named itself (`A group calling itself
        Morana listed …`, :func:`~quotes.self_names.opening_self_named`); None when that
        subject is no proper name or a person's, or, for a description of a `kind`, a
        name it does not fit (:func:`~quotes.written_names.kind_fits`) or one word that
        opens the sentence (its capital may be the sentence's alone)."""
        start = it.sent.start
        if (opening and it.i != start) or start == 0:
            return None
        before = self.doc[start - 1].sent
        named = opening_self_named(before)
        if named is not None:
            # `A ransomware group calling itself Morana listed the utility …` ¶ `Its post
            # claimed …`: the name the subject gave itself
            return self.organisation(list(named))
        if before.root.dep_ == "ROOT":  # parsed (a sentence left unparsed has no root)
            subject = next(
                (c for c in before.root.children if c.dep_ in SUBJECT), None
            )
            if subject is not None and subject.dep_ != "nsubj":
                return None
            if subject is None or subject.pos_ != "PROPN":
                return None
            tokens = name_tokens(mention_span(subject))
            member = self._member_body(subject, tokens, kind) if not opening else None
            if member is not None:
                return member
        else:
            tokens = opening_name(before)
        if opening and any(t.ent_type_ == "PERSON" for t in tokens):
            return None  # an `it` is no one the tagger took for a person
        if not tokens or self._no_body(tokens) or not kind_fits(kind, proper_name(tokens)):
            return None
        if kind and len(tokens) == 1 and tokens[0].is_sent_start:
            return None  # `Consultation finds support` in a headline: a capital, no name
        return self.organisation(tokens)

    def _member_body(self, subject: Token, name: list[Token], kind: str) -> str | None:
        """Rule person-of-body: a description of a body (`the group`) after a sentence
        whose subject is a person named with the body she is of stands for that body,
        never for her: `Marta Kowalczyk of Transport & Environment said …` ¶ `The group
        said …` is Transport & Environment's; None when the person is named with no
        body, or with a name the description does not fit
        (:func:`~quotes.written_names.kind_fits`), or when the subject's `name` may be a
        body's (:meth:`_a_person`)."""
        if not self._a_person(name):
            return None
        # `Marta Kowalczyk of Transport & Environment said …`: `of` hangs on the name
        body = next(
            (
                o
                for p in subject.children
                if p.dep_ == "prep" and p.lower_ in MEMBER_PREPOSITIONS
                for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "PROPN"
            ),
            None,
        )
        if body is None:
            return None
        tokens = name_tokens(mention_span(body))
        if not tokens or self._no_body(tokens) or not kind_fits(kind, proper_name(tokens)):
            return None
        return self.organisation(tokens)

    def body_before(self, it: Token, kind: str = "") -> str | None:
        """The body that spoke last, in the sentence of an `it` (or a description of a
        `kind` that fits it, :func:`~quotes.written_names.kind_fits`) or the one before
        it: `… without power, Westgrid Networks says. It adds that …`; `The report also
        estimated that … It warned that …` (the report speaking for its maker); None
        when no body spoke there, or the name that spoke is a person's
        (:meth:`_spoke_as_person`)."""
        if self._body_spoke is None:
            return None
        at, name = self._body_spoke
        if (
            not self._in_reach(at, it)
            or not self.fits(kind, name)
            or self._spoke_as_person(name, it)
        ):
            return None
        self.bodies.append(name)  # it has spoken once more
        return name

    def _in_reach(self, at: int, pronoun: Token) -> bool:
        """Whether a speaker at token `at` is one a pronoun can point back to: before it,
        in its sentence or the one before; a sentence that opens inside a quotation counts
        from the sentence the quotation opens in (`"The warnings were there. They were
        logged," the report states.` reaches back past the quote's first sentence)."""
        start = self._quote_opening(pronoun.sent.start)
        return (self.doc[start - 1].sent.start if start else 0) <= at <= pronoun.i

    def _quote_opening(self, start: int) -> int:
        """The start of the sentence a quotation (:attr:`quoted`) opens in, when the
        sentence at token `start` opens inside it; `start` otherwise."""
        at = self.doc[start].idx
        spans = self.quoted.overlapping(at, at + 1) if self.quoted is not None else []
        if not spans or spans[0][0] >= at:
            return start
        opening = self.doc.char_span(spans[0][0], spans[0][0] + 1, alignment_mode="expand")
        return start if opening is None else opening.sent.start

    def note_body(self, mention: Span, name: str | None) -> None:
        """Remember a speaker resolved to a body that has spoken (:attr:`bodies`), or the
        body a spokesperson speaks for (`A spokesman for Hartwell & Pryce said`,
        :func:`voiced_body`), which has spoken then, for an `it` or `the bank` after it
        (:meth:`body_before`)."""
        if name is not None and name not in self.bodies and body_description(mention):
            # `The council said …` ¶ `It added …`, the council named (rule
            # it-described-body), for an `it` only: a description of the kind after it
            # with a name of its own (`The Ruiz campaign said`) is no such body
            self._described_spoke = (mention.root.i, name)
        if name is not None and (name in self.bodies or unnamed_body(mention)):
            # `A state-owned lender said …` ¶ `It said …` (rule it-unnamed-body)
            self._body_spoke = (mention.root.i, name)
            return
        body = voiced_body(mention.root)
        if body is not None and not self._personal(body):
            self.bodies.append(proper_name(body))
            self._body_spoke = (mention.root.i, self.bodies[-1])

    def note_group(self, mention: Span, name: str | None) -> None:
        """Remember a resolved speaker that a `they` may stand for: a plural noun (`The
        authors`, `Prosecutors`), a group or a source of no given gender (`the family`,
        `a spokesperson`, :data:`_THEY_NOUNS`) or a kind of organisation (`the union`);
        not a person's name, nor one person (`a spokeswoman`, `an economics professor`),
        nor a thing (`a statement`)."""
        head = mention.root
        if name is not None and head.pos_ == "NOUN" and (
            head.tag_ == "NNS" or head.lower_ in _THEY_NOUNS or head.lower_ in ORG_KINDS
        ):
            self._group = (head.i, name)

    def they(self, they: Token) -> str | None:
        """`The family said … "We want …," they said`, `A Commission spokesperson said
        … They added`, `The authors write … although they caution`: the group, body or
        unnamed source that spoke last, in this sentence or the one before; None when
        none did (a `they` is then no one the text has let speak)."""
        if self._group is None:
            return None
        at, name = self._group
        if not self._in_reach(at, they):
            return None
        self._group = (they.i, name)
        return name


def _plural_agreement(subject: Token) -> bool:
    """Rule plural-verb-body: whether one proper name, with no other joined to it, takes a
    plural verb (`Manchester United have sacked …`, `Halvik are to close …`): a body
    spoken of as its people, as British English writes a team or a firm; no person's
    name does."""
    if subject.tag_ != "NNP" or any(c.dep_ == "conj" for c in subject.children):
        return False
    verb = subject.head
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    # `have`, `are` are tagged VBP; the past `were` is plural by its form alone
    return words[0].tag_ == "VBP" or words[0].lower_ == "were"
