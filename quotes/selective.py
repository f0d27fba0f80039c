"""Parse only the sentences that can take part in an attribution.

The statistical components (tok2vec, tagger, parser, then the attribute rules and the
lemmatizer) are most of the pipeline's time, yet not every sentence of a text holds a
quotation or a reporting word. So :class:`SelectiveParser` runs each text through these
steps:

1. tokenise it whole and split it into sentences by rule
   (:func:`quotes.picking.sentences`);
2. pick the sentences to parse (:func:`quotes.picking.pick`: a quotation, a cue word, a
   colon that can close a name, or the sentence before one that opens with a quotation;
   the rule is written down in :mod:`quotes.picking`);
3. parse each run of consecutive picked sentences as a ``Doc`` of its own, the runs of
   a batch of texts together, at most :data:`PARSE_BATCH_TOKENS` tokens at once;
4. copy their annotations back into the whole text's ``Doc`` at the same token indices,
   and mark the tokens no parse reached by token rules (:mod:`quotes.stitching`), so
   tokens, offsets and records are the whole text's;
5. find the people in the whole ``Doc`` (:data:`WHOLE_DOC`).

No rule reads the parse of a sentence that holds no quotation, cue or colon, except the
one before a quotation (rule 4 of the picking).

On PolNeAR train (politics news, dense with quotes and reporting verbs) this parses
about 82-87% of the characters (PolNeAR dev 86%, LitBank dev 76%); attribution F1 on
the development sets moved by less than 0.001 against parsing everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from quotes.child_patterns import token_forms
from quotes.cue_forms import CueForms
from quotes.doc_memo import made_from
from quotes.picking import heading_lines, pick, runs, sentences
from quotes.stitching import run_docs, stitch

T = TypeVar("T")
#: Components that run on the whole ``Doc`` after stitching, not on the parsed runs.
WHOLE_DOC = ("person_names",)
#: The most tokens the statistical components read at once. Each layer of the model
#: makes arrays of a few hundred floats per token of its batch: the parsed runs of 32
#: texts (about 28,000 tokens) gave arrays over 30 MB, which the allocator takes fresh
#: from the system and zero-fills page by page each time, and which no cache holds. In
#: batches of about 4,000 tokens the same parse took a fifth less CPU time on PolNeAR
#: train (the same annotations: each run is parsed on its own whatever its batch).
PARSE_BATCH_TOKENS = 4_000


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
        """The annotated ``Doc`` of each text of a batch, by the steps of the module
        docstring; the picked runs of all the texts are parsed together."""
        docs = [self.nlp.make_doc(text) for text in texts]
        plans = []
        parts: list[Doc] = []
        for doc, text in zip(docs, texts, strict=True):
            # the rules that run on the whole doc (the names it holds) cut words from
            # its text: the text it was made from, not ``doc.text`` joined from a token
            # object per word, as the attributor tells it later
            made_from(doc, text)
            words = token_forms(doc)
            bounds = sentences(doc, words)
            picked = pick(doc, text, bounds, self.cues, words)
            spans = runs(picked, bounds, heading_lines(words, bounds))
            starts = doc.to_array(SENT_START)
            plans.append((spans, starts))
            parts.extend(run_docs(doc, spans, words))
            self._count(doc, len(text), bounds, picked, spans)
        parsed = iter(self._parse(parts))
        for doc, (spans, starts) in zip(docs, plans, strict=True):
            if not spans:
                continue  # nothing to attribute: the doc stays tokenised only
            stitch(doc, [(start, next(parsed)) for start, _ in spans], starts)
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
