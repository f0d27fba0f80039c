"""What a cue with a speaker reports: the first rule that finds its complement.

The rules are tried in order, each named in the rows it makes (`reported-<rule>`):
`according to X`, `in <a poll>` and `as X noted` report the clause around them; a light verb reports
the `that`-clause of its word (`made the case that …`); a cue set into its clause
reports that clause (:mod:`quotes.set_off`); then a noun's `that`-clause, a naming
verb's object complement, a verb's clause or infinitive (:mod:`quotes.verb_clauses`),
an adjective's clause, a one-word answer (`said yes`, `thinks so`), and last what a
stance or act cue is aimed at (:mod:`quotes.cue_objects`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotes.according_hosts import according_host, pointed_back
from quotes.clause_bounds import Content, clause_end, contiguous_around
from quotes.clefts import cleft_focus, said_in_cleft
from quotes.content_edges import trimmed
from quotes.cue_objects import (
    contact_antecedent,
    cue_object,
    cue_topic,
    moved_object,
    noun_topic,
    time_span,
)
from quotes.cue_words import OBJECT_CUES, in_poll, light_word, source_preposition
from quotes.feelings import feeling_object
from quotes.figure_estimates import figure_estimate
from quotes.glosses import before_gloss
from quotes.joined_reports import before_link, new_source
from quotes.language import table, word_list
from quotes.lemma_repairs import put_it_to
from quotes.naming import called_out
from quotes.poll_readings import poll_reading
from quotes.sentence_starts import MAX_SENTENCE_TOKENS
from quotes.set_off import ASIDE_PREPS, frames_quotation, split_by
from quotes.stance_adjectives import stance_topic
from quotes.stance_phrases import stance_phrase_object
from quotes.subtrees import subtree, subtree_indices
from quotes.verb_clauses import ASPECTUAL_CUES, verb_clause


def complement(cue: Token) -> Content | None:
    """What the cue reports, by the first rule that applies, trimmed of `that` and commas."""
    return complement_and_clause(cue)[0]


def complement_and_clause(cue: Token) -> tuple[Content | None, list[Token] | None]:
    """:func:`complement`, and the words of the clause the cue is set into when the
    parenthetical rule found it (:func:`~quotes.set_off.split_by`) or the clause around
    `according to X` did (:func:`~quotes.according_hosts.according_host`; None
    otherwise), which :func:`~quotes.set_off.set_apart` splits into its other pieces:
    found once, for both (on a sentence of a thousand words each reading is a thousand
    tokens)."""
    if source_preposition(cue):
        pointer = pointed_back(cue)
        if pointer is not None:  # `That's according to the clerk`
            return Content(pointer.idx, pointer.idx + len(pointer), "according-to"), None
        tokens, head = according_host(cue)
        focus = cleft_focus(head)
        if focus is not None:
            # `What it means, according to the analyst, is that rents will rise`
            return trimmed(_focus_clause(focus), "according-to"), None
        return trimmed(contiguous_around(tokens, head), "according-to"), tokens
    if in_poll(cue):
        return trimmed(_according_to(cue), "poll"), None
    reading = poll_reading(cue)
    if reading:
        return trimmed(reading, "verdict"), None
    figure = figure_estimate(cue)
    if figure:
        return trimmed(figure, "figure"), None
    word = light_word(cue)
    if word is not None:
        return trimmed(_light(cue, word), "light", shortest=1), None
    split = split_by(cue)
    if split is not None:
        if frames_quotation(cue, split[0]):
            return None, None
        focus = cleft_focus(split[1])
        if focus is not None:
            # `What the figures show, the economist said, is that wages have fallen`
            return trimmed(_focus_clause(focus), "parenthetical"), None
        return trimmed(contiguous_around(*split), "parenthetical"), split[0]
    if as_aside(cue):
        return trimmed(_host_clause(cue, cue.head), "as"), None
    focus = said_in_cleft(cue)
    if focus is not None:
        # `What the minister said was that the ward would stay open`
        return trimmed(_focus_clause(focus), "clause"), None
    for name, rule, shortest in _HEAD_RULES:
        heads = rule(cue)
        if heads:
            side = [h for h in heads if (h.i > cue.i) == (heads[-1].i > cue.i)]
            # `said A, and 4 in 10 said B`: B is the second cue's (:func:`new_source`)
            apart = [h for h in side[1:] if new_source(h)]
            side = [h for h in side if h not in apart]
            hi = max(clause_end(h).i for h in side)
            if apart:
                hi = min(hi, before_link(side[-1], apart[0]).i)
            # a sentence of the library's is never longer (see clause_bounds.reach)
            lo = max(min(h.left_edge.i for h in side), hi + 1 - MAX_SENTENCE_TOKENS)
            return trimmed(before_gloss(list(cue.doc[lo : hi + 1])), name, shortest), None
    moved = moved_object(cue)
    if moved is not None:
        return Content(moved.idx, moved.idx + len(moved), "relative"), None
    return trimmed(contact_antecedent(cue), "relative-head", shortest=1), None


#: Prepositions that say what a light cue is about: `took aim at`, `doubts about`.
_LIGHT_PREPS = word_list("light-prepositions")


def _light(verb: Token, word: Token) -> list[Token]:
    """What a light cue reports: a `that`-clause on the verb or its word (`made clear
    that …`, `made the case that …`; the parser may read the clause as the word's clausal
    subject), else what the word or verb is about (`took aim at the
    budget`, `have doubts about his record`), never a stretch of time (`gave evidence for
    two hours`: :func:`~quotes.cue_objects.time_span`)."""
    doc = verb.doc
    for head in [*verb.children, *word.children]:
        if head.i != word.i and head.dep_ in ("ccomp", "csubj", "acl", "advcl") and (
            head.left_edge.lower_ == "that"
        ):
            return list(doc[head.left_edge.i : clause_end(head).i + 1])
    for prep in [*word.children, *verb.children]:
        if prep.dep_ == "prep" and prep.lower_ in _LIGHT_PREPS:
            for obj in prep.children:
                # not how long: `gave evidence for two hours` (rule topic-time-span)
                if obj.dep_ in ("pobj", "pcomp") and not time_span(obj):
                    return list(doc[obj.left_edge.i : obj.right_edge.i + 1])
    return []


def _focus_clause(head: Token) -> list[Token]:
    """The words of the clause a pseudo-cleft puts in focus (rule cleft-focus,
    :mod:`quotes.clefts`), from its first word (a `that` trimmed later) to its end."""
    return list(head.doc[head.left_edge.i : clause_end(head).i + 1])


def _according_to(cue: Token) -> list[Token]:
    """The run of the clause around `according to X` that holds its head, without the
    phrase itself (the other runs are pieces of their own, :func:`~quotes.set_off.set_apart`).

    `According to police, the driver was not hurt` / `The fire started in the kitchen,
    according to the chief`.
    """
    tokens, head = according_host(cue)
    return contiguous_around(tokens, head)


def _host_clause(cue: Token, head: Token) -> list[Token]:
    """The run of the head's clause around the head, without the cue's own words.

    For a cue set into the clause it reports as a parenthetical: `Over the next decade,
    most analysts say, rents will climb` reports `rents will climb`; `The dam is safe,
    officials said` reports `The dam is safe`.
    """
    skip = set(subtree_indices(cue))
    tokens = [t for t in subtree(head) if t.i not in skip]
    return contiguous_around(tokens, head)


#: Cues that say something happened, not what: after `as` they tell when (`as he
#: spoke`, `as the crowd cheered`), not whose words the clause is.
_ACTIVITIES = word_list("activity-cues")


def as_aside(cue: Token) -> bool:
    """Whether a cue reports the clause it is an `as` aside of: `As the Economist noted,
    faith in the courts is waning`, `…, as the Times reported on Tuesday`, `As
    reported by the Gazette, the mill closed`; not an `as` of time (`as he spoke`, `as the
    crowd cheered`, `As the hearing began, …`: rule as-when-begun)."""
    return (
        cue.dep_ == "advcl"
        and cue.head.pos_ in ("VERB", "AUX")
        and cue.tag_ != "VBG"
        and cue.lemma_.lower() not in _ACTIVITIES
        # rule as-when-begun: `As the hearing began, …` says when, not who said it
        and cue.lemma_.lower() not in ASPECTUAL_CUES
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and not any(
            c.dep_ in ("ccomp", "dobj", "xcomp")
            or (c.dep_ == "prep" and c.lower_ not in ASIDE_PREPS)
            for c in cue.children
        )
    )


def _noun_clause(cue: Token) -> list[Token]:
    """A noun cue's `that`-clause, its own or after `be`: `Russian claims that the convoy
    carried weapons`, `His view is that the tax will hurt farmers`."""
    if cue.pos_ != "NOUN":
        return []
    own = [c for c in cue.children if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"]
    if own or cue.dep_ != "nsubj" or cue.head.lemma_ != "be":
        return own
    return [
        c
        for c in cue.head.children
        if c.dep_ == "ccomp" and c.i > cue.i and c.left_edge.lower_ == "that"
    ]


#: Naming verbs whose `as` phrase is the name given (`described … as`; not `called as
#: an expert witness`, summoned).
_AS_NAMING = word_list("as-naming-cues")


#: Naming verbs whose particle makes them another act (`called off`, `called up`).
_NOT_NAMING = frozenset((verb, particle) for verb, particle in table("naming-particles-not"))


# `The union called off the strike.`, `Police called in divers on Sunday.`
def _other_act(cue: Token) -> bool:
    """Rule phrasal-naming-verb: a naming verb with a particle that makes it another act
    (naming-particles-not.txt: `called off the strike`, `called up reservists`) names
    nothing, so its object is no name given and no statement."""
    return any(
        c.dep_ == "prt" and (cue.lemma_.lower(), c.lower_) in _NOT_NAMING for c in cue.children
    )


def _naming(cue: Token) -> list[Token]:
    """A naming verb's object and what it is called: `Diaz called the plan "a
    disaster"`, `The mayor described the flood as "a catastrophe"` (mixed, the name
    quoted), `Bush called Trump unhinged` (indirect, in the writer's words). Where the
    parser reads the object as a first name (`called Tuesday's sell-off "brutal"`, with
    `off` a particle), the object is that one and the name the next; where it hangs a
    quoted name on the object as its apposition (`calls a 2019 red "the best value on
    the list"`), that is the name (:func:`_quoted_apposition`). An `as` phrase is a name
    only after the verbs that name with it (:data:`_AS_NAMING`)."""
    if cue.lemma_.lower() not in OBJECT_CUES or _other_act(cue):
        return []
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    names = [
        c
        for c in cue.rights
        if c.dep_ in ("oprd", "xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ == "as" and cue.lemma_.lower() in _AS_NAMING)
    ]
    if not objects:
        return names[:2]
    if not names:
        names = _quoted_apposition(objects[0]) or _quoted_on_phrase(cue, objects[0])
    return objects[:1] + names[:1]


def _quoted_apposition(obj: Token) -> list[Token]:
    """The apposition of a naming verb's object that opens with a quotation mark right
    after the object's other words: the name given, which the parser hung on the object
    (`calls a 2019 red from the valley "the best value on the list"`)."""
    doc = obj.doc
    return [
        c
        for c in obj.rights
        if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote
    ][:1]


def _quoted_on_phrase(cue: Token, obj: Token) -> list[Token]:
    """Rule quoted-name-on-phrase: the quoted name a naming verb gives its object when the
    parser hung it on the noun of a phrase after the object, as that noun's apposition:
    `calls the oversized turbans on several runways "costume, not clothing"` (on
    `runways`), or made the quoted noun the phrase's own, the phrase's noun hung on it
    (`on many runways "theatre, not clothing"`, `runways` on `theatre`). The phrase may
    hang on the verb or on the object."""
    # `He calls the turbans on several runways "costume, not clothing".`
    phrases = [p for p in (*cue.rights, *obj.rights) if p.dep_ == "prep" and p.i > obj.i]
    nouns = [n for p in phrases for n in p.children if n.dep_ == "pobj"]
    for noun in nouns:
        found = _opening_quoted(noun)
        opened = noun.i > 0 and noun.doc[noun.i - 1].is_quote
        if not found and opened and noun.left_edge.i < noun.i - 1:
            found = [noun]  # `on many runways "theatre, …"`: the quoted noun heads the phrase
        if found:
            return found
    return []


def _opening_quoted(noun: Token) -> list[Token]:
    """The apposition of ``noun`` whose words open with a quotation mark (the mark its
    first word or the word before it)."""
    doc = noun.doc
    return [
        c
        for c in noun.rights
        if c.dep_ == "appos"
        and (c.left_edge.is_quote or (c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote))
    ][:1]


def _put_to(cue: Token) -> list[Token]:
    """Rule put-to (:func:`quotes.lemma_repairs.put_it_to`): the `that`-clause a cue `put
    it to` someone states: `She put it to him that the memo was never sent` reports `the
    memo was never sent`."""
    clause = put_it_to(cue)
    return [] if clause is None else [clause]


def _called_out(cue: Token) -> list[Token]:
    """Rule called-out (:func:`quotes.naming.called_out`): what a naming verb with a colon
    right after it calls out, which is no name: `The referee called: "Play on."`."""
    return _naming(cue) if called_out(cue) else []


def _predicate(cue: Token) -> list[Token]:
    """What an adjective cue after `be` reports: the clause hung on its `be` (`She is
    confident that the bill will pass`) or its own infinitive (`He is eager to leave`)."""
    if cue.dep_ != "acomp":
        return []
    clauses = [c for c in cue.head.rights if c.dep_ == "ccomp" and c.i > cue.i]
    return clauses or [c for c in cue.children if c.dep_ == "xcomp"]


#: Words that stand for a whole answer or view after a cue: `said yes`, `thinks so`.
_ANSWERS = word_list("answer-words")


def _answer(cue: Token) -> list[Token]:
    """A word that stands for a whole clause after a verb cue, as an answer or a view.

    Shape: `<speaker> <cue> [him|her|…] yes|no|so|not`. `Asked whether the pier would
    reopen, the engineer said no`, `Most members said yes`, `The coach thinks so`, `She
    told him no`: what was said is that word, right after the cue or after the pronoun
    it was said to (`said so in March` ends at `so`).
    """
    if cue.pos_ != "VERB":
        return []
    return [
        c
        for c in cue.rights
        if c.dep_ in ("intj", "advmod", "dobj", "neg")
        and c.lower_ in _ANSWERS
        and all(
            t.pos_ == "PRON" and t.dep_ in ("dative", "dobj", "neg", "advmod")
            for t in cue.doc[cue.i + 1 : c.i]
        )
    ][:1]


#: The rules that find the heads of what a cue reports, in the order tried: each rule's
#: name (the `reported-<name>` method of its rows), the rule, and the fewest words its
#: content may have (an object or a topic may be one word: `praised Smith`).
_HEAD_RULES: tuple[tuple[str, Callable[[Token], list[Token]], int], ...] = (
    ("put-to", _put_to, 2),
    ("noun-clause", _noun_clause, 2),
    ("called-out", _called_out, 1),
    ("naming", _naming, 2),
    ("feeling", feeling_object, 1),
    ("stance-adjective", stance_topic, 1),
    ("stance-phrase", stance_phrase_object, 1),
    ("clause", verb_clause, 2),
    ("predicate", _predicate, 2),
    ("answer", _answer, 1),
    ("object", cue_object, 1),
    ("topic", cue_topic, 1),
    ("noun-topic", noun_topic, 1),
)
