"""Quoted titles of works and shows: `"Mercy Street,"` is a name, not a quotation."""

from __future__ import annotations

import re

from quotes.language import word_list

#: Short words a title leaves in lower case (`Girls of the Golden West`).
_TITLE_SMALL_WORDS = word_list("title-small-words")
#: First words (before any apostrophe: `We're`, `I'm`) that open speech, not a title.
_SPEECH_OPENERS = word_list("speech-openers")
#: Longest title (in words) told apart from a quotation by its capitals alone.
_TITLE_WORDS = 6



def is_title(content: str) -> bool:
    """A short quoted name of a work or show, every word capitalised: `"Mercy Street,"`,
    `''60 Minutes.''` — not a quotation (a shouted `"USA! USA!"` still is)."""
    words = re.findall(r"[^\W_][\w'’-]*", content)
    return (
        0 < len(words) <= _TITLE_WORDS
        and not any(c in content for c in "!?")
        and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
        and not (len(words) == 1 and content.rstrip().endswith("."))
        and re.split("['’]", words[0])[0] not in _SPEECH_OPENERS
    )
