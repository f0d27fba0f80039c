"""Clauses around a cue that the parser read as adverbials, or adverbials it read as the
clause a cue reports, mended before any cue is matched: the question after an asking cue
read as a condition (`question_read_as_adverbial`), a clause of time, condition or reason
read as what a cue reports (`adverbial_read_as_clause`), a phrase of time between a
cue and its clause read as the clause's mark (`time_phrase_read_as_mark`), and quoted
participles after `as` read as an adverbial clause of the cue
(`quoted_participles_read_as_clause`). Called from
:func:`quotes.parse_repairs.repair_tags`, beside :mod:`quotes.clause_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list
from quotes.rehead import rehead_all

#: Words that open an adverbial clause, never reported content (`once`, `until`).
_ADVERBIAL_MARKS = word_list("adverbial-clause-marks")
#: Subject labels: a clause with one of its own is a clause, not a phrase.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
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
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
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
            and not any(c.dep_ in _SUBJECTS for c in clause.children)
        ):
            rehead_all([(mark, cue, "prep"), (clause, mark, "pcomp")])
            return
