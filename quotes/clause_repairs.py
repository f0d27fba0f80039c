"""Clauses the parser hung in the wrong place around a cue, mended before any cue is
matched: an `-ing` subject of the reported clause read as the cue's adverbial, a
one-word quote or a short answer before a cue read as its subject or auxiliary, a
clause on the person a cue speaks through read as a relative clause, a clause after whom
a cue addresses read as a relative clause on the addressee, a clause after a phrase on
the cue read as a clause on the phrase's noun (the reported clause's subject or object
read as the cue's are in :mod:`quotes.clause_arguments`; the clauses read as adverbials,
and adverbials read as clauses, in :mod:`quotes.adverbial_repairs`).

Each hides what a cue reports, where the cue repairs (:mod:`quotes.cue_repairs`) mend a
cue the parser did not read as a verb of its own and the subject repairs
(:mod:`quotes.subject_repairs`) who speaks. Called from
:func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.deps import SUBJECT, SUBJECT_OR_AUX
from quotes.language import word_list, word_map
from quotes.rehead import rehead, rehead_all
from quotes.relative_tags import RELATIVE_TAGS
from quotes.source_words import ISSUING

#: People a statement goes through: `said through a lawyer that …`.
INTERMEDIARIES = word_list("intermediaries")
#: The prepositions of :func:`repair_intermediary`.
_THROUGH = word_list("intermediary-prepositions")


def repair_intermediary(doc: Doc, lemmas: frozenset[str]) -> None:
    """`Kovac said through a lawyer that she would testify`: the parser reads `that` as a
    relative pronoun (`a lawyer that she …`), a reading a person a cue speaks through
    hardly ever has; the clause on them is what the cue reports (`that` its mark)."""
    for i in token_indices(doc, "LOWER", _THROUGH):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.head.lemma_.lower() not in lemmas:
            continue
        for person in prep.children:
            if person.dep_ != "pobj" or person.lemma_.lower() not in INTERMEDIARIES:
                continue
            for clause in person.children:
                that = clause.left_edge
                if clause.dep_ == "relcl" and that.lower_ == "that" and that.i > person.i:
                    that.dep_, that.tag_, that.pos_ = "mark", "IN", "SCONJ"
                    clause.dep_ = "ccomp"


#: Cues whose object is whom they address (`told the hall`).
_ADDRESSING = word_list("addressing-cues")
#: Gatherings addressed as a whole (`the hall`, `the jury`).
_ADDRESSED_BODIES = word_list("addressed-bodies")
#: Labels of what a verb takes as its own object or complement: a clause with one of
#: them has no gap for a relative clause's noun.
_OWN_OBJECT = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def clause_read_as_relative_on_addressee(verb: Token) -> None:
    """`Ruiz told the hall she had worked 61 hours`, `Hale tells the jury he bought the
    paintings in good faith`: the parser may read the clause right after whom a cue
    addresses as a relative clause on it (`the hall [that] she had worked …`), leaving
    the cue with no clause and the addressee in the content (`told the inquest the cause
    of death was drowning`). A clause with no relative word that opens with its subject
    (and the subject's own words) right after the object of an addressing cue is the
    cue's clause when the object is a gathering addressed as a whole (`the hall`), or
    when the clause's verb has an object or complement of its own, leaving no gap for
    the noun (`told the woman he loved` keeps its relative clause)."""
    if verb.lemma_.lower() not in _ADDRESSING or verb.pos_ != "VERB":
        return
    addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if addressee is None:
        return
    clause = next((c for c in addressee.rights if c.dep_ == "relcl"), None)
    if clause is None:
        return
    # the subject opens the clause, with its own words (`the cause of death was …`)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != clause.left_edge.i:
        return
    if subject.tag_ in RELATIVE_TAGS:
        return
    first = subject.left_edge.i
    if first != max(t.i for t in addressee.subtree if t.i < first) + 1:
        return
    addressed = {addressee.lemma_.lower(), addressee.lower_}  # `inquest` read as `inqu` + -est
    if not addressed & _ADDRESSED_BODIES and not any(
        c.dep_ in _OWN_OBJECT for c in clause.children
    ):
        return
    rehead(clause, verb, "ccomp")


def clause_read_onto_a_named_setting(verb: Token) -> None:
    """`Lee told reporters at Half Way Tree he had spoken to the selectors`: after the
    addressee of an addressing cue (one with no relative clause of its own) and a phrase
    of where or when the cue spoke (:data:`_SETTING_PREPS`), the parser may read the
    clause as a relative clause on the phrase's noun. A clause with no relative word
    that opens with its subject right after a capitalised noun of such a phrase is the
    cue's (a name takes no relative clause without a relative word)."""
    if verb.lemma_.lower() not in _ADDRESSING or verb.pos_ != "VERB":
        return
    addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if addressee is None or any(c.dep_ == "relcl" for c in addressee.rights):
        return
    for phrase in verb.rights:
        if phrase.dep_ != "prep" or phrase.i < addressee.i or phrase.lower_ not in _SETTING_PREPS:
            continue
        for noun in (c for c in phrase.children if c.dep_ == "pobj" and c.is_title):
            clause = next((c for c in noun.rights if c.dep_ == "relcl"), None)
            subject = None if clause is None else next(
                (c for c in clause.children if c.dep_ == "nsubj"), None
            )
            if (
                subject is not None
                and subject.tag_ not in RELATIVE_TAGS
                and subject.left_edge.i == clause.left_edge.i == noun.i + 1
            ):
                rehead(clause, verb, "ccomp")
                return


#: Prepositions of where, when, in what or how a cue spoke (`outside`, `in`, `without`).
_SETTING_PREPS = word_list("setting-prepositions")
#: Nouns whose `that`-clause holds a content of their own (`the hope that`).
_HOLDING_NOUNS = word_list("content-clause-nouns")
#: Nouns that report speech (`the claim that`, `a written response that`).
_SPEECH_NOUNS = frozenset(word_map("nominal-cues"))


def clause_read_onto_a_phrase(verb: Token) -> None:
    """`She said outside the courthouse that the money was raised within an hour`, `He
    said in a supplementary question that riders had waited for an hour`: the parser may
    hang the `that`-clause after a phrase on the cue (where, when, in what or how it was
    said, :data:`_SETTING_PREPS`: `claimed without any evidence that …`) on a noun of
    that phrase, as if it were a clause about the noun, leaving the cue with none. A
    clause opened by `that` as its conjunction (not `that` as the subject of a relative
    clause: `said at the meeting that was held on Monday`), with a subject of its own,
    hung on a noun of such a phrase on a cue that has no clause, is the cue's clause; not
    on a noun whose `that`-clause is its own (`in the event that`, `in his claim that`:
    :data:`_HOLDING_NOUNS`, :data:`_SPEECH_NOUNS`), unless that noun is the very words
    the cue gave out, with no one else's name on it (`said in a written response that
    …`: :func:`_medium`)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
        return
    for phrase in verb.rights:
        if phrase.dep_ != "prep" or phrase.lower_ not in _SETTING_PREPS:
            continue
        for clause in phrase.subtree:
            if (
                clause.dep_ in ("acl", "relcl")
                and clause.i > phrase.i
                and _opening_conjunction(clause)
                and any(c.dep_ in SUBJECT for c in clause.lefts)
                and _clause_not_its_nouns(clause.head, phrase)
            ):
                that = clause.left_edge
                if rehead_all([(clause, verb, "ccomp"), (that, clause, "mark")]):
                    that.tag_, that.pos_ = "IN", "SCONJ"
                return
            if clause.i > phrase.i and _bare_clause_on_medium(clause, phrase):
                rehead(clause, verb, "ccomp")
                return


def _bare_clause_on_medium(clause: Token, phrase: Token) -> bool:
    """Rule bare-clause-on-medium: whether a clause with no `that` hung as a relative
    clause on the noun of the very words a cue gave out is the cue's clause (`The council
    said in a statement it had asked engineers to survey every roof`: `it had asked …` read
    as a clause on `statement`, where the cue reports it). It opens with its own subject,
    no relative word, on a speech noun that is the cue's medium (:func:`_medium`), and its
    verb has its own object or clause, so no gap a relative clause's noun could fill, and
    issues no work (`said in a statement it issued on Monday that …` keeps its relative
    clause)."""
    noun = clause.head
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT), None)
    return (
        clause.dep_ == "relcl"
        and subject is not None
        and subject.tag_ not in RELATIVE_TAGS
        and clause.left_edge.i == subject.left_edge.i
        and noun.lemma_.lower() in _SPEECH_NOUNS
        and _medium(noun, phrase)
        and clause.lemma_.lower() not in ISSUING
        and any(c.dep_ in _OWN_OBJECT for c in clause.children)
    )


def _opening_conjunction(clause: Token) -> bool:
    """Whether the `that` opening a clause hung on a noun is its conjunction: marked so,
    or read as an object where no relative word can stand (rule that-read-as-object):
    where the tagger reads it as a conjunction (`said on a radio show that both clubs
    were "acting like …"`: `that`/IN the object of `acting`), or on a conjunct of the
    clause's verb, though a relative word stands for a word of the verb it opens (`said
    in a note after the meeting that 40 homes had flooded and one man had died`: `that`
    the object of `died`); not the object of a verb that issues a work (`said in a
    statement that she issued on Monday`, a relative clause on the statement)."""
    that = clause.left_edge
    if that.lower_ != "that":
        return False
    if that.dep_ == "mark":
        return True
    # not the object of a verb that issues the phrase's work: `said in a statement that she
    # issued on Monday` is a relative clause on the statement
    return that.dep_ == "dobj" and that.head.lemma_.lower() not in ISSUING and (
        that.tag_ == "IN" or (that.head.dep_ == "conj" and that.head.head.i == clause.i)
    )


def _clause_not_its_nouns(noun: Token, phrase: Token) -> bool:
    """Whether the `that`-clause hung on `noun` is not the noun's own content (see
    :func:`clause_read_onto_a_phrase`)."""
    lemma = noun.lemma_.lower()
    return lemma not in _HOLDING_NOUNS and (lemma not in _SPEECH_NOUNS or _medium(noun, phrase))


def _medium(noun: Token, phrase: Token) -> bool:
    """Whether a noun that reports speech is the form the cue's own words took (`said in
    a written response that …`, `told MPs in a letter that …`): the object of the phrase
    on the cue, with no owner or maker of its own (not `in response to the claim that …`,
    `in his rival's statement that …`); a possessive pronoun is the speaker's own (rule
    own-medium: `Stănescu said in his written decision that …`)."""
    return noun.head.i == phrase.i and not any(
        c.dep_ == "prep" or (c.dep_ == "poss" and c.tag_ != "PRP$") for c in noun.children
    )


#: Cues that tell whom they address a `that`-clause (`advised members that …`).
_OBJECT_CLAUSE_CUES = word_list("object-clause-cues")


def _people(noun: Token) -> bool:
    """Whether a cue's object is people it addresses: a plural common noun (`members`),
    a name, a personal pronoun or a gathering (`the committee`, addressed-bodies.txt)."""
    return (
        noun.tag_ in ("NNS", "NNP", "NNPS", "PRP")
        or noun.lemma_.lower() in _ADDRESSED_BODIES
    )


def clause_read_onto_the_object(verb: Token) -> None:
    """`The clerk advised members that a censure carried no legal weight`, `She warned
    investors that the fund was closing`: the parser may hang the `that`-clause after
    whom a cue addresses on that object, as if it said something of the noun, leaving
    the cue with none. A clause opened by `that` as its conjunction, with a subject of
    its own, hung on the object of a cue that tells whom it addresses a clause
    (:data:`_OBJECT_CLAUSE_CUES`) and has none, is the cue's clause, when the object is
    people (:func:`_people`): `praised the plan that the port drew up` and `told the
    story that her mother told` keep their relative clauses, whose `that` the parser may
    also mark as a conjunction."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _OBJECT_CLAUSE_CUES
        or any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or not _people(obj):
        return
    for clause in obj.rights:
        if (
            clause.dep_ in ("acl", "relcl")
            and clause.left_edge.lower_ == "that"
            and clause.left_edge.dep_ == "mark"
            and any(c.dep_ in SUBJECT for c in clause.lefts)
        ):
            rehead(clause, verb, "ccomp")
            return


def participle_read_as_clause(verb: Token) -> None:
    """`The crew flew on into cloud, investigators said in their report made public on
    Wednesday`: the parser may hang a past participle on a phrase's noun (`report made
    public`) on the cue as a second clause, after the one it reports, so the cue would
    report `made public on Wednesday`. A participle with no subject or auxiliary of its
    own, right after the noun of a phrase on a cue that has a clause before it, is that
    noun's modifier."""
    if verb.pos_ != "VERB":
        return
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(clauses) < 2 or clauses[0].i > verb.i:
        return
    for clause in clauses[1:]:
        noun = clause.doc[clause.i - 1]
        if (
            clause.i > verb.i
            and clause.tag_ == "VBN"
            and not any(c.dep_ in SUBJECT_OR_AUX for c in clause.children)
            and noun.pos_ == "NOUN"
            and noun.dep_ == "pobj"
            and verb.is_ancestor(noun)
        ):
            rehead(clause, noun, "acl")


def gerund_subject_read_as_clause(verb: Token) -> None:
    """`Its clerk wrote to the council that allowing one bench would lead to a forest of
    plaques`: when the reported clause's subject is an `-ing` clause, the parser may read
    `that` as the subject of the `-ing` word and hang the `-ing` clause on the cue as an
    adverbial, the reported verb under it. An `-ing` word so hung on a cue, with `that`
    right before it as its subject and a clause with a verb of its own as its
    complement, is that clause's subject: the clause is what the cue reports, `that` its
    mark."""
    doc = verb.doc
    for gerund in [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]:
        mark = doc[gerund.i - 1] if gerund.i > 0 else None
        if mark is None or mark.lower_ != "that" or mark.head.i != gerund.i:
            continue
        clause = next(
            (c for c in gerund.children if c.dep_ == "ccomp" and c.i > gerund.i), None
        )
        if clause is None or not any(c.dep_ in ("aux", "nsubj") for c in clause.children):
            continue
        rehead_all([(clause, verb, "ccomp"), (gerund, clause, "csubj"), (mark, clause, "mark")])
        return


def quote_read_as_subject(verb: Token) -> None:
    """`"Nonsense," wrote a council member who asked not to be named`: a quote of one
    word before a cue whose subject follows it is read as the subject, the one after as
    a second subject or the object (`"Rubbish," replied a fan who had travelled`); the
    word is what the cue reports (its clausal object), the one after speaks."""
    if verb.pos_ != "VERB":
        return
    word = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    after = next((c for c in verb.rights if c.dep_ in ("nsubj", "dobj")), None)
    if (
        word is not None
        and after is not None
        and word.i > 0
        and word.doc[word.i - 1].is_quote
        and _closes_before(word, verb)
    ):
        word.dep_ = "ccomp"
        after.dep_ = "nsubj"


def answer_read_as_auxiliary(verb: Token) -> None:
    """`They would, the Bishop replied.`: a short answer of a subject and an auxiliary,
    set off by a comma before a cue with a subject of its own, is read as the cue's
    auxiliary (`would replied`); it is the clause the cue reports."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    for aux in verb.lefts:
        if (
            aux.dep_ == "aux"
            and subject is not None
            and aux.i < subject.i
            and aux.i + 1 < len(aux.doc)
            and aux.doc[aux.i + 1].text == ","
            and any(c.dep_ == "nsubj" for c in aux.children)
        ):
            aux.dep_ = "ccomp"


def _closes_before(word: Token, verb: Token) -> bool:
    """Whether the quote holding `word` alone closes right before `verb`: the word, at
    most a comma, `!` or `?`, the closing mark, then the verb (`"Nonsense," wrote`)."""
    between = word.doc[word.i + 1 : verb.i]
    return (
        0 < len(between) <= 2
        and between[-1].is_quote
        and all(t.text in (",", "!", "?") for t in between[:-1])
    )
