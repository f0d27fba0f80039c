"""The default scope's third step (:func:`quotes.scope.dropped_by`): words that make no
claim whoever says them, read from the row's content alone (an empty message, a line of
procedure, a chair's call, a toast, a greeting, a rite, a ruling's operative part, a
law's `shall`, a plea, a word discussed as a word, a dedication, a set formula, orders,
a refusal, a notice, a checked claim, a heading's label, a gloss, a point of advice).
Split out of :mod:`quotes.scope`, whose other steps read the cue and the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.advice_points import advice_point
from quotes.chair_calls import chair_call
from quotes.decision_lines import sanction_read
from quotes.greetings import greeting_alone
from quotes.instructions import memo_instruction, notice_instruction, told_to
from quotes.law_texts import shall_wording
from quotes.named_words import dedication, quoted_charge, word_as_word
from quotes.no_claims import (
    empty_message,
    floor_call,
    heading_label,
    operative_part,
    procedure_line,
    rite,
    set_formula,
    spoken_plea,
    toast,
)
from quotes.not_said import glossed
from quotes.page_lines import checked_claim, notice, reader_notice
from quotes.refusals import (
    refusal_alone,
    refusal_quoted,
    refusal_reported,
    study_promise,
    undertaking_reported,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotes.records import QuoteType


def by_content(
    doc_text: str,
    kind: QuoteType,
    content: Span,
    cue: Token | None,
    speaker: Span | None,
    method: str,
) -> str | None:
    """Step 3 of :func:`quotes.scope.dropped_by`, the words: the name of the rule that
    drops a row whose words make no claim whoever says them (an empty message, a line of
    procedure, a toast, a rite, a ruling's operative part, a plea, a notice, a heading's
    label, a gloss), or None."""
    if empty_message(content):
        return "empty-message"
    if procedure_line(content, method):
        return "procedure-line"
    if floor_call(content, method):
        return "floor-call"
    if kind == "direct" and chair_call(content):
        return "chair-call"  # `the Speaker said: "Order, order. Please take your seats."`
    if kind == "direct" and toast(content):
        return "toast"
    if kind == "direct" and greeting_alone(content):
        return "greeting"
    if kind == "direct" and rite(content):
        return "rite"
    if kind == "direct" and (operative_part(content) or sanction_read(content, cue)):
        return "operative-part"
    if shall_wording(content, speaker):
        return "operative-part"  # `The article reads: "… The State shall grant …"`
    if spoken_plea(content) or (kind == "direct" and quoted_charge(content, cue)):
        return "plea"  # `He also admitted "failing to stop after an accident"`
    if kind != "indirect" and word_as_word(content):
        return "word-as-word"  # `He repeated the word "unacceptable" three times.`
    if kind == "direct" and dedication(content):
        return "dedication"  # `Its title card reads "Dedicated to the men of the pit"`
    if kind == "direct" and set_formula(content):
        return "set-formula"
    if kind == "direct" and memo_instruction(content, cue, speaker):
        return "instruction"  # `It also tells candidates: "Do not engage with reporters."`
    if kind == "direct" and notice_instruction(content, speaker, cue):
        return "instruction"  # `The recall notice reads: "Do not eat the product."`
    if kind != "direct" and told_to(content, cue):
        return "instruction"  # `It tells candidates to spend "at least three days" …`
    if kind == "direct" and refusal_alone(content):
        return "refusal"  # `"I'm not going to get ahead of the Secretary on that," she said.`
    if kind == "mixed" and refusal_quoted(content):
        return "refusal"  # `Kemp said "No comment" as he left the court.`
    if kind != "direct" and refusal_reported(content, doc_text):
        return "refusal"  # `The ministry said it does not comment on ongoing investigations.`
    if kind == "indirect" and undertaking_reported(content):
        return "refusal"  # `He said he would send the committee the figures in writing.`
    if kind == "indirect" and study_promise(content):
        return "refusal"  # `It said it would study the judgment before deciding whether to appeal.`
    if notice(doc_text, content.start_char) or reader_notice(doc_text, content.start_char):
        return "notice"
    if checked_claim(doc_text, content.start_char):
        return "checked-claim"
    if method == "reported-colon" and speaker is not None and heading_label(speaker):
        return "heading-label"
    if kind != "direct" and glossed(content, cue):
        return "gloss"
    if advice_point(content, cue, method):
        return "advice"
    return None
