"""A work's title in quotation marks that the parser read as the subject of the cue
after it, leaving the work that speaks hung above the title (`A report by the Harbour
Trust, published on Monday and titled "Cold Homes, Empty Tills", found that …`: the
parser may make `Tills` the subject of `found` and the cue a clause of `titled`).
Called from :func:`quotes.parse_repairs.repair_tags`; the other subject repairs are
listed in :mod:`quotes.subject_repairs`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.deps import ANY_SUBJECT
from quotes.doc_memo import memo
from quotes.language import word_list
from quotes.rehead import rehead_all

#: Participles that give a work its title (`titled`, `entitled`, `headlined`).
_TITLING = word_list("titling-participles")
#: Labels on the way up from a participle to the noun it describes, as the parser may
#: hang it: on a participle before it (`published … and titled`), on the nearer noun
#: (`the Harbour Trust, published …`) or on the preposition between the two (`by`).
_UP_TO_THE_WORK = frozenset({"conj", "acl", "pobj", "prep", "appos"})
#: Most words of a title in quotation marks on either side of the word read as the
#: cue's subject.
_TITLE_WORDS = 12
#: Double quotation marks, as the parser reads them (curly marks are normalised to `"`).
_DOUBLE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def title_read_as_subject(cue: Token) -> None:
    """Rule title-read-as-subject: `A report by the Harbour Trust, published on Monday
    and titled "Cold Homes, Empty Tills", found that …`: a cue verb after a closing mark
    whose subject sits inside the marks, right after a participle that titles a work,
    speaks for the work the participle describes. When the parser gave the cue that
    work as a subject too, the title is only taken from the cue; when it hung the cue
    under the participle, the work is the noun highest on the way up from the
    participle, over the participles, prepositions and nouns it was hung on, before it,
    with no verb above it (the sentence's root, `report`): it becomes the cue's subject,
    the cue the root. The title becomes the participle's object; the maker of the
    work (`by the Harbour Trust`) is then the speaker, as for `The report found …`."""
    if _first_titling(cue.doc) >= cue.i:
        return  # no titling participle before the cue: nothing to read around it
    subjects = [c for c in cue.children if c.dep_ in ANY_SUBJECT and c.i < cue.i]
    if cue.pos_ != "VERB" or not subjects:
        return
    titled = next((t for s in subjects if (t := _titled(s, cue)) is not None), None)
    if titled is None:
        return
    title, titling = titled
    moves = [(title, titling, "oprd")]
    if len(subjects) > 1:
        rehead_all(moves)  # `A survey by …, titled "…", found`: the survey and the title
        return
    work = titling
    while work.dep_ in _UP_TO_THE_WORK and work.head.i < work.i:
        work = work.head
    if cue.head != titling or work.dep_ != "ROOT" or work.pos_ != "NOUN":
        return
    rehead_all([(cue, cue, "ROOT"), (work, cue, "nsubj"), *moves])


def _first_titling(doc: Doc) -> int:
    """The index of the first titling participle of `doc` (:data:`_TITLING`), or its
    length, read once per doc: most docs have none, and each cue read a title's length of
    words around each of its subjects to find out (about 1% of the rules' time, profiled
    on 300 PolNeAR documents)."""
    table = memo(doc, "first-titling")
    if not table:
        places = token_indices(doc, "LOWER", _TITLING)
        table[0] = places[0] if places else len(doc)
    first: int = table[0]
    return first


def _titled(subject: Token, cue: Token) -> tuple[Token, Token] | None:
    """The subject and the titling participle, when a cue's `subject` sits inside double
    marks that open right after a titling participle and close before the cue
    (`titled "Cold Homes, Empty Tills", found`), within a title's length of it either
    way (:data:`_TITLE_WORDS`: each cue looks at a few words only, however long its
    sentence); None otherwise."""
    doc = cue.doc
    start = max(subject.sent.start, subject.i - _TITLE_WORDS)
    opening = next(
        (t for t in reversed(doc[start : subject.i]) if t.text in _DOUBLE_MARKS), None
    )
    end = min(cue.i, subject.i + _TITLE_WORDS)
    closing = next((t for t in doc[subject.i + 1 : end] if t.text in _DOUBLE_MARKS), None)
    if opening is None or closing is None or opening.i == 0:
        return None
    if doc[opening.i - 1].lower_ not in _TITLING:
        return None
    return subject, doc[opening.i - 1]
