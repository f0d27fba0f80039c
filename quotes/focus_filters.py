"""The filters of who a `he` or `she` means: the people the pronoun choice of
:class:`quotes.person_focus.PersonFocus` passes over (the subject of the verb whose
object the pronoun is, an interpreter, the one an `Asked …` asks about, the asker of a
question put to someone, one who put a question or a charge to someone just before
(:mod:`quotes.questioners`), a name inside a quote or a report's content, a person the
pronoun's owner names in their own words, a one-word name that may be a body's or a
place's), and rule floor-held, which keeps the speaker of a run of cue-less quotes in
focus.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.deps import SUBJECT
from quotes.doc_memo import token_starts
from quotes.forced_capitals import KINDS_BEFORE_NAMES
from quotes.language import word_list
from quotes.mentions import entity_at
from quotes.names import ORG_KINDS
from quotes.person_index import PLACE_HEADS, PersonIndex
from quotes.questioners import asked_opener, goes_on, questioner_subjects
from quotes.self_names import introduced_in_quote
from quotes.source_words import BODY_ENDS, BUSINESS_ENDS, PAPER_FREQUENCIES, legal_form

#: Those who put someone's words into another language (`her interpreter, X`), whom a
#: `she` passes over for the one they interpret (:meth:`FocusFilters._interpreters_aside`).
_INTERPRETERS = word_list("interpreters")
#: Words for a kind of business (`meatpacker`) or a paper by how often it comes out
#: (`daily`) that a writer sets before a body's name, in lower case.
_BUSINESS_BEFORE = KINDS_BEFORE_NAMES | PAPER_FREQUENCIES
#: Verbs of asking, whose participle opens a sentence about the one asked (`Asked …`).
_ASKING = word_list("asking-cues")


class FocusFilters(PersonIndex):
    """:class:`~quotes.person_index.PersonIndex` with the rules that tell whom a pronoun
    passes over, and the floor a cue-less quote holds."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        #: How many entries :meth:`businesses` has asked about, and those it found.
        self._businesses: tuple[int, set[int]] = (0, set())

    def _named_by_owner(self, said: tuple[int, int] | None) -> set[int]:
        """Rule named-by-owner: the people the pronoun's owner names in the words they
        say, whom the pronoun cannot mean, as one names others, not oneself: in `"When my
        daughter came, I asked for Leetia," she said` she is not Leetia, wherever else
        the text named her. Not the name a speaker introduces themselves by (`"My name is
        Nadine Okafor, …"`, :func:`~quotes.self_names.introduced_in_quote`), nor one
        called by name after a comma or at the start (`"You know, Mr. Denham, …"`), as
        the people a story's dialogue addresses are too often read as someone else."""
        if said is None:
            return set()
        introduced = introduced_in_quote(self.doc, said)
        starts = token_starts(self.doc)
        own = range(introduced.start, introduced.end) if introduced is not None else range(0)
        return {
            index
            for i, index in self.timeline
            if said[0] <= starts[i] < said[1]
            and i not in own
            and not _called(self.doc[i])
        }

    def _clause_subject(self, at: int) -> set[int]:
        """Rule object-not-subject: the people named by the subject of the verb whose
        object the pronoun at `at` is, whom it cannot mean (a `him` or `her` that meant
        the subject would be `himself` or `herself`): `Our books editor, Ama Owusu, met
        her in Osu.` ¶ `A: …` is not the editor's answer; a direct or indirect object,
        or the object of `to` (`spoke to her`), not of another preposition, after which
        a pronoun may be the subject's own (`she took the files with her`), nor a
        reflexive. Empty for a pronoun that is no such object of a verb with a subject."""
        pronoun = self.doc[at]
        verb = pronoun.head
        if pronoun.lower_.endswith(("self", "selves")):
            return set()  # `she asked herself`
        if pronoun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "to":
            verb = verb.head  # `spoke to her`; not `took the files with her`
        elif pronoun.dep_ not in ("dobj", "dative"):
            return set()
        subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
        if subject is None:
            return set()
        span = range(subject.left_edge.i, subject.right_edge.i + 1)
        return {index for i, index in self.timeline if i in span}

    def _interpreters_aside(self, fitting: list[tuple[int, int]]) -> set[int]:
        """Rule interpreter-aside: of the people a pronoun may mean (`fitting`, latest
        mention first), the interpreters and translators whose latest mention is no
        subject: `Ana Ruiz orders a tea for her interpreter, Parisa Moin.` ¶ `"…," she
        says, speaking through Moin` is Ruiz, the one Moin interprets; not an interpreter
        the text goes on to make a subject (`Moin, who learned Persian in Shiraz, said
        the hardest word was the first.` ¶ `"…," she said`)."""
        latest: dict[int, int] = {}
        for i, index in fitting:
            latest.setdefault(index, i)
        return {
            index
            for index, i in latest.items()
            if self.people[index].roles & _INTERPRETERS
            and i not in self.subjects
            and i not in self.set_off_subjects
        }

    def _asked_about(self, i: int, at: int) -> bool:
        """Whether the mention at token `i` lies inside an `Asked …` participle that opens
        the sentence of the pronoun at `at`, or the sentence before it, and ends before
        the pronoun: the one asked about or the asker, wherever else the text names them,
        is not the one who answers (`Asked whether Ruiz would start, the coach nodded.
        "He has earned it," he said.` is the coach, not Ruiz; `Asked by Ms Obi whether
        …, he said` not Ms Obi). Only a name counts, not a description resolved there,
        which may have been resolved wrong."""
        if self.doc[i].ent_type_ != "PERSON":
            return False
        asked = next(
            (a for a in self.doc[i].ancestors if a.tag_ == "VBN" and a.lemma_.lower() in _ASKING),
            None,
        )
        if asked is None or asked.i != asked.sent.start or asked.right_edge.i >= at:
            return False
        sentence = self.doc[at].sent.start
        before = self.doc[sentence - 1].sent.start if sentence else sentence
        return asked.i in (sentence, before)

    def _asker(self, i: int) -> bool:
        """Rule asker-not-answerer: whether the mention at token `i` is the subject of an
        active verb of asking put to someone (:data:`_ASKING` with an object): the one
        who answers in the quote after it is the one asked, not the asker, wherever the
        pronoun looks back from (`Ana Ruiz asked the mayor whether the pier would reopen.`
        ¶ `"It will. Not this year," he said.` is the mayor)."""
        name = entity_at(self.doc[i])
        token = self.doc[i] if name is None else name.root
        verb = token.head
        return (
            token.dep_ == "nsubj"
            and verb.lemma_.lower() in _ASKING
            and verb.tag_ != "VBN"
            and any(c.dep_ in ("dobj", "dative") for c in verb.children)
        )

    def _questioners(self, at: int, recent: int, gender: str | None) -> tuple[set[int], int]:
        """Rule questioner-not-answerer (:mod:`quotes.questioners`): the people who, in
        the sentences a `he` or `she` at `at` looks back over (from `recent`, the
        sentence before its own), put a question or a charge to someone it may mean,
        and so are not the one who answers, and where the look back for the recent
        subjects then starts: at the sentence before the question, whose subject is the
        one it is put to. `Piotr Zielinski told the court that Marsh had paid him.` ¶
        `Edward Lyle suggested to him that he had made it up. He said he had not.` is
        Zielinski. None, and `recent`, for a pronoun that goes on or asks again (`He
        added …`)."""
        doc = self.doc
        if goes_on(doc[at]):
            return set(), recent
        any_question = asked_opener(doc[at].sent)
        spans: list[range] = []
        first = None
        i = recent
        while i < at:
            sent = doc[i].sent
            found = questioner_subjects(sent, gender, self.quoted, any_question)
            if found and first is None:
                first = sent.start
            spans += found
            i = sent.end
        people = {index for i, index in self.timeline if any(i in span for span in spans)}
        if not people or first is None:
            return set(), recent
        return people, doc[first - 1].sent.start if first else 0

    def _in_quote(self, i: int) -> bool:
        """Whether token `i` lies inside a quoted span: `"If Sunara wants our steel, …,"
        Calado said.` ¶ `She added …` is Calado, not the country her words made a
        subject."""
        if self.quoted is None:
            return False
        at = self.doc[i].idx
        return bool(self.quoted.overlapping(at, at + 1))

    def _in_report(self, i: int) -> bool:
        """Whether the mention at token `i` is a subject inside the content of reported
        speech resolved before it, and no speaker of its own: the speaker who reports it
        stays the one a `he` or `she` after it means (rule `report-subject`)."""
        # `Maud Pellingham said the schedule was drawn up in March and that Fernhill
        # had asked for two visits. She said …` is Pellingham, not Fernhill
        if i in self.speaking:
            return False
        at = self.doc[i].idx
        return any(start <= at < end for start, end in self.reported)

    def _body_like(self, index: int) -> bool:
        """Whether an entry the tagger made a person may be a body: one word that never
        got a given name, a title or a gender and that the text once followed with
        `which` (`Loomstream, which is privately held, says …`), which a `he` or `she`
        passes over for a subject who is surely a person (`X wrote that Loomstream had
        removed accounts. Asked …, he said` is X), but not when no such person is near."""
        person = self.people[index]
        return (
            person.thing
            and person.given is None
            and person.gender is None
            and not person.titles
            and len(person.name.split()) == 1
        )

    def businesses(self) -> set[int]:
        """The entries named as a business is (:meth:`business_named`), each entry asked
        once, when it is first seen here: every `he` and `she` asks for them."""
        seen, found = self._businesses
        found |= {k for k in range(seen, len(self.people)) if self.business_named(k)}
        self._businesses = (len(self.people), found)
        return found

    def body_named(self, index: int) -> bool:
        """Rule role-no-body: whether an entry the tagger made a person is named as a
        body is, as a business (:meth:`business_named`) or with two words or more ending
        in a body's head word (`Leeds City Council`, :data:`BODY_ENDS`): a person's role
        (`A Leeds councillor said …`) never stands for it."""
        words = self.people[index].name.split()
        return self.business_named(index) or (len(words) > 1 and words[-1].lower() in BODY_ENDS)

    def business_named(self, index: int) -> bool:
        """Rule pronoun-not-business: whether an entry the tagger made a person is named
        as a business is, two words or more ending in a business's plural or a legal form
        (`Calder Holdings`, `Brightwater Foods`, `Ostra Ltd`; business-name-ends.txt),
        whatever title the words before it seemed to give (`chief executive of Calder
        Holdings`): a `he` or `she` never stands for it. `Peter Hale runs Calder
        Holdings. Calder Holdings lost money.` ¶ `"…," he said` is Hale. Also one the
        text described as a business or a paper right before its name and gave no
        person's role (rule business-before-name: `in an interview with the Gdańsk daily
        Kurier Pomorski` ¶ `"…," she told the paper` is the one interviewed)."""
        person = self.people[index]
        words = person.name.split()
        if len(words) > 1 and (words[-1].lower() in BUSINESS_ENDS or legal_form(words[-1])):
            return True
        # rule business-before-name: `the Gdańsk daily Kurier Pomorski`, `Brazilian
        # meatpacker Frigosul`: a kind of business or paper the text set before the name,
        # in lower case, and no person's role
        return bool(person.roles & _BUSINESS_BEFORE) and not person.person_role

    def _place_like(self, index: int) -> bool:
        """Whether an entry the tagger made a person may be a place: one the text put
        after a preposition of place (`She left her farm in Corra Creek`, where `Corra`
        is a given name too) or as a dateline, or whose last word is a place's or a
        body's kind word (`Tillman College`, :data:`~quotes.person_index.PLACE_HEADS`),
        and that it gave no title or person's role (but a title inside the name:
        `Ocotillo County Sheriff's Office`; an acronym in brackets after it is no role:
        `the National Flood Agency (NFA)`), which a `he` or `she` passes over for a name
        that is surely a person's, and never stands for."""
        person = self.people[index]
        words = person.name.split()
        # `Tillman College`; rule kind-opens-body: `Hospital Kemaman`, `Universiti
        # Sains`-style names that set the body's kind first, as Malay and Dutch do
        headed = len(words) > 1 and (
            words[-1].lower() in PLACE_HEADS or words[0].lower() in ORG_KINDS
        )
        inside = {w.lower().removesuffix("'s").removesuffix("’s") for w in words}
        return (person.place or headed) and not person.titles - inside and not person.person_role

    def hold_floor(self, start: int, name: str) -> None:
        """Rule floor-held: a quote that goes on with no cue of its own (`Here is what
        else he said.` ¶ `On captain Ola Berg's injury:` ¶ `"…"`) keeps the one who says
        it in focus, a speaker again at its opening mark (character `start` is its first
        word's), so that a `he` after a run of such quotes is theirs, not a name a topic
        line or the quotes' own words gave (`Asked whether …, he said` is the coach, not
        Ola Berg)."""
        index = self.index_of(name)
        opening = self.doc.char_span(start - 1, start, alignment_mode="expand")
        if index is None or opening is None or self._in_quote(opening.start):
            return
        self._mentioned(opening.start, index)
        self.subjects.add(opening.start)
        self.speaking.add(opening.start)


def _called(name: Token) -> bool:
    """Whether a name (any word of it) is called out to, after a comma or a quote mark
    that opens its words or the start of the text: `Mr. Denham` in `"You know, Mr.
    Denham, …"`."""
    at = name.i
    while at > 0 and (name.doc[at - 1].is_title or name.doc[at - 1].text == "."):
        at -= 1  # back over the name's other words and a title (`Mr.`)
    return at == 0 or name.doc[at - 1].text == "," or name.doc[at - 1].is_quote
