"""A quote with no cue that goes on from a statement reported just before it.

`Ruiz promised that she would stay. "We are in this to the end."`: the quote takes the
statement's speaker (:mod:`quotes.inheritance`), and PolNeAR annotates the statement's
content and the quote as one mixed row, which `--scope all` gives; the statements scope
keeps the reported clause and the quotation apart (:mod:`quotes.rows`). So too a quote
with no cue that opens right where the quote before it closes (`"We open on Monday."`
¶ `"Nobody will be turned away."`): one direct row in PolNeAR and in `all`.
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


#: What may stand between two quotations that run on as one: the marks and spaces.
_BETWEEN_QUOTES = " \t\r\n" + MARKS


def runs_on_from(before: Found, quote: Found, norm: str) -> bool:
    """Rule quote-run: whether a cue-less direct `quote` opens right where the direct
    quote it takes its speaker from closes, only marks and spaces between, as one
    quotation over sentences or paragraphs that the writer closed and opened again.

    Shape: `"<quote>."` ¶ `"<quote with no cue>."` (or `"<quote>." "<quote with no
    cue>."`). `The manager said: "We open on Monday."` ¶ `"Nobody will be turned away."`:
    one run; `"We open on Monday," the manager said. "Nobody will be turned away."` is
    none (the cue stands between). Not after a quote that goes on from or is
    passed on by a statement (`Found.continues_statement`, `Found.relayed_by`), whose
    own rows `all` already gives in another shape.
    """
    return (
        before.type == "direct"
        and quote.type == "direct"
        and before.end <= quote.start
        and not norm[before.end : quote.start].strip(_BETWEEN_QUOTES)
        and before.relayed_by is None
        and before.continues_relay is None
        and before.continues_statement is None
        and before.lead_in is None
    )
