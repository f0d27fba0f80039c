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

from collections.abc import Iterable

from spacy.tokens import Span, Token

from quotes.deps import SUBJECT
from quotes.genders import gender_of_given, pronoun_gender
from quotes.language import word_list
from quotes.mentions import mention_span
from quotes.name_keys import name_parts
from quotes.name_spans import TITLES
from quotes.normalise import HYPHENS

#: Verbs that give their object a name (`calls him Abu Faisal`).
_NAMING_VERBS = word_list("nickname-verbs")
#: Verbs whose `as` gives the name their object is known by (`knows him as Ti-Jo`).
_NAMING_AS_VERBS = word_list("naming-as-verbs")
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
    name = named_complement(verb)
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
    return _joined(verb, pronoun_gender(pronoun.lower_), words)


def named_complement(verb: Token) -> Token | None:
    """The name a naming verb gives (`call`): its complement (`calls him Abu Faisal`), or
    a proper name the parse makes its object, hanging the pronoun on the name (`call her
    Mama Mboga`) or reading a relative clause's name as a second object beside `whom`
    (`whom the evacuees call Manay Rosario`); None when it has neither."""
    return next((c for c in verb.children if c.dep_ in ("oprd", "xcomp")), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None
    )


def name_words(words: Iterable[Token]) -> list[str]:
    """The words of a name others call a person by, in lower case, less the titles of
    respect before it (`Khun Somporn` is looked up as `somporn`)."""
    return [t.lower_ for t in words if t.lower_ not in TITLES]


def known_by_pronoun(verb: Token) -> tuple[Span, list[str]] | None:
    """Rule known-by-pronoun: the person a main clause's `him` or `her` stands for, whom
    everyone knows or addresses by the capitalised name after `as`, and that name's words
    in lower case (titles left out): `Jean-Marc Hoarau, 55, has fished here since he was
    12, and everyone on the quay knows him as Ti-Jo.` (`know`, object `him`, `as` and the
    name). None for other verbs and shapes (`knows him as a fair man`: no proper name)."""
    if verb.lemma_.lower() not in _NAMING_AS_VERBS or verb.pos_ != "VERB" or verb.dep_ == "relcl":
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    name = None if as_ is None else next((c for c in as_.children if c.dep_ == "pobj"), None)
    if pronoun is None or name is None or name.pos_ != "PROPN" or pronoun.pos_ != "PRON":
        return None
    gender = pronoun_gender(pronoun.lower_)
    words = name.doc[name.left_edge.i : name.right_edge.i + 1]
    # `Ti-Jo`: the hyphen is a word of the name as the mention is read
    if gender is None or not all(
        (t.pos_ == "PROPN" and t.is_title) or t.text in HYPHENS for t in words
    ):
        return None
    return _joined(verb, gender, words)


def _joined(verb: Token, gender: str, words: Iterable[Token]) -> tuple[Span, list[str]] | None:
    """The person named before ``verb`` whom its `him` or `her` (of ``gender``) stands
    for (:func:`named_before_pronoun`), with the words of the name they are called by; None
    when no one fits."""
    person = named_before_pronoun(verb, gender)
    return None if person is None else (mention_span(person), name_words(words))


def named_before_pronoun(verb: Token, gender: str) -> Token | None:
    """The nearest person's name before ``verb`` that is a subject, within its sentence
    and the one before, whose given name does not clash with the pronoun's gender."""
    doc = verb.doc
    sent_start = verb.sent.start
    start = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for k in range(verb.i - 1, max(start, verb.i - _REACH) - 1, -1):
        token = doc[k]
        if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
            continue
        if token.dep_ not in SUBJECT and not _unparsed_name_end(token):
            continue
        # the whole given name, a compound's too (`Jean-Noël` is a man's, `Jean` alone a
        # woman's in the lists)
        given = name_parts(mention_span(token).text)[0]
        found = None if given is None else gender_of_given(given)
        if found is None or found == gender:
            return token
        return None
    return None


def _unparsed_name_end(token: Token) -> bool:
    """Rule called-after-unparsed: whether ``token`` ends a person's name in a sentence
    the engine did not parse (no dependency label: only the sentences that may hold a
    statement are parsed), which :func:`named_before_pronoun` then takes as the sentence's
    subject: `Zeinab Fakih, 58, bought two bundles. Her neighbours call her Umm Ali.`
    names her in a sentence with no cue."""
    # `Zeinab Fakih, 58, a mother of five, bought two bundles.` (no cue: not parsed)
    doc = token.doc
    return token.dep_ == "" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
