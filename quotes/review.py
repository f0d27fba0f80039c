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
from itertools import pairwise
from pathlib import Path
from typing import TextIO

from quotes import __version__
from quotes.records import Document, Quote

# The writers' sink gives the same atomic write (temp file renamed into place) as extract.
from quotes.writers import AtomicSink, check_target

#: Blank lines beyond one between paragraphs are shown as one (display only).
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

_CSS = """
:root { --direct: #cfe3ff; --indirect: #d4f2d4; --mixed: #eedcff; --speaker: #b34700;
        --cue: #c0143c; --ink: #1d1d1f; --muted: #6b6b70; --line: #dedee3; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: #f6f6f8; display: flex; flex-direction: column;
       min-height: 100vh; }
header.page { order: 0; padding: 10px 24px; background: #fff;
              border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
.bar { display: flex; gap: 6px 24px; align-items: baseline; flex-wrap: wrap; }
header.page h1 { font-size: 18px; margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 8px; }
.legend span { padding: 1px 6px; border-radius: 3px; font-size: 13px; white-space: nowrap; }
form.filters { display: flex; flex-wrap: wrap; gap: 6px 10px; margin-top: 8px;
               font-size: 13px; align-items: center; }
form.filters label { display: flex; gap: 4px; align-items: center; color: var(--muted); }
form.filters select, form.filters input { font: inherit; max-width: 11em; }
form.filters input[type=search] { width: 14em; }
form.filters input[type=number] { width: 4.5em; }
#shown { color: var(--muted); }
nav.index { order: 1; padding: 12px 24px 0; }
nav.index summary { cursor: pointer; font-weight: 600; }
nav.index ol { columns: 3 18em; margin: 6px 0 0; padding-left: 1.5em; font-size: 13px; }
nav.index li { overflow-wrap: anywhere; }
nav.index .count { color: var(--muted); }
main { order: 2; padding: 16px 24px; }
footer { order: 3; color: var(--muted); font-size: 13px; padding: 0 24px 24px; }
section.doc { background: #fff; border: 1px solid var(--line); border-radius: 6px;
              margin: 0 0 20px; padding: 12px 18px 16px; scroll-margin-top: 120px; }
section.doc h2 { font-size: 16px; margin: 0 0 2px; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; }
@media (max-width: 1000px) { .cols { grid-template-columns: minmax(0, 1fr); } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 75vh; overflow-y: auto;
        padding-right: 6px; }
.q { border-radius: 2px; }
.direct { background: var(--direct); }
.indirect { background: var(--indirect); }
.mixed { background: var(--mixed); }
.deep { box-shadow: inset 0 -3px 0 rgba(0, 0, 0, .25); }
.sp { color: var(--speaker); font-weight: 600; border-bottom: 2px solid var(--speaker); }
.cue { color: var(--cue); font-weight: 600; text-decoration: underline wavy var(--cue); }
.legend .sp, .legend .cue { background: #fff; }
a.n { font-size: 11px; vertical-align: super; color: var(--muted); text-decoration: none;
      margin: 0 1px; }
:target { outline: 2px solid #f5a623; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; align-self: start; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px;
         border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
th { color: var(--muted); font-weight: 600; position: sticky; top: 0; background: #fff; }
td.quote div { display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical;
               overflow: hidden; }
td.num, td.conf { white-space: nowrap; font-variant-numeric: tabular-nums; }
td .mention { color: var(--muted); display: block; }
td .class { color: var(--muted); display: block; font-size: 12px; }
td.method { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
td.speaker { min-width: 8em; }
.none { color: var(--muted); font-style: italic; }
@media (max-width: 640px) {
  header.page, nav.index, main, footer { padding-left: 10px; padding-right: 10px; }
  header.page { position: static; }
  section.doc { padding: 10px 12px 12px; }
  .text { max-height: none; }
  table, tbody, tr, td { display: block; }
  thead { display: none; }
  tr { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: 0 8px;
       padding: 6px 0; border-bottom: 1px solid var(--line); }
  td { border: 0; padding: 1px 0; overflow-wrap: anywhere; }
  td.speaker { min-width: 0; }
  td.quote { grid-column: 1 / -1; }
  td.method { grid-column: 1 / 3; }
}
"""


#: The filter bar's script: it shows the table rows that pass every filter, and the
#: documents (and index entries) with at least one such row; it orders each table's rows
#: as asked (text order, or by confidence: the least sure first to review them). Texts are read with
#: textContent and options made with `new Option`, so no text is ever parsed as HTML.
_SCRIPT = """
(() => {
  const form = document.getElementById("filters");
  const rows = [...document.querySelectorAll("tr[data-type]")];
  for (const [field, key] of [["speaker", "speaker"], ["cls", "cls"]]) {
    const values = [...new Set(rows.map((r) => r.dataset[key]).filter(Boolean))].sort();
    for (const value of values) form.elements[field].add(new Option(value, value));
  }
  const docs = [...document.querySelectorAll("section.doc")];
  const shown = document.getElementById("shown");
  const place = new Map(rows.map((row, i) => [row, i]));
  const conf = (row) => parseFloat(row.dataset.conf);
  const order = (how) => (a, b) => (how === "low" ? conf(a) - conf(b)
    : how === "high" ? conf(b) - conf(a) : 0) || place.get(a) - place.get(b);
  const apply = () => {
    const f = form.elements;
    for (const body of document.querySelectorAll("section.doc tbody")) {
      for (const row of [...body.rows].sort(order(f.sort.value))) body.appendChild(row);
    }
    const words = f.q.value.trim().toLowerCase();
    const least = parseFloat(f.conf.value) || 0;
    const active = Boolean(words || least || f.type.value || f.speaker.value || f.cls.value);
    let quotes = 0, documents = 0;
    for (const doc of docs) {
      const title = doc.querySelector("h2").textContent.toLowerCase();
      let left = 0;
      for (const row of doc.querySelectorAll("tr[data-type]")) {
        const d = row.dataset;
        const pass = (!f.type.value || d.type === f.type.value)
          && (!f.cls.value || d.cls === f.cls.value)
          && (!f.speaker.value || d.speaker === f.speaker.value)
          && parseFloat(d.conf) >= least
          && (!words || title.includes(words) || row.textContent.toLowerCase().includes(words));
        row.hidden = !pass;
        left += pass ? 1 : 0;
      }
      doc.hidden = active && left === 0;
      const entry = document.querySelector(`nav.index a[href="#${doc.id}"]`);
      if (entry) entry.parentElement.hidden = doc.hidden;
      quotes += left;
      documents += doc.hidden ? 0 : 1;
    }
    shown.textContent = active ? `${documents} documents, ${quotes} quotes shown` : "";
  };
  form.addEventListener("input", apply);
  form.addEventListener("reset", () => setTimeout(apply));
})();
"""

#: Nothing may be loaded: no network, no file; only the page's own style and script run.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"


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
    (ValueError): a page written into `quotes.csv` opens as garbage where CSV is opened."""
    check_target(path, force=force, inputs=list(inputs))
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"output {path}: review writes an HTML page; give a .html path "
                         "(for a table of the quotes: quotes extract -o FILE.csv)")


class ReviewWriter:
    """Writes the review page to ``path`` atomically, one document section at a time.

    Use as a context manager: the page is committed when the block ends cleanly and
    discarded (keeping any previous file) when it raises.
    """

    def __init__(self, path: Path, *, title: str = "Quote review") -> None:
        self.sink = AtomicSink(path)
        self.text: TextIO = io.TextIOWrapper(self.sink.stream, encoding="utf-8", newline="\n")
        self.documents = self.quotes = 0
        self.speakers: set[str] = set()
        self.index: list[tuple[str, int]] = []
        self.text.write(_head(title))

    def add(self, document: Document, quotes: list[Quote]) -> None:
        """Append one document's section: highlighted text beside its quote table."""
        self.documents += 1
        self.quotes += len(quotes)
        self.speakers.update(q.speaker for q in quotes if q.speaker)
        self.index.append((document.id, len(quotes)))
        self.text.write(render_document(document, quotes, self.documents))

    def __enter__(self) -> ReviewWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is not None:
            self.sink.discard()
            return
        self.text.write(
            f"</main>\n{_index(self.index)}\n<footer>{self.documents} documents, "
            f"{self.quotes} quotes, {len(self.speakers)} speakers · quotes "
            f"{html.escape(__version__)}</footer>\n<script>{_SCRIPT}</script>\n"
            "</body>\n</html>\n"
        )
        self.text.flush()
        self.text.detach()  # the sink owns the byte stream and commits it
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
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
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
