"""Reported-speech candidates that are no attribution: each rule names one sentence
shape where a cue and its subject report nothing anyone said, thought or did toward a
statement, so the row is dropped in every scope.

- the source is the reader or listener in general (`If you believe the polls, …`);
- the words stand inside a markup tag that the text kept (`<tweet author="…">`), or
  the source is a piece of one (`post_id="42">I`);
- a cue of putting out a work reports only the work (`The council released a statement`);
- the subject of a passive cue of addressing is who was asked or told (`The mayor was
  asked about the toll`, `The mayor was asked by the host whether …`);
- a note the publisher repeats under its articles (`Editor's note: …`);
- the connective `That said,` opening a sentence, the writer's `even so`, not a
  statement of whatever `that` points back to;
- a relative word alone: the free relative `what` a cue in its clause sets apart (`railed
  against what she calls the "cartel"`), or the subject of a passive relative clause with
  an agent (`the bloc, which is backed by two unions`);
- an object or topic that is only a pronoun for a thing (`Reuters asked about them`);
- a clause before its cue with a colon, semicolon, bracket or dash between them, which
  the parser hung on a cue of another sentence shape (`Both are local (Ruiz grew up
  here)`);
- the terms on which a source talks unnamed (`a nurse who asked not to be named`, `she
  agreed to speak on condition of anonymity`): how the source is quoted, not a statement;
- an act cue in a relative clause whose object of a word or two only says who its source
  is (`a senator who is seeking reelection`);
- a time, an event or a place as the subject of `see`, the setting of what happened
  (`The year saw record turnout`).

The rules are read in three modules by what they look at: the text's layout
(:mod:`quotes.unattributed_layout`: markup, the publisher's notes, a break before the
cue), the source (:mod:`quotes.unattributed_sources`) and the content
(:mod:`quotes.unattributed_contents`); this module reads each statement's content once
for all of them and tries them in order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from quotes.found import char_tokens
from quotes.unattributed_contents import (
    anonymity_terms,
    bare_relative,
    issued_work,
    pronoun_object,
    relative_act,
)
from quotes.unattributed_layout import across_break, boilerplate, in_markup
from quotes.unattributed_sources import (
    addressed_subject,
    connective,
    generic_you,
    setting_subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quotes.reported import Reported


class Content:
    """A statement's content as the rules read it, each reading made once for all the
    rules (the first that asks makes it): its tokens and its words."""

    def __init__(self, statement: Reported) -> None:
        self._statement = statement

    @cached_property
    def tokens(self) -> Span | None:
        """The tokens that cover the content (None when its offsets fall outside the doc)."""
        statement = self._statement
        return char_tokens(statement.cue.doc, statement.start, statement.end)

    @cached_property
    def words(self) -> list[str]:
        """The lower-case words of the content, without punctuation."""
        return [] if self.tokens is None else [t.lower_ for t in self.tokens if not t.is_punct]



#: The rules, by name, in the order they are tried; each reads a statement, the text of
#: its doc (given by the caller: spaCy joins `doc.text` anew from every token on each
#: call) and its :class:`Content`, shared by the rules.
RULES: dict[str, Callable[[Reported, str, Content], bool]] = {
    "generic-you": generic_you,
    "markup": in_markup,
    "issued-work": issued_work,
    "addressed-subject": addressed_subject,
    "boilerplate": boilerplate,
    "connective": connective,
    "bare-relative": bare_relative,
    "pronoun-object": pronoun_object,
    "across-break": across_break,
    "anonymity-terms": anonymity_terms,
    "relative-act": relative_act,
    "setting-subject": setting_subject,
}


def unattributed(statement: Reported, text: str) -> str | None:
    """The name of the first rule that finds a statement is no attribution, or None;
    `text` is the text of the statement's doc."""
    content = Content(statement)
    return next((name for name, rule in RULES.items() if rule(statement, text, content)), None)
