"""Clauses around a cue that the parser read as adverbials, or adverbials it read as the
clause a cue reports, mended before any cue is matched: the question after an asking cue
read as a condition (`question_read_as_adverbial`), a clause of time, condition or reason
read as what a cue reports (`adverbial_read_as_clause`), the main clause read as what
the cue of an adverbial clause after it reports (`main_clause_read_as_clause`), a phrase
of time between a cue and its clause read as the clause's mark
(`time_phrase_read_as_mark`), quoted participles after `as` read as an adverbial clause
of the cue (`quoted_participles_read_as_clause`), the connective `That said,` read as the
cue of the sentence it opens (`connective_read_as_cue`), and the writer's aside `and I
quote` read as the cue of the words after it (`aside_read_as_cue`). Called from
:func:`quotes.parse_repairs.repair_tags`, beside :mod:`quotes.clause_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import ANY_SUBJECT
from quotes.first_person import FIRST_PERSON
from quotes.language import word_list
from quotes.rehead import Move, rehead_all

#: Words that open an adverbial clause, never reported content (`once`, `until`).
_ADVERBIAL_MARKS = word_list("adverbial-clause-marks")
#: Words that open an adverbial clause that a cue stands in (`after`, `because`).
_LEADING_MARKS = word_list("leading-clause-marks")
#: Pronouns that point back to what the text said before (`That said, …`).
_DEMONSTRATIVES = word_list("demonstratives")
#: Brackets that may open a sentence before `That said,`.
_OPENING_BRACKETS = frozenset("([")
#: Verbs of the writer's aside `and I quote` (its `I` is :data:`FIRST_PERSON`).
_ASIDES = word_list("quoting-asides")
#: Cues that ask (`asked`): their `if`-clause is the question, not a condition.
_ASKING = word_list("asking-cues")
#: Conjunctions that open a yes-or-no question (`if`, `whether`).
_QUESTION_MARKS = word_list("yes-no-question-words")


def question_read_as_adverbial(verb: Token) -> None:
    """Rule question-read-as-adverbial: `Asked if she believed the mayor wanted a second
    term, Ruiz said …`, `Reporters asked him whether he thought it fair`: the parser may
    read the question after an asking cue as an adverbial clause on it (a condition),
    leaving the cue with no clause, so the question's own verb (`she believed`) is taken
    for a statement of its own. A clause opened by `if` or `whether` right after an
    asking cue with no clause, or right after whom it asks, is what the cue reports."""
    if verb.lemma_.lower() not in _ASKING or verb.pos_ != "VERB":
        return
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return
    addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    opens = (addressee.right_edge.i if addressee is not None else verb.i) + 1
    for clause in verb.rights:
        mark = clause.left_edge
        if (
            clause.dep_ == "advcl"
            and mark.i == opens
            and mark.dep_ == "mark"
            and mark.lower_ in _QUESTION_MARKS
        ):
            clause.dep_ = "ccomp"
            return


def adverbial_read_as_clause(cue: Token) -> None:
    """Rule adverbial-read-as-clause: `The department will consider the regimen once the
    full data are published`: the parser hangs a clause of time, condition or reason on
    the cue as its complement, which a reader never takes for what the cue reports; it is
    the cue's adverbial clause (its opening word one of :data:`_ADVERBIAL_MARKS`)."""
    for clause in cue.children:
        if clause.dep_ != "ccomp":
            continue
        mark = clause.left_edge
        if mark.dep_ == "mark" and mark.head.i == clause.i and mark.lower_ in _ADVERBIAL_MARKS:
            clause.dep_ = "advcl"


def main_clause_read_as_clause(cue: Token) -> None:
    """Rule main-clause-read-as-clause: `Hunters will be allowed to shoot 620 reindeer this
    season, after a spring count found fewer calves than in any year`: the parser may
    make the cue of an adverbial clause (opened by one of :data:`_LEADING_MARKS`) the
    sentence's root and hang the main clause before it on the cue as its complement,
    which no reader takes for what the count found. A complement that ends before the
    cue's own conjunction is the clause the adverbial one modifies, not the cue's."""
    marks = (c for c in cue.lefts if c.dep_ == "mark" and c.lower_ in _LEADING_MARKS)
    mark = next(marks, None)
    if mark is None:
        return
    for clause in cue.children:
        if clause.dep_ == "ccomp" and clause.right_edge.i < mark.i:
            clause.dep_ = "advcl"


def time_phrase_read_as_mark(cue: Token) -> None:
    """Rule time-phrase-read-as-mark: `A ministry spokesman said after the debate the new
    timetable was realistic`: the parser may read the preposition of a phrase of time
    after the cue as the mark of a clause of time (or as a preposition of that clause's
    verb), and the clause the cue reports, which follows the phrase with no `that`, as
    that adverbial clause. Such a word opening an adverbial clause on a cue with no
    clause, with an object of its own, is the cue's preposition, and the clause after its
    phrase (its subject right after the phrase) what the cue reports."""
    if cue.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return
    for clause in cue.rights:
        mark = clause.left_edge
        # `after` read as the clause's mark, or as a preposition of its verb
        if clause.dep_ != "advcl" or mark.dep_ not in ("mark", "prep") or mark.head.i != clause.i:
            continue
        noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
        subject = next((c for c in clause.children if c.dep_ in ANY_SUBJECT), None)
        if noun is None or subject is None or subject.left_edge.i != noun.right_edge.i + 1:
            continue
        if rehead_all([(mark, cue, "prep"), (clause, cue, "ccomp")]):
            return


#: Tags of a past participle or a past form the tagger gives a quoted participle.
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def quoted_participles_read_as_clause(cue: Token) -> None:
    """Rule quoted-participles-read-as-clause: `The prosecutor described the raid as
    "planned, filmed and posted online within the hour"`: the parser may read quoted
    participles after a cue's object and `as` as an adverbial clause of the cue with
    `as` its mark (as in `left as planned`), so the cue holds only its object and the
    quoted judgement is lost. Participles with no subject, right after `as` and an
    opening mark, after the cue's object, are what `as` governs, as a quoted noun after
    it would be (`described the bill as "a gift to the banks"`)."""
    if cue.pos_ != "VERB":
        return
    doc = cue.doc
    objects = [c.i for c in cue.children if c.dep_ == "dobj"]
    for clause in cue.rights:
        if clause.dep_ != "advcl" or clause.tag_ not in _PARTICIPLE_TAGS or clause.i < 2:
            continue
        mark, opening = doc[clause.i - 2], doc[clause.i - 1]
        if (
            mark.lower_ == "as"
            and mark.dep_ == "mark"
            and mark.head.i == clause.i
            and opening.is_quote
            and any(i < mark.i for i in objects)
            and not any(c.dep_ in ANY_SUBJECT for c in clause.children)
        ):
            rehead_all([(mark, cue, "prep"), (clause, mark, "pcomp")])
            return


def connective_read_as_cue(cue: Token) -> None:
    """Rule connective-read-as-cue: `That said, she noted, "The plan is late."`, `That
    said, she noted that the plan was late`: the parser may read the connective `That
    said,` (or `That being said,`) that opens a sentence as its verb, with the rest of
    the sentence hung on it as what it reports (or its cue as a clause set beside it), so
    the sentence's own cue and speaker are read as part of a statement by `that`, which
    rule connective (:mod:`quotes.unattributed`) drops. The connective is an adverbial
    of the clause after its comma, whose head becomes the sentence's."""
    doc = cue.doc
    comma = cue.i + 1
    if cue.lower_ != "said" or comma >= len(doc) or doc[comma].text != ",":
        return
    opener = cue.i - 2 if doc[cue.i - 1].lower_ == "being" else cue.i - 1
    if opener < 0 or doc[opener].lower_ not in _DEMONSTRATIVES:
        return
    bracket = doc[opener - 1] if opener > 0 else None
    if not doc[opener].is_sent_start and not (
        bracket is not None and bracket.text in _OPENING_BRACKETS and bracket.is_sent_start
    ):
        return  # `(That said, …)` opens its sentence inside a bracket
    end = cue.sent.end
    rest = range(comma + 1, end)
    # the heads of the clause after the comma: its words hung outside it (on the cue)
    tops = [
        doc[i] for i in rest if doc[i].head.i == i or doc[i].head.i not in rest
    ]
    heads = [t for t in tops if not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("VERB", "AUX"):
        return
    head = heads[0]
    moves: list[Move] = []
    # `she noted,` set beside the quote's clause: the cue whose clause that is
    beside = next(
        (c for c in head.lefts if c.dep_ == "parataxis" and c.i > comma and c.pos_ == "VERB"),
        None,
    )
    if beside is not None and any(c.dep_ == "nsubj" for c in beside.children):
        moves.append((head, beside, "ccomp"))
        head = beside
    moves += [(head, head, "ROOT"), (cue, head, "advcl")]
    moves += [(t, head, None) for t in tops if t.is_punct and t.head.i == cue.i]
    rehead_all(moves)


def aside_read_as_cue(cue: Token) -> None:
    """Rule aside-read-as-cue: `The mayor said, and I quote, "We love the voters."`: the
    parser reads the writer's aside `and I quote` as a second cue joined to the first
    (or set beside the quotation), and hangs the quotation on it, so the words go to
    `I`. The aside only vouches that the words are exact: it is the writer's marker (an
    interjection), no cue, and what it held is what the cue before it reports, when that
    cue reports no clause of its own."""
    doc = cue.doc
    if cue.lemma_.lower() not in _ASIDES or cue.dep_ not in ("conj", "parataxis"):
        return
    subject = doc[cue.i - 1]
    if subject.dep_ != "nsubj" or subject.lower_ not in FIRST_PERSON or subject.i < 2:
        return
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != "," or doc[subject.i - 1].lower_ != "and":
        return
    said = cue.head
    clause = next((c for c in cue.rights if c.dep_ == "ccomp"), None)
    moves: list[Move] = []
    if (
        cue.dep_ == "conj"
        and clause is not None
        and said.i < subject.i
        and not any(c.dep_ in ("ccomp", "xcomp") for c in said.children)
    ):
        moves = [(clause, said, None), (cue, said, "intj")]
        moves += [(t, said, None) for t in cue.rights if t.is_punct and t.i > cue.i + 1]
    if rehead_all(moves):
        cue.pos_, cue.tag_ = "INTJ", "UH"  # a marker of the writer's, no cue to match
