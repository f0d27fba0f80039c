"""The words of the first person (`I`, `my`, `we`, `our`; first-person-words.txt), which
many rules ask about a paragraph, a line or a subject to tell someone's own voice from
the writer's: read once here, so that every rule reads the same set under one name.

This module loads no spaCy (as :mod:`quotes.articles`): a page's shape is read by some
of its users before any model is needed.
"""

from __future__ import annotations

from quotes.language import word_list

__all__ = ["FIRST_PERSON"]

#: Words of the first person: a paragraph holding one outside quotation marks speaks in
#: its speaker's own voice (`I started at fifteen`), a line after a turn holding one is
#: its words, a quote left open holding one speaks on.
FIRST_PERSON = word_list("first-person-words")
