"""Subjects the parser hung on a phrase set before their cue, leaving the cue with none:
as that phrase's apposition (`In a statement to the Gazette, her adviser, Tom Hale,
said …`) or inside a long opener (`Speaking outside court, Sergeant Tom Reed, of the
road crime unit, said …`), or on a participle opener read as a name (`Intervening,
Minister Ravi Menon said …`); and the name that names an opener's role read as the
subject, the real subject hung on it (`Under questioning by the chair, Ana Ruiz, the
witness Tom Hale admitted …`). Called from :func:`quotes.parse_repairs.repair_tags`; the
other subject repairs are listed in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from quotes.deps import ANY_SUBJECT, SUBJECT_OR_CSUBJ
from quotes.language import word_list
from quotes.rehead import rehead, rehead_all
from quotes.role_words import OFFICES, SOURCE_NOUNS
from quotes.subject_repairs import FINITE_VERB

#: Prepositions opening a sentence that the tagger reads as adjectives (`Outside court`).
_ADJECTIVE_PREPOSITIONS = word_list("opener-prepositions-read-as-adjectives")


def subject_read_as_apposition(verb: Token) -> None:
    """`In a statement to the Gazette, her adviser, Tom Hale, said: "…"`: after a
    phrase set before the cue, the parser may hang the cue's subject, set off by commas,
    on that phrase's last noun as an apposition (the adviser is no Observer), leaving the
    cue with no subject. The apposition that runs from the phrase's comma to the comma
    right before the cue is its subject (`In an interview with the Guardian, the club's
    chairman, Tom Hale, said`)."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in SUBJECT_OR_CSUBJ for c in verb.children
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


#: Roles and offices a name set off after them may name (`the chair, Ana Ruiz,`).
_ROLES = SOURCE_NOUNS | OFFICES


def opener_name_read_as_subject(verb: Token) -> None:
    """Rule opener-name-apposition: `Under questioning by the chair, Ana Ruiz, the witness
    Tom Hale admitted that …`: the name set off after the role that closes a phrase set
    before the cue names that role (the chair is Ana Ruiz), but the parser may make it
    the cue's subject and hang the real subject, a description with a name of its own
    that runs to the cue (`the witness Tom Hale`), on it as an apposition. That name
    goes back onto the role as its apposition, and the description becomes the subject.
    Only where the phrase ends in a role noun (not `After the meeting, Ana Ruiz, the
    council's leader, said …`, whose name is the subject) and the description holds a
    name (not a role alone, `…, Ana Ruiz, the chair of the board, said`)."""
    # Shape: <prep> … <role> , <Name> , <description> <Name> <cue>
    # e.g. `Asked by the coroner, Dr Ines Vey, the driver Tom Hale admitted that …`
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    doc = verb.doc
    if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i < 2:
        return
    role = doc[subject.left_edge.i - 2]
    if doc[role.i + 1].text != "," or role.lemma_.lower() not in _ROLES:
        return
    if role.dep_ != "pobj" or not any(
        p.dep_ in ("prep", "advcl", "agent") and p.i < subject.i and role.i in _subtree_ids(p)
        for p in verb.lefts
    ):
        return
    apposed = [
        c for c in subject.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
    ]
    if len(apposed) != 1 or apposed[0].right_edge.i + 1 != verb.i:
        return
    description = apposed[0]
    if not any(t.pos_ == "PROPN" for t in description.subtree if t.i > description.left_edge.i):
        return
    rehead_all([(subject, role, "appos"), (description, verb, "nsubj")])


def _subtree_ids(token: Token) -> set[int]:
    """The indices of a token's subtree."""
    return {t.i for t in token.subtree}


def subject_read_as_participle_object(verb: Token) -> None:
    """Rule subject-read-as-participle-object: `Opening Leaders' Questions, the leader of
    the Greens, Aoife Byrne, said …`: a participle opening the sentence whose object is
    capitalised may be read as the words of a name, the object the cue's subject and the
    speaker set off after it its apposition. The apposition that runs from the comma
    after the opener to the comma right before the cue is the subject, and the opener an
    adverbial of the cue."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return
    opening = doc[subject.left_edge.i]
    # a sentence left unparsed tags `Opening` as a proper noun; no name's word (`Channing
    # Tatum, the actor, said`: a person's name holds it)
    participle = opening.tag_ == "VBG" or (
        opening.lower_.endswith("ing") and opening.ent_type_ != "PERSON"
    )
    if not (participle and opening.is_sent_start and opening.is_title):
        return
    if subject.i + 1 >= verb.i or doc[subject.i + 1].text != ",":
        return
    for apposition in subject.rights:
        if (
            apposition.dep_ == "appos"
            and apposition.pos_ in ("NOUN", "PROPN")
            and apposition.left_edge.i == subject.i + 2
            and apposition.right_edge.i >= verb.i - 2
        ):
            rehead_all([(apposition, verb, "nsubj"), (subject, verb, "npadvmod")])
            return


def subject_read_into_opener(verb: Token) -> None:
    """`Speaking outside court, Sergeant Tom Reed, of the road crime unit, said …`,
    `Outside court, the council's chief executive, Martin Ellery, said …`, `In a
    statement read to the court by Mr Hale, his widow, Ann Hale, said: …` and `Reviewing
    the book for the Ledger, the historian Dr Fiona Calloway wrote that …`, `When I rang
    the office, a woman there told me …`: after a long opener (a phrase that opens with a
    preposition, a participle or a subordinating word), the parser may hang
    the subject set off by a comma on the opener, or take the opener for the cue's
    clausal subject, leaving the cue with no subject of its own. The noun phrase right
    after the opener's comma is the cue's subject, and the phrases set off after it,
    up to the cue, are its appositions."""
    if verb.tag_ in FINITE_VERB:
        _read_into_opener(verb, verb.i, "nsubj")


def passive_subject_read_into_opener(verb: Token) -> None:
    """`In Kisumu, Jane Atieno, a fish trader, was quoted by the Nation as saying: "…"`:
    the same misreading as :func:`subject_read_into_opener` before a passive cue, whose
    finite word is its auxiliary (`was`): the parser hangs the name on the opener's noun
    (`Kisumu`) and the passive's agent (`the Nation`) is left as the only source in
    reach, though it only passes the name's words on. The noun phrase right after the
    opener's comma is the passive's subject, and the phrases set off after it, up to the
    auxiliary, are its appositions."""
    auxiliary = next((c for c in verb.lefts if c.dep_ == "auxpass"), None)
    if verb.tag_ == "VBN" and auxiliary is not None and auxiliary.tag_ in FINITE_VERB:
        _read_into_opener(verb, auxiliary.i, "nsubjpass")


def participle_read_as_subject(verb: Token) -> None:
    """`Intervening, Minister of State Shri Ravi Menon (Kollam) said that …`: a participle
    opening the sentence, set off by a comma, that the tagger read as a proper noun and
    the parser as the cue's subject, the name after the comma hung on it (as an
    apposition, a conjunct, a modifier; rule participle-opener-read-as-name). The
    person's name hung on it between its comma and the cue is the cue's subject, and the
    participle an adverbial clause. Only a word the names step left out of every
    person's name (a verb's `-ing` form, :func:`~quotes.names.participle_opener`)."""
    doc = verb.doc
    opener = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if (
        opener is None
        or opener.tag_ != "NNP"
        or not opener.lower_.endswith("ing")
        or opener.ent_type_
        or opener.i + 1 >= len(doc)
        or doc[opener.i + 1].text != ","
    ):
        return
    name = next(
        (
            c
            for c in opener.rights
            if c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i < verb.i
        ),
        None,
    )
    if name is not None and rehead(name, verb, "nsubj"):
        opener.dep_ = "advcl"


def _read_into_opener(verb: Token, end: int, label: str) -> None:
    """The repair of :func:`subject_read_into_opener` for a cue whose finite word is at
    `end`, its subject hung on it as `label`."""
    doc = verb.doc
    opener = verb.sent[0]
    # `Outside court, the council's chief executive, …`: the opener read as a noun
    # phrase, the preposition an adjective on its noun, which the parser made the subject
    as_noun = opener.lower_ in _ADJECTIVE_PREPOSITIONS and opener.dep_ == "amod"
    if not (
        opener.pos_ in ("ADP", "SCONJ") or opener.tag_ in ("VBG", "VBN", "WRB") or as_noun
    ):
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and subjects != [opener.head if as_noun else opener]:
        return  # a subject of its own, or one that is more than the opener
    commas = [t.i for t in doc[opener.i : end] if t.text == ","]
    if not commas:
        return
    bounds = [*commas, end] if commas[-1] < end - 1 else commas
    segments = [doc[a + 1 : b] for a, b in pairwise(bounds)]
    roots = []
    for n, segment in enumerate(segments):
        heads = [t for t in segment if not segment.start <= t.head.i < segment.end]
        if len(heads) != 1 or (
            any(t.pos_ in ("VERB", "AUX") for t in segment)
            and not (n == len(segments) - 1 and n and _relative_clause(segment, heads[0]))
        ):
            return
        roots.append(heads[0])
    if not roots or roots[0].pos_ not in ("NOUN", "PROPN"):
        return
    if len(segments[0]) == 1 and doc[commas[0] - 1].pos_ == "PROPN":
        return  # `In Alexandria, Va., …`: a place's state, still the opener
    if _apposition_then_subject(roots, commas, end):
        # rule subject-after-opener-apposition: `Under cross-examination by the
        # defendant's barrister, Alisha Rahman KC, Ms Brennan agreed that …`: the name set
        # off on the opener's last noun is its apposition; the words running up to the
        # cue with no comma before it are the subject
        if rehead(roots[-1], verb, label) and subjects:
            subjects[0].dep_ = "npadvmod" if as_noun else "advcl"
        return
    subject = roots[0]
    # refused when the cue hangs inside a phrase set off: no reading of ours to mend
    if rehead_all([(subject, verb, label),
                   *((root, subject, _set_off_label(root)) for root in roots[1:])]) and subjects:
        subjects[0].dep_ = "npadvmod" if as_noun else "advcl"


def _apposition_then_subject(roots: list[Token], commas: list[int], end: int) -> bool:
    """Whether the phrases after a long opener are an apposition of the opener's last
    noun, set off by commas, and then, with no comma before the cue, the cue's subject
    (`By her barrister, Alisha Rahman KC, Ms Brennan agreed`), not a subject with
    phrases set off after it (`Outside court, Sergeant Tom Reed, of the road crime unit,
    said`)."""
    first, last = roots[0], roots[-1]
    return (
        len(roots) > 1
        and commas[-1] < end - 1
        and first.dep_ == "appos"
        and first.head.i < commas[0]
        and last.pos_ in ("NOUN", "PROPN")
    )


def _relative_clause(segment: Span, root: Token) -> bool:
    """Whether a phrase set off after the subject is a relative clause on it (`, who
    leads the growers' union,`): it opens with a relative word and its verb heads it.
    Only the last phrase before the cue is read so: a name after the clause (`…, Ana
    Ruiz, who was abroad, Ms Bell told …`) is the subject, the clause on the name before."""
    return segment[0].tag_ in ("WP", "WP$", "WDT") and root.pos_ in ("VERB", "AUX")


def _set_off_label(root: Token) -> str:
    """The label of a phrase set off after the subject once hung on it."""
    if root.pos_ == "ADP":
        return "prep"
    return "relcl" if root.pos_ in ("VERB", "AUX") else "appos"
