"""The quotes the attributor builds, shared by its steps: a :class:`Found` quote with the
cue and speaker linked to it so far, and the :class:`Link` that ties a quote to its cue.

:mod:`quotes.direct_links` finds the cue and speaker of one quoted span,
:mod:`quotes.inheritance` names the speaker of a quote with no cue of its own, and
:mod:`quotes.rows` turns the quotes into rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.normalise import QUOTE_MARKS
from quotes.records import QuoteType

#: The found rows' quote marks, for their readers (:data:`quotes.normalise.QUOTE_MARKS`).
MARKS = QUOTE_MARKS
#: Dashes that set off the name of the one quoted (`"…" ― Oscar Wilde`).
DASHES = frozenset("―—–-")


#: The method of a question put to someone the text names by someone it does not
#: (:func:`quotes.direct_candidates.put_question`): such a quote takes no speaker, not even
#: that of the quote before it (:mod:`quotes.inheritance`).
PUT_QUESTION = "question-put"


@dataclass(slots=True)
class Found:
    """A quote being built: its span in the doc, and the cue and speaker linked to it."""

    start: int
    end: int
    type: QuoteType
    cue: Token | None = None
    speaker: Span | None = None
    method: str = "none"
    paragraph: int = 0
    name: str | None = None
    #: A reported statement that passes on a direct quote with its own row and cue
    #: (:func:`quotes.rows.within_statement`): no speaker for later quotes to inherit,
    #: and out of the statements scope.
    relays: bool = False
    #: For a direct quote, the statement that relays it with its cue (`"…," Ruiz said,
    #: according to the Gazette`): PolNeAR's one row there is the relay's, so the quote's
    #: own row stays out of `--scope all` (:mod:`quotes.rows`).
    relayed_by: Found | None = None
    #: For a cue-less quote that continues a relayed one (`… according to the Gazette.
    #: "Nobody will cross it."`), that relay: PolNeAR gives it to the relay's source too,
    #: so `all` has it as the relay's and the statements scope as the speaker's.
    continues_relay: Found | None = None
    #: For a cue-less quote that goes on, right after it, with a statement reported in
    #: the sentence before (`Ruiz promised that she would stay. "We are in this to the
    #: end."`), that statement: PolNeAR's one row there is mixed, from the statement's content to
    #: the closing mark, so `all` has that row and the statements scope the two apart
    #: (:func:`quotes.continued_statements.goes_on_from`, :mod:`quotes.rows`).
    continues_statement: Found | None = None
    #: For a cue-less direct quote that opens right where the direct quote before it
    #: closes, only marks and spaces between (`"We start on Monday."` ¶ `"Nobody will be
    #: left out."`), that quote, whose speaker it takes: PolNeAR's one row there runs over
    #: both, so `all` has that row and the statements scope the two apart
    #: (:func:`quotes.continued_statements.runs_on_from`, :mod:`quotes.rows`).
    continues_quote: Found | None = None
    #: For a direct quote that words of its sentence lead in to (its cue's object before
    #: a colon, `Ruiz gave a blunt warning: "…"`; a word linking it to the sentence
    #: before, `Instead, "…"`; or words going on after it, `"…," since May, she said`),
    #: the span from those words to the closing mark (or from the opening mark to them)
    #: and the rule's name: PolNeAR's one row there is mixed, so `all` has that row and
    #: the statements scope the quote alone (:mod:`quotes.mixed`).
    lead_in: tuple[int, int, str] | None = None
    #: For a record's label as the speaker (`The MINISTER:`), where the introduction
    #: that names the labels ends (the first labelled line): the resolver reads the
    #: label there first (:meth:`quotes.label_holders.LabelHolders.label_name`).
    introduction: int | None = None
    #: For reported speech a paper or agency passes on (`The agency quoted Ana Villa as
    #: saying that …`), the one quoted and their resolved name: PolNeAR gives the row to
    #: the agency, so `all` keeps that row and the statements scope has the one quoted
    #: as the speaker (:func:`quotes.governing.quoted_one`, :mod:`quotes.rows`).
    passed_on: tuple[Span, str | None] | None = None
    #: A turn of dialogue set with a quotation dash, not marks (`— Back to the tower, he
    #: said.`, :mod:`quotes.dash_dialogue`): fiction's quotation, direct in every scope.
    dash_turn: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """How a quote was tied to its cue; `attached` when the quote is the cue's own object."""

    cue: Token
    speaker: Span
    method: str
    attached: bool


def char_tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of `doc` that cover the characters `start` to `end`, widened to whole
    tokens (None when the offsets fall outside the doc)."""
    return doc.char_span(start, end, alignment_mode="expand")
