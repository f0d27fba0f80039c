"""A greeting quoted on its own (rule greeting-alone): the formula with which a speaker
opens an address or a submission (`"Tēnā koutou katoa," the petitioner began`, `"Good
morning, Chair," she said`), the courtesy of the occasion and no claim, as a toast's
formula is (:func:`quotes.no_claims.toast`). A rule of the default scope
(:func:`quotes.scope.dropped_by`); `--scope all` keeps the row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import table

if TYPE_CHECKING:
    from spacy.tokens import Span

#: The formulas of greeting, lower case, commas dropped (`tēnā koutou katoa`).
_GREETINGS = tuple(" ".join(row).lower() for row in table("greeting-formulas"))
#: The most words that may follow a formula as whom it greets (`members of the committee`).
_ADDRESS_WORDS = 4


def greeting_alone(content: Span) -> bool:
    """Whether a direct quote is only a formula of greeting (:data:`_GREETINGS`), with at
    most a few words of address after it and no verb (`"Good morning, Chair."`, `"Kia
    ora koutou."`): not a quote that goes on to say something (`"Good morning. We lost
    the vote," she said`, whose verb makes it a statement)."""
    # `"Tēnā koutou katoa," the petitioner began, before she told the committee …`
    words = [t for t in content if not (t.is_punct or t.is_space)]
    said = " ".join(t.lower_ for t in words)
    for formula in _GREETINGS:
        if said == formula or said.startswith(formula + " "):
            rest = words[len(formula.split()) :]
            return len(rest) <= _ADDRESS_WORDS and not any(
                t.pos_ in ("VERB", "AUX") or t.like_num for t in rest
            )
    return False
