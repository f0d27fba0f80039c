"""Web pages read as documents: the article text of a page, one paragraph a line.

A step of :mod:`quotes.readers` for an ``.html`` input: trafilatura (an optional
dependency) drops the page's boilerplate and reads the fields a user keeps from its
head; a page ``quotes review`` wrote is no article and is skipped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Sequence
from typing import Any

from quotes.input_bytes import MIXED_UTF8, STRAY_AS_CP1252, decode
from quotes.inputs import ErrorCallback, ReadError
from quotes.json_input import decoded
from quotes.records import Document
from quotes.review_assets import GENERATOR

#: How a review page names its generator, and how far into a page it is looked for.
_REVIEW_PAGE = f'<meta name="generator" content="{GENERATOR}">'.encode()
_HEAD_BYTES = 4096

#: A charset a page's head declares: `<meta charset="…">` or the `Content-Type` of
#: `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)

#: The labels browsers read as windows-1252 (WHATWG Encoding), by Python's codec name.
_AS_CP1252 = {"ascii", "latin-1", "iso8859-1", "cp1252"}


def is_review_page(head: bytes) -> bool:
    """Whether a page's first bytes (`head`: 4 KiB at least) are those of a page `quotes
    review` wrote, which names itself in its head."""
    return _REVIEW_PAGE in head[:_HEAD_BYTES]


def read_html(
    data: bytes,
    source: str,
    root: str,
    keep_fields: Sequence[str],
    on_error: ErrorCallback,
    on_warning: ErrorCallback,
) -> Iterator[Document]:
    """The article text of a web page: boilerplate dropped, one paragraph a line, with the
    ``keep_fields`` its head gives. A page ``quotes review`` wrote is no article: read, it
    added every quote it shows again, as another document's (`quotes speakers news/` after
    `quotes review news/ -o news/review.html` counted each speaker twice); it is skipped
    with a warning."""
    if is_review_page(data):
        on_warning(ReadError(source, f"skipped: a page `{GENERATOR}` wrote, not an "
                                     "article (its quotes are those of its documents)"))
        return
    try:
        import trafilatura
    except ImportError:
        reason = "HTML input needs trafilatura: pip install trafilatura lxml_html_clean"
        on_error(ReadError(source, reason))
        return
    page = _page_text(data, source, on_warning)
    text = trafilatura.extract(page, include_comments=False, include_tables=False)
    if not text:
        on_warning(ReadError(source, "no article text found in the page"))
    if _too_deep(page):
        on_warning(ReadError(source, _TOO_DEEP))
    yield Document(root, text or "", _page_metadata(trafilatura, page, keep_fields))


#: Why a page's text may be cut (rule page-too-deep).
_TOO_DEEP = ("nested more than 255 elements deep (tags left open, as an old page's "
             "<font>): the HTML parser reads no deeper, so the text past that depth is lost")


def _too_deep(page: bytes | str) -> bool:
    """Whether the HTML parser stopped at its depth limit (libxml2's 256 levels, which
    trafilatura's parser keeps) in `page` (rule page-too-deep): an old page that opens a
    `<font>` before each paragraph and never closes it nests one level a paragraph, and
    every paragraph past the 253rd was dropped without a word. Lifting the limit
    (``huge_tree``) made trafilatura take a minute over 1,500 such paragraphs, so the
    page is read as before and said to be cut. One more parse, under a millisecond for
    a page of news."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(page, parser=parser)
    except Exception:  # a page lxml cannot parse at all (empty): trafilatura said so
        return False
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _page_text(data: bytes, source: str, on_warning: ErrorCallback) -> bytes | str:
    """The page as trafilatura should read it: UTF-8 bytes as they are; else the text in
    the charset its head declares (a Latin-1 or ASCII label read as cp1252, as browsers
    do), a page that declares UTF-8 with its stray bytes as cp1252 (rule
    stray-bytes-as-cp1252); else decoded as a text file is, with the same warning.
    trafilatura never reads the declaration: it guessed from the bytes and said nothing,
    so a UTF-8 page with one Latin-1 byte was read as ISO-8859-10 (`José` became
    `JosÃĐ`, `café` lost its accent) without a word."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data
    found = _CHARSET.search(data[:_HEAD_BYTES])
    try:
        codec = codecs.lookup(found[1].decode("ascii")).name if found else ""
    except LookupError:  # a charset Python does not know
        codec = ""
    if codec == "utf-8":  # the page says so: its stray bytes are the odd ones out
        on_warning(ReadError(source, f"not valid UTF-8; decoded as {MIXED_UTF8}"))
        return data.decode("utf-8-sig", STRAY_AS_CP1252)
    if codec in _AS_CP1252:  # as a browser reads it; the page said so: no warning
        return decode(data)[0]
    if codec and not codec.startswith("utf"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # not in the charset it declares either: read as a text file
    return decoded(data, source, on_warning)


def _page_metadata(
    trafilatura: Any, data: bytes | str, keep_fields: Sequence[str]
) -> dict[str, Any]:
    """The kept fields a web page gives, as trafilatura reads them from its head
    (``title``, ``author``, ``date``, ``url``, ``sitename``, ``description``)."""
    if not keep_fields:
        return {}
    found = trafilatura.extract_metadata(data)
    values = {f: getattr(found, f, None) for f in keep_fields} if found else {}
    return {f: v for f, v in values.items() if isinstance(v, str) and v}
