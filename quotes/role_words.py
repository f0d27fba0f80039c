"""The word sets for what a person is called besides a name (offices, roles, the nouns a
group of sources goes by), each the union of lists in the language's folder that several
rules read: built once here, so that every rule reads the same set under one name.

The title words themselves (`President`, `Mrs.`) are :data:`quotes.name_spans.TITLES`,
where the rules that cut a name from its titles read them. This module loads no spaCy:
the scope's rules read it, and ``quotes.cli`` imports them before any model is needed.
"""

from __future__ import annotations

from quotes.genders import gendered_nouns
from quotes.language import word_list

#: Offices, titles and roles that a label or a heading may give instead of a name (`The
#: MINISTER OF …`, `Union leader: …`), which are no given name before a surname
#: (`Minister Ruiz`).
OFFICES = word_list("titles") | word_list("person-roles")
#: Nouns for a person's role or standing, with those that tell a gender (`lawyer`,
#: `chairman`, `widow`): a name set off after one is a person's.
ROLE_NOUNS = word_list("person-roles") | gendered_nouns()
#: Role nouns (:data:`ROLE_NOUNS`) and those who pass on another's words (`interpreter`):
#: words the tagger may take for a name where a capital opens a sentence (`Counsel for
#: the council, …`).
ROLE_WORDS = ROLE_NOUNS | word_list("intermediaries")
#: Nouns for a person's role and for sources quoted as a group (`candidate`, `critics`,
#: `officials`), by lemma: a person described, no thing.
SOURCE_NOUNS = word_list("person-roles") | word_list("source-nouns")
#: Words after which an office's name goes on (`MINISTER OF FINANCE`): the office is the
#: word before them.
_OFFICE_LINKS = word_list("office-links")


def is_office(label: str) -> bool:
    """Whether a label names an office or role (`SPEAKER`, `MINISTER OF FINANCE`, `The
    CHAIRPERSON`): the office is the word before `OF`/`FOR`, if any, else the last."""
    words = [w.lower().strip(".") for w in label.split()]
    cut = next((k for k, w in enumerate(words) if w in _OFFICE_LINKS), len(words))
    return bool(cut) and words[cut - 1] in OFFICES
