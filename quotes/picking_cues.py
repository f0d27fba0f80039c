"""Rule 2 of picking a sentence to parse (:mod:`quotes.picking`): it holds a cue word.

A cue word is any inflection of a reporting verb of the cue lexicon, a noun or adjective
cue (`claims`, `confident`), an impression (`seems`) or hearsay (`reportedly`) word, or
`according` (which forms are which: :class:`~quotes.cue_forms.CueForms`), with tests on
the words around it, since no tags exist yet:

a. a verb's form that a noun could share (not `stated` or `said`) does not count after a
   determiner, possessive, preposition or number (`the state`, `their support`, `five
   states`, `40 votes`), nor capitalised after a sentence's first word unless the
   sentence is a title-case headline (`the United States`); a form that is nearly always
   a noun (noun-first-cues.txt: `state`, `campaign`, `tweet`) counts only after a word
   that opens a verb (verb-openers.txt: `to campaign`) or before `that` (`Ruiz states
   that …`); after a share of people it is their verb (`Six in 10 say`, and after a
   share word alone that opens its clause: `Most believe …`, `although some say …`);
b. a noun cue does not count right after an article or demonstrative, which leaves it no
   owner, unless `from` or `by` follows it (`the statement`, but `her statement`,
   `Russian claims`, `a statement from the port`);
c. a light verb's word counts only with a form of that verb in the sentence (`made the
   case`, `took aim`, `have doubts`; not `the case went to court`);
d. a phrasal verb that is a cue only with its particle counts only with that particle
   among the three words after it (`fired back`, not `fired the boiler`), or right
   after the object it needs (`put it to`, not `put her hand to`);
e. no word inside a markup tag counts (`<tweet id="…" author="…">`).
"""

from __future__ import annotations

from collections.abc import Iterator

from quotes.cue_forms import CueForms
from quotes.cue_words import NOMINAL_SOURCES
from quotes.language import word_list

#: Words after which a cue form that is only a verb cue is a noun (`the state`).
_NOUN_BEFORE = word_list("noun-markers")
#: Share words that stand alone for people as a clause's subject (`Most believe …`), and
#: the conjunctions that may open that clause before them (`although some say …`).
_SHARE_SUBJECTS = word_list("share-subjects")
_SHARE_OPENERS = word_list("share-subject-openers")
#: How many tokens a markup tag (`<tweet id=…>`, no cue inside) may run to.
_TAG_WORDS = 16
#: Cue verbs whose plain and `-s` forms are nearly always nouns, and the words after
#: which they are verbs (`the state budget`, `to state`).
_NOUN_FIRST = word_list("noun-first-cues")
_VERB_OPENERS = word_list("verb-openers")
#: Determiners after which a noun cue has no owner unless a preposition of
#: :data:`~quotes.cue_words.NOMINAL_SOURCES` gives it a source after it (`the statement`,
#: `a statement from the mayor`).
_OWNERLESS = word_list("ownerless-determiners")
#: How far after a noun cue a preposition giving its source may stand.
_SOURCE_WORDS = 2
#: How far after a phrasal verb its particle may stand (`fired right back`).
_PARTICLE_WORDS = 3
#: How far after a verb of figure-verbs.txt the `at` of its figure may stand (`put the
#: cost of the new bridge at`; `put the number of starters in the marathon and the
#: ten-kilometre race at`, fifteen tokens).
_FIGURE_WORDS = 16


def has_cue(words: list[str], cues: CueForms) -> bool:
    """Whether a sentence (its tokens' forms) holds a cue word (see :func:`cue_words`)."""
    return next(cue_words(words, cues), None) is not None


def cue_words(words: list[str], cues: CueForms) -> Iterator[int]:
    """The indices of the cue words of a sentence (its tokens' forms; see
    :class:`~quotes.cue_forms.CueReading`), with the tests a to e on the words around them
    of the module docstring."""
    lowered = [form.lower() for form in words]
    title = _title_case(words)
    tag_end = -1  # the last token of the markup tag the loop is in
    previous = ""
    for i, word in enumerate(lowered):
        if word.startswith("<"):
            tag_end = _tag_end(lowered, i)
        reading = cues.reading(word)
        if reading is not None and i > tag_end and (
            reading.anywhere
            or (reading.verb and (not _noun_before(previous) or _share(lowered, i))
                and (title or not _in_name(words, i))
                and (
                    word not in _NOUN_FIRST
                    or previous in _VERB_OPENERS
                    or lowered[i + 1 : i + 2] == ["that"]
                ))
            or (reading.noun and _owned(previous, lowered[i + 1 : i + 1 + _SOURCE_WORDS]))
            or (reading.light and _has_light_verb(lowered, reading.light, cues))
            or _has_particle(lowered, i, reading.particles)
            or (reading.figure and "at" in lowered[i + 1 : i + 1 + _FIGURE_WORDS])
        ):
            yield i
        previous = word


def _has_particle(words: list[str], i: int, particles: frozenset[str]) -> bool:
    """Whether a particle of the phrasal verb `words[i]` follows it: a one-word particle
    among the next :data:`_PARTICLE_WORDS` words (`fired right back`), one with its
    object at once (`put it to`)."""
    near = words[i + 1 : i + 1 + _PARTICLE_WORDS]
    return any(
        particle in near if " " not in particle else " ".join(near[:2]) == particle
        for particle in particles
    )


def _tag_end(words: list[str], i: int) -> int:
    """The index of the token that closes the markup tag opening at `words[i]` (`<tweet
    id="…" author="…">`), if one closes within :data:`_TAG_WORDS` tokens; else `i - 1`
    (a `<` that opens no tag: `< 5 percent`)."""
    for j in range(i, min(len(words), i + _TAG_WORDS)):
        if ">" in words[j]:
            return j
    return i - 1


def _noun_before(word: str) -> bool:
    """Whether a lowercase word makes the word after it a noun: a determiner, possessive,
    preposition or number (`the state`, `five states`, `2 votes`)."""
    return word in _NOUN_BEFORE or word[:1].isdigit()


def _share(words: list[str], i: int) -> bool:
    """Whether the lowercase word `words[i]` follows a share of people given as `<number>
    in <number>`, whose verb it is: `Six in 10 say the fee is fair`, `4 in 10 support
    it` (after a number alone it is a noun: `40 votes`); or, rule share-word-subject, a
    share word standing alone that opens its clause (:func:`_opens_clause`): `Most
    believe that the levy is too high`, `…, although some oppose it`."""
    if i >= 2 and words[i - 2] == "in" and words[i - 1][:1].isdigit():
        return True
    return i >= 1 and words[i - 1] in _SHARE_SUBJECTS and _opens_clause(words, i - 1)


def _opens_clause(words: list[str], i: int) -> bool:
    """Whether the lowercase word `words[i]` opens a clause: first in the sentence, or
    after a punctuation mark or a conjunction (`; most said`, `and some say`)."""
    if i == 0:
        return True
    before = words[i - 1]
    return not any(ch.isalnum() for ch in before) or before in _SHARE_OPENERS


def _in_name(words: list[str], i: int) -> bool:
    """Whether the word form `words[i]`, a verb's form that a noun could share, is part
    of a name (in a sentence not written in title case): capitalised after the first
    word (`the United States`, `Islamic State`, `the Washington Post`)."""
    return i > 0 and words[i][:1].isupper()


def _title_case(words: list[str]) -> bool:
    """Whether a sentence is written in title case (a headline: `Trump Says He Will
    Stay`): at least half of its words of four letters or more are capitalised."""
    long = [word for word in words if len(word) > 3 and word.isalpha()]
    return bool(long) and 2 * sum(word[:1].isupper() for word in long) >= len(long)


def _owned(previous: str, after: list[str]) -> bool:
    """Whether a noun cue (after the lowercase word `previous`, before the words `after`)
    may have an owner or a source: not right after an ownerless determiner unless a
    source follows it (`a claim`, but `his claim`, `Russian claims`, `a claim by …`)."""
    return previous not in _OWNERLESS or not NOMINAL_SOURCES.isdisjoint(after)


def _has_light_verb(words: list[str], verbs: frozenset[str], cues: CueForms) -> bool:
    """Whether a form of one of the light verbs `verbs` is among the lowercase `words`."""
    return any(not verbs.isdisjoint(cues.light_verbs(word)) for word in words)
