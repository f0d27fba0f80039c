"""Subjects the parser hung in the wrong place, leaving a cue with none or with the
wrong one, mended before any cue is matched: on a word between them and their cue, an
adverb (`The 29-year-old later told …`) or a phrase set off by commas
(`Pritchard-Evans, unbeaten in 19 fights, claimed …`); on a phrase or a long opener set
before the cue (`In a statement to the Gazette, her adviser, Tom Hale, said …`); a name
in the subject's phrase read as a second subject; a share of people read as a number
modifying the cue (`4 in 10 say …`). Kept apart from the tag and clause repairs because
each of these decides who speaks. Called from :func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from quotes.language import word_list
from quotes.mentions import authored_work
from quotes.rehead import Move, rehead, rehead_all
from quotes.relative_tags import PERSON_RELATIVE_TAGS

#: Conjunctions before a name joined to a noun that may be a verb's subject (`and Ruiz said`).
_CONJUNCTIONS = word_list("noun-conjunctions")
#: Quantifiers that float after the subject they count (`each`, `both`).
_FLOATING = word_list("floating-quantifiers")
#: Tags of a finite verb.
FINITE_VERB = frozenset({"VBD", "VBZ", "VBP"})
#: Labels of a verb's subject.
ANY_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def subject_read_into_adverb(verb: Token) -> None:
    """`The 29-year-old later told the Courier that …`: the parser may hang a subject
    that ends in an adjective (`old`) on the adverb between it and the cue, as if the
    adverb were its noun (`The … later`), leaving the cue with no subject. An adverb
    right before a cue that has a determiner of its own holds the subject: the word its
    determiner opens is the cue's subject, and the adverb the cue's adverb."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i == 0 or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i != verb.i - 1 for c in verb.children
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
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children
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


def subject_read_as_conjunct(name: Token) -> None:
    """`Rivas has won a seat and Ortega quickly demanded a recount`, `The court fined the
    firm and Ortega resigned, saying …`: the parser may join a name right after `and` to
    the noun before it (`a seat and Ortega`), leaving the verb that follows the name with
    no subject, or with that noun as its subject. A name joined after `and`
    or `but`, followed (past adverbs) by a finite verb whose subject is missing or is the
    noun it was joined to, with a verb before that noun, is the verb's subject; the noun
    goes back to the verb before it as its object. Only a name joined to a common noun:
    two names are more often two subjects of one verb. Called from
    :func:`quotes.parse_repairs.repair_tags` on each conjunct."""
    doc = name.doc
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.i < 2:
        return
    if doc[name.i - 1].lower_ not in _CONJUNCTIONS:
        return
    after = name.i + 1
    while after < len(doc) and doc[after].tag_ == "RB":
        after += 1
    if after >= len(doc) or doc[after].tag_ not in FINITE_VERB:
        return
    verb, joined = doc[after], name.head
    if joined.pos_ != "NOUN":
        # `said Ruiz and Ortega agree …`, `noted Greeks and Swedes have …`: two names are
        # two subjects of the clause, however the parser hung the first
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and subjects != [joined]:
        return
    before = doc[joined.left_edge.i - 1] if joined.left_edge.i > 0 else None
    if subjects and not (before is not None and before.pos_ in ("VERB", "AUX")):
        # `Ruiz and Ortega said …`: two subjects of one verb, not two clauses
        return
    back: list[Move] = [(joined, before, "dobj")] if subjects and before is not None else []
    rehead_all([*back, (name, verb, "nsubj")])


def subject_read_into_participle(verb: Token) -> None:
    """`Voters heading to the polls on Tuesday said the economy came first`: the parser
    may read a subject with a participle phrase after it as a clause (`Voters heading …`)
    that is the cue's clausal subject, leaving the cue with no subject of its own. The
    subject of a participle (`VBG`) that is a finite cue's clausal subject is the cue's
    subject, and the participle its modifier. Called from
    :func:`quotes.parse_repairs.repair_tags` on each cue word."""
    clause = _clausal_gerund(verb)
    if clause is None:
        return
    subject = next(
        (c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None
    )
    if subject is None:
        return
    rehead_all([(subject, verb, "nsubj"), (clause, subject, "acl")])


def subject_read_into_gerund(verb: Token) -> None:
    """Rule work-read-as-gerund-object: `Monitoring data from the water office show that
    a fifth of the wells fell`: the parser may read an `-ing` word that modifies a work
    with an author (`Polling figures`, `Tracking data`) as a gerund with the work for its
    object, the gerund the cue's clausal subject, leaving the cue with no subject. When
    the object is such a work (:func:`quotes.mentions.authored_work`) right after a gerund that
    opens the subject and has no subject of its own, the work is the cue's subject and
    the `-ing` word its modifier. `Raising taxes shows that …` (no work) stays a clause."""
    clause = _clausal_gerund(verb)
    if clause is None or any(c.dep_ in ANY_SUBJECT for c in clause.children):
        return
    work = clause.doc[clause.i + 1] if clause.i + 1 < len(clause.doc) else None
    if work is None or work.head.i != clause.i or work.dep_ != "dobj":
        return
    if not authored_work(work):
        return
    rehead_all([(work, verb, "nsubj"), (clause, work, "amod")])


def _clausal_gerund(verb: Token) -> Token | None:
    """The `-ing` clause a finite cue with no subject of its own has for its clausal
    subject, where the two rules above find the subject the parser read into it
    (`Voters heading to the polls said …`, `Polling figures show …`); None otherwise."""
    if verb.tag_ not in FINITE_VERB or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return None
    return next((c for c in verb.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)


def subject_read_as_apposition(verb: Token) -> None:
    """`In a statement to the Gazette, her adviser, Tom Hale, said: "…"`: after a
    phrase set before the cue, the parser may hang the cue's subject, set off by commas,
    on that phrase's last noun as an apposition (the adviser is no Observer), leaving the
    cue with no subject. The apposition that runs from the phrase's comma to the comma
    right before the cue is its subject (`In an interview with the Guardian, the club's
    chairman, Tom Hale, said`)."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children
    ):
        return
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return
    for phrase in verb.lefts:
        if phrase.dep_ not in ("prep", "advcl"):
            continue
        for token in phrase.subtree:
            if (
                token.dep_ == "appos"
                and token.pos_ in ("NOUN", "PROPN")
                and doc[token.left_edge.i - 1].text == ","
                and token.right_edge.i == verb.i - 2
            ):
                rehead(token, verb, "nsubj")
                return






def quantifier_read_as_subject(token: Token) -> None:
    """`Two rival camps each said …`: the parser may make a quantifier floating after the
    subject a second subject of the cue, which would then speak as `each`; right after
    the first subject's last word, it is that noun's apposition (as the parser reads
    `The leaders both said …`), and the noun speaks."""
    if token.lower_ not in _FLOATING or token.i == 0:
        return
    noun = next(
        (c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i), None
    )
    if noun is not None and noun.right_edge.i == token.i - 1 and noun.tag_ in ("NNS", "NNPS"):
        rehead(token, noun, "appos")




def share_read_as_modifier(number: Token, lemmas: frozenset[str]) -> None:
    """`Roughly 4 in 10 say they prefer a new bus route`: the parser may hang the share of
    people on the cue after it as a number modifying it; a number before a cue verb with no
    subject of its own is that verb's subject."""
    verb = number.head
    if (
        verb.i > number.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lemmas
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    ):
        number.dep_ = "nsubj"


def subject_read_into_opener(verb: Token) -> None:
    """`Speaking outside court, Sergeant Tom Reed, of the road crime unit, said …`, `In a
    statement read to the court by Mr Hale, his widow, Ann Hale, said: …` and `Reviewing
    the book for the Ledger, the historian Dr Fiona Calloway wrote that …`, `When I rang
    the office, a woman there told me …`: after a long opener (a phrase that opens with a
    preposition, a participle or a subordinating word), the parser may hang
    the subject set off by a comma on the opener, or take the opener for the cue's
    clausal subject, leaving the cue with no subject of its own. The noun phrase right
    after the opener's comma is the cue's subject, and the phrases set off after it,
    up to the cue, are its appositions."""
    doc = verb.doc
    opener = verb.sent[0]
    if verb.tag_ not in FINITE_VERB or not (
        opener.pos_ in ("ADP", "SCONJ") or opener.tag_ in ("VBG", "VBN", "WRB")
    ):
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and subjects != [opener]:
        return  # a subject of its own, or one that is more than the opener
    commas = [t.i for t in doc[opener.i : verb.i] if t.text == ","]
    if not commas:
        return
    bounds = [*commas, verb.i] if commas[-1] < verb.i - 1 else commas
    segments = [doc[a + 1 : b] for a, b in pairwise(bounds)]
    roots = []
    for segment in segments:
        heads = [t for t in segment if not segment.start <= t.head.i < segment.end]
        if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX") for t in segment):
            return
        roots.append(heads[0])
    if not roots or roots[0].pos_ not in ("NOUN", "PROPN"):
        return
    if len(segments[0]) == 1 and doc[commas[0] - 1].pos_ == "PROPN":
        return  # `In Alexandria, Va., …`: a place's state, still the opener
    subject = roots[0]
    # refused when the cue hangs inside a phrase set off: no reading of ours to mend
    if rehead_all([(subject, verb, "nsubj"),
                   *((root, subject, "prep" if root.pos_ == "ADP" else "appos")
                     for root in roots[1:])]) and subjects:
        opener.dep_ = "advcl"


#: Most tokens between a quote's closing mark and its cue that a subject read into the
#: quote may span (`the university's rector, Prof. Ana Ruiz-Tell,`).
_SUBJECT_AFTER_QUOTE = 14


#: Quotation marks that only ever open a quote (a straight `"` may close one too).
_ONLY_OPENING = frozenset("“‘«„‹")
#: Dependents of the head of a noun phrase (`the university's rector, Prof. …`).
_NOUN_PHRASE_DEPS = frozenset(
    {"det", "poss", "compound", "amod", "nummod", "case", "punct", "appos", "prep", "nmod"}
)


def subject_read_into_quote(verb: Token) -> None:
    """Rule subject-read-into-quote: `"Solveig taught us to read ice," the university's
    rector, Prof. Tomasz Holm, said on Monday.`: after a quote that closes with a comma,
    the parser may hang the speaker's phrase on a verb inside the quote (the rector as
    what Solveig taught), leaving the cue with no subject or with a word of the quote
    for one (the quoted words are then its clause). The phrase between the
    closing mark and a subjectless cue, a noun phrase and the appositions set off by
    commas after it, no verb among them, each hung inside the quote, is the cue's
    subject with its appositions."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if verb.pos_ != "VERB" or any(c.i > verb.i or c.is_quote for c in subjects):
        return
    mark = _closing_mark(verb)
    if mark is None or any(c.i > mark for c in subjects) or _quoted_title(doc, mark):
        return  # `"…," Tulsa police Chief Ana Ruiz said`: a subject of its own after it
    phrase = doc[mark + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in phrase):
        return
    heads = [t for t in phrase if not t.is_punct and not phrase.start <= t.head.i < phrase.end]
    if (
        not heads
        or heads[0].pos_ not in ("NOUN", "PROPN")
        or any(t.head.i >= mark for t in heads)
        or any(doc[t.left_edge.i - 1].text != "," for t in heads[1:])
        or any(c.dep_ not in _NOUN_PHRASE_DEPS for c in heads[0].children)
    ):
        return  # `Tulsa` with `Chief` for its object: no noun phrase to hang on the cue
    subject = heads[0]
    moves = [
        (subject, verb, "nsubj"),
        *((other, subject, "appos") for other in heads[1:]),  # `…, Prof. Tomasz Holm,`
        *(
            (word, subject, None)
            for word in phrase
            if word.is_punct and not phrase.start <= word.head.i < phrase.end
        ),
    ]
    if rehead_all(moves):
        for inside in subjects:
            inside.dep_ = "ccomp"  # `"The other half she taught …," the rector said`


def _closing_mark(verb: Token) -> int | None:
    """The quotation mark that closes a quote with a comma a few words before a cue
    (`"…," the rector, Prof. X, said`), with words between them; None for none, or for
    a mark that opens a quote after a comma (`Her column, "Tell your story," is …`)."""
    doc = verb.doc
    start = max(0, verb.i - _SUBJECT_AFTER_QUOTE)
    mark = next((k for k in range(verb.i - 1, start - 1, -1) if doc[k].is_quote), None)
    if mark is None or mark < 1 or doc[mark - 1].text != "," or mark + 1 >= verb.i:
        return None
    if doc[mark - 1].whitespace_ or doc[mark].text in _ONLY_OPENING:
        return None
    return mark


def _quoted_title(doc: Doc, mark: int) -> bool:
    """Whether the quote that `mark` closes is a title, capitalised words with no verb
    (`"Mercy Street," a drama about nurses, returns on Sunday.`), no words said."""
    opening = next((k for k in range(mark - 1, -1, -1) if doc[k].is_quote), -1)
    words = [t for t in doc[opening + 1 : mark - 1] if t.is_alpha]
    return (
        bool(words)
        and all(t.is_title for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )
