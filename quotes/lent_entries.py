"""The vocabulary entries the spaCy component's tokenizer lends another word's features,
given back once the doc has left the component (rule entries-given-back).

The component's tokenizer (:class:`quotes.surrogate_reader.SurrogateReader`) makes the models
read a tag as the spaces a page shows (`<p>`), a reference as its character (`&quot;`,
`Jos&eacute;`) and an invisible character as a space: the word's entry in the pipeline's
vocabulary takes the features of what it shows (flags, norm, shape, prefix, suffix, lower
case), as the models read only a word's entry. An entry is the whole vocabulary's, not
one doc's: the features stayed after the doc, so the user's own docs read `<p>` as a
space (`Doc(nlp.vocab, words=["<p>", "Hi"])[0].is_space` was True), and the norms went
into the vocabulary's `lexeme_norm` table, which `nlp.to_disk` saves, so a pipeline
saved after one doc read `&quot;` as `"` for good, without the component. Each entry
lent for a doc is now given back, features and table as they were, once the last doc
that read it has left the component (a batch of `nlp.pipe` holds several at once); a doc
that never reaches the component (a pipe disabled, a model that raised) keeps its words
lent, as before.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from spacy.lexeme import Lexeme
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: The key of `doc.user_data` under which a doc keeps the words lent for it, until the
#: component gives them back.
LENT_KEY = "quotes.lent_words"
#: The vocabulary's table of norms, which setting an entry's norm writes to.
_NORMS = "lexeme_norm"


@dataclass(frozen=True)
class _Features:
    """An entry's own features, as they were before it was lent, and its norm table's
    entry (None: it had none)."""

    flags: int
    norm: str
    shape: str
    prefix: str
    suffix: str
    lower: str
    table_norm: str | None


class LentEntries:
    """The entries lent for the docs in flight, each with its own features and the number
    of docs that read it lent and have not left the component yet."""

    def __init__(self) -> None:
        self._held: dict[str, tuple[_Features, int]] = {}

    def lend(self, vocab: Vocab, word: str, like: str, lent: set[str]) -> None:
        """Give the entry of `word` the features of the entry of `like` (the form the
        library's parser reads in its place), keeping its own until it is given back;
        `lent` gathers the doc's words."""
        entry, model = vocab[word], vocab[like]
        if word not in self._held:
            self._held[word] = (_features(vocab, entry), 0)
        table_norm = self._held[word][0].table_norm
        entry.flags, entry.shape_ = model.flags, model.shape_
        entry.prefix_, entry.suffix_ = model.prefix_, model.suffix_
        _set_norm(vocab, entry, model.norm_, table_norm)
        if word.strip():
            entry.lower_ = model.lower_
        lent.add(word)

    def taken(self, doc: Doc, lent: set[str]) -> Doc:
        """`doc`, whose words `lent` are held lent until the component gives them back."""
        if lent:
            for word in lent:
                features, docs = self._held[word]
                self._held[word] = (features, docs + 1)
            doc.user_data[LENT_KEY] = tuple(sorted(lent))
        return doc

    def give_back(self, doc: Doc) -> None:
        """Give back the entries lent for `doc`, each once no other doc in flight holds it:
        its own features and norm table's entry, as before it was lent."""
        for word in doc.user_data.pop(LENT_KEY, ()):
            if word not in self._held:  # lent in another process (the doc was sent here)
                continue
            features, docs = self._held[word]
            if docs > 1:
                self._held[word] = (features, docs - 1)
                continue
            del self._held[word]
            entry = doc.vocab[word]
            entry.flags, entry.shape_ = features.flags, features.shape
            entry.prefix_, entry.suffix_ = features.prefix, features.suffix
            entry.lower_ = features.lower
            _set_norm(doc.vocab, entry, features.norm, features.table_norm)


def _features(vocab: Vocab, entry: Lexeme) -> _Features:
    """The features of `entry` as they are, with its norm table's entry."""
    table = vocab.lookups.get_table(_NORMS) if vocab.lookups.has_table(_NORMS) else {}
    return _Features(entry.flags, entry.norm_, entry.shape_, entry.prefix_, entry.suffix_,
                     entry.lower_, table.get(entry.orth))


def _set_norm(vocab: Vocab, entry: Lexeme, norm: str, table_norm: str | None) -> None:
    """Set the norm of `entry` and leave the norm table as it was (`table_norm`, None: no
    entry): spaCy's setter writes the norm into the table too, which `nlp.to_disk`
    saves, and the models read the entry's own norm, never the table's."""
    had_table = vocab.lookups.has_table(_NORMS)
    entry.norm_ = norm
    table = vocab.lookups.get_table(_NORMS)
    if table_norm is not None:
        table[entry.orth] = table_norm
    elif not had_table:
        vocab.lookups.remove_table(_NORMS)
    else:
        OrderedDict.pop(table, entry.orth, None)
