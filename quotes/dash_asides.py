"""A quote set off by a dash inside a sentence of narration: no turn of the speaker before.

`"We are alive," Ruiz said. When the mayor finally wrapped up — "I will fight for you!" —
the balloons came down.` The quote stands inside a sentence that the writer opened after
the quote before it, set off by a dash after words of that sentence: it gives the words
of someone or something that sentence names (the mayor, `his stump line — "…" — wore
thin`, `the hashtag #OpenDoor — "open door" — spread`), not more words of the one who
spoke last. A step of :class:`quotes.inheritance.Inheritance` (rule dash-aside-no-turn).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.found import DASHES, MARKS, char_tokens

__all__ = ["dash_aside"]

#: What may stand between the dash and the quote's first word: spaces and marks.
_BETWEEN_DASH_AND_QUOTE = " \t" + MARKS
#: What may end the narration's words right before the dash: a word, a number, a bracket
#: closed (`(2003) — "…"`); not a mark, which closes a quotation the dash goes on from.
_NARRATION_END = ")]"


def dash_aside(doc: Doc, norm: str, start: int, after: int) -> bool:
    """Rule dash-aside-no-turn: whether the quote whose content starts at character
    `start` of `norm` is set off by a dash after words of a sentence of narration that
    opened at or after character `after` (where the quote it would take its speaker
    from ends).

    Shape: `<quote before>. <Narration words> — "<quote>"`: `"We are alive," Ruiz said.
    When the mayor wrapped up — "I will fight for you!" — the balloons came down.` Not
    when the dash goes on from a quotation (`"We will build it" — "and soon."`), nor
    inside the sentence of the quote before (`"We won," Ruiz said as the count went on —
    "nobody can stop us."`), whose speaker goes on.
    """
    at = start
    while at > 0 and norm[at - 1] in _BETWEEN_DASH_AND_QUOTE:
        at -= 1
    if at == 0 or norm[at - 1] not in DASHES:
        return False
    dash = at - 1
    word_end = dash
    while word_end > 0 and norm[word_end - 1] in " \t":
        word_end -= 1
    if word_end == 0 or not (norm[word_end - 1].isalnum() or norm[word_end - 1] in _NARRATION_END):
        return False
    tokens = char_tokens(doc, dash, dash + 1)
    return tokens is not None and tokens[0].sent.start_char >= after
