"""The review page's highlighting: overlapping marks, escaping, links between text and table."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotes.records import Document, Quote
from quotes.review import ReviewWriter, highlight, render_document

TEXT = 'Mayor Ann Lee said that "the pier" will close.'
#: An indirect quote holding a direct fragment, with its speaker and cue.
QUOTES = [
    Quote("indirect", 'the pier" will close', 25, 45, speaker="Ann Lee",
          speaker_mention="Ann Lee", speaker_start=6, speaker_end=13, cue="said",
          cue_start=14, cue_end=18, method="reported:subject", confidence=0.9),
    Quote("direct", "the pier", 25, 33, speaker="Ann Lee", speaker_mention="Ann Lee",
          speaker_start=6, speaker_end=13, cue="said", cue_start=14, cue_end=18,
          method="dep:subject", confidence=0.9),
]


def plain(html_text: str) -> str:
    """The visible text of highlighted HTML (tags and quote numbers removed)."""
    return re.sub(r"<[^>]+>", "", re.sub(r'<a class="n"[^>]*>\d+</a>', "", html_text))


def test_highlight_keeps_the_text_and_marks_each_kind() -> None:
    out = highlight(TEXT, QUOTES)
    assert plain(out) == TEXT.replace('"', "&quot;")
    assert '<span class="sp">Ann Lee</span>' in out
    assert '<span class="cue">said</span>' in out
    # the fragment is inside both quotes: shown as the innermost (direct), darker
    assert re.search(r'<span class="deep direct q" title="#1 indirect[^"]*; #2 direct[^"]*">'
                     r"the pier</span>", out)
    assert '<span class="indirect q"' in out


def test_each_quote_number_links_to_its_table_row_and_back() -> None:
    section = render_document(Document("a", TEXT), QUOTES, 3)
    for number in (1, 2):
        assert f'id="d3-q{number}" href="#d3-r{number}"' in section
        assert re.search(rf'<tr id="d3-r{number}"[^>]*><td class="num"><a href="#d3-q{number}">',
                         section)


@pytest.mark.parametrize("text", ["<b>bold</b> & co", "x < y > z", "it's \"fine\""])
def test_all_text_is_escaped(text: str) -> None:
    quote = Quote("direct", text, 0, len(text), speaker="<i>x</i>", speaker_mention="<i>x</i>",
                  method="colon")
    section = render_document(Document("<id>", text), [quote], 1)
    assert "<b>" not in section and "<i>" not in section and "<id>" not in section


def test_blank_line_runs_are_shown_as_one() -> None:
    assert highlight("One.\n\n\n\n\nTwo.", []) == "One.\n\nTwo."


def test_writer_commits_a_whole_page_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    with ReviewWriter(out, title="T") as page:
        page.add(Document("a", TEXT), QUOTES)
        page.add(Document("b", "No quotes."), [])
    text = out.read_text("utf-8")
    assert "2 documents, 2 quotes, 1 speaker" in text and "No quotes found." in text
    with pytest.raises(RuntimeError), ReviewWriter(out) as page:
        page.add(Document("c", "x"), [])
        raise RuntimeError("stop")
    assert out.read_text("utf-8") == text
    assert [p.name for p in tmp_path.iterdir()] == ["review.html"]


#: Text that would be markup, script or an attribute break if inserted unescaped.
HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>\'&'


class _Tags(HTMLParser):
    """Every tag and attribute name of a page, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        self.scripts += tag == "script"


def test_every_inserted_text_is_escaped(tmp_path: Path) -> None:
    text = f"{HOSTILE} said {HOSTILE}."
    quote = Quote("direct", HOSTILE, 0, len(HOSTILE), speaker=HOSTILE, speaker_mention=HOSTILE,
                  speaker_start=0, speaker_end=5, cue=HOSTILE, cue_start=len(HOSTILE) + 1,
                  cue_end=len(HOSTILE) + 5, method=HOSTILE, confidence=0.5, cue_class=HOSTILE)
    out = tmp_path / "review.html"
    with ReviewWriter(out, title=HOSTILE) as page:
        page.add(Document(HOSTILE, text), [quote])
    html_text = out.read_text("utf-8")
    parser = _Tags()
    parser.feed(html_text)
    assert "img" not in parser.tags and parser.scripts == 1  # the page's own script only
    assert not any(name.startswith("on") for name in parser.attributes)
    assert HOSTILE not in html_text
    escaped = html.escape(HOSTILE, quote=True)
    assert f'data-speaker="{escaped}"' in html_text and f'data-cls="{escaped}"' in html_text
    assert f"<h2>{escaped}</h2>" in html_text  # the document id, and in the index:
    assert f'<a href="#d1">{escaped}</a>' in html_text


def test_the_page_has_an_index_filters_and_loads_nothing(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    with ReviewWriter(out) as page:
        page.add(Document("a", TEXT), QUOTES)
        page.add(Document("b", "No quotes."), [])
    html_text = out.read_text("utf-8")
    assert '<li><a href="#d1">a</a> <span class="count">(2)</span></li>' in html_text
    assert '<li><a href="#d2">b</a> <span class="count">(0)</span></li>' in html_text
    for name in ("type", "cls", "speaker", "conf", "sort", "q"):
        assert f'name="{name}"' in html_text
    assert 'data-type="indirect" data-cls="" data-speaker="Ann Lee" data-conf="0.900"' in html_text
    assert '<option value="low">confidence, lowest first</option>' in html_text
    assert "default-src 'none'" in html_text
    assert "innerHTML" not in html_text and "http" not in html_text.replace("http-equiv", "")


def test_a_control_character_in_a_document_is_never_written_into_the_page(
    tmp_path: Path,
) -> None:
    """A NUL (in a name, an id, the text) went into the review page as it was: a
    character HTML may not hold, which a browser shows as U+FFFD or drops. Each is
    written as U+FFFD, one for one; tabs and line breaks stay."""
    text = 'Mayor Ann\x00Lee said that "the pier" will\x1b close.\tYes.'
    quote = Quote("direct", "the pier", 27, 35, speaker="Ann Lee", speaker_mention="Ann\x00Lee",
                  speaker_start=6, speaker_end=13, cue="said", cue_start=14, cue_end=18,
                  method="dep:subject", confidence=0.9)
    out = tmp_path / "review.html"
    with ReviewWriter(out, title="Review\x00") as page:
        page.add(Document("d\x00\x7f1", text), [quote])
    page_text = out.read_text("utf-8")
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f]", page_text)
    assert "<h2>d\ufffd\ufffd1</h2>" in page_text
    assert "Ann\ufffdLee" in plain(page_text) and "will\ufffd close.\tYes." in plain(page_text)
