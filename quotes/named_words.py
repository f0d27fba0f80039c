"""Quoted words that name something rather than say anything: a word discussed as a
word, a dedication, and the charge a defendant admits or denies. The default scope
drops such rows (:func:`quotes.scope.dropped_by`); `--scope all` keeps them.

- `word_as_word`: a word or a short term quoted right after a noun for a word (`He
  repeated the word "unacceptable" three times`, `She kept returning to one word:
  "dignity"`): the quote names the word; a clause someone says about it stays a row
  (`She said the word "vibe" had been a close second`);
- `dedication`: the words of a dedication or a memorial (`Its title card reads
  "Dedicated to the men of Ashby Colliery"`, `A plaque reads "In loving memory of …"`),
  which say whom a work or a thing is for, not a claim;
- `quoted_charge`: the words of a charge quoted as the object of a plea (`He also
  admitted "failing to stop after an accident"`, `Pike denies "theft of a motor
  vehicle"`, `pleaded guilty to "possession of an offensive weapon"`): the charge's
  words are the indictment's, and the plea is an act;
- `title_source`: a title or a name as the row's source (`The play's title, "I Was
  Never Here", comes from a line the narrator repeats: "…"`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import table, word_list, word_map
from quotes.verb_forms import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns for a word or a term as such: `word`, `term`, `phrase`.
_WORD_NOUNS = word_list("word-nouns")
#: Most words of a word or term quoted as such.
_NAMED_WORDS = 3


def word_as_word(content: Span) -> bool:
    """Rule word-as-word: whether a row's only quotation is a word or a term of at most
    :data:`_NAMED_WORDS` words set right after a noun for a word, a colon between them
    or none (`the word "unacceptable"`, `one word: "dignity"`; not someone's `words`, nor
    `in a word`), and the row has no verb outside it: a direct row that is the word
    itself, or a mixed one that is the noun phrase around it (`the word "unacceptable"
    three times`)."""
    # `He repeated the word "unacceptable" three times.`
    doc = content.doc
    marks = [t.i for t in content if t.is_quote]
    if marks:
        if len(marks) != 2:
            return False
        opening, closing = marks
        outside = [t for t in content if not opening <= t.i <= closing]
        if any(t.pos_ in ("VERB", "AUX") for t in outside):
            return False
    else:
        opening, closing = content.start - 1, content.end
        if opening < 0 or closing >= len(doc) or not doc[opening].is_quote:
            return False
    words = [t for t in doc[opening + 1 : closing] if t.is_alpha]
    if not 0 < len(words) <= _NAMED_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    before = opening - 1
    if before >= 0 and doc[before].text == ":":
        before -= 1
    if before < 0:
        return False
    noun = doc[before]
    # one word, not someone's `words` (`In his words: "Never again."`), nor an answer
    # given `in a word`
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in _WORD_NOUNS
        and not (noun.dep_ == "pobj" and noun.head.lower_ == "in")
    )


#: How a dedication or a memorial opens, in lower case: `dedicated to`, `in memory of`.
_DEDICATIONS = tuple(" ".join(row) for row in table("dedication-openers"))


def dedication(content: Span) -> bool:
    """Rule dedication: whether a direct row's words open as a dedication or a memorial
    does (`Dedicated to the men of Ashby Colliery`, `In loving memory of Tommy Ryan`,
    quotes/lang/en/dedication-openers.txt): they say whom a work or a thing is for, as
    a title names it, and make no claim."""
    # `Its title card reads "Dedicated to the men of Ashby Colliery".`
    said = " ".join(content.text.lower().split())
    return said.startswith(_DEDICATIONS)


_CHARGE_PLEAS = word_map("charge-pleas")
#: Verbs of a plea to a charge: `admit`, `deny`, `plead`.
_PLEAS = frozenset(_CHARGE_PLEAS["cues"])
#: Words that may stand between the plea and the quoted charge: `guilty to a charge of`.
_BETWEEN = frozenset(_CHARGE_PLEAS["between"])


def quoted_charge(content: Span, cue: Token | None) -> bool:
    """Rule quoted-charge: whether a direct row is a charge quoted as what a plea
    admits or denies, right after the verb or its `guilty to` or `a charge of`
    (:data:`_BETWEEN`), with no finite verb or pronoun of its own: `He also admitted
    "failing to stop after an accident"`, `She pleaded guilty to a charge of "obtaining
    property by deception"`. A quotation set off by a colon or a comma is what the
    defendant said (`He admitted: "I was wrong."`), and stays a row."""
    # `Pike denies "theft of a motor vehicle" and will stand trial in May.`
    if cue is None or cue.lemma_.lower() not in _PLEAS:
        return False
    doc = content.doc
    opening = content.start - 1
    if opening <= cue.i or not doc[opening].is_quote:
        return False
    if any(t.lower_ not in _BETWEEN for t in doc[cue.i + 1 : opening]):
        return False
    return not any(t.tag_ in FINITE_TAGS or t.tag_ == "PRP" for t in content)


#: Nouns for a title or a name a thing goes by: `title`, `subtitle`, `tagline`.
_TITLES = word_list("title-nouns")


def title_source(speaker: Span) -> bool:
    """Rule title-source: whether a row's source is a title or a name a work or a thing
    goes by (`The play's title, "I Was Never Here", comes from a line the narrator
    repeats: "I was never here, and I never left."`): a title names words and says
    nothing; the parse made it a source only because a colon or a verb stands after
    it."""
    # `The book's subtitle, "How a City Lost Its Rails", says as much.`
    return speaker.root.pos_ == "NOUN" and speaker.root.lemma_.lower() in _TITLES
