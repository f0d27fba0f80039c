"""The reported clause's subject or object the parser gave the cue, mended before any cue
is matched: the clause's subject read as the cue's object (`Ana Ruiz, who admits the
no-cash policy has cost them customers`) or as a second subject of the cue (`Our
reporter, Ana Ruiz, says several board members left`) or as an apposition of the source
of an opening `according to X,`, and its object read as a second subject (`Ana Ruiz said
the dispute had divided families`). Each leaves the cue reporting a noun phrase or
nothing. Called from :func:`quotes.parse_repairs.repair_tags` beside
:mod:`quotes.clause_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import ANY_SUBJECT
from quotes.language import word_list
from quotes.rehead import rehead_all
from quotes.subject_repairs import FINITE_VERB

#: Auxiliaries that open a finite clause after a noun: `has`, `had`, `will`, `would`, ….
_FINITE_AUXILIARIES = FINITE_VERB | {"MD"}
#: Prepositions of where, when or in what a cue spoke (`on`, `at`, `in`).
_SETTING_PREPS = word_list("setting-prepositions")
#: Nouns that close such a phrase: a day, a month, a stretch of time, a call, a briefing.
_PHRASE_ENDS = (
    word_list("setting-nouns") | word_list("day-words") | word_list("months")
    | word_list("time-nouns")
)


def subject_read_as_object(verb: Token) -> None:
    """Rule clause-subject-read-as-object: `Ana Ruiz, who admits the no-cash policy on
    Saturdays has cost them some customers`: after a cue with no clause of its own, the
    parser may take the reported clause's subject for the cue's object and hang the
    clause's verb elsewhere (on the sentence's main verb as an adverbial), so the cue
    reports a noun phrase. An object right after the cue whose phrase ends right before
    a finite auxiliary (`has`, `would`) of a verb after it that has no subject of its
    own is that verb's subject, and the verb is the cue's clause."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    doc = verb.doc
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != verb.i + 1:
        return
    after = obj.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ not in _FINITE_AUXILIARIES:
        return
    auxiliary = doc[after]
    clause = auxiliary.head
    if (
        auxiliary.dep_ not in ("aux", "auxpass")
        or clause.i <= after
        or clause.pos_ != "VERB"
        or any(c.dep_ in ANY_SUBJECT for c in clause.children)
    ):
        return
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    rehead_all([(obj, clause, "nsubjpass" if passive else "nsubj"), (clause, verb, "ccomp")])


def subject_read_as_second_subject(verb: Token) -> None:
    """Rule clause-subject-read-as-second-subject: `Our reporter, Ana Ruiz, says several
    board members left before the vote`: after a cue with its own subject and no clause,
    the parser may take the reported clause's subject for a second subject of the cue,
    and the clause's verb for a participle on that noun, so the cue reports nothing. A
    noun right after such a cue, hung on it as a subject, with a finite verb after it
    hung on it as a participle that has no subject of its own, is that verb's subject,
    and the verb is the cue's clause."""
    noun = _second_subject(verb)
    if noun is None:
        return
    clause = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in FINITE_VERB), None)
    if clause is None or any(c.dep_ in ANY_SUBJECT for c in clause.children):
        return
    rehead_all([(noun, clause, "nsubj"), (clause, verb, "ccomp")])


def _second_subject(verb: Token) -> Token | None:
    """The noun right after a cue with a subject of its own and no clause that the parser
    hung on the cue as a second subject (what :func:`subject_read_as_second_subject` and
    :func:`object_read_as_second_subject` mend), else None."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    if not any(c.dep_ in ANY_SUBJECT and c.i < verb.i for c in verb.children):
        return None
    noun = next((c for c in verb.rights if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != verb.i + 1:
        return None
    return noun


def object_read_as_second_subject(verb: Token) -> None:
    """Rule clause-object-read-as-second-subject: `Ana Ruiz, who chairs the board, said
    the dispute had divided families`: the parser may take the reported clause's object
    for a second subject of the cue and the clause's verb, with its own subject and
    auxiliary, for an adjective of that object, so the cue reports nothing. A noun after
    a cue with its own subject and no clause, hung on it as a subject, whose modifier
    before it is a participle with a subject and an auxiliary of its own, is that
    participle's object, and the participle is the cue's clause."""
    noun = _second_subject(verb)
    if noun is None:
        return
    clause = next((c for c in noun.lefts if c.dep_ == "amod" and c.tag_ == "VBN"), None)
    if clause is None or not (
        any(c.dep_ in ANY_SUBJECT for c in clause.children)
        and any(c.dep_ == "aux" for c in clause.children)
    ):
        return
    rehead_all([(noun, clause, "dobj"), (clause, verb, "ccomp")])


def subject_read_into_phrase(verb: Token) -> None:
    """Rule clause-subject-read-into-phrase: `The mayor said on Monday traffic had fallen
    by half`, `She told analysts on a call wheat had cost less`: after a phrase of when or
    in what a cue spoke, with no `that` after it, the parser may run the phrase's noun on
    into the reported clause's subject (`Monday traffic`, `a call wheat`), leaving the
    cue's clause with no subject and the row without it. The words of the phrase's object
    after its last word of a day, a month, a time or a setting (`call`, `briefing`) that
    run right up to the clause are the clause's subject."""
    if verb.pos_ != "VERB":
        return
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ in ANY_SUBJECT for c in clause.children):
        return
    for phrase in verb.rights:
        if phrase.dep_ != "prep" or phrase.i > clause.i or phrase.lower_ not in _SETTING_PREPS:
            continue
        noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if noun is None or noun.right_edge.i + 1 != clause.left_edge.i:
            continue
        doc = verb.doc
        ends = [i for i in range(phrase.i + 1, noun.i) if doc[i].lower_ in _PHRASE_ENDS]
        if not ends or noun.lower_ in _PHRASE_ENDS:
            return
        end = doc[ends[-1]]
        # the phrase's own words before its end hang on it; the subject's stay on the noun
        moves = [(end, phrase, "pobj")]
        moves += [(doc[i], end, None) for i in range(phrase.i + 1, end.i) if doc[i].head == noun]
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        moves.append((noun, clause, "nsubjpass" if passive else "nsubj"))
        rehead_all(moves)
        return


def subject_read_as_object_beside_clause(verb: Token) -> None:
    """Rule clause-subject-read-as-object-beside-clause: `The firm warned a higher tax
    could delay its plans`, `She told us dust storms in May had cut the harvest`, `She
    told the court Ana had bought a ticket`: with no `that`, the parser may hang the
    reported clause's subject on the cue, as its object (after the person told, or with
    none) or as an apposition of the person told, and still give the cue the clause's
    verb, which a finite clause cannot do without a subject. The noun right before the
    clause (bar phrases the parser hung on the cue between them, which go with it:
    `dust storms in May`) is the clause's subject; the person told stays the cue's."""
    if verb.pos_ != "VERB":
        return
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or not _finite_without_subject(clause):
        return
    noun = _noun_before(verb, clause.left_edge.i)
    if noun is None:
        return
    between = [c for c in verb.rights if noun.i < c.i < clause.i and c.dep_ == "prep"]
    if noun.right_edge.i + 1 != min([clause.left_edge.i] + [c.left_edge.i for c in between]):
        return
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    moves = [(c, noun, None) for c in between]
    moves.append((noun, clause, "nsubjpass" if passive else "nsubj"))
    rehead_all(moves)


def _finite_without_subject(clause: Token, opener: Token | None = None) -> bool:
    """Whether a clause opening at `opener` (by default its first word) is a finite verb
    (`had cut`, `could delay`, `rose`) with no subject of its own."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in ANY_SUBJECT for c in clause.children):
        return False
    opener = opener or clause.doc[clause.left_edge.i]
    if opener == clause:
        return clause.tag_ in FINITE_VERB
    return opener.head == clause and opener.dep_ in ("aux", "auxpass") and (
        opener.tag_ in _FINITE_AUXILIARIES
    )


def _noun_before(verb: Token, end: int) -> Token | None:
    """The one noun the parser hung on the cue as its object before `end` (`warned a
    higher tax`, `told us dust storms`), or the name it hung on that object as an
    apposition right before `end` (`told the court Ana`: the court is the person told),
    else None."""
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < end]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = objects[0]
    name = next((c for c in obj.rights if c.dep_ == "appos" and c.right_edge.i + 1 == end), None)
    if name is not None:
        return name if name.pos_ == "PROPN" else None
    return obj


def subject_read_as_source_apposition(according: Token) -> None:
    """Rule clause-subject-read-as-source-apposition: `According to the Alpine Club,
    avalanche deaths in the Tyrol were higher this winter`, `According to tests by the
    Lake Trust, a charity, water taken from the pier had …`: the parser may hang the
    subject of the clause an opening `according to X,` is set into on the source (or on
    a noun of its phrase) as an apposition, or on `according` as a second object,
    leaving the clause's finite verb with no subject and the row without it. The noun
    set off by a comma that runs right up to such a verb (bar the verb's adverbs:
    `still travel`) is the verb's subject; the innermost one, as an outer noun holds
    the source's own set-off description (`a charity`)."""
    clause = according.head
    if according.lower_ != "according" or clause.i < according.i:
        return
    doc = according.doc
    nouns = [
        t for t in according.subtree
        if (t.dep_ == "appos" or (t.dep_ == "pobj" and t.head == according))
        and doc[t.left_edge.i - 1].text == ","
        and _opener_after(clause, t.right_edge.i + 1) is not None
    ]
    if not nouns:
        return
    noun = max(nouns, key=lambda t: t.left_edge.i)
    if not _finite_without_subject(clause, _opener_after(clause, noun.right_edge.i + 1)):
        return
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    rehead_all([(noun, clause, "nsubjpass" if passive else "nsubj")])


def _opener_after(clause: Token, start: int) -> Token | None:
    """The first word of `clause` from `start` on that is no adverb of it (`still`,
    `now`), if the words before it from `start` are all such adverbs, else None."""
    doc = clause.doc
    i = start
    while i < clause.i and doc[i].head == clause and doc[i].dep_ == "advmod":
        i += 1
    if i >= len(doc) or (doc[i] != clause and doc[i].head != clause):
        return None
    return doc[i]
