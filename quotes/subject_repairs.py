"""Subjects the parser hung in the wrong place, leaving a cue with none or with the
wrong one, mended before any cue is matched. Kept apart from the tag and clause repairs
because each of these decides who speaks; called from
:func:`quotes.parse_repairs.repair_tags`. Here, the words that speak read as something
else: a name in the subject's phrase read as a conjunct of a noun, a quantifier
floating after the subject read as a second subject, a share of people read as a
number modifying the cue (`4 in 10 say …`), a parent's count of children read as the
subject before the name it describes (`Mother of four Lisa Hammond said …`). The other
subject repairs, by where the parser hung the subject: on a word between it and its cue in
:mod:`quotes.subjects_in_between`, on a phrase set before the cue in
:mod:`quotes.opener_subjects`, in an `-ing` clause in :mod:`quotes.clausal_subjects`,
inside the quote before the cue in :mod:`quotes.quote_subjects`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deps import ANY_SUBJECT, SUBJECT_OR_CSUBJ
from quotes.language import word_list
from quotes.rehead import Move, rehead, rehead_all

#: Conjunctions before a name joined to a noun that may be a verb's subject (`and Ruiz said`).
_CONJUNCTIONS = word_list("noun-conjunctions")
#: Quantifiers that float after the subject they count (`each`, `both`).
_FLOATING = word_list("floating-quantifiers")
#: Nouns for a parent that take a count of children before a name (`Mother of four`).
_PARENTS = word_list("parent-count-roles")
#: Those who speak for a body (`spokesperson`).
_VOICES = word_list("body-voices")
#: Prepositions joining a body's name to the words before its voice (`Department of …`).
_VOICE_PREPOSITIONS = word_list("body-voice-prepositions")
#: Tags of a finite verb.
FINITE_VERB = frozenset({"VBD", "VBZ", "VBP"})
#: Labels of the words of a name's phrase before its last word (`the`, `Tom`).
_NAME_PARTS = frozenset({"compound", "det", "amod", "poss", "punct"})


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


# `Father of two Dev Patel said …`, `Grandmother of six Ann Cole, 81, said …`
def parent_count_read_as_subject(token: Token, lemmas: frozenset[str]) -> None:
    """Rule parent-count-before-name: `Mother of four Lisa Hammond said she …`: the parser
    reads the parent's noun as the cue's subject and the name as the object of its `of`,
    so `Father` would speak. A parent's noun (:data:`_PARENTS`) subject of a cue, whose
    `of` holds a number and right after it a person's name, is the name's description:
    the name is the subject, the number goes to the `of`, the noun modifies the name (as
    the hyphened `Mother-of-four Lisa Hammond` is read)."""
    verb, doc = token.head, token.doc
    if token.dep_ != "nsubj" or token.lower_ not in _PARENTS or verb.lemma_.lower() not in lemmas:
        return
    of = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != token.i:
        return
    name = next((c for c in of.children if c.dep_ == "pobj"), None)
    if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return
    count = doc[of.i + 1]
    if not count.like_num or count.head.i not in (name.i, of.i):
        return
    first = doc[count.i + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return  # the name opens right after the count
    if first.head.i not in (name.i, first.i):
        return
    rehead_all([(name, verb, "nsubj"), (token, name, "nmod"), (count, of, "pobj")])


def voice_read_as_name_part(token: Token, lemmas: frozenset[str]) -> None:
    """Rule voice-after-joined-name: `A Department of Health and Social Care spokesperson
    said …`: the parser reads the body's first word as the cue's subject and the voice
    (:data:`_VOICES`) as the object of the name's `of` (`of Health and Social Care
    spokesperson`), so `A Department` would speak. A capitalised subject of a cue, with
    an `of` or `for` phrase whose last word, right before the cue, is a voice: the voice
    is the subject, the name its modifier, as `A Department for Education spokesperson`
    is read."""
    verb, doc = token.head, token.doc
    if token.dep_ != "nsubj" or not token.is_title or verb.lemma_.lower() not in lemmas:
        return
    if verb.i < 2 or token.i >= verb.i - 2:
        return
    voice = doc[verb.i - 1]
    # shape: <det> <Body> of|for <Name …> <voice> <cue>
    if voice.lower_ not in _VOICES or voice.dep_ != "pobj":
        return
    prep = voice.head
    if prep.lower_ not in _VOICE_PREPOSITIONS or prep.head.i != token.i:
        return
    moves: list[Move] = [(voice, verb, "nsubj"), (token, voice, "compound")]
    moves += [(c, voice, None) for c in token.lefts if c.dep_ == "det"]
    rehead_all(moves)


def share_read_as_modifier(number: Token, lemmas: frozenset[str]) -> None:
    """`Roughly 4 in 10 say they prefer a new bus route`: the parser may hang the share of
    people on the cue after it as a number modifying it; a number before a cue verb with no
    subject of its own is that verb's subject."""
    verb = number.head
    if (
        verb.i > number.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lemmas
        and not any(c.dep_ in SUBJECT_OR_CSUBJ for c in verb.children)
    ):
        number.dep_ = "nsubj"


def content_read_as_first_subject(token: Token, lemmas: frozenset[str]) -> None:
    """Rule content-read-as-first-subject: `Or maybe Tom Reyes, campaign adviser Paul Dunn
    says.`: a cue that closes its sentence after a phrase set off by a comma may have
    that phrase read as a first subject beside its own (`Tom Reyes` and `Paul Dunn`), and
    the first would speak. The phrase before the comma is what the cue gives (the
    speaker's words, here one fragment), the subject right before the cue speaks. Only
    when the phrase holds more than a name (`maybe`), which a subject with its role set
    after it (`Lena Ortiz, the mayor says.`) does not."""
    verb, doc = token.head, token.doc
    if token.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas:
        return
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_VERB:
        return  # `said Ana Ruiz, half joking.`: a participle set after the sentence's cue
    last = token.right_edge
    comma = last.i if last.text == "," else last.i + 1
    if verb.i + 1 >= len(doc) or comma >= verb.i or doc[comma].text != ",":
        return
    if doc[verb.i + 1].text != ".":
        return
    if not any(t.dep_ not in _NAME_PARTS for t in doc[token.sent.start : token.i]):
        return  # `Lena Ortiz, the mayor says.`: a name and its role, one subject
    speaker = next(
        (c for c in verb.lefts if c.dep_ == "nsubj" and c.i > token.i), None
    )
    if speaker is None or speaker.left_edge.i != comma + 1 or speaker.right_edge.i != verb.i - 1:
        return
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return
    token.dep_ = "ccomp"
