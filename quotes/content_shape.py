"""What shape a row's reported content has: a clause that says something, a question, or
a statement someone else made that the source only relays. The statements scope
(:func:`quotes.scope.dropped_by`) keeps reported speech only when its content is a clause
that says something and is no question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.deps import SUBJECT, SUBJECT_OR_AUX
from quotes.language import word_classes, word_list
from quotes.normalise import CLOSING_MARKS_AND_SPACES
from quotes.verb_forms import FINITE_TAGS, is_finite

if TYPE_CHECKING:
    from spacy.tokens import Span, Token



def clause(content: Span, lenient: bool = False, an_object: bool = False) -> bool:
    """Whether reported content is a clause that says something: a finite verb heads it
    (`the savings figure is inflated`, `troops were on standby`), or an infinitive with a
    subject of its own (`prices to rise`). Not a thing (`its dividend policy`, `that`), an
    infinitive of the cue's own subject (`to comment on the notice`, `to be identified`)
    or a bare participle (`her leading the field`).

    `lenient` (for what is said or thought) also takes content that is no infinitive but
    holds a finite verb or a past participle anywhere, as the parser may hang a reported
    clause on its subject: `said the link held after …` (`held` a modifier of `link`).
    When the content is what the parse gives as the cue's object (`an_object`), a verb
    that heads a relative clause there, or helps one, says something of a noun, not
    what was said, and does not count (:func:`_describes_a_noun`)."""
    heads = roots(content)
    for root in heads:
        if _verb_read_as_noun(root):
            return True
        if root.pos_ not in ("VERB", "AUX"):
            continue
        if is_finite(root):
            return True
        if root.tag_ == "VB" and any(
            c.dep_ in SUBJECT and c.i >= content.start for c in root.children
        ):
            return True
    if not lenient or any(_infinitive(root) or _participle_clause(root) for root in heads):
        return False
    return any(
        (t.tag_ in FINITE_TAGS or t.tag_ == "VBN")
        and not _adjective(t)
        and not (an_object and _describes_a_noun(t, content))
        for t in content
    )


def _verb_read_as_noun(root: Token) -> bool:
    """Rule verb-read-as-noun: whether the head of a reported clause is a verb in `-s` the
    tagger read as a plural noun, though the parser hangs it on the cue as a clause opened
    by `that` with a subject or an object of its own: `found that each trawler supports
    four jobs`, `told us that the figure measures the wait` (`supports`, `measures` tagged
    as nouns). A noun never takes `that` as its conjunction together with a subject or an
    object, so the words are a clause that says something."""
    return (
        root.tag_ == "NNS"
        and root.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children)
        and any(c.dep_ in ("nsubj", "dobj") for c in root.children)
    )


def _adjective(token: Token) -> bool:
    """Whether a participle is an adjective before its noun, with no auxiliary of its own:
    `cyclone-hit` in `a further $40 million for the cyclone-hit valley`, `loved` in `one
    of the town's best-loved bakers`; it says what a noun is like, not what was said (a
    verb group the parser hung on a noun keeps its auxiliary: `had backed the strike`, and
    a verb with a subject of its own: `said the permit covered attempts until June`,
    `covered` read as an adjective of `attempts` with `permit` its subject)."""
    return (
        token.dep_ == "amod"
        and token.head.i > token.i
        and not any(c.dep_ in SUBJECT_OR_AUX for c in token.children)
    )


#: Links from a verb to the words of its verb group or clause: a verb on the way up
#: them still stands in the same clause.
_IN_CLAUSE = frozenset({"aux", "auxpass", "neg", "conj", "xcomp", "ccomp", "advcl"})


def _describes_a_noun(token: Token, content: Span) -> bool:
    """Whether a verb in the cue's object stands in a relative clause there, which says
    something of a noun, not what was said: `reminded him of the evidence he gave in
    March`, `announced a platform that lets hospitals run models`. Not a verb group the
    parser hung on a noun as a modifier (`said 87 percent of those who voted had backed
    the strike`: `had backed` an adjective of `strike`), nor a participle on its subject
    (`said the link held after …`); but a participle set off after its noun by a comma
    is a relative clause cut short (`announced a fund for farms, called "Dry Year"`)."""
    for ancestor in [token, *token.ancestors]:
        if not content.start <= ancestor.i < content.end:
            return False
        if ancestor.dep_ == "relcl":
            return True
        if ancestor.dep_ == "acl" and ancestor.i > 0 and ancestor.nbor(-1).text == ",":
            return True
        if ancestor.dep_ not in _IN_CLAUSE:
            return False
    return False


def _participle_clause(verb: Token) -> bool:
    """Rule participle-clause: content headed by an `-ing` participle with a subject of
    its own is a thing done or a charge, not a clause that says something, whatever
    finite verb stands deeper in it: `admitted arson being reckless as to whether life
    was endangered` (a plea), `recalled her mother singing as the boats came in`."""
    return verb.tag_ == "VBG" and any(c.dep_ in SUBJECT for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """Whether a word heads a `to`-infinitive: `to comment`, `not to be named`."""
    return any(c.tag_ == "TO" and c.i < verb.i for c in verb.children)


def question(content: Span, cue: Token | None, method: str, doc_text: str) -> bool:
    """Whether reported content is a question, not a claim: an embedded question (`whether
    he would stand down`, `how long the search could go on`), or a clause reported in a
    sentence that asks (`Does anyone believe it will fall?`: a question mark ends the
    content). A transcript line after a name and colon is the person's own words,
    question or not. `doc_text` is the text of the content's doc (read here, not
    ``Doc.text``, which spaCy joins anew from every token on each call)."""
    first = next((t for t in content if not t.is_punct), None)
    if first is not None and _asks(first, content):
        return True
    if cue is None or method == "reported-colon":
        return False
    after = doc_text[content.end_char : content.end_char + 4].lstrip(CLOSING_MARKS_AND_SPACES)
    return after.startswith("?")


def _asks(first: Token, content: Span) -> bool:
    """Whether the first word of some content opens it as a question: `whether`/`if`
    marking its main verb, or a wh-word on the way to it (`what comes next`, `how long
    the search could go on`), not one opening a clause before it (`when the storm hit,
    the power went out`, `if it fails, prices will rise`) or a clause that is its subject
    (`where a product is shelved matters less than …`, a claim about it). The words are
    data; the tags are not trusted (`that` before a reported clause may be tagged as a
    wh-word)."""
    if first.lower_ not in word_list("question-words"):
        return False
    token = first
    while content.start <= token.head.i < content.end and token.head != token:
        if token.dep_ in ("advcl", "relcl", "csubj", "csubjpass"):
            return False
        token = token.head
    # the parser may hang a subject clause outside the reported one: the wh-word then
    # leads to a verb other than the clause the cue reports
    reported = [r for r in roots(content) if r.dep_ == "ccomp"]
    return not reported or token in reported


def relayed(content: Span) -> bool:
    """Whether reported content is itself someone's statement with its own cue and
    source, which the outer source only passes on: `According to local media, the
    ministry has announced that …` (the ministry's statement, not the media's); not what
    someone is said to think or hope (`engineers hope to reconnect them`), nor a count of
    people who voted or answered a certain way (:func:`_counted`)."""
    return any(
        # the verb lexicon's class (quotes.cue_classes.VERB_CLASSES), read from the list:
        # the scope's rules load no spaCy
        word_classes("cues").get(root.lemma_.lower()) == "speech"
        and any(c.dep_ == "nsubj" and not _counted(c) for c in root.children)
        and any(c.dep_ == "ccomp" for c in root.children)
        for root in roots(content)
    )


def _counted(subject: Token) -> bool:
    """Rule counted-voices: whether a speech verb's subject is a count of people, a
    figure the outer source gives, not someone whose statement it passes on: `According
    to the electoral office, 61.2 percent of voters said No and turnout was 72 percent`,
    `a third of members said yes` (a number heads the subject, or a number and an
    `of` phrase make it a share of a group); not a number of bodies (`the two rail firms
    have announced that …`, relayed)."""
    children = list(subject.children)
    return subject.like_num or (
        any(c.dep_ == "nummod" for c in children)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children)
    )


#: Cues whose object can be the words said: `say`, `tell`, `quote`.
_WORDS_OBJECT_CUES = word_list("words-object-cues")
#: Cue lemmas whose direct object is a thing, not what is said: discovery (`found
#: cracks`), keeping and going on (`maintained its lead`, `began the tour`), adding
#: (`added a stop`), the language one speaks (`speaks Portuguese`); loaded here, for
#: the scope's modules the CLI imports at start-up, and read by quotes.cue_objects.
THING_OBJECT_CUES = word_list("thing-object-cues")


#: Charging verbs, each with the preposition of its charge (`accuse` `of`).
_CHARGING = word_classes("charge-cues")


def _judged(cue: Token, content: Span) -> bool:
    """Whether a cue's object is followed by the source's own quoted judgement of it, a
    row of its own (:mod:`quotes.quoted_fragments`): `dismissed the claims as "lies"`,
    `accused the board of "playing games"`."""
    if cue.lemma_.lower() in _CHARGING:
        return True
    doc = content.doc
    return any(
        w.lower_ == "as" and w.i + 1 < content.end and doc[w.i + 1].is_quote for w in content
    )


def quoted_thing(cue: Token | None, content: Span) -> bool:
    """Rule quoted-thing-object: whether a direct row is a noun phrase quoted whole as the
    direct object of a cue whose object is a thing (:data:`THING_OBJECT_CUES`), the
    writer's scare quotes and no words said: `Every chancellor promises to find
    "efficiency savings"`, `The union maintains "a strict neutrality"`, `He added "a
    touch of class"`. Not a quote set off by a comma or a colon (`He added: "No."`), nor
    one holding a verb (`She added "we will appeal"`)."""
    if cue is None or cue.lemma_.lower() not in THING_OBJECT_CUES:
        return False
    doc = content.doc
    heads = roots(content)
    return (
        len(heads) == 1
        and heads[0].dep_ == "dobj"
        and heads[0].head.i == cue.i
        and all(t.is_quote or not t.is_punct for t in doc[cue.i + 1 : content.start])
        and not any(t.pos_ in ("VERB", "AUX") for t in content)
    )


def thing_object(cue: Token | None, content: Span) -> bool:
    """Rule thing-object: whether content that the parse gives as a cue's object (or the
    topic after its preposition) is a thing the act is done to, not what was said: only a
    verb whose object can be words (:data:`_WORDS_OBJECT_CUES`) reports them there, where
    the parser took a reported clause for its object. `took off her glove to show the
    code written on her wrist` (`written` no reported verb), `The harbour master thanked
    the "angels" of the rescue boat`, `Delegates spoke of the "green corridor"`,
    `objected to four crates brought in late` are acts and topics; `Organisers say the
    stall sold out by noon` stays a row, and so does a quoted judgement of the object
    (:func:`_judged`)."""
    return (
        cue is not None
        and cue.lemma_.lower() not in _WORDS_OBJECT_CUES
        and not _judged(cue, content)
        and not _after_complementiser(cue, content)
    )


def _after_complementiser(cue: Token, content: Span) -> bool:
    """Rule object-after-complementiser: whether the parse's object of a cue follows a
    `that` right after the cue that the tagger read as a complementiser (`IN`), whatever
    dependency the parser gave it, so the object is the subject of a reported clause:
    `the authors reported that larvae from tanks that survived heating settled …`
    (`that` hung on `larvae` as its determiner, a word no plural takes). A
    demonstrative `that` is tagged a determiner (`spoke of that plan`)."""
    # `In a preprint, the team reported that larvae from the reef settled late.`
    doc = content.doc
    mark = doc[content.start - 1] if content.start else None
    return (
        mark is not None
        and mark.lower_ == "that"
        and mark.tag_ == "IN"
        and mark.i == cue.i + 1
    )



#: Verbs of talking whose quoted topic names what was talked of (`spoke of "…"`).
_TOPIC_TALK = word_list("topic-talk-cues")


def quoted_topic(cue: Token | None, content: Span, method: str) -> bool:
    """Rule quoted-topic: whether a direct row is a whole quotation after a cue's
    preposition of topic that names what someone talked of, not words they said as a
    statement: `By the 1990s critics spoke of "the Kova sound"`, `The coach talked of
    "fearless cricket"` (the guideline's talk about a topic, like `spoke about`), a
    thing-object (:func:`thing_object`) quoted whole after a verb of talking
    (:data:`_TOPIC_TALK`); a verb that says something of its topic (`warned of "a
    catastrophe"`) and a quoted judgement of an object (`described it as "…"`) stay
    rows."""
    return (
        method.startswith("reported-topic")
        and cue is not None
        and cue.lemma_.lower() in _TOPIC_TALK
        and thing_object(cue, content)
    )


#: Cues that ask for a thing named after `for` (`asked for "an actress, 25–35"`).
_REQUEST_FOR = word_list("request-for-cues")


def quoted_request(cue: Token | None, content: Span, method: str) -> bool:
    """Rule quoted-request: whether a direct row is a thing quoted whole after a cue's
    `for` that asks for it, what is requested and not words said as a statement: `The
    casting call asked for "an actress, 25–35, with a strong voice"`, `The advert asks
    for "a driver who can start at once"` (the guideline's requests)."""
    if not method.startswith("reported-topic") or cue is None:
        return False
    if cue.lemma_.lower() not in _REQUEST_FOR:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and content.start <= o.i < content.end for o in prep.children)
        for prep in cue.children
    )


#: Verbs of choosing or using a word (`prefer`, `avoid`, `coin`).
_WORD_CHOICE = word_list("word-choice-verbs")
#: Most words of a quoted word or term that is only chosen or used.
_CHOSEN_WORDS = 4


def chosen_word(cue: Token | None, content: Span) -> bool:
    """Rule chosen-word: whether a direct row is a word or a short term quoted whole as
    the object of a verb of choosing or using words (:data:`_WORD_CHOICE`): `The report
    avoids the term "crisis", preferring "pressure"`, `Other members preferred "mass
    atrocity"`. The quote names a word discussed as a word, with no verb of its own, and
    says nothing; words someone says about it stay rows."""
    if cue is None or cue.lemma_.lower() not in _WORD_CHOICE:
        return False
    words = [t for t in content if t.is_alpha]
    return (
        0 < len(words) <= _CHOSEN_WORDS
        and not any(t.pos_ in ("VERB", "AUX") for t in content)
        and any(t.dep_ == "dobj" and t.head.i == cue.i for t in roots(content))
    )


#: Subjects after which a verb with no `-s` is a subjunctive (`that he resign`).
_SUBJUNCTIVE_SUBJECTS = word_list("subjunctive-subjects")


def mandate(content: Span) -> bool:
    """Rule mandate: whether reported content is a subjunctive clause, the mood of an order
    or a demand, not of a claim: `It ruled that the map be replayed`, `The chair ruled that
    the point be taken up next week`, `She insisted that he resign`. Its verb is a bare
    `be` (`be replayed`, `that the hearing be adjourned`) or, after `that`, a verb without
    the `-s` that its `he`, `she` or `it` calls for (not `found it shut`, a past); a modal
    or `to` makes no subjunctive (`that it should be replayed` is a view of what should
    happen, which stays a row)."""
    # `The panel ruled that the second leg be played again.`: no claim that it was
    for root in roots(content):
        if root.pos_ not in ("VERB", "AUX") or root.tag_ in ("VBD", "VBZ"):
            continue
        children = list(root.children)
        subjects = [c for c in children if c.dep_ in SUBJECT]
        helpers = [c for c in children if c.dep_ in ("aux", "auxpass")]
        if not subjects or any(h.tag_ == "TO" or h.tag_ in FINITE_TAGS for h in helpers):
            continue
        if any(w.lower_ == "be" and w.tag_ == "VB" for w in [root, *helpers]):
            return True
        if (
            not helpers
            and root.tag_ in ("VB", "VBP")
            and root.lower_ == root.lemma_.lower()
            and subjects[0].lower_ in _SUBJUNCTIVE_SUBJECTS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        ):
            return True
    return False


#: Cues of wanting: `want`.
_WANTING = word_list("wanting-cues")


def wanted_of_another(content: Span, cue: Token | None) -> bool:
    """Rule wanted-of-another: whether a row is what someone wants another person or thing
    to do or have done, a demand and not a claim: `The union wants the fare raised to
    £2`, `The council wants you to call it a "visitor levy"` (no finite verb heads the
    content, and it does not open with `to`, an infinitive of the wanter's own, which
    other rules judge: `accused her of wanting to "shut the depot"` stays a row)."""
    if cue is None or cue.lemma_.lower() not in _WANTING:
        return False
    first = next((t for t in content if not t.is_punct), None)
    if first is None or first.tag_ == "TO":
        return False
    return not any(is_finite(root) for root in roots(content))


def roots(span: Span) -> list[Token]:
    """The tokens of a span whose head lies outside it (or that head their sentence),
    read token by token: ``Span.to_array`` reads each value through a Python loop in
    spaCy, some ten times the cost of the token objects (and a doc's whole array costs
    the doc's length for each row)."""
    start, end = span.start, span.end
    return [t for t in span if (head := t.head.i) == t.i or not start <= head < end]
