"""Web pages read as documents: the article text of a page, one paragraph a line.

A step of :mod:`quotes.readers` for an ``.html`` input: trafilatura (an optional
dependency) drops the page's boilerplate and reads the fields a user keeps from its
head; a page ``quotes review`` wrote is no article and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from quotes.inputs import ErrorCallback, ReadError
from quotes.records import Document
from quotes.review_assets import GENERATOR

#: How a review page names its generator, and how far into a page it is looked for.
_REVIEW_PAGE = f'<meta name="generator" content="{GENERATOR}">'.encode()
_HEAD_BYTES = 4096


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
    if _REVIEW_PAGE in data[:_HEAD_BYTES]:
        on_warning(ReadError(source, f"skipped: a page `{GENERATOR}` wrote, not an "
                                     "article (its quotes are those of its documents)"))
        return
    try:
        import trafilatura
    except ImportError:
        reason = "HTML input needs trafilatura: pip install trafilatura lxml_html_clean"
        on_error(ReadError(source, reason))
        return
    # Bytes, not text: trafilatura honours the page's own <meta charset>.
    text = trafilatura.extract(data, include_comments=False, include_tables=False)
    if not text:
        on_warning(ReadError(source, "no article text found in the page"))
    yield Document(root, text or "", _page_metadata(trafilatura, data, keep_fields))


def _page_metadata(trafilatura: Any, data: bytes, keep_fields: Sequence[str]) -> dict[str, Any]:
    """The kept fields a web page gives, as trafilatura reads them from its head
    (``title``, ``author``, ``date``, ``url``, ``sitename``, ``description``)."""
    if not keep_fields:
        return {}
    found = trafilatura.extract_metadata(data)
    values = {f: getattr(found, f, None) for f in keep_fields} if found else {}
    return {f: v for f, v in values.items() if isinstance(v, str) and v}
