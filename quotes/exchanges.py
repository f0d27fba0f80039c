"""An exchange quoted from a record in a prose story, its labels in ordinary case.

A story may set out a few turns of a committee's or a court's record after a colon,
each paragraph opening with its speaker's label in title case rather than the capitals
of a full transcript (`The exchange, from the committee's transcript:` ¶ `Chair: …` ¶
`Professor Oberholzer: No.` ¶ `Chair: …`), or excerpts of a call or a debate whose
labels name people taking turns (`Operator: …` ¶ `Ana Ruiz (Barclays): …` ¶ `Operator:
…`). :mod:`quotes.transcripts` reads such lines as transcript lines when
:func:`exchange_lines` finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from quotes.language import word_list
from quotes.name_keys import PARTICLES, name_parts

#: Words before a colon that label a field, not a speaker (`Update: …`, `Note: …`).
_FIELD_LABELS = word_list("colon-labels")
#: Articles a field label may open with before its field's word: `THE CLAIM`.
FIELD_ARTICLES = word_list("field-label-articles")
#: Last words of a label for many voices at once (`Some hon. members`).
_CHORUS = word_list("chorus-labels")


def exchange_lines(
    text: str, matches: list[re.Match[str]], person: Callable[[str], bool]
) -> set[int]:
    """Starts of the lines of an exchange quoted from a record in ordinary case: at least
    :data:`_EXCHANGE_TURNS` paragraphs in a row, each opening with a label in title case
    (:func:`_exchange_label`; not the text's title, nor a tally's figure: `Ruiz:
    547.`, :func:`_tally`; a chorus's line, a bracketed note or more of a turn
    may stand between them, `Some hon. members: Hear, hear!`, `[Translation]`:
    :func:`_between_turns`), that either
    - follow a colon, two labels taking turns (`The exchange, from the committee's
      record:` ¶ `Chair: …` ¶ `Professor Oberholzer: No.` ¶ `Chair: …`), or
    - have a label come back after another's turn and at least two labels that name
      people (``person``: a name the text knows, a courtesy title, an office), as a
      story sets out a call's or a debate's record with no colon before it
      (`Operator: …` ¶ `Ana Ruiz (Barclays): …` ¶ `Hon. Tom Wells (Minister of
      Housing): …` ¶ `Operator: …`); a live blog's topic labels (`Trains: …` ¶ `Roads:
      …` ¶ `Trains: …`) name no one."""
    runs: list[list[re.Match[str]]] = []
    end = 0
    for match in matches:
        label = match.group("label")
        joins = bool(runs and runs[-1]) and _between_turns(text[end : match.start()])
        if is_chorus(label) and joins:
            runs[-1].append(match)  # `Some hon. members: Oh, oh!` between two turns
        elif (
            not _exchange_label(label)
            or not text[: match.start()].strip()
            or _tally(match.group("content"))
        ):
            # not a label, the title's (`Estimates: the weir …`) or a tally's (`Ruiz: 547.`)
            runs.append([])
            continue
        elif joins:
            runs[-1].append(match)
        else:
            runs.append([match])
        end = match.end()
    found: set[int] = set()
    for run in runs:
        turns = [m for m in run if not is_chorus(m.group("label"))]
        if len(turns) >= _EXCHANGE_TURNS and (
            _after_a_colon(text, turns) or _people_taking_turns(turns, person)
        ):
            found.update(m.start() for m in run)
    return found


def _exchange_label(label: str) -> bool:
    """Whether the words before a colon may be a speaker's label in ordinary case: one
    to :data:`_EXCHANGE_LABEL_WORDS` words in capitals but for a name's particles
    (`Sietse de Wit`), not a field's label (`Update`)."""
    words = label.split()
    return (
        not is_chorus(label)
        and 0 < len(words) <= _EXCHANGE_LABEL_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in PARTICLES for w in words)
        and not is_field_label(label)
    )


def _after_a_colon(text: str, run: list[re.Match[str]]) -> bool:
    """Whether a run of labelled lines follows a colon, two labels taking turns."""
    labels = [m.group("label") for m in run]
    return (
        text[: run[0].start()].rstrip().endswith(":")
        and len(set(labels)) == 2
        and all(a != b for a, b in pairwise(labels))
    )


def _people_taking_turns(run: list[re.Match[str]], person: Callable[[str], bool]) -> bool:
    """Whether a label of the run comes back after another's turn (`Mia Torres` …
    `Torres` is one person's) and two labels at least name people."""
    labels = [m.group("label") for m in run]
    keys = [name_parts(label)[1] for label in labels]  # `Mia Torres` … `Torres`
    turns = [a for a, b in pairwise(keys) if a != b] + keys[-1:]
    named = {key for key, label in zip(keys, labels, strict=True) if person(label)}
    return len(turns) > len(set(turns)) and len(named) >= 2


def _tally(content: str) -> bool:
    """Whether a labelled line's words are a tally's figure (`547.`, `2,316`), a number
    and no word, which no one says."""
    return any(c.isdigit() for c in content) and not any(c.isalpha() for c in content)


def is_field_label(label: str) -> bool:
    """Whether a label names a field, not a speaker: the whole label (`VERDICT`,
    `Update`) or the first word of a label of several (`FACT CHECK`, `Our verdict`,
    `Media contact`), as a fact check's box or a release's foot opens its lines; an
    article before the field's word is the label's too (`THE CLAIM`, rule
    field-with-article)."""
    words = label.lower().split()
    if len(words) > 1 and words[0] in FIELD_ARTICLES:
        words = words[1:]  # `THE CLAIM: "Half of our buses have gone."`
    return bool(words) and (" ".join(words) in _FIELD_LABELS or words[0] in _FIELD_LABELS)


def is_chorus(label: str) -> bool:
    """Whether a label names many voices at once (`Hon MEMBERS`, `SEVERAL VOICES`, `Some
    hon. members`)."""
    return label.split()[-1].lower() in _CHORUS


def _between_turns(gap: str) -> bool:
    """Rule turn-over-paragraphs: whether the text between two labelled lines holds
    nothing but notes in brackets, one to a line (`[Translation]`), and at most
    :data:`_TURN_PARAGRAPHS` lines of prose, a turn that runs on over paragraphs (`Ana
    Ruiz (Highland Council): On its own, no.` ¶ `The problem is builders.` ¶ `Tom Hale
    (Con): …`)."""
    lines = [line for line in map(str.strip, gap.split("\n")) if line]
    prose = [line for line in lines if not (line[:1] in "([" and line[-1:] in ")]")]
    return len(prose) <= _TURN_PARAGRAPHS


#: Most paragraphs of prose between two labelled lines of one exchange.
_TURN_PARAGRAPHS = 2


#: Fewest lines of a quoted exchange in ordinary case (:func:`exchange_lines`), and most
#: words in one of its labels (`Mr. Kobus van Wyk`).
_EXCHANGE_TURNS = 3
_EXCHANGE_LABEL_WORDS = 4
