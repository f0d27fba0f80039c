"""A chair's set words of procedure quoted on their own (rule chair-call): the call to
order (`the Speaker said: "Order, order. Please take your seats."`), the close of a
debate (`The President then announced: "The debate is closed. The vote will take place
on Wednesday."`), an aide's call of the last turn in a transcript (`AIDE: Last question,
please.`). They run the sitting and tell no one anything, like a radio log's procedure
words (:func:`quotes.no_claims.procedure_line`), so the default scope drops the row
(:func:`quotes.scope.dropped_by`); `--scope all` keeps it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.doc_memo import span_text
from quotes.language import table

if TYPE_CHECKING:
    from spacy.tokens import Span


def _pattern(line: str) -> re.Pattern[str]:
    """A list line with `*` in it as a pattern over a whole sentence: a `*` at the end
    stands for any words or none (`the vote will take place *`), one elsewhere for one
    to four words (`let the * finish`, `* please continue` after a name called out)."""
    words = line.split(" ")
    parts = []
    for i, word in enumerate(words):
        if word != "*":
            parts.append(re.escape(word))
        elif i == len(words) - 1:
            parts[-1] += r"(?: .+)?"
        else:
            parts.append(r"\S+(?: \S+){0,3}")
    return re.compile(" ".join(parts))


def _sentences(name: str) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """A list's whole sentences and, from its lines with a `*`, their patterns."""
    lines = [" ".join(row).lower() for row in table(name)]
    whole = frozenset(line for line in lines if "*" not in line.split(" "))
    patterns = tuple(_pattern(line) for line in lines if "*" in line.split(" "))
    return whole, patterns


#: The calls, whole (`order order`) and as patterns (`the vote will take place *`).
_CALLS, _CALL_PATTERNS = _sentences("chair-calls")
#: Courtesies that may stand beside a call (`thank you`).
_COURTESIES, _ = _sentences("chair-courtesies")
#: What ends a sentence of the quote: not the stop of `Hon.` before `Member` (`Order.
#: The Hon. Member will resume his seat.`) nor the point inside a time or a number
#: (`resume at 3.45`).
_SENTENCE_ENDS = re.compile(r"(?<!\bHon)[.!?]+(?=\s|$)")
#: What is dropped inside a sentence before it is looked up: commas, dashes, quote marks.
_INNER_MARKS = re.compile(r"[,;:\"'“”‘’—–-]+")


def _is_call(sentence: str) -> bool:
    """Whether one sentence, normalised, is a chair's call (:data:`_CALLS`)."""
    return sentence in _CALLS or any(pattern.fullmatch(sentence) for pattern in _CALL_PATTERNS)


#: The member a call opens by addressing, before a comma: one to four words that each
#: open with a capital (`Senator Ruiz, `, `Ms Ito, `, `Dr Ana de Paiva, `).
_ADDRESS = re.compile(r"^\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|bin|al)){0,3},\s+")


def _normalised(sentence: str) -> str:
    """A sentence of a quote in lower case, its inner marks dropped, spaces single."""
    return " ".join(_INNER_MARKS.sub(" ", sentence).lower().split())


def _without_address(sentence: str) -> str:
    """Rule chair-call-address: a sentence of a quote, normalised, without the member a
    chair's call opens by addressing (`Senator Ruiz, you have the call.`, `Ms Ito, put
    your question.`), when what follows the address is a call of :data:`_CALLS`; else
    the sentence as it is (`Minister, the committee was told the same thing in May.`
    states a claim and stays)."""
    # `CHAIR: Order. Senator Ruiz, put your question.`
    whole = _normalised(sentence)
    address = _ADDRESS.match(sentence)
    if address is None or _is_call(whole) or whole in _COURTESIES:
        return whole
    rest = _normalised(sentence[address.end() :])
    return rest if _is_call(rest) else whole


def chair_call(content: Span) -> bool:
    """Whether a direct quote is only a chair's set words of procedure, each sentence a
    call of :data:`_CALLS` or a courtesy beside one (`Thank you. The debate is closed.`),
    at least one a call. A quote that goes on to say something keeps its row (`Order.
    The member has been warned twice.`), and so does a courtesy alone (`Thank you.`)."""
    # `"Order, order. Please take your seats."` / `AIDE: Last question, please.` /
    # `CHAIR: Senator Ruiz, you have the call.`
    sentences = [_without_address(s) for s in _SENTENCE_ENDS.split(span_text(content))]
    sentences = [s for s in sentences if s]
    return (
        bool(sentences)
        and all(_is_call(s) or s in _COURTESIES for s in sentences)
        and any(_is_call(s) for s in sentences)
    )
