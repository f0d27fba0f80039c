"""Appeals for information and refusals to say more, which a release or a quote may hold
(`Anyone with information is asked to call …`, `Police will not be commenting
further`): acts, no claims. Kept free of spaCy, as the scope rules that read it are
imported with the command line.
"""

from __future__ import annotations

import re

from quotes.language import table


def phrases(name: str) -> str:
    """The phrases of a word list, one a line, as alternatives of a pattern, any run of
    blanks between their words (`attribute to`, `hear from anyone`)."""
    return "|".join(r"[ \t]+".join(map(re.escape, row)) for row in table(name))


#: An appeal for information or a refusal to say more (release-non-statements.txt).
NON_STATEMENT = re.compile(r"\b(?:" + phrases("release-non-statements") + r")\b", re.IGNORECASE)


#: Where one sentence of a quote ends and the next opens.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z])")


def appeal_only(quoted: str) -> bool:
    """Rule quoted-appeal: whether a quote is only an appeal for information or the
    number to call, each of its sentences one (:data:`NON_STATEMENT`): `"Anyone with
    information is asked to call the station on 555 0100."`, the appeal itself, an act
    as an appeal told in the writer's words is (`Police asked anyone with information
    to call`), no claim; a quote that also says what happened stays a statement."""
    sentences = [s for s in _SENTENCE_END.split(quoted.strip()) if s.strip()]
    return bool(sentences) and all(NON_STATEMENT.search(s) for s in sentences)
