"""The parser's tags of relative words, shared by the rules that find a relative clause
and by those that ask what its relative word stands for. Imports no spaCy."""

from __future__ import annotations

#: Tags of every word that opens a relative clause: `which`, `that` (WDT), `who`, `whom`
#: (WP) and `whose` (WP$).
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})

#: Tags of a relative (or question) pronoun that stands for a noun itself: `which`,
#: `that`, `who`, `whom`, `what`. Not `whose` (WP$), which is the determiner of another
#: noun (`a board whose members said …`: the members speak, not the board).
NOUN_RELATIVE_TAGS = frozenset({"WDT", "WP"})

#: Tags of the relative words that open a clause about a person: `who`, `whom`, `whose`.
#: Not `which` or `that` (WDT): the rule that reads them mends the subject of a cue that
#: is a person (`Ana Ruiz, whose father was among the dead, said …`).
PERSON_RELATIVE_TAGS = frozenset({"WP", "WP$"})
