"""A spokesperson's refusal to answer, quoted on its own (rule refusal-alone): `"I'm not
going to get ahead of the Secretary on that, and I'm not going to do personnel from this
podium," she said.` Like `declined to comment` told in the writer's words, it is an act
with no content of its own, so the default scope drops the row
(:func:`quotes.scope.dropped_by`); `--scope all` keeps it. What the same spokesperson
says with content of its own is a row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.doc_memo import span_text
from quotes.language import table

if TYPE_CHECKING:
    from spacy.tokens import Span



def _formulas() -> tuple[str, ...]:
    """The opening words of a refusal to answer: the set formulas (`i'd refer you to`,
    `no comment`), each negated first-person opening with each topic verb (`i can't` +
    `go into`) and each deferral opening with each act (`i will have to` + `provide
    that`); longest first, so that a clause is matched by its fullest formula."""
    def lines(name: str) -> list[str]:
        return [" ".join(row).lower() for row in table(name)]

    made = {
        *lines("refusal-formulas"),
        *(f"{o} {t}" for o in lines("refusal-openings") for t in lines("refusal-topics")),
        *(f"{o} {a}" for o in lines("deferral-openings") for a in lines("deferral-acts")),
    }
    return tuple(sorted(made, key=lambda f: (-len(f), f)))


#: The opening words of a refusal to answer (`i'd refer you to`, `i can't go into`).
_REFUSALS = _formulas()
#: Where a quote's clauses part: a sentence's end, a semicolon, `, and` or `, but`.
_CLAUSE_BREAK = re.compile(r"[.!?;]+\s*|,\s*(?:and|but)\s+|,\s*$")
#: Verbs (and auxiliaries) whose tag says a clause goes on past its formula.
_VERB_POS = frozenset({"VERB", "AUX"})


def refusal_alone(content: Span) -> bool:
    """Whether a direct quote is only a refusal to answer: every clause of it opens with a
    formula of :data:`_REFUSALS` and holds no verb after it (`"I'd refer you to the
    campaign."`, `"No comment. I can't go into that at this stage."`); a clause that says
    something else keeps the row (`"No comment. The road is closed."`, `"I won't comment
    until the police have finished."`)."""
    # `Asked whether he would resign, she said: "I'm not going to get ahead of him on that."`
    said = span_text(content).strip().strip("\"'“”‘’").replace("’", "'").lower()
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(said) if c.strip()]
    if not clauses:
        return False
    offset = 0
    for clause in clauses:
        formula = next((f for f in _REFUSALS if clause == f or clause.startswith(f + " ")), None)
        if formula is None:
            return False
        offset = said.index(clause, offset)
        rest_from = content.start_char + _lead(content) + offset + len(formula)
        rest_to = content.start_char + _lead(content) + offset + len(clause)
        if any(
            t.pos_ in _VERB_POS and rest_from <= t.idx < rest_to for t in content
        ):
            return False
        offset += len(clause)
    return True


def _lead(content: Span) -> int:
    """How many characters of marks and spaces open a row's text before its words."""
    text = span_text(content)
    return len(text) - len(text.lstrip().lstrip("\"'“”‘’"))
