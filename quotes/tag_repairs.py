"""Words the tagger gave the wrong part of speech, mended before any cue is matched: a
cue word tagged as a noun that has a subject and a clause of its own (`Brennick forecast
that …`), one read as a plural noun of its subject's phrase (`The report of his
inspection states that …`) or before a colon and a quote (`The notice read: "…"`), a
hyphened word read as three (`co-star`), a surname tagged as an adverb (`Tran
countered that …`) or a preposition (`"…," From said`), and a given name ending in
`-ing` read as a verb (`said Tshering Dorji`). Steps of
:func:`quotes.parse_repairs.repair_tags`, which decides which words each is tried on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.cue_words import token_indices
from quotes.deps import SUBJECT
from quotes.rehead import Move, rehead_all


def subject_tagged_as_adverb(token: Token) -> None:
    """`Pavlović later said the team would …`: a capitalised word the parser made a
    verb's subject but tagged as an adverb, which no subject is, is a proper noun (an
    unfamiliar surname)."""
    if token.dep_ in SUBJECT and token.is_title and token.pos_ == "ADV":
        token.pos_ = "PROPN"
        token.tag_ = "NNP"


def surname_tagged_as_preposition(token: Token) -> None:
    """Rule surname-read-as-preposition: `"We wanted change," From said.` (Al From): a
    word the parser made a verb's subject but tagged as a preposition, capitalised
    inside its sentence, is a surname that is also a preposition. No preposition is a
    subject, and one inside a sentence is written in lower case."""
    if (
        token.dep_ == "nsubj"
        and token.pos_ == "ADP"
        and token.is_title
        and token.i > token.sent.start
    ):
        token.pos_ = "PROPN"
        token.tag_ = "NNP"


def name_read_as_interjection(token: Token) -> None:
    """Rule name-read-as-interjection: `[27:15] Oh, who drew a webcomic of his own, says
    most artists never rest`, where the tagger takes the Korean surname `Oh` for an
    interjection: a capitalised word tagged as one that the text uses elsewhere in a
    person's name (the caller checks) is a proper noun; the subject of its verb when
    the parse made it one, or when `, who` and a clause follow it that the parse hung
    on the verb after them, a verb with no subject (the clause then says who it is)."""
    if token.tag_ != "UH" or not token.is_title:
        return
    if token.dep_ != "nsubj":
        doc = token.doc
        clause = token.head
        verb = clause.head
        if not (
            token.dep_ == "intj"
            and token.i + 2 < len(doc)
            and doc[token.i + 1].text == ","
            and doc[token.i + 2].lower_ == "who"
            and doc[token.i + 2].head.i == clause.i
            and verb.i > clause.i
            and verb.pos_ == "VERB"
            and not any(c.dep_ in SUBJECT for c in verb.children)
            and rehead_all([(token, verb, "nsubj"), (clause, token, "relcl")])
        ):
            return
    token.pos_ = "PROPN"
    token.tag_ = "NNP"


def verb_read_as_noun(token: Token) -> None:
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


def verb_read_into_subject_phrase(token: Token) -> None:
    """`The report of his inspection states that the damp was caused by a gutter`: the
    tagger may read a cue word in `-s` after a phrase's noun as a plural noun of that
    phrase, leaving the sentence with a noun for its head and the reported clause hung
    on it. A cue word tagged as a plural noun at the end of a phrase after the noun that
    heads its sentence, with `that` and a clause with a subject of its own right after
    it, hung on that noun, is the sentence's verb: the noun its subject, the clause what
    it reports, the words before it in the phrase the phrase's own."""
    doc = token.doc
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.i + 1 >= len(doc):
        return
    prep, head = token.head, token.head.head
    mark = doc[token.i + 1]
    clause = mark.head
    if (
        head.dep_ != "ROOT"
        or head.pos_ != "NOUN"
        or prep.dep_ != "prep"
        or mark.lower_ != "that"
        or mark.dep_ != "mark"
        or clause.head.i != head.i
        or clause.dep_ not in ("acl", "relcl")
        or not any(c.dep_ in SUBJECT for c in clause.children)
    ):
        return
    lefts = list(token.lefts)
    if not lefts or lefts[-1].i != token.i - 1 or lefts[-1].pos_ not in ("NOUN", "PROPN"):
        return
    # `his inspection`: the phrase's own noun is the word before the cue word
    noun = lefts[-1]
    moves: list[Move] = [
        (token, token, "ROOT"),
        (head, token, "nsubj"),
        (clause, token, "ccomp"),
        (noun, prep, "pobj"),
        *((c, noun, None) for c in lefts[:-1]),
    ]
    if rehead_all(moves):
        token.pos_ = "VERB"
        token.tag_ = "VBZ"


def verb_read_as_noun_before_colon(token: Token) -> None:
    """`The notice read: "…"`: a cue word tagged as a noun that has a subject of its own
    and stands right before a colon and a quotation mark is the verb, in the past (the
    tagger reads `read` after a noun as one). `The first reads: "…"`, `The second says:
    "…"`: a cue word in `-s` tagged as a plural noun, heading its sentence there, right
    after an ordinal or a number that stands for a thing named before (a list's first
    entry) is the verb, in the present, and that word its subject."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ":" or not doc[token.i + 2].is_quote:
        return
    if token.tag_ == "NN" and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBD"
        return
    before = doc[token.i - 1] if token.i else None
    if (
        token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and before is not None
        and before.head.i == token.i
        and before.dep_ in ("amod", "nummod")
        and before.tag_ in ("JJ", "CD")
    ):
        token.pos_ = "VERB"
        token.tag_ = "VBZ"
        articles = [(c, before, None) for c in token.lefts if c.i < before.i]
        rehead_all([(before, token, "nsubj"), *articles])


def hyphened_word_read_apart(hyphen: Token) -> None:
    """`His co-star, Marguerite Lindqvist, says …`: the parser may read `co`, the hyphen
    and `star` as three words, each its own subject, and so cut a speaker to `His co`. A
    hyphen with no space on either side, read as a word, joins one noun (`co-star`,
    `ex-husband`, `co-founder`, `Power Co-operative`, whose last part the tagger may
    take for an adjective; a given name's syllables, :func:`inside_person`): its last
    part heads it, in the place its first part had,
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
        or not (last.pos_ in ("NOUN", "ADJ") or inside_person(hyphen))
        or first.dep_ == "ROOT"
        or first.head is last
    ):
        return
    moves: list[Move] = [
        (child, last, None)
        for child in [*first.children, *hyphen.children]
        if child is not last and child is not first and child is not hyphen
    ]
    moves += [(last, first.head, first.dep_), (first, last, "compound"), (hyphen, last, "punct")]
    if rehead_all(moves):
        hyphen.pos_, hyphen.tag_ = "PUNCT", "HYPH"


def inside_person(hyphen: Token) -> bool:
    """Rule hyphened-given-read-apart: whether a hyphen read as a word joins the two
    syllables of a given name inside a person's name (`Min-jae` of `Dr. Seo Min-jae`,
    whose three parts the parser may make three subjects of the cue, one of them the
    role before the name): one word, as `co-star` is. The second syllable is in lower
    case, and the parser gave the hyphen and it one label (not `Ben-Shimol`, a double
    name whose parts the parser joins). A hyphen that ends the doc joins nothing (`…
    said. -`, a doc of `-` alone: the spaCy component, which reads the doc as given,
    raised an IndexError on it)."""
    if hyphen.i + 1 >= len(hyphen.doc):
        return False
    last = hyphen.doc[hyphen.i + 1]
    return (
        hyphen.ent_type_ == "PERSON"
        and last.ent_iob_ == "I"
        and last.is_lower
        and hyphen.dep_ == last.dep_
    )


def name_read_as_adverb(token: Token) -> None:
    """`Tran countered that …`, where the tagger takes an unfamiliar surname for an
    adverb: a capitalised word the text uses elsewhere in a person's name, set right
    before a verb with no subject, or with only the verb's adverbs between (`Pavlović
    later said the team would …`), is that verb's subject."""
    verb = token.head
    while verb.dep_ == "advmod" and verb.pos_ == "ADV" and verb.head.i > verb.i:
        verb = verb.head  # `Pavlović` hung on `later`, `later` on `said`
    between = token.doc[token.i + 1 : verb.i]
    if (
        token.dep_ in ("advmod", "aux")
        and verb.i > token.i
        and all(t.pos_ == "ADV" for t in between)
        and verb.pos_ == "VERB"
        and not any(c.dep_ in SUBJECT for c in verb.children)
        and rehead_all([(token, verb, "nsubj")])
    ):
        token.pos_ = "PROPN"
        token.tag_ = "NNP"


def given_name_read_as_gerund(cue: Token) -> None:
    """Rule given-name-read-as-gerund: a given name ending in `-ing` (`Tshering`) that the
    tagger read as a verb's `-ing` form, with the surname after it as its object, is
    the first word of the cue's subject: right after the cue (`"…," said Tshering Dorji,
    president of the association`), or opening the sentence when the cue follows the
    surname or a description is set off after it (`Tshering Dorji said …`, `Tshering
    Dorji, president of the association, said …`), so that `Using Google, researchers
    said …` keeps its verb. Only for a cue with no subject of its own; the name is
    marked a person's where the name finder passed over it."""
    if any(c.dep_ in SUBJECT for c in cue.children):
        return
    doc = cue.doc
    for gerund in cue.children:
        if gerund.tag_ != "VBG" or not gerund.is_title or gerund.i + 1 >= len(doc):
            continue
        surname = doc[gerund.i + 1]
        if surname.head.i != gerund.i or surname.pos_ != "PROPN" or not surname.is_title:
            continue
        after = gerund.i == cue.i + 1 and not gerund.is_sent_start
        # shape: <Given-ing> <Surname>[, <role> …,] said (`Tshering Dorji, president of …,`)
        before = (
            gerund.is_sent_start
            and gerund.i < cue.i
            and (surname.i + 1 == cue.i or any(c.dep_ == "appos" for c in surname.children))
        )
        moves: list[Move] = [(surname, cue, "nsubj"), (gerund, surname, "compound")]
        if (after or before) and rehead_all(moves):
            gerund.pos_ = "PROPN"
            gerund.tag_ = "NNP"
            if not any(t.ent_type_ for t in (gerund, surname)):
                # the name finder passed over the name its verb's tag hid
                doc.ents = [*doc.ents, Span(doc, gerund.i, surname.i + 1, label="PERSON")]
            return


#: The tag of an adverb, which :func:`name_read_as_adverb` may mend.
_ADVERB_TAGS = frozenset({"RB"})
#: The tag of a preposition, which :func:`surname_tagged_as_preposition` may mend.
_PREPOSITION_TAGS = frozenset({"IN"})
#: The tag of an interjection, which :func:`name_read_as_interjection` may mend.
_INTERJECTION_TAGS = frozenset({"UH"})
#: The dependency of a word read as a verb's adverb: a surname the tagger read as a
#: common noun may hang so (`Serikuly said …`, rule name-read-as-adverbial-noun).
_ADVERB_DEPS = frozenset({"advmod"})


def names_read_as_other_words(doc: Doc) -> None:
    """The last repairs of :func:`~quotes.parse_repairs.repair_tags`: a surname tagged as
    a preposition (:func:`surname_tagged_as_preposition`), a subject tagged as an adverb
    (:func:`subject_tagged_as_adverb`) and a name the text gives that was tagged as an
    adverb or an interjection (:func:`name_read_as_adverb`,
    :func:`name_read_as_interjection`)."""
    for i in token_indices(doc, "TAG", _PREPOSITION_TAGS):
        surname_tagged_as_preposition(doc[i])  # `"…," From said.`
    adverbs = token_indices(doc, "TAG", _ADVERB_TAGS)
    interjections = token_indices(doc, "TAG", _INTERJECTION_TAGS)
    # rule name-read-as-adverbial-noun: `Serikuly said the plant would pay …`, a surname
    # the tagger read as a noun that the parser hung on the cue as its adverb
    adverbs += [i for i in token_indices(doc, "DEP", _ADVERB_DEPS) if doc[i].pos_ == "NOUN"]
    if not adverbs and not interjections:
        return
    names = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_title}
    for i in interjections:
        if doc[i].text in names:
            name_read_as_interjection(doc[i])  # `Oh, who hosts the show, says …`
    for i in adverbs:
        adverb = doc[i]
        subject_tagged_as_adverb(adverb)
        if adverb.text in names:
            name_read_as_adverb(adverb)
