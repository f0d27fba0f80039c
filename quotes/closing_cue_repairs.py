"""Cues that close their sentence (`…, the minister said.`) which the parser did not
read as verbs of their own, mended before any cue is matched: a cue read as a conjunct of
the clause it reports (`closing_cue_read_as_conjunct`), as a second clause of the cue
before it (`closing_cue_read_as_complement`), as a relative clause on a noun of it
(`closing_cue_read_as_relative`), as an adverbial clause of it
(`closing_cue_read_as_adverbial`) or as a plural noun (`closing_cue_read_as_noun`).
Split out of :mod:`quotes.cue_repairs`, which mends the cues read onto a noun or a
participle before them; called from :func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_objects import addressee
from quotes.cue_words import NOMINAL_CUES
from quotes.deps import SUBJECT
from quotes.rehead import rehead_all, root_over
from quotes.relative_tags import RELATIVE_TAGS
from quotes.role_runs import role_run_start
from quotes.subject_repairs import FINITE_VERB

#: Dependents after a cue that are what it says or does, not when or where: a cue that
#: has one is a verb of its own clause (`…, and the board approved the plan`).
OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})
#: Dependencies of the noun a cue closing its sentence may be misread as a relative
#: clause on: an object of the clause it reports (`… dried out two lagoons that …`).
_OBJECTS = frozenset({"dobj", "pobj", "attr"})


def closing_cue_read_as_conjunct(verb: Token) -> None:
    """`The pen infringes a patent held by its rival, the High Court has ruled`: the
    parser may read a cue that closes a sentence after a comma, with its own subject, as
    a second verb joined to the clause before it, though no `and` or `or` joins them,
    leaving the cue with no clause. A cue so joined to the root of its sentence, that
    ends the sentence (:func:`_closes_sentence`), is the root, and the clause before the
    comma what it reports."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i > verb.i:
        return
    if any(c.dep_ in ("cc", "preconj") and c.i < verb.i for c in head.children):
        return
    if _closes_sentence(verb):
        root_over(verb, head, "ccomp")


def closing_cue_read_as_complement(verb: Token) -> None:
    """Rule closing-cue-complement: `Voters say they trust the mayor more than the
    council, a survey by the university found this year.`, `Lind said the bridge would
    close, the engineer recalled.`: the parser may read a cue that closes a sentence after
    a comma, with its own subject, as a second clause the root cue reports (`found` beside
    `trust`, both on `say`) or as the one clause it reports, with the clause before the
    comma hung on the closing cue (`close` on `recalled`, `recalled` on `said`). Either
    way the root's content runs on over the closing cue, and the cue that relays the whole
    sentence has no row. A finite cue so hung on the root verb before it (a cue or not:
    `It seems the ferry will stop, the operator said`), that ends the sentence
    (:func:`_closes_sentence`), is the root, the sentence before the comma what it
    reports, and a clause hung on it before its subject the root's again."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in FINITE_VERB or head.dep_ != "ROOT":
        return
    if head.i > verb.i or head.pos_ != "VERB":
        return
    # what the root reports, before the comma: its own clause, or the clause the parser
    # hung on the closing cue
    before = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not before and not any(c.dep_ == "ccomp" and c.i < verb.i for c in head.children):
        return
    if not _closes_sentence(verb):
        return
    rehead_all([(verb, verb, "ROOT"), (head, verb, "ccomp"),
                *((child, verb, None) for child in head.children if child.i > verb.i),
                *((clause, head, None) for clause in before)])


def closing_cue_read_as_relative(verb: Token) -> None:
    """Rule closing-cue-relative: `Pumping has dried out two lagoons that herders use,
    the herders' lawyers said on Tuesday`: the parser may read a cue that closes a
    sentence after a comma, with its own subject, as a relative clause on a noun of the
    clause before it, though no `who` or `that` opens it, leaving what it reports with
    no cue. A cue so hung on an object (:data:`_OBJECTS`), that ends the sentence
    (:func:`_closes_sentence`), is the root, and the sentence's clause before the comma
    what it reports."""
    if verb.dep_ != "relcl" or verb.tag_ not in FINITE_VERB or verb.head.i > verb.i:
        return
    if verb.head.dep_ not in _OBJECTS:
        return  # `said Ana Ruiz, …, a policy group focused on …`: the speaker described
    root = verb.sent.root  # read after the cheap tests: finding the sentence costs more
    if root is verb or root.i > verb.i or root.pos_ not in ("VERB", "AUX"):
        return
    if _closes_sentence(verb):
        root_over(verb, root, "ccomp")


def closing_cue_read_as_adverbial(verb: Token) -> None:
    """Rule closing-cue-adverbial: `CalMarine has cancelled its sailings, leaving
    islanders with one boat a week, the operator confirmed on Tuesday.`: after a phrase
    set off by commas the parser may read a cue that closes the sentence, with its own
    subject, as an adverbial clause of the clause before it and hang the phrase on the
    cue, leaving the cue with no clause. A finite cue so hung on the root before it, with
    no word that opens an adverbial clause (`as`, `when`: `…, as the operator confirmed`
    is an aside), that ends the sentence (:func:`_closes_sentence`), is the root, the
    clause before the comma what it reports, and the words hung on the cue before its
    subject that clause's again."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE_VERB or head.dep_ != "ROOT":
        return
    if head.i > verb.i or any(c.dep_ == "mark" for c in verb.children):
        return
    if not _closes_sentence(verb):
        return
    subject = next(c for c in verb.lefts if c.dep_ in SUBJECT)
    back = [c for c in verb.lefts if c.i < subject.left_edge.i and c.dep_ != "punct"]
    rehead_all([(verb, verb, "ROOT"), (head, verb, "ccomp"),
                *((child, verb, None) for child in head.children if child.i > verb.i),
                *((child, head, None) for child in back)])


def closing_cue_read_as_noun(cue: Token) -> None:
    """Rule closing-cue-read-as-noun: `The change will add 6,400 spaces, the city
    estimates.`: the tagger may read a cue in the `-s` of the present that closes its
    sentence after a comma, with its own subject, as a plural noun (`estimates`,
    `forecasts`), though the parser made it the root over the clause before the comma.
    Such a noun is the verb."""
    if cue.tag_ != "NNS" or cue.dep_ != "ROOT":
        return
    if not any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        return
    if _closes_sentence(cue):
        cue.pos_ = "VERB"
        cue.tag_ = "VBZ"


def _closes_sentence(verb: Token) -> bool:
    """Whether a cue closes its sentence after a comma with its own subject: a subject
    right after the comma that is no relative word (`…, which the court said`), and
    after the cue only when, where or how it was said (`…, she said on Friday.`) or whom
    to (`…, she told analysts.`), no object or clause of its own."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT), None)
    if subject is None or subject.left_edge.i == 0 or subject.left_edge.tag_ in RELATIVE_TAGS:
        return False
    if _comment_on_the_sentence(subject):
        return False
    doc = verb.doc
    # also past the speaker's roles written before the name with no comma (`…,
    # co-founder and chief executive Lena Hoffmann said`: the parse may join the cue on
    # by the roles' `and`)
    opens = role_run_start(doc, subject.left_edge.i - 1)
    while opens > 1 and doc[opens - 1].is_quote:
        opens -= 1  # `"…," managing director and chief executive Rohini Kulkarni told`
    if opens == 0 or doc[opens - 1].text != ",":
        return False
    return not any(
        not (t.is_punct or t.is_space or verb.is_ancestor(t))
        for t in doc[verb.i + 1 : verb.sent.end]
    ) and not any(
        c.dep_ in OWN_OBJECTS and c.i > verb.i and not addressee(c) for c in verb.children
    )


def _comment_on_the_sentence(subject: Token) -> bool:
    """Whether a closing cue's subject opens with a noun of what was said or held
    (nominal-cues.txt) read onto the nouns after it: `Ruiz said the council had the money,
    a claim council officials dispute.` is the writer's comment on the sentence, `a claim
    [that] council officials dispute` with no `that`, where the parser read `a claim
    council officials` as the subject of `dispute`; no relay of the sentence, which a
    noun of speech heading the subject is (`…, the statement said`)."""
    first = next((t for t in subject.subtree if t.pos_ in ("NOUN", "PROPN")), subject)
    return first is not subject and first.lemma_.lower() in NOMINAL_CUES
