"""Rule given-used-alone: a run of name words that no list or cue marks as a person's is
one when the text calls its bearer by its opening words alone, and those words stand for
the whole name.

Many people are called by their given name, or by their given names without the family
names (`Harjit` for `Harjit Kaur Sandhu`, `Tariq Zafar` for `Tariq Zafar Iqbal Awan`),
in features, reviews and records of debates. When the lists know no word of the given
name and the full name stands in a sentence with no title, role or speech verb beside it
(`I took Harjit Kaur Sandhu to lunch`), no other rule makes it a person's, and the short
form then stood for itself. A run of two to four name words (each capitalised and no
common English word, so not `Apple Music` nor `Trump Tower`) whose opening words stand
alone elsewhere in the text as a name, and open no other run, is a person's full name:
it is made a person (:func:`quotes.names.person_spans`) and kept in the span group
:data:`KEY`, from which :class:`quotes.full_names.FullNames` expands the short form.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.known_words import CommonWords
from quotes.nationalities import is_nation_name

#: The span group of the full names whose opening words the text uses alone.
KEY = "given_used_alone"
#: The most words of such a full name (a chief's or a matai's names and titles aside).
_MOST_WORDS = 4


def _name_word(token: Token, common: CommonWords) -> bool:
    """Whether a word is written as a name and is no common word (`Harjit`, `Keomany`;
    not `Music`, `Tower`), or is one a name word the tagger read as an interjection opens
    (`Sue` of `Ah Sue` in `Seiuli Faleolo Ah Sue`, a common word there a name's)."""
    if not (token.is_title and token.is_alpha):
        return False
    before = token.doc[token.i - 1] if token.i else None
    return token.lower_ not in common or (
        before is not None and before.pos_ == "INTJ" and before.is_title
    )


def opened_by_lone_given(
    runs: list[Span], names: dict[tuple[int, int], list[Token]], common: CommonWords
) -> list[Span]:
    """The runs of two to four name words (:func:`_name_word`, the first no nation's
    name, the run not after `the`) whose opening words, fewer than all, are elsewhere in
    the text a run of their own, not after `the`, open no other run of more words, end
    in no other name's surname and stand inside no other name (`Nogueira Filho` of
    `Sebastião Nogueira Filho`). `names` holds each run's name words."""
    # a sentence shape it matches: `I took Harjit Kaur Sandhu to lunch. … Harjit says.`
    words = {key: tuple(t.lower_ for t in tokens) for key, tokens in names.items()}
    alone = {
        words[run.start, run.end]
        for run in runs
        if words[run.start, run.end]
        and not (run.start and run.doc[run.start - 1].lower_ == "the")
    }
    full: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key, tokens in names.items():
        for k in range(1, len(tokens)):
            full.setdefault(words[key][:k], set()).add(words[key])
    # a word that closes a name of several words, itself no opening of another, is a
    # surname, which finds its person (`Ruiz` of `Ana Ruiz` before `Ruiz Marquez`)
    surnames = {own[-1] for own in words.values() if len(own) > 1 and own not in full}
    # a word inside a longer name is that name's (`Nogueira` of `Sebastião Nogueira
    # Filho`): a run it opens (`Nogueira Filho`) is a short form, not another person
    inner = {word for own in words.values() for word in own[1:]}
    found = []
    for run in runs:
        tokens = names[run.start, run.end]
        if run.start and run.doc[run.start - 1].lower_ == "the":
            continue  # `The Gasa Dzongdag, Dasho …`: a place and an office, no name
        if not (
            2 <= len(tokens) <= _MOST_WORDS
            and all(_name_word(token, common) for token in tokens)
            and not is_nation_name(tokens[0].text)
        ):
            continue
        own = words[run.start, run.end]
        if own[0] in inner:
            continue
        if any(
            own[:k] in alone and full[own[:k]] == {own} and own[k - 1] not in surnames
            for k in range(1, len(own))
        ):
            found.append(run)
    return found
