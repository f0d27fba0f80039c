"""An unnamed source as a fact-checker prints it: its description, as written.

A source the text does not name is known by the words that describe it, and the noun
alone says too little: `A spokesman for Oakhurst Homes said …` is `a spokesman for
Oakhurst Homes`, not `A spokesman`; `A woman who lives across the street said …` is `a
woman who lives across the street`. The description is the noun phrase with the
post-modifiers that say who the source is (a `for`/`at`/`of`/`in` phrase, `familiar
with …`, `close to …`, `briefed on …`, a short relative clause with no comma before it),
but not an apposition or a clause set off by commas (`A neighbour, who asked not to be
named, said …` is `a neighbour`), nor an adjunct of the sentence (`on Tuesday`). It
starts with a lower-case letter even at the start of a sentence (`Critics say …` →
`critics`), so that a reader of the `speaker` column tells a description from a name.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas
from quotes.doc_memo import memo
from quotes.language import word_list, word_map
from quotes.role_words import SOURCE_NOUNS
from quotes.source_words import AUTHORED, legal_form

#: Works and what they find, which speak for their maker (quotes.works): `a report by
#: the audit office`, `early results of the county survey`, `the findings`.
_WORKS = AUTHORED | frozenset(word_map("research-words")["results"])
#: Prepositions whose phrase after a source's noun says whose or where the source is.
_PREPOSITIONS = word_list("source-post-prepositions")
#: Entity types of a phrase that says when, an adjunct of the sentence even when the
#: parser hangs it on the noun (`A spokesman for the council on Tuesday said …`).
_WHEN = frozenset({"DATE", "TIME"})
#: Words for a day or a stretch of time, which say when without the entity recogniser
#: (left out by default): `The embassy on Monday said …`, `A neighbour in the evening said …`.
_WHEN_WORDS = word_list("day-words") | word_list("time-nouns")
#: Months, which say when after a preposition of time (`A spokesman in March said …`) or
#: with a day's number (`on March 3`), not after `for` (`a spokesman for May`, a name).
_MONTHS = word_list("months")
#: Prepositions that make a month right after them a time (`in`, `since`, `until`).
_MONTH_PREPOSITIONS = word_list("in-month-prepositions")
#: Prepositions that make a year right after them a time (`in 2019`, `from 2010`); not
#: `of` (`the author of 1999 Revisited`, a title).
_YEAR_PREPOSITIONS = _MONTH_PREPOSITIONS | word_list("aside-prepositions")
#: Relative pronouns that open a clause identifying a source (`a woman who lives …`).
_RELATIVES = word_list("source-relatives")
#: The most words a description runs on after its noun: `for the Northern Plains Housing
#: Corporation`, `who lives in a flat above the parade`; a longer run is a story of its
#: own (`a third of the tenants who said the repairs in their block had been …`).
_REACH = 12
#: Words of a relative clause about a source's anonymity, which says why it is unnamed,
#: not who it is (`two officials who asked not to be named`).
_ANONYMITY = word_list("anonymity-words")
#: The longest relative clause kept in a description, in tokens: a short one identifies
#: the person (`who lives across the street`); a longer one tells their story.
_CLAUSE_LIMIT = 12
#: Parts of speech of a description's first word that is capital only because the
#: sentence opens with it: `A`, `The`, `Two`, `His`.
_OPENERS = frozenset({"DET", "NUM", "PRON"})
#: Tokens that end a description: a clause or an aside set off from the noun.
_BREAKS = frozenset({",", "(", ")", "[", "]", ";", ":", "—", "–", "--", '"', "“", "”"})


def described_source(mention: Span) -> str:
    """The description of an unnamed source (`A spokesman` heading `A spokesman for the
    council said`), stretched over the post-modifiers that identify it and with a
    lower-case first letter: `a spokesman for the council`. A mention headed by no
    common noun (a name, a pronoun) is returned as written."""
    head = mention.root
    if (
        head.pos_ != "NOUN"
        or mention.end != head.i + 1
        or _is_work(head)
        or any(t.ent_type_ == "PERSON" for t in mention)
        or legal_form(head.text)
    ):
        # a work speaks for its maker (quotes.works), a mention that holds a person's
        # name is that person's, however the parser headed it, and one headed by a
        # company's legal form is the company's name (`Indus Weaving (Pvt) Ltd`)
        return mention.text
    end = _joined_kin(head, mention.end) or mention.end
    for child in head.rights:
        if child.left_edge.i != end or not _identifies(child):
            break
        stop = _first_break(child)
        reach = child.right_edge.i + 1 if stop is None else stop
        if reach - mention.end > _REACH:
            break
        end = max(end, reach)
        if stop is not None:
            break
    text = mention.doc[mention.start : end].text
    return _lower_first(mention[0], text)


def _is_work(head: Token) -> bool:
    """Whether a noun is a work or what one found (:data:`_WORKS`)."""
    return head.lemma_.lower() in _WORKS or head.lower_ in _WORKS


# `The embassy on Monday said …`, `A spokeswoman in 2019 said …`, `A spokesman on March 3
# said …`: the phrase says when, and is no part of the source's description
def _when(word: Token) -> bool:
    """Rule when-not-source: whether the object of a preposition after a source's noun
    says when: a date or a time by the entity recogniser's labels (:data:`_WHEN`) when
    it ran, else, as the default pipeline runs without it, by the words: a day or a
    stretch of time (:data:`_WHEN_WORDS`), a year after a preposition of time (`in
    2019`, `from 2010`; not `the author of 1999 Revisited`), a month after one (`in
    March`; `for May` may be a person) or with a day's number (`on March 3`, `on 3
    March`)."""
    if word.ent_type_ in _WHEN or word.lower_ in _WHEN_WORDS:
        return True
    if _year(word):
        return word.head.lower_ in _YEAR_PREPOSITIONS
    if word.lower_ in _MONTHS:
        return word.head.lower_ in _MONTH_PREPOSITIONS or any(c.like_num for c in word.children)
    return word.like_num and any(c.lower_ in _MONTHS for c in word.children)


#: The years a news text dates an event by, as numbers of four digits.
_YEARS = range(1000, 2200)


def _year(word: Token) -> bool:
    """Whether a word is a year written in figures (`2019`)."""
    return len(word.text) == 4 and word.text.isdigit() and int(word.text) in _YEARS


#: Nouns for a person's kin, by lemma (`wife`, `daughter`), which `and` joins into one
#: source (rule joined-kin-source).
_KIN = word_list("joined-kin")


def _joined_kin(head: Token, end: int) -> int | None:
    """Rule joined-kin-source: where a kin source's description ends when `and` right
    after it joins more kin (`His wife and two daughters said in a statement …`: the
    group speaks, `his wife and two daughters`); None when no such kin follows."""
    # shape: <his/her> <kin> and <kin> said
    if head.lemma_.lower() not in _KIN and head.lower_ not in _KIN:
        return None
    joined = next((c for c in head.rights if c.dep_ == "conj"), None)
    if (
        end >= len(head.doc)
        or head.doc[end].lower_ != "and"
        or joined is None
        or joined.left_edge.i != end + 1
        or (joined.lemma_.lower() not in _KIN and joined.lower_ not in _KIN)
    ):
        return None
    return joined.i + 1


#: Verbs that give a name (`a reader called Owain`): a participle of one identifies.
_NAMING_VERBS = word_list("nickname-verbs")


def _identifies(child: Token) -> bool:
    """Whether a dependent right after a source's noun says who the source is: `for the
    council`, `at the inspectorate`, `familiar with the talks`, `close to the couple`,
    `briefed on the plan`, `who lives across the street`; not `on Tuesday`."""
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return (
            child.lower_ in _PREPOSITIONS
            and bool(objects)
            and not any(_when(o) for o in objects)
        )
    if child.dep_ == "amod":
        # `familiar with the matter`, `close to the syndicate`
        return child.pos_ == "ADJ" and any(c.dep_ == "prep" for c in child.children)
    if child.dep_ == "acl":
        # `briefed on the talks`, `based in Leeds`, `a reader called Owain`; not
        # `speaking on condition of …`, nor the cue the parse hangs on its speaker (`The
        # ambassador posted on X: "…"`)
        return child.tag_ == "VBN" and (
            not _reports(child) or child.lemma_.lower() in _NAMING_VERBS
        )
    if child.dep_ == "relcl":
        # `who lives across the street`, `that runs the site`, with no comma before it
        # (not the clause that reports: `a headline that said, "…"`)
        words = list(child.subtree)
        return (
            not _reports(child)
            and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in child.children)
            and len(words) <= _CLAUSE_LIMIT
            and not any(w.lower_ in _ANONYMITY or w.lemma_.lower() in _ANONYMITY for w in words)
        )
    return False


def _reports(verb: Token) -> bool:
    """Whether a verb is a cue of speech (`said`, `read`), whose clause reports rather
    than describes."""
    return verb.lemma_.lower() in cue_lemmas() and cue_class(verb) == "speech"


def _first_break(child: Token) -> int | None:
    """The index of the first token in a dependent's words that sets off what follows
    (a comma, a bracket, a dash, a quotation mark), where the description ends: `for the
    trust` in `for the trust, which runs three hospitals,`; None when there is none."""
    for token in child.subtree:
        if token.text in _BREAKS:
            return token.i
    return None


def _lower_first(first: Token, text: str) -> str:
    """A description with its first letter in lower case when that letter is capital
    only because the sentence opens with it: a determiner, a number or a possessive
    (`A`, `Two`, `The`, `His`), or a common noun the text writes in lower case elsewhere
    or a plural noun for a group of sources (:data:`SOURCE_NOUNS`) it never writes with
    a capital inside a sentence (`Critics`, `Forecasters`); not a word that may be a
    name (`Democratic voters`, `Brazilian police`, or a name the tagger took for a
    noun, `Milbank`, `Sanders`)."""
    if not first.is_title or first.pos_ == "PROPN" or not _opens_sentence(first):
        return text
    if first.pos_ not in _OPENERS:
        lower, capital = _written_elsewhere(first)
        group = first.tag_ == "NNS" and first.lemma_.lower() in SOURCE_NOUNS
        if not lower and (capital or not group):
            return text
    return text[:1].lower() + text[1:]


def _written_elsewhere(first: Token) -> tuple[bool, bool]:
    """Whether the word of `first` (a title-case word that opens its sentence) is written
    elsewhere in its doc in lower case, and with a capital inside a sentence: read once
    per word and doc (:func:`~quotes.doc_memo.memo`), the places of the word found in
    the doc's array, no token made for the others. Read afresh for each description
    that opens a sentence, over every place of its word, it made a text that repeats one
    quadratic (`Ruiz: "Yes."` 1,900 times in 25,000 characters: 388 s)."""
    table = memo(first.doc, "written-elsewhere")
    known: tuple[bool, bool] | None = table.get(first.lower)
    if known is None:
        doc = first.doc
        same = [doc[i] for i in np.flatnonzero(doc.to_array(LOWER) == first.lower).tolist()]
        # `first` itself is neither: title case, and opening its sentence
        known = (
            any(t.is_lower for t in same),
            any(t.text[:1].isupper() and not _opens_sentence(t) for t in same),
        )
        table[first.lower] = known
    return known


def _opens_sentence(token: Token) -> bool:
    """Whether a word opens its sentence, after any opening marks."""
    return all(t.is_punct for t in token.doc[token.sent.start : token.i])


class UnnamedSources:
    """The unnamed sources a document has let speak, by their noun, so that a definite
    description with the same noun stands for the one of them: `the source added` after
    `A source close to the prime minister said …` is `a source close to the prime
    minister`; `the officials` after `Two officials at the ministry said …`."""

    def __init__(self) -> None:
        #: Descriptions of the unnamed sources heard so far, by their noun's lemma.
        self._by_noun: dict[str, set[str]] = {}

    def note(self, head: Token, description: str) -> None:
        """Remember an unnamed source introduced by an indefinite description (`a
        source`, `two officials`, `critics`), not a definite one (`the official`) nor a
        work (`a new poll`), which speaks for its maker."""
        if head.pos_ == "NOUN" and not _definite(head) and not _is_work(head):
            self._by_noun.setdefault(head.lemma_.lower(), set()).add(description)

    def earlier(self, head: Token) -> str | None:
        """The one unnamed source heard before with the noun of a definite description
        that is its article and noun alone (`the source`), or None when none or several
        were."""
        if head.pos_ != "NOUN" or not _definite(head) or any(
            c.dep_ != "det" for c in head.lefts
        ):
            # only the noun and its article: `the Whitcombe family` is no `an Ohio family`
            return None
        found = self._by_noun.get(head.lemma_.lower(), set())
        return next(iter(found)) if len(found) == 1 else None


def _definite(head: Token) -> bool:
    """Whether a description opens with `the` (`the source`, `the officials`)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
