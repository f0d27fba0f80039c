"""Title-case headlines read by the parser with their reporting verb in lower case.

In a headline written in title case (`Harbour Board Chief Praises Ada Lind
Donor's Campaign`, `Union Calls On Minister To Resign`) the tagger reads the capitalised
verb as one more word of a name, so the parse has no verb and the headline no row.
:func:`lower_headline_cues` writes such a verb in lower case in the text the parser reads
(`… Chief praises Ada Lind …`); one character for one, so every offset, and every
word a row shows (taken from the text as given), stays the same.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotes.cue_forms import CueForms
from quotes.language import word_list

#: Segments of a text that can be a headline: a line, or a sentence within one.
_SEGMENTS = re.compile(r"[^\n.!?]+")
#: A word of a segment: letters, with inner apostrophes and hyphens (`Donor's`, `Anti-Toll`).
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Marks that set words off inside a sentence of prose (a comma, a double quotation
#: mark), which a headline with a full stop at its end does not hold.
_PROSE_MARKS = re.compile(r'[,"\u201c\u201d]')
#: The fewest words of four letters or more a headline has, and the share of them it
#: writes capitalised (a sentence full of names stays under it: `Ada Lind and Tom
#: Hale said on Monday that Priya Nair …`).
_LONG_WORDS = 4
_CAPITALISED = 0.8
#: Words after which a cue verb's form is a noun (`The State Of`, `In Support Of`).
_NOUN_BEFORE = word_list("noun-markers")
#: Cue verbs whose plain and `-s` forms are nearly always nouns (`Campaign`, `Tweets`).
_NOUN_FIRST = word_list("noun-first-cues")


def lower_headline_cues(text: str, forms: CueForms) -> str:
    """`text` with the capitalised cue verbs of its title-case headlines in lower case.

    Shape: a line or sentence of at least :data:`_LONG_WORDS` words of four letters or
    more, :data:`_CAPITALISED` of them capitalised, in which a capitalised word after the
    first is a form of a cue verb (`Says`, `Praises`, `Slams`, `Told`) after another
    capitalised word (its subject's last): `Mayor Ada Lind Says No To Harbour Tolls` →
    `Mayor Ada Lind says No To Harbour Tolls`. Not a form that is nearly always a noun
    (`Campaign`, `Tweets`), a participle (`Okafor on Council Releasing Its Budget`) or one
    after a determiner or preposition (`In Support Of`), and not a headline in capitals
    (`EXPERTS DOWNPLAY LAUNCH`), whose words are no names.
    """
    lowered: list[int] = []
    for segment in _SEGMENTS.finditer(text):
        words = list(_WORD.finditer(segment.group()))
        if not _title_case([w.group() for w in words]):
            continue
        for before, word in pairwise(words):
            if _headline_verb(word.group(), before.group(), forms):
                lowered.append(segment.start() + word.start())
    if not lowered:
        return text  # most texts: no copy of them made
    out = list(text)
    for at in lowered:
        out[at] = out[at].lower()
    return "".join(out)


def in_title_case(text: str) -> bool:
    """Whether a line or sentence is written in title case, as a headline is
    (:func:`_title_case`): `Veteran Activist Ines Varga Backs Harbour Toll Plan`.

    Rule full-stop-is-prose: not a sentence that ends with a full stop and sets words off
    with a comma or a double quotation mark, as prose does and a headline does not; a
    sentence of prose full of names may pass the share of capitals (`"No," replied Ana
    Ruiz Soto, of the Tagus Water Board.`), and its names would be read as a headline's,
    whose run may hold the words after the name. A headline a page gave a full stop
    (`31 Runners Share Their Thoughts On The New Course.`) is still one."""
    if text.rstrip().endswith(".") and _PROSE_MARKS.search(text):
        return False
    return _title_case([w.group() for w in _WORD.finditer(text)])


def _title_case(words: list[str]) -> bool:
    """Whether a segment's words are written in title case, not in capitals."""
    long = [w for w in words if len(w) > 3]
    capitalised = [w for w in long if w[:1].isupper() and not w.isupper()]
    return len(long) >= _LONG_WORDS and len(capitalised) >= _CAPITALISED * len(long)


def _headline_verb(form: str, before: str, forms: CueForms) -> bool:
    """Whether a capitalised word after `before` (capitalised too) is a cue verb's form
    that heads a headline's predicate."""
    lower = form.lower()
    if not form[:1].isupper() or form.isupper() or not before[:1].isupper():
        return False
    if lower.endswith("ing"):
        # a participle names what a headline is about: `Okafor on Council Releasing Its
        # Budget: '…'`
        return False
    if before.lower() in _NOUN_BEFORE or lower in _NOUN_FIRST:
        return False
    reading = forms.reading(lower)
    return reading is not None and not reading.noun and forms.verb_form(lower)
