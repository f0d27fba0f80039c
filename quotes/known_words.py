"""The words a text and the model know, which the name rules ask about a capitalised
word: whether its lower-case form is a common English word (:class:`CommonWords`, from
the model's lemmatizer tables: `Notice Trump …` opens with a verb, not a name) and where
else a form stands in the document (:class:`Words`: a surname written again, `Webb`
after `City Engineer Marcus Webb`).

Built once per model (:class:`CommonWords`) or per document (:class:`Words`) and passed
to the steps of :mod:`quotes.proper_runs`, :mod:`quotes.names` and the modules that tell
names from other words; split out of :mod:`quotes.proper_runs`, which finds the runs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotes.child_patterns import token_forms


class CommonWords:
    """Whether a lowercase word is a common English word: a noun, verb, adjective or
    adverb of the model's rule lemmatizer (its WordNet index), as written or once a
    suffix rule or exception takes it to its lemma (`injecting` → `inject`). No word is
    common for a model without those tables. Answers are cached per word."""

    #: How many words are remembered before starting afresh (memory stays bounded).
    MAX_WORDS = 200_000

    def __init__(self, nlp: Language | None = None) -> None:
        self.index: list[frozenset[str]] = []
        #: The verbs of the index (empty without one).
        self.verbs: frozenset[str] = frozenset()
        self.rules: list[tuple[int, str, str]] = []
        self.exceptions: list[dict[str, list[str]]] = []
        lookups = nlp.get_pipe("lemmatizer").lookups if (
            nlp is not None and "lemmatizer" in nlp.component_names) else None
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        index = lookups.get_table("lemma_index")
        parts = [pos for pos in ("noun", "verb", "adj", "adv") if pos in index]
        self.index = [frozenset(index[pos]) for pos in parts]
        self.verbs = frozenset(index["verb"]) if "verb" in index else frozenset()
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

    def participle(self, word: str) -> bool:
        """Whether a lower-case word is a verb's `-ing` form: the word less `ing`, less
        `ing` and a doubled consonant, or with `e` for `ing`, is a verb of the index
        (`intervening` → `intervene`, `responding` → `respond`, `stopping` → `stop`)."""
        if not word.endswith("ing") or len(word) < 6:
            return False
        stem = word[:-3]
        return (
            stem in self.verbs
            or f"{stem}e" in self.verbs
            or (stem[-1:] == stem[-2:-1] and stem[:-1] in self.verbs)
        )

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


class Words:
    """The forms of a doc's tokens, and where each form stands. The rules ask whether a
    word stands elsewhere in the text, once per name: a scan of every token each time
    would cost the square of the text's length."""

    def __init__(self, doc: Doc) -> None:
        self.forms = token_forms(doc)
        self.at: dict[str, list[int]] = {}
        for i, form in enumerate(self.forms):
            self.at.setdefault(form, []).append(i)
