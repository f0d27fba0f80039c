"""The writer's translation of a quotation, given right after it as a quotation of its
own: after a dash (`It reads "Paid â'n cau ni" — "Don't close us".`) or in brackets
after the cue (`"Tá na páistí ina seasamh," he said ("The children are standing").`).
The quotation in its own language is the statement, or none (a drawing's words, a
crowd's cry); its translation is the writer's gloss, no row of its own, as the guideline
says of a translation in brackets right after the quote
(:func:`quotes.not_said.translated_in_brackets`). A rule of the default scope
(:func:`quotes.scope.dropped_by`); `--scope all` keeps the row.

This module loads no spaCy: it reads the text's characters only.
"""

from __future__ import annotations

from quotes.normalise import QUOTE_MARKS as MARKS

#: Dashes that set a translation off after the quotation (` — `, ` – `, ` - `, ` -- `).
_DASHES = ("—", "–", "-", "--")
#: What may follow a translation set off by a dash: the sentence's end or its comma.
_AFTER_DASHED = frozenset(".,;)")
#: Most words between the quotation's closing mark and the bracket that opens its
#: translation: the cue and its speaker (`," he said (`, `," said the deputy for Galway (`).
_CUE_WORDS = 6
#: How far back from the bracket the quotation's closing mark is looked for.
_CUE_REACH = 80


def _opening(text: str, start: int) -> int:
    """Where the marks that open the quote whose content starts at `start` begin (`start`
    itself when there is none)."""
    at = start
    while at > 0 and text[at - 1] in MARKS:
        at -= 1
    return at


def _closing(text: str, end: int) -> int:
    """Where the marks that close the quote whose content ends at `end` end."""
    at = end
    while at < len(text) and text[at] in MARKS:
        at += 1
    return at


def translated_after_dash(text: str, start: int, end: int) -> bool:
    """Rule translation-after-dash: whether the direct quote whose content is
    `text[start:end]` follows another quotation with only a dash between them and ends its
    sentence (`A drawing is pinned to the door. It reads "Ne fermez pas" — "Do not close
    us".`): the writer's translation of the quotation before it."""
    at = _opening(text, start)
    if at == start:
        return False
    before = text[max(0, at - 6) : at].rstrip(" \u00a0")
    dash = next((d for d in _DASHES if before.endswith(d)), None)
    if dash is None:
        return False
    gap = before[: -len(dash)]
    if not gap.endswith((" ", "\u00a0")) and dash == "-":
        return False  # `"Ne fermez pas"-"Do not"` is no dash set between them
    gap = gap.rstrip(" \u00a0")
    if not gap or gap[-1] not in MARKS:
        return False
    after = text[_closing(text, end) : _closing(text, end) + 1]
    return after == "" or after == "\n" or after in _AFTER_DASHED


def translated_after_cue(text: str, start: int, end: int) -> bool:
    """Rule translation-after-cue: whether the direct quote whose content is
    `text[start:end]` fills a pair of brackets that opens right after the cue of the
    quotation before it (`"Tá páistí ina seasamh cois bóthair," he said ("Children are
    standing at the side of the road").`): the writer's translation of that quotation."""
    at = _opening(text, start)
    if at == start or at == 0 or text[at - 1] != "(":
        return False
    if text[_closing(text, end) : _closing(text, end) + 1] != ")":
        return False
    lead = text[max(0, at - 1 - _CUE_REACH) : at - 1]
    last = max(lead.rfind(mark) for mark in MARKS)
    if last < 0:
        return False
    between = lead[last + 1 :]
    # `," he said `: the cue and its speaker only, no sentence ended between them
    return (
        not any(c in between for c in ".!?\n")
        and 0 < len(between.split()) <= _CUE_WORDS
    )
