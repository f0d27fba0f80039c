"""The word sets for sources that are no person, a work and a body, each the union of
lists in the language's folder that the engine and the scope's rules both read: built
once here, so that both read the same set under one name.

This module loads no spaCy: the scope's rules read it, and ``quotes.cli`` imports them
before any model is needed (as :mod:`quotes.role_words`, the sets for what a person is
called).
"""

from __future__ import annotations

from quotes.language import table, word_list

#: What a source issues to speak for it: `Trump issued a statement saying …` is Trump's.
ISSUED = word_list("issued-works")
#: Works whose author a `by`/`from` phrase names, which a speaker mention keeps: `a
#: tally by the Press Association`, `a recent report from Bloomberg`.
AUTHORED = ISSUED | word_list("authored-works")
#: Words that end or head a body's name (`Council`, `Federation`, `Office`).
BODY_HEADS = word_list("organisation-kinds") | word_list("body-name-heads")
#: Last words of a business's name: a plural (`Calder Holdings`, `Brightwater Foods`) or
#: a firm's word in another language (`Haller Bau`).
BUSINESS_ENDS = word_list("business-name-ends") | word_list("business-name-ends-other-languages")
#: Last words of a body's name: a head word or a business's (:data:`BUSINESS_ENDS`),
#: which a run opening with a given name may still end in.
BODY_ENDS = BUSINESS_ENDS | BODY_HEADS
#: Words of a company's legal form that end its name (`Ltd`, `GmbH`, `plc`).
_LEGAL_FORMS = word_list("legal-forms")
#: Legal forms written in several words (`sp. z o.o.`), in lower case.
SEVERAL_WORD_LEGAL_FORMS = frozenset(
    " ".join(row).lower() for row in table("legal-forms-several-words")
)
#: Legal forms a register writes in lower case (`plc`, `hf`), no English word.
LOWER_CASE_LEGAL_FORMS = word_list("legal-forms-lower-case")


def legal_form(word: str) -> bool:
    """Whether a word is a company's legal form, with or without its full stops (`Ltd`,
    `Inc.`, `S.A.` as `SA`), or a form written in several words (`sp. z o.o.`)."""
    lower = word.lower()
    return lower.replace(".", "") in _LEGAL_FORMS or lower in SEVERAL_WORD_LEGAL_FORMS
