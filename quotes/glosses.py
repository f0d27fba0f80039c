"""The writer's glosses at the end of a reported content: words the writer adds about
what was said, or about one of its nouns, after the source's words end.

Two rules, each giving the tokens before the gloss (:func:`before_gloss` applies both):
a summary noun that comments on the whole clause (:func:`_before_summary`) and an
apposition that describes the content's last noun (:func:`_before_trailing_apposition`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.articles import INDEFINITE
from quotes.language import word_list

#: Nouns that sum up a clause in an apposition after it (`…, a process forecasters call …`).
_SUMMARY_NOUNS = word_list("summary-nouns")
#: Articles that open a trailing apposition (`, a lawyer who …`, `, the town's mayor`).
_APPOSITION_ARTICLES = word_list("apposition-articles")
#: Marks that set off a trailing apposition: a comma or a dash.
_APPOSITION_MARKS = word_list("apposition-marks")


def before_gloss(tokens: list[Token]) -> list[Token]:
    """The tokens before a gloss of the writer's at their end, else all of them."""
    return _before_trailing_apposition(_before_summary(tokens))


def _before_summary(tokens: list[Token]) -> list[Token]:
    """Rule summary-gloss: the tokens before a gloss of the writer's that sums up the
    clause and comments on it, else all of them.

    Shape: `<clause>, a|an <summary noun> <subject> <verb> …` (a relative clause with no
    relative word). `She said the storm was deepening fast, a process forecasters call
    "bombing"`: she said the storm was deepening fast; what forecasters call it is the
    writer's note. Summary nouns: :data:`_SUMMARY_NOUNS`.
    """
    for k in range(len(tokens) - 3):
        comma, article, noun, after = tokens[k : k + 4]
        if (
            comma.text == ","
            and article.lower_ in INDEFINITE
            and noun.lemma_.lower() in _SUMMARY_NOUNS
            and after.tag_ in ("DT", "PRP", "PRP$", "NNS", "NNP", "NNPS")
        ):
            return tokens[:k]
    return tokens


def _before_trailing_apposition(tokens: list[Token]) -> list[Token]:
    """Rule trailing-apposition: the tokens before an apposition set off by a comma or a
    dash that runs to the content's end, else all of them.

    Shape: `<content … noun>, a|an|the <noun phrase>` (the apposition, with whatever
    hangs on it, is the content's last words). `The mayor said the ferry would be run by
    Tallis Marine, a firm from the next county`: the mayor said the ferry would be run by
    Tallis Marine; who the firm is, is the writer's note for the reader, and so is `, the
    oldest yard on the coast` after `He praised the Morrow yard`. An apposition with a
    quotation in it stays (the quoted words may be the source's), and so does one inside
    the content (`the firm, a family business, will run it`).
    """
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return tokens
    last = words[-1]
    for k in range(1, len(tokens) - 1):
        mark, article = tokens[k], tokens[k + 1]
        if mark.text not in _APPOSITION_MARKS or article.lower_ not in _APPOSITION_ARTICLES:
            continue
        noun = article.head
        if (
            noun.dep_ == "appos"
            and noun.left_edge.i == article.i
            and noun.right_edge.i >= last.i
            and tokens[0].i <= noun.head.i < mark.i
            and not any(t.is_quote for t in tokens[k:])
        ):
            return tokens[:k]
    return tokens
