"""What a cue with a speaker reports: the first rule that finds its complement.

The rules are tried in order, each named in the rows it makes (`reported-<rule>`):
`according to X`, `in <a poll>` and `as X noted` report the clause around them; a light verb reports
the `that`-clause of its word (`made the case that …`); a cue set into its clause
reports that clause (:mod:`quotes.set_off`); then a noun's `that`-clause, a naming
verb's object complement, a verb's clause or infinitive, an adjective's clause, a
one-word answer (`said yes`, `thinks so`), and last what a stance or act cue is aimed
at (:mod:`quotes.cue_objects`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotes.clause_bounds import (
    Content,
    before_gloss,
    before_link,
    clause_end,
    contiguous_around,
    new_source,
    trimmed,
)
from quotes.clause_repairs import INTERMEDIARIES
from quotes.cue_objects import cue_object, cue_topic, moved_object, noun_topic
from quotes.cue_words import OBJECT_CUES, in_poll, light_word
from quotes.language import word_list
from quotes.lemma_repairs import put_it_to
from quotes.mentions import ISSUED
from quotes.naming import called_out
from quotes.set_off import ASIDE_PREPS, according_host, frames_quotation, split_by

#: Cues of going on or starting, whose infinitive is not what is reported: `continued to
#: say`, `began to speak` (the inner cue reports it).
ASPECTUAL_CUES = word_list("aspectual-cues")


def complement(cue: Token) -> Content | None:
    """What the cue reports, by the first rule that applies, trimmed of `that` and commas."""
    return complement_and_clause(cue)[0]


def complement_and_clause(cue: Token) -> tuple[Content | None, list[Token] | None]:
    """:func:`complement`, and the words of the clause the cue is set into when the
    parenthetical rule found it (:func:`~quotes.set_off.split_by`; None otherwise), which
    :func:`~quotes.set_off.set_apart` splits into its other pieces: found once, for both."""
    if cue.lower_ == "according":
        return trimmed(_according_to(cue), "according-to"), None
    if in_poll(cue):
        return trimmed(_according_to(cue), "poll"), None
    word = light_word(cue)
    if word is not None:
        return trimmed(_light(cue, word), "light", shortest=1), None
    split = split_by(cue)
    if split is not None:
        if frames_quotation(cue, split[0]):
            return None, None
        return trimmed(contiguous_around(*split), "parenthetical"), split[0]
    if as_aside(cue):
        return trimmed(_host_clause(cue, cue.head), "as"), None
    for name, rule, shortest in _HEAD_RULES:
        heads = rule(cue)
        if heads:
            side = [h for h in heads if (h.i > cue.i) == (heads[-1].i > cue.i)]
            # `said A, and 4 in 10 said B`: B is the second cue's (:func:`new_source`)
            apart = [h for h in side[1:] if new_source(h)]
            side = [h for h in side if h not in apart]
            lo = min(h.left_edge.i for h in side)
            hi = max(clause_end(h).i for h in side)
            if apart:
                hi = min(hi, before_link(side[-1], apart[0]).i)
            return trimmed(before_gloss(list(cue.doc[lo : hi + 1])), name, shortest), None
    moved = moved_object(cue)
    if moved is None:
        return None, None
    return Content(moved.idx, moved.idx + len(moved), "relative"), None


#: Prepositions that say what a light cue is about: `took aim at`, `doubts about`.
_LIGHT_PREPS = word_list("light-prepositions")


def _light(verb: Token, word: Token) -> list[Token]:
    """What a light cue reports: a `that`-clause on the verb or its word (`made clear
    that …`, `made the case that …`; the parser may read the clause as the word's clausal
    subject), else what the word or verb is about (`took aim at the
    budget`, `have doubts about his record`)."""
    doc = verb.doc
    for head in [*verb.children, *word.children]:
        if head.i != word.i and head.dep_ in ("ccomp", "csubj", "acl", "advcl") and (
            head.left_edge.lower_ == "that"
        ):
            return list(doc[head.left_edge.i : clause_end(head).i + 1])
    for prep in [*word.children, *verb.children]:
        if prep.dep_ == "prep" and prep.lower_ in _LIGHT_PREPS:
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    return list(doc[obj.left_edge.i : obj.right_edge.i + 1])
    return []


def _according_to(cue: Token) -> list[Token]:
    """The run of the clause around `according to X` that holds its head, without the
    phrase itself (the other runs are pieces of their own, :func:`set_apart`).

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
    skip = set(t.i for t in cue.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    return contiguous_around(tokens, head)


#: Cues that say something happened, not what: after `as` they tell when (`as he
#: spoke`, `as the crowd cheered`), not whose words the clause is.
_ACTIVITIES = word_list("activity-cues")


def as_aside(cue: Token) -> bool:
    """Whether a cue reports the clause it is an `as` aside of: `As the Economist noted,
    faith in the courts is waning`, `…, as the Times reported on Tuesday`, `As
    reported by the Gazette, the mill closed`; not an `as` of time (`as he spoke`, `as the
    crowd cheered`)."""
    return (
        cue.dep_ == "advcl"
        and cue.head.pos_ in ("VERB", "AUX")
        and cue.tag_ != "VBG"
        and cue.lemma_.lower() not in _ACTIVITIES
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


def _naming(cue: Token) -> list[Token]:
    """A naming verb's object and what it is called: `Diaz called the plan "a
    disaster"`, `The mayor described the flood as "a catastrophe"` (mixed, the name
    quoted), `Bush called Trump unhinged` (indirect, in the writer's words)."""
    if cue.lemma_.lower() not in OBJECT_CUES:
        return []
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    names = [
        c
        for c in cue.rights
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    return objects[:1] + names[:1]


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


def _clause(cue: Token) -> list[Token]:
    """A verb cue's clause: `said (that) <clause>`, `<clause>, officials said`, a naming
    verb's object complement (`called the plan a disaster`), an infinitive (`promised to
    cut taxes`, `declined to comment`; with an object first, the object reports it: `urged
    voters to stay home`)."""
    lemma = cue.lemma_.lower()
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    timed = bool(objects) and all(_time_object(c) for c in objects)
    infinitive = lemma not in ASPECTUAL_CUES and (not objects or timed)
    return [
        c
        for c in cue.children
        if c.dep_ == "ccomp"
        or (lemma in OBJECT_CUES and c.dep_ in ("oprd", "xcomp"))
        or (c.dep_ == "xcomp" and infinitive)
        # `promised Sunday at a rally to end the charges`: the day read as the object,
        # the infinitive as an adverbial
        or (timed and c.dep_ == "advcl" and _to_infinitive(c))
        # `called for her to quit`: a `for … to` clause
        or (c.dep_ == "advcl" and c.left_edge.lower_ == "for" and c.left_edge.i > cue.i)
        or _asked_if(cue, c)
    ] or (
        _in_statement(cue) or _after_listener(cue) or _under_questioning(cue)
        or _after_occasion(cue)
    )


#: Words for a day, which may stand after a cue as an adverb of time.
_DAYS = word_list("day-words")


def _time_object(word: Token) -> bool:
    """Whether a cue's object is a day alone that the parser read as one: `Sunday` in
    `She promised Sunday to end the charges` (an adverb of time, not what was promised)."""
    return word.lower_ in _DAYS and word.i == word.left_edge.i == word.right_edge.i


def _to_infinitive(clause: Token) -> bool:
    """Whether a clause is a `to`-infinitive: `to end the charges`."""
    return clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _asked_if(cue: Token, clause: Token) -> bool:
    """Whether a clause the parser hung as an adverbial is the question an asking cue
    puts to its object: `Reporters asked the coach if he would resign`, right after the
    one asked (not a condition: `will ask the board for money if the grant fails`)."""
    if clause.dep_ != "advcl":
        return False  # asked of every dependent of every cue: the objects only for these
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return (
        cue.lemma_.lower() in _ASKING
        and clause.left_edge.lower_ in _QUESTION_MARKS
        and len(objects) == 1
        and clause.left_edge.i == objects[0].right_edge.i + 1
    )


#: Cues that ask: `asked the coach if …`.
_ASKING = word_list("asking-cues")
#: Words that open a yes-or-no question put in reported speech.
_QUESTION_MARKS = word_list("yes-no-question-words")


def _in_statement(cue: Token) -> list[Token]:
    """The `that`-clause the parser hung on the statement a cue speaks through: `said in
    a statement that the mayor won't be bullied`, `wrote in a letter that …`; or on the
    person it speaks through: `said through her agent that she was resting` (see
    :func:`quotes.clause_repairs.repair_intermediary`); or on a participle that says how
    the statement was put out: `said in a statement made available to journalists on
    Monday that …`, `said in a statement signed by his aide that …`."""
    return [
        clause
        for prep in cue.children
        if prep.dep_ == "prep" and prep.i > cue.i
        for work in prep.children
        if work.dep_ == "pobj"
        and (work.lemma_.lower() in ISSUED or work.lemma_.lower() in INTERMEDIARIES)
        for clause in [*work.children, *_on_participles(work)]
        if clause.dep_ in ("acl", "ccomp", "relcl") and clause.left_edge.lower_ == "that"
        and (clause.left_edge.dep_ == "mark" or _said_not_issued(clause))
    ]


def _on_participles(work: Token) -> list[Token]:
    """The `that`-clauses the parser hung on a participle after a statement, which says
    how it was put out, not what it says: `a statement made available to journalists
    that …` (`that …` a clause of `made`)."""
    return [
        clause
        for participle in work.children
        if participle.dep_ == "acl" and participle.tag_ == "VBN"
        for clause in participle.children
        if clause.dep_ == "ccomp" and clause.left_edge.dep_ == "mark"
    ]


#: Verbs by which a statement or letter is issued: a clause on them describes the work.
_ISSUING = word_list("issuing-verbs")


def _said_not_issued(clause: Token) -> bool:
    """Whether a clause the parser read as relative, with `that` for its pronoun, is what
    the statement says: it has a subject of its own and its verb does not issue the
    work. `said in a press release that Loop would go on sale in May` (`that` taken for
    the object of `go`) is; `said in a statement that she issued on Monday` is not."""
    return clause.lemma_.lower() not in _ISSUING and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != clause.left_edge.i for c in clause.children
    )


#: Nouns of the time or occasion a cue spoke at: `said at the time that …`.
_OCCASIONS = word_list("occasion-nouns")


def _after_occasion(cue: Token) -> list[Token]:
    """The `that`-clause the parser read as a relative clause on when or where a cue
    spoke: `reported at the time that the blast had been heard miles away`, `told
    reporters at a briefing that …` (`that` taken for a relative word).

    Shape: `<cue> <prep> <occasion noun> that <subject> <verb> …`. A true relative clause
    on the occasion has no subject but `that` (`said at the briefing that followed`),
    takes `that` as its object (`said at the meeting that she chaired`) or issues
    something (:func:`_said_not_issued`)."""
    return [
        clause
        for prep in cue.rights
        if prep.dep_ == "prep"
        for occasion in prep.children
        if occasion.dep_ == "pobj" and occasion.lemma_.lower() in _OCCASIONS
        for clause in occasion.rights
        if clause.dep_ in ("relcl", "acl")
        and clause.left_edge.lower_ == "that"
        and clause.left_edge.i == occasion.i + 1
        and clause.left_edge.dep_ not in ("dobj", "nsubj", "nsubjpass")
        and _said_not_issued(clause)
    ][:1]


def _under_questioning(cue: Token) -> list[Token]:
    """The `that`-clause the parser hung on the questioning a cue was made under:
    `conceded under further questioning that users could get past it`, `admitted under
    cross-examining that …` (a gerund after a preposition of the cue)."""
    return [
        clause
        for prep in cue.children
        if prep.dep_ == "prep" and prep.i > cue.i
        for gerund in prep.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
        for clause in gerund.children
        if clause.dep_ == "ccomp" and clause.left_edge.lower_ == "that"
    ][:1]


#: Cues whose object is whom they address: `told reporters`, `assured donors`.
_ADDRESSING = word_list("addressing-cues")


def _after_listener(cue: Token) -> list[Token]:
    """The `that`-clause the parser read as a relative clause on whom a cue addresses or
    on where they were: `told a briefing that three centres would open`, `told analysts on
    a conference call that the stores would close` (`that` taken for a relative pronoun).

    Shape: `<addressing cue> <listener> [<prep> <noun>] that <subject> <verb> …`. A true
    relative clause has no subject besides its `that` (`told the panel that met on
    Monday`), so one with a subject of its own is what was told."""
    if cue.lemma_.lower() not in _ADDRESSING:
        return []
    listeners = [c for c in cue.rights if c.dep_ == "dobj"][:1]
    if not listeners:
        return []
    places = [
        obj
        for prep in [*listeners[0].rights, *cue.rights]
        if prep.dep_ == "prep" and prep.i > listeners[0].i
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return [
        clause
        for holder in [*listeners, *places]
        for clause in holder.rights
        if clause.dep_ in ("relcl", "acl")
        and clause.left_edge.lower_ == "that"
        and clause.left_edge.i == holder.i + 1
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != clause.left_edge.i
            for c in clause.children
        )
    ][:1]


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
    ("clause", _clause, 2),
    ("predicate", _predicate, 2),
    ("answer", _answer, 1),
    ("object", cue_object, 1),
    ("topic", cue_topic, 1),
    ("noun-topic", noun_topic, 1),
)
