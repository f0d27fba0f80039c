"""Words fixed in advance that a thing puts to whoever reads it, not a statement made
by anyone: a poll's, a ballot's or a form's question (rule put-question) and a
program's automatic message (rule machine-message). The default scope drops such rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list, word_map

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PUT_QUESTIONS = word_map("put-questions")
#: Things that put a fixed question: a poll, a ballot, a form.
_SETTERS = frozenset(_PUT_QUESTIONS["setters"])
#: Nouns for the question such a thing puts: `question`, `wording`.
_QUESTIONS = frozenset(_PUT_QUESTIONS["questions"])
#: Cues by which a thing puts its question: the asking verbs and `read`.
_PUTTING = word_list("asking-cues") | frozenset(_PUT_QUESTIONS["cues"])
#: Words before a noun that tie it to the thing it belongs to (`the ballot question`,
#: `the survey's question`, `the question on the form`).
_OWNER_DEPS = ("compound", "poss", "nmod", "amod")

_MACHINE_MESSAGES = word_map("machine-messages")


def put_question(speaker: Span, cue: Token | None) -> bool:
    """Rule put-question: whether a row's source is a thing that puts a fixed question
    (:data:`_SETTERS`), or that thing's question, and the cue asks or reads: `A poll of
    2,000 workers asked: "Would you take a pay cut for a four-day week?"`, `The form
    asks: "Have you lived here for five years?"`, `The ballot question reads: "Do you
    approve …?"`, `The question on the ballot paper reads: "…"`. The words are a formula
    put to voters or respondents, no one's claim; what a poll `found` or `shows` stays a
    row."""
    if cue is None or cue.lemma_.lower() not in _PUTTING:
        return False
    head = speaker.root
    lemma = head.lemma_.lower()
    if lemma in _SETTERS:
        return True
    return lemma in _QUESTIONS and any(_setter(word) for word in _owners(head))


def _owners(head: Token) -> list[Token]:
    """The words that tie a noun to a thing it belongs to: a noun or a possessive before
    it (`the ballot question`, `the survey's question`), the object of a preposition
    after it (`the question on the ballot paper`)."""
    owners = [c for c in head.children if c.dep_ in _OWNER_DEPS]
    for prep in (c for c in head.children if c.dep_ == "prep"):
        owners += [c for c in prep.children if c.dep_ == "pobj"]
    return owners


def _setter(word: Token) -> bool:
    """Whether a word, or a noun before it, is a thing that puts a fixed question (`the
    ballot paper`: `ballot`)."""
    return word.lemma_.lower() in _SETTERS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _SETTERS for c in word.children
    )


def machine_message(speaker: Span, cue: Token | None) -> bool:
    """Rule machine-message: whether a row's words are a message a program sends or shows
    by itself, the source (`A second automated message followed: "Please ignore the
    previous alert."`) or what the cue says the source showed or sent (`the app showed an
    automatic warning: "High count. Please add a photo."`), a message noun with a word
    for a machine before it (:data:`_MACHINE_MESSAGES`). No one wrote the words for the
    occasion, so they are no one's statement, like a machine's voice
    (:func:`quotes.not_said.machine_voice`)."""
    nouns = [speaker.root]
    if cue is not None:
        nouns += [c for c in cue.children if c.dep_ in ("dobj", "attr")]
    return any(_machine_made(noun) for noun in nouns)


def _machine_made(noun: Token) -> bool:
    """Whether a noun is a message with a machine's word before it (`an automatic
    warning`, `a system alert`)."""
    return noun.lemma_.lower() in _MACHINE_MESSAGES["messages"] and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MACHINE_MESSAGES["machines"]
        for c in noun.children
    )
