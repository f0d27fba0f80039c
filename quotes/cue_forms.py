"""How a word form can be a cue, read before any tags exist (for :mod:`quotes.picking`).

Selective parsing picks a sentence for its cue words before the sentence is parsed, so
it has only the words' forms to go on. :class:`CueForms` says, for a lowercase form,
whether it can be an inflection of a cue word and of which kind (:class:`CueReading`):
the tests on the words around it are :mod:`quotes.picking_cues`'. The forms are read
with the lemmatizer's own tables, each word class by its own rules, so that `reporter`
and `voter` are no forms of `report` and `vote`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from quotes.cue_words import (
    ADJECTIVE_CUES,
    CLAUSE_CUES,
    GOAL_CUES,
    HEARSAY_CUES,
    IMPRESSION_CUES,
    LIGHT_CUES,
    NOMINAL_CUES,
    POLL_NOUNS,
    SOURCE_PREPS,
    STANCE_HOLDERS,
    cue_lemmas,
)
from quotes.feelings import FEELING_CUES
from quotes.figure_estimates import FIGURE_VERBS
from quotes.lemma_repairs import LEMMA_REPAIRS, PHRASAL_CUES, PHRASAL_OBJECTS
from quotes.stance_adjectives import STANCE_ADJECTIVES
from quotes.stance_phrases import STANCE_PHRASE_NOUNS

#: How many words :class:`CueForms` remembers before starting afresh.
_MAX_WORDS = 500_000


@dataclass(frozen=True, slots=True)
class CueReading:
    """How a word form can be a cue, read from its form alone (no tags exist before the
    parse): where it counts wherever it stands, as a verb that could also be a noun, as
    the word of a light verb, or as a phrasal verb waiting for its particle."""

    #: An adjective or hearsay cue, `according`, or a cue verb's form that no noun
    #: shares (`stated`, `said`, `seems`): the sentence is parsed for it.
    anywhere: bool = False
    #: A noun cue (`claim`, `statements`), which needs an owner or a source.
    noun: bool = False
    #: A cue verb's form that a noun could share (`states`, `support`).
    verb: bool = False
    #: The light verbs that make it a cue (`clear` for `make`, `aim` for `take`).
    light: frozenset[str] = frozenset()
    #: The particles that make it a cue (`back` for `shot`).
    particles: frozenset[str] = frozenset()
    #: A verb that is a cue only with an `at` and a figure after its object
    #: (figure-verbs.txt: `put the turnout at 38 percent`).
    figure: bool = False


class CueForms:
    """How a lowercase word can be an inflection of a cue word (:class:`CueReading`).

    Generous on purpose (a wrong yes costs only speed): the word itself, its lemmatizer
    exceptions (`said` → `say`) and every suffix rule of the model's rule lemmatizer
    applied to it (`claims` → `claim`, `hoping` → `hope`), with a doubled final
    consonant undone (`admitted` → `admit`); each word class by its own rules, so an
    adjective's comparative rule makes no verb of an agent noun (`reporter`, `voter`).
    Answers are cached per word.
    """

    def __init__(self, nlp: Language, lang: str = "en") -> None:
        #: Cue lemmas that count in any form (verbs whose forms are rarely nouns'), with
        #: the verbs that are cues only with a clause or a goal, which the parse must show.
        self.verbs = cue_lemmas(lang) | CLAUSE_CUES | GOAL_CUES
        #: The verbs that are cues only with a figure after their object, which the
        #: sentence's words must show (`put the turnout at 38 percent`, not `put her hand`).
        self.figure_verbs = frozenset(FIGURE_VERBS) - self.verbs
        self.nouns = NOMINAL_CUES
        #: The nouns of stance phrases (`in favour of`), cues only in their bare form.
        self.phrase_nouns = STANCE_PHRASE_NOUNS
        #: Adjectives, impression verbs and adverbs that are cues wherever they stand.
        self.adjectives = (
            ADJECTIVE_CUES | IMPRESSION_CUES | HEARSAY_CUES | SOURCE_PREPS | FEELING_CUES
            | STANCE_ADJECTIVES
        )
        #: Nouns for a poll, whose `in` phrase reports the clause it is on (`In a new
        #: poll, most voters back the plan`): the sentence is parsed for them.
        self.polls = POLL_NOUNS
        #: Nouns for one who holds a stance (`a supporter of the plan`), cues only after
        #: `be`, which the parse must show: the sentence is parsed for them.
        self.holders = STANCE_HOLDERS
        #: The light verbs of each light word (`clear` → `make`).
        self.light: dict[str, frozenset[str]] = {}
        for light_verb, words in LIGHT_CUES.items():
            for word in words:
                self.light[word] = self.light.get(word, frozenset()) | {light_verb}
        #: The particles of each phrasal verb that is a cue only with one (`shoot` → `back`),
        #: after the object that must stand before one (`put` → `it to`).
        self.particles: dict[str, frozenset[str]] = {}
        for phrasal_verb, particle in PHRASAL_CUES:
            if phrasal_verb not in self.verbs:
                known = self.particles.get(phrasal_verb, frozenset())
                obj = PHRASAL_OBJECTS.get((phrasal_verb, particle))
                self.particles[phrasal_verb] = known | {
                    particle if obj is None else f"{obj} {particle}"
                }
        self._rules: dict[str, list[tuple[str, str]]] = {}
        self._exceptions: dict[str, dict[str, list[str]]] = {}
        if "lemmatizer" in nlp.component_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for pos in ("verb", "noun", "adj"):
                if lookups.has_table("lemma_rules"):
                    rules = lookups.get_table("lemma_rules").get(pos, [])
                    self._rules[pos] = [tuple(rule) for rule in rules]
                if lookups.has_table("lemma_exc"):
                    self._exceptions[pos] = lookups.get_table("lemma_exc").get(pos, {})
        self._known: dict[str, CueReading | None] = {}
        self._light_verbs: dict[str, frozenset[str]] = {}

    def reading(self, word: str) -> CueReading | None:
        """How a lowercase word form can be a cue, or None when it cannot."""
        if len(self._known) > _MAX_WORDS:  # memory stays bounded over any corpus
            self._known.clear()
            self._light_verbs.clear()
        try:
            return self._known[word]
        except KeyError:
            reading = self._known[word] = self._read(word)
            return reading

    def verb_form(self, word: str) -> bool:
        """Whether a lowercase word form can be an inflection of a cue verb (`says`,
        `told`, `praises`), whatever else it can be."""
        return self.verb_of(word, self.verbs)

    def verb_of(self, word: str, verbs: frozenset[str]) -> bool:
        """Whether a lowercase word form can be an inflection of one of ``verbs``
        (`interviewed` of `interview`, `spoke` of `speak`)."""
        return not verbs.isdisjoint(self._lemmas(word, "verb"))

    def light_verbs(self, word: str) -> frozenset[str]:
        """The light verbs a lowercase word form can be (`made` → `make`)."""
        verbs = self._light_verbs.get(word)
        if verbs is None:
            verbs = self._light_verbs[word] = frozenset(
                self._lemmas(word, "verb") & LIGHT_CUES.keys()
            )
        return verbs

    def _read(self, word: str) -> CueReading | None:
        as_verb, nominal = self._lemmas(word, "verb"), self._lemmas(word, "noun")
        verbal = as_verb | nominal
        if not self.adjectives.isdisjoint(self._lemmas(word, "adj") | as_verb):
            return CueReading(anywhere=True)
        if not self.polls.isdisjoint(nominal) or not self.holders.isdisjoint(nominal):
            return CueReading(anywhere=True)
        verb = not self.verbs.isdisjoint(verbal)
        if verb and not self._noun_like(word):
            return CueReading(anywhere=True)
        noun = not self.nouns.isdisjoint(nominal) or word in self.phrase_nouns
        light = frozenset().union(*(self.light.get(lemma, ()) for lemma in nominal))
        particles = frozenset().union(*(self.particles.get(lemma, ()) for lemma in verbal))
        figure = not self.figure_verbs.isdisjoint(as_verb)
        if not (verb or noun or light or particles or figure):
            return None
        return CueReading(verb=verb, noun=noun, light=light, particles=particles, figure=figure)

    def _noun_like(self, word: str) -> bool:
        """Whether a verb's form could be a noun's too: not a past or `-ing` form, nor an
        irregular one (`states`, `support`, `campaign`, not `stated`, `said`)."""
        return not word.endswith(("ed", "ing")) and not any(
            word in table for table in self._exceptions.values()
        )

    def _lemmas(self, word: str, pos: str) -> set[str]:
        """What a word form can be an inflection of, as a word of class `pos`."""
        lemmas = {word, LEMMA_REPAIRS.get(word, word)}
        lemmas.update(self._exceptions.get(pos, {}).get(word, ()))
        for old, new in self._rules.get(pos, ()):
            if word.endswith(old) and len(word) > len(old):
                stem = word[: len(word) - len(old)]
                lemmas.add(stem + new)
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    lemmas.add(stem[:-1] + new)
        return lemmas
