"""Rule called-by-pronoun: the name others call a person by, given in a main clause
whose object is `him` or `her` standing for the person just named.

`Somporn Kaewmanee, 58, has grown rice here since 1991. In the village everyone calls
her Khun Somporn.` ¶ `Khun Somporn said …`; `Abdullah al-Naeem has farmed 340 palms,
and every trader calls him Abu Faisal.` ¶ `Abu Faisal said …`: the later mention by
that name is the person, a teknonym (`Abu`/`Umm` and a child's name) or a name of
respect as any other. The relative clause of the same verb (`whom everyone calls Mama
Mariam`) is :func:`quotes.nicknames.called_names`'s own rule, which this one joins.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.genders import gender_of_given, pronoun_gender
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_spans import TITLES

#: Verbs that give their object a name (`calls him Abu Faisal`).
_NAMING_VERBS = word_list("nickname-verbs")
#: Most tokens back from the verb, over the sentence before, where the person is looked
#: for: the name and the pronoun stand within a sentence or two of each other.
_REACH = 60


def called_by_pronoun(verb: Token) -> tuple[Span, list[str]] | None:
    """The person a main clause's `him` or `her` stands for, who is called the proper
    name after it, and that name's words in lower case (titles left out): `everyone
    calls her Khun Somporn` (the parse may hang `her` on the name as a possessive) after
    `Somporn Kaewmanee, 58, has grown rice …`. None for other verbs and shapes
    (`calls him a liar`: no proper name; a relative clause, read by the rule
    called-name)."""
    if verb.lemma_.lower() not in _NAMING_VERBS or verb.pos_ != "VERB" or verb.dep_ == "relcl":
        return None
    # the name is the complement (`calls him Abu Faisal`), or the object where the parse
    # hangs the pronoun on it (`call her Mama Mboga`)
    name = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp")), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None
    )
    if name is None or name.pos_ != "PROPN":
        return None
    doc = verb.doc
    words = doc[name.left_edge.i : name.i + 1]
    # `calls him Abu Faisal` (`him` the object) or `calls her Khun Somporn` (`her` read
    # as the name's possessive)
    pronoun = next(
        (
            c
            for c in (*verb.children, *name.children)
            if c.dep_ in ("dobj", "poss") and c.i != name.i
        ),
        None,
    )
    if pronoun is None or pronoun.pos_ != "PRON" or pronoun_gender(pronoun.lower_) is None:
        return None
    words = [t for t in words if t.i > pronoun.i]
    if not words or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return None
    person = _named_before(verb, pronoun_gender(pronoun.lower_))
    if person is None:
        return None
    return mention_span(person), [t.lower_ for t in words if t.lower_ not in TITLES]


def _named_before(verb: Token, gender: str) -> Token | None:
    """The nearest person's name before ``verb`` that is a subject, within its sentence
    and the one before, whose given name does not clash with the pronoun's gender."""
    doc = verb.doc
    sent_start = verb.sent.start
    start = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for k in range(verb.i - 1, max(start, verb.i - _REACH) - 1, -1):
        token = doc[k]
        if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
            continue
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        name = mention_span(token)
        found = gender_of_given(name[0].text)
        if found is None or found == gender:
            return token
        return None
    return None
