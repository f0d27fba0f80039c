"""Rule lead-role-named-later: a role that a story's lead gives someone it has not named
(`…, a prosecutor told the court.`) stands for the one person the story later names with
that role (`Prosecutor Mirela Kaloshi said …` two paragraphs on, `The prosecutor, Mirela
Kaloshi, …`), not for whoever the next sentences name first (often the accused). A step
of :meth:`quotes.leads.LeadIndex.lead_role_named_later`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.articles import has_indefinite_article
from quotes.descriptions import modifiers_fit
from quotes.language import word_list
from quotes.person_record import Person

#: A body's voices (`a spokesperson`): another one the story names later may be another
#: person (rule indefinite-voice of
#: :meth:`quotes.titled_descriptions.TitledDescriptions._by_title`).
_VOICES = word_list("body-voices")


def role_holder_later(
    head: Token, timeline: list[tuple[int, int]], people: list[Person]
) -> int | None:
    """The index of the one named person whom the text names after `head`'s sentence with
    its noun as a role or title (`Prosecutor Mirela Kaloshi` for `a prosecutor`), when `head` is
    a singular role after an indefinite article whose other words, if any, the person's
    roles hold (`a former prosecutor`); None for a voice (`a spokeswoman`), or when none or
    several were so named."""
    # shape: …, a <role> told the court. … <Role> <Given> <Surname> said …
    if head.tag_ != "NN" or head.lower_ in _VOICES:
        return None
    if not has_indefinite_article(head):
        return None
    role = head.lemma_.lower()
    qualified = any(c.dep_ in ("compound", "amod") for c in head.lefts)
    fits = {
        p
        for i, p in timeline
        if i >= head.sent.end  # not `A fisherman we met in Tema, Greater Accra, says …`
        and not people[p].unnamed
        and (role in people[p].roles or role in people[p].titles)
        and (not qualified or modifiers_fit(head, people[p].roles))
    }
    return next(iter(fits)) if len(fits) == 1 else None
