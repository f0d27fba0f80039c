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
    verb = _record_verb(before[-2])
    if verb is None:
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


def _record_verb(verb: Token) -> Token | None:
    """The record verb before the colon: the participle (`be minuted:`), also where the
    tagger read it as an adjective (rule minuted-read-as-adjective: `Chief Ruiz asked
    that her words be minuted: "…"` with `minuted` tagged `JJ`, an `acomp` of `be`, its
    lemma left as written); None for any other word."""
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _MINUTING:
        return verb
    adjective = verb.tag_ == "JJ" and verb.dep_ == "acomp"
    forms = {f"{v}d" if v.endswith("e") else f"{v}ed" for v in _MINUTING}
    return verb if adjective and verb.lower_ in forms else None
