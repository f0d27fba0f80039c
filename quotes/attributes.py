"""The model's attribute rules (part of speech, morphology, lemma exceptions), applied by
lookup instead of by matching every pattern against every token.

The small English pipelines set each token's coarse part of speech and morphology with an
`attribute_ruler` of some 180 patterns. Matching all of them against every token took a
fifth of our pipeline's time, though what a pattern's token test says depends on four
values only: the token's tag, lower-cased form, dependency label and whether it is a
space. :class:`FastAttributes` answers the tests once for each combination of those values
(a form that no pattern names counts as the empty form, so the answers kept stay few
however large the vocabulary) and applies the rules in the ruler's order, later ones
winning, as the ruler does: the result is the ruler's exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: The token attributes a pattern may test, as they stand in a key.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_READ = [TAG, LOWER, DEP, IS_SPACE]
#: What the rules write in bulk; a rule writing anything else is applied token by token.
_WRITTEN = [POS, MORPH, LEMMA]
#: How many forms to remember whether a pattern names them, before starting afresh.
_MAX_FORMS = 200_000
#: The operators a pattern may use on a value, besides equality.
_OPERATORS = ("IN", "NOT_IN", "REGEX")

Key = tuple[str, str, str, bool]
Test = Callable[[Key], bool]


class FastAttributes:
    """Applies an `attribute_ruler`'s patterns (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs = ruler.attrs
        # each rule: its id (the ruler's order), the tests of its tokens, and which of its
        # tokens gets the attributes
        rules = [
            (attr_id, [_test(token) for token in pattern], index)
            for attr_id, (patterns, index) in enumerate(
                zip(_patterns(ruler), ruler.indices, strict=True)
            )
            for pattern in patterns
        ]
        #: The token tests of all rules; a rule over one token and the rules over more,
        #: these with the test column of each of their tokens and which one they set.
        self.tests = [test for _, tests, _ in rules for test in tests]
        self.single: list[tuple[int, int]] = []
        self.multi: list[tuple[int, list[int], int]] = []
        column = 0
        for attr_id, tests, index in rules:
            columns = list(range(column, column + len(tests)))
            if len(tests) == 1:
                self.single.append((attr_id, column))
            else:
                self.multi.append((attr_id, columns, index))
            column += len(tests)
        #: The forms the patterns name, and the expressions they match forms with.
        self.lowers: set[str] = set()
        self.lower_patterns: list[re.Pattern[str]] = []
        for patterns in _patterns(ruler):
            for token in (token for pattern in patterns for token in pattern):
                wanted = token.get("LOWER")
                if isinstance(wanted, str):
                    self.lowers.add(wanted)
                elif isinstance(wanted, dict) and "REGEX" in wanted:
                    self.lower_patterns.append(re.compile(wanted["REGEX"]))
                elif isinstance(wanted, dict):
                    self.lowers.update(wanted.get("IN", ()), wanted.get("NOT_IN", ()))
        self._answers: dict[tuple[int, str, int, int], np.ndarray] = {}
        self._singles: dict[tuple[int, str, int, int], tuple[int, ...]] = {}
        self._forms: dict[int, str] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set each token's attributes as the ruler would."""
        self._apply([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Set the attributes of `batch_size` docs at a time, as one table: the parsed runs
        of a text are many short docs, and the work per call is mostly the same whatever
        its length."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            self._apply(batch)
            yield from batch

    def _apply(self, docs: list[Doc]) -> None:
        """Set the attributes of the tokens of `docs`, read and written as one table; a
        rule over several tokens matches within one doc only."""
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        doc = docs[0]  # for the vocabulary
        lengths = [len(d) for d in docs]
        table = np.concatenate([d.to_array(_READ) for d in docs])
        size = len(table)
        shorts, where = self._short_keys(table, doc)
        # the rules over one token follow from the key; the others are matched in place
        found = [list(self._singles[short]) for short in shorts]
        rules_of = where.copy()
        fits = np.stack([self._answers[short] for short in shorts])[where]
        which = np.repeat(np.arange(len(docs)), lengths)
        for attr_id, columns, index in self.multi:
            span = len(columns)
            if span > size:
                continue
            starts = which[: size - span + 1] == which[span - 1 :]  # not across two docs
            for offset, column in enumerate(columns):
                starts &= fits[offset : size - span + 1 + offset, column]
            for start in np.flatnonzero(starts):
                i = int(start) + (index if index >= 0 else span + index)
                found.append(found[rules_of[i]] + [attr_id])
                rules_of[i] = len(found) - 1
        merged = [self._merge(tuple(sorted(ids))) for ids in found]
        values = np.concatenate([d.to_array(_WRITTEN) for d in docs])
        for at, attr in enumerate(_WRITTEN):
            sets = np.array([attr in m for m in merged])[rules_of]
            new = np.array([m.get(attr, 0) for m in merged], dtype=values.dtype)[rules_of]
            values[sets, at] = new[sets]
        firsts = np.cumsum([0, *lengths])
        for d, first in zip(docs, firsts, strict=False):
            d.from_array(_WRITTEN, values[first : first + len(d)])
        for k, attrs in enumerate(merged):
            if attrs.keys() - set(_WRITTEN):  # a rule that sets a tag or a dependency
                for i in np.flatnonzero(rules_of == k):
                    d = docs[int(which[i])]
                    set_token_attrs(d[int(i - firsts[which[i]])], attrs)

    def _short_keys(
        self, table: np.ndarray, doc: Doc
    ) -> tuple[list[tuple[int, str, int, int]], np.ndarray]:
        """The distinct short keys (see :meth:`_answer`) of the rows of a (tag, lower, dep,
        is_space) table, and the index of each row's key among them. Each column is
        numbered by its distinct values first and the lower-cased forms no pattern names
        merged into one, so the rows are told apart by one integer each: far fewer keys
        to work out than distinct rows (every form is a row of its own)."""
        tags, tag_of = np.unique(table[:, 0], return_inverse=True)
        lowers, lower_of = np.unique(table[:, 1], return_inverse=True)
        deps, dep_of = np.unique(table[:, 2], return_inverse=True)
        forms = [self._named_form(int(lower), doc) for lower in lowers.tolist()]
        form_ids: dict[str, int] = {}
        form_of = np.array([form_ids.setdefault(form, len(form_ids)) for form in forms])
        code = (
            (tag_of.reshape(-1) * len(deps) + dep_of.reshape(-1)) * len(form_ids)
            + form_of[lower_of.reshape(-1)]
        ) * 2 + (table[:, 3] != 0)
        codes, where = np.unique(code, return_inverse=True)
        names = list(form_ids)
        shorts = []
        for c in codes.tolist():
            c, space = divmod(c, 2)
            c, form = divmod(c, len(form_ids))
            tag, dep = divmod(c, len(deps))
            shorts.append(self._answer(int(tags[tag]), names[form], int(deps[dep]), space, doc))
        return shorts, where.reshape(-1)

    def _answer(
        self, tag: int, form: str, dep: int, space: int, doc: Doc
    ) -> tuple[int, str, int, int]:
        """The short form of a key: its tag, the lower-cased form if a pattern names it
        (see :meth:`_named_form`), its dependency label and whether it is a space, with
        the answers of every token test for it (and the one-token rules they make fit)
        worked out once."""
        short = (tag, form, dep, space)
        if short not in self._answers:
            strings = doc.vocab.strings
            named = (strings[tag], form, strings[dep], bool(space))
            answers = np.array([test(named) for test in self.tests])
            self._answers[short] = answers
            self._singles[short] = tuple(a for a, column in self.single if answers[column])
        return short

    def _named_form(self, lower: int, doc: Doc) -> str:
        """A lower-cased form if some pattern names or matches it, else the empty form."""
        form = self._forms.get(lower)
        if form is None:
            if len(self._forms) > _MAX_FORMS:
                self._forms.clear()
            form = doc.vocab.strings[lower]
            if form not in self.lowers and not any(p.search(form) for p in self.lower_patterns):
                form = ""
            self._forms[lower] = form
        return form

    def _merge(self, rules: tuple[int, ...]) -> dict[Any, Any]:
        """The attributes of several rules in order, later ones winning."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for attr_id in rules:
                merged.update(self.attrs[attr_id])
            self._merged[rules] = merged
        return merged


def _patterns(ruler: AttributeRuler) -> list[list[list[dict[str, Any]]]]:
    """The ruler's token patterns, one list per rule, in the ruler's order."""
    return [ruler.matcher.get(str(attr_id))[1] for attr_id in range(len(ruler.attrs))]


def _test(token_pattern: dict[str, Any]) -> Test:
    """A test of a (tag, lower, dep, is_space) key for one token of a pattern."""
    checks = [(_KEYS.index(name), _value_test(wanted)) for name, wanted in token_pattern.items()]

    def fits(key: Key) -> bool:
        return all(check(key[at]) for at, check in checks)

    return fits


def _value_test(wanted: Any) -> Callable[[Any], bool]:
    """A test of one value: equality, `IN`, `NOT_IN` or `REGEX`."""
    if not isinstance(wanted, dict):
        return lambda value: value == wanted
    ((op, arg),) = wanted.items()
    if op == "IN":
        return lambda value: value in arg
    if op == "NOT_IN":
        return lambda value: value not in arg
    return lambda value: re.search(arg, value) is not None


def supported(ruler: AttributeRuler) -> bool:
    """Whether every pattern of the ruler tests only what :class:`FastAttributes` reads,
    with operators it knows, one token per step."""
    for patterns in _patterns(ruler):
        for token in (token for pattern in patterns for token in pattern):
            for name, wanted in token.items():
                if name not in _KEYS:
                    return False
                if isinstance(wanted, dict) and (
                    len(wanted) != 1 or next(iter(wanted)) not in _OPERATORS
                ):
                    return False
    return True


@Language.factory("fast_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    """The pipeline's own `attribute_ruler`, applied by lookup."""
    return FastAttributes(nlp.get_pipe("attribute_ruler"))
