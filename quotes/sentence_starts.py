"""Where the pipeline's sentences start: the `paragraph_breaks` component and its rules.

Run before the parser (:func:`quotes.model.load_model` adds it), it starts a sentence
after a line break, after a wire dateline or a live blog's time stamp, not after a given
name written short or a handle that opens a line, and caps a sentence's length.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.cue_words import token_indices
from quotes.language import word_list
from quotes.name_spans import TITLES


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break, so no parse runs across paragraphs.

    News puts a dateline or a timestamp (`6:50 p.m.`) on a line of its own; parsed
    with the next paragraph it would become the subject of that paragraph's verb. A wire
    dateline before a dash or a colon ends its own sentence too, and no sentence runs
    longer than :data:`MAX_SENTENCE_TOKENS`. The starts are set in one pass over an array:
    setting `token.is_sent_start` checks the whole doc each time, the square of its length.
    """
    sent = doc.to_array("SENT_START").astype(np.int64)
    starts = [0] if len(doc) else []
    for i in _after_line_breaks(doc):
        token = doc[i]
        # a line that starts in lower case goes on with the sentence before it
        sent[i] = -1 if token.text[:1].islower() or token.is_space else 1
        if sent[i] == 1:
            starts.append(i)
    for start in starts:
        after_dash = _dateline_end(doc, start)
        if after_dash is not None:
            sent[after_dash] = 1
    for i in _after_abbreviated_given_names(doc):
        sent[i] = -1
    for i in _after_opening_handles(doc, starts):
        sent[i] = -1
    _cap_sentences(sent, starts)
    doc.from_array(["SENT_START"], sent.astype(np.uint64))
    return doc


#: The most tokens a sentence may have between line breaks. Rules walk a sentence, a
#: token's ancestors or a subtree for every quote, so one endless "sentence" (a line of
#: 100,000 quote marks, a megabyte of `aaaa "bb" `) would cost the square of its length;
#: real sentences, even a novelist's, stay far below this.
MAX_SENTENCE_TOKENS = 1_000


def _cap_sentences(sent: np.ndarray, starts: list[int]) -> None:
    """Start a sentence every :data:`MAX_SENTENCE_TOKENS` tokens of a line that runs longer."""
    ends = [*starts[1:], len(sent)] if starts else []
    for start, end in zip(starts, ends, strict=True):
        sent[start + MAX_SENTENCE_TOKENS : end : MAX_SENTENCE_TOKENS] = 1


def _after_line_breaks(doc: Doc) -> list[int]:
    """The indices of the tokens that follow a line break. The tokenizer keeps a line
    break in a whitespace token of its own, so only those are looked at."""
    spaces = np.flatnonzero(doc.to_array("IS_SPACE"))
    return [int(i) + 1 for i in spaces if i + 1 < len(doc) and "\n" in doc[int(i)].text]


#: Given names written short with a full stop, in lower case (`md.`, `mohd.`, `ma.`),
#: as one token, and without the stop the tokenizer split off (`Ma` `.`).
_SHORT_GIVEN = word_list("given-name-abbreviations")
_ABBREVIATED_GIVEN = frozenset(f"{name}." for name in _SHORT_GIVEN)


def _after_abbreviated_given_names(doc: Doc) -> list[int]:
    """The name words after a given name written short with a full stop, in the middle
    of a sentence (`…," the chairman, Md. Ashraful Haque Bhuiyan, told reporters`): the
    parser ended a sentence at the stop, so the quote lost the cue after the name. Not
    after a name's word: `… said Jack Ma. The firm …` ends with the surname `Ma`; after a
    title it is (`The director, Atty. Ma. Teresa Soriano, said …`)."""
    # looked up in the words' array: a Python pass over every token of every text
    # before its parse would cost more than the rule is worth
    whole = [(i, i + 1) for i in token_indices(doc, "LOWER", _ABBREVIATED_GIVEN)]
    split = [
        (i, i + 2)
        for i in token_indices(doc, "LOWER", _SHORT_GIVEN)
        if i + 2 < len(doc) and doc[i + 1].text == "."
    ]
    return [
        after
        for i, after in whole + split
        if after < len(doc)
        and doc[i].text[0].isupper()
        and doc[after].is_title
        and not (i and doc[i - 1].is_title and doc[i - 1].lower_ not in TITLES)
    ]


def _after_opening_handles(doc: Doc, starts: list[int]) -> list[int]:
    """Rule handle-opens-sentence: the word in lower case after a social network's
    handle that opens a line (`@harbour_watch replied that the ferry had been full`):
    the parser ended a sentence after the handle, which lost the cue its subject. Only
    the lines' first words are read, not every token."""
    return [
        i + 1
        for i in starts
        if i + 1 < len(doc)
        and doc[i].text[:1] == "@"
        and len(doc[i]) > 1
        and doc[i + 1].text[:1].islower()
    ]


#: A live blog's time stamp, which a dash closes as a dateline's does: `09:40 — Turnout
#: was 34 percent, the returning officer said` (the time is no part of the statement).
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?", re.IGNORECASE)
_MERIDIEM = word_list("clock-suffixes")
#: Dashes that close a dateline: `WASHINGTON (AP) — The Senate voted …`.
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Where a sentence starts after the dash of a wire dateline opening a paragraph
    (`PELLOW, March 3 (Coastline) — Former harbour master Ada Lind told …`), so the
    city is not read as the subject of the first verb, after the colon of a dateline in
    capitals (`BENGALURU: Pune-based Rokda has raised …, the company said`: the lead is
    the company's, the city no part of it; a transcript's `NAYAR:` label ends its own
    sentence too, which its rules read by line), after a place in title case with a
    wire agency's name (`Lisbon (AFP) – The mayor said …`, :func:`_agency_dateline`), or
    after a live blog's time stamp, with a dash or none (`22:40 — Turnout was low, the
    clerk says`, `13:47 Ferries are cancelled, CalMac says`), or after a recording's time
    code in brackets (`[27:15] Kim says …`); None when there is none of these."""
    first = doc[start]
    if first.text in "([" and start + 2 < len(doc) and _CLOCK.fullmatch(doc[start + 1].text):
        # a recording's time code in brackets: `[27:15] Kim, who drew …, says …`
        return start + 3 if doc[start + 2].text in ")]" and start + 3 < len(doc) else None
    if (
        not (first.is_upper and first.is_alpha and len(first) > 1)
        and not _CLOCK.fullmatch(first.text)
        and not _agency_dateline(doc, start)
    ):
        return None
    for token in doc[start + 1 : start + 12]:
        spaced = token.whitespace_ and doc[token.i - 1].whitespace_
        if token.text in _DATELINE_DASHES and spaced:
            return token.i + 1 if token.i + 1 < len(doc) else None
        if token.text == ":" and token.whitespace_ and (
            _capitals(doc[start : token.i]) or dated_dateline(list(doc[start : token.i]))
        ):
            # `BENGALURU: Pune-based Rokda has raised …, the company said`
            return token.i + 1 if token.i + 1 < len(doc) else None
        if token.i == start + 1 and token.lower_.replace(".", "") in _MERIDIEM:
            continue  # `10:15 am —`
        if _CLOCK.fullmatch(first.text) and first.whitespace_ and token.is_title and token.is_alpha:
            # no dash after a live blog's time stamp: `13:47 Ferries are cancelled, CalMac says`
            return token.i
        if (token.is_alpha and token.is_lower) or "\n" in token.text:
            return None
    return None


#: Most words of a place spelt in title case before a wire agency's name: `Mexico City`.
_PLACE_WORDS = 3
#: The id of an opening bracket's form in the string store.
_OPEN_BRACKET = get_string_id("(")


def _agency_dateline(doc: Doc, start: int) -> bool:
    """Whether a line opens with a place in title case and a wire agency's name in
    capitals between brackets, as some wires write a dateline (`Lisbon (AFP) – The
    mayor said …`, `Mexico City (AP) —`): the dash after it ends the dateline as it
    ends one in capitals. Not a name with a party or state (`Ana Ruiz (D) – …`): the
    agency has two letters or more."""
    words = doc[start : start + _PLACE_WORDS + 3]
    # the forms read from the words' array: a line without the bracket, nearly every
    # one, makes no token object
    orths = words.to_array([ORTH])[:, 0].tolist()
    bracket = next((start + k for k, orth in enumerate(orths) if orth == _OPEN_BRACKET), None)
    if bracket is None or bracket == start or bracket + 2 >= len(doc):
        return False
    agency, close = doc[bracket + 1], doc[bracket + 2]
    return (
        all(t.is_title and t.is_alpha for t in doc[start:bracket])
        and agency.is_upper
        and agency.is_alpha
        and len(agency) > 1
        and close.text == ")"
    )


#: The months, full and written short (`August`, `Aug`, `Aug.`), that date a dateline.
_MONTHS = word_list("months") | word_list("month-abbreviations")


def dated_dateline(words: list[Token]) -> bool:
    """Rule dated-dateline: a place in capitals, a comma and a date, the words before a
    dateline's colon as the Indian press writes them: `KOHIMA, Aug 6: Several thousand
    students marched …` (the date no speaker of the lead, as the place alone is not)."""
    # Shape: `<PLACE IN CAPITALS>, <month> <day>:`: `SHILLONG, March 12:`, `PUNE, Sept. 3:`
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if not comma or len(words) - comma not in (3, 4):
        return False
    month, *stop, day = words[comma + 1 :]
    return (
        _capitals(words[:comma])
        and month.lower_.rstrip(".") in _MONTHS
        and all(t.text == "." for t in stop)
        and day.is_digit
    )


def _capitals(words: Doc | Span | list[Token]) -> bool:
    """Whether words are a place in capitals, as a dateline gives it: `BENGALURU`,
    `NEW DELHI`, `LAFIA-OJI`."""
    return all(t.is_upper or t.text in _DATELINE_DASHES for t in words)
