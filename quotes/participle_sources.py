"""Who speaks in a participle the parser hangs in the wrong place: rules that read the
participle's source from the words around it when the parse misleads the walk up the
verbs in :mod:`quotes.governing` (`…, with Senator Ruiz calling him a fraud`; `"Too much
noise," Okafor said, blaming the bar`; `…, a charge that officials denied, noting …`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.cue_words import cue_lemmas
from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.mentions import NOMINAL
from quotes.relative_tags import NOUN_RELATIVE_TAGS


def set_off_by_comma(verb: Token) -> bool:
    """Whether a comma stands right before the words a verb heads, or before the closing
    quote mark there: `…, saying` and `…," adding` (the quote ends the reported clause)."""
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k >= 0 and doc[k].is_quote and doc[k].tag_ != "``":
        k -= 1
    return k >= 0 and doc[k].text == ","


def nearest_subject(verb: Token) -> Token | None:
    """A verb's subject (a noun, a number or a relative pronoun); of two, which only a
    misparse gives, the name or pronoun right before the verb when a comma or a quote
    mark sets the other off: in `Speaking in Salem, Oregon, Ruiz went after Lee, calling
    him …` the parser may read `Oregon` as a second subject of `went`, and after a quote
    the words inside it (`"Nothing you can do," Ruiz told the crowd, saying …`). Not a
    long subject the parser broke in two (`Officers with no role but with experience
    in the field said …`): no comma between."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJECT
        and (c.pos_ in (*NOMINAL, "NUM") or c.tag_ in NOUN_RELATIVE_TAGS)
    ]
    if len(subjects) > 1 and subjects[-1].i < verb.i:
        near, far = subjects[-1], subjects[-2]
        between = verb.doc[far.i + 1 : near.left_edge.i]
        if near.pos_ in ("PROPN", "PRON") and any(t.text == "," or t.is_quote for t in between):
            return near
    return subjects[0] if subjects else None


#: Prepositions of an absolute clause (`with economists warning …`).
_ABSOLUTE = word_list("absolute-prepositions")


def with_subject(cue: Token) -> Token | None:
    """The subject of an `-ing` cue right after `with` and its noun, which the parser
    hangs on the preposition or on the main verb rather than on the noun: `Rivals went
    further, with former Ohio Gov. Rick O'Neill calling him a fraud` (O'Neill calls him
    that, not the rivals); see :func:`absolute_with`."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("pcomp", "advcl") or cue.i == 0:
        return None
    noun = cue.doc[cue.i - 1]
    if cue.dep_ == "pcomp" and cue.head.lower_ in _ABSOLUTE:
        # on the preposition: its noun, wherever in the phrase the parser hung it
        noun = next((c for c in cue.head.children if c.dep_ == "pobj" and c.i < cue.i), noun)
    hung = cue.dep_ == "advcl" or cue.head == noun.head
    return noun if hung and absolute_with(noun) else None


def absolute_with(noun: Token) -> bool:
    """Whether a noun is the subject of an `-ing` clause after `with`, which the parser
    hangs on the noun as a modifier: `…, with economists warning that rates will rise`,
    `with polls showing her lead gone` (the economists warn, the polls show). The noun
    must be able to be a source — a name, a named body or people (`economists`,
    `polls`: a plural) — not wording (`with softer language calling for "…"`)."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _ABSOLUTE
        and (noun.pos_ == "PROPN" or noun.tag_ == "NNS")
    )


#: Verbs of a voice raised over a scene (`chanting`, `yelling`): see :func:`relative_teller`.
_RAISED_VOICES = word_list("heckle-cues")


def relative_teller(cue: Token) -> Token | None:
    """The subject of a relative clause of speech that ends right before a participle set
    off by a comma, which the parser hangs on the main verb: in `Ruiz said the vote was
    rigged, a charge that county officials denied, noting that …` the officials note it,
    having denied the charge, not Ruiz.

    Rule voice-after-relative: a participle of a raised voice (`chanting`, `yelling`)
    there takes the relative clause's subject whatever its verb, as the voices are the
    ones the clause shows in the scene: `Okafor spoke at the depot, where forty drivers
    had gathered, chanting "…"` (the drivers chant, not Okafor), `an ad in which
    children knock down a castle, yelling "…"`."""
    if cue.dep_ != "advcl" or not set_off_by_comma(cue) or cue.left_edge.i < 2:
        return None
    last = cue.doc[cue.left_edge.i - 2]
    clause = next((t for t in (last, *last.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.i > cue.i:
        return None
    if clause.lemma_.lower() not in cue_lemmas() and cue.lemma_.lower() not in _RAISED_VOICES:
        return None
    if not cue.head.is_ancestor(clause):
        return None
    return next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None
    )


def quote_teller(cue: Token) -> Token | None:
    """Who said the quote a participle follows, when the parser hangs the participle on
    the quote's head noun as its modifier: in `"Too much noise," she said, blaming the
    new bar`, she blames it, not the noise; the subject of the cue verb set between. So
    too a participle after a preposition hung there (`"Pura suerte," she said, before
    adding in English that …`: she adds it)."""
    noun = cue.head.head if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" else cue.head
    for verb in noun.children:
        if verb.dep_ == "parataxis" and noun.i < verb.i < cue.i and (
            verb.lemma_.lower() in cue_lemmas()
        ):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
