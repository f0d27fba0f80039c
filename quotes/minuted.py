"""Rule minuted: words a member asks to have put on the record are her own, verbatim.

`Cllr Ruiz, who voted against, asked that her words be minuted: "…"`: the minutes record
the words after the colon as she said them, so they are her direct row, the record verb
(`minuted`, `recorded`, `noted`) their cue. No cue's parse reaches them: the asking verb
reports a request, and the record verb's subject is the words themselves.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.cue_subjects import active_subject
from quotes.deps import SUBJECT
from quotes.found import Link
from quotes.language import word_list
from quotes.mentions import mention_span

#: Verbs of putting words on a record (`minuted`), and the nouns for one's own words
#: that a member asks to have put there (`her words`, `his dissent`).
_MINUTING = word_list("minuting-verbs")
_OWN_WORDS = word_list("own-words-nouns")


def minuted(whole: Span) -> Link | None:
    """Rule minuted: the one who asks that her own words be put on the record right
    before them, `Cllr Ruiz, who voted against, asked that her words be minuted: "…"`:
    the words after the colon are hers (the minutes record them verbatim), the record
    verb (:data:`_MINUTING`) their cue, whose clause's subject is one's own words
    (:data:`_OWN_WORDS`) and hangs on a verb with an active subject, the asker."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 3) : whole.start] if not t.is_space]
    if len(before) < 2 or before[-1].text != ":":
        return None
    verb = before[-2]
    if not _record_participle(verb):
        return None
    clause = verb.head if verb.dep_ in ("acomp", "xcomp") else verb
    words = next(
        (c for c in [*verb.children, *clause.children] if c.dep_ in SUBJECT),
        None,
    )
    if words is None or words.lower_ not in _OWN_WORDS or clause.dep_ != "ccomp":
        return None
    asker = active_subject(clause.head)
    return None if asker is None else Link(verb, mention_span(asker), "minuted", False)


def _record_participle(verb: Token) -> bool:
    """Whether a word is the participle of a verb of putting words on a record
    (:data:`_MINUTING`): tagged as one (`be recorded`), or, rule minuted-read-as-adjective,
    tagged as an adjective after `be` (`asked that his words be minuted: "…"`, where the
    tagger reads `minuted` as an adjective and leaves it its own lemma; the lemma repairs
    give it `minute`)."""
    if verb.lemma_.lower() not in _MINUTING:
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "JJ" and verb.dep_ == "acomp")
