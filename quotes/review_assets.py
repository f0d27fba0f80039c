"""The review page's own style, script and content security policy (:mod:`quotes.review`).

Kept apart from the page's content so that :mod:`quotes.review` reads as what the page
shows; the CSS and the filter bar's script are inlined into every page, which loads
nothing else.
"""

from __future__ import annotations

#: The page's style: the colours of the marks, the filter bar, the tables (cards on a
#: narrow screen).
CSS = """
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
SCRIPT = """
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
POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

#: The page's generator, in its head (`<meta name="generator" content="quotes review">`):
#: an input folder holding a review page reads it as no article, since its text repeats
#: the quotes of the documents it shows (:mod:`quotes.readers`).
GENERATOR = "quotes review"
