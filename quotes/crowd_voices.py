"""Voices raised over a scene that make no statement of their own. The default scope
drops such rows (:func:`quotes.scope.dropped_by`); `--scope all` keeps them.

- `chorus`: many voices raised together (`Members on the opposition benches shouted
  "Shame!"`, `"Out, out!" yelled the crowd`);
- `heckled`: a bare exclamation of a word or two shouted or muttered over a scene (`A
  fan at the back shouted "Fraud!"`, `a councillor muttered "Rubbish"`);
- `crowd_mood`: the mood of a crowd of no one in particular that the writer gives as a
  reason (`Shares fell as investors worried that rivals would undercut it`).

Words carried, read out or made by no one the text names are in :mod:`quotes.not_said`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.deps import SUBJECT_OR_EXPL
from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Verbs of voices raised together (`shouted`, `chanted`).
_CHORUS_CUES = word_list("chorus-cues")
#: Verbs of words said in unison (`chanted`), whoever the source.
_CHANTS = word_list("chant-cues")
#: Nouns for many voices at once (`the crowd`, `the audience`).
_MANY_VOICES = word_list("chorus-labels")


def chorus(speaker: Span, cue: Token | None, content: Span | None = None) -> bool:
    """Whether a row is what many voices shouted or chanted together, a chorus and not a
    statement: `Members on the opposition benches shouted "Shame!"`, `"Out, out!" yelled
    the crowd`, `for an hour they chanted "Save our pool!"`; not one person's shout
    (`"Get off my land," the farmer shouted`).

    A chant is many voices whatever the source's words (`a group from the engineering
    school chanted "Check it again!"`, `the crowd, which chanted "…"`), and many voices
    that answer with a bare cry are a chorus too, whatever the verb (`Members on the
    government side answered "Ndiyo!"`)."""
    if cue is None:
        return False
    if cue.lemma_.lower() in _CHANTS:
        return True
    head = speaker.root
    many = (
        # a surname the tagger reads as a plural (`Ebanks shouted: "…"`) is one person
        (head.tag_ in ("NNS", "NNPS") and head.ent_type_ != "PERSON")
        or head.lower_ in _MANY_VOICES
        or (head.tag_ == "PRP" and "Plur" in head.morph.get("Number"))
    )
    if cue.lemma_.lower() in _CHORUS_CUES:
        return many
    return many and content is not None and _cry(content)


#: Verbs of a voice raised over a scene (`shouted`, `muttered`).
_HECKLE_CUES = word_list("heckle-cues")
#: Most words of a bare exclamation (`"Fraud!"`, `"Shame on you!"` is a sentence).
_HECKLE_WORDS = 2


def heckled(content: Span, cue: Token | None) -> bool:
    """Whether a direct quote is a heckle: a bare exclamation of a word or two, with no
    verb, that someone shouts, mutters or jeers over a debate or a scene (`A fan at the
    back shouted "Fraud!"`, `a councillor muttered "Rubbish"`, `he then shouted "Liar!"
    across the floor`), or an order or a cheer of a few words with no subject
    (:func:`_shouted_order`); one person's sentence shouted stays speech (`"Get off my
    land," the farmer shouted`)."""
    if cue is None or cue.lemma_.lower() not in _HECKLE_CUES:
        return False
    return _exclamation(content) or _shouted_order(content)


#: Most words of a cry with a verb and no subject (`"Show us a shovel!"`).
_ORDER_WORDS = 4
#: Tags of the verb of an order or a cheer: the bare form (`Ship it!`) and the
#: participle (`Well bowled!`); a cry in another language with no verb the tagger knows
#: (`"¡Queremos la verdad!" she shouted`) is one person's words.
_ORDER_TAGS = frozenset({"VB", "VBN"})


def _shouted_order(content: Span) -> bool:
    """Rule shouted-order: whether words are a cry of a few words with an exclamation
    mark and no subject, an order or a cheer shouted over a scene (`"Show us a shovel!"`,
    `"Ship it!"`, `"Well bowled!"`: a verb in its bare form or a participle); not a
    sentence with its subject (`"You are a fraud!"`), which says something of someone."""
    words = [t for t in content if not t.is_punct]
    return (
        0 < len(words) <= _ORDER_WORDS
        and content.text.rstrip("\"'”’ ").endswith("!")
        and not any(t.dep_ in SUBJECT_OR_EXPL for t in words)
        and any(t.tag_ in _ORDER_TAGS for t in words)
    )


def _exclamation(content: Span) -> bool:
    """Whether words are a bare exclamation: a word or two with no verb (`Fraud!`,
    `Rubbish`)."""
    words = [t for t in content if not t.is_punct]
    return 0 < len(words) <= _HECKLE_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _cry(content: Span) -> bool:
    """Whether words are a cry: a bare exclamation with its exclamation mark (`Yes!`,
    `Ndiyo!`), not a short answer (`No comment`)."""
    return _exclamation(content) and content.text.rstrip('"\'”’ ').endswith("!")


#: Conjunctions of a clause that gives a reason (`as`, `because`).
_REASON_MARKS = word_list("reason-marks")
#: Dependents that make a plural noun a particular group: `the`, `its`, `three`, `Acme`.
_PARTICULAR = frozenset({"det", "poss", "nummod", "compound", "prep", "relcl", "appos"})


def crowd_mood(speaker: Span, cue: Token | None, cue_class: str | None) -> bool:
    """Whether a row is a thought the writer gives to a crowd of no one in particular to
    explain what the sentence reports: `Corvane's shares had fallen 22 percent, as
    investors worried that larger rivals would undercut it` (a bare plural, `investors`,
    `traders`, with a thought cue in a clause of reason). Not a group the text makes
    particular (`as its investors feared`, `as three investors said`), nor a clause of
    its own (`Investors worried that …`)."""
    if cue is None or cue_class != "thought" or cue.dep_ != "advcl":
        return False
    head = speaker.root
    return (
        any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in cue.children)
        and head.tag_ == "NNS"
        and head.head.i == cue.i
        and not any(c.dep_ in _PARTICULAR for c in head.children)
    )
