"""Subjects the parser hung on a word between them and their cue, leaving the cue with
none: an adverb (`The 29-year-old later told …`), the cue itself (`The 79-year-old says
…`), a noun after a cue read as an adjective (`…, Ana Ruiz, accused management of …`)
or a phrase set off by commas (`Pritchard-Evans, unbeaten in 19 fights, claimed …`),
among them the aside that says the subject was asked (`Ruiz, asked about the toll, said …`),
and a name read into the roles before it (`Vice-president finance Dr. Ana Ruiz told …`).
Called from :func:`quotes.parse_repairs.repair_tags`; the other subject repairs are
listed in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import ANY_SUBJECT, SUBJECT, SUBJECT_OR_CSUBJ
from quotes.language import word_list
from quotes.rehead import Move, rehead, rehead_all
from quotes.relative_tags import PERSON_RELATIVE_TAGS
from quotes.subject_repairs import FINITE_VERB

#: Cues whose passive participle set off after a subject says it was asked or told
#: (`Ruiz, asked about the toll, said …`, `Ruiz, pressed on the cuts, said …`).
_ADDRESSED = word_list("addressed-passives")
#: Labels the parser gives such a participle when it reads it as the subject's verb.
_ASIDE_READ_AS_VERB = frozenset({"ROOT", "ccomp", "parataxis", "conj", "dep"})
#: Labels of the words that open a verb group before its verb (`has`, `had not`).
_VERB_GROUP = frozenset({"aux", "auxpass", "neg"})


def subject_read_into_adverb(verb: Token) -> None:
    """`The 29-year-old later told the Courier that …`: the parser may hang a subject
    that ends in an adjective (`old`) on the adverb between it and the cue, as if the
    adverb were its noun (`The … later`), leaving the cue with no subject. An adverb
    right before a cue that has a determiner of its own holds the subject: the word its
    determiner opens is the cue's subject, and the adverb the cue's adverb."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i == 0 or any(
        c.dep_ in SUBJECT_OR_CSUBJ and c.i != verb.i - 1 for c in verb.children
    ):
        return
    adverb = doc[verb.i - 1]
    if adverb.tag_ != "RB" or adverb.head.i != verb.i:
        return
    lefts = list(adverb.lefts)
    if not lefts or lefts[0].dep_ != "det":
        return
    head = next((t for t in reversed(lefts) if t.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    if head is None:
        return
    moves: list[Move] = [(word, head, None) for word in lefts if word is not head]
    if rehead_all([*moves, (head, verb, "nsubj")]):
        head.pos_ = "NOUN" if head.pos_ == "ADJ" else head.pos_
        adverb.dep_ = "advmod"


def subject_read_into_cue(verb: Token) -> None:
    """`The 79-year-old says he has never been woken by them`: the parser may hang a
    subject that ends in an adjective (`old`) straight on the cue, its determiner and
    its words as the verb's own (`det`, `amod`), leaving the cue with no subject. An
    adjective right before a subjectless cue whose first word to the left is a
    determiner is the cue's subject, with the words before it."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i == 0 or any(
        c.dep_ in ANY_SUBJECT for c in verb.children
    ):
        return
    lefts = list(verb.lefts)
    head = doc[verb.i - 1]
    if not lefts or lefts[0].dep_ != "det" or head.dep_ != "amod" or head.head.i != verb.i:
        return
    moves: list[Move] = [(word, head, None) for word in lefts if word.i < head.i]
    if rehead_all([*moves, (head, verb, "nsubj")]):
        head.pos_ = "NOUN"


def subject_read_as_root_of_cue(verb: Token) -> None:
    """Rule subject-read-as-root: `The president of the nurses' union, Ana Ruiz, accused
    management of "…"`: after a subject with a name set off by commas, the parser may
    read a cue in the past as an adjective of the noun after it (`accused management`),
    that noun as an apposition and the subject's noun as the root of a sentence with no
    verb, so the cue has neither subject nor object. A cue so hung on the noun right
    after it, right after the comma that closes the subject, is the verb: the root noun
    its subject and the noun its object."""
    # `The head of the residents' group, Tom Hale, blamed officials for "years of neglect".`
    doc = verb.doc
    head = verb.head
    root = head.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ not in ("VBD", "VBN")
        or head.i != verb.i + 1
        or head.dep_ != "appos"
        or head.pos_ not in ("NOUN", "PROPN")
        or root.dep_ != "ROOT"
        or root.pos_ not in ("NOUN", "PROPN")
        or root.i >= verb.i
        or doc[verb.i - 1].text != ","
    ):
        return
    marks = [c for c in root.rights if c.dep_ == "punct" and c.i > head.i]
    if rehead_all([(verb, verb, "ROOT"), (root, verb, "nsubj"), (head, verb, "dobj"),
                   *((mark, verb, None) for mark in marks)]):
        verb.pos_, verb.tag_ = "VERB", "VBD"


def subject_read_into_set_off_phrase(verb: Token) -> None:
    """`Pritchard-Evans, unbeaten in 19 fights, claimed that …`: the parser may take a
    phrase set off by commas between a subject and its cue for a clause of its own, with
    the subject as its subject, leaving the cue with none; so too a relative clause on
    the subject read as the cue's clause (`Ana Ruiz, whose father was among the dead,
    said …`, the subject read as that of `was`). The subject of a phrase that runs from
    the comma after that subject to the comma right before the cue is the cue's."""
    doc = verb.doc
    if verb.tag_ not in FINITE_VERB or any(c.dep_ in ANY_SUBJECT for c in verb.children):
        return
    for phrase in verb.lefts:
        subject = next((c for c in phrase.lefts if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        end = max(t.i for t in subject.subtree if not t.is_punct)
        relative = next(
            (
                t
                for t in phrase.subtree
                if t.tag_ in PERSON_RELATIVE_TAGS and subject.i < t.i < phrase.i
            ),
            None,
        )
        if relative is not None and phrase.dep_ == "ccomp":
            end = relative.i - 2  # the subject's words end at the comma before `whose`
        elif phrase.dep_ not in ("advcl", "acomp", "amod"):
            continue
        if (
            verb.i - 2 <= phrase.right_edge.i < verb.i
            and doc[verb.i - 1].text == ","
            and doc[end + 1].text == ","
            and subject.pos_ in ("NOUN", "PROPN")
        ):
            rehead(subject, verb, "nsubj")
            return


# `Ana Ruiz, asked about the toll, has said that it will stay.`
# `The senator, asked whether she would run, said she had not decided.`
def subject_read_into_asked_aside(verb: Token) -> None:
    """Rule asked-aside: `Ana Ruiz, asked about the toll, has said that it will stay`:
    the parser may read the passive participle of a cue of addressing set off by commas
    after a subject (`asked`, `pressed`, `told`: addressed-passives.txt) as the
    subject's verb, in the past (`Ruiz asked`), and hang the cue after the closing comma
    on it as its clause (or the participle on the cue as a clause of its own), leaving
    the cue with no subject: the one asked would be the asker, and what the cue says
    no one's. A participle with no object of its own, right after the comma that
    follows its subject (or after `when`, `after being`), whose phrase ends at the comma
    right before the cue's verb group, is an aside: its subject is the cue's, the
    participle a clause on the cue (as `when asked about the toll` is read), so what
    was asked has no speaker and the cue's report is the subject's."""
    doc = verb.doc
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ANY_SUBJECT for c in verb.children):
        return
    group = [c.i for c in verb.lefts if c.dep_ in _VERB_GROUP]
    opens = min(group, default=verb.i)
    if opens < 2 or doc[opens - 1].text != ",":
        return
    candidates = [c for c in verb.lefts if c.dep_ in _ASIDE_READ_AS_VERB]
    if verb.head.i < verb.i and verb.dep_ in _ASIDE_READ_AS_VERB:
        candidates.append(verb.head)
    for participle in candidates:
        subject = next((c for c in participle.lefts if c.dep_ in SUBJECT), None)
        if subject is None or not _asked_aside(participle, subject, opens, verb):
            continue
        moves: list[Move] = [(subject, verb, "nsubj")]
        if participle.i == verb.head.i:  # the participle read as the verb above the cue
            head = verb if participle.dep_ == "ROOT" else participle.head
            moves = [(verb, head, participle.dep_), *moves, *(
                (c, verb, None) for c in participle.children if c.i > verb.i
            )]
        rehead_all([*moves, (participle, verb, "advcl")])
        return


def _asked_aside(participle: Token, subject: Token, opens: int, verb: Token) -> bool:
    """Whether `participle` is a passive cue of addressing set off after `subject` that
    closes at the comma before `opens`, the first word of `verb`'s group: `Ruiz, asked
    about the toll, said` (also `Ruiz, when asked …,`, `Ruiz, after being pressed …,`)."""
    doc = participle.doc
    if (
        participle.lemma_.lower() not in _ADDRESSED
        or participle.tag_ not in ("VBD", "VBN")
        or subject.pos_ not in ("NOUN", "PROPN", "PRON")
        or any(c.dep_ in ("dobj", "dative") for c in participle.children)
    ):
        return False
    end = max(t.i for t in subject.subtree if not t.is_punct and t.i < participle.i)
    opener = doc[end + 1 : participle.i]
    if not opener or opener[0].text != "," or len(opener) > 3 or any(
        t.tag_ not in ("WRB", "IN", "VBG") for t in opener[1:]
    ):
        return False
    # the aside's words run up to the comma before the cue's group
    cue_words = {t.i for t in verb.subtree}
    aside = [t.i for t in participle.subtree if t.i > participle.i and t.i not in cue_words]
    return opens - 1 > participle.i and all(i < opens - 1 for i in aside if not doc[i].is_punct)


def name_read_into_role(verb: Token) -> None:
    """Rule name-read-into-role: `Vice-president finance Dr. Ana Ruiz told the paper that
    …`, `"…," managing director and chief executive Anand Rao told analysts`: the
    parser may hang the name right before a cue on the roles written before it (as the
    object of a role's own noun, `finance`, or a conjunct of roles joined by `and`),
    leaving the cue with no subject or with a role for one. A person's name that ends
    right before its cue, hung on a noun before it with nothing set off between them, is
    the cue's subject; a role that was the subject hangs on the name."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i == 0:
        return
    name = doc[verb.i - 1]
    role = name.head
    if name.ent_type_ != "PERSON" or role.i >= name.i or role.pos_ != "NOUN":
        return
    if any(t.is_punct for t in doc[role.i : name.left_edge.i]):
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and (subjects != [role] or name.dep_ == "appos"):
        return  # `the critic Dr Hana Cole wrote`: the name set beside the role, as it is
    rehead_all([(name, verb, "nsubj"), *([(role, name, "compound")] if subjects else [])])
