"""Mend what the small English models misread before any cue is matched.

A cue matches by lemma and part of speech, so a wrong lemma (`hoped` → `hop`), a cue verb
tagged as a noun, a surname tagged as an adverb or a phrasal verb whose meaning lives in
its particle (`shot back` → `retort`) would hide a cue or its speaker. These repairs run
once per doc, first thing in :class:`quotes.matchers.SpeakerMatcher`.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from quotes.cue_words import token_indices
from quotes.language import table, word_list
from quotes.normalise import HYPHENS
from quotes.subject_repairs import (
    ANY_SUBJECT,
    FINITE_VERB,
    subject_read_as_conjunct,
    subject_read_into_adverb,
    subject_read_into_participle,
    subject_read_into_set_off_phrase,
)

#: Words the small English models lemmatise wrongly, with the right lemma: the rules
#: strip `-ing`/`-ed`/`-s` from `hoping`, `hoped` and `hopes` to `hop`, and `retweeted`,
#: `retweeting` to `retweete`.
LEMMA_REPAIRS = dict(table("lemma-repairs"))


#: Phrasal verbs that report speech only with their particle, and the cue each means:
#: (`shoot`, `back`) → `retort`.
PHRASAL_CUES = {(verb, particle): cue for verb, particle, cue, *_ in table("phrasal-cues")}
#: The object that stands between such a verb and its particle, when one must: (`put`,
#: `to`) → `it` (`put it to him that …`).
PHRASAL_OBJECTS = {
    (verb, particle): rest[0] for verb, particle, _, *rest in table("phrasal-cues") if rest
}
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
    """Mend the misreadings of the small models that hide a cue, its speaker or what it
    reports: a cue verb read as a noun (:func:`_verb_read_as_noun`), its subject read as
    an apposition in a phrase set before it (:func:`_subject_read_as_apposition`), a
    one-word quote before it read as its subject (:func:`_quote_read_as_subject`), a
    short answer before it read as its auxiliary (:func:`_answer_read_as_auxiliary`), a cue
    read as a participle of the noun before it (:func:`_cue_read_as_relative`), a
    clause on the person a cue speaks through read as a relative
    (:func:`repair_intermediary`), a name
    closing a subject's phrase read as a second subject
    (:func:`_name_read_as_second_subject`), a share of people read as a number modifying
    the cue (:func:`_share_read_as_modifier`), a word joined by a hyphen read as two
    (:func:`_hyphened_word_read_apart`), a subject read into a long opener
    (:func:`_subject_read_into_opener`), a cue verb joined to a noun
    (:func:`_conjunct_read_onto_a_noun`), a subject read into the adverb or the phrase
    set off after it (:func:`~quotes.subject_repairs.subject_read_into_adverb`,
    :func:`~quotes.subject_repairs.subject_read_into_set_off_phrase`), a subject read
    into a participle's clause (:func:`~quotes.subject_repairs.subject_read_into_participle`)
    and a name read as an adverb (:func:`_name_read_as_adverb`)."""
    for i in token_indices(doc, "LEMMA", lemmas):
        cue = doc[i]  # a view of the doc: it sees what each repair changed
        _verb_read_as_noun(cue)
        _subject_read_as_apposition(cue)
        _quote_read_as_subject(cue)
        _cue_read_as_relative(cue)
        _answer_read_as_auxiliary(cue)
    repair_intermediary(doc, lemmas)
    for i in token_indices(doc, "DEP", _SUBJECT):
        _name_read_as_second_subject(doc[i], lemmas)
    for i in token_indices(doc, "DEP", _CONJUNCT):
        subject_read_as_conjunct(doc[i])
    for i in token_indices(doc, "DEP", _NUMBER_MODIFIER):
        _share_read_as_modifier(doc[i], lemmas)
    for i in token_indices(doc, "ORTH", HYPHENS):
        _hyphened_word_read_apart(doc[i])
    for i in token_indices(doc, "LEMMA", lemmas):
        cue = doc[i]
        _subject_read_into_opener(cue)
        _conjunct_read_onto_a_noun(cue)
        subject_read_into_adverb(cue)
        subject_read_into_set_off_phrase(cue)
        subject_read_into_participle(cue)
    adverbs = token_indices(doc, "TAG", _ADVERB_TAGS)
    if not adverbs:
        return
    names = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_title}
    for i in adverbs:
        if doc[i].text in names:
            _name_read_as_adverb(doc[i])


#: People a statement goes through: `said through a lawyer that …`.
INTERMEDIARIES = word_list("intermediaries")


def repair_intermediary(doc: Doc, lemmas: frozenset[str]) -> None:
    """`Kovac said through a lawyer that she would testify`: the parser reads `that` as a
    relative pronoun (`a lawyer that she …`), a reading a person a cue speaks through
    hardly ever has; the clause on them is what the cue reports (`that` its mark)."""
    for i in token_indices(doc, "LOWER", _THROUGH):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.head.lemma_.lower() not in lemmas:
            continue
        for person in prep.children:
            if person.dep_ != "pobj" or person.lemma_.lower() not in INTERMEDIARIES:
                continue
            for clause in person.children:
                that = clause.left_edge
                if clause.dep_ == "relcl" and that.lower_ == "that" and that.i > person.i:
                    that.dep_, that.tag_, that.pos_ = "mark", "IN", "SCONJ"
                    clause.dep_ = "ccomp"


#: The prepositions of :func:`repair_intermediary`.
_THROUGH = frozenset({"through", "via"})


def _verb_read_as_noun(token: Token) -> None:
    """`Brennick forecast that sales would double`, `Ruiz estimates she will sell half`:
    a cue word tagged as a noun that has a subject and a clause of its own after it (one
    that opens with `that` or has a subject) is the verb, in the present when it has
    the `-s` of one (`estimates`)."""
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "ccomp"
        and c.i > token.i
        and (c.left_edge.lower_ == "that" or any(g.dep_ == "nsubj" for g in c.children))
        for c in token.children
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBD"


def _cue_read_as_relative(verb: Token) -> None:
    """`The senator called Hargreave "the worst mayor in memory."`: the parser may read a
    cue in the past as a participle modifying the noun before it (`the senator [who was]
    called Hargreave`), leaving the sentence with a noun for its root and no verb. A cue
    so hung on the sentence's root noun, which opens the sentence, is the verb: that noun
    its subject, the words hung on the noun after it the verb's (an apposition after the
    object what the object is called)."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or head.dep_ != "ROOT"
        or head.pos_ not in ("NOUN", "PROPN")
        or head.i > verb.i
        or head.left_edge.i != head.sent.start
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    head.head, head.dep_ = verb, "nsubj"
    for child in [c for c in head.children if c.i > verb.i]:
        child.head = verb
        if child.dep_ == "appos":
            child.dep_ = "oprd"
            for other in verb.children:
                if other.dep_ == "oprd" and other.i < child.i:
                    other.dep_ = "dobj"


def _subject_read_as_apposition(verb: Token) -> None:
    """`In a statement to the Gazette, her adviser, Tom Hale, said: "…"`: after a
    phrase set before the cue, the parser may hang the cue's subject, set off by commas,
    on that phrase's last noun as an apposition (the adviser is no Observer), leaving the
    cue with no subject. The apposition that runs from the phrase's comma to the comma
    right before the cue is its subject (`In an interview with the Guardian, the club's
    chairman, Tom Hale, said`)."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children
    ):
        return
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return
    for phrase in verb.lefts:
        if phrase.dep_ not in ("prep", "advcl"):
            continue
        for token in phrase.subtree:
            if (
                token.dep_ == "appos"
                and token.pos_ in ("NOUN", "PROPN")
                and doc[token.left_edge.i - 1].text == ","
                and token.right_edge.i == verb.i - 2
            ):
                token.head = verb
                token.dep_ = "nsubj"
                return


def _quote_read_as_subject(verb: Token) -> None:
    """`"Nonsense," wrote a council member who asked not to be named`: a quote of one
    word before a cue whose subject follows it is read as the subject, the one after as
    a second subject or the object (`"Rubbish," replied a fan who had travelled`); the
    word is what the cue reports (its clausal object), the one after speaks."""
    if verb.pos_ != "VERB":
        return
    word = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    after = next((c for c in verb.rights if c.dep_ in ("nsubj", "dobj")), None)
    if (
        word is not None
        and after is not None
        and word.i > 0
        and word.doc[word.i - 1].is_quote
        and _closes_before(word, verb)
    ):
        word.dep_ = "ccomp"
        after.dep_ = "nsubj"


def _answer_read_as_auxiliary(verb: Token) -> None:
    """`They would, the Bishop replied.`: a short answer of a subject and an auxiliary,
    set off by a comma before a cue with a subject of its own, is read as the cue's
    auxiliary (`would replied`); it is the clause the cue reports."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    for aux in verb.lefts:
        if (
            aux.dep_ == "aux"
            and subject is not None
            and aux.i < subject.i
            and aux.i + 1 < len(aux.doc)
            and aux.doc[aux.i + 1].text == ","
            and any(c.dep_ == "nsubj" for c in aux.children)
        ):
            aux.dep_ = "ccomp"


def _closes_before(word: Token, verb: Token) -> bool:
    """Whether the quote holding `word` alone closes right before `verb`: the word, at
    most a comma, `!` or `?`, the closing mark, then the verb (`"Nonsense," wrote`)."""
    between = word.doc[word.i + 1 : verb.i]
    return (
        0 < len(between) <= 2
        and between[-1].is_quote
        and all(t.text in (",", "!", "?") for t in between[:-1])
    )


#: The label of an active subject, which :func:`_name_read_as_second_subject` may mend.
_SUBJECT = frozenset({"nsubj"})
#: The label of a conjunct, which :func:`~quotes.subject_repairs.subject_read_as_conjunct`
#: may mend.
_CONJUNCT = frozenset({"conj"})


def _name_read_as_second_subject(token: Token, lemmas: frozenset[str]) -> None:
    """`A former adviser to transport minister Gareth Ellison-Rowe has said …`: the parser
    may make the name closing a subject's phrase a second subject of the cue; right after
    the first subject's last word, the object of a preposition in it, it is that noun's
    apposition (the minister is Ellison-Rowe), and the first subject speaks. Not a name
    right after the subject's own head (`Democratic frontrunner Hillary Clinton`), who is
    the one speaking."""
    verb = token.head
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON" or verb.lemma_.lower() not in lemmas:
        return
    name = token.left_edge.i
    first = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i < name and c is not token), None
    )
    before = token.doc[name - 1]
    if (
        first is not None
        and first.right_edge.i == name - 1
        and before.pos_ == "NOUN"
        and before.dep_ == "pobj"
    ):
        token.head = token.doc[name - 1]
        token.dep_ = "appos"


def _hyphened_word_read_apart(hyphen: Token) -> None:
    """`His co-star, Marguerite Lindqvist, says …`: the parser may read `co`, the hyphen
    and `star` as three words, each its own subject, and so cut a speaker to `His co`. A
    hyphen with no space on either side, read as a word, joins one noun (`co-star`,
    `ex-husband`, `co-founder`): its last part heads it, in the place its first part had,
    and takes the words that hung on the other parts."""
    doc = hyphen.doc
    i = hyphen.i
    if i == 0 or i + 1 >= len(doc) or hyphen.pos_ == "PUNCT":
        return
    first, last = doc[i - 1], doc[i + 1]
    if (
        first.whitespace_
        or hyphen.whitespace_
        or not (first.is_alpha and last.is_alpha)
        or last.pos_ != "NOUN"
        or first.dep_ == "ROOT"
        or first.head is last
        or first.head is hyphen
        or last.is_ancestor(first.head)
    ):
        return
    for child in [*first.children, *hyphen.children]:
        if child is not last and child is not first and child is not hyphen:
            child.head = last
    last.head, last.dep_ = first.head, first.dep_
    first.head, first.dep_ = last, "compound"
    hyphen.head, hyphen.dep_, hyphen.pos_, hyphen.tag_ = last, "punct", "PUNCT", "HYPH"


#: The label of a number modifying a noun, which :func:`_share_read_as_modifier` may mend.
_NUMBER_MODIFIER = frozenset({"nummod"})


def _share_read_as_modifier(number: Token, lemmas: frozenset[str]) -> None:
    """`Roughly 4 in 10 say they prefer a new bus route`: the parser may hang the share of
    people on the cue after it as a number modifying it; a number before a cue verb with no
    subject of its own is that verb's subject."""
    verb = number.head
    if (
        verb.i > number.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lemmas
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    ):
        number.dep_ = "nsubj"


def _subject_read_into_opener(verb: Token) -> None:
    """`Speaking outside court, Sergeant Tom Reed, of the road crime unit, said …`, `In a
    statement read to the court by Mr Hale, his widow, Ann Hale, said: …` and `Reviewing
    the book for the Ledger, the historian Dr Fiona Calloway wrote that …`: after a long
    opener (a phrase that opens with a preposition or a participle), the parser may hang
    the subject set off by a comma on the opener, or take the opener for the cue's
    clausal subject, leaving the cue with no subject of its own. The noun phrase right
    after the opener's comma is the cue's subject, and the phrases set off after it,
    up to the cue, are its appositions."""
    doc = verb.doc
    opener = verb.sent[0]
    if verb.tag_ not in FINITE_VERB or not (opener.pos_ == "ADP" or opener.tag_ in ("VBG", "VBN")):
        return
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT]
    if subjects and subjects != [opener]:
        return  # a subject of its own, or one that is more than the opener
    commas = [t.i for t in doc[opener.i : verb.i] if t.text == ","]
    if not commas:
        return
    bounds = [*commas, verb.i] if commas[-1] < verb.i - 1 else commas
    segments = [doc[a + 1 : b] for a, b in pairwise(bounds)]
    roots = []
    for segment in segments:
        heads = [t for t in segment if not segment.start <= t.head.i < segment.end]
        if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX") for t in segment):
            return
        roots.append(heads[0])
    if not roots or roots[0].pos_ not in ("NOUN", "PROPN"):
        return
    if len(segments[0]) == 1 and doc[commas[0] - 1].pos_ == "PROPN":
        return  # `In Alexandria, Va., …`: a place's state, still the opener
    if any(verb in root.subtree for root in roots):
        return  # the cue hangs inside a phrase set off: no reading of ours to mend
    subject = roots[0]
    subject.head, subject.dep_ = verb, "nsubj"
    for root in roots[1:]:
        root.head = subject
        root.dep_ = "prep" if root.pos_ == "ADP" else "appos"
    if subjects:
        opener.dep_ = "advcl"


def _conjunct_read_onto_a_noun(verb: Token) -> None:
    """`The leaflet carries the slogan "Cleaner, Greener Ashby" and claims that …`: the
    parser may join a finite cue verb to a noun of the object before it (here a name in
    quotation marks), which hides the subject the two verbs share. A finite verb is the
    conjunct of the nearest verb above that noun, and so is its `and`."""
    noun = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_VERB or noun.pos_ not in ("NOUN", "PROPN"):
        return
    above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if above is None or above.i > verb.i:
        return
    for word in noun.children:
        if word.dep_ == "cc" and word.i < verb.i:
            word.head = above
    verb.head = above


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
    if PHRASAL_OBJECTS.get((verb.lemma_.lower(), "to")) == "it":
        if put_it_to(verb) is not None:
            verb.lemma_ = PHRASAL_CUES[(verb.lemma_.lower(), "to")]
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


def put_it_to(verb: Token) -> Token | None:
    """Rule put-to: `put it to` someone, then a `that`-clause, states the clause to them,
    as counsel does to a witness (`Ms Lind put it to him that he had lied`, `The
    barrister put it to the witness that …`): the verb, its object `it` right after it,
    `to` with an object, and a clause opened by `that` hung on `it`, the verb or the one
    it is put to (the shape only: :func:`phrasal_cue` reads the verb from
    :data:`PHRASAL_OBJECTS`). The clause's head, or None; none for the idiom of phrasing
    (`as she put it to me`, `put it to me plainly: "…"`)."""
    doc = verb.doc
    if verb.i + 3 >= len(doc):
        return None
    it, to = doc[verb.i + 1], doc[verb.i + 2]
    if it.lower_ != "it" or it.head.i != verb.i or to.lower_ != "to" or to.head.i != verb.i:
        return None
    hosts = [it, verb, *(c for c in to.children if c.dep_ == "pobj")]
    return next(
        (
            c
            for host in hosts
            for c in host.children
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > to.i and c.left_edge.lower_ == "that"
        ),
        None,
    )
