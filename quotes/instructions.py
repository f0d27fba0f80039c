"""Instructions, not claims: what a memo or a person tells others to do (`It tells
candidates to spend "at least three days a week" helping …`, rule told-to), a
document's orders quoted as imperatives (`It also tells candidates: "Do not engage with
reporters."`, rule memo-instruction) and a public notice's orders to the ones who read it
(`The recall notice reads: "Do not eat the product."`, rule notice-instruction). Like a
call on someone (`urged patients to …`), they assert nothing a fact-checker could check,
so the default scope drops the rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them, as PolNeAR annotates them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.deps import SUBJECT, SUBJECT_OR_EXPL
from quotes.language import table, word_list
from quotes.source_words import AUTHORED

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of telling someone what to do (`tell`, `instruct`, `order`).
_INSTRUCTING = word_list("instructing-cues")
#: Objects of such a verb: whom it tells (`tells candidates`).
_TOLD = frozenset({"dobj", "dative", "iobj"})
#: Verbs that tell through a preposition, with it (`call` + `on`: `called on residents`).
_PHRASAL = frozenset((lemma, prep) for lemma, prep in table("instructing-phrasal-cues"))


def told_to(content: Span, cue: Token | None) -> bool:
    """Rule told-to: whether a reported row is an infinitive for the ones a cue of
    instructing has for its object (`The memo tells candidates to spend "at least three
    days a week" in the next seat`, `She told staff not to open the doors`, `called on
    residents to "stay calm"`): an order or a call on someone, not a claim, also with a
    quoted fragment in it; a clause with a subject of its own (`told staff that the doors
    would stay shut`) stays a row."""
    # `It instructs managers not to discuss the matter with "any external party".`
    if cue is None:
        return False
    told = _told(cue)
    if not told:
        return False
    # the content may open with the ones told and the place they are in (`candidates in
    # the rural seats to spend …`); every verb that heads it is an infinitive after them
    heads = [t for t in roots(content) if not t.is_punct]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    return (
        bool(verbs)
        and all(_infinitive(verb) and verb.i > told[0].i for verb in verbs)
        and all(t.pos_ in ("VERB", "AUX") or t.dep_ in (*_TOLD, "prep") for t in heads)
    )


def _told(cue: Token) -> list[Token]:
    """Whom a cue of instructing tells: its object (`tells candidates`), or the object of
    its preposition for a verb of instructing-phrasal-cues.txt (`called on residents`);
    none for any other cue."""
    # `The mayor has called on residents to "stay calm" during the works.`
    lemma = cue.lemma_.lower()
    if lemma in _INSTRUCTING:
        return [c for c in cue.children if c.dep_ in _TOLD]
    return [
        o
        for p in cue.children
        if p.dep_ == "prep" and (lemma, p.lower_) in _PHRASAL
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with `to` and no subject (`to spend`, `not to
    discuss`)."""
    children = list(verb.children)
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
        and not any(c.dep_ in SUBJECT for c in children)
    )


#: The pronoun that stands for a memo just named (`It also tells candidates: "…"`).
_IT = "it"


def memo_instruction(content: Span, cue: Token | None, speaker: Span | None) -> bool:
    """Rule memo-instruction: whether a direct quote is a document's orders to the ones it
    is sent to, every sentence an imperative, after a cue of instructing with them for
    its object (`The memo also tells candidates: "Do not engage with reporters on the
    doorstep. Refer all questions to the press office."`): the source a document
    (:data:`quotes.source_words.AUTHORED`) or `it` standing for one, or none the rules
    found. A person's imperative to reporters (`"Do not believe the rumours," the
    minister told reporters`) is her statement and stays."""
    # `The email tells staff: "Do not discuss the closure with patients."`
    if cue is None or cue.lemma_.lower() not in _INSTRUCTING:
        return False
    if not any(c.dep_ in _TOLD for c in cue.children):
        return False
    if speaker is not None:
        head = speaker.root
        if head.lower_ != _IT and head.lemma_.lower() not in AUTHORED:
            return False
    verbs = [t for t in roots(content) if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(_imperative(verb) for verb in verbs)


def _imperative(verb: Token) -> bool:
    """Whether a verb heads an imperative: its base form with no subject and no helper but
    `do` (`Refer all questions …`, `Do not engage …`)."""
    children = list(verb.children)
    return (
        verb.tag_ == "VB"
        and not any(c.dep_ in SUBJECT_OR_EXPL for c in children)
        and all(c.lemma_.lower() == "do" for c in children if c.dep_ in ("aux", "auxpass"))
    )


#: Nouns for a notice put out to the public (`the recall notice`, `a leaflet`).
_NOTICES = word_list("notice-nouns")
#: Helpers that make a verb an obligation laid on its subject (`Households must hand over
#: …`, `Owners shall keep …`).
_OBLIGING = word_list("binding-modals")


def notice_instruction(content: Span, speaker: Span | None, cue: Token | None = None) -> bool:
    """Rule notice-instruction: whether a direct quote is a public notice's orders to
    the ones who read it, every sentence an imperative, an obligation laid on its
    subject or a request in the passive (`The recall notice on the company's website
    reads: "Do not eat the product. Return it to the shop where you bought it."`, `The
    notice went on: "Households must hand over their land before April 30."`, `"Parents
    are asked to bring the child's booklet."`), its source a notice (:data:`_NOTICES`),
    whatever the cue, or the notice its maker puts up (rule notice-put-up: `The town
    council has put up a notice at its offices: "Do not water gardens until further
    notice."`, the notice the cue's object). Rule document-instruction: so is a paragraph
    of such orders in a document quoted in part (`It reads in part:` ¶ `"…"` ¶ `"Do not
    store water in open tanks."`), its source `it` standing for the document (a thing,
    never a person), each sentence a verb: an alert's line that only names the danger
    (`"Wildfire in the area."`) is a warning, its maker's row. What the same notice
    states as fact (`"The plan was approved on March 12."`) stays its maker's row."""
    # `A leaflet from the council says: "Boil all drinking water. Do not use the taps."`
    posted = cue is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _NOTICES for c in cue.children
    )
    if posted or (speaker is not None and speaker.root.lemma_.lower() in _NOTICES):
        heads = [t for t in roots(content) if t.pos_ in ("VERB", "AUX")]
    elif speaker is not None and speaker.root.lower_ == _IT:
        heads = list(roots(content))
    else:
        return False
    return bool(heads) and all(
        _imperative(verb) or _obliged(verb) or _requested(verb) for verb in heads
    )


#: Verbs whose passive with an infinitive is a request (`Parents are asked to bring …`).
_REQUESTING = word_list("request-passives")


def _requested(verb: Token) -> bool:
    """Whether a verb is a passive request to its subject with an infinitive after it
    (`The public is advised to wear boots`, `Parents are asked to bring …`)."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() in _REQUESTING
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "xcomp" and _infinitive(c) for c in children)
    )


def _obliged(verb: Token) -> bool:
    """Whether a verb is an obligation laid on its subject by `must` or `shall`
    (`Households must hand over …`)."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in verb.children)
