"""Quoted words that are a name, not a view: a naming verb gives the name someone or
something goes by (`in what the council calls its "green corridor"`, `Fans call her "the
Wall"`), or a stance is aimed at a thing quoted only as its name (`defended what her
office calls the "temporary" closures`). The default scope drops such rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them, as PolNeAR annotates both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.articles import INDEFINITE, has_indefinite_article
from quotes.deps import SUBJECT
from quotes.language import table, word_list
from quotes.quoted_names import (
    in_present,
    label_in_use,
    quoted_name,
    quoted_proper_name,
    term_of_a_trade,
)
from quotes.records import QuoteType
from quotes.relative_tags import NOUN_RELATIVE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs that name someone or something (`calls him "the Captain"`): a name, not a view.
_NAMING = word_list("object-cues")


def only_names(content: Span) -> bool:
    """Whether every quoted word in some content stands in a name that a naming verb
    inside it gives (`defended what her office calls the "temporary" closures`, `blamed
    the cost of its plan, which it calls "Project Oak"`): the thing the stance is aimed at
    is quoted only as its name, so the row holds none of the speaker's own words."""
    quoted, inside = [], False
    for token in content:
        if token.is_quote:
            inside = not inside
        elif inside and not token.is_punct:
            quoted.append(token)
    return bool(quoted) and all(_in_given_name(t, content) for t in quoted)


def _in_given_name(token: Token, content: Span) -> bool:
    """Whether a token lies in the name a naming verb within `content` gives (its object
    complement: `calls it "Project Oak"`, `calls the "temporary" closures`)."""
    for ancestor in [token, *token.ancestors]:
        verb = ancestor.head
        if not content.start <= verb.i < content.end or verb == ancestor:
            return False
        if verb.lemma_.lower() in _NAMING and ancestor.dep_ in ("oprd", "xcomp", "ccomp", "dobj"):
            return True
    return False


def name_given(
    kind: QuoteType, content: Span | None, cue: Token | None, method: str
) -> bool:
    """Whether a naming verb gives the name someone or something goes by in the writer's
    sentence, not a view: `in what the council calls its "green corridor"`, `a process
    engineers call "slope creep"`, `Fans call her "the Wall"`. A definite or bare name is
    what the thing is called; an indefinite one, a superlative or a name with a
    complement is a judgement someone made, kept (`what she called "a stitch-up"`, `a
    verdict the family called "a whitewash"`, `called it "the worst deal"`). PolNeAR
    annotates both: `--scope all` keeps them.

    One phenomenon, read where the parse puts the thing named: the free relative `what`
    before the verb (:func:`names_what`), the noun the verb's clause describes when the
    verb has no object (:func:`_names_described`), or the verb's own object, whose name
    closes what a reported `naming` row holds (:func:`_quoted_name`; a direct quote is
    the speaker's words, so only the first two drop one).
    """
    if cue is None or cue.lemma_.lower() not in _NAMING or called_out(cue):
        return False
    if names_what(cue) or _names_described(cue) or _term_in_use(cue) or _self_named(cue):
        return True
    return (
        kind != "direct"
        and method.startswith("reported-naming")
        and content is not None
        and (
            quoted_name(content)
            or quoted_proper_name(content)
            or term_of_a_trade(cue, content)
            or label_in_use(cue, content)
        )
    )


#: Reflexive pronouns for a thing or a group naming itself (`itself`, `themselves`).
_REFLEXIVES = word_list("reflexive-pronouns")


def _self_named(cue: Token) -> bool:
    """Rule self-named: whether a naming verb's object is a reflexive pronoun and the
    name after it is quoted whole, with no article and no superlative inside the marks:
    `The group calls itself "Parents for Safe Streets"`, `The band call themselves "The
    Harbour Rats"`. The name a group or a person goes by, not a view of anything; a
    judgement of oneself stays a row (`calls himself "the best mayor this city ever
    had"`, `calls herself "a recovering optimist"`)."""
    # `The group calls itself "Parents for Safe Streets" and has about 300 members.`
    doc = cue.doc
    for obj in cue.children:
        if obj.dep_ not in ("dobj", "dative") or obj.lower_ not in _REFLEXIVES:
            continue
        k = obj.i + 1
        if k + 1 >= len(doc) or not doc[k].is_quote:
            return False
        close = next((t.i for t in doc[k + 1 : cue.sent.end] if t.is_quote), None)
        if close is None or close == k + 1:
            return False
        words = doc[k + 1 : close]
        return words[0].lower_ not in INDEFINITE and not any(
            t.tag_ in ("JJS", "RBS") for t in words
        )
    return False


#: Most words of a term in use that a naming verb gives (`"load sharing"`).
_TERM_WORDS = 2


def _term_in_use(cue: Token) -> bool:
    """Rule term-in-use: whether a naming verb, not in the simple past, gives its object
    a term of one or two words quoted whole, with no article inside the marks and
    nothing after it: `The military government calls the cuts "load sharing".`,
    `Politicians have taken to calling defectors "frogs".`, `The opposition has taken
    to calling it a "stealth tax".` The term the speaker goes on using for the thing, a
    name, not a view. A judgement in words of the speaker's own is longer, or has its
    article inside the marks (`called the dikes "ghost projects from start to finish"`,
    `calls it "a vanity project"`), or is an adjective (`calls her technique "ugly"`)."""
    # `Residents call the estate "the maze"` is a definite name, read by names_what
    if cue.tag_ == "VBD" or not any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children):
        return False
    doc = cue.doc
    for name in (c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i):
        words = [t for t in name.subtree if not t.is_punct]
        inside = [t for t in words if t.dep_ != "det"]
        if not inside:
            continue  # a name of a determiner alone (`called it "that"`)
        first, last = inside[0].i, inside[-1].i
        if (
            len(inside) <= _TERM_WORDS
            and not _adjective(name)
            and all(t.dep_ in ("compound", "amod") for t in inside if t.i != name.i)
            and first > 0
            and doc[first - 1].is_quote
            and last + 1 < len(doc)
            and doc[last + 1].is_quote
            and all(t.i < first - 1 for t in words if t.dep_ == "det")
        ):
            return True
    return False


def called_out(cue: Token) -> bool:
    """Rule called-out: a naming verb with a colon right after it calls words out aloud,
    as an official's call in play does, and gives no name: `The referee called: "Play
    on."`, `The umpire, Ana Ruiz, called: "Time."`. The quotation after the colon is
    what was said (no thing stands between the verb and it to be named). Words that say
    when or how may come between the verb and the colon, if none is the verb's object
    (`The auctioneer called as the hammer fell: "Sold, at thirty-six million."`)."""
    doc = cue.doc
    end = min(cue.sent.end, cue.i + 1 + _CALL_REACH)
    for token in doc[cue.i + 1 : end]:
        if token.text == ":":
            return True
        if token.is_quote or (token.head.i == cue.i and token.dep_ in _CALLED_THINGS):
            return False
    return False


#: How many words a naming verb's colon may stand after it (`called as the hammer fell:`).
_CALL_REACH = 8
#: Dependencies of what a naming verb names, and of a clause it reports: with one
#: before the colon, the words after it are no call.
_CALLED_THINGS = frozenset({"dobj", "dative", "oprd", "xcomp", "ccomp", "attr"})


def names_what(cue: Token) -> bool:
    """Whether a naming verb gives a definite name (`the`, `its`) to the free relative
    `what` before it: `in what the council calls its "green corridor"`, `during what
    insiders call the "dead week"`; or, in the present, an indefinite one whose article
    the writer leaves outside the marks, the label a body goes on using for its own plan
    (`has approved what her department calls an "efficiency review"`, `under what it is
    calling a "digital first" strategy`). Not a judgement someone once made (`what she
    called "a stitch-up"`, `what he called a "witch hunt"`), nor a superlative (`in what
    one magazine called "the boldest move in a decade"`). The parser may read a `what`
    that opens the sentence as the subject's determiner (:func:`_what_on_subject`)."""
    if cue.lemma_.lower() not in _NAMING:
        return False
    if not (
        any(c.lower_ == "what" and c.i < cue.i for c in cue.children) or _what_on_subject(cue)
    ):
        return False
    # the name may be parsed as the verb's object, `what` then its second object or the
    # subject's determiner: `What fans were calling "the long goodbye" was …`
    names = [
        c for c in cue.children if c.dep_ in ("oprd", "xcomp", "ccomp", "dobj") and c.i > cue.i
    ]
    return any(
        c.dep_ in ("det", "poss")
        and (
            c.lower_ not in INDEFINITE
            or ((in_present(cue) or _peoples_term(cue)) and _outside_marks(c, name))
        )
        and not any(t.tag_ in ("JJS", "RBS") for t in _own_words(name))
        for name in names
        for c in name.children
        if c.i < name.i
    )


#: The words for a people, lower case (`british`, `french`, `romans`), from the table of
#: nations (a place's name there is capitalised).
_PEOPLES = frozenset(
    word.replace("_", " ") for row in table("nationalities") for word in row if word.islower()
)


def _peoples_term(cue: Token) -> bool:
    """Rule peoples-term: whether a naming verb's subject is a whole people (`the
    British`, `Americans`), so that what it `called` a thing, in any tense, is the term
    the people used for it, a name in use, not one person's judgement: `the town was
    burned during what the British called a "punitive expedition"`."""
    # `The fort fell in what the French called a "pacification".`
    return any(
        c.dep_ == "nsubj"
        and c.lower_ in _PEOPLES
        and (c.tag_ in ("NNS", "NNPS") or any(d.lower_ == "the" for d in c.children))
        for c in cue.children
    )


def _what_on_subject(cue: Token) -> bool:
    """Rule what-on-subject: whether the parser read the free relative `what` that opens
    a sentence as the determiner of the naming verb's subject, so that the subject holds
    it (`What fans were already calling "the long goodbye" was his last game`: `What
    fans`); the clause still names a thing, as `what fans were calling` does."""
    # `What locals call "the Ditch" floods every spring.`
    return any(
        c.dep_ in SUBJECT
        and any(d.lower_ == "what" and d.dep_ == "det" and d.i < c.i for d in c.children)
        for c in cue.children
    )


def _outside_marks(article: Token, name: Token) -> bool:
    """Whether a quotation mark stands between an article and its noun: `an "efficiency
    review"`, not `"an efficiency review"`."""
    return any(t.is_quote for t in article.doc[article.i + 1 : name.i])


def _names_described(cue: Token) -> bool:
    """Whether a naming verb with no object of its own, or with a relative word for one,
    gives a bare or definite term for the noun its clause describes: `…, a process
    forecasters call "explosive cyclogenesis"`, `the dry spell farmers call the "hungry
    gap"`, `its turnaround plan, which it calls "Project Oak"`; not an indefinite one or
    a superlative (`a verdict the family called "a whitewash"`)."""
    objects = [
        c
        for c in cue.children
        if c.dep_ in ("dobj", "dative")
        and c.tag_ not in NOUN_RELATIVE_TAGS
        and not _relative_that(c, cue)
    ]
    if objects and not (len(objects) == 1 and _name_as_object(cue, objects[0])):
        return False
    names = objects or [c for c in cue.children if c.dep_ in ("oprd", "xcomp") and c.i > cue.i]
    if not objects and any(object_before_quote(name) for name in names):
        return False
    return bool(names) and all(
        not _adjective(name)
        and not _likeness(name)
        and not has_indefinite_article(name)
        and not any(t.tag_ in ("JJS", "RBS") for t in _own_words(name))
        for name in names
    )


def _relative_that(word: Token, cue: Token) -> bool:
    """Rule relative-that: whether the object of a naming verb is the relative word `that`
    of the clause the verb heads, though the tagger read it as a conjunction (IN, not
    WDT): `the fish sausage that locals call "the bread of the coast"`. Before the verb,
    at the head of a relative clause, `that` can only stand for the noun described."""
    return (
        word.lower_ == "that" and word.i < cue.i and cue.dep_ == "relcl" and word.tag_ == "IN"
    )


def object_before_quote(name: Token) -> bool:
    """Rule object-joined-to-complement: whether the parser read a naming verb's object
    and the quoted words after it as one phrase, its complement: words of its own (not
    a determiner alone) stand before the opening mark inside that phrase, as in `called
    the once-off payment "an insult dressed up as a bonus"` (the quoted words hung on
    `payment`) or `called the count "theft in broad daylight"` (`the count` hung on
    `theft`). The verb then has an object, the thing it judges, and no noun its clause
    describes is named; a name whose article alone stands outside the marks (`the dry
    spell farmers call the "hungry gap"`) is no such phrase."""
    # `The union's secretary called the offer "an insult dressed up as a bonus".`
    words = list(name.subtree)
    mark = next((k for k, t in enumerate(words) if t.is_quote), None)
    return mark is not None and any(
        not (t.is_punct or t.dep_ in ("det", "poss")) for t in words[:mark]
    )


#: Links from a naming verb up to the relative clause it stands in (`taken to calling`).
_CLAUSE_LINKS = frozenset({"xcomp", "pcomp", "prep", "aux"})


def _name_as_object(cue: Token, name: Token) -> bool:
    """Rule name-in-relative: whether the parser made a definite name the object of a
    naming verb in a relative clause with a subject of its own and no relative word for
    one, so that the noun the clause describes is what is named: `a change the profession
    calls the "2024 problem"`, `the earth walls that locals have taken to calling "the
    Great Wall"` (not `the councillor who called the plan "the worst deal"`, whose
    relative word is the subject)."""
    # `…, a change the profession calls the "2024 problem".`
    verb = cue
    while verb.dep_ in _CLAUSE_LINKS and verb.head is not verb:
        verb = verb.head
    return (
        verb.dep_ == "relcl"
        and any(
            c.dep_ in SUBJECT and c.tag_ not in NOUN_RELATIVE_TAGS
            for c in verb.children
        )
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in name.children)
    )


def _adjective(name: Token) -> bool:
    """Whether a name is an adjective, a judgement that names nothing, even where the
    parser hangs the object on it: `called the fine "absurd"` (`the fine` a modifier of
    `absurd`). A noun before it makes it a term the tagger misread: `"slope creep"`."""
    return name.pos_ == "ADJ" and not any(c.dep_ == "compound" for c in name.children)


def _own_words(name: Token) -> list[Token]:
    """The words of a name without a clause that describes it: in `a rota they call "the
    ladder", under which new starters take most of the nights` the name is `the
    ladder`, and `most` is no superlative of it."""
    clauses = {
        t.i for c in name.children if c.dep_ in ("relcl", "acl") for t in c.subtree
    }
    return [t for t in name.subtree if t.i not in clauses]


#: Words that open a likeness, not a name (`"like pulling teeth"`).
_LIKENESS = word_list("likeness-words")


def _likeness(name: Token) -> bool:
    """Rule quoted-likeness: whether the quotation a naming verb gives opens with `like`
    (`He called editing his own film "like pulling teeth with a spoon"`): a comparison,
    the speaker's judgement, not a name anything goes by."""
    doc = name.doc
    return any(
        t.is_quote and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _LIKENESS
        for t in name.subtree
    )
