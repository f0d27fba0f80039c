"""Whether a predicted speaker is the gold speaker: the two rules the scorer uses.

Lenient (:func:`speaker_matches`)
    A predicted quote's speaker is right when its name or mention matches the gold
    mention, full name or an alias after dropping case and titles and a description the
    gold sets off after the name (`Ann Lee, 44, a nurse`), one being a shortened form of
    the other (:func:`names_match`), or when the two speaker spans overlap.

Strict names (``--strict-names``, :func:`strict_name_matches`)
    A fact-checker prints the speaker's full name, so this asks more: when the gold
    gives a ``speaker_name`` that is a name (some word besides articles and honorifics
    is capitalised), the predicted resolved ``speaker`` must hold every word of it, spelt
    as the text spells it (case aside): a pronoun, a surname alone, a role alone or a
    name re-joined as ``Jean - Pierre`` is wrong. Gold without such a name (``a police
    spokesman``, PolNeAR's mentions) is judged by the lenient rule.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from quotes.language import word_list
from quotes.records import Quote

#: Words dropped from a name before comparing speakers: titles, roles, articles and
#: suffixes, so "President Zelensky" and "Zelensky" compare equal.
TITLES: frozenset[str] = word_list("compare-drop-words")
#: Words of a gold full name a resolved speaker need not repeat: articles, honorifics
#: and generational suffixes (the canonical name keeps titles apart).
_STRICT_OPTIONAL: frozenset[str] = word_list("strict-name-optional-words")
#: Words that open a description of a source rather than its name (`Two officials`).
_QUANTIFIERS: frozenset[str] = word_list("source-quantifiers")


#: A description set off after a name by a comma (rule appositive-description): an age,
#: a role or a relative clause, which begin in lower case or with a number
#: (`Ann Lee, 44, a nurse from Bray`, `Bo Lind, a spokesman for the union`, `Lind, whose
#: group backs the bill`), says who the bearer is, not the name; a second name joined by
#: `and` or `or` (`Ann Lee, and Bo Lind`) is no description and stays, nor is a comma in a
#: figure (`More than 1,400 musicians`).
_APPOSITIVE = re.compile(r",\s+(?!(?:and|or)\b)[a-z0-9].*", re.DOTALL)
#: A part of a name in brackets: a party and state (`Sen. Ann Ruiz (D-Mo.)`), a party
#: (`Tom Hale (Labour)`), which says who the bearer is beside the name, not the name.
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _without_description(name: str) -> str:
    """A name without a description set off after it by a comma (rule
    appositive-description, :data:`_APPOSITIVE`), when what comes before the comma ends
    in a capitalised word, a name's; a description before the name (`one prominent
    conservative, radio host Bo Lind`, `Lind's niece, state Sen. Ann Lee`) stays whole."""
    head = _APPOSITIVE.sub("", name).strip()
    return head if head.split() and head.split()[-1][:1].isupper() else name


def _words(name: str) -> list[str]:
    """A name as whitespace-separated words, case folded and trimmed of edge punctuation
    and ``'s``, without a part in brackets when words remain outside it (rule
    bracketed-affiliation: `Ann Ruiz (D-Mo.)` is `Ann Ruiz`); inner characters
    (hyphens, apostrophes, accents) are kept as written."""
    words = []
    name = _BRACKETED.sub(" ", name).strip() or name
    for raw in unicodedata.normalize("NFC", name).casefold().replace("’", "'").split():
        word = raw.strip("\"'.,;:!?()[]").removesuffix("'s")
        if word:
            words.append(word)
    return words


def _name_tokens(name: str) -> list[str]:
    """A name as comparable words (:func:`_words`) without titles, keeping the last
    word if the name is nothing but titles."""
    words = _words(name)
    return [word for word in words if word not in TITLES] or words[-1:]


def names_match(a: str, b: str) -> bool:
    """Whether two speaker names denote the same speaker, leniently.

    Equal after dropping case and titles, or one is a shortened form of the other:
    same last word and all its words among the other's ("Zelensky" and "Volodymyr
    Zelensky", "The Post" and "The New York Post"), but not "Joe Biden" and "Hunter
    Biden".
    """
    tokens_a, tokens_b = _name_tokens(a), _name_tokens(b)
    if not tokens_a or not tokens_b:
        return False
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    return shorter[-1] == longer[-1] and set(shorter) <= set(longer)


def _claims_speaker(pred: Quote) -> bool:
    """Whether a prediction names any speaker at all."""
    return bool(pred.speaker or pred.speaker_mention or pred.speaker_start is not None)


def speaker_matches(pred: Quote, gold: dict[str, Any]) -> bool:
    """Whether the predicted speaker is the gold quote's speaker.

    Right when the predicted name or mention matches (:func:`names_match`) the gold
    mention, its ``speaker_name`` or one of its ``speaker_aliases``, or when the
    predicted and gold speaker spans overlap.  A gold quote without any speaker is
    right only when the prediction claims none either.
    """
    aliases = gold.get("speaker_aliases") or []  # null: the gold knows no other mention
    gold_names = [gold.get("speaker"), gold.get("speaker_name"), *aliases]
    # rule appositive-description: the gold marks the whole phrase, `Ann Lee, 44, a nurse`
    gold_names = [_without_description(name) for name in gold_names if name]
    gold_start, gold_end = gold.get("speaker_start"), gold.get("speaker_end")
    if not gold_names and gold_start is None:
        return not _claims_speaker(pred)
    pred_names = [name for name in (pred.speaker, pred.speaker_mention) if name]
    if any(names_match(p, g) for p in pred_names for g in gold_names):
        return True
    return (
        None not in (pred.speaker_start, pred.speaker_end, gold_start, gold_end)
        and min(pred.speaker_end, gold_end) > max(pred.speaker_start, gold_start)
    )


def is_named(name: str | None) -> bool:
    """Whether a gold ``speaker_name`` is a name rather than a description: its first
    word after articles and honorifics is capitalised and no quantifier (``Ana Díaz``,
    ``the Audit Office``, ``Reuters``; not ``a police spokesman``, ``A resident of
    Harbour Row``, ``Two officials``)."""
    words = [w for w in (name or "").split() if w.casefold().strip(".") not in _STRICT_OPTIONAL]
    return bool(words) and words[0][:1].isupper() and words[0].casefold() not in _QUANTIFIERS


def strict_name_matches(pred: Quote, gold: dict[str, Any]) -> bool:
    """Attribution under the strict name rule (see the module docstring)."""
    name = gold.get("speaker_name")
    if not is_named(name):
        return speaker_matches(pred, gold)
    wanted = {w for w in _words(name) if w not in _STRICT_OPTIONAL}
    return bool(pred.speaker) and wanted <= set(_words(pred.speaker or ""))

