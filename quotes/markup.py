"""HTML markup left in a text given as plain text, read as the words a browser shows, one
character for one.

A scraped page's paragraph pasted as text, or a JSONL field that kept its markup, holds
tags glued to the words (`<p>"We won," Ana Ruiz said.</p>`: the parser read `said.</p`
as one word, and `p>"We` too, so the quote had no speaker and gave no row) and
entities for its quote marks (`&quot;We won,&quot; Ana Ruiz said.`: no mark at all).
:func:`markup_as_shown` reads each tag of HTML's own elements as spaces and each entity
as the character it stands for, its other places filled as :func:`quotes.normalise.
read_as_meant` fills a mis-decoded character's (`&quot;We` reads `     "We`), so every
offset still indexes the text as given and a row's words are sliced from it (rule
markup-as-shown). A tag of another name (`<tweet/>`, `<Ana Ruiz>`) is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.entities import html5

#: The elements of HTML whose tags a text scraped from a page may keep: text and block
#: elements, links and the document's frame.
_ELEMENTS = (
    "a abbr address article aside b big blockquote body br caption center cite code dd "
    "del dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 head header hr "
    "html i img ins kbd label li main mark nav ol p pre q s samp section small span "
    "strike strong sub sup table tbody td tfoot th thead time tr tt u ul var wbr"
)
#: The longest comment read as markup: each `<!--` is looked at this far for its `-->`,
#: so a text of many that never close (`<!-- ` 20,000 times: 14 s when each was looked
#: at to the text's end) costs its length.
_MAX_COMMENT = 1_000
#: A start, end or empty tag of one of :data:`_ELEMENTS`, attributes included:
#: `<p>`, `</p>`, `<br/>`, `<a href="https://example.org/x">`; or a comment.
_TAG = re.compile(
    rf"<!--.{{0,{_MAX_COMMENT}}}?-->|</?(?:" + "|".join(_ELEMENTS.split())
    + r")(?:\s[^<>]*)?/?>",
    re.IGNORECASE | re.DOTALL,
)
#: A character reference: named (`&quot;`, `&nbsp;`), decimal (`&#8220;`) or hex
#: (`&#x201C;`), with its closing semicolon.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Quote marks an entity may stand for: spaces fill its other places on the side away
#: from the words it opens or closes.
_MARKS = frozenset("\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a")
#: Fills a letter entity's other places for the parser (see
#: :data:`quotes.normalise._JOINER`): it shows nothing and keeps the word one token.
_JOINER = "\u034f"


def markup_as_shown(text: str, for_parser: bool = False) -> str:
    """`text` with its HTML tags as spaces and its character references as the characters
    they stand for, same length (see the module docstring); `text` itself when it holds
    neither."""
    if "<" in text:
        text = _TAG.sub(lambda tag: " " * len(tag[0]), text)
    if "&" in text:
        text = _ENTITY.sub(lambda entity: _character(entity, for_parser), text)
    return text


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The `(start, end)` spans of the tags and references :func:`markup_as_shown` reads
    otherwise than as written, in text order (the spaCy component keeps each inside one
    word, :mod:`quotes.component`)."""
    spans = [tag.span() for tag in _TAG.finditer(text)] if "<" in text else []
    if "&" in text:
        spans.extend(entity.span() for entity in _ENTITY.finditer(text)
                     if _referenced(entity[0][1:]) is not None)
    return sorted(spans)


def references_in_words(text: str) -> Iterator[tuple[int, int, str]]:
    """The `(start, end, character)` of each reference in `text` that stands for a letter
    inside a word, beside a letter or digit (`Ren&eacute;e`, `Jos&eacute;`), or for a
    space between two words (`Ana&nbsp;Ruiz`): the engine reads the text with the
    character in its place (:class:`quotes.hidden_chars.Visible`), as the parser read a
    word of its letter and seven fillers as no name (`Ren&eacute;e Holt said …` gave the
    speaker `Holt`), and a space and five fillers as a word between two (`Ana&nbsp;Ruiz
    said …` gave `Ruiz`)."""
    if "&" not in text:
        return
    for entity in _ENTITY.finditer(text):
        char = _referenced(entity[0][1:])
        if char is None or not (char.isalpha() or char.isspace()):
            continue
        start, end = entity.span()
        before, after = text[start - 1 : start].isalnum(), text[end : end + 1].isalnum()
        if (before or after) if char.isalpha() else (before and after):
            yield start, end, char


def _character(entity: re.Match[str], for_parser: bool) -> str:
    """The character one reference stands for, with its fillers, or the reference as
    written when it stands for no one character."""
    found = entity[0]
    char = _referenced(found[1:])
    if char is None:
        return found
    fill = len(found) - 1
    text, start, end = entity.string, entity.start(), entity.end()
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if char in _MARKS:
        if before.isalnum() and after.isalnum():  # `don&rsquo;t`: an apostrophe
            return char + _JOINER * fill if for_parser else before * (fill + 1)
        if after.isalnum() and not before.isalnum():  # an opening mark
            return " " * fill + char
        return char + " " * fill
    if char.isalpha() and (before.isalnum() or after.isalnum()):  # `Jos&eacute;`
        return char + (_JOINER if for_parser else char) * fill
    return char + " " * fill


def _referenced(name: str) -> str | None:
    """The one character a reference's name (`quot;`, `#8220;`, `#x201C;`) stands for."""
    if name.startswith("#"):
        digits = name[1:-1]
        code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
        if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return None
        return chr(code)
    char = html5.get(name)
    return char if char is not None and len(char) == 1 else None
