"""Never crash, never lose a row.

Every text is processed with offsets that index it exactly; a document longer than the
parser's `max_length` is read in paragraph-aligned pieces without losing a quote; one bad
document or input is reported and the rest is written; an interrupted run leaves no
truncated output; memory stays flat over a long stream.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import pairwise
from pathlib import Path

import pytest
import spacy
from click.testing import Result
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from typer.testing import CliRunner

import quotes
from quotes.cli import app
from quotes.engine import Engine
from quotes.marks import find_quote_spans
from quotes.records import COLUMNS, Document, Quote
from quotes.run import DEFAULT_LIMITS, DocumentError, rows_of, run_documents
from quotes.speaker_table import SpeakerTable, parse_documents, quotes_with_roles

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "bad"

NAMES = ("Ada Lind", "Tove Ekdal", "Mara Quill", "Jon Barrow", "Ines Okafor", "Pia Sand")
TOPICS = ("the ferry", "the budget", "the new bridge", "the night market", "the school roof")
VERBS = ("said", "added", "told reporters", "warned", "insisted")


def assert_offsets(text: str, found: list[Quote]) -> None:
    """Every offset lies in the text and slices out exactly the reported words."""
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        for start, end, words in (
            (q.speaker_start, q.speaker_end, q.speaker_mention),
            (q.cue_start, q.cue_end, q.cue),
        ):
            if words is None:
                assert start is None and end is None
            else:
                assert start is not None and end is not None
                assert 0 <= start <= end <= len(text)
                assert text[start:end] == words


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The default engine, loaded once for the whole module (and shared with the CLI)."""
    return quotes.get_engine()


@contextmanager
def max_length(engine: Engine, limit: int) -> Iterator[None]:
    """Let the engine's parser read at most `limit` characters at a time, for a while."""
    saved = engine.nlp.max_length
    engine.nlp.max_length = limit
    try:
        yield
    finally:
        engine.nlp.max_length = saved


# -- every text works ----------------------------------------------------------------------

ODD_TEXTS = {
    "empty": "",
    "whitespace only": " \t\n \r\n\u3000\n",
    "marks only": "“”\"'‘’«»„‹›",
    "lone opener": '"',
    "marks on their own lines": '"\n"\n"\n“\n”\n\'',
    "stray closers": "He left.” Then she said ” and ‘ and » again.",
    "unbalanced": '"We will win, she said.\n\nThe vote is "close.',
    "zero-width": '\u200b"\u200bWe\u200b will\u200b win,\u200b"\u200b she said.',
    "bidi controls": '\u202e"We will win," she said.\u202c \u2067«Non»\u2069 he said.',
    "combining accents": '"Cafe\u0301 de\u0301ja\u0300 vu," said Ame\u0301lie Brask.',
    "crlf": '"We will win,"\r\nshe said.\r\n"Yes, we will."\r\n',
    "cr only": '"We will win," she said.\r"Yes," he said.\r',
    "tabs": '\t"We\twill win,"\tshe\tsaid.\t',
    "bom and nbsp": '\ufeff"We will win,"\u00a0she said.',
    "unicode line breaks": '"One,"\u2028she said.\u2029"Two," he said.\x0c',
    "nested": '"He said \'no\' twice," she said.',
    "lone surrogate": '"Good \ud83d news," the clerk said.',
    # parse repairs must leave a tree (a cycle stops every rule that asks for a root)
    "nickname with a Romance join word": 'Zezinho do Pão, whose posters carry only his '
    'nickname, said the cap would "dry up credit" for shops.',
}


@pytest.mark.parametrize("text", ODD_TEXTS.values(), ids=ODD_TEXTS.keys())
def test_odd_text_is_processed_with_exact_offsets(engine: Engine, text: str) -> None:
    found = engine.extract(text)
    assert_offsets(text, found)
    [piped] = engine.pipe([text])
    assert_offsets(text, piped)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [('"We are ready," Ada Lind said.\x00', "We are ready,", "Ada Lind"),
     ('"We are ready," Ada Lind said\x00.', "We are ready,", "Ada Lind"),
     ("Ada Lind said\x1b that the pier is safe.", "the pier is safe", "Ada Lind"),
     ('"We are\x01 ready," Ada Lind said.\x7f', "We are\x01 ready,", "Ada Lind")],
    ids=["NUL at the end", "NUL before the full stop", "ESC after the cue", "SOH and DEL"],
)
def test_a_control_character_is_read_as_a_space(
    engine: Engine, text: str, quote: str, speaker: str
) -> None:
    """A NUL, ESC or DEL glued to a word (a JSON `\\u0000`, a padded export) is read as a
    space, so the cue and the full stop beside it still count; offsets index the text."""
    [found] = engine.extract(text)
    assert (found.text, found.speaker) == (quote, speaker)
    assert_offsets(text, [found])


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "method"),
    [('The pier shut.\u2028"We are ready," Ada Lind said.', "We are ready,", "Ada Lind",
      "dep:subject"),
     ('The pier shut.\u2029"We are ready," Ada Lind said.', "We are ready,", "Ada Lind",
      "dep:subject")],
    ids=["line separator", "paragraph separator"],
)
def test_a_unicode_line_separator_is_read_as_a_line_break(
    engine: Engine, text: str, quote: str, speaker: str, method: str
) -> None:
    """U+2028 and U+2029 (a layout program's soft return, a JavaScript string's escape)
    end a paragraph as `\n` does: the parser read one as a word that held the quote
    after it from its cue, and the row was lost."""
    [found] = engine.extract(text)
    assert (found.text, found.speaker, found.method) == (quote, speaker, method)
    assert_offsets(text, [found])


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue", "method"),
    [("Mayor Ada Lind an\u00adnounced that the pier will reopen in May.",
      "the pier will reopen in May", "Ada Lind", "an\u00adnounced", "reported:subject"),
     ('"We are ready," Mar\u00adgarethe Lind said.', "We are ready,", "Margarethe Lind",
      "said", "dep:subject"),
     ('"We are ready," Mar\u200bgarethe Lind sa\u200did.', "We are ready,", "Margarethe Lind",
      "sa\u200did", "dep:subject"),
     ("Ada Lind con\u200efirmed that the sea\u2060wall was safe.",
      "the sea\u2060wall was safe", "Ada Lind", "con\u200efirmed", "reported:subject")],
    ids=["soft hyphen in the cue", "soft hyphen in the name", "zero-width space and joiner",
         "bidi mark in the cue, word joiner in the content"],
)
def test_an_invisible_character_inside_a_word_leaves_it_whole(
    engine: Engine, text: str, quote: str, speaker: str, cue: str, method: str
) -> None:
    """A soft hyphen, zero-width character, word joiner or bidi mark inside a word (text
    pasted from a web page or a PDF) gives the rows of the clean text, by the library and
    by `pipe` alike, and by the parse `quotes speakers` and a workbook's speakers sheet
    read (the rows and speaker of the text with the character read as a space before:
    `na Le e.` for `An\u200dna Le\u200ce`, no row for `an\u00adnounced`); the words and
    offsets stay the text's own."""
    [found] = engine.extract(text)
    assert (found.text, found.speaker, found.cue, found.method) == (quote, speaker, cue, method)
    assert_offsets(text, [found])
    assert next(iter(engine.pipe([text]))) == [found]
    table = SpeakerTable()
    [(_, rows)] = quotes_with_roles(engine, [Document("d", text)], table, batch_size=1,
                                    on_error=pytest.fail, scope="statements",
                                    min_confidence=0.0, limits=DEFAULT_LIMITS)
    assert rows == [found]
    [parsed] = parse_documents(engine, [Document("d", text)], on_error=pytest.fail)
    table.add(parsed)
    assert [row["speaker"] for row in table.rows()] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [('"We will win," Ana Ru\x00iz said.', "Ana Ruiz", "Ana Ru\x00iz"),
     ('"We will win," said Bo\x00b Lee.', "Bob Lee", "Bo\x00b Lee"),
     ("RU\x1bIZ: We will win this fight.\n\nThe interview was with Ana Ruiz.", "Ana Ruiz",
      "RU\x1bIZ"),
     ('"We will win," Ana\x00Ruiz said.', "Ana Ruiz", "Ana\x00Ruiz"),
     ("Dervla McAt\ufffeeer said the plan would work.", "Dervla McAteer",
      "Dervla McAt\ufffeeer"),
     ("Bob\x00 Lee said the plan would fail.", "Bob Lee", "Bob\x00 Lee"),
     ('"The pier is closed," Ines \x00Varga said.', "Ines Varga", "Ines \x00Varga"),
     ('"It is late," Doug \u00adAndres, a spokesman, said.', "Doug Andres",
      "Doug \u00adAndres"),
     ("Senator Ines  Varga has denounced the deal. Varga said it would fail.",
      "Ines Varga", "Varga"),
     ("The plan is dead, said Ana\u00a0 Ruiz on Monday.", "Ana Ruiz", "Ana\u00a0 Ruiz"),
     ("The plan is dead, said Ana \u00a0Ruiz on Monday.", "Ana Ruiz", "Ana \u00a0Ruiz"),
     ("The plan is dead, said Ana\t Ruiz on Monday.", "Ana Ruiz", "Ana\t Ruiz")],
    ids=["NUL in a surname", "NUL in a given name", "ESC in a transcript label",
         "NUL for a space", "noncharacter in a name", "NUL before a space",
         "NUL after a space", "soft hyphen after a space", "two spaces in a name",
         "no-break space before a space", "no-break space after a space",
         "tab before a space"],
)
def test_a_control_character_inside_a_name_never_reaches_the_speaker(
    engine: Engine, text: str, speaker: str, mention: str
) -> None:
    """A NUL (or another control, or U+FFFE) inside a name was read as a space: the
    speaker `Ana Ru iz` (id `ana-ru-iz`), `Lee` with the role `Bo b`, and U+FFFE stayed in
    the speaker (`Dervla McAt\ufffeeer`). Inside a word it is taken out, as an invisible
    character is; between a lower-case and a capital letter it stands for a space. Beside
    the space between two words (`Bob\x00 Lee`) it made two spaces, and the name was cut
    (the speaker `Lee`); it is taken out too, and so is a second plain space typed
    between two words, or a no-break space or a tab beside one (rule double-space: a
    web page's `Ana&nbsp; Ruiz` decoded gave the speaker `Ruiz`). The mention and every
    offset stay the text's own."""
    [found] = engine.extract(text)
    assert (found.speaker, found.speaker_mention) == (speaker, mention)
    assert_offsets(text, [found])


@pytest.mark.parametrize(
    ("text", "rows"),
    [("Bob\ufeffLee said the ferry would run. Lee added that it was \"safe for now.\"",
      [("Bob Lee", "Bob\ufeffLee"), ("Bob Lee", "Lee")]),
     ('"The dock will close," said Ana\u200bRuiz. Ruiz said it was "the only way."',
      [("Ana Ruiz", "Ana\u200bRuiz"), ("Ana Ruiz", "Ruiz")]),
     ('"The tide is high," Tove\u2060Ekdal said.', [("Tove Ekdal", "Tove\u2060Ekdal")]),
     ('"We are ready," said Rosa Mc\u200bDonald.', [("Rosa McDonald", "Rosa Mc\u200bDonald")])],
    ids=["byte-order mark", "zero-width space", "word joiner", "inside McDonald"],
)
def test_a_zero_width_break_between_given_name_and_surname_is_a_space(
    engine: Engine, text: str, rows: list[tuple[str, str]]
) -> None:
    """A zero-width space, byte-order mark or word joiner between a capitalised word and
    a capital (`Bob\ufeffLee`, from a web page or files joined together) was taken out
    as inside a word: the speaker `BobLee`, and `Lee` later another person. It stands
    where a space was (rule zero-width-break): one person, `Bob Lee`; the mention and
    its offsets stay the text's own. After a surname opener (`Mc`) it is inside the
    name, as before."""
    found = engine.extract(text, scope="all")
    assert [(q.speaker, q.speaker_mention) for q in found] == rows
    assert_offsets(text, found)


@pytest.mark.parametrize(
    ("text", "quote", "kind", "speaker"),
    [("\x93We are ready,\x94 Ada Lind said.", "We are ready,", "direct", "Ada Lind"),
     ("Ada Lind said the pier was \x93safe for now\x94 and would open.",
      "the pier was \x93safe for now\x94 and would open", "mixed", "Ada Lind"),
     ("\x91We are ready,\x92 Ada Lind said\x85", "We are ready,", "direct", "Ada Lind")],
    ids=["double quotes", "quoted fragment", "single quotes and ellipsis"],
)
def test_windows_1252_marks_decoded_as_latin_1_are_marks(
    engine: Engine, text: str, quote: str, kind: str, speaker: str
) -> None:
    """Curly quotes whose Windows-1252 bytes were read as Latin-1 (C1 controls, as scraped
    text and old databases hold them) pair as the marks they are; the words and offsets
    stay the text's own."""
    [found] = engine.extract(text)
    assert (found.text, found.type, found.speaker) == (quote, kind, speaker)
    assert_offsets(text, [found])


@pytest.mark.parametrize(
    ("text", "quote", "kind", "speaker"),
    [("â€œWe are ready,â€ Ada Lind said.", "We are ready,", "direct", "Ada Lind"),
     ("â\x80\x9cWe are ready,â\x80\x9d Ada Lind said.", "We are ready,", "direct", "Ada Lind"),
     ("â€œWe are ready,â€\ufffd Ada Lind said.", "We are ready,", "direct", "Ada Lind"),
     ("Ada Lind said the pier was â€œsafe for nowâ€ and would open.",
      "the pier was â€œsafe for nowâ€ and would open", "mixed", "Ada Lind"),
     ("â€œWe are ready,â€ Sean Oâ€™Brien said.", "We are ready,", "direct", "Sean O'Brien"),
     ("â€œWe are ready,â€ JosÃ© Ruiz said.", "We are ready,", "direct", "José Ruiz"),
     ("Ada Lind said she didnâ€™t know why the cityâ€™s plan failed.",
      "she didnâ€™t know why the cityâ€™s plan failed", "indirect", "Ada Lind")],
    ids=["utf-8 read as windows-1252", "utf-8 read as latin-1", "lost byte replaced",
         "quoted fragment", "apostrophe in the name", "accent in the name",
         "apostrophes pair no quote"],
)
def test_utf8_read_as_windows_1252_marks_are_marks(
    engine: Engine, text: str, quote: str, kind: str, speaker: str
) -> None:
    """Curly quotes whose UTF-8 bytes were read as Windows-1252 or Latin-1 (`â€œ`,
    mojibake of scraped text) pair as the marks they are, apostrophes inside words pair
    nothing, and a name reads as meant; the words and offsets stay the text's own."""
    [found] = engine.extract(text)
    assert (found.text, found.type, found.speaker) == (quote, kind, speaker)
    assert_offsets(text, [found])


QUOTE_MARKS = (*"“”\"'‘’«»", "â€œ", "â€", "â€™", "Ã©", "\x93")
LAYOUT = ("\n", "\n\n", "\r\n", "\r", "\t", " ", "\u200b", "\u202e", "\u2069", "\u0301",
          "\u00a0", "\ufeff", "\u2028")
WORDS = ("said", " told ", "he", "She", " Ada Lind ", "the mayor", "according to", ": ", ", ",
         ". ", "We will win", " that ", "added")
# Random Unicode (lone surrogates included) mixed with the pieces quotations are made of.
fragments = st.one_of(
    st.text(max_size=8),
    st.text(st.characters(categories=["Cs", "Zs", "Mn", "Cf", "Po", "Pi", "Pf"]), max_size=3),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(LAYOUT),
    st.sampled_from(WORDS),
)
texts = st.lists(fragments, max_size=40).map("".join)


@settings(max_examples=60, deadline=None)
@given(texts)
def test_any_text_gives_exact_offsets_and_the_same_rows_every_time(text: str) -> None:
    found = quotes.extract(text)
    assert_offsets(text, found)
    assert quotes.extract(text) == found


@settings(max_examples=60, deadline=None)
@given(texts, st.integers(min_value=1, max_value=40))
def test_any_text_in_tiny_pieces_gives_exact_offsets(text: str, limit: int) -> None:
    engine = quotes.get_engine()
    with max_length(engine, limit):
        bounds = engine.chunks(text)
        found = engine.extract(text)
        [piped] = engine.pipe([text])
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(bounds))
    assert all(0 < end - start <= limit for start, end in bounds) or text == ""
    assert_offsets(text, found)
    assert_offsets(text, piped)


#: More of what news text is made of: brackets, dashes (a hyphen last in the doc made the
#: component raise), markup, names and cues, and tokens far longer than a word.
SHAPED = st.one_of(
    fragments,
    st.sampled_from(("(", ")", "[[", "]]", "((((", "-", "—", " - ", "--", "–")),
    st.sampled_from(("<p>", "</p>", "<br>", "&quot;", "&ldquo;", "&rdquo;", "<!--", "&")),
    st.sampled_from((" Ada Lind said", " he said.", ' "We won," ', "Q:", "\nJOAN: ", "— ")),
    st.builds(lambda c, n: c * n, st.sampled_from('x"“.-'), st.integers(50, 600)),
)
shaped_texts = st.lists(SHAPED, max_size=40).map("".join)


def assert_rows_in_order(rows: list[tuple[int, int]]) -> None:
    """Rows come in text order, none twice."""
    assert rows == sorted(rows)
    assert len(set(rows)) == len(rows)


@pytest.fixture(scope="module")
def component() -> spacy.language.Language:
    nlp = spacy.load(quotes.get_engine().nlp.meta["lang"] + "_"
                     + quotes.get_engine().nlp.meta["name"])
    nlp.add_pipe("quotes")
    return nlp


@settings(max_examples=40, deadline=None)
@given(shaped_texts)
@example('"We won," Ada Lind said. -')  # the component raised IndexError on it
@example("C:A0\ud800")  # a lone surrogate: the doc's text holds U+FFFD in its place
def test_any_news_shaped_text_reads_in_every_door(component: spacy.language.Language,
                                                  text: str) -> None:
    """The library, its stream and the spaCy component: no exception, offsets that slice
    out the row's words (of the text given; of the doc's text for the component, whose
    tokenizer reads a lone surrogate as U+FFFD), rows in text order and none twice."""
    for scope in ("statements", "all"):
        found = quotes.extract(text, scope=scope)
        assert_offsets(text, found)
        assert_rows_in_order([(q.start, q.end, q.type, q.cue_start or -1) for q in found])
        assert list(quotes.extract_many([text], scope=scope)) == [found]
    doc = component(text)
    rows = doc._.quotes or []
    for row in rows:
        assert doc.text[row["quote_start"] : row["quote_end"]] == row["quote"]
    assert_rows_in_order([(r["quote_start"], r["quote_end"], r["type"], r["cue_start"] or -1)
                          for r in rows])


# -- documents longer than the parser's max_length -----------------------------------------


def long_document(size: int, seed: int = 7) -> tuple[str, list[str]]:
    """A document of at least `size` characters and the content of each direct row the
    statements scope gives for it (one per paragraph of a quotation).

    Short paragraphs with quotes (a third of them running over two paragraphs with a
    stretch of layout blanks in between) are separated by long runs of spaces, tabs and
    no-break spaces, as in text pulled out of a laid-out page. The blanks keep the parse
    cheap while the quotes sit all along the text, many across any fixed-size cut.
    """
    rnd = random.Random(seed)
    parts: list[str] = []
    contents: list[str] = []
    length = i = 0
    while length < size:
        name, verb, topic = rnd.choice(NAMES), rnd.choice(VERBS), rnd.choice(TOPICS)
        blank = "".join(rnd.choice(" \t\u00a0") for _ in range(rnd.randrange(3000, 9000)))
        kind = i % 3
        if kind == 0:
            content = f"Point {i} on {topic} stands,"
            part = f'"{content}" {name} {verb}.\n'
        elif kind == 1:
            content = f"Point {i} on {topic} is settled."
            part = f'{name} {verb}: "{content}"\r\n'
        else:
            content = f'Point {i} opens here.\n{blank}\n"Point {i} on {topic} closes here,'
            part = f'"{content}" {name} {verb}.\n'
            # the statements scope gives one row per paragraph of the quotation
            contents.append(f"Point {i} opens here.")
            content = f"Point {i} on {topic} closes here,"
        parts.append(part + blank + "\n")
        contents.append(content)
        length += len(parts[-1])
        i += 1
    return "".join(parts), contents


def test_long_document_in_pieces_keeps_every_quote_with_whole_document_offsets(
    engine: Engine,
) -> None:
    text, contents = long_document(3_000_000)
    limit = 20_000
    with max_length(engine, limit):
        bounds = engine.chunks(text)
        pieces = engine.extract(text)
        [piped] = engine.pipe([text])
    assert len(text) >= 3_000_000 and len(bounds) > 150
    assert all(end - start <= limit for start, end in bounds)
    # No piece boundary falls inside a quotation, though many fixed-size cuts would.
    cuts = {start for start, _ in bounds[1:]}
    spans = find_quote_spans(text)
    assert not any(s.open_start < cut < s.close_end for s in spans for cut in cuts)
    assert any(s.open_start < k * limit < s.close_end for s in spans for k in (1, 2, 3, 4))
    assert_offsets(text, pieces)
    direct = [q.text for q in pieces if q.type == "direct"]
    assert direct == contents
    assert piped == pieces
    # The whole document read at once gives the same quotes.
    with max_length(engine, len(text)):
        whole = engine.extract(text)
    assert [(q.start, q.end, q.type) for q in whole] == [(q.start, q.end, q.type) for q in pieces]


def test_dense_text_in_pieces_matches_the_text_read_whole(engine: Engine) -> None:
    rnd = random.Random(3)
    paragraphs = []
    for i in range(60):
        name, verb, topic = rnd.choice(NAMES), rnd.choice(VERBS), rnd.choice(TOPICS)
        paragraphs.append(f'"We will look at {topic} again in week {i}," {name} {verb}.')
        if i % 4 == 0:
            paragraphs.append(f'"It is not over.\n"Not for {topic}, not yet," {name} added.')
    text = "\n".join(paragraphs) + "\n"
    whole = engine.extract(text)
    with max_length(engine, 600):
        assert len(engine.chunks(text)) > 5
        pieces = engine.extract(text)
    assert_offsets(text, pieces)
    assert [(q.start, q.end, q.type) for q in pieces] == [(q.start, q.end, q.type) for q in whole]


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["word"] * 400) + ' "A quote at the end," she said.',
        "x" * 2000 + ' "A quote after one huge token," she said.',
        '"' + "A quotation longer than a piece. " * 60 + '" she said.\nShort.',
    ],
    ids=["one long paragraph", "one huge token", "one long quotation"],
)
def test_too_long_paragraph_or_quotation_is_still_cut_somewhere(engine: Engine, text: str) -> None:
    with max_length(engine, 500):
        bounds = engine.chunks(text)
        found = engine.extract(text)
    assert len(bounds) > 1 and all(end - start <= 500 for start, end in bounds)
    assert_offsets(text, found)


# -- one bad document never stops a run ----------------------------------------------------


def test_document_that_raises_is_reported_and_the_batch_goes_on(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [Document(f"d{i}", f'"Point {i} stands," Ada Lind said.') for i in range(10)]
    docs[4] = Document("poison", '"This one breaks the rules," Ada Lind said.')
    expected = {d.id: engine.extract(d.text) for d in docs if d.id != "poison"}
    attribute = engine.attribute

    def failing(text: str, doc: Doc, norm: str | None = None, cut: bool = False) -> list[Quote]:
        if "breaks" in text:
            raise RuntimeError("rule exploded")
        return attribute(text, doc, norm=norm, cut=cut)

    monkeypatch.setattr(engine, "attribute", failing)
    errors: list[DocumentError] = []
    done = list(run_documents(engine, docs, batch_size=4, on_error=errors.append))
    assert errors == [DocumentError("poison", "RuntimeError: rule exploded")]
    assert [d for d, _ in done] == [d for d in docs if d.id != "poison"]
    assert {d.id: found for d, found in done} == expected


def test_invalid_unicode_id_is_reported_and_invalid_text_is_kept(engine: Engine) -> None:
    docs = [
        Document("fine", '"All good," Ada Lind said.'),
        Document("bad-\udc80", '"Never written," Ada Lind said.'),
        Document("half-emoji", '"Good \ud83d news," Ada Lind said.'),
    ]
    errors: list[DocumentError] = []
    done = list(run_documents(engine, docs, on_error=errors.append))
    assert [d.id for d, _ in done] == ["fine", "half-emoji"]
    assert [e.doc_id for e in errors] == ["bad-\\udc80"]
    [quote] = done[1][1]
    assert quote.text == "Good \ufffd news,"
    for doc, found in done:
        for row in rows_of(doc, found):
            json.dumps(row, ensure_ascii=False).encode("utf-8")


# -- the command line: exit codes, error report --------------------------------------------

runner = CliRunner()


def extract(*args: str) -> Result:
    """Run `quotes extract` in this process (one worker: the model is loaded already)."""
    return runner.invoke(app, ["extract", "--workers", "1", *args])


def test_exit_0_when_every_document_is_processed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('"We are ready," Ada Lind said.\n', encoding="utf-8")
    result = extract(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.csv"),
                     "--errors", str(tmp_path / "e.jsonl"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.csv").exists()
    assert (tmp_path / "e.jsonl").read_text(encoding="utf-8") == ""
    assert "0 errors" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/missing.txt", "-o", "{tmp}/out.csv"], "missing.txt"),
        (["{tmp}/a.txt", "-o", "{tmp}/exists.csv"], "--force"),
        (["{tmp}/a.txt", "-o", "{tmp}/a.txt", "--force"], "also an input"),
        (["{tmp}/a.txt", "--format", "xlsx"], "xlsx"),
        (["{tmp}/a.txt", "-o", "{tmp}/missing/out.csv"], "folder {tmp}/missing does not exist"),
        (["{tmp}/a.txt", "-o", "{tmp}/missing/out.db"], "folder {tmp}/missing does not exist"),
        (["{tmp}/a.txt", "--errors", "{tmp}/missing/e.jsonl"], "folder {tmp}/missing does not"),
        (["{tmp}/a.txt", "--shard", "0/2", "-o", "{tmp}/missing/shards"], "shard folder"),
        (["{tmp}/a.txt", "--workers", "2", "--model", "{tmp}"],  # loaded after the start
         "'{tmp}': not a spaCy pipeline folder"),
        (["{tmp}/a.txt", "--model", "blank:en"], "a blank pipeline has no parser"),
    ],
    ids=["missing input", "output exists", "output is input", "unknown format",
         "missing output folder", "missing database folder", "missing report folder",
         "missing shard folder's parent", "a folder that is no model", "a blank model"],
)
def test_exit_2_on_usage_errors_and_nothing_is_written(
    tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "a.txt").write_text('"We are ready," Ada Lind said.\n', encoding="utf-8")
    (tmp_path / "exists.csv").write_text("previous\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = extract(*(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code == 2, result.output
    assert message.format(tmp=tmp_path) in " ".join(result.stderr.split())
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def _good_documents() -> dict[str, str]:
    """The documents of fixtures/bad that can be read, by doc id, with their text as read."""
    docs = {
        "good-article.txt": (BAD / "good-article.txt").read_bytes().decode("utf-8"),
        "good-cr-only.txt": (BAD / "good-cr-only.txt").read_bytes().decode("utf-8"),
        "not-utf8.txt": (BAD / "not-utf8.txt").read_bytes().decode("cp1252"),
        "empty.txt": "",
        "whitespace.txt": (BAD / "whitespace.txt").read_bytes().decode("utf-8"),
        "half-emoji": '"Good news \ufffd," the clerk said.',
    }
    for line in (BAD / "good-odd-text.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        docs[record["id"]] = record["text"]
    for line in (BAD / "malformed.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            docs[record["id"]] = record["text"]
    return docs


def test_bad_inputs_folder_keeps_every_good_row_and_names_every_failure(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "bad"
    shutil.copytree(BAD, folder)
    huge, contents = long_document(3_000_000, seed=11)
    (folder / "huge.txt").write_text(huge, encoding="utf-8", newline="")
    out, report = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = extract(str(folder), "-o", str(out), "--errors", str(report))
    assert result.exit_code == 1, result.output

    errors = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    reasons = {Path(e["source"]).name: e["reason"] for e in errors}
    assert "PNG" in reasons.pop("image.png")
    assert "NUL" in reasons.pop("noise.bin")
    assert "malformed JSON" in reasons.pop("malformed.jsonl:2")
    assert "'text'" in reasons.pop("malformed.jsonl:3")
    assert "expected a string" in reasons.pop("malformed.jsonl:4")
    assert "JSON object" in reasons.pop("malformed.jsonl:5")
    assert "lone surrogate" in reasons.pop("bad-id-\\udc80")
    assert reasons == {}
    assert f"{len(errors)} errors" in result.stderr

    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_doc: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        assert row["speaker_id"] or not row["speaker"]
        row.pop("speaker_id")  # given over the whole run, not by one document alone
        by_doc.setdefault(str(row["doc_id"]), []).append(row)
    for doc_id, text in _good_documents().items():
        expected = [json.loads(json.dumps(r)) for r in rows_of(
            Document(doc_id, text), engine.extract(text))]
        for row in expected:
            row.pop("speaker_id")
        assert by_doc.pop(doc_id, []) == expected, doc_id
    huge_rows = by_doc.pop("huge.txt")
    assert by_doc == {}
    assert [r["quote"] for r in huge_rows if r["type"] == "direct"] == contents
    for row in huge_rows:
        assert huge[row["quote_start"] : row["quote_end"]] == row["quote"]
        if row["speaker_mention"] is not None:
            assert huge[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]
        if row["cue"] is not None:
            assert huge[row["cue_start"] : row["cue_end"]] == row["cue"]


# -- an interrupted run leaves no truncated output -----------------------------------------


def _corpus(folder: Path, n: int) -> None:
    """`n` short articles with quotes, one file each."""
    rnd = random.Random(5)
    folder.mkdir()
    for i in range(n):
        lines = []
        for j in range(3):
            name, verb, topic = rnd.choice(NAMES), rnd.choice(VERBS), rnd.choice(TOPICS)
            lines.append(f'"Item {i}.{j} on {topic} will go ahead," {name} {verb}.')
        lines.append(f"{rnd.choice(NAMES)} said {rnd.choice(TOPICS)} would reopen soon.")
        (folder / f"doc-{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


#: Every column but `speaker_id`, so rows stream out as they come (with it they are held
#: until the run's last document, see quotes.people) and a run can be killed mid-way.
STREAMED = ",".join(c for c in COLUMNS if c != "speaker_id")


def _kill_midway(corpus: Path, out: Path, *extra: str) -> None:
    """Start `quotes extract`, SIGKILL it once it has written rows, and wait for it to die.

    The run gets a session of its own and the kill goes to all of it, as when a machine
    or container is stopped, so no worker outlives the test.
    """
    command = [sys.executable, "-m", "quotes", "extract", str(corpus), "-o", str(out),
               "--workers", "1", "--columns", STREAMED, *extra]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    partial = out.with_name(f".{out.name}.partial-{process.pid}")
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if partial.exists() and partial.stat().st_size > 0:
                break
            assert process.poll() is None, "the run ended before it could be killed"
            time.sleep(0.05)
        else:
            pytest.fail("no rows were written within two minutes")
        assert process.poll() is None, "the run ended before it could be killed"
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


def test_killed_run_leaves_no_truncated_output_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _corpus(corpus, 200)
    expected = tmp_path / "expected.csv"
    assert extract(str(corpus), "-o", str(expected), "--columns", STREAMED).exit_code == 0
    out = tmp_path / "out.csv"

    _kill_midway(corpus, out)
    assert not out.exists()
    # Only the hidden temp file of the killed run is left, never a visible partial output.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "corpus", "expected.csv"]

    previous = b"doc_id,quote_id\r\nan-earlier-run,1\r\n"
    out.write_bytes(previous)
    _kill_midway(corpus, out, "--force")
    assert out.read_bytes() == previous

    rerun = extract(str(corpus), "-o", str(out), "--force", "--columns", STREAMED)
    assert rerun.exit_code == 0, rerun.output
    assert out.read_bytes() == expected.read_bytes()


# -- memory stays flat over a long stream --------------------------------------------------


def _rss_bytes() -> int:
    """The resident set size of this process now (Linux: /proc/self/statm)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _stream(n: int) -> Iterator[Document]:
    """`n` short, varied documents with quotes, generated lazily."""
    rnd = random.Random(13)
    for i in range(n):
        name, verb, topic = rnd.choice(NAMES), rnd.choice(VERBS), rnd.choice(TOPICS)
        shape = i % 4
        if shape == 0:
            text = f'"We will fix {topic}," {name} {verb}.'
        elif shape == 1:
            text = f'{name} {verb}: "{topic.capitalize()} comes first."'
        elif shape == 2:
            text = f"{name} said that {topic} would wait.\n\"Not now,\" she added."
        else:
            text = f"“{topic.capitalize()} is late,” {verb} {name}.\r\nNo one replied."
        yield Document(f"soak-{i}", text)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc (Linux)")
def test_memory_stays_flat_over_five_thousand_documents(engine: Engine) -> None:
    errors: list[DocumentError] = []
    rss_at_500 = 0
    quotes_seen = 0
    for n, (_, found) in enumerate(run_documents(engine, _stream(5000), on_error=errors.append),
                                   start=1):
        quotes_seen += len(found)
        if n == 500:
            rss_at_500 = _rss_bytes()
    assert n == 5000 and errors == [] and quotes_seen >= 5000
    assert _rss_bytes() <= 1.2 * rss_at_500


# -- no two rows of a scope overlap ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [("The prosecutor, Dwayne Hollis, had asked for twelve years. He argued that the "
      "accused had gone home for a knife and come back to the square, which showed that he "
      "had time to calm down.",
      [("indirect", 74, 183, "Dwayne Hollis", "relative-aside:subject")]),
     ("Tan Wei Loong, the chief executive, said the firm was \u2018badly hurt\u201d and would "
      "appeal. \u201cThis ruling keeps us small,\u2019 Tan said.",
      [("mixed", 41, 83, "Tan Wei Loong", "backshifted-conjunct:subject"),
       ("direct", 86, 113, "Tan Wei Loong", "dep:subject")]),
     ("Tan Wei Loong, the chief executive, said the firm was \x91badly hurt\x94 and would "
      "appeal. \u00e2\u20ac\u0153This ruling keeps us small,\x92 Tan said.",
      [("mixed", 41, 83, "Tan Wei Loong", "backshifted-conjunct:subject"),
       ("direct", 88, 115, "Tan Wei Loong", "dep:subject")])],
    ids=["a relative clause's own clause", "marks of two families",
         "C1 controls and mojibake as marks"],
)
def test_no_two_rows_of_a_scope_overlap(engine: Engine, text: str, kept: list) -> None:
    """Two rows sharing characters cannot both be right, yet rules reading a sentence
    each gave such pairs: `the square` as the speaker of the words of a clause inside
    the prosecutor's; a reported clause run on past marks that did not pair (curly, or
    C1 controls and mojibake standing for them) and the quote inside it again. The row
    that starts first stays in the statements scope (`all` keeps an attribution nested
    in another's content, as PolNeAR annotates it). The marks of two families pair now
    (rule cross-family-close, `quotes/mark_pairing.py`): the clause ends at the
    sentence's end and the quote after it is a row of its own, with its speaker."""
    found = engine.extract(text)
    assert [(q.type, q.start, q.end, q.speaker, q.method) for q in found] == kept
    spans = sorted((q.start, q.end) for q in found)
    assert all(a[1] <= b[0] for a, b in pairwise(spans)), spans
