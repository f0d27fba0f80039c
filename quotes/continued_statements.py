"""A quote with no cue that goes on from a statement reported just before it.

`Ruiz promised that she would stay. "We are in this to the end."`: the quote takes the
statement's speaker (:mod:`quotes.inheritance`), and PolNeAR annotates the statement's
content and the quote as one mixed row, which `--scope all` gives; the statements scope
keeps the reported clause and the quotation apart (:mod:`quotes.rows`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.cue_classes import cue_class
from quotes.cue_words import NOMINAL_CUES
from quotes.found import MARKS, Found, char_tokens

#: What may stand between a reported statement and a quote that goes on with it: the
#: statement's full stop, a paragraph break and the marks.
_BETWEEN_STATEMENT_AND_QUOTE = " \t\r\n.!?" + MARKS
#: Dependencies of a cue that tell of the statement in passing, inside a phrase or a
#: relative clause: `distanced himself by saying he would help`, `where he said …`.
_ASIDES = frozenset({"relcl", "pcomp"})


def _clause_or_words(statement: Found, doc: Doc) -> bool:
    """Whether a reported statement's content is a clause (`said that she would stay`) or
    a noun of speech the quote spells out (`tweeted a warning`), not some other thing
    (`was counting its gains`)."""
    if statement.method.startswith("reported:"):
        return True
    if not statement.method.startswith("reported-object:"):
        return False
    content = char_tokens(doc, statement.start, statement.end)
    return content is not None and content.root.lemma_.lower() in NOMINAL_CUES


def goes_on_from(statement: Found, quote: Found, norm: str) -> bool:
    """Whether a cue-less `quote` goes on at once from a `statement` of speech reported in
    the sentence before it, a clause or a noun of speech that the quote spells out: `Ruiz
    promised that she would stay. "We are in this to the end."`, `The mayor tweeted a
    warning.` ¶ `"Stay off the roads."`. PolNeAR annotates the two as one mixed row.

    Not when a quotation opens the statement's sentence before it (`"…," said a former
    aide who asked for anonymity. "…"`: the quote goes on from that quotation), for a
    statement told in passing, in a relative clause or a phrase (`… Korea, where he did
    not speak the language. "…"`, `She made her point by saying that …`), for a thing
    said that is no speech (`Not every trader was counting gains.`), for a thought, a
    stance or an act (`She thinks the rule is fair`), nor with narration between the
    two.
    """
    cue = statement.cue
    if (
        statement.type == "direct"
        or cue is None
        or statement.end > quote.start
        or norm[statement.end : quote.start].strip(_BETWEEN_STATEMENT_AND_QUOTE)
        or not _clause_or_words(statement, cue.doc)
        or cue.dep_ in _ASIDES
        or cue_class(cue) != "speech"
    ):
        return False
    opened = cue.sent.start_char
    return not any(mark in norm[opened : statement.start] for mark in MARKS)
