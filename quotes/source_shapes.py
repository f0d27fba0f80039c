"""Quotes whose source a shape of the words around the marks names, not a cue's parse.

News and collections of quotes name the one quoted in set forms that no speech verb's
parse link reaches: a label after a dash in a round-up (`- Ana Ruiz: "…"`), the idiom
`As the mayor put it, "…"`, `"…" So says Ana Ruiz`, a name set after a dash under the
quote (`"…" ― Ana Ruiz`); a colon after a name or a clause (`Zelensky: "…"`,
`Trump leaned in and boomed: "…"`) is read by :mod:`quotes.colon_sources`. Each rule
reads one shape and gives the
:class:`quotes.found.Link` whose method names it; :class:`quotes.direct_links.DirectLinker`
tries them in its order of candidates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.cue_subjects import active_subject
from quotes.found import DASHES, Link, char_tokens
from quotes.language import word_list
from quotes.marks import QuoteSpan
from quotes.matchers import CueSpeaker
from quotes.mentions import NOMINAL, mention_span
from quotes.signatures import said_after, signed_by

#: Words a source label may hold besides names: `- More from Ruiz:`, `- Ruiz and Lee:`.
_LABEL_WORDS = word_list("source-label-words")
#: Things that carry words for passers-by (`a sign`, `a hat`), and the participles by
#: which they give them right after their name (`saying`, `reading`).
_DISPLAYS = word_list("display-nouns")
_DISPLAY_PARTICIPLES = word_list("display-participles")
#: The method of :func:`display_participle`'s links.
DISPLAY_PARTICIPLE = "display-participle"


def source_label(whole: Span) -> Link | None:
    """The source a round-up of what others wrote sets after a dash, right before the
    colon that opens the quote: `Turnout fell everywhere - Ana Ruiz: "…"`, `- More
    from Ruiz: "…"`, `- Ruiz and Lee: "…"` (names, `and`, and a leading `More from`)."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 10) : whole.start] if not t.is_space]
    if len(before) < 3 or before[-1].text != ":":
        return None
    label: list[Token] = []
    for token in reversed(before[:-1]):
        if token.text in DASHES and token.i > 0 and doc[token.i - 1].whitespace_:
            break
        if token.pos_ != "PROPN" and token.lower_ not in _LABEL_WORDS:
            return None
        label.insert(0, token)
    else:
        return None
    names = [k for k, t in enumerate(label) if t.pos_ == "PROPN"]
    if not names:
        return None
    dash = doc[label[0].i - 1]
    speaker = doc[label[names[0]].i : label[names[-1]].i + 1]
    return Link(dash, speaker, "source-label", False)


def as_put_it(whole: Span) -> Link | None:
    """`As the mayor put it, "…"` / `As Ana Ruiz puts it: "…"`: `put it` before the comma
    or colon that opens the quote, in a clause opened by `as`, with a subject; the
    subject is the one quoted. Words of the `put` clause may come between `it` and the
    comma (`As Ana Ruiz put it in a memo to her staff, "…"`, :func:`_put_it_verb`), and
    a subject the parser made the object of `as` is the subject still (`As Ana Ruiz, a
    judge and author of "Tides," put it, "…"`, :func:`_as_object`)."""
    verb = _put_it_verb(whole)
    if verb is None:
        return None
    marker = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if marker is None:
        return None
    subject = active_subject(verb) or _as_object(marker)
    if subject is None:
        return None
    return Link(verb, mention_span(subject), "as-put-it", False)


#: How many words of its own clause a `put it` may have between `it` and the comma
#: that opens the quote (`put it in a memo to her staff explaining the cuts,`).
_PUT_IT_REACH = 12


def _put_it_verb(whole: Span) -> Token | None:
    """The `put` of `put it` before the mark or colon that opens `whole`, the words
    between `it` and that mark all of the `put` clause (its prepositions and what hangs
    on them: `put it in a memo to her staff`), none a quote mark."""
    doc = whole.doc
    first = max(0, whole.start - _PUT_IT_REACH - 3)
    before = [t for t in doc[first : whole.start] if not t.is_space]
    if not before or before[-1].text not in (",", ":"):
        return None
    words = before[:-1]
    for k in range(len(words) - 1, 0, -1):
        it, verb = words[k], words[k - 1]
        if it.lower_ == "it" and verb.lemma_ == "put" and it.head == verb:
            between = words[k + 1 :]
            subtree = {t.i for t in verb.subtree}
            if all(t.i in subtree and not t.is_quote for t in between):
                return verb
            return None
    return None


def _as_object(marker: Token) -> Token | None:
    """The name the parser made the object of `as` (`As Ana Ruiz, …, put it`: `as` read
    as a preposition), standing for the subject `put it` lacks."""
    return next((c for c in marker.children if c.dep_ == "pobj" and c.pos_ in NOMINAL), None)


def so_says(whole: Span, cues: dict[int, CueSpeaker]) -> CueSpeaker | None:
    """`"Glass forgives nothing." So says Ana Ruiz`: a cue right after `So` opening the
    words after the closing mark, with its own speaker and nothing else reported; the
    cue the matcher found there."""
    after = [t for t in whole.doc[whole.end : whole.end + 3] if not t.is_space]
    if len(after) < 2 or after[0].lower_ != "so" or after[1].head.i != after[1].i:
        return None
    hit = cues.get(after[1].i)
    if hit is None or any(c.dep_ in ("ccomp", "dobj") for c in after[1].children):
        return None
    return hit


def dash_name(doc: Doc, norm: str, span: QuoteSpan) -> Link | None:
    """The one a dash that follows the closing mark (on its line or the next) names
    (:func:`quotes.signatures.signed_by`); the dash may be one token with the mark
    (`.”― Ana Ruiz`). `norm` is the document's text made plain."""
    after = norm[span.close_end : span.close_end + 8]
    dash = span.close_end + len(after) - len(after.lstrip())
    if norm[dash : dash + 1] not in DASHES:
        return None
    cue = char_tokens(doc, dash, dash + 1)
    if cue is None:
        return None
    speaker = signed_by(doc, norm, cue[0])
    if speaker is None:
        return None
    verb = said_after(cue[0])
    if verb is not None:
        # `— said Juana Tzoc Ixcot, …`: the verb is the cue (rule dash-said)
        return Link(verb, speaker, "dash:said", False)
    return Link(cue[0], speaker, "dash", False)


def display_participle(whole: Span) -> Link | None:
    """Rule display-participle: `Ruiz held up a sign saying "No more cuts."`, `She wore a
    hat reading, "Back the Ferry"`: a participle of showing words right after the thing
    that carries them (:data:`_DISPLAYS`), which the parser hangs on the thing with no
    subject, or reads as a noun (`hat reading`), so no cue's parse reaches the quote. The
    thing is the source; its words are a slogan, which the default scope drops
    (:func:`quotes.not_said.displayed`)."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 3) : whole.start] if not t.is_space]
    if before and before[-1].text == ",":
        before.pop()
    if len(before) < 2:
        return None
    thing, participle = before[-2], before[-1]
    if participle.lower_ not in _DISPLAY_PARTICIPLES or thing.pos_ != "NOUN":
        return None
    if thing.lemma_.lower() not in _DISPLAYS:
        return None
    return Link(participle, mention_span(thing), DISPLAY_PARTICIPLE, True)
