"""Find cues (speech verbs and phrases) and the speaker each one names.

Every rule here is a named spaCy pattern over the dependency parse or a small
token rule; its name travels into the output as ``method`` so a reviewer can see
which rule attributed a quote and filter on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from quotes.child_patterns import ChildPatterns, positions_of, string_ids
from quotes.language import table, word_classes, word_list

#: Parts of speech a speaker mention can have.
NOMINAL = ("PROPN", "NOUN", "PRON")
#: Dependency labels of the words that make up a noun phrase's name part.
_NAME_PARTS = ("compound", "flat", "det", "amod", "nmod", "poss", "nummod", "case")
#: Cue lemmas whose content is their object phrase as well as a clause
#: (`X called the plan "a disaster"`).
OBJECT_CUES = word_list("object-cues")
#: Nouns that report what someone said or holds (`Russian claims that …`).
NOMINAL_CUES = frozenset(word_classes("nominal-cues"))
#: Adjectives that, after `be`, report what their subject holds, says or means to do: `She
#: is confident that …`, `He was critical of the plan`, `They are eager to leave`.
ADJECTIVE_CUES = frozenset(word_classes("adjective-cues"))


#: Words the small English models lemmatise wrongly, with the right lemma: the rules
#: strip `-ing`/`-ed`/`-s` from `hoping`, `hoped` and `hopes` to `hop`, and `retweeted`,
#: `retweeting` to `retweete`.
LEMMA_REPAIRS = dict(table("lemma-repairs"))


#: Phrasal verbs that report speech only with their particle, and the cue each means:
#: (`shoot`, `back`) → `retort`.
PHRASAL_CUES = {(verb, particle): cue for verb, particle, cue in table("phrasal-cues")}
#: The verbs of :data:`PHRASAL_CUES`, which a sentence must be parsed for.
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_CUES)


def repair_lemmas(doc: Doc) -> None:
    """Set the right lemma on the words of :data:`LEMMA_REPAIRS`, and the cue's lemma on
    a phrasal verb of :data:`PHRASAL_CUES`, so cues match by lemma."""
    for i in token_indices(doc, "LOWER", frozenset(LEMMA_REPAIRS)):
        doc[i].lemma_ = LEMMA_REPAIRS[doc[i].lower_]
    for i in token_indices(doc, "LEMMA", PHRASAL_VERBS):
        phrasal_cue(doc[i])


#: The tag of an adverb, which :func:`_name_read_as_adverb` may mend.
_ADVERB_TAGS = frozenset({"RB"})


def repair_tags(doc: Doc, lemmas: frozenset[str]) -> None:
    """Mend two misreadings of the small models that hide a cue or its speaker: a cue
    verb read as a noun (:func:`_verb_read_as_noun`) and a name read as an adverb
    (:func:`_name_read_as_adverb`)."""
    for i in token_indices(doc, "LEMMA", lemmas):
        _verb_read_as_noun(doc[i])
    adverbs = token_indices(doc, "TAG", _ADVERB_TAGS)
    if not adverbs:
        return
    names = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_title}
    for i in adverbs:
        if doc[i].text in names:
            _name_read_as_adverb(doc[i])


def _verb_read_as_noun(token: Token) -> None:
    """`Brennick forecast that sales would double`: a cue word tagged as a noun that has a
    subject and a `that`-clause of its own is the verb."""
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.i > token.i
        for c in token.children
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBD"


def _name_read_as_adverb(token: Token) -> None:
    """`Tran countered that …`, where the tagger takes an unfamiliar surname for an
    adverb: a capitalised word the text uses elsewhere in a person's name, set right
    before a verb with no subject, is that verb's subject."""
    verb = token.head
    if (
        token.dep_ in ("advmod", "aux")
        and verb.i == token.i + 1
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        token.pos_ = "PROPN"
        token.tag_ = "NNP"
        token.dep_ = "nsubj"


def phrasal_cue(verb: Token) -> None:
    """`The mayor shot back that no library had closed`: a verb with its particle right
    after it (`shot back`, `hit back`) that reports a clause or a quotation takes the
    lemma of the one-word cue it means (`retort`); the verb alone (`shot the
    messenger`) or with nothing reported (`The visitors hit back within minutes`) is
    kept."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i + 1 >= len(doc):
        return
    particle = doc[verb.i + 1]
    cue = PHRASAL_CUES.get((verb.lemma_.lower(), particle.lower_))
    if (
        cue is not None
        and particle.head.i == verb.i
        and particle.dep_ in ("prt", "advmod")
        # what it reports: a clause (`shot back that …`) or a quotation in its sentence
        and (
            any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
            or any(t.is_quote for t in verb.sent)
        )
    ):
        verb.lemma_ = cue


def token_indices(doc: Doc, attr: str, values: frozenset[str]) -> list[int]:
    """The indices of the tokens whose `attr` (`LEMMA`, `LOWER`) is one of `values`, read
    from the doc's arrays so that no token object is made for the others."""
    return positions_of(doc.to_array(attr), _hashes(values))


@lru_cache(maxsize=32)
def _hashes(values: frozenset[str]) -> np.ndarray:
    """The string-store ids of `values`, as :func:`positions_of` looks them up."""
    return string_ids(values)


@lru_cache(maxsize=4)
def cue_lemmas(lang: str = "en") -> frozenset[str]:
    """The reporting-cue lemmas of a language: the words of ``lang/<lang>/cues.txt``."""
    return frozenset(word_classes("cues", lang))


# Each pattern anchors on the cue (`CUE`) and finds the `SPEAKER` token.
# The cue constraint (a lemma of the lexicon) is added in `SpeakerMatcher.__init__`.
_SPEAKER_PATTERNS: dict[str, list[dict[str, object]]] = {
    # `Zelensky said, "…"` / `"…," he said` / `"…," said the minister`
    # (a passive subject is who was asked or told, not the speaker: `Trump was asked, "…"`)
    "subject": [{"RIGHT_ID": "SPEAKER", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
    # `"…," was said by the minister` / `the plan was announced by Biden`
    "passive-agent": [
        {"RIGHT_ID": "BY", "RIGHT_ATTRS": {"DEP": "agent"}},
        {"LEFT_ID": "BY", "REL_OP": ">", "RIGHT_ID": "SPEAKER", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ],
    # the same where the parser took the agent for a plain `by` phrase: `The plan was
    # criticized, even by allies like Kemp`
    "passive-by": [
        {"RIGHT_ID": "BE", "RIGHT_ATTRS": {"DEP": "auxpass"}},
        {"RIGHT_ID": "BY", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "by"}},
        {"LEFT_ID": "BY", "REL_OP": ">", "RIGHT_ID": "SPEAKER", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ],
}

#: How a cue with no subject of its own hangs on the verb whose subject speaks, and the
#: method each first link names.
_GOVERNED = {
    "advcl": "participle",
    "pcomp": "participle",
    "conj": "conjunct",
    "xcomp": "complement",
}
#: Verbs that bring their object to say or think something: `led some to speculate`.
_CAUSING = word_list("causing-verbs")
#: What a source issues to speak for it: `Trump issued a statement saying …` is Trump's.
ISSUED = word_list("issued-works")
#: Works whose author a `by`/`from` phrase names, which a speaker mention keeps: `a
#: tally by the Associated Press`, `a recent report from Bloomberg`.
_AUTHORED = ISSUED | word_list("authored-works")


#: Light verbs that a word of theirs makes a cue, with those words: `made clear that …`,
#: `made the case that …`, `took aim at …`, `have doubts about …`, `gave a warning about …`.
LIGHT_CUES = {
    verb: frozenset(w for v, _, *words in table("light-verbs") if v == verb for w in words)
    for verb, *_ in table("light-verbs")
}


def light_word(verb: Token) -> Token | None:
    """The word that makes a light verb a cue: `clear` in `made clear that …`, `aim` in
    `took aim at …`; none for other verbs and other objects."""
    words = LIGHT_CUES.get(verb.lemma_.lower())
    if not words:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "ccomp", "oprd", "acomp") and c.lemma_.lower() in words
        ),
        None,
    )


#: Verbs that report an impression nobody in the text is said to hold: `X seems to …`.
IMPRESSION_CUES = frozenset(word_classes("impression-cues"))
#: Adverbs that mark a statement as hearsay with no source given: `X reportedly …`.
HEARSAY_CUES = frozenset(word_classes("hearsay-adverbs"))
#: What an impression verb needs to be one: `seems to win`, `seemed close`, `appeared a
#: winner` (not `She appeared on television`).
_COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "ccomp", "attr"})
#: Cues of perception: their passive reports a view only with `as` or a complement.
_PERCEIVED = word_list("perception-cues")
#: Cues whose passive subject is a thing made public or found, not a view of it.
_RELEASED = word_list("released-cues")


@dataclass(frozen=True, slots=True)
class CueSpeaker:
    """A cue token and the token heading its speaker mention, with the rule that found it."""

    cue: int
    speaker: int
    method: str


class SpeakerMatcher:
    """Runs the dependency patterns that tie each cue in a doc to its speaker."""

    def __init__(self, vocab: Vocab, lang: str = "en") -> None:
        self.lemmas = cue_lemmas(lang)
        #: spaCy dependency patterns, matched by walking from their cues (ChildPatterns)
        self.matcher = ChildPatterns()
        cue = {"LEMMA": {"IN": sorted(self.lemmas)}, "POS": {"IN": ["VERB", "AUX"]}}
        for name, rest in _SPEAKER_PATTERNS.items():
            self.matcher.add(name, [[{"RIGHT_ID": "CUE", "RIGHT_ATTRS": cue}, *_link(rest)]])
        # `Russian claims that …` / `Trump's assertion that …` (a noun cue and its owner)
        self.matcher.add(
            "nominal",
            [
                [
                    {
                        "RIGHT_ID": "CUE",
                        "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(NOMINAL_CUES)}, "POS": "NOUN"},
                    },
                    {
                        "LEFT_ID": "CUE",
                        "REL_OP": ">",
                        "RIGHT_ID": "SPEAKER",
                        "RIGHT_ATTRS": {"DEP": "poss", "POS": {"IN": ["PROPN", "NOUN", "PRON"]}},
                    },
                ],
                [
                    {
                        "RIGHT_ID": "CUE",
                        "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(NOMINAL_CUES)}, "POS": "NOUN"},
                    },
                    {
                        "LEFT_ID": "CUE",
                        "REL_OP": ">",
                        "RIGHT_ID": "SPEAKER",
                        "RIGHT_ATTRS": {
                            "DEP": {"IN": ["amod", "compound"]},
                            "POS": {"IN": ["PROPN", "ADJ"]},
                            "IS_TITLE": True,
                        },
                    },
                ],
            ],
        )
        # `The message from the governor was that …`, `a warning by the agency that …`
        self.matcher.add(
            "nominal-source",
            [
                [
                    {
                        "RIGHT_ID": "CUE",
                        "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(NOMINAL_CUES)}, "POS": "NOUN"},
                    },
                    {
                        "LEFT_ID": "CUE",
                        "REL_OP": ">",
                        "RIGHT_ID": "FROM",
                        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["from", "by"]}},
                    },
                    {
                        "LEFT_ID": "FROM",
                        "REL_OP": ">",
                        "RIGHT_ID": "SPEAKER",
                        "RIGHT_ATTRS": {"DEP": "pobj", "POS": {"IN": ["PROPN", "NOUN", "PRON"]}},
                    },
                ]
            ],
        )
        # `She is confident that …` / `He was critical of the plan` (the subject of `be`)
        self.matcher.add(
            "adjective",
            [
                [
                    {"RIGHT_ID": "BE", "RIGHT_ATTRS": {"LEMMA": "be"}},
                    {
                        "LEFT_ID": "BE",
                        "REL_OP": ">",
                        "RIGHT_ID": "CUE",
                        "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": sorted(ADJECTIVE_CUES)}},
                    },
                    {
                        "LEFT_ID": "BE",
                        "REL_OP": ">",
                        "RIGHT_ID": "SPEAKER",
                        # not the empty subject of `it is clear that …`
                        "RIGHT_ATTRS": {
                            "DEP": "nsubj",
                            "LOWER": {"NOT_IN": ["it", "this", "that"]},
                        },
                    },
                ]
            ],
        )
        # `according to the report, …` / `…, according to officials`
        self.matcher.add(
            "according-to",
            [
                [
                    {"RIGHT_ID": "CUE", "RIGHT_ATTRS": {"LOWER": "according"}},
                    {
                        "LEFT_ID": "CUE",
                        "REL_OP": ">",
                        "RIGHT_ID": "TO",
                        "RIGHT_ATTRS": {"LOWER": "to"},
                    },
                    {
                        "LEFT_ID": "TO",
                        "REL_OP": ">",
                        "RIGHT_ID": "SPEAKER",
                        "RIGHT_ATTRS": {"DEP": "pobj"},
                    },
                ]
            ],
        )

    def __call__(self, doc: Doc) -> dict[int, CueSpeaker]:
        """The best speaker for each cue token index; a cue's own subject wins."""
        repair_lemmas(doc)
        repair_tags(doc, self.lemmas)
        rank = {"subject": 0, "passive-agent": 1, "passive-by": 1, "according-to": 0}
        found: dict[int, CueSpeaker] = {}
        for name, ids in self.matcher(doc):
            cue, speaker = ids["CUE"], ids["SPEAKER"]
            # a number heads a share of people: `Six in 10 say …`, `Half said …`; a dash
            # the tagger took for a noun is no one
            head = doc[speaker]
            if (
                head.pos_ not in (*NOMINAL, "ADJ", "NUM") and head.tag_ not in ("WP", "WDT")
            ) or not any(ch.isalnum() or ch == "%" for ch in head.text):
                continue
            best = found.get(cue)
            # the nearer of two subjects: `The treaty's rejection signals the end, said
            # Geert Wilders` (the parser hangs both on `said`)
            if best is None or (rank.get(name, 2), abs(speaker - cue)) < (
                rank.get(best.method, 2),
                abs(best.speaker - cue),
            ):
                found[cue] = CueSpeaker(cue, speaker, name)
        for i in token_indices(doc, "LEMMA", self.lemmas):
            token = doc[i]
            perfect = _perfect_subject(token) if i not in found else None
            if perfect is not None:
                found[i] = CueSpeaker(i, perfect.i, "subject")
            name = inverted_speaker(token) if token.pos_ == "VERB" else None
            if name is not None and not (i in found and name.start <= found[i].speaker < name.end):
                found[i] = CueSpeaker(i, name.root.i, "inverted")
            if i not in found and token.pos_ in ("VERB", "AUX"):
                governed = governing_speaker(token)
                if governed is not None:
                    found[token.i] = CueSpeaker(token.i, governed[0].i, governed[1])
        for i in token_indices(doc, "LEMMA", frozenset(LIGHT_CUES)):
            if i not in found and light_word(doc[i]) is not None:
                # `Warren made the case that …`: the light verb's own subject, or up the chain
                subject = active_subject(doc[i])
                governed = (subject, "subject") if subject is not None else governing_speaker(
                    doc[i]
                )
                if governed is not None:
                    found[i] = CueSpeaker(i, governed[0].i, governed[1])
        return dict(sorted(found.items()))


#: Words of a speaker named after its cue: `, said the agency's head,`.
_NAME_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "CCONJ", "ADP", "PART"})
#: Longest speaker (in words) that an inverted cue names between commas.
_INVERTED_NAME = 10


def inverted_speaker(cue: Token) -> Span | None:
    """The speaker a cue names right after itself between commas, whatever the parser
    hung it on: `The contrast, said Doyle and others, would be clear` (where `Doyle` may
    be read as the subject of `be`)."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    end = cue.i + 1
    while end < len(doc) and doc[end].text != "," and end - cue.i <= _INVERTED_NAME:
        end += 1
    name = doc[cue.i + 1 : end]
    if (
        end >= len(doc)
        or doc[end].text != ","
        or not name
        or name[0].pos_ not in ("PROPN", "NOUN", "DET")
        or any(t.pos_ not in _NAME_POS or t.is_sent_start for t in name)
        or any(c.dep_ in ("dobj", "dative", "prep") and c.i < end for c in cue.rights)
    ):
        return None
    return name


def active_subject(verb: Token) -> Token | None:
    """The nominal active subject of a verb (a passive subject was asked, not asking)."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None)


def _perfect_subject(verb: Token) -> Token | None:
    """The subject of a perfect the parser read as a passive: `he's said he will run`
    (`'s` is `has`), not `he's said to be ill`, a passive with its infinitive."""
    if any(c.dep_ == "xcomp" for c in verb.children) or not any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in NOMINAL), None)


def unsourced_cues(
    doc: Doc, lemmas: frozenset[str], sourced: dict[int, CueSpeaker]
) -> list[int]:
    """The cues whose statement the text gives no source for: a passive cue without an
    agent (`The bill is expected to pass`, `He was seen as a moderate`), an impression
    with its complement (`The race seems close`, `She appeared ready to run`), hearsay
    (`The FBI is reportedly preparing to interview her`), a cue under an empty `it`
    (`It is important to note that …`) and a passive participle that says what someone
    was asked (`Asked about the plan, she …`).

    Not the passive of a verb whose object is a thing made public rather than a view of
    it (`The report was released`, `The poll can be found here`), nor a sighting (`The
    actor was seen in Paris`, but `He was seen as a moderate`)."""
    found = []
    candidates = token_indices(doc, "LEMMA", lemmas | IMPRESSION_CUES) + token_indices(
        doc, "LOWER", HEARSAY_CUES
    )
    for token in (doc[i] for i in sorted(candidates)):
        if token.i in sourced or token.pos_ not in ("VERB", "AUX", "ADV"):
            continue
        lemma = token.lemma_.lower()
        deps = {c.dep_ for c in token.children}
        passive = (
            lemma in lemmas
            and lemma not in _RELEASED
            and "nsubjpass" in deps
            and "agent" not in deps
            and (lemma not in _PERCEIVED or _judged(token))
        )
        impression = lemma in IMPRESSION_CUES and "nsubj" in deps and bool(deps & _COMPLEMENTS)
        if _speaks_through(token, sourced):
            continue
        hearsay = token.lower_ in HEARSAY_CUES and token.head.pos_ in ("VERB", "AUX")
        empty = lemma in lemmas and under_empty_it(token)
        addressed = lemma in lemmas and lemma not in _RELEASED and addressed_participle(token)
        if passive or impression or hearsay or empty or addressed:
            found.append(token.i)
    return found


def _speaks_through(token: Token, sourced: dict[int, CueSpeaker]) -> bool:
    """Whether what an impression or a hearsay word qualifies is a cue of its own with a
    speaker, whose statement it is: `Rubio seemed to urge …`, `Trump reportedly said …`
    (but `She is expected to argue …` is a view of what she will say)."""
    if token.pos_ == "ADV":
        return token.head.i in sourced
    return token.lemma_.lower() in IMPRESSION_CUES and any(
        c.dep_ == "xcomp" and c.i in sourced for c in token.children
    )


def addressed_participle(verb: Token) -> bool:
    """Whether a cue is a passive participle set before or after a clause, with no agent:
    its subject was asked, not the asker (`Asked whether he would run, Smith smiled`)."""
    # a past tense with no subject set before a clause is a participle the tagger misread
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ == "advcl"
        and (verb.tag_ == "VBN" or verb.i < verb.head.i)
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
    )


def _judged(verb: Token) -> bool:
    """Whether a verb says what its object is taken for: `seen as a moderate`, `seen to
    falter`, `thought a risk`."""
    return any(
        c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def governing_speaker(cue: Token) -> tuple[Token, str] | None:
    """The speaker of a cue verb with no subject of its own, and the rule that found it.

    Up the verbs the cue hangs on to the first with a subject: `He criticized the West,
    saying …` (participle), `She smiled and said …` (conjunct), `He went on to say …`
    (complement), `They drew crowds by describing …` — or its object, for a verb that
    brings it to speak (`The leak led some to speculate …`); or, for a statement, letter or ad
    that an `-ing` participle hangs on, who issued it: `Trump issued a statement saying …`
    (modified); else the noun a participle or an infinitival relative modifies: `groups
    backing her` (see :func:`_modified_speaker`). A passive participle's subject was
    spoken to: `Asked about it, he said …`; an empty `it` is no one: `It is important to
    note that …` (see :func:`_empty_it`).
    """
    found = _governing_subject(cue)
    return None if found is None or _empty_it(found[0]) else found


def _governing_subject(cue: Token) -> tuple[Token, str] | None:
    """The subject of the first verb up the chain a subjectless cue hangs on (or the
    issuer of the statement it belongs to), with the name of the first link."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in cue.children):
        # its own subject, or a passive: `… and is widely expected to win` says nothing of
        # who expects it
        return None
    if (cue.dep_ in ("advcl", "acl") and cue.tag_ == "VBN") or addressed_participle(cue):
        return None
    method = None
    token = cue
    for _ in range(4):
        if token.dep_ == "acl":
            issuer = _issuer(token.head)
            if issuer is None and token is cue:
                return _modified_speaker(cue)
            return None if issuer is None else (issuer, method or "modified")
        if token.dep_ == "relcl" and token is cue:
            return _modified_speaker(cue)
        link = _GOVERNED.get(token.dep_)
        if link is None:
            return None
        if token is cue and link == "conjunct":
            stray = _stray_subject(cue)
            if stray is not None:
                return stray, "subject"
        method = method or link
        controlled = token.dep_ == "xcomp"
        start = token.left_edge.i
        trailing = token.dep_ == "advcl" and start > 0 and token.doc[start - 1].text == ","
        token = token.head
        if token.dep_ == "prep":  # `by describing`: the verb the preposition hangs on
            token = token.head
        if (trailing or second_act(cue)) and token.dep_ == "ccomp" and token.head.pos_ == "VERB":
            # `Byrne wrote the agents knew it, saying …`: set off after a reported clause,
            # the participle goes with the verb that reports it
            token = token.head
        if controlled and token.lemma_.lower() in _CAUSING:
            # `The leak led many experts to suspect …`: the object of the verb speaks
            objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
            if objects:
                return objects[0], method
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (
                child.pos_ in (*NOMINAL, "NUM") or child.tag_ in ("WP", "WDT")
            ):
                return child, method
    return None


#: Words that rank a noun among others who acted: `the first union to back the deal`.
_RANKING = word_list("ranking-words")
#: The class of each verb cue: a participle of stance or thought reports its noun's.
_CUE_CLASSES = word_classes("cues")


def _modified_speaker(cue: Token) -> tuple[Token, str] | None:
    """The noun a cue modifies as an active participle or an infinitive, who holds or
    does what the cue reports: `the farmers opposing the pipeline` (`modifier`), `the
    first union to back the contract` (`infinitival`, which the parser may read as a
    relative clause; only after a ranking word, an ordinal or a superlative, not in `a
    good place to say goodbye`). Not a passive participle (`a group called …`), nor an
    act (`people seeking shelter` are not said to do anything by anyone); a participle of
    speech only for a work its issuer speaks through (`a banner saying …`, see
    :func:`_issuer`)."""
    noun = cue.head
    near = cue.doc[cue.i - 1]
    if near.pos_ in ("NOUN", "PROPN") and noun in near.ancestors:
        # `the head of the group backing Ruiz`: the parser may hang the participle on the
        # head of the phrase, but it describes the noun right before it
        noun = near
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > cue.i or _CUE_CLASSES.get(
        cue.lemma_.lower()
    ) == "act":
        return None
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and _CUE_CLASSES.get(cue.lemma_.lower()) in (
        "stance",
        "thought",
    ):
        return noun, "modifier"
    if cue.tag_ == "VB" and any(c.tag_ == "TO" and c.i < cue.i for c in cue.children) and any(
        c.dep_ == "amod" and (c.lower_ in _RANKING or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
        for c in noun.lefts
    ):
        return noun, "infinitival"
    return None


def second_act(cue: Token) -> bool:
    """Whether a cue the parser hung as a conjunct inside a reported clause is rather the
    speaker's next act, in the reporting verb's tense: `Paul said the plan would cost
    billions and called him reckless` (`called` is Paul's, not the plan's)."""
    clause = cue.head
    verb = clause.head
    return (
        cue.dep_ == "conj"
        and clause.dep_ == "ccomp"
        and cue.tag_ == verb.tag_
        and verb.lemma_.lower() in cue_lemmas()
        and any(c.dep_.startswith("nsubj") for c in clause.children)
        and not any(c.dep_.startswith("nsubj") for c in cue.children)
    )


def _stray_subject(verb: Token) -> Token | None:
    """A subject right before a conjunct verb that the parser hung elsewhere: in `…, but
    Cruz opposed it` read wrongly, `Cruz` is still who opposed it."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i < 1 or doc[i].pos_ not in NOMINAL or doc[i].dep_ in ("pobj", "dobj", "poss"):
        return None
    before = doc[doc[i].left_edge.i - 1] if doc[i].left_edge.i > 0 else None
    return doc[i] if before is not None and before.dep_ == "cc" else None


#: Verbs whose `it` subject stands for the clause after them: `It means admitting …`,
#: `It doesn't take a mathematician to see …`, `It is worth remembering …`.
_EMPTY_IT_VERBS = word_list("empty-it-verbs")


def _empty_it(subject: Token) -> bool:
    """Whether a subject is the empty `it` of `It is hard to know whether …`."""
    return subject.lower_ == "it" and subject.head.lemma_.lower() in _EMPTY_IT_VERBS


def under_empty_it(cue: Token) -> bool:
    """Whether a cue hangs on a clause whose subject is an empty `it`: `It is important to
    note that …`, `It's hard not to wonder whether …` — a statement with no source."""
    found = _governing_subject(cue)
    return found is not None and _empty_it(found[0])


def _issuer(noun: Token) -> Token | None:
    """Who issued a statement, letter or ad, when the clause says: the subject of the
    verb it is the object of (`Trump issued a statement …`, `She wrote in a letter …`)."""
    if noun.lemma_.lower() not in ISSUED:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None)


def _link(rest: list[dict[str, object]]) -> list[dict[str, object]]:
    """Attach the first pattern step to the cue when it has no parent yet."""
    out = []
    for step in rest:
        if "LEFT_ID" not in step:
            step = {"LEFT_ID": "CUE", "REL_OP": ">", **step}
        out.append(step)
    return out


def continues_name(prep: Token) -> bool:
    """An `of` phrase that continues a proper name: `of England` in `Bank of England`,
    `of Water and Agriculture` in `Ministry of Water and Agriculture`."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and prep.head.pos_ == "PROPN"
        and all(t.pos_ in ("PROPN", "DET", "CCONJ") or t is prep for t in prep.subtree)
    )


def author(work: Token) -> Token | None:
    """Who made a work, when a `by`/`from`/`with` phrase names them: `the Associated
    Press` in `a tally by the Associated Press`, `Bloomberg` in `a report from Bloomberg`,
    `Reuters` in `figures compiled by Reuters` (the agent of a participle). The list holds
    lemmas and plural-only words (`figures`, `estimates`)."""
    if work.lemma_.lower() not in _AUTHORED and work.lower_ not in _AUTHORED:
        return None
    for child in work.rights:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "with"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            return None if agent is None else next(
                (c for c in agent.children if c.dep_ == "pobj"), None
            )
    return None


def mention_span(token: Token) -> Span:
    """The words naming a speaker: a named entity, else the noun phrase's name part.

    `the NATO chief`, `Jens Stoltenberg`, `he`, `a source`: the head with its
    determiners, compounds and modifiers to its left, but not clauses or appositions;
    a work keeps its author (`a tally by the Associated Press`).
    """
    doc = token.doc
    if token.ent_type_ and token.pos_ == "PROPN":
        ent = entity_at(token)
        if ent is not None:
            return ent
    if token.pos_ == "PRON" or token.tag_ in ("WP", "WDT"):
        return doc[token.i : token.i + 1]
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in _NAME_PARTS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.i + 1
        elif continues_name(child) and child.i == end:
            # `the Bank of England`, `the University of Texas`
            end = child.right_edge.i + 1
        elif child.dep_ == "appos" and child.left_edge.i == end and child.ent_type_ == "PERSON":
            # `Opposition whip Raj Patel`: a role with the name right after it
            end = child.i + 1
        elif child.i == end and (maker := author(token)) is not None and maker in child.subtree:
            # `a tally by the Associated Press`, `figures compiled by Reuters`: who made
            # the work speaks through it
            end = child.right_edge.i + 1
    while start < token.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def entity_at(token: Token) -> Span | None:
    """The named entity a token is part of (as ``doc.ents`` has it), or None. Read from
    the entity marks of the tokens around it: ``doc.ents`` (and ``Span.ents``) rebuilds
    every entity of the document on each call, the square of its length over a text."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id,
                span_id=first.ent_id)
