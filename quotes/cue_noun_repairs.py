"""Cues the tagger read as nouns at the head of a sentence left with no verb, mended
before any cue is matched: a cue in its base form after a plural noun read as the noun
that plural modifies (`Most councillors support reforming …`, rule
cue-read-as-group-noun), or as the singular head of that plural with `that` and a clause
after it (`The findings state that …`, `cue_read_as_compound_head`). Each makes the cue a
verb in the present with the noun before it for its subject. Called from
:func:`quotes.parse_repairs.repair_tags`, beside the other cue repairs
(:mod:`quotes.cue_repairs`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import SUBJECT
from quotes.headline_case import in_title_case
from quotes.rehead import Move, rehead_all


def cue_read_as_compound_head(cue: Token) -> None:
    """`The findings state that the walker carried no beacon`, `Residents claim that the
    bins were never emptied`: after a plural noun, the tagger may read a cue in its base
    form as a singular noun heading the sentence, the plural noun as its compound and the
    clause it reports as a relative clause on it. A cue so tagged, the plural noun right
    before it, with `that` and a clause with a subject of its own hung on it right after,
    is the verb, in the present: the plural noun its subject, the clause what it reports,
    the words before the noun the noun's own (a relative `that` is the clause's subject,
    no `mark`, so `The claims that were made …` stays a noun). So too a cue in `-s` read
    as a plural noun after a singular one (`The filing states that the company owes
    $4m`): the verb in the third person; so too after a noun the tagger read as an
    adjective of it (rule cue-read-after-adjective-noun: `The circular states that two
    ships were hit`, `circular` a noun that is an adjective too)."""
    doc = cue.doc
    if cue.tag_ not in ("NN", "NNS") or cue.dep_ != "ROOT" or not 0 < cue.i < len(doc) - 1:
        return
    noun, mark = doc[cue.i - 1], doc[cue.i + 1]
    clause = mark.head
    third_person = cue.tag_ == "NNS"
    adjective_read = third_person and noun.tag_ == "JJ" and noun.dep_ == "amod"
    if (
        (noun.tag_ != ("NN" if third_person else "NNS") and not adjective_read)
        or (third_person and not cue.lower_.endswith("s"))
        or (noun.dep_ != "compound" and not adjective_read)
        or noun.head.i != cue.i
        or mark.lower_ != "that"
        or mark.dep_ != "mark"
        or clause.head.i != cue.i
        or clause.dep_ not in ("acl", "relcl", "ccomp")
        or not any(c.dep_ in SUBJECT and c.i > mark.i for c in clause.children)
    ):
        return
    before = [c for c in cue.lefts if c.i < noun.i]
    moves: list[Move] = [(noun, cue, "nsubj"), (clause, cue, "ccomp")]
    moves += [(word, noun, None) for word in before]
    if rehead_all(moves):
        cue.pos_ = "VERB"
        cue.tag_ = "VBZ" if third_person else "VBP"
        if adjective_read:
            noun.pos_, noun.tag_ = "NOUN", "NN"


def cue_read_as_subject_head(cue: Token) -> None:
    """`The paper states that chicks at colonies with a closure zone were heavier`: the
    parser may read a cue in `-s` after a singular noun as the head of the sentence's
    subject (`paper` its compound), `that` as a relative pronoun and the clause's verb
    as the root. A cue so read, tagged a verb and the subject of a later verb, the
    singular noun right before it its compound and `that` right after it, is the root:
    the noun its subject, the later verb what it reports, `that` its mark (rule
    cue-read-as-subject-head)."""
    doc = cue.doc
    if cue.tag_ != "VBZ" or cue.dep_ != "nsubj" or not 0 < cue.i < len(doc) - 1:
        return
    noun, mark, clause = doc[cue.i - 1], doc[cue.i + 1], cue.head
    if (
        noun.tag_ != "NN"
        or noun.dep_ != "compound"
        or noun.head.i != cue.i
        or mark.lower_ != "that"
        or clause.i <= mark.i
        or clause.pos_ not in ("VERB", "AUX")
    ):
        return
    before = [c for c in cue.lefts if c.i < noun.i]
    moves: list[Move] = [
        (cue, cue, "ROOT"),
        (noun, cue, "nsubj"),
        (clause, cue, "ccomp"),
        (mark, clause, "mark"),
    ]
    moves += [(word, noun, None) for word in before]
    if rehead_all(moves):
        mark.tag_, mark.pos_ = "IN", "SCONJ"


#: Tags of the word a cue read into its subject's phrase may follow: the group's plural
#: noun (`councillors support`), or the last noun of the phrase after it (`across the
#: political spectrum favor`, `polled on Monday support`); not a number (`at one point
#: calling …`: `point` the noun it is).
_GROUP_TAGS = frozenset({"NNS", "NNPS", "NN", "NNP"})
#: Tags of the word that may open a cue's object right after it: a name (`Okafor`), an
#: `-ing` clause (`lowering the levy`), a determiner, a possessive or a pronoun.
_OBJECT_OPENERS = frozenset({"NNP", "NNPS", "VBG", "DT", "PRP", "PRP$"})
#: Labels of the words that the parser hung on a cue read as a noun and that belong to
#: the noun before it: `the` of `the county support`.
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss"})
#: Labels of the words after a cue read as a noun that were hung as that noun's (or its
#: phrase's) modifiers, and are the verb's object once it is one: `reforming the rota`.
_NOUN_READINGS = frozenset({"acl", "compound", "pobj", "nmod"})


def cue_read_as_group_noun(cue: Token) -> None:
    """Rule cue-read-as-group-noun: `A growing number of local councillors support
    reforming the rota`, `Two-thirds of tenants in the block oppose the sale`: the tagger
    may read a cue in the bare present right after a plural noun as a noun that the
    plural noun modifies (`councillors support`, like `income support`), leaving the
    sentence with no verb and a noun for its root; so too after the last word of a
    phrase on the subject (`Most tenants across the estate favor selling …`). A cue so
    read (a common noun in its bare form, a noun right before it, an object's first
    word right after it) in a sentence whose root is a noun or a number
    is the verb: the root of the words before it its subject, the word before it back
    in the cue's place in that subject, the words after it its object.
    """
    doc = cue.doc
    if cue.tag_ != "NN" or cue.lower_ != cue.lemma_.lower():
        return  # most cue words: read as verbs, or a noun in another form
    sent = cue.sent
    group = doc[cue.i - 1] if cue.i > sent.start else None
    after = doc[cue.i + 1] if cue.i + 1 < sent.end else None
    if (
        group is None
        or after is None
        or group.tag_ not in _GROUP_TAGS
        or after.tag_ not in _OBJECT_OPENERS
        or sent.root.pos_ not in ("NOUN", "PROPN", "NUM")
        # a title-case headline, whose cue verbs the engine reads in lower case already:
        # `31 Voters Share Their Views On the Levy` (the costliest test, so the last)
        or in_title_case(sent.text)
    ):
        return
    before = range(sent.start, cue.i)
    # the top of the words after the cue that the parser hung the cue into: the cue's
    # object now, its place in the words before taken by the plural noun
    top = cue
    while top.head.i != top.i and top.head.i not in before:
        top = top.head
    moves: list[Move] = [(cue, cue, "ROOT")]
    if top.i != cue.i:
        moves.append((top, cue, "dobj"))
    if top.head.i in before and group.head.i in (cue.i, top.i):
        moves.append((group, top.head, top.dep_))
    moves += [
        (c, group, None)
        for c in cue.children
        if c.i in before and c.i != group.i and c.dep_ in _NOUN_MODIFIERS
    ]
    planned = {child.i: head.i for child, head, _ in moves}
    subjects = [
        t
        for t in doc[sent.start : cue.i]
        if planned.get(t.i, t.head.i) not in before or t.head.i == t.i
    ]
    if len(subjects) != 1:
        return
    moves.append((subjects[0], cue, "nsubj"))
    for t in doc[cue.i + 1 : sent.end]:
        if t.head.i == t.i:  # the root the parser gave the sentence: `Okafor`
            moves.append((t, cue, "dobj"))
            continue
        if t.head.i not in before and t.head.i != cue.i:
            continue
        # what the parser hung on the noun it read is the verb's object: `reforming …`
        dep = ("xcomp" if t.tag_ == "VBG" else "dobj") if t.dep_ in _NOUN_READINGS else None
        if t.head.i in before or dep is not None:
            moves.append((t, cue, dep))
    if rehead_all(moves):
        cue.pos_ = "VERB"
        cue.tag_ = "VBP"


def cue_read_after_name(cue: Token) -> None:
    """Rule cue-read-after-name: `The Flood Forecasting and Warning Centre forecast that
    the river would stay high`: after a body's name of several words, the tagger may
    read a cue whose past is its base form (`forecast`) as a singular noun heading the
    sentence, the name's words its modifiers and the clause it reports its complement,
    or a clause on the noun (`acl`: `The Danube Flood Monitoring and Warning Service
    forecast that the river would stay above its alert mark …`). A cue so tagged, a
    proper noun right before it and hung on it, with `that` and a clause with a subject
    of its own hung on it right after, is the verb in the past: the name before it its
    subject, the clause what it reports, the words before the name's head the name's
    own."""
    doc = cue.doc
    if cue.tag_ != "NN" or cue.dep_ != "ROOT" or not 0 < cue.i < len(doc) - 1:
        return
    mark = doc[cue.i + 1]
    clause = mark.head
    if (
        doc[cue.i - 1].pos_ != "PROPN"
        or mark.lower_ != "that"
        or mark.dep_ != "mark"
        or clause.head.i != cue.i
        or clause.dep_ not in ("ccomp", "acl")
        or not any(c.dep_ in SUBJECT and c.i > mark.i for c in clause.children)
    ):
        return
    # `The Flood Forecasting and Warning Centre`: the name's head is the last word before
    # the cue hung on it that is no article, its other words hung on that head
    before = [c for c in cue.lefts if c.pos_ != "DET"]
    name = before[-1] if before else None
    if name is None or name.pos_ != "PROPN" or not (
        name.i == cue.i - 1 or name.is_ancestor(doc[cue.i - 1])
    ):
        return
    moves: list[Move] = [(name, cue, "nsubj"), (clause, cue, "ccomp")]
    moves += [(word, name, None) for word in cue.lefts if word.i < name.i]
    if rehead_all(moves):
        cue.pos_ = "VERB"
        cue.tag_ = "VBD"
