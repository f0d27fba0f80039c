"""The clause a pseudo-cleft puts in focus (rule cleft-focus): in `What the figures show,
the economist said, is that wages have fallen`, `What it means, according to the
analyst, is that rents will rise` and `What the minister said was that the ward would
stay open`, what the source says is the clause after `is`/`was`; the frame before it
(`What the figures show`) says only that something follows, no statement of its own.

Read by the rule that finds a cue's content (:func:`quotes.complements.complement`),
which reports the focus clause alone, and by the pieces a set-off cue splits off
(:func:`quotes.set_off.set_apart`), which are none in a cleft.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list

#: Words that open a pseudo-cleft's subject clause (`What …`).
_CLEFT_WORDS = word_list("cleft-words")
#: Dependencies of the cleft word on a cue inside the subject clause that make the cue's
#: own words the focus: `What the minister said`, `What she told the committee`.
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def cleft_focus(word: Token) -> Token | None:
    """The head of the clause a pseudo-cleft puts in focus, when `word` is its `is`/`was`
    or the verb of its subject clause (`show` in `What the figures show, …, is that …`);
    None for any other word or sentence shape."""
    # Shape: What <clause> [, <cue set off> ,] is/was [that] <clause>
    # e.g. `What worries him most, the mayor said, is that the bridge will not be ready`
    be = word if word.lemma_ == "be" else word.head
    if be.lemma_ != "be":
        return None
    # the parser hangs the subject clause on `is`, or on a cue set off before it
    wh = be.left_edge
    frame = wh.head
    if wh.lower_ not in _CLEFT_WORDS or frame.pos_ not in ("VERB", "AUX"):
        return None
    if not wh.i < frame.i < be.i or word.i not in (be.i, frame.i):
        return None
    return next((c for c in be.rights if c.dep_ == "ccomp"), None)


def said_in_cleft(cue: Token) -> Token | None:
    """The focus clause of a pseudo-cleft whose subject clause is the cue's own words
    (`What the minister said was that the ward would stay open`: the cleft word is the
    cue's object); None when the cue is negated (`What he did not say was that …` is the
    writer's claim) or has a modal (`What I should say is that …`, `What I can share is
    …`: the text's own voice saying it now, not a report), or the sentence is no such
    cleft."""
    # Shape: What <speaker> <cue> [<addressee>] is/was [that] <clause>
    # e.g. `What she told the committee is that the money was never spent`
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in cue.children):
        return None
    wh = cue.left_edge
    if wh.lower_ not in _CLEFT_WORDS or wh.head.i != cue.i or wh.dep_ not in _OBJECT_DEPS:
        return None
    # `is` right after the subject clause: not with a source set off before it (`What
    # they found, according to the report, was that …`), whose row reports the focus
    return cleft_focus(cue) if cue.right_edge.i + 1 == cue.head.i else None
