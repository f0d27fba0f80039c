"""Reported-speech candidates that are no attribution: each rule names one sentence
shape where a cue and its subject report nothing anyone said, thought or did toward a
statement, so the row is dropped in every scope.

- the source is the reader or listener in general (`If you believe the polls, …`);
- the words stand inside a markup tag that the text kept (`<tweet author="…">`), or
  the source is a piece of one (`post_id="42">I`);
- a cue of putting out a work reports only the work (`The council released a statement`);
- the subject of a passive cue of addressing is who was asked or told (`The mayor was
  asked about the toll`, `The mayor was asked by the host whether …`);
- a note the publisher repeats under its articles (`Editor's note: …`);
- the connective `That said,` opening a sentence, the writer's `even so`, not a
  statement of whatever `that` points back to;
- a relative word alone: the free relative `what` a cue in its clause sets apart (`railed
  against what she calls the "cartel"`), or the subject of a passive relative clause with
  an agent (`the bloc, which is backed by two unions`);
- an object or topic that is only a pronoun for a thing (`Reuters asked about them`);
- a clause before its cue with a colon, semicolon, bracket or dash between them, which
  the parser hung on a cue of another sentence shape (`Both are local (Ruiz grew up
  here)`);
- the terms on which a source talks unnamed (`a nurse who asked not to be named`, `she
  agreed to speak on condition of anonymity`): how the source is quoted, not a statement;
- an act cue in a relative clause whose object of a word or two only says who its source
  is (`a senator who is seeking reelection`);
- a time, an event or a place as the subject of `see`, the setting of what happened
  (`The year saw record turnout`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from quotes.child_patterns import token_forms
from quotes.cue_classes import cue_class
from quotes.found import char_tokens
from quotes.language import table, word_list, word_map
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.role_words import OFFICES, SOURCE_NOUNS
from quotes.source_words import BODY_HEADS, ISSUED

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotes.reported import Reported

#: Second-person pronouns (`you`): a source that is whoever reads or listens.
_ADDRESSEE = word_list("addressee-pronouns")
#: Cues of putting out a work: `released`, `posted`.
_PUBLISHING = word_list("publishing-cues")
#: Cues whose passive subject is the one addressed: `was asked`, `were told`.
_ADDRESSED = word_list("addressed-passives")
#: Openers of a note a publisher repeats (`editor 's note`), as lower-case words.
_OPENERS = frozenset(table("boilerplate-openers"))
_LONGEST_OPENER = max(len(opener) for opener in _OPENERS)
#: How many words back an open tag is looked for.
_TAG_REACH = 40
#: Pronouns that point back to what the text said before (`That said, …`).
_DEMONSTRATIVES = word_list("demonstratives")
#: The free relative `what`, standing for the thing a cue in its clause names.
_FREE_RELATIVES = word_list("free-relatives")
#: Relative pronouns (`which`, `who`): they stand for the noun their clause describes.
_RELATIVES = frozenset(word_map("pronouns")["relative"])
#: Pronouns for a thing or a group (`it`, `them`).
_THING_PRONOUNS = word_list("thing-pronouns")
#: Words that ask for a source's name to be kept out (`named`, `identify`, `anonymity`),
#: as written and as lemmas.
_ANONYMITY = word_list("anonymity-words")
#: Cues of seeing whose subject may be the setting of what happened (`The year saw …`).
_WITNESSING = word_list("witnessing-cues")
#: Nouns for the ones who may hold a view: people, sources, bodies, groups, polls.
_HOLDERS = SOURCE_NOUNS | BODY_HEADS | word_list("they-nouns") | word_list("poll-nouns")
#: Methods of a row whose content is what a cue's object or topic is.
_BY_OBJECT = ("reported-object", "reported-topic", "reported-noun-topic")


class Content:
    """A statement's content as the rules read it, each reading made once for all the
    rules (the first that asks makes it): its tokens and its words."""

    def __init__(self, statement: Reported) -> None:
        self._statement = statement

    @cached_property
    def tokens(self) -> Span | None:
        """The tokens that cover the content (None when its offsets fall outside the doc)."""
        statement = self._statement
        return char_tokens(statement.cue.doc, statement.start, statement.end)

    @cached_property
    def words(self) -> list[str]:
        """The lower-case words of the content, without punctuation."""
        return [] if self.tokens is None else [t.lower_ for t in self.tokens if not t.is_punct]


def generic_you(statement: Reported, text: str, content: Content) -> bool:
    """Whether the source is `you` speaking of anyone at all: `If you believe the polls,
    the race is over`, `Do you support the new stadium?`, `you can see the problem`."""
    return statement.speaker is not None and statement.speaker.lower_ in _ADDRESSEE


def in_markup(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content, its cue or its source is part of a markup tag the text kept,
    such as an embedded post's `<tweet author="@ana" date="May 3">`: the content holds a
    tag's bracket, or a `<` opens on the line before it with no `>` closing in between,
    or the source is a piece of the tag the parser read as a noun (`<post
    date="May 3">I will vote no`: `date="May` is no one; the post's author may be)."""
    doc = statement.cue.doc
    tokens = content.tokens
    if tokens is None or any("<" in t.text or ">" in t.text for t in tokens):
        return True
    if _tag_piece(statement.speaker):
        return True
    before = doc[max(0, tokens.start - _TAG_REACH) : min(tokens.start, statement.cue.i)]
    for token in reversed(before):
        if ">" in token.text or "\n" in token.text:
            return False
        if "<" in token.text:
            return True
    return False


def _tag_piece(speaker: Token | None) -> bool:
    """Whether a source's head word holds a piece of a markup tag: a bracket of one or an
    attribute's `="` (`datetime="2016`, `id="42">I`). A name the tag only runs into
    (`date="May 3">Ana Ruiz says …`: the head `Ruiz` is clean) is a source."""
    text = "" if speaker is None else speaker.text
    return "<" in text or ">" in text or '="' in text


def issued_work(statement: Reported, text: str, content: Content) -> bool:
    """Whether a cue of making public reports only the work it put out, a bare noun
    phrase that says nothing: `The council released a statement on Friday`, `She posted
    a video` (what the work says is reported apart when the text gives it: `…, saying the
    road will reopen`). Not a work described by what it says (`a statement condemning
    the attack`), nor what another cue does with one (`Critics blasted the statement`)."""
    if (
        statement.mixed
        or not statement.method.startswith("reported-object")
        or statement.cue.lemma_.lower() not in _PUBLISHING
    ):
        return False
    tokens = content.tokens
    if tokens is None:
        return False
    head = tokens.root
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in ISSUED
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )


def addressed_subject(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content is the subject of a passive cue of addressing, someone asked or
    told: `[The mayor] was asked about the toll`, `[Voters] were told to wait`, also with
    the agent who asked when the subject is a person (`[The mayor] was asked by the host
    whether …`, `[She] was pressed by reporters on the cuts`): what follows the cue is
    kept, it is what was asked or told. A thing with an agent is what was told (`A
    different story was told by the clerk`), kept."""
    if statement.end > statement.cue.idx or statement.cue.lemma_.lower() not in _ADDRESSED:
        return False
    if statement.method == "unsourced:passive":
        return True
    return statement.method.startswith("reported-passive") and _person(content)


def _person(content: Content) -> bool:
    """Whether the content's head word may be a person: anything but a common noun in
    lower case that names no office or source (`Ruiz`, `she`, `the mayor`, not `a
    different story`)."""
    tokens = content.tokens
    if tokens is None:
        return False
    head = tokens.root
    return not (
        head.pos_ == "NOUN"
        and head.is_lower
        and head.lemma_.lower() not in OFFICES | SOURCE_NOUNS
    )


def boilerplate(statement: Reported, text: str, content: Content) -> bool:
    """Whether the cue stands in a paragraph that opens a note the publisher repeats under
    its articles (`Editor's note: the senator has repeatedly pledged to …`)."""
    doc = statement.cue.doc
    start = _line_start(statement.cue)
    opening = tuple(t.lower_ for t in doc[start : start + _LONGEST_OPENER] if not t.is_space)
    return any(opening[: len(opener)] == opener for opener in _OPENERS)


#: The first token of each line of a doc (with the doc's length, to notice a doc
#: retokenised since), found once per doc: walking back to the line's start from each
#: cue costs a doc of one endless line the square of its length. A line break is only
#: ever in a token's form (the space a token keeps after it is one space or none).
_LINE_STARTS: WeakKeyDictionary[Doc, tuple[int, list[int]]] = WeakKeyDictionary()


def _line_start(token: Token) -> int:
    """The index of the first token of the token's line."""
    doc = token.doc
    known = _LINE_STARTS.get(doc)
    if known is None or known[0] != len(doc):
        known = (len(doc), [0] + [i + 1 for i, form in enumerate(token_forms(doc)) if "\n" in form])
        _LINE_STARTS[doc] = known
    starts = known[1]
    return starts[bisect_right(starts, token.i) - 1]


def connective(statement: Reported, text: str, content: Content) -> bool:
    """Whether the cue and its subject are the connective `That said,` (or `That being
    said,`) that opens a sentence: `That said, the rally drew fewer people than in May`
    is the writer conceding a point, not a statement by what `that` points back to (a
    sign `that said "Closed"` has no comma and no sentence opening there)."""
    speaker, cue = statement.speaker, statement.cue
    if speaker is None or speaker.lower_ not in _DEMONSTRATIVES or not speaker.is_sent_start:
        return False
    doc = cue.doc
    between = [t.lower_ for t in doc[speaker.i + 1 : cue.i]]
    return (
        between in ([], ["being"])
        and cue.lower_ == "said"
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].text == ","
    )


def bare_relative(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content is one relative word that stands for a thing, not what anyone
    said of it: the free relative `what` that a cue inside its clause sets apart (`Ruiz
    railed against what she calls the "cartel"`, `He dwelt on what she said were the
    council's failures`: the name or the claim is a row of its own, and an annotator's
    row runs over the whole phrase), or the subject of a passive relative clause whose
    agent the parse takes as a source (`the bloc, which is backed by two unions, lost`:
    the clause only describes the bloc)."""
    words = content.words
    if statement.method.startswith("reported-set-apart"):
        return len(words) == 1 and words[0] in _FREE_RELATIVES
    return (
        statement.method.startswith("reported-passive")
        and len(words) == 1
        and words[0] in _RELATIVES
    )


#: Most words of an object that a relative clause's act cue gives only to describe its
#: noun (`who is seeking reelection`, `that identify anomalies`).
_DESCRIBING_OBJECT = 2


def relative_act(statement: Reported, text: str, content: Content) -> bool:
    """Whether an act cue in a relative clause on its source reports only a short object
    that says who or what the source is: `a senator who is seeking reelection`, `tools
    that identify anomalies`, `the member who introduced a bill`. The clause describes
    its noun, as a description does, and an object of a word or two is no act on record
    (a longer one may be: `who introduced a bill to cap rents at 3 percent`)."""
    speaker = statement.speaker
    return (
        speaker is not None
        and speaker.tag_ in NOUN_RELATIVE_TAGS
        and statement.method.startswith(_BY_OBJECT)
        and cue_class(statement.cue) == "act"
        and len(content.words) <= _DESCRIBING_OBJECT
    )


def pronoun_object(statement: Reported, text: str, content: Content) -> bool:
    """Whether what a cue's object or topic reports is only a pronoun for a thing or a
    group: `The newspaper asked about them in March`, `a feed that tends to challenge them`,
    `a week after she wrote them` (the thing was named before, and the row says nothing of
    it); a person (`endorsed him`) may be a stance someone took, kept."""
    words = content.words
    return (
        statement.method.startswith(_BY_OBJECT)
        and len(words) == 1
        and words[0] in _THING_PRONOUNS
    )


def setting_subject(statement: Reported, text: str, content: Content) -> bool:
    """Whether a cue of seeing has for subject a time, an event or a place, the setting of
    what its object or clause says happened, not anyone who saw it: `The year saw record
    turnout`, `The district saw 30 applicants for three seats`, `a wave year that saw the
    party take over the House` (a relative word stands for its noun). The subject is one
    thing named by a common noun in the singular that is no person, body or group; a
    share (`57 percent see him as a risk`), a plural (`Voters see him as a leader`) or a
    body (`The board saw the plan as a risk`) holds a view, kept."""
    # Shape: `<singular thing noun> saw <object | clause>`: `The referendum saw a new
    # poster campaign`, `The decade saw prices double`.
    cue = statement.cue
    if statement.speaker is None or cue.lemma_.lower() not in _WITNESSING:
        return False
    subject = statement.speaker
    if subject.tag_ in NOUN_RELATIVE_TAGS and cue.dep_ == "relcl":
        subject = cue.head
    return (
        subject.tag_ == "NN"
        and subject.pos_ == "NOUN"
        and subject.ent_type_ == ""
        and subject.lemma_.lower() not in _HOLDERS
        and not any(c.dep_ == "nummod" for c in subject.children)
    )


#: Marks that end a clause before a cue that reports it only after a comma: `…: the`,
#: `…; the`, `… (the`; and dashes, which may also set a cue off as an aside.
_BREAKS = (":", ";", "(")
_DASHES = ("—", "–", " - ", "--")
#: Methods whose content stands before its cue across a mark by their own rule.
_SET_APART = ("reported-set-apart", "reported-as", "according-to", "reported-colon",
              "reported-passive", "unsourced")


def across_break(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content stands before its cue's clause with a colon, semicolon, opening
    bracket or dash between them: `Both towns are coastal (Ruiz grew up in one)`, `The
    deal was off: the board had voted it down`. A clause a cue reports from before it is
    set off by a comma (`The deal is off, the board said`); across such a mark the parser
    hung one sentence shape on another. A dash may set a parenthetical cue off (`The pool
    — the mayor said — will reopen`), so it counts for other rules only."""
    cue, speaker = statement.cue, statement.speaker
    if statement.method.startswith(_SET_APART) or statement.end > cue.idx:
        return False
    first = cue.idx
    if speaker is not None and speaker.i < cue.i:
        first = min(first, speaker.left_edge.idx)
    gap = text[statement.end : first]
    marks = _BREAKS if statement.method.startswith("reported-parenthetical") else (
        _BREAKS + _DASHES
    )
    return any(mark in gap for mark in marks)


def anonymity_terms(statement: Reported, text: str, content: Content) -> bool:
    """Whether the content is the terms on which the source talks without being named,
    an infinitive about its own name: `A nurse, who did not want to be named, said …`,
    `One resident who declined to be identified said …`, `The official agreed to speak on
    condition of anonymity`, `… agreed to talk on condition that his name not be used`.
    The statement the source makes is a row of its own; a cue that will name someone
    else (`promised to name the donors`) reports what was promised, kept."""
    tokens = content.tokens
    if tokens is None or not _infinitive(tokens):
        return False
    for token in tokens:
        if token.lower_ not in _ANONYMITY and token.lemma_.lower() not in _ANONYMITY:
            continue
        if token.pos_ in ("ADJ", "ADV") or token.lower_ == "anonymity":
            return True  # `on condition of anonymity`, `to speak anonymously`
        if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
            return True  # `not to be named`, `to be identified`
        if token.dep_ == "nsubjpass":
            return True  # `that his name not be used`
    return False


def _infinitive(content: Span) -> bool:
    """Whether a content is an infinitive clause: `to be named`, `not to be named`; not
    a noun that one follows (`requested anonymity to discuss the talks` reports the
    request, as annotators keep it)."""
    words = [t for t in content if t.dep_ != "neg"][:1]
    return bool(words) and words[0].lower_ == "to" and words[0].dep_ == "aux"


#: The rules, by name, in the order they are tried; each reads a statement, the text of
#: its doc (given by the caller: spaCy joins `doc.text` anew from every token on each
#: call) and its :class:`Content`, shared by the rules.
RULES: dict[str, Callable[[Reported, str, Content], bool]] = {
    "generic-you": generic_you,
    "markup": in_markup,
    "issued-work": issued_work,
    "addressed-subject": addressed_subject,
    "boilerplate": boilerplate,
    "connective": connective,
    "bare-relative": bare_relative,
    "pronoun-object": pronoun_object,
    "across-break": across_break,
    "anonymity-terms": anonymity_terms,
    "relative-act": relative_act,
    "setting-subject": setting_subject,
}


def unattributed(statement: Reported, text: str) -> str | None:
    """The name of the first rule that finds a statement is no attribution, or None;
    `text` is the text of the statement's doc."""
    content = Content(statement)
    return next((name for name, rule in RULES.items() if rule(statement, text, content)), None)
