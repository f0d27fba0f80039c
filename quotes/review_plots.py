"""Rule review-plot-line: a character's line in a review's plot summary, told in the
present on a page the headline labels a review (`The Salt Road review — …`, `TV review:
…`, a star rating `★★★★☆` at its top). The lines of the play, film or game are the
fiction's words, no one's statement: a line told to someone of the story (`the
grandmother tells her daughter-in-law: "…"`, :func:`quotes.fiction_lines.tells_someone`)
or said by someone the review names by kin (`Later Dato, the son, shouts: "…"`, `"…,"
the captain's widow says`). What the director or a cast member tells the reviewer (`he
tells me`, `"…," he says`) stays a row. A rule of the default scope
(:func:`quotes.scope.dropped_by`); `--scope all` keeps the rows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.doc_memo import doc_text, memo
from quotes.fiction_lines import tells_someone
from quotes.language import word_list
from quotes.verb_forms import PRESENT_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A headline's label of a review: `review` before a colon or a dash (`Review: …`, `The
#: Salt Road review — …`), not a press review (a roundup of the papers) nor a review that
#: `finds` or is ordered (no label).
_REVIEW_LABEL = re.compile(r"(?<!press )\breview\s*(?::|[—–]|-\s)", re.I)
#: A star rating, as a review prints one under its headline.
_STARS = "★"
#: How many characters at the top of the page a star rating may stand in.
_TOP = 300
#: Nouns for a person's kin (`son`, `grandmother`, `widow`).
_KIN = word_list("joined-kin")


def review_page(doc: Doc) -> bool:
    """Whether the page's first line labels it a review or a star rating stands at its
    top, read once per doc."""
    table = memo(doc, "review-page")
    if "is" not in table:
        text = doc_text(doc)
        first = text[: text.find("\n")] if "\n" in text else text
        table["is"] = _REVIEW_LABEL.search(first) is not None or _STARS in text[:_TOP]
    return table["is"]


def plot_line(speaker: Span, cue: Token | None) -> bool:
    """Whether a row is a character's line told in the present on a review page: told to
    someone of the story, or said by someone the review names by kin, the speaker itself
    or a noun in apposition to it (`Dato, the son`)."""
    # `Later Dato, the son, shouts: "The country is falling apart!"` in a theatre review
    if cue is None or cue.tag_ not in PRESENT_TAGS or not review_page(cue.doc):
        return False
    if tells_someone(cue):
        return True
    head = speaker.root
    return head.lemma_.lower() in _KIN or any(
        c.dep_ == "appos" and c.lemma_.lower() in _KIN for c in head.children
    )
