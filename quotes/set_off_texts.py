"""Words set off by a colon or by commas after the thing that carries them, not after
anyone who says them: a platform's note (`A community note had been added under the post:
"…"`), a sign no one is given as putting up (`shows a tree with a sign around its trunk:
"…"`) and a work's title set beside the work (`a documentary about itself, "Los del
Puente", in which the coach explains that …`). The rules that link a quote to a cue give
such words to the poster before them or to the cue after them; the default scope drops
the rows (:func:`quotes.scope.dropped_by`), `--scope all` keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.no_claims import is_platform_note
from quotes.page_lines import set_in_apposition
from quotes.read_out import set_off_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Most words of a name set beside a work (`Los del Puente`).
_NAME_WORDS = 8


def note_before_colon(content: Span) -> bool:
    """Rule note-before-colon: whether a direct quote is set off by a colon after a clause
    whose subject is a platform's note (`By morning a community note had been added under
    the reply: "Passengers report that no water was handed out."`): the note's words,
    unsigned, not those of whoever posted before it (a note that is the object of
    someone's words, `She replied to the community note: "…"`, stays her row)."""
    # `A community note had also been added beneath the post: "The plan has no tolls."`
    k = set_off_before(content)
    if k is None or content.doc[k].text != ":":
        return False
    colon = content.doc[k]
    return any(
        t.dep_ in SUBJECT and is_platform_note(t)
        for t in content.doc[colon.sent.start : k]
    )


#: Things that carry words for passers-by: a sign, a placard, a banner.
_DISPLAYS = word_list("display-nouns")
#: Links by which a noun phrase's last words hang on its head (`a sign around its trunk`).
_PHRASE_LINKS = frozenset({"pobj", "prep", "compound", "amod", "poss", "det", "nummod"})


def display_before_colon(content: Span, name: str | None) -> bool:
    """Rule display-before-colon: whether a direct quote whose source resolves to no one
    (`name` None: no source, or `Another` of the cartoons just named) is set off by a colon
    right after a noun phrase whose head is a thing that carries words (`Another shows a
    single tree with a sign around its trunk: "Please do not widen me."`,
    :data:`_DISPLAYS`): the sign's words, no one's statement, as a sign that `reads` them
    is (:func:`quotes.not_said.displayed`). A quote whose source names someone stays for
    the rules that read it (`She put a sign in her window: "…"`, a maker the text names)."""
    # `The drawing shows a lamp post with a placard on it: "Keep off the grass."`
    k = set_off_before(content)
    if k is None or k < 1 or content.doc[k].text != ":":
        return False
    if _display_subject(content.doc[k]):
        return True
    return name is None and _display_head(content.doc[k - 1]) is not None


def _display_subject(colon: Token) -> bool:
    """Rule display-subject-before-colon: whether the clause before a colon has for its
    subject a thing that carries words (:data:`_DISPLAYS`), whatever noun the parse or
    the resolver took for the quote's source: `A sign in Breton is tied to the gate:
    "…"` gives the sign's words, not the gate's (nor anyone's)."""
    # `A hand-painted placard is nailed to the door: "Closed for good."`
    doc = colon.doc
    return any(
        t.dep_ in SUBJECT
        and t.head.i < colon.i
        and t.pos_ == "NOUN"
        and t.lemma_.lower() in _DISPLAYS
        for t in doc[colon.sent.start : colon.i]
    )


def _display_head(last: Token) -> Token | None:
    """The display noun a noun phrase ending at `last` hangs on, walking up its phrase's
    links (:data:`_PHRASE_LINKS`), else None."""
    word = last
    for _ in range(8):
        if word.pos_ == "NOUN" and word.lemma_.lower() in _DISPLAYS:
            return word
        if word.dep_ not in _PHRASE_LINKS or word.head.i == word.i:
            return None
        word = word.head
    return None


def _named(words: str) -> bool:
    """Whether quoted words read as a name: a few words opening with a capital, with no
    stop or comma at their end, as a sentence said has (`Los del Puente`)."""
    said = words.strip()
    return (
        0 < len(said.split()) <= _NAME_WORDS
        and said[0].isupper()
        and said[-1] not in ".,;:!?"
    )


def title_beside_work(doc_text: str, content: Span, cue: Token | None) -> bool:
    """Rule title-beside-work: whether a direct quote that reads as a name is set off by commas
    after a word of the writer's sentence (:func:`quotes.page_lines.set_in_apposition`)
    and the cue it was given to comes after it with a clause of its own (`the club paid
    for a documentary about itself, "Los del Puente", in which Ledesma explains that a
    derby is won in the head`): the name of the thing before it, not words of the one
    who explains; what he explains is his row."""
    # `She wrote a memoir, "Salt and Iron", in which she says that the mine was safe.`
    if cue is None or cue.i < content.end or not _named(content.text):
        return False
    if not set_in_apposition(doc_text, content.start_char, content.end_char):
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
