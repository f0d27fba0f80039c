"""The club a description of a sports club stands for when its name holds no word
`club`: rule club-named-before.

A sports story names a club by words that say it is one without the word `club`
(`Brackwell Athletic`, `FC Lindgrund`) or by the post of one of its people after it
(`Hallsberg coach Ana Ruiz`, `the Larkhill captain`), then says `the club said …`. A
match report names both sides, and often the other side last: a reader takes the
description for the club the story is about, the one it names first (in its headline or
lead), not for the opponent named just before (`Brackwell Athletic manager Ana Ruiz …
before Saturday's game against Dunmore Rovers. … The club said …` is Brackwell Athletic's).
Step of :meth:`quotes.described.DescribedIndex._described`, after
the rules that find a body by the description's own kind word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.cue_words import token_indices
from quotes.doc_memo import doc_text, memo, span_text
from quotes.language import word_list

#: Words that make a capitalised run a club's name, at its end or start (`Athletic`, `FC`).
_CLUB_WORDS = word_list("club-name-words")
#: Posts in a club written right after its name (`Hallsberg coach`).
_CLUB_ROLES = word_list("club-roles")
#: Descriptions of a club (`the club`, `the team`).
CLUB_DESCRIPTIONS = word_list("club-descriptions")
#: Parts of speech of capitalised words before a name that are no part of it (`The`,
#: `On`, `After`).
_NO_NAME_POS = ("DET", "ADP", "ADV", "PRON", "SCONJ", "CCONJ", "AUX", "VERB")


def club_before(head: Token) -> list[Token] | None:
    """The words of the club's name, of those named before a description of a club, that
    the text names first, in its longest form (rule club-named-before): a capitalised
    run that a club word ends or opens (`Brackwell Athletic`, `SC Velderhoek`) or that
    stands right before a club's post, as its modifier or possessive (`Hallsberg
    coach`, `Dunmore's striker`); None when the description is no club's or no club
    was named before it."""
    if head.lower_ not in CLUB_DESCRIPTIONS:
        return None
    runs = _club_names(head.doc)
    named = [run for run in runs if run[-1].i < head.i]
    if not named:
        return None
    text = doc_text(head.doc)
    first = min(named, key=lambda run: _first_named(run, text))
    return _longest_form(first, runs)


def _first_named(run: list[Token], text: str) -> int:
    """Where the text first names the club a run names (`text` the doc's): the first
    token of the first place before the run where its words stand as a name of their
    own, alone or with club words (`Larkhill drew …` before `Larkhill's striker`, `FC
    Lindgrund` before `the Lindgrund captain`), not inside a longer word (`Elyton` is no
    `Ely`) nor a longer name (`Fans queued on Larkhill Road` names no club `Larkhill`);
    the run's own first token when they stand nowhere before it."""
    doc = run[0].doc
    words = doc[run[0].i : run[-1].i + 1]
    for match in re.finditer(re.escape(span_text(words)), text[: run[0].idx]):
        place = doc.char_span(match.start(), match.end())
        if place is not None and _names_alone(place):
            return place.start
    return run[0].i


def _names_alone(place: Span) -> bool:
    """Whether the capitalised run around the words `place` is those words and club
    words alone (`FC Lindgrund` for `Lindgrund`), no longer name (`Larkhill Road`)."""
    around = _capitalised_run(place.doc, place.start)
    return bool(around) and around[0].i <= place.start and all(
        t.text in _CLUB_WORDS for t in around if not place.start <= t.i < place.end
    )


def _longest_form(name: list[Token], runs: list[list[Token]]) -> list[Token]:
    """The longest club's name the text writes that holds `name` at its start or end
    (`FC Lindgrund` for `Lindgrund` in `the Lindgrund coach`), else `name`."""
    words = [t.text for t in name]
    size = len(words)
    longer = [
        run
        for run in runs
        if len(run) > size
        and words in ([t.text for t in run[:size]], [t.text for t in run[-size:]])
    ]
    return max(longer, key=len) if longer else name


def _club_names(doc: Doc) -> list[list[Token]]:
    """Every club's name the text writes (:func:`club_before`), in the order of its
    words; read once per doc."""
    known: dict[str, list[list[Token]]] = memo(doc, "club-names")
    if "runs" not in known:
        words = frozenset(w.lower() for w in _CLUB_WORDS)
        runs: dict[int, list[Token]] = {}
        for i in token_indices(doc, "LOWER", words):
            if doc[i].text in _CLUB_WORDS:
                run = _capitalised_run(doc, i)
                if len(run) > 1:
                    runs[run[-1].i] = run
        for i in token_indices(doc, "LOWER", _CLUB_ROLES):
            run = _owner_before(doc, i)
            if run:
                runs[run[-1].i] = run
        known["runs"] = [runs[end] for end in sorted(runs)]
    return known["runs"]


def _capitalised_run(doc: Doc, i: int, onward: bool = True) -> list[Token]:
    """The run of capitalised words around token `i` (ending at it, not `onward`),
    within its line, less the words opening it that name no club: an article, a
    preposition or a day that opens the sentence (`On Tuesday Brackwell Athletic said`)."""
    start = end = i
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    while onward and end + 1 < len(doc) and _name_word(doc[end + 1]):
        end += 1
    run = list(doc[start : end + 1])
    while run and (run[0].pos_ in _NO_NAME_POS or run[0].ent_type_ in ("DATE", "TIME")):
        run = run[1:]
    return run


def _owner_before(doc: Doc, i: int) -> list[Token]:
    """The name right before a club's post at `i`, as its modifier or possessive:
    `Hallsberg` in `Hallsberg coach Ana Ruiz` or `Dunmore's striker`; empty when the
    post is written with a capital (`Coach Ana Ruiz`, a title) or no capitalised word
    stands before it, or that word is a person's name (`Ana Ruiz, a coach`)."""
    if not doc[i].is_lower or i == 0:
        return []
    end = i - 1
    if doc[end].tag_ == "POS" and end > 0:
        end -= 1
    owner = doc[end]
    if not _name_word(owner) or owner.pos_ != "PROPN" or owner.ent_type_ in ("PERSON", "NORP"):
        return []  # `Japanese midfielder`: a nation, no club
    return _capitalised_run(doc, end, onward=False)


def _name_word(token: Token) -> bool:
    """Whether a token may be a word of a club's name: capitalised letters (`Brackwell`,
    `SÍF`), not a line's end."""
    return token.is_alpha and token.text[:1].isupper() and "\n" not in token.whitespace_
