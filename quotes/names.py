"""Find the people a document names, by rule, where no statistical NER has run.

Speaker resolution needs to know which proper names are people (`he` points to a
person, not to NATO). The statistical entity recogniser costs about half of the
small English pipeline's time, so the engine runs without it and marks people with
these rules instead: a run of proper nouns is a person when a title stands before it
(`President Zelensky`), when it starts with a common given name (`Jens Stoltenberg`),
or when it is the subject of a speech verb (`Viguerie notes`); a lone surname counts
once the fuller name has been seen.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.descriptions import ORG_KINDS
from quotes.matchers import continues_name, cue_lemmas
from quotes.name_keys import HYPHEN_PARTICLES, PARTICLES
from quotes.speakers import (
    GLUED_KEY,
    TITLES,
    first_names,
    gender_of_given,
    name_tokens,
)


class CommonWords:
    """Whether a lowercase word is a common English word: a noun, verb, adjective or
    adverb of the model's rule lemmatizer (its WordNet index), as written or once a
    suffix rule or exception takes it to its lemma (`injecting` → `inject`). No word is
    common for a model without those tables. Answers are cached per word."""

    #: How many words are remembered before starting afresh (memory stays bounded).
    MAX_WORDS = 200_000

    def __init__(self, nlp: Language | None = None) -> None:
        self.index: list[frozenset[str]] = []
        self.rules: list[tuple[int, str, str]] = []
        self.exceptions: list[dict[str, list[str]]] = []
        lookups = nlp.get_pipe("lemmatizer").lookups if (
            nlp is not None and "lemmatizer" in nlp.component_names) else None
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        index = lookups.get_table("lemma_index")
        parts = [pos for pos in ("noun", "verb", "adj", "adv") if pos in index]
        self.index = [frozenset(index[pos]) for pos in parts]
        if lookups.has_table("lemma_rules"):
            rules = lookups.get_table("lemma_rules")
            self.rules = [(k, old, new) for k, pos in enumerate(parts)
                          for old, new in rules.get(pos, [])]
        if lookups.has_table("lemma_exc"):
            exceptions = lookups.get_table("lemma_exc")
            self.exceptions = [exceptions.get(pos, {}) for pos in parts]
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if not self.index:
            return False
        if len(self.known) > self.MAX_WORDS:
            self.known.clear()
        known = self.known.get(word)
        if known is None:
            known = self.known[word] = self._common(word)
        return known

    def _common(self, word: str) -> bool:
        if any(word in words for words in self.index):
            return True
        if any(word in table for table in self.exceptions):
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in self.index[k]
            for k, old, new in self.rules
            if old
        )


class PersonNames:
    """The `person_names` component: sets `doc.ents` to the people found by
    :func:`person_spans`, unless NER already ran, and `doc.spans[GLUED_KEY]` to the
    opening words cut off them; knows the model's common words."""

    def __init__(self, nlp: Language) -> None:
        self.common = CommonWords(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("ENT_IOB"):
            people = person_spans(doc, self.common)
            doc.ents = people
            doc.spans[GLUED_KEY] = [
                doc[p.start - 1 : p.start]
                for p in people
                if p.start and doc[p.start - 1].pos_ == "PROPN"
                and _opening_word(doc[p.start - 1], self.common)
            ]
        return doc


@Language.factory("person_names")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    """The `person_names` component for `nlp` (see :class:`PersonNames`)."""
    return PersonNames(nlp)


def person_spans(doc: Doc, common: CommonWords | None = None) -> list[Span]:
    """Spans labelled PERSON for the proper-noun runs that name people; `common` tells
    the common words that open a sentence before a name without being part of it."""
    runs = _unglued(_proper_runs(doc, common or CommonWords()))
    people = [run for run in runs if _is_person(run)]
    surnames = {name_tokens(p)[-1].lower_ for p in people if name_tokens(p)}
    people += [
        run
        for run in runs
        if run not in people and (tokens := name_tokens(run)) and tokens[-1].lower_ in surnames
    ]
    return sorted(
        (Span(doc, run.start, run.end, label="PERSON") for run in people),
        key=lambda span: span.start,
    )


_HYPHENS = ("-", "‐", "‑")


def _capitalised(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()


def _joins_name(token: Token) -> bool:
    """A word or mark inside a name, not a name word itself: a particle before a
    capitalised word (`van der Berg`, `de la Cruz`, `bin Salman`, `al-Rashid`) or a
    hyphen written without spaces between two parts (`Jean-Pierre`, `García-Márquez`)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return False
    tight = not token.whitespace_ and following.text in _HYPHENS
    if tight and token.is_title and token.is_alpha:
        # `García-Márquez said`: the tagger may read the first part as a common noun
        return _joins_name(following)
    if token.text in _HYPHENS and token.i > 0:
        before = doc[token.i - 1]
        return (
            not before.whitespace_
            and not token.whitespace_
            and (before.is_title or before.lower_ in PARTICLES | HYPHEN_PARTICLES)
            and _capitalised(following)
        )
    if not token.is_lower:
        return False
    if tight:
        return token.lower_ in PARTICLES | HYPHEN_PARTICLES
    return token.lower_ in PARTICLES and (
        _capitalised(following) or following.lower_ in PARTICLES
    )


def _proper_runs(doc: Doc, common: CommonWords) -> list[Span]:
    """Maximal runs of capitalised proper nouns with the particles and hyphens that join
    them (`Maria van der Berg`, `Jean-Pierre Dubois`), starting after the last title in
    them (`U.S. President Joe Biden` gives `Joe Biden`), at a given name inside a
    longer run (`Historian Ruth Klein` gives `Ruth Klein`), or after a common word
    that a sentence or headline opens with (`Derelict Obama and Clinton` gives
    `Obama`, see :func:`_opening_word`)."""
    runs: list[Span] = []
    start = None
    for token in [*doc, None]:
        inside = token is not None and (_capitalised(token) or _joins_name(token))
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(doc)
            while end > start and (doc[end - 1].tag_ == "POS" or not _capitalised(doc[end - 1])):
                end -= 1
            titles = [i for i in range(start, end) if doc[i].lower_ in TITLES]
            start = titles[-1] + 1 if titles else start
            given = [
                i
                for i in range(start + 1, end - 1)
                if _is_given(doc[i]) and not _continues_given(doc[i - 1])
            ]
            start = given[0] if given else start
            if (
                end - start > 2
                and doc[start].is_sent_start
                and gender_of_given(doc[start].lower_) is None
                and doc[start + 1].text not in _HYPHENS
                and gender_of_given(doc[start + 1].lower_) is not None
            ):
                start += 1  # `Fisherman Tomas Reed said …`: a capitalised role
            elif end - start == 2 and _opening_word(doc[start], common) and (
                _named_again(doc[start + 1])
            ):
                start += 1  # `Notice Trump sniffing …`, a headline's `Derelict Obama`
            if start < end:
                runs.append(doc[start:end])
            start = None
    return runs


def _opening_word(token: Token, common: CommonWords) -> bool:
    """Whether a capitalised word is capitalised only because it opens a sentence, a
    line or a quotation, and is no part of the name after it: a common word (`Notice
    Trump …`, `Injecting Clinton's …`, a headline's `Derelict Obama`) that is no given
    name, title or particle, not joined to the next word by a hyphen, and that the text
    never capitalises where no capital is forced (as it does `South` in `in South
    Korea`)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        _opens(token)
        and following is not None
        and following.text not in _HYPHENS
        and token.lower_ not in TITLES
        and token.lower_ not in PARTICLES
        and gender_of_given(token.text) is None
        and token.lower_ in common
        and not any(t.text == token.text and not _opens(t) for t in doc)
    )


def _opens(token: Token) -> bool:
    """Whether a token opens a sentence, a line or a quotation (a capital is forced)."""
    if not token.i or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.text or before.text in _OPENING_MARKS or before.text in ("``", "''")


def _named_again(token: Token) -> bool:
    """Whether the text writes this capitalised word elsewhere on its own, after no
    other capitalised word (`Obama and Clinton` after a headline's `Derelict Obama`):
    the name is one the text uses alone (not so `Korea` in `South Korea`, `North
    Korea`)."""
    doc = token.doc
    return any(
        t.text == token.text and t.i != token.i and not (t.i and doc[t.i - 1].is_title)
        for t in doc
    )


#: Marks that open a quotation, after which a capital is forced.
_OPENING_MARKS = frozenset("\"“‘'«„")


def _unglued(runs: list[Span]) -> list[Span]:
    """The runs without those that glue a body's name to a person's: after `the`, a run
    whose last word is a name the text also uses alone for a person (`the Washington
    Post Trump said`, when `Trump said` is in the text). A person's name takes no
    article, so the words before were the body's; the run is no person's full name,
    and the person is found by the other mentions (a surname resolves to them)."""
    alone = {run[0].lower_ for run in runs if len(run) == 1 and not _after_article(run)
             and _is_person(run)}
    return [
        run for run in runs
        if not (len(run) >= 2 and _after_article(run) and run[-1].lower_ in alone
                and not _is_given(run[0]))
    ]


def _after_article(run: Span) -> bool:
    """Whether the word before a run is the definite article (`the Washington Post`)."""
    return run.start > 0 and run.doc[run.start - 1].lower_ == "the"


def _continues_given(before: Token) -> bool:
    """Whether a given name after `before` belongs to a name already begun: after a
    hyphen (`Marie-Claire`) or another given name (`Karine Jean-Pierre`)."""
    return before.text in ("-", "‐", "‑") or gender_of_given(before.lower_) is not None


def _is_given(token: Token) -> bool:
    return token.lower_ in first_names()


def _is_person(run: Span) -> bool:
    """A title or a role noun before it, a given name first (from the hand list or the
    SSA counts: `Karine Dubois`), a description in apposition after it that is no kind
    of organisation (`Guðrún Sigurðardóttir, an engineer`), or a speaker of a speech
    verb."""
    tokens = name_tokens(run)
    words = [t for t in tokens if t.is_title or t.is_upper]
    if not tokens or len(words) > 4:
        return False
    before = run.doc[run.start - 1] if run.start else None
    if before is not None and before.lower_ in ORG_KINDS:
        return False  # `the aid group Mountain Relief`
    if before is not None and (
        before.lower_ in TITLES or (before.pos_ == "NOUN" and before.is_lower and len(tokens) > 1)
    ):
        return True
    if len(tokens) >= 2 and gender_of_given(tokens[0].text) is not None:
        return True
    head = run.root
    described = [c for c in head.children if c.dep_ == "appos" and c.i > run.end]
    if len(tokens) >= 2 and described and described[0].pos_ == "NOUN" and (
        described[0].lower_ not in ORG_KINDS
    ):
        return True  # `Guðrún Sigurðardóttir, an engineer who …`
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in cue_lemmas()
        and not any(continues_name(child) for child in head.rights)
    )
