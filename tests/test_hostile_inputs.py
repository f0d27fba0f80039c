"""Hostile and odd inputs a user may give any door (the library, the component, the
command line): what each must give, one case per phenomenon (helper h41-4)."""

from __future__ import annotations

import bz2
import logging
import lzma
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes
from quotes.cli import app
from quotes.distributed import run_dask
from quotes.engine import Engine
from quotes.mark_pairing import MAX_UNCLOSED_CHARS
from quotes.marks import find_quote_spans
from tests.rows import Q, check

SENTENCE = "The ferry will sail on Monday and the port will stay open all week. "


@pytest.fixture(scope="module")
def engine() -> Engine:
    return quotes.get_engine()

# -- quote marks East Asian keyboards type -------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fullwidth straight mark, at both ends (it was no mark: no row, or an indirect
        # row holding both marks)
        ("＂The ferry will sail on Monday,＂ Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        ("Ana Ruiz said: ＂The ferry will sail on Monday.＂",
         [Q("direct", "The ferry will sail on Monday.", "Ana Ruiz", "Ana Ruiz", "said")]),
        # the double primes, closed by `〞` or by the low `〟` (an indirect row with the
        # opening mark in its content)
        ("〝The ferry will sail on Monday,〞 Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        ("〝The ferry will sail on Monday,〟 Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # a pull quote's ornaments
        ("❝The ferry will sail on Monday,❞ Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # the corner brackets, white and black
        ("「The ferry will sail on Monday,」 Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        ("『The ferry will sail on Monday,』 Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
    ],
    ids=["fullwidth", "fullwidth-colon", "double-prime", "low-double-prime", "ornaments",
         "corner", "white-corner"],
)
def test_east_asian_quote_marks_are_read(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote in Chinese, its sentence ended by `。`: both quotes were one mixed row of
        # the English quote's speaker
        ('"渡轮周一开," 王小明说。 "We will win," said Ana Ruiz.',
         [Q("direct", "We will win,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # the Chinese quote was Ana Ruiz's, borrowed from the next sentence
        ('"船明天开," 她说。 "The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # so after the fullwidth `！`
        ('"我们会赢！" 王小明说。 "We will win," said Li Wei.',
         [Q("direct", "We will win,", "Li Wei", "Li Wei", "said")]),
    ],
    ids=["full-stop", "full-stop-before-a-tag", "fullwidth-exclamation"],
)
def test_an_east_asian_sentence_end_ends_the_sentence(text: str, expected: list[Q]) -> None:
    """Rule east-asian-sentence-end (quotes/normalise.py)."""
    check(text, quotes.extract(text, scope="all"), expected)


# -- a combining mark glued before a quote mark ---------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stray accent of a botched conversion, after a space: the mark was read as glued
        # to a word, and the row held the accent and the opening mark (a mixed row)
        ('The harbour shut early. \u0301"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # in single marks the opening mark was an apostrophe, and no row at all
        ("The harbour shut early. \u0301'The ferry will sail on Monday,' Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # at a paragraph's start, two of them
        ('The harbour shut early.\n\u0308\u0301"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
    ],
    ids=["after-a-space", "single-marks", "paragraph-start"],
)
def test_a_combining_mark_glued_before_a_quote_mark_sits_on_what_is_under_it(
    text: str, expected: list[Q]
) -> None:
    """Rule combining-mark-base (quotes/mark_kinds.py, quotes/normalise.py); on a letter
    (decomposed text, `cafe\u0301"`) the accent is the letter's, as tests/test_marks.py
    checks."""
    check(text, quotes.extract(text), expected)


# -- a sign or symbol glued before an opening mark ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ellipsis for words left out at the quote's start: the mark closed nothing, and
        # the quote was lost
        ('The captain paused. …"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # an emoji of a post: a mixed row holding the emoji and the mark
        ('Big night on the quay. 🎉"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # a list's bullet
        ('The harbour board met.\n•"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # a character lost in decoding
        ('The harbour board met. \ufffd"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # Markdown's bold
        ('The harbour board met. **"The ferry will sail on Monday," Ana Ruiz said.**',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # an emoji in its colour form (U+FE0F after it): a mixed row of emoji and mark
        ('Big night on the quay. \u2764\ufe0f"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # an emoji with a skin tone: an indirect row holding emoji and mark
        ('Big night on the quay. 👍🏽"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # a keycap emoji, whose base is an ASCII sign: an indirect row holding the mark
        ('#\ufe0f\u20e3"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # a numbered keycap with no colour selector, in a list
        ('The harbour board met.\n2\u20e3"The ferry will sail on Monday," Ana Ruiz said.',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
    ],
    ids=["ellipsis", "emoji", "bullet", "replacement-character", "markdown-bold",
         "emoji-colour-form", "emoji-skin-tone", "keycap", "keycap-digit"],
)
def test_a_mark_glued_after_a_sign_that_ends_no_word_opens_a_quote(
    text: str, expected: list[Q]
) -> None:
    """Rule symbol-before-mark (quotes/mark_kinds.py, quotes/normalise.py)."""
    check(text, quotes.extract(text), expected)


# -- a web page's markup given as plain text -----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # tags glued to the words: `said.</p` and `p>"The` were one word each (no row)
        ('<p>"The ferry will sail on Monday," Ana Ruiz said.</p>',
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        ('<div class="story"><p>Ana Ruiz said the ferry would sail on Monday.</p></div>',
         [Q("indirect", "the ferry would sail on Monday", "Ana Ruiz", "Ana Ruiz", "said")]),
        # entities for the marks, named, decimal and hex (no mark at all)
        ("&quot;The ferry will sail on Monday,&quot; Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        ("&#8220;The ferry will sail on Monday,&#x201D; Ana Ruiz said.",
         [Q("direct", "The ferry will sail on Monday,", "Ana Ruiz", "Ana Ruiz", "said")]),
        # a line break's tag between two sentences, a space's entity inside the quote
        ("The port was shut.<br>Ana Ruiz said: &ldquo;The ferry will&nbsp;sail.&rdquo;",
         [Q("direct", "The ferry will&nbsp;sail.", "Ana Ruiz", "Ana Ruiz", "said")]),
    ],
    ids=["paragraph-tags", "div-and-attributes", "named-entities", "number-entities",
         "br-and-space"],
)
def test_markup_in_plain_text_is_read_as_a_page_shows_it(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text), expected)


# -- a quote mark that never closes ---------------------------------------------------------


def test_a_quote_left_unclosed_over_the_limit_is_an_orphan_mark() -> None:
    # under the limit, a quote its writer forgot to close runs to its paragraph's end
    short = '"' + SENTENCE * 10
    assert [(s.start, s.end, s.closed) for s in find_quote_spans(short)] == [
        (1, len(short) - 1, False)]
    # over it, its mark is a stray one: no quote of a whole paragraph
    long = '"' + SENTENCE * (MAX_UNCLOSED_CHARS // len(SENTENCE) + 1)
    assert find_quote_spans(long) == []
    # but a piece cut inside its paragraph keeps it open: it may close past the cut
    assert [s.end for s in find_quote_spans(long, cut=True)] == [len(long) - 1]


@pytest.mark.parametrize("piece", [None, 2_000], ids=["whole", "in pieces"])
def test_one_mark_before_a_long_paragraph_gives_no_quote_of_it_all(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, piece: int | None
) -> None:
    """`Ana Ruiz said: "` before a paragraph of 12,000 characters (a book on one line)
    gave one direct row of all of it, said by Ana Ruiz; read in pieces, the row was
    run on over every cut to the paragraph's end."""
    if piece is not None:
        monkeypatch.setattr(engine, "max_piece", piece)
    text = 'Ana Ruiz said: "' + SENTENCE * 180 + "\nJon Barrow said the port was shut."
    assert len(engine.chunks(text)) == (1 if piece is None else 7)
    rows = [(q.type, q.text, q.speaker) for q in engine.extract(text, scope="all")]
    assert all(len(words) < MAX_UNCLOSED_CHARS for _, words, _ in rows), rows
    assert rows[-1] == ("indirect", "the port was shut", "Jon Barrow")
    assert not any(kind == "direct" for kind, _, _ in rows), rows


# -- what other libraries print ------------------------------------------------------------


def test_the_local_dask_cluster_prints_no_log_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run on the local cluster stopped by SIGTERM or Ctrl-C printed dask's WARNING
    lines (`distributed.nanny - WARNING - Worker process still alive after 4.0 seconds,
    killing`, a cancelled task's coroutine) before its exit 143: the cluster is started
    with its logs silenced."""
    distributed = pytest.importorskip("distributed")
    started: dict[str, object] = {}

    class Started(Exception):
        pass

    def cluster(**options: object) -> None:
        started.update(options)
        raise Started

    monkeypatch.setattr(distributed, "LocalCluster", cluster)
    with pytest.raises(Started):
        list(run_dask([], model=None, batch_size=1, on_error=print))
    assert started["silence_logs"] >= logging.CRITICAL


# -- files other compressors made ----------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, made_by",
    [
        ("news.jsonl.bz2", bz2.compress(b'{"id": "a", "text": "Hi."}\n'), "bzip2"),
        ("news.txt.xz", lzma.compress(b'"We won," Ana Ruiz said.\n'), "xz"),
        ("news.txt.zst", b"\x28\xb5\x2f\xfd" + b"\x20\x05\x29\x00\x00Hello", "zstd"),
    ],
    ids=["bzip2", "xz", "zstd"],
)
def test_data_of_another_compressor_than_gzip_is_named_as_such(
    tmp_path: Path, name: str, data: bytes, made_by: str
) -> None:
    """Only gzip is read; the others' data was `skipped: binary file (NUL bytes)`, which
    sent the user looking for a broken file."""
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["extract", str(path), "-q"])
    assert result.exit_code == 1
    assert (
        f"error {path}: skipped: {made_by} data; decompress it first, or compress it with "
        "gzip (.gz), which is read"
    ) in result.output.splitlines()


# -- option values at their edges ----------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "speakers"])
def test_a_batch_size_past_any_index_is_a_usage_error(tmp_path: Path, command: str) -> None:
    """`--batch-size 99999999999999999999` passed the option's check and ended in a
    traceback (`Stop argument for islice() must be None or an integer`) after the model
    loaded: one line, exit 2, before any work."""
    path = tmp_path / "news.txt"
    path.write_text('"We won," Ana Ruiz said.\n', encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(path), "--batch-size",
                                      "99999999999999999999"])
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error quotes {command}: invalid value for '--batch-size': Input should be less "
        f"than or equal to 100000 (try 'quotes {command} --help')\n")
