"""Find cues (speech verbs and phrases) and the speaker each one names.

Every rule here is a named spaCy pattern over the dependency parse or a small token
rule; its name travels into the output as ``method`` so a reviewer can see which rule
attributed a quote and filter on it. The steps, in the order :class:`SpeakerMatcher`
runs them: mend the lemmas and the parse (:mod:`quotes.lemma_repairs`,
:mod:`quotes.parse_repairs`), match the cue patterns (:mod:`quotes.cue_patterns`)
against the cue words (:mod:`quotes.cue_words`; who an `according to X` gives as the
source is :func:`quotes.according_hosts.according_speaker`), then for a cue still
without a speaker, the subject of a perfect read as a passive or the name set after it
between commas (:mod:`quotes.cue_subjects`), or the subject up the chain it hangs on
(:mod:`quotes.governing`). The words of a mention are read by :mod:`quotes.mentions`;
cues with no source at all by :mod:`quotes.unsourced`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from quotes.according_hosts import according_speaker
from quotes.child_patterns import ChildPatterns
from quotes.cue_patterns import add_cue_patterns
from quotes.cue_subjects import active_subject, inverted_speaker, perfect_subject
from quotes.cue_words import (
    CLAUSE_CUES,
    GOAL_CUES,
    LIGHT_CUES,
    STANCE_HOLDERS,
    cue_lemmas,
    forecast,
    governs_clause,
    in_poll,
    light_word,
    presses_for,
    token_indices,
)
from quotes.feelings import FEELING_CUES, feeling_holder
from quotes.figure_estimates import figure_estimate
from quotes.governing import governing_speaker
from quotes.language import word_list
from quotes.lemma_repairs import repair_lemmas
from quotes.mentions import NOMINAL
from quotes.outer_holders import outer_holder
from quotes.parse_repairs import repair_tags
from quotes.poll_readings import poll_reading
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.stance_adjectives import STANCE_ADJECTIVES, stance_adjective_holder
from quotes.stance_holders import stance_holder
from quotes.stance_phrases import STANCE_PHRASE_NOUNS, stance_phrase_verb

#: Share words that stand alone for people as a subject: `Most said they would vote`.
_SHARE_SUBJECTS = word_list("share-subjects")
#: Months and days, which date a noun cue they modify: `her March comment that …`.
_DATES = word_list("months") | word_list("day-words")


@dataclass(frozen=True, slots=True)
class CueSpeaker:
    """A cue token and the token heading its speaker mention, with the rule that found it."""

    cue: int
    speaker: int
    method: str


class SpeakerMatcher:
    """Runs the dependency patterns that tie each cue in a doc to its speaker."""

    def __init__(self, vocab: Vocab, lang: str = "en") -> None:
        self.lemmas = cue_lemmas(lang)
        #: spaCy dependency patterns, matched by walking from their cues (ChildPatterns)
        self.matcher = ChildPatterns()
        add_cue_patterns(self.matcher, self.lemmas)

    def __call__(self, doc: Doc) -> dict[int, CueSpeaker]:
        """The best speaker for each cue token index; a cue's own subject wins."""
        repair_lemmas(doc)
        repair_tags(doc, self.lemmas, CLAUSE_CUES)
        rank = {
            "subject": 0,
            "passive-agent": 1,
            "passive-by": 1,
            "according-to": 0,
            "in-poll": 0,
            "poll-verdict": 0,
            "figure-estimate": 0,
        }
        found: dict[int, CueSpeaker] = {}
        for name, ids in self.matcher(doc):
            cue, speaker = ids["CUE"], ids["SPEAKER"]
            if name == "in-poll" and not in_poll(doc[cue]):
                continue
            if name == "poll-verdict" and not poll_reading(doc[cue]):
                continue
            if name == "figure-estimate" and not figure_estimate(doc[cue]):
                continue
            if name == "adjective" and forecast(doc[cue]):
                continue  # `The bill is certain to pass`: a forecast, no one's view
            if name in ("passive-agent", "passive-by") and ids["BY"] < cue:
                continue  # `By lunch the line had been read aloud`: when, not who
            if name == "nominal" and doc[speaker].dep_ != "poss" and doc[speaker].lower_ in _DATES:
                # rule dated-noun-cue: `her March comment that …`, `his Tuesday speech`:
                # a month or day before the noun says when; the owner, if any, speaks
                continue
            if name == "according-to":
                source = according_speaker(doc[cue], doc[speaker])
                if source is None:
                    continue
                speaker = source.i
            # a number heads a share of people: `Six in 10 say …`, `Half said …`; a dash
            # the tagger took for a noun is no one
            head = doc[speaker]
            # as does a share word alone, whatever its tag: `most said …` (`most` an adverb)
            if (
                head.pos_ not in (*NOMINAL, "ADJ", "NUM")
                and head.tag_ not in NOUN_RELATIVE_TAGS
                and head.lower_ not in _SHARE_SUBJECTS
            ) or not any(ch.isalnum() or ch == "%" for ch in head.text):
                continue
            best = found.get(cue)
            # the nearer of two subjects: `The treaty's rejection signals the end, said
            # Geert Wilders` (the parser hangs both on `said`)
            if best is None or (rank.get(name, 2), abs(speaker - cue)) < (
                rank.get(best.method, 2),
                abs(best.speaker - cue),
            ):
                found[cue] = CueSpeaker(cue, speaker, name)
        for i, hit in list(found.items()):
            # `Reyes mocked the mayor's claim to …`: the claim's words are Reyes's row
            holder = outer_holder(doc[i], doc[hit.speaker]) if hit.method == "nominal" else None
            if holder is not None:
                found[i] = CueSpeaker(i, holder.i, "outer-subject")
        for i in token_indices(doc, "LEMMA", self.lemmas):
            token = doc[i]
            perfect = perfect_subject(token) if i not in found else None
            if perfect is not None:
                found[i] = CueSpeaker(i, perfect.i, "subject")
            name = inverted_speaker(token) if token.pos_ == "VERB" else None
            if name is not None and not (i in found and name.start <= found[i].speaker < name.end):
                found[i] = CueSpeaker(i, name.root.i, "inverted")
            if i not in found and token.pos_ in ("VERB", "AUX"):
                governed = governing_speaker(token)
                if governed is not None:
                    found[token.i] = CueSpeaker(token.i, governed[0].i, governed[1])
        for i in token_indices(doc, "LEMMA", frozenset(LIGHT_CUES)):
            if i not in found and light_word(doc[i]) is not None:
                # `Warren made the case that …`: the light verb's own subject, or up the chain
                hit = _subject_or_governing(doc[i], "subject")
                if hit is not None:
                    found[i] = hit
        for i in token_indices(doc, "LOWER", FEELING_CUES):
            holder = feeling_holder(doc[i]) if i not in found else None
            if holder is not None:  # `The mayor was pleased with the vote`
                found[i] = CueSpeaker(i, holder.i, "feeling")
        for i in token_indices(doc, "LOWER", STANCE_ADJECTIVES):
            holder = stance_adjective_holder(doc[i]) if i not in found else None
            if holder is not None:  # `The senator was vocal about the levy`
                found[i] = CueSpeaker(i, holder.i, "stance-adjective")
        for i in token_indices(doc, "LOWER", STANCE_PHRASE_NOUNS):
            verb = stance_phrase_verb(doc[i]) if i not in found else None
            hit = None if verb is None else _subject_or_governing(verb, "stance-phrase")
            if hit is not None:  # `The council voted in favour of the levy`
                found[i] = CueSpeaker(i, hit.speaker, hit.method)
        for i in token_indices(doc, "LEMMA", STANCE_HOLDERS):
            holder = stance_holder(doc[i]) if i not in found else None
            if holder is not None:  # `The senator is a vocal supporter of the plan`
                found[i] = CueSpeaker(i, holder.i, "stance-holder")
        for i, hit in _clause_cues(doc).items():
            found.setdefault(i, hit)
        for i, hit in _goal_cues(doc).items():
            found.setdefault(i, hit)
        return dict(sorted(found.items()))


def _clause_cues(doc: Doc) -> dict[int, CueSpeaker]:
    """The verbs that are cues only with a finite clause (:data:`CLAUSE_CUES`), where they
    govern one, with their active subject (`clause-cue`) or the subject up the chain they
    hang on: `The council accepted that the bridge was unsafe`, `…, advising that the
    vote be delayed`; not `accepted the offer`."""
    return _cues_where(doc, CLAUSE_CUES, governs_clause, "clause-cue")


def _goal_cues(doc: Doc) -> dict[int, CueSpeaker]:
    """The verbs that are cues only with a goal after them (:data:`GOAL_CUES`), where
    they have one (:func:`presses_for`), with their active subject (`goal-cue`) or the
    subject up the chain they hang on: `The union is pushing the council to reopen the
    pool`, `…, pushing for a recount`; not `pushed the button`."""
    return _cues_where(doc, GOAL_CUES, presses_for, "goal-cue")


def _cues_where(
    doc: Doc, lemmas: frozenset[str], applies: Callable[[Token], bool], method: str
) -> dict[int, CueSpeaker]:
    """The verbs of `lemmas` that are cues only where `applies` holds of them, each with
    its speaker (:func:`_subject_or_governing`, the active subject under `method`)."""
    found = {}
    for i in token_indices(doc, "LEMMA", lemmas):
        if applies(doc[i]) and (hit := _subject_or_governing(doc[i], method)):
            found[i] = hit
    return found


def _subject_or_governing(verb: Token, method: str) -> CueSpeaker | None:
    """A cue verb with its speaker: its active subject (rule `method`), else the subject
    up the chain of clauses it hangs on (:func:`~quotes.governing.governing_speaker`,
    with that rule's name): `The council accepted that …`, `…, advising that …`."""
    subject = active_subject(verb)
    governed = (subject, method) if subject is not None else governing_speaker(verb)
    return None if governed is None else CueSpeaker(verb.i, governed[0].i, governed[1])

