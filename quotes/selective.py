"""Parse only the sentences that can take part in an attribution.

The statistical components (tok2vec, tagger, parser, then the attribute rules and the
lemmatizer) are most of the pipeline's time, yet not every sentence of a text holds a
quotation or a reporting word. So each text is first tokenised whole and split into
sentences by rule (:func:`sentences`: the paragraph rules of
:func:`quotes.model.paragraph_breaks`, and `.`/`!`/`?` before a space and a capital),
and only the *picked* sentences are parsed, each run of consecutive picked sentences as a
``Doc`` of its own; their annotations are copied back into the whole text's ``Doc`` at
the same token indices, so tokens, offsets and records are the whole text's.

**The rule that picks a sentence** (:func:`pick`): it is parsed when

1. it overlaps a quotation that an opening mark can start (at a paragraph or sentence
   start, or after `,` `:` `;` a dash or a bracket, as the engine judges it), found by
   :func:`~quotes.marks.find_quote_spans`; a mark inside a clause (`the new "fix"`) is a
   title or scare quote, which only a cue of its sentence can make part of a statement;
2. it holds a cue word: any inflection of a reporting verb of the cue lexicon, a noun or
   adjective cue (`claims`, `confident`), an impression (`seems`) or hearsay
   (`reportedly`) word, or `according` (inflections by :class:`CueForms`, which reads
   the lemmatizer's own tables, each word class by its own rules: `reporter` and
   `voter` are no forms of `report` and `vote`), with tests on the words around it:

   a. a verb's form that a noun could share (not `stated` or `said`) does not count
      after a determiner, possessive, preposition or number (`the state`, `their
      support`, `five states`, `40 votes`), nor capitalised after a sentence's first
      word unless the sentence is a title-case headline (`the United States`); a form
      that is nearly always a noun (noun-first-cues.txt: `state`, `campaign`, `tweet`)
      counts only after a word that opens a verb (verb-openers.txt: `to campaign`);
   b. a noun cue does not count right after an article or demonstrative, which leaves
      it no owner, unless `from` or `by` follows it (`the statement`, but `her
      statement`, `Russian claims`, `a statement from the port`);
   c. a light verb's word counts only with a form of that verb in the sentence (`made
      the case`, `took aim`, `have doubts`; not `the case went to court`);
   d. a phrasal verb that is a cue only with its particle counts only with that
      particle among the three words after it (`fired back`, not `fired the boiler`);
   e. no word inside a markup tag counts (`<tweet id="…" author="…">`);
3. a colon stands among its first eight words, where it can close a speaker's name
   (`Sanders: Brexit could …`, `Ruiz told the crowd: "…"`);
4. the sentence after it opens with a quotation of rule 1: the sentence that may name
   its speaker (`Valastro praised Christie.` / `"We need …"`).

Everything else is tokenised only. What the speaker resolver needs from there — which
proper names are people, where sentences start and who is a sentence's subject (a
pronoun's nearest antecedent) — comes from token rules (:func:`_mark_unparsed`), and
:mod:`quotes.names` finds the people among those names as it does in parsed text. No
rule reads the parse of a sentence that holds no quotation, cue or colon, except the one
before a quotation (rule 4).

On PolNeAR train (politics news, dense with quotes and reporting verbs) this parses
about 82-87% of the characters (PolNeAR dev 86%, LitBank dev 76%); attribution F1 on
the development sets moved by less than 0.001 against parsing everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, NORM, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from quotes.cue_words import (
    ADJECTIVE_CUES,
    HEARSAY_CUES,
    IMPRESSION_CUES,
    LIGHT_CUES,
    NOMINAL_CUES,
    cue_lemmas,
)
from quotes.language import word_list
from quotes.marks import find_quote_spans
from quotes.model import paragraph_breaks
from quotes.parse_repairs import LEMMA_REPAIRS, PHRASAL_CUES

T = TypeVar("T")
#: The annotations the parsed runs give the whole text's ``Doc``.
_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
#: Components that run on the whole ``Doc`` after stitching, not on the parsed runs.
WHOLE_DOC = ("person_names",)
#: Tokens that end a sentence, the closing marks that may follow them, and what else
#: than a capital or a digit may open the next one.
_ENDS = frozenset({".", "!", "?", "...", "…", "?!", "!!", "!?"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»", "''"})
_OPENERS = frozenset("\"'“‘(«[`")
#: What an opening mark may follow to start a quotation (besides a sentence end).
_INTRODUCED_AFTER = "\n\r.!?\"'”’»,:;—–-(["
#: Words after which a cue form that is only a verb cue is a noun (`the state`).
_NOUN_BEFORE = word_list("noun-markers")
#: How far into a sentence a colon can close a name (the engine's `_COLON_NAME` + 1).
_COLON_WORDS = 8
#: How many tokens a markup tag (`<tweet id=…>`, no cue inside) may run to.
_TAG_WORDS = 16
#: Cue verbs whose plain and `-s` forms are nearly always nouns, and the words after
#: which they are verbs (`the state budget`, `to state`).
_NOUN_FIRST = word_list("noun-first-cues")
_VERB_OPENERS = word_list("verb-openers")
#: Determiners after which a noun cue has no owner, and the prepositions that can give it
#: a source after it instead (`the statement`, `a statement from the mayor`).
_OWNERLESS = word_list("ownerless-determiners")
_SOURCES = word_list("nominal-sources")
#: How far after a noun cue a preposition giving its source may stand.
_SOURCE_WORDS = 2
#: How far after a phrasal verb its particle may stand (`fired right back`).
_PARTICLE_WORDS = 3
#: How many words :class:`CueForms` remembers before starting afresh.
_MAX_WORDS = 500_000
#: Words tagged as determiners where no parse ran (`name_tokens` drops them from names).
_DETERMINERS = word_list("determiners")
#: The most tokens the statistical components read at once. Each layer of the model
#: makes arrays of a few hundred floats per token of its batch: the parsed runs of 32
#: texts (about 28,000 tokens) gave arrays over 30 MB, which the allocator takes fresh
#: from the system and zero-fills page by page each time, and which no cache holds. In
#: batches of about 4,000 tokens the same parse took a fifth less CPU time on PolNeAR
#: train (the same annotations: each run is parsed on its own whatever its batch).
PARSE_BATCH_TOKENS = 4_000


@dataclass(frozen=True, slots=True)
class CueReading:
    """How a word form can be a cue, read from its form alone (no tags exist before the
    parse): where it counts wherever it stands, as a verb that could also be a noun, as
    the word of a light verb, or as a phrasal verb waiting for its particle."""

    #: An adjective or hearsay cue, `according`, or a cue verb's form that no noun
    #: shares (`stated`, `said`, `seems`): the sentence is parsed for it.
    anywhere: bool = False
    #: A noun cue (`claim`, `statements`), which needs an owner or a source.
    noun: bool = False
    #: A cue verb's form that a noun could share (`states`, `support`).
    verb: bool = False
    #: The light verbs that make it a cue (`clear` for `make`, `aim` for `take`).
    light: frozenset[str] = frozenset()
    #: The particles that make it a cue (`back` for `shot`).
    particles: frozenset[str] = frozenset()


class CueForms:
    """How a lowercase word can be an inflection of a cue word (:class:`CueReading`).

    Generous on purpose (a wrong yes costs only speed): the word itself, its lemmatizer
    exceptions (`said` → `say`) and every suffix rule of the model's rule lemmatizer
    applied to it (`claims` → `claim`, `hoping` → `hope`), with a doubled final
    consonant undone (`admitted` → `admit`); each word class by its own rules, so an
    adjective's comparative rule makes no verb of an agent noun (`reporter`, `voter`).
    Answers are cached per word.
    """

    def __init__(self, nlp: Language, lang: str = "en") -> None:
        #: Cue lemmas that count in any form (verbs whose forms are rarely nouns').
        self.verbs = cue_lemmas(lang)
        self.nouns = NOMINAL_CUES
        #: Adjectives, impression verbs and adverbs that are cues wherever they stand.
        self.adjectives = ADJECTIVE_CUES | IMPRESSION_CUES | HEARSAY_CUES | {"according"}
        #: The light verbs of each light word (`clear` → `make`).
        self.light: dict[str, frozenset[str]] = {}
        for light_verb, words in LIGHT_CUES.items():
            for word in words:
                self.light[word] = self.light.get(word, frozenset()) | {light_verb}
        #: The particles of each phrasal verb that is a cue only with one (`shoot` → `back`).
        self.particles: dict[str, frozenset[str]] = {}
        for phrasal_verb, particle in PHRASAL_CUES:
            if phrasal_verb not in self.verbs:
                known = self.particles.get(phrasal_verb, frozenset())
                self.particles[phrasal_verb] = known | {particle}
        self._rules: dict[str, list[tuple[str, str]]] = {}
        self._exceptions: dict[str, dict[str, list[str]]] = {}
        if "lemmatizer" in nlp.component_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for pos in ("verb", "noun", "adj"):
                if lookups.has_table("lemma_rules"):
                    rules = lookups.get_table("lemma_rules").get(pos, [])
                    self._rules[pos] = [tuple(rule) for rule in rules]
                if lookups.has_table("lemma_exc"):
                    self._exceptions[pos] = lookups.get_table("lemma_exc").get(pos, {})
        self._known: dict[str, CueReading | None] = {}
        self._light_verbs: dict[str, frozenset[str]] = {}

    def reading(self, word: str) -> CueReading | None:
        """How a lowercase word form can be a cue, or None when it cannot."""
        if len(self._known) > _MAX_WORDS:  # memory stays bounded over any corpus
            self._known.clear()
            self._light_verbs.clear()
        try:
            return self._known[word]
        except KeyError:
            reading = self._known[word] = self._read(word)
            return reading

    def light_verbs(self, word: str) -> frozenset[str]:
        """The light verbs a lowercase word form can be (`made` → `make`)."""
        verbs = self._light_verbs.get(word)
        if verbs is None:
            verbs = self._light_verbs[word] = frozenset(
                self._lemmas(word, "verb") & LIGHT_CUES.keys()
            )
        return verbs

    def _read(self, word: str) -> CueReading | None:
        verbal = self._lemmas(word, "verb") | self._lemmas(word, "noun")
        nominal = self._lemmas(word, "noun")
        if not self.adjectives.isdisjoint(self._lemmas(word, "adj") | self._lemmas(word, "verb")):
            return CueReading(anywhere=True)
        verb = not self.verbs.isdisjoint(verbal)
        if verb and not self._noun_like(word):
            return CueReading(anywhere=True)
        noun = not self.nouns.isdisjoint(nominal)
        light = frozenset().union(*(self.light.get(lemma, ()) for lemma in nominal))
        particles = frozenset().union(*(self.particles.get(lemma, ()) for lemma in verbal))
        if not (verb or noun or light or particles):
            return None
        return CueReading(verb=verb, noun=noun, light=light, particles=particles)

    def _noun_like(self, word: str) -> bool:
        """Whether a verb's form could be a noun's too: not a past or `-ing` form, nor an
        irregular one (`states`, `support`, `campaign`, not `stated`, `said`)."""
        return not word.endswith(("ed", "ing")) and not any(
            word in table for table in self._exceptions.values()
        )

    def _lemmas(self, word: str, pos: str) -> set[str]:
        """What a word form can be an inflection of, as a word of class `pos`."""
        lemmas = {word, LEMMA_REPAIRS.get(word, word)}
        lemmas.update(self._exceptions.get(pos, {}).get(word, ()))
        for old, new in self._rules.get(pos, ()):
            if word.endswith(old) and len(word) > len(old):
                stem = word[: len(word) - len(old)]
                lemmas.add(stem + new)
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    lemmas.add(stem[:-1] + new)
        return lemmas


def sentences(doc: Doc, words: list[str] | None = None) -> list[tuple[int, int]]:
    """The `(start, end)` token bounds of a tokenised doc's sentences, by rule: a new
    sentence at each paragraph (:func:`~quotes.model.paragraph_breaks`) and after a full
    stop, `!`, `?` or `…` (and any closing marks) that a space and a capital, digit or
    opening mark follow. It splits less often than a parser would (`Jeb!, Ben Carson`
    stays one), never more, so a parsed run never cuts a sentence the parser keeps
    whole. Whitespace closes the sentence before it, as the parser has it (`fine.\n\n`).
    `words` are the tokens' forms, when the caller has them.
    """
    if not len(doc):
        return []
    paragraph_breaks(doc)
    preset = doc.to_array(SENT_START).astype(np.int64)
    starts = preset == 1
    words = [token.text for token in doc] if words is None else words
    spaced = doc.to_array(SPACY).astype(bool)
    for i in [i for i, word in enumerate(words) if word in _ENDS]:
        j = i + 1
        while j < len(words) and words[j] in _CLOSERS and not spaced[j - 1]:
            j += 1
        if j < len(words) and words[j].isspace():
            j += 1  # a line break: the paragraph rules decide
        elif j < len(words) and spaced[j - 1] and _opens_sentence(words[j]):
            starts[j] = preset[j] != -1
    space = np.flatnonzero(starts & doc.to_array(IS_SPACE).astype(bool))
    starts[space] = False
    starts[space[space + 1 < len(doc)] + 1] = True
    starts[0] = True
    doc.from_array([SENT_START], np.where(starts, 1, -1).astype(np.uint64))
    bounds = np.flatnonzero(starts).tolist()
    return list(zip(bounds, [*bounds[1:], len(doc)], strict=True))


def _opens_sentence(word: str) -> bool:
    """Whether a word can open a sentence: a capital, a digit or an opening mark first."""
    first = word[:1]
    return first.isupper() or first.isdigit() or first in _OPENERS


def pick(
    doc: Doc,
    text: str,
    bounds: list[tuple[int, int]],
    cues: CueForms,
    words: list[str] | None = None,
) -> list[bool]:
    """Which of the sentences `bounds` of `doc` (the tokens of `text`, whose forms are
    `words` when the caller has them) to parse: see the module docstring for the rule."""
    words = [token.text for token in doc] if words is None else words
    idx = doc.to_array(IDX).tolist()
    quoted = [
        (span.open_start, span.close_end)
        for span in find_quote_spans(text)
        if _introduced(text, span.open_start)
    ]
    picked: list[bool] = []
    opens: list[bool] = []
    k = 0
    for start, end in bounds:
        first, last = idx[start], idx[end - 1] + len(words[end - 1])
        while k < len(quoted) and quoted[k][1] <= first:
            k += 1
        in_quote = k < len(quoted) and quoted[k][0] < last
        opens.append(in_quote and not text[first : quoted[k][0]].strip())
        sentence = words[start:end]
        picked.append(in_quote or _has_cue(sentence, cues) or _headline_colon(sentence))
    return [p or (i + 1 < len(picked) and opens[i + 1]) for i, p in enumerate(picked)]


def _introduced(text: str, open_start: int) -> bool:
    """Whether an opening mark can start a quotation (as the engine judges it): at a
    paragraph or sentence start, or after `,` `:` `;` a dash or a bracket."""
    before = text[max(0, open_start - 80) : open_start].rstrip(" \t")
    return not before or before[-1] in _INTRODUCED_AFTER


def _has_cue(words: list[str], cues: CueForms) -> bool:
    """Whether a sentence (its tokens' forms) holds a cue word (see :func:`cue_words`)."""
    return next(cue_words(words, cues), None) is not None


def cue_words(words: list[str], cues: CueForms) -> Iterator[int]:
    """The indices of the cue words of a sentence (its tokens' forms; see
    :class:`CueReading`), with the tests on the words around them of rule 2 of the
    module docstring."""
    lowered = [form.lower() for form in words]
    title = _title_case(words)
    tag_end = -1  # the last token of the markup tag the loop is in
    previous = ""
    for i, word in enumerate(lowered):
        if word.startswith("<"):
            tag_end = _tag_end(lowered, i)
        reading = cues.reading(word)
        if reading is not None and i > tag_end and (
            reading.anywhere
            or (reading.verb and not _noun_before(previous)
                and (title or not _in_name(words, i))
                and (word not in _NOUN_FIRST or previous in _VERB_OPENERS))
            or (reading.noun and _owned(previous, lowered[i + 1 : i + 1 + _SOURCE_WORDS]))
            or (reading.light and _has_light_verb(lowered, reading.light, cues))
            or not reading.particles.isdisjoint(lowered[i + 1 : i + 1 + _PARTICLE_WORDS])
        ):
            yield i
        previous = word


def _tag_end(words: list[str], i: int) -> int:
    """The index of the token that closes the markup tag opening at `words[i]` (`<tweet
    id="…" author="…">`), if one closes within :data:`_TAG_WORDS` tokens; else `i - 1`
    (a `<` that opens no tag: `< 5 percent`)."""
    for j in range(i, min(len(words), i + _TAG_WORDS)):
        if ">" in words[j]:
            return j
    return i - 1


def _noun_before(word: str) -> bool:
    """Whether a lowercase word makes the word after it a noun: a determiner, possessive,
    preposition or number (`the state`, `five states`, `2 votes`)."""
    return word in _NOUN_BEFORE or word[:1].isdigit()


def _in_name(words: list[str], i: int) -> bool:
    """Whether the word form `words[i]`, a verb's form that a noun could share, is part
    of a name (in a sentence not written in title case): capitalised after the first
    word (`the United States`, `Islamic State`, `the Washington Post`)."""
    return i > 0 and words[i][:1].isupper()


def _title_case(words: list[str]) -> bool:
    """Whether a sentence is written in title case (a headline: `Trump Says He Will
    Stay`): at least half of its words of four letters or more are capitalised."""
    long = [word for word in words if len(word) > 3 and word.isalpha()]
    return bool(long) and 2 * sum(word[:1].isupper() for word in long) >= len(long)


def _owned(previous: str, after: list[str]) -> bool:
    """Whether a noun cue (after the lowercase word `previous`, before the words `after`)
    may have an owner or a source: not right after an ownerless determiner unless a
    source follows it (`a claim`, but `his claim`, `Russian claims`, `a claim by …`)."""
    return previous not in _OWNERLESS or not _SOURCES.isdisjoint(after)


def _has_light_verb(words: list[str], verbs: frozenset[str], cues: CueForms) -> bool:
    """Whether a form of one of the light verbs `verbs` is among the lowercase `words`."""
    return any(not verbs.isdisjoint(cues.light_verbs(word)) for word in words)


def _headline_colon(words: list[str]) -> bool:
    """Whether a colon stands among the first words of a sentence (its tokens' forms),
    where it can close a speaker's name (`Sanders: Brexit could …`)."""
    return ":" in words[:_COLON_WORDS]


def runs(picked: list[bool], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token bounds of each run of consecutive picked sentences."""
    out: list[tuple[int, int]] = []
    for keep, (start, end) in zip(picked, bounds, strict=True):
        if not keep:
            continue
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class SelectiveParser:
    """Parses the picked sentences of each text and gives one ``Doc`` per text."""

    def __init__(self, nlp: Language, lang: str = "en") -> None:
        self.nlp = nlp
        self.cues = CueForms(nlp, lang)
        self.whole = [(name, pipe) for name, pipe in nlp.pipeline if name in WHOLE_DOC]
        self.parsed_chars = 0
        self.chars = 0
        self.parsed_sentences = 0
        self.sentence_count = 0

    @staticmethod
    def applies(nlp: Language) -> bool:
        """Whether `nlp` is a pipeline this parser can split: ours, with a parser and people
        found by rule after it (a statistical NER would see only the parsed runs)."""
        return "parser" in nlp.pipe_names and list(WHOLE_DOC) == nlp.pipe_names[-1:]

    def pipe(
        self, items: Iterable[tuple[str, T]], batch_size: int = 32
    ) -> Iterator[tuple[Doc, T]]:
        """The annotated ``Doc`` of each `(text, context)`, with its context, in order;
        `items` are read a batch at a time."""
        stream = iter(items)
        while batch := list(islice(stream, batch_size)):
            texts = [text for text, _ in batch]
            yield from zip(self._batch(texts), (context for _, context in batch), strict=True)

    def __call__(self, text: str) -> Doc:
        """The annotated ``Doc`` of one text."""
        return self._batch([text])[0]

    def _batch(self, texts: list[str]) -> list[Doc]:
        docs = [self.nlp.make_doc(text) for text in texts]
        plans = []
        parts: list[Doc] = []
        for doc, text in zip(docs, texts, strict=True):
            words = [token.text for token in doc]
            bounds = sentences(doc, words)
            picked = pick(doc, text, bounds, self.cues, words)
            spans = runs(picked, bounds)
            starts = doc.to_array(SENT_START)
            plans.append((spans, starts))
            parts.extend(_parts(doc, spans, words))
            self._count(doc, len(text), bounds, picked, spans)
        parsed = iter(self._parse(parts))
        for doc, (spans, starts) in zip(docs, plans, strict=True):
            if not spans:
                continue  # nothing to attribute: the doc stays tokenised only
            _stitch(doc, [(start, next(parsed)) for start, _ in spans], starts)
            for _, pipe in self.whole:
                doc = pipe(doc)
        return docs

    def _parse(self, parts: list[Doc]) -> Iterator[Doc]:
        """The parse of each run `parts`, in order, given to the pipeline in groups of
        at most :data:`PARSE_BATCH_TOKENS` tokens (a run longer than that alone)."""
        group: list[Doc] = []
        size = 0
        for part in parts:
            if group and size + len(part) > PARSE_BATCH_TOKENS:
                yield from self.nlp.pipe(group, batch_size=len(group), disable=list(WHOLE_DOC))
                group, size = [], 0
            group.append(part)
            size += len(part)
        if group:
            yield from self.nlp.pipe(group, batch_size=len(group), disable=list(WHOLE_DOC))

    def _count(
        self, doc: Doc, chars: int, bounds: list[tuple[int, int]], picked: list[bool],
        spans: list[tuple[int, int]],
    ) -> None:
        """Tally the share of sentences and characters parsed (for the benchmark) of a
        doc of `chars` characters (not `len(doc.text)`: spaCy joins it from every token)."""
        self.chars += chars
        self.sentence_count += len(bounds)
        self.parsed_sentences += sum(picked)
        self.parsed_chars += sum(doc[s:e].end_char - doc[s].idx for s, e in spans)


def _parts(doc: Doc, spans: list[tuple[int, int]], words: list[str]) -> list[Doc]:
    """A new tokenised ``Doc`` of each run of tokens `spans` of `doc` (whose forms are
    `words`), with the tokens' forms, spaces and norms (all a tokenizer sets) and no
    sentence starts, so the parser splits it as it splits the whole text (only line
    breaks preset, by `paragraph_breaks`). Not ``Span.as_doc``: that reads every
    annotation of the whole doc once per run (the square of the text's length) and
    averages the runs' vectors."""
    if not spans:
        return []
    spaces = doc.to_array(SPACY).astype(bool).tolist()
    norms = doc.to_array([NORM])
    parts = []
    for start, end in spans:
        part = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
        part.from_array([NORM], norms[start:end])
        parts.append(part)
    return parts


def _stitch(doc: Doc, parsed: list[tuple[int, Doc]], starts: np.ndarray) -> None:
    """Copy the annotations of each parsed run (starting at its token index) into `doc`;
    the tokens between runs get the cheap marks of :func:`_mark_unparsed` and keep the
    sentence starts of the rules (`starts`)."""
    array = np.zeros((len(doc), len(_COPIED)), dtype=np.uint64)
    covered = np.zeros(len(doc), dtype=bool)
    for start, part in parsed:
        array[start : start + len(part)] = part.to_array(_COPIED)
        covered[start : start + len(part)] = True
    _mark_unparsed(doc, array, covered, starts)
    doc.from_array(_COPIED, array)
    # the parse sets the sentence starts of its runs only; elsewhere the rules' stand
    sent_starts = doc.to_array(SENT_START)
    sent_starts[~covered] = starts[~covered]
    doc.from_array([SENT_START], sent_starts)


#: Column indices in the copied arrays.
_POS_COL, _TAG_COL, _DEP_COL, _HEAD_COL = (_COPIED.index(a) for a in (POS, TAG, DEP, HEAD))


def _mark_unparsed(doc: Doc, array: np.ndarray, covered: np.ndarray, starts: np.ndarray) -> None:
    """Cheap tags for the tokens no parse reached, enough to find names of people and who
    a pronoun may point to: a capitalised word is a proper noun unless it is a stop word
    (`The`, `But`, `I`), `'s` after one a possessive, `the`/`a`/`an` a determiner,
    punctuation and spaces as such; a run of proper nouns is one name, headed by its
    last word as the parser has it (`Dunmore District Council`, `St Columba's
    Hospital`), and the name that opens
    a sentence is its subject (`Jeb Bush compared the two.`)."""
    strings = doc.vocab.strings
    propn, det, punct, space = (strings.add(p) for p in ("PROPN", "DET", "PUNCT", "SPACE"))
    possessive = strings.add("POS")
    names: list[list[int]] = []  # runs of consecutive proper nouns
    for i in np.flatnonzero(~covered).tolist():
        token = doc[i]
        text = token.text
        if token.is_space:
            array[i, _POS_COL] = space
        elif token.is_punct:
            array[i, _POS_COL] = punct
        elif token.lower_ in _DETERMINERS:
            array[i, _POS_COL] = det
        elif text[:1].isupper() and not token.is_stop:
            array[i, _POS_COL] = propn
            if names and names[-1][-1] == i - 1:
                names[-1].append(i)
            else:
                names.append([i])
        elif text in ("'s", "’s", "'") and i and array[i - 1, _POS_COL] == propn:
            array[i, _TAG_COL] = possessive
            if _is_name(doc, i + 1, covered) and names and names[-1][-1] == i - 1:
                names[-1].append(i)  # `St Columba's Hospital` is one name
    compound, subject = strings.add("compound"), strings.add("nsubj")
    for name in names:
        head = name[-1]
        for i in name[:-1]:
            array[i, _HEAD_COL] = head - i
            array[i, _DEP_COL] = compound
        if starts[name[0]] == 1:
            array[head, _DEP_COL] = subject


def _is_name(doc: Doc, i: int, covered: np.ndarray) -> bool:
    """Whether token `i` exists, is unparsed and gets the proper-noun tag of
    :func:`_mark_unparsed`."""
    return (
        i < len(doc) and not covered[i] and doc[i].text[:1].isupper() and not doc[i].is_stop
    )
