"""A review page: every article with its quotes, speakers and cues highlighted.

Extraction errors are easiest to see in context, so the page shows each document's text
with the quoted content, the speaker mentions and the cue words marked in different
colours, next to a table of its quotes (speaker, type, quote, method, confidence).
An index of the documents and a filter bar (type, cue class, speaker, minimum confidence,
a search box) help find one's way in a corpus; a small inline script does the filtering
and builds its lists from the rows, reading them as text, never as HTML. The page is one
self-contained HTML file (inline CSS and script; its content security policy forbids
loading anything), so it can be mailed or archived; every text inserted is escaped. It
reads on a phone (390 px) without sideways scrolling: the tables become one card per
quote. Sections are written as the documents come; only the index (an id and a count
per document) is kept until the end.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from gzip import GzipFile
from itertools import pairwise
from pathlib import Path
from typing import TextIO

from quotes import __version__
from quotes.gzip_names import gzipped, named_suffix
from quotes.outputs import PAGE_NAMES, PAGES, check_not_a_document, is_device
from quotes.records import Document, Quote, counted
from quotes.review_assets import CSS, GENERATOR, POLICY, SCRIPT

# The writers' sink gives the same atomic write (temp file renamed into place) as extract.
from quotes.writers import AtomicSink, check_target

#: Blank lines beyond one between paragraphs are shown as one (display only).
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
#: The characters an HTML page may not hold (its parser reports each as an error, and
#: shows a NUL as U+FFFD or drops it): the C0 controls but tab, line feed, form feed and
#: carriage return, DEL, and the noncharacters U+FFFE, U+FFFF. A document, id or speaker
#: mention holding one (a NUL in a name) put it in the page as it was.
_NOT_IN_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


def _html_safe(page: str) -> str:
    """Part of the page with each character HTML may not hold as U+FFFD, one for one."""
    return _NOT_IN_HTML.sub("\ufffd", page)



@dataclass(frozen=True, slots=True)
class _Mark:
    """One highlighted stretch of text: a quote (with its number), a speaker or a cue."""

    start: int
    end: int
    kind: str
    number: int = 0


def check_output(path: Path, *, force: bool = False, inputs: Iterable[Path] = ()) -> None:
    """Refuse, before the run, an output that exists (without ``force``), is an input or a
    folder, with the writers' OutputError, and one not named ``.html`` or ``.htm``
    (ValueError): a page written into `quotes.csv` opens as garbage where CSV is opened.
    `page.html.gz` is the page gzipped, as every output of the tool may be (a web server
    sends it as it is, `Content-Encoding: gzip`). A character device (`-o /dev/null`, a
    timing run) takes the page whatever its name (:func:`~quotes.outputs.is_device`)."""
    check_target(path, force=force, inputs=list(inputs))
    if named_suffix(path) not in PAGES and not is_device(path):
        raise ValueError(f"output {path}: review writes an HTML page; give a .html path "
                         "(for a table of the quotes: quotes extract -o FILE.csv)")
    if not is_device(path):  # an article of an input folder is no earlier review page
        check_not_a_document(path, inputs=list(inputs), what="output",
                             suffixes=PAGE_NAMES)


class ReviewWriter:
    """Writes the review page to ``path`` atomically, one document section at a time.

    Use as a context manager: the page is committed when the block ends cleanly and
    discarded (keeping any previous file) when it raises.
    """

    def __init__(self, path: Path, *, title: str = "Quote review") -> None:
        self.sink = AtomicSink(path)
        # `page.html.gz`: no name nor time in the gzip header, so reruns are byte-identical
        self.zipped = (GzipFile(filename="", mode="wb", fileobj=self.sink.stream, mtime=0)
                       if gzipped(path) else None)
        self.text: TextIO = io.TextIOWrapper(self.zipped or self.sink.stream, encoding="utf-8",
                                             newline="\n")
        self.documents = self.quotes = 0
        self.speakers: set[str] = set()
        self.index: list[tuple[str, int]] = []
        self._write(_head(title))

    def add(self, document: Document, quotes: list[Quote]) -> None:
        """Append one document's section: highlighted text beside its quote table."""
        self.documents += 1
        self.quotes += len(quotes)
        self.speakers.update(q.speaker for q in quotes if q.speaker)
        self.index.append((document.id, len(quotes)))
        self._write(render_document(document, quotes, self.documents))

    def _write(self, page: str, *, last: bool = False) -> None:
        """Write a part of the page (flushed when it is the `last`); a full disk is the
        sink's one-line fault (the temp file removed), where it reached the command line
        as a traceback."""
        try:
            self.text.write(_html_safe(page))
            if last:
                self.text.flush()
        except OSError as exc:
            raise self.sink.fault(exc) from exc

    def __enter__(self) -> ReviewWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is not None:
            self.sink.discard()
            return
        self._write(
            f"</main>\n{_index(self.index)}\n<footer>{counted(self.documents, 'document')}, "
            f"{counted(self.quotes, 'quote')}, {counted(len(self.speakers), 'speaker')} · quotes "
            f"{html.escape(__version__)}</footer>\n<script>{SCRIPT}</script>\n"
            "</body>\n</html>\n",
            last=True,
        )
        self.text.detach()  # the sink owns the byte stream and commits it
        if self.zipped is not None:
            try:  # writes gzip's end; the sink's stream stays open
                self.zipped.close()
            except OSError as exc:
                raise self.sink.fault(exc) from exc
        self.sink.commit()


def _head(title: str) -> str:
    """The page's head, title bar and colour legend."""
    legend = (
        '<span class="direct">direct quote</span><span class="indirect">indirect quote</span>'
        '<span class="mixed">mixed quote</span><span class="sp">speaker</span>'
        '<span class="cue">cue</span>'
    )
    types = "".join(f'<option value="{t}">{t}</option>' for t in ("direct", "indirect", "mixed"))
    filters = (
        '<form class="filters" id="filters" role="search">'
        f'<label>type <select name="type"><option value="">all</option>{types}</select></label>'
        '<label>class <select name="cls"><option value="">all</option></select></label>'
        '<label>speaker <select name="speaker"><option value="">all</option></select></label>'
        '<label>confidence ≥ <input type="number" name="conf" min="0" max="1" step="0.05" '
        'value="0"></label>'
        '<label>order <select name="sort"><option value="text">text order</option>'
        '<option value="low">confidence, lowest first</option>'
        '<option value="high">confidence, highest first</option></select></label>'
        '<input type="search" name="q" placeholder="search quotes, speakers, ids" '
        'aria-label="search">'
        '<button type="reset">clear</button><span id="shown"></span></form>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{GENERATOR}">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header class="page"><div class="bar"><h1>{html.escape(title)}</h1>'
        f'<div class="legend">{legend}</div></div>{filters}</header>\n<main>\n'
    )


def _index(entries: list[tuple[str, int]]) -> str:
    """The index of the documents (shown above them; written last, when all are known)."""
    items = "".join(
        f'<li><a href="#d{number}">{html.escape(doc_id)}</a> '
        f'<span class="count">({count})</span></li>'
        for number, (doc_id, count) in enumerate(entries, 1)
    )
    return (f'<nav class="index"><details{" open" if len(entries) <= 20 else ""}>'
            f"<summary>Index: {len(entries)} documents</summary><ol>{items}</ol></details></nav>")


def render_document(document: Document, quotes: list[Quote], index: int) -> str:
    """One document's ``<section>``: its highlighted text and its table of quotes.

    ``index`` (from 1) makes the anchors unique in the page: the number before each quote
    in the text links to its table row, and the row's number links back to the quote.
    """
    anchor = f"d{index}"
    speakers = sorted({q.speaker for q in quotes if q.speaker})
    meta = f"{len(quotes)} quotes" + (
        f" · {html.escape(', '.join(speakers))}" if speakers else ""
    )
    return (
        f'<section class="doc" id="{anchor}">\n<h2>{html.escape(document.id)}</h2>\n'
        f'<p class="meta">{meta}</p>\n<div class="cols">\n'
        f'<div class="text">{highlight(document.text, quotes, anchor)}</div>\n'
        f"{_table(quotes, anchor)}\n</div>\n</section>\n"
    )


def highlight(text: str, quotes: list[Quote], anchor: str = "d1") -> str:
    """The text as escaped HTML with quotes, speaker mentions and cues in ``<span>``s.

    Marks may overlap (a reported clause holding a speaker, one quote inside another), so
    the text is cut at every mark boundary and each piece gets the classes of all marks
    covering it; a piece inside two quotes is shown darker (``deep``).
    """
    marks: list[_Mark] = []
    for number, q in enumerate(quotes, 1):
        marks.append(_Mark(q.start, q.end, q.type, number))
        if q.speaker_start is not None and q.speaker_end is not None:
            marks.append(_Mark(q.speaker_start, q.speaker_end, "sp"))
        if q.cue_start is not None and q.cue_end is not None:
            marks.append(_Mark(q.cue_start, q.cue_end, "cue"))
    marks = sorted(set(marks), key=lambda m: (m.start, -m.end))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for start, end in pairwise(cuts):
        out.extend(
            f'<a class="n" id="{anchor}-q{m.number}" href="#{anchor}-r{m.number}">'
            f"{m.number}</a>"
            for m in marks
            if m.number and m.start == start
        )
        piece = _display(text[start:end])
        covering = [m for m in marks if m.start <= start and end <= m.end and m.end > m.start]
        if not covering:
            out.append(piece)
            continue
        in_quotes = [m for m in covering if m.number]
        classes = {m.kind for m in covering if not m.number}
        if in_quotes:
            innermost = min(in_quotes, key=lambda m: m.end - m.start)
            classes |= {"q", innermost.kind} | ({"deep"} if len(in_quotes) > 1 else set())
        title = "; ".join(_describe(quotes[m.number - 1], m.number) for m in in_quotes)
        title_attr = f' title="{html.escape(title)}"' if title else ""
        out.append(f'<span class="{" ".join(sorted(classes))}"{title_attr}>{piece}</span>')
    return "".join(out)


def _display(piece: str) -> str:
    """Escaped text with long runs of blank lines shown as one blank line."""
    return html.escape(_BLANK_RUNS.sub("\n\n", piece.replace("\r\n", "\n")))


def _breakable(method: str) -> str:
    """A method name (`reported:subject`) escaped, with line breaks allowed after `:`."""
    return html.escape(method).replace(":", ":<wbr>")


def _describe(quote: Quote, number: int) -> str:
    """A tooltip for a quote: number, type, speaker, method and confidence."""
    return (f"#{number} {quote.type} · {quote.speaker or 'unknown speaker'} · {quote.method} · "
            f"{quote.confidence:.2f}")


def _table(quotes: list[Quote], anchor: str) -> str:
    """The quotes of one document as a table, one row per quote, rows link to the text."""
    if not quotes:
        return '<p class="none">No quotes found.</p>'
    rows = []
    for number, q in enumerate(quotes, 1):
        mention = q.speaker_mention or ""
        speaker = html.escape(q.speaker or "?")
        if mention and mention != q.speaker:
            speaker += f'<span class="mention">“{html.escape(mention)}”</span>'
        cue_class = f'<span class="class">{html.escape(q.cue_class)}</span>' if q.cue_class else ""
        data = _attributes(type=q.type, cls=q.cue_class or "", speaker=q.speaker or "",
                           conf=f"{q.confidence:.3f}")
        rows.append(
            f'<tr id="{anchor}-r{number}"{data}><td class="num"><a href="#{anchor}-q{number}">'
            f'{number}</a></td><td class="speaker">{speaker}</td>'
            f'<td><span class="q {html.escape(q.type)}">{html.escape(q.type)}</span>'
            f"{cue_class}</td>"
            f'<td class="quote"><div title="{html.escape(q.text)}">{html.escape(q.text)}</div>'
            f'</td><td class="method">{_breakable(q.method)}</td>'
            f'<td class="conf">{q.confidence:.2f}</td></tr>'
        )
    return (
        "<table><thead><tr><th>#</th><th>speaker</th><th>type</th><th>quote</th>"
        "<th>method</th><th>conf.</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _attributes(**values: str) -> str:
    """``data-*`` attributes for the filter script, every value escaped for an attribute."""
    return "".join(f' data-{name}="{html.escape(value, quote=True)}"'
                   for name, value in values.items())
