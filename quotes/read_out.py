"""Texts read out or sung whose words are no one's statement, in shapes the rules of
:mod:`quotes.not_said` do not read: a quote set after a numbered text (`Quoting Psalm
96, "…"`), words sung while doing something else (`they sang as they worked: "…"`) and
the opening words of a work named by a quoted title (`His best-known fado, "Harbour of
Stone", opens: "…"`). The default scope drops such rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them. The comma or colon that
sets such words off is found by :func:`set_off_before`, which :mod:`quotes.not_said`
reads too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns for a text read out (`psalm`, `verse`) or sung (`hymn`, `song`).
_TEXTS = word_list("recited-texts") | word_list("sung-texts")
#: Verbs of singing (`sing`, `chant`).
_SINGING = word_list("singing-verbs")
#: Verbs that say where in a work words stand (`open`, `begin`).
_OPENINGS = word_list("opening-verbs")


def set_off_before(content: Span) -> int | None:
    """The index of the comma or colon that sets a direct quote off from the words
    before it (`a verse from Jeremiah, "…"`, `He read the clause aloud: "…"`), past the
    quote's opening marks; None when no such mark stands there."""
    doc = content.doc
    k = content.start - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    return k if k >= 0 and doc[k].text in (",", ":") else None


def numbered_text(content: Span) -> bool:
    """Rule numbered-text: whether a direct quote is set off by a comma or a colon right
    after a text named by its kind and number (`Quoting Psalm 96, "O sing unto the
    Lord"`, `She read Hymn 42: "…"`): the words are the text's, not the reader's claim,
    as for a verse taken from a book (:func:`quotes.not_said.recited`); what the reader
    says of them is (`…, she said the Church had always changed its words`)."""
    # `Quoting Psalm 23, "The Lord is my shepherd", she said the parish would not close.`
    doc = content.doc
    k = set_off_before(content)
    if k is None or k < 2:
        return False
    number, kind = doc[k - 1], doc[k - 2]
    return number.like_num and kind.is_title and kind.lower_ in _TEXTS


def sung_while(cue: Token | None) -> bool:
    """Rule sung-while: whether the cue of a quote after a colon is the verb of a clause
    that says what the singers did while singing (`they sang as they worked: "The net is
    torn …"`): the words are sung, lyrics and not a statement, as after a singing verb
    itself (:func:`quotes.not_said.sung`)."""
    # `The men hauled the lines, and they sang as they worked: "Pull, boys, pull."`
    return cue is not None and cue.dep_ == "advcl" and cue.head.lemma_.lower() in _SINGING


def titled_work_opening(speaker: Span, cue: Token | None) -> bool:
    """Rule titled-work-opening: whether a row is the opening words of a work that the
    source names by a quoted title set beside it (`His best-known fado, "Harbour of
    Stone", opens: "Grey water, take me home."`): a noun with a title in quotation marks
    is a work, whatever its kind, and its opening words are the work's, no one's claim
    (:func:`quotes.fiction_lines.work_opening` reads the kinds of work it knows by name)."""
    # `His best-known fado, "Harbour of Stone", opens: "Grey water, take me home."`
    if cue is None or cue.lemma_.lower() not in _OPENINGS:
        return False
    head = speaker.root
    doc = head.doc
    # the title stands between the noun and the cue, not inside the words quoted after it
    return head.pos_ == "NOUN" and any(
        c.dep_ == "appos"
        and head.i < c.i < cue.i
        and doc[c.left_edge.i - 1].is_quote
        for c in head.children
    )
