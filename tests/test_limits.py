"""No document can hang or swamp a run: time grows with length, memory with the piece.

Each pathological shape (news at length, a quote every few characters, one endless line,
rows of quote marks, deep nesting, words with no spaces) is run at two sizes: four
times the text must cost under six times the work (calls counted, not seconds, so a busy
machine cannot fail the test). Documents over `--max-doc-chars` or `--max-doc-seconds` are reported
and the run goes on.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import quotes
from quotes import piece_joins
from quotes.cli import app
from quotes.engine import DocumentTimeout, Engine
from quotes.inputs import ReadError
from quotes.installed import default_model
from quotes.longer_forms import fullest_name
from quotes.marks import find_quote_spans
from quotes.normalise import MAX_RUN, normalise
from quotes.people import SpeakerStats, merge_people
from quotes.records import Document, Quote
from quotes.run import MAX_BATCH_CHARS, DocumentError, Limits, run_documents
from quotes.sentence_starts import MAX_SENTENCE_TOKENS
from quotes.speaker_table import parse_documents
from quotes.surrogate_reader import SurrogateReader
from tests.work import counted_calls

#: One piece of the engine's (MAX_PIECE_CHARS).
SMALL = 25_000
#: A text of two pieces, which the growth test compares with four times it.
MULTI = SMALL + SMALL // 5

PEOPLE = ("Ada Lind", "the harbour master", "Jon Barrow", "she", "Ines Okafor", "he")
SAYS = ("said", "told reporters", "added", "warned", "insisted")


def news(size: int, seed: int = 7) -> str:
    """Made-up wire copy: quotes with speakers, reported speech and plain narration."""
    pick = random.Random(seed).choice
    lines: list[str] = []
    length = 0
    while length < size:
        who, verb = pick(PEOPLE), pick(SAYS)
        line = pick([
            f'"The ferry will run again before the first frost," {who} {verb}.',
            f"{who.capitalize()} {verb} that the council had closed the old pier on Monday.",
            f'Tolls rose by a tenth this spring. {who.capitalize()} {verb}: "It is too much."',
            "Fishermen gathered at dawn by the grain store to talk over the new timetable.",
        ])
        lines.append(line)
        length += len(line) + 1
    return "\n".join(lines)[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _nested(size: int) -> str:
    depth = size // 5
    return ('"a ' * depth + 'b"' * depth)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "news": news,
    "a quote every ten characters": _repeat('aaaa "bb" '),
    "one line without breaks": _repeat("word "),
    "a row of quote marks": _repeat('"'),
    "alternating marks": _repeat("\"'"),
    "nested quotes": _nested,
    "one endless token": _repeat("x"),
    "long tokens": _repeat("y" * 4_999 + " "),
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The engine the CLI uses too (cached by `get_engine(None)`)."""
    return quotes.get_engine(None)


def _calls_at(
    engine: Engine, make: Callable[[int], str], warm: int, small: int, large: int
) -> tuple[int, list[Quote], int]:
    """The calls `extract` makes on a text of `small` characters, the rows and calls on
    one of `large`, after a first run on one of `warm` that fills the caches of its
    shape."""
    engine.extract(make(warm))
    small_calls = counted_calls(lambda: engine.extract(make(small)))[1]
    found, large_calls = counted_calls(lambda: engine.extract(make(large)))
    return small_calls, found, large_calls


@pytest.mark.parametrize("make", SHAPES.values(), ids=SHAPES.keys())
def test_four_times_the_text_costs_about_four_times_the_work(
    engine: Engine, make: Callable[[int], str]
) -> None:
    # the caches of this shape filled first, so both counts are steady; both sizes are
    # cut into pieces, since a text of one piece has its quote marks found once and a
    # longer one once to cut it and again in each piece (a step of two, not growth), and
    # a piece of nested marks with no close is not parsed where a cut one is
    small, _, large = _calls_at(engine, make, SMALL, MULTI, 4 * MULTI)
    # linear is 4 and a square 16 (nested quotes count 4.35, the most of these shapes)
    assert large <= 6 * small, f"{MULTI:,} chars: {small:,} calls, {4 * MULTI:,}: {large:,}"


def test_a_line_of_thousands_of_quotes_and_cues_costs_each_only_its_own(
    engine: Engine,
) -> None:
    # each quote once looked at every cue of its paragraph, and each reported clause
    # walked back to its line's start and joined the whole text: 7.0 times here before
    make = _repeat('"Rain," he said and ')
    small, _, large = _calls_at(engine, make, 2_500, 10_000, 40_000)
    assert large <= 5 * small, f"10,000 chars: {small:,} calls, 40,000 chars: {large:,}"


def test_a_line_of_quotes_each_followed_by_a_dash_costs_each_only_its_own(
    engine: Engine,
) -> None:
    # each dash after a closing mark read the rest of its line for a name signing the
    # quote (`"…" ― Ana Ruiz`): 8.5 times the calls for four times the line before
    make = _repeat('Ada Lind: "Fine" — ')
    small, _, large = _calls_at(engine, make, 2_500, 5_000, 20_000)
    assert large <= 6 * small, f"5,000 chars: {small:,} calls, 20,000 chars: {large:,}"


def test_a_body_that_speaks_again_and_again_has_its_longer_name_read_once(
    engine: Engine,
) -> None:
    # each mention read the whole text for the name's longer forms: 62 times the calls
    # for four times this text before
    make = _repeat('"We will wait," Harbour said. The Harbour Board met again today. ')
    small, found, calls = _calls_at(engine, make, 2_500, 5_000, 20_000)
    assert (found[0].text, found[0].speaker, found[0].method) == ("We will wait,", "Harbour",
                                                                   "dep:subject")
    assert calls <= 5 * small, f"5,000 chars: {small:,} calls, 20,000 chars: {calls:,}"


def _people(size: int) -> str:
    """Quotes of thousands of different people, each named once."""
    given = ("Ana", "Bob", "Carl", "Dina", "Eve")
    lines = (f'"Yes," {given[i % 5]} Zed{i}son said.' for i in range(size // 24 + 1))
    return " ".join(lines)[:size]


def _paragraph_quotes(size: int) -> str:
    """Thousands of paragraphs that are each one quotation of another number."""
    lines = (f'"Revenue grew {i} per cent in the third quarter."' for i in range(size // 52 + 1))
    return "\n\n".join(lines)[:size]


#: Shapes that repeat one kind of sentence thousands of times within one piece, with the
#: first row each gives: each repeat read the whole text, or every repeat before it.
REPEATS: dict[str, tuple[Callable[[int], str], tuple[str, str | None, str]]] = {
    # the body beside `council`, the makers of works before it and the names of its kind
    # were read from every word before each description
    "a list whose every item quotes the council": (
        _repeat("- item: the council said it would act.\n"),
        ("it would act", "the council", "reported:subject"),
    ),
    # each `she` read every mention of every person before it
    "one person's pronoun thousands of times": (
        lambda size: "Ana Ruiz spoke. " + _repeat('"We win," she said. ')(size - 16),
        ("We win,", "Ana Ruiz", "dep:subject"),
    ),
    # each name's short forms were looked for in every full name of the text
    "thousands of different people": (_people, ("Yes,", "Ana Zed0son", "dep:subject")),
    # each signature line's words were read to the end of the text
    "a page of signed quotes": (
        _repeat('"Great."\n— Ana Ruiz, 34, on the strike\n'),
        ("Great.", "Ana Ruiz", "dash"),
    ),
    # each `according to X` statement asked every other whether it passed it on
    "thousands of statements according to one source": (
        _repeat("According to Ana Ruiz, the ferry was late. "),
        ("the ferry was late", "Ana Ruiz", "according-to:according-to"),
    ),
    # each paragraph-long quote read the words of every other line to see if it was a
    # pull quote
    "a page of paragraph-long quotes": (
        _paragraph_quotes,
        ("Revenue grew 0 per cent in the third quarter.", None, "none"),
    ),
}


@pytest.mark.parametrize(("make", "first"), REPEATS.values(), ids=REPEATS.keys())
def test_a_sentence_repeated_thousands_of_times_costs_each_repeat_only_its_own(
    engine: Engine, make: Callable[[int], str], first: tuple[str, str | None, str]
) -> None:
    small, found, large = _calls_at(engine, make, 2_500, 5_000, 20_000)
    assert (found[0].text, found[0].speaker, found[0].method) == first
    assert large <= 5 * small, f"5,000 chars: {small:,} calls, 20,000 chars: {large:,}"


def test_a_phrase_pasted_into_one_sentence_a_thousand_times_costs_each_its_own(
    engine: Engine,
) -> None:
    # `according to Ana Ruiz, ` pasted: the parse nests each phrase in the one before,
    # 400 levels deep in a sentence of the library's longest; each phrase's clause was
    # read three times by a walk that costs a subtree's size times its depth, and each
    # statement asked every other whether it passed it on
    make = _repeat("according to Ana Ruiz, ")
    small, found, large = _calls_at(engine, make, 2_500, 5_000, 20_000)
    text = make(20_000)
    assert all(text[q.start : q.end] == q.text for q in found)
    assert large <= 5 * small, f"5,000 chars: {small:,} calls, 20,000 chars: {large:,}"


def test_the_component_on_one_endless_sentence_of_cues_costs_each_cue_its_own() -> None:
    # the component reads the parse it is given, one sentence of 7,000 words here: each
    # cue's clause, read to the sentence's end, cost 11.3 times the calls for four times
    # the text; a clause is read as far as the library's longest sentence now
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    component = nlp.get_pipe("quotes")
    make = _repeat('"Rain," he said and ')
    docs = []
    for size in (2_500, 5_000, 20_000):
        doc = nlp.make_doc(make(size))
        for _, step in nlp.pipeline[:-1]:
            doc = step(doc)
        docs.append(doc)
    warm, small, large = docs
    component(warm)
    small_calls = counted_calls(lambda: component(small))[1]
    large_calls = counted_calls(lambda: component(large))[1]
    assert max(len(s) for s in large.sents) > 4 * MAX_SENTENCE_TOKENS
    assert large_calls <= 6 * small_calls, f"{small_calls:,} calls, then {large_calls:,}"


def test_one_endless_line_of_a_body_name_is_read_once_for_a_headline() -> None:
    # each use of the name read its whole line again to see if it was a headline: 70 s
    # for a line of 100,000 characters in the spaCy component, which reads no pieces
    make = _repeat("the Harbour Board met again today and ")
    small = counted_calls(lambda: fullest_name(make(10_000), "Harbour"))[1]
    form, calls = counted_calls(lambda: fullest_name(make(40_000), "Harbour"))
    assert form == "Harbour Board"
    assert calls <= 5 * small, f"10,000 chars: {small:,} calls, 40,000 chars: {calls:,}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x" * 1_000, [400, 400, 198]),
        ("a" * 400 + " b", [400, 1]),
        ("Then " + "'" * 20 + " ended", [4, 5]),
    ],
    ids=["long run split", "run at the limit kept", "row of marks blanked"],
)
def test_the_parser_never_reads_an_endless_token(text: str, expected: list[int]) -> None:
    norm = normalise(text)
    assert len(norm) == len(text)
    assert [len(word) for word in norm.split()] == expected


def test_the_component_tokenizes_an_endless_token_in_pieces() -> None:
    # spaCy's tokenizer takes n² steps over one token of n characters: a row of 20,000
    # quote marks took 271 s through the component, which reads the text as given
    nlp = spacy.blank("en")
    reader = SurrogateReader(nlp.tokenizer, nlp)
    reader._in_use = lambda: True  # a blank pipeline has no `quotes` component to find
    read: list[str] = []
    reader.tokenizer = lambda piece: (read.append(piece), nlp.tokenizer(piece))[1]
    text = 'He said "' + '"' * 20_000 + '" and left.'
    doc = reader(text)
    assert doc.text == text and len(doc) == 20_007
    assert max(len(run) for piece in read for run in piece.split()) <= MAX_RUN
    assert reader("He said no.").text == "He said no." and read[-1] == "He said no."


def test_a_row_of_quote_marks_after_words_costs_no_square_time(engine: Engine) -> None:
    # the pattern of a reaction's `X said:` heading line tried every start of its name
    # over the marks the parser reads as spaces: 4.7 s of CPU for this text before, 0.3 now
    text = 'He said "' + '"' * 20_000 + '" and left.'
    engine.extract(text[:100])
    start = time.process_time()
    engine.extract(text)
    assert time.process_time() - start < 2


def test_quotes_nested_beyond_sixteen_deep_pair_and_are_not_recorded() -> None:
    text = "Then " + '"a ' * 40 + 'b" ' * 40 + "he said."
    [span] = find_quote_spans(text)
    # the outer quote ends at its own closing mark (it was closed by the sixteenth closer,
    # when marks deeper than sixteen were not opened); it records the quotes nested in it
    # sixteen levels down, so the work stays linear in the marks
    assert (span.open_start, span.close_end, len(span.nested)) == (5, 5 + 120 + 40 * 3 - 1, 15)


def test_a_quotation_over_many_pieces_is_read_once_to_mend_its_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the rows of a quotation over 40 pieces: each cut read the text again from the
    # quotation's paragraph to the next cut, 20 times the text in all
    text = 'Ada Lind said: "' + SPEECH * 400 + '" Jon Barrow left.'
    cuts = list(range(800, len(text) - 800, 800))
    bounds = [16, *cuts, text.index('"', 16)]
    rows = [Quote("direct", text[a:b], a, b, speaker="Ada Lind" if a == 16 else None)
            for a, b in itertools.pairwise(bounds)]
    read: list[int] = []
    spans = piece_joins.find_quote_spans
    monkeypatch.setattr(piece_joins, "find_quote_spans",
                        lambda stretch: (read.append(len(stretch)), spans(stretch))[1])
    [row] = piece_joins.joined_across_pieces(rows, text, cuts)
    assert (row.start, row.end, row.speaker) == (16, bounds[-1] - 1, "Ada Lind")  # no space
    assert len(cuts) == 39 and sum(read) <= len(text)


def test_a_long_document_is_read_in_pieces_with_the_same_quotes(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "max_piece", 4_000)
    text = news(11_000)
    bounds = engine.chunks(text)
    assert len(bounds) == 3 and all(end - start <= 4_000 for start, end in bounds)
    found = engine.extract(text)
    assert len(found) > 100
    lines = text.split("\n")
    whole = engine.extract(lines[0] + "\n" + lines[1])
    assert [(q.start, q.end, q.speaker) for q in found[: len(whole)]] == [
        (q.start, q.end, q.speaker) for q in whole
    ]


@pytest.mark.parametrize("joiner", [" ", "  "], ids=["one space", "two spaces"])
def test_a_paragraph_longer_than_a_piece_is_cut_at_a_sentence_end(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, joiner: str
) -> None:
    """A text of one endless line (a scraped page with its breaks lost) is cut after a
    sentence end outside a quotation, not at the last space before the limit, which fell
    between a quote and its cue (`"Pier 97 is shut," | said Ada Lind.`): each piece
    held half of the statement and its row was lost without a word."""
    monkeypatch.setattr(engine, "max_piece", 2_000)
    text = joiner.join(f'"Pier {i} is shut," said Ada Lind.' for i in range(200))
    cuts = engine.chunks(text)
    assert len(cuts) > 3
    assert all(text[start - 2 : start] == "." + joiner[-1] for start, _ in cuts[1:])
    rows = engine.extract(text)
    assert [q.text for q in rows] == [f"Pier {i} is shut," for i in range(200)]
    assert {q.speaker for q in rows} == {"Ada Lind"}


SPEECH = "The harbour fund will pay for the new sea wall and the dredging of the channel. "


@pytest.mark.parametrize(
    "text",
    [
        # one quotation in one paragraph, longer than a piece: cut at a space inside it
        'The mayor, Ada Lind, said: "' + (SPEECH * 40).strip() + '" Jon Barrow said: "It is '
        'a fantasy." He added that the council "never asked the fishermen".',
        # a speech of many paragraphs, each opening with a mark and only the last closing
        "\n\n".join(['The mayor, Ada Lind, said: "' + (SPEECH * 6).strip()]
                     + ['"' + (SPEECH * 6).strip() for _ in range(8)]) + '"\n\n'
        + 'Jon Barrow said the plan would fail. "Nobody believes it," he said.',
    ],
    ids=["one paragraph", "many paragraphs"],
)
def test_a_quotation_longer_than_a_piece_reads_as_if_parsed_whole(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    whole = [(q.start, q.end, q.speaker, q.method, q.type) for q in engine.extract(text)]
    assert whole[0][2] == "Ada Lind" and whole[-1][2] == "Jon Barrow"
    monkeypatch.setattr(engine, "max_piece", 2_000)
    assert len(engine.chunks(text)) > 1
    assert [(q.start, q.end, q.speaker, q.method, q.type) for q in engine.extract(text)] == whole
    [piped] = engine.pipe([text])
    assert [(q.start, q.end, q.speaker, q.method, q.type) for q in piped] == whole


def test_the_quotes_do_not_depend_on_how_much_text_the_parser_reads_at_once(
    engine: Engine,
) -> None:
    # Six made-up articles of 1,500-6,500 characters: one call for all, one call per
    # article, and the default budget (several articles a call).
    docs = [Document(f"d{k}", news(1_500 + 1_000 * k, seed=k)) for k in range(6)]

    def quotes_with(max_chars: int) -> list[list[tuple[int, int, str | None, str]]]:
        done = run_documents(engine, docs, on_error=print, max_chars=max_chars)
        return [[(q.start, q.end, q.speaker, q.method) for q in found] for _, found in done]

    default = quotes_with(MAX_BATCH_CHARS)
    assert all(default)
    assert quotes_with(10**9) == default == quotes_with(1)


# -- budgets: --max-doc-chars, --max-doc-seconds -----------------------------------------


def test_a_document_over_the_size_limit_is_reported_and_the_next_one_read(
    engine: Engine,
) -> None:
    docs = [Document("big", news(3_000)), Document("small", '"Hi," Ada Lind said.')]
    errors: list[DocumentError] = []
    done = list(run_documents(engine, docs, on_error=errors.append, limits=Limits(max_chars=1_000)))
    assert [d.id for d, _ in done] == ["small"]
    assert errors == [DocumentError("big", "3,000 characters, over the limit of 1,000 "
                                           "(--max-doc-chars)")]


def _read_from(
    path: Path, data: bytes, source: str, max_chars: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Document], list[ReadError]]:
    """The documents and errors of reading `data` written to `path` (`source` "file") or
    given on stdin (`source` "stdin"), with `--max-doc-chars` `max_chars`."""
    from quotes.readers import iter_documents

    path.write_bytes(data)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": io.BytesIO(data)}))
    errors: list[ReadError] = []
    docs = list(iter_documents([str(path) if source == "file" else "-"],
                               on_error=errors.append, max_chars=max_chars))
    return docs, errors


# a text whose bytes alone say it is over the limit (more than 4 N + 3: a byte-order mark
# and N characters of four bytes each) is refused as it is read, never decoded; one that
# may be within it is read whole and counted by the run as before
@pytest.mark.parametrize("source", ["file", "stdin"])
@pytest.mark.parametrize(("content", "refused"), [
    (b"a" * 4_004, "over 4,003 bytes, more characters than the limit of 1,000 "
                   "(--max-doc-chars)"),
    ("\ufeff" + "\U0001f600" * 1_000, None),  # 4,003 bytes, 1,000 characters
    (b"a" * 2_000, None),                       # over by its characters: the run's
], ids=["ascii-over-by-bytes", "bom-and-emoji-at-bound", "ascii-over-by-characters"])
def test_a_text_over_the_size_limit_by_its_bytes_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, content: bytes | str,
    refused: str | None,
) -> None:
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    docs, errors = _read_from(tmp_path / "big.txt", data, source, 1_000, monkeypatch)
    assert [e.reason for e in errors] == ([refused] if refused else [])
    assert len(docs) == (0 if refused else 1)


# rule field-over-max-chars: a CSV field over the limit is refused as the reader reaches
# the limit, where the whole field was built first (1.3 GB of memory for one of 200 MB),
# and the lines of a quoted field are passed over, the rows after it read at their lines
TABLE = (
    'id,text\n'
    'one,"""We won,"" Ada Lind said."\n'
    'two,"' + "The dock shut early. " * 30 + '\n\n' + 'Ships ""waited"" in the bay. ' * 30
    + '\nThe end."\n'
    ',"""We lost,"" Bo Dahl said."\n'
)


@pytest.mark.parametrize(("suffix", "rows", "refused"), [
    (".csv", ["one", "big.csv:7"], ["big.csv:3"]),
    (".tsv", ["one", "big.tsv:7"], ["big.tsv:3"]),
], ids=["csv", "tsv"])
def test_a_table_field_over_the_size_limit_is_refused_as_it_is_read(
    tmp_path: Path, suffix: str, rows: list[str], refused: list[str]
) -> None:
    from quotes.readers import iter_documents

    path = tmp_path / f"big{suffix}"
    path.write_text(TABLE.replace(",", "\t") if suffix == ".tsv" else TABLE, encoding="utf-8")
    errors: list[ReadError] = []
    docs = list(iter_documents([str(path)], on_error=errors.append, max_chars=200))
    assert [d.id.replace(str(tmp_path) + os.sep, "") for d in docs] == rows
    assert [(e.source.replace(str(tmp_path) + os.sep, ""), e.reason) for e in errors] == [
        (at, "a field of more than 200 characters, over the limit (--max-doc-chars); "
             "row skipped") for at in refused
    ]


def test_reading_a_table_leaves_the_csv_modules_field_limit_as_it_was(tmp_path: Path) -> None:
    # the limit is the process's: a program that reads tables with quotes and with the
    # csv module itself kept the limit of quotes' last table (a field of 256 MB taken)
    import csv

    from quotes.readers import iter_documents

    path = tmp_path / "news.csv"
    path.write_text(TABLE, encoding="utf-8")
    before = csv.field_size_limit()
    rows = iter_documents([str(path)], on_error=print, max_chars=200)
    first = next(rows)  # a reader stopped between two rows, as a consumer may leave it
    assert (first.id, csv.field_size_limit()) == ("one", before)
    assert len(list(rows)) == 1
    assert csv.field_size_limit() == before


# rule line-bytes-over-max-chars: a JSONL line longer than a record whose text is within
# the limit can be (12 bytes a character, 1 MiB for its other fields) is skipped unread,
# where it was read, decoded and parsed whole (485 MB at the peak for a 150 MB line)
@pytest.mark.parametrize(("source", "name"), [("file", "big.jsonl"), ("stdin", "<stdin>")])
def test_a_jsonl_line_over_the_size_limit_by_its_bytes_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, name: str
) -> None:
    lines = [json.dumps({"id": "a", "text": "Short."}),
             json.dumps({"id": "big", "text": "word " * 250_000}),  # 1,250,000 bytes
             json.dumps({"id": "c", "text": "\U0001f600" * 100})]  # 1,200 bytes: read
    data = "\n".join(lines).encode("utf-8") + b"\n"
    docs, errors = _read_from(tmp_path / "big.jsonl", data, source, 100, monkeypatch)
    assert [d.id for d in docs] == ["a", "c"]
    assert [(e.source.replace(str(tmp_path) + os.sep, ""), e.reason) for e in errors] == [
        (f"{name}:2", "skipped: line over 1,049,776 bytes, more than a record holds whose "
                      "text is within the limit of 100 characters (--max-doc-chars)")]


def test_a_long_jsonl_line_is_read_without_copies_of_its_bytes(tmp_path: Path) -> None:
    # its line end was cut from the bytes twice (cr_lines held one copy while the line
    # was read, read_jsonl made another): five times the text at the peak, now four
    # (the line, its text, the record's text, and one passing copy)
    import tracemalloc

    from quotes.readers import iter_documents

    size = 4_000_000
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": "a" * size}) + "\r\n", encoding="utf-8")
    tracemalloc.start()
    try:
        lengths = [len(d.text) for d in iter_documents([str(path)], on_error=print)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lengths == [size]
    assert peak < 4.5 * size


def _read_ids(engine: Engine, docs: list[Document], errors: list[DocumentError],
              limits: Limits) -> list[str]:
    return [d.id for d, _ in run_documents(engine, docs, on_error=errors.append, limits=limits)]


def _parsed_ids(engine: Engine, docs: list[Document], errors: list[DocumentError],
                limits: Limits) -> list[str]:
    parsed = parse_documents(engine, docs, on_error=errors.append, limits=limits)
    return [p.document.id for p in parsed if p.last]


def _spinning(
    attribute: Callable[..., list[Quote]], slow: Callable[[str], bool], seconds: float = 30
) -> Callable[..., list[Quote]]:
    """An engine's `attribute` that, on a text `slow` picks, works for `seconds` first, as
    a rule that takes minutes on one shape of text would (a budget that does not stop it
    lets the text through when the work ends, and the test fails)."""

    def spin(text: str, *args: object, **kwargs: object) -> list[Quote]:
        if slow(text):
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                pass
        return attribute(text, *args, **kwargs)

    return spin


# both loops, quotes alone and quotes with their parse, report a document the same way
@pytest.mark.parametrize("read", [_read_ids, _parsed_ids])
def test_a_document_over_its_time_budget_is_reported_and_the_next_one_read(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, read: Callable[..., list[str]]
) -> None:
    monkeypatch.setattr(engine, "max_piece", 2_000)
    # each piece of the long text takes 1.5 s: the budget runs out in its second piece
    monkeypatch.setattr(engine, "attribute",
                        _spinning(engine.attribute, lambda text: len(text) > 100, 1.5))
    docs = [Document("slow", news(10_000)), Document("quick", '"Hi," Ada Lind said.')]
    errors: list[DocumentError] = []
    limits = Limits(max_seconds=2.5)
    assert read(engine, docs, errors, limits) == ["quick"]
    [error] = errors
    assert error.doc_id == "slow"
    assert error.reason.startswith("over the time budget after ")
    assert error.reason.endswith("of 10,000 characters (2.5 s, --max-doc-seconds)")




def _in_a_thread(read: Callable[..., list[str]]) -> Callable[..., list[str]]:
    """`read` run in a thread of its own, as a Dask worker or a user's program runs it."""

    def threaded(*args: object) -> list[str]:
        out: list[list[str]] = []
        thread = threading.Thread(target=lambda: out.append(read(*args)))
        thread.start()
        thread.join()
        return out[0]

    return threaded


# a text of one piece is stopped where its rules are, not only between pieces, in the main
# thread or another
@pytest.mark.parametrize("threaded", [False, True])
@pytest.mark.parametrize("read", [_read_ids, _parsed_ids])
def test_a_one_piece_document_over_its_time_budget_is_stopped_inside_the_piece(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, read: Callable[..., list[str]],
    threaded: bool
) -> None:
    monkeypatch.setattr(engine, "attribute",
                        _spinning(engine.attribute, lambda text: "Slow" in text))
    docs = [Document("slow", '"Slow going," Ada Lind said.'),
            Document("quick", '"Hi," Ada Lind said.')]
    errors: list[DocumentError] = []
    read = _in_a_thread(read) if threaded else read
    assert read(engine, docs, errors, Limits(max_seconds=3)) == ["quick"]
    assert errors == [DocumentError("slow", "over the time budget after 0 of 28 characters "
                                            "(3 s, --max-doc-seconds)")]


@pytest.mark.parametrize("call", ["extract", "pipe"])
def test_the_library_stops_a_slow_text_in_a_thread_of_its_callers(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    """`Engine.extract(deadline=…)` and `Engine.pipe(max_seconds=…)` called from a thread
    (a Dask task, a web server's handler) raise the timeout inside the slow text."""
    monkeypatch.setattr(engine, "attribute",
                        _spinning(engine.attribute, lambda text: "Slow" in text))
    raised: list[BaseException] = []

    def work() -> None:
        try:
            if call == "extract":
                engine.extract('"Slow going," Ada Lind said.', deadline=time.monotonic() + 2)
            else:
                list(engine.pipe(['"Slow going," Ada Lind said.'], max_seconds=2))
        except DocumentTimeout as exc:
            raised.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert [str(exc).startswith("over the time budget") for exc in raised] == [True]


runner = CliRunner()


@pytest.mark.parametrize("command", ["extract", "speakers"])
def test_the_cli_reports_an_oversized_document_and_writes_the_rest(
    tmp_path: Path, command: str
) -> None:
    (tmp_path / "big.txt").write_text(news(5_000), encoding="utf-8")
    (tmp_path / "small.txt").write_text('"We sail at noon," Ada Lind said.\n', encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, [command, str(tmp_path / "big.txt"), str(tmp_path / "small.txt"),
                                 "-o", str(out), "--errors", str(errors), "--max-doc-chars",
                                 "4000", "-q"])
    assert result.exit_code == 1, result.output
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "Ada Lind" in json.dumps(row)
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["source"].endswith("big.txt")
    assert "over the limit of 4,000 (--max-doc-chars)" in error["reason"]


def test_speakers_reads_a_long_document_piece_by_piece(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "max_piece", 4_000)
    text = news(11_000)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "speakers.jsonl"
    result = runner.invoke(app, ["speakers", str(tmp_path / "long.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 document," in result.output
    rows = {r["speaker"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert rows["Ada Lind"]["documents"] == 1
    assert sum(r["quotes"] for r in rows.values()) == sum(
        1 for q in engine.extract(text) if q.speaker
    )


# -- a very long document under a memory limit -------------------------------------------

_UNDER_LIMIT = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from quotes.cli import app
app(sys.argv[2:], prog_name="quotes")
"""


#: Lines of harbour narration with no quote, cue word or colon: never parsed (selective
#: parsing), so a long document of them costs tokenising, not the parser's time.
QUIET = (
    "The tide rose over the harbour wall and the gulls circled the boats.",
    "Nets lay drying on the quay beside stacks of empty crates.",
    "By noon the mist had lifted from the grey water of the bay.",
)


def sparse_news(size: int, seed: int = 3) -> str:
    """`size` characters of wire copy in which one line in eight is :func:`news` (quotes,
    speakers, reported speech) and the others are :data:`QUIET`: the document's length
    with an eighth of the parsing, and quotes in every piece of it."""
    quoted = news(size // 4, seed=seed).split("\n")
    pick = random.Random(seed).choice
    lines: list[str] = []
    length = 0
    for line in quoted:
        for added in (line, *(pick(QUIET) for _ in range(7))):
            lines.append(added)
            length += len(added) + 1
        if length >= size:
            break
    return "\n".join(lines)[:size]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_a_two_megabyte_document_runs_under_two_gigabytes(tmp_path: Path) -> None:
    """One document of 2,000,000 characters goes through every stage, piece by piece,
    within 2 GiB of address space, with its quotes found from the first piece to the last.
    (An eighth of its lines are news to parse: all-news text took 32 s of CPU, most of
    it the parser on text no different from the rest; this one 13 s.)"""
    source = tmp_path / "long.txt"
    text = sparse_news(2_000_000)
    assert len(text) == 2_000_000
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _UNDER_LIMIT, str(2 * 1024**3), "extract", str(source),
         "-o", str(out), "--workers", "1", "-q"],
        capture_output=True, text=True, env=env, timeout=1_200, check=False,
    )
    assert done.returncode == 0, done.stderr[-2_000:]
    assert done.stderr == ""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 2_000
    assert rows[0]["quote_start"] < 1_000 and rows[-1]["quote_start"] > 1_990_000
    assert all(text[r["quote_start"]:r["quote_end"]] == r["quote"] for r in rows)


def _namesakes(count: int) -> list[SpeakerStats]:
    """`count` people of one given name and surname told apart by a middle name each
    (`Ana Bako Moss`, `Ana Bela Moss`, …), a name a full name of theirs could join."""
    letters = "bdfgklmnprstvz"
    middles = ("".join(letters[n // len(letters) ** k % len(letters)] + "aeiou"[k % 5]
                       for k in range(4)).capitalize() for n in range(count))
    return [SpeakerStats(f"Ana {middle} Moss") for middle in middles] + [
        SpeakerStats("Ana Moss")]


def test_namesakes_told_apart_by_their_other_names_cost_each_only_its_own() -> None:
    # each full name was checked against every person of its given name and surname found
    # before it: 19 times the time for four times the names (74 s for 8,000 speakers)
    small = counted_calls(lambda: merge_people(_namesakes(500)))[1]
    merged, large = counted_calls(lambda: merge_people(_namesakes(2_000)))
    assert len(merged) == 2_001
    assert large <= 5 * small, f"500 namesakes: {small:,} calls, 2,000: {large:,}"
