"""The word sets for sources that are no person, a work and a body, each the union of
lists in the language's folder that the engine and the scope's rules both read, and the
lists that several modules read about works, their makers and bodies (the verbs of
making, issuing and sending a work, the words for a business or a time): built once
here, so that every rule reads the same set under one name.

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
#: Verbs of making a work, whose subject or passive agent made it and whom the work
#: speaks for (`the memo that Ana Ruiz drafted`, `The report was written by the director`,
#: `A poll of 1,100 adults carried out by …`).
AUTHORING = word_list("authoring-verbs")
#: Verbs by which a source issues a work as its own (`the figures the ministry released`,
#: `The Met Office has issued a red warning`).
ISSUING = word_list("issuing-verbs")
#: Verbs by which someone sends a message or a work they stand behind, which stays the
#: sender's words whoever reads it out (`a message she had sent`, `the paper the
#: Department sent`).
SENDING = word_list("sending-verbs")
#: Means by which a work was sent or made, which a `by` phrase names as it names a maker
#: (`sent to tenants by email`, `a sign painted by hand`): no maker.
SENDING_MEANS = word_list("sending-means")
#: Words for a business that stand for the one that has spoken (`the company said`,
#: `the firm`, `the carmaker`): a body's, never a person's.
COMPANY_WORDS = word_list("company-words")
#: How often a newspaper or magazine comes out (`daily`, `weekly`), ending a description
#: of its kind before its name (`the business daily De Kompas`).
PAPER_FREQUENCIES = word_list("paper-frequencies")
#: Words for a time (`Monday`, `May`, `year`), which date a work, a heading or a phrase
#: (`a note from Monday`, `Wednesday's paper`, `the Council on Monday`) and name no source.
TIME_WORDS = word_list("time-possessors")
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
