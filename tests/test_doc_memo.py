"""What rules read once per doc (:mod:`quotes.doc_memo`): the same answers spaCy gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotes.doc_memo import first_of, quote_marks, span_text
from quotes.works_before import _doc_words, _worded_before


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    """A tokenizer: a span's text needs no parse."""
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        # a span inside a sentence: the space after its last word is not its text
        ('"We will rebuild," the mayor said.', 6, 8, "the mayor"),
        # the quote marks are words of their own
        ('"We will rebuild," the mayor said.', 0, 6, '"We will rebuild,"'),
        # across a line break, which the tokenizer keeps as a word of its own
        ("The harbour reopened.\n\nThe ferry sailed at noon.", 3, 7, ".\n\nThe ferry"),
        # the whole doc, and an empty span
        ("Ana Ruiz spoke.", 0, 4, "Ana Ruiz spoke."),
        ("Ana Ruiz spoke.", 2, 2, ""),
    ],
)
def test_span_text(
    nlp: spacy.language.Language, text: str, start: int, end: int, expected: str
) -> None:
    doc = nlp(text)
    span = doc[start:end]
    assert span_text(span) == span.text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # straight and curly marks, each a word of its own
        ('"We will rebuild," the mayor said.', [0, 5]),
        ("“We lost,” she said. ‘Never again.’", [0, 4, 8, 12]),
        # none
        ("The ferry sailed at noon.", []),
    ],
)
def test_quote_marks(nlp: spacy.language.Language, text: str, expected: list[int]) -> None:
    doc = nlp(text)
    assert quote_marks(doc) == [t.i for t in doc if t.is_quote] == expected


@pytest.mark.parametrize(
    "text, value, expected",
    [
        # the first of several, whatever its case
        ("What she said is what the council believes.", "what", 0),
        ("The herd is close to What rangers believe, or what they hope.", "what", 5),
        # none: the doc's length, past every token
        ("The herd is close to the limit.", "what", 8),
        # a word the string store has never seen
        ("The herd is close to the limit.", "zzqxwhat", 8),
    ],
)
def test_first_of(nlp: spacy.language.Language, text: str, value: str, expected: int) -> None:
    doc = nlp(text)
    assert first_of(doc, "LOWER", value) == expected
    assert first_of(doc, "LOWER", value) == next(
        (t.i for t in doc if t.lower_ == value), len(doc)
    )


def test_first_of_after_retokenising(nlp: spacy.language.Language) -> None:
    """A doc retokenised (its length changed) is read again, not from the old table."""
    doc = nlp("They asked her what it cost.")
    assert first_of(doc, "LOWER", "what") == 3
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert first_of(doc, "LOWER", "what") == 2


@pytest.mark.parametrize(
    "words, lemmas, end, wanted, forms, expected",
    [
        # a lemma in any case, before `end` only
        (["The", "Report", "said", "the", "reports", "said", "."],
         ["the", "Report", "say", "the", "report", "say", "."], 6, {"report"}, set(), [1, 4]),
        (["The", "Report", "said", "the", "reports", "said", "."],
         ["the", "Report", "say", "the", "report", "say", "."], 3, {"report"}, set(), [1]),
        # a form, which the doc may lack; a lemma and a form together, each place once
        (["Researchers", "found", "the", "study", "."],
         ["researcher", "find", "the", "study", "."], 5, {"study"}, {"researchers", "panel"},
         [0, 3]),
        (["No", "work", "here", "."], ["no", "work", "here", "."], 4, {"report"}, {"study"}, []),
    ],
)
def test_worded_before(
    nlp: spacy.language.Language, words: list[str], lemmas: list[str], end: int,
    wanted: set[str], forms: set[str], expected: list[int],
) -> None:
    """The doc's words read once (`_doc_words`) give each set of words its places."""
    doc = Doc(nlp.vocab, words=words, lemmas=lemmas)
    table, lemma_ids_of = _doc_words(doc)
    assert table.shape == (len(words), 2)
    assert sorted(lemma_ids_of) == sorted({lemma.lower() for lemma in lemmas})
    assert _worded_before(doc, end, frozenset(wanted), frozenset(forms)) == expected
    # asked again, or for another set, from the same reading
    assert _worded_before(doc, end, frozenset(wanted), frozenset(forms)) == expected
    assert _doc_words(doc)[0] is table
