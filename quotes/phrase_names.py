"""A body's name written as a phrase, which the tagger reads as words of the sentence.

Campaigns and charities are often named by a phrase (`Save the Children`, `Keep Britain
Tidy`, `Surfers Against Sewage`, `Fair Fares Now`): every word of it is capitalised, but
the tagger reads its verbs, adverbs and small words as what they are elsewhere, so the
parse makes the opening verb a clause of its own (`Save the Children said …` had no
subject, and no row) or leaves the words after a noun out of the subject (`Riders' group
Fair Fares Now said …` printed `Fair Fares`). Rule phrase-name reads such a run of
capitalised words right before or after its cue as one name, the cue's subject. A step of
:func:`quotes.parse_repairs.repair_tags`.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from quotes.bodies import MEMBER_PREPOSITIONS
from quotes.cue_words import cue_lemmas
from quotes.deps import SUBJECT
from quotes.forced_capitals import capital_forced
from quotes.genders import is_given_name
from quotes.headline_case import in_title_case
from quotes.language import word_list
from quotes.name_spans import TITLES
from quotes.rehead import Move, rehead_all
from quotes.source_words import TIME_WORDS

#: Small words a name written as a phrase keeps in lower case (`Save the Children`).
_SMALL = word_list("phrase-name-small-words")
#: Verbs that take a clause, which open a sentence as an order and no name (`Imagine`),
#: with the cue words (`Remember Kelby Council said …`).
_CLAUSE_IMPERATIVES = word_list("clause-imperatives")
#: Tags of a first word that may open a name written as a phrase where a capital is
#: forced: a verb's base form (`Save`, `Keep`), a noun (`Surfers`) or an adjective (`Fair`).
_OPENING_TAGS = frozenset({"VB", "NN", "NNS", "NNP", "NNPS", "JJ"})
#: The tags of a finite cue verb, which a phrase's name is the subject of.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Fewest capitalised words of such a name.
_FEWEST = 2


def phrase_name_read_apart(cue: Token) -> None:
    """Rule phrase-name: the capitalised run right before a lower-case finite cue, or
    right after it to the sentence's end or a comma (:func:`phrase_run`), is one name,
    the cue's subject: its last word heads it and the others hang on it as its words,
    tagged as proper nouns (`Save the Children said …`, `The campaign group Stop Killing
    Games Now said …`, `Fair Fares Now said …`, `"…," said Save the Children.`). Only when
    the cue has no subject or its subject is a word of the run; a name inside the run
    that the name finder took for a person's (`Hate` of `Hope Not Hate`) is then no
    person's."""
    run = phrase_run(cue)
    if run is None:
        return
    doc = cue.doc
    head = run[-1]
    subjects = [c for c in cue.children if c.dep_ in SUBJECT]
    if any(not run.start <= s.i < run.end for s in subjects):
        return  # `the report by Save the Children said`: the subject is another's
    inside = range(run.start, run.end)
    moves: list[Move] = [(head, cue, "nsubj")]
    moves += [(t, head, "det" if t.lower_ in _SMALL else "compound") for t in run[:-1]]
    # the words on the far side of the run from the cue that hung on a word of it
    # (`Riders' group` on `Fares`, `a campaign group` set off after it) hang on the
    # name; those on the cue's side (its clause, hung on `Save`) on the cue
    before, after = doc[run.sent.start : run.start], doc[run.end : run.sent.end]
    far, near = (before, after) if run.start < cue.i else (after, before)
    moves += [(t, head, t.dep_) for t in far if t.head.i in inside]
    moves += [(t, cue, t.dep_) for t in near if t.head.i in inside and t.i != cue.i]
    if cue.head.i in inside:
        moves.append((cue, cue, "ROOT"))
    if not rehead_all(moves):
        return
    for token in run:
        if token.lower_ not in _SMALL:
            token.pos_ = "PROPN"
            token.tag_ = "NNP"
    people = [e for e in doc.ents if e.end <= run.start or e.start >= run.end]
    if len(people) < len(doc.ents):
        doc.ents = people


def phrase_run(cue: Token) -> Span | None:
    """The run of capitalised words (and small words in lower case between them,
    :data:`_SMALL`) right before a lower-case finite cue, or right after it and closed by
    a comma or the sentence's end, that reads as a name written as a phrase
    (:func:`_phrase_name`); None otherwise, and in a headline written in title case."""
    doc = cue.doc
    if not (cue.is_lower and cue.tag_ in _FINITE and cue.i > 0):
        return None
    # the headline test, which reads the cue's whole line, only for a run that reads as
    # a name: few cues have one
    sent = cue.sent
    start = cue.i
    while start > sent.start and _run_word(doc[start - 1]):
        start -= 1
    while start < cue.i and doc[start].lower_ in _SMALL:
        start += 1  # `the` before the name: the article, no word of it
    if start < cue.i and _phrase_name(doc[start : cue.i]):
        return None if _in_headline(cue) else doc[start : cue.i]
    # `"…," said Save the Children.`, `said Hope Not Hate, a campaign group`
    start = end = cue.i + 1
    while end < sent.end and _run_word(doc[end]):
        end += 1
    closed = end == sent.end or doc[end].text in (",", ".", ";")
    while end > start and doc[end - 1].lower_ in _SMALL:
        end -= 1
    while start < end and doc[start].lower_ in _SMALL:
        start += 1
    if closed and end > start and _phrase_name(doc[start:end]):
        return None if _in_headline(cue) else doc[start:end]
    return None


#: The most characters a headline's line has; a longer line is a paragraph, and reading
#: it whole for every cue in it cost the square of its length.
_HEADLINE_CHARS = 300


def _in_headline(cue: Token) -> bool:
    """Whether a cue stands in a line written in title case, as a headline is, whose
    every word is capitalised (`Republicans Finally Confirmed A Judge.`), its cue words
    left out: the parser reads them in lower case (:mod:`quotes.headline_case`)."""
    doc = cue.doc
    # the line's tokens, found from the cue's outwards: `doc.text`, joined anew from every
    # token on each call, cost the square of a long text's length
    first = last = cue.i
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
        if cue.idx - doc[first].idx > _HEADLINE_CHARS:
            return False  # a headline is short: a paragraph's line is none
    while last + 1 < len(doc) and "\n" not in doc[last].text_with_ws:
        last += 1
        if doc[last].idx - cue.idx > _HEADLINE_CHARS:
            return False
    line = doc[first : last + 1]
    lemmas = cue_lemmas()
    kept = [t.text for t in line if not (t.is_lower and t.lemma_.lower() in lemmas)]
    return in_title_case(" ".join(kept))


def _phrase_name(run: Span) -> bool:
    """Whether a run of capitalised words and small words reads as a name written as a
    phrase: at least two capitalised words, one of them after the first a word the
    tagger did not read as a proper noun or a small word capitalised (`Now`, `Against`,
    `Not`, as no run of proper nouns shows), or a word of it a verb's object inside it
    (`Save the Children`), or the first an order's verb (:func:`_opening_order`: `Keep
    Britain Tidy`); no title (`Health Secretary Ana Ruiz`), no pronoun (`Because I`)
    and no person's name in it that opens with a given name or is set before the body
    the person is of (`Ruiz of Save the Children`,
    :data:`~quotes.bodies.MEMBER_PREPOSITIONS`); its first word, where a capital is
    forced, a verb's base form, a noun or an adjective that is no time (not `Later`,
    `Meanwhile`, `Yesterday`). No `and` joins it: `Marta Ruiz and Kelby Council` are two."""
    words = [t for t in run if t.lower_ not in _SMALL]
    if len(words) < _FEWEST or not words[0].is_title:
        return False
    if any(t.lower_ in TITLES or t.pos_ == "PRON" for t in words):
        return False  # `Health Secretary Ana Ruiz`; `Because I said so`, `the Civil War I`
    first = run[0]
    inside = range(run.start, run.end)
    if not (
        any(t.pos_ != "PROPN" or t.lower_ in STOP_WORDS for t in words[1:])
        or any(t.dep_ == "dobj" and t.head.i in inside for t in words)
        or _opening_order(first)
    ):
        return False  # `Kelby Council said`: the parse has read it as a name
    if capital_forced(first) and (first.tag_ not in _OPENING_TAGS or first.lower_ in TIME_WORDS):
        return False
    if any(t.is_title and capital_forced(t) for t in run[1:]):
        return False
    doc = run.doc
    return not any(
        ent.start < run.end
        and ent.end > run.start
        and (
            (len(ent) > 1 and is_given_name(ent[0].text))  # `Shadow Health Minister Ana Ruiz`
            or (ent.end < run.end and doc[ent.end].lower_ in MEMBER_PREPOSITIONS)
        )  # `Ruiz of Save the Children said`: a person of the body
        for ent in doc.ents
    )


def _opening_order(first: Token) -> bool:
    """Whether a name written as a phrase opens with a verb as an order (`Keep Britain
    Tidy`, `Make Votes Matter`): a verb's base form that is no cue and takes no clause
    (:data:`_CLAUSE_IMPERATIVES`), as the order before a clause with a subject of its
    own does (`Remember Kelby Council said …`)."""
    lemma = first.lower_
    return first.tag_ == "VB" and lemma not in cue_lemmas() and lemma not in _CLAUSE_IMPERATIVES


def _run_word(token: Token) -> bool:
    """Whether a token may be a word of a name written as a phrase: a capitalised word
    of letters, or one of the small words in lower case."""
    return (token.is_alpha and token.is_title) or token.lower_ in _SMALL
