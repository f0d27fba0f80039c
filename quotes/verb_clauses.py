"""Rule `clause` of :mod:`quotes.complements`: what a verb cue reports when it is a
clause of the verb's, `said (that) <clause>`, an infinitive (`promised to cut taxes`,
`urged voters to stay home`), a question put to the one asked (`asked the coach if …`),
or a `that`-clause the parser hung on a word after the cue rather than on the cue: the
statement or person it speaks through (`said in a statement that …`, `said through her
agent that …`), whom it addresses (`told a briefing that …`), when it spoke (`said at the
time that …`) or the questioning it was made under (`conceded under questioning that
…`).

Kept apart from the other rules of :mod:`quotes.complements` because it is the one rule
with its own steps: each misplaced `that`-clause is a shape of its own, tried only when
the cue has no clause of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.clause_repairs import INTERMEDIARIES
from quotes.cue_classes import VERB_CLASSES
from quotes.cue_words import OBJECT_CUES
from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.source_words import ISSUED, ISSUING

#: Cues of going on or starting, whose infinitive is not what is reported: `continued to
#: say`, `began to speak` (the inner cue reports it).
ASPECTUAL_CUES = word_list("aspectual-cues")


def verb_clause(cue: Token) -> list[Token]:
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
        if (c.dep_ == "ccomp" and not _stance_on_object(cue, c, objects))
        or (lemma in OBJECT_CUES and c.dep_ in ("oprd", "xcomp"))
        or (c.dep_ == "xcomp" and infinitive)
        # `promised Sunday at a rally to end the charges`: the day read as the object,
        # the infinitive as an adverbial
        or (timed and c.dep_ == "advcl" and _to_infinitive(c))
        # `called for her to quit`: a `for … to` clause
        or (c.dep_ == "advcl" and c.left_edge.lower_ == "for" and c.left_edge.i > cue.i)
        or _asked_if(cue, c)
        or _second_that_clause(cue, c)
    ] or (
        _in_statement(cue) or _after_listener(cue) or _under_questioning(cue)
        or _after_occasion(cue)
    )


def _stance_on_object(cue: Token, clause: Token, objects: list[Token]) -> bool:
    """Rule stance-on-object: a stance verb with an object of its own takes a stand on
    that object, so a clause before it, which the parser may hang on it, is not what it
    reports.

    Shape: `<clause>, <subject> <stance verb> <object>`. `Of the 240 letters, 180 opposed
    the fees, 41 supported them and the rest wanted a discount`: `supported them` reports
    nothing; `Prices will rise, the minister warned them` (a speech verb) still does.
    """
    return clause.i < cue.i and bool(objects) and VERB_CLASSES.get(cue.lemma_.lower()) == "stance"


def _second_that_clause(cue: Token, clause: Token) -> bool:
    """Rule second-that-clause: a `that`-clause joined on after the cue's own clause by
    `and` or `but` is a second thing the cue reports, though the parser hung it on the cue
    as a conjunct verb.

    Shape: `<cue> <clause>, but|and that <subject> <verb> …`. `Okafor said the count was
    fair, but that he would appeal the ruling`: she said both; `that` opens a reported
    clause, never a second act of the speaker's.
    """
    return (
        clause.dep_ == "conj"
        and clause.i > cue.i
        and clause.left_edge.lower_ == "that"
        and clause.left_edge.dep_ == "mark"
        and any(c.dep_ in SUBJECT for c in clause.children)
        and any(c.dep_ == "ccomp" and c.i < clause.i for c in cue.children)
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
        for prep in _prepositions_after(cue)
        for work in prep.children
        if work.dep_ == "pobj"
        and (work.lemma_.lower() in ISSUED or work.lemma_.lower() in INTERMEDIARIES)
        for clause in [*work.children, *_on_participles(work)]
        if clause.dep_ in ("acl", "ccomp", "relcl") and clause.left_edge.lower_ == "that"
        and (clause.left_edge.dep_ == "mark" or _said_not_issued(clause))
    ]


def _prepositions_after(cue: Token) -> list[Token]:
    """The prepositions the parser hung on a cue after it, where the rules here find a
    `that`-clause it hung too low: `said in a statement that …`, `told reporters at a
    briefing that …`, `conceded under questioning that …`."""
    return [c for c in cue.rights if c.dep_ == "prep"]


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


def _said_not_issued(clause: Token) -> bool:
    """Whether a clause the parser read as relative, with `that` for its pronoun, is what
    the statement says: it has a subject of its own and its verb does not issue the
    work. `said in a press release that Loop would go on sale in May` (`that` taken for
    the object of `go`) is; `said in a statement that she issued on Monday` is not."""
    return clause.lemma_.lower() not in ISSUING and any(
        c.dep_ in SUBJECT and c.i != clause.left_edge.i for c in clause.children
    )


#: Nouns of the time or occasion a cue spoke at: `said at the time that …`.
_OCCASIONS = word_list("occasion-nouns")
#: The roles of a `that` read as the relative clause's own subject or object: a relative
#: pronoun, not the conjunction before what was said (unless the clause has an object).
_RELATIVE_THAT = SUBJECT | {"dobj"}


def _after_occasion(cue: Token) -> list[Token]:
    """The `that`-clause the parser read as a relative clause on when or where a cue
    spoke: `reported at the time that the blast had been heard miles away`, `told
    reporters at a briefing that …` (`that` taken for a relative word).

    Shape: `<cue> <prep> <occasion noun> that <subject> <verb> …`. A true relative clause
    on the occasion has no subject but `that` (`said at the briefing that followed`),
    takes `that` as its object (`said at the meeting that she chaired`; not where its
    verb has an object of its own, :func:`_object_of_its_own`) or issues something
    (:func:`_said_not_issued`)."""
    return [
        clause
        for prep in _prepositions_after(cue)
        for occasion in _occasions(prep)
        for clause in occasion.rights
        if clause.dep_ in ("relcl", "acl")
        and clause.left_edge.lower_ == "that"
        and clause.left_edge.i == occasion.i + 1
        and (
            clause.left_edge.dep_ not in _RELATIVE_THAT
            or _object_of_its_own(clause)
        )
        and _said_not_issued(clause)
    ][:1]


#: Nouns for a part of a time or an occasion: `at the end of the episode`.
_OCCASION_PARTS = word_list("occasion-parts")


def _occasions(prep: Token) -> list[Token]:
    """The occasions a preposition of a cue names: an occasion noun (`at the briefing`),
    or, rule occasion-part, any noun after `of` on a part of a time (`at the end of the
    episode`, `at the close of the first day`), where the parser hangs the `that`-clause
    on the last noun."""
    found = []
    for word in prep.children:
        if word.dep_ != "pobj":
            continue
        if word.lemma_.lower() in _OCCASIONS:
            found.append(word)
        elif word.lemma_.lower() in _OCCASION_PARTS:
            found += [
                noun
                for of in word.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for noun in of.children
                if noun.dep_ == "pobj"
            ]
    return found


def _object_of_its_own(clause: Token) -> bool:
    """Whether a clause whose `that` the parser took for its object has an object of
    its own, so `that` is no relative word: `told reporters at a briefing that China had
    approved more visas` (`visas` the object), unlike `said at the meeting that she
    chaired`."""
    that = clause.left_edge
    return that.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i != that.i for c in clause.children
    )


def _under_questioning(cue: Token) -> list[Token]:
    """The `that`-clause the parser hung on the questioning a cue was made under:
    `conceded under further questioning that users could get past it`, `admitted under
    cross-examining that …` (a gerund after a preposition of the cue)."""
    return [
        clause
        for prep in _prepositions_after(cue)
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
            c.dep_ in SUBJECT and c.i != clause.left_edge.i
            for c in clause.children
        )
    ][:1]
