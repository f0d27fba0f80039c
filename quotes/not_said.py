"""Quoted words that a cue and a source go with but that are no one's statement: a
slogan on a sign, a text read out, a machine's voice. The default scope drops such rows
(:func:`quotes.scope.dropped_by`); `--scope all` keeps them.

- `displayed`: a thing that carries words for passers-by is the source (`one placard
  read "Tax the Council"`, `His yard signs still say "Coach for the County"`), or a
  thing with no maker the text names whose words `read` (`A notice on the door read:
  "…"`, `"…," one reads`, :func:`unmade_text`);
- `recited`: a text someone reads out, takes as a text or sings (`She took as her text a
  verse from Jeremiah, "Seek the peace of the city"`, `the crowd sang its refrain, "…"`),
  also a part of a work read out (`read the opening of her novel: "…"`, `part_of_a_work`);
- `text_speaks`: a text itself is the source (`Her best-known song begins: "…"`);
- `machine_voice`: a machine's voice is the source (`says the automated voice`);
- `work_opening`: the opening or closing words of a work of fiction (`The novel opens on
  a ferry: "…"`), and `character_line`: a character's line (`her character tells …`,
  `the clerk snaps at a widow in the first scene`), in :mod:`quotes.fiction_lines`;
- `law_text`: the text of a law or of a measure put to a vote is the source (`The bill
  states that platforms "shall register every rider"`), in :mod:`quotes.law_texts`;
- `glossed`: the writer's translation, in brackets after the cue, of a quote in another
  language (`"Tuko pamoja," Mr. Otieno said (We are together).`).

Voices raised over a scene, a chorus, a heckle or a crowd's mood, are in
:mod:`quotes.crowd_voices`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.articles import has_indefinite_article
from quotes.deps import SUBJECT
from quotes.language import word_list, word_map
from quotes.law_texts import LAW_TEXTS
from quotes.normalise import QUOTE_MARKS as MARKS
from quotes.parse_links import by_phrase, subject_of_sentence_before
from quotes.read_out import set_off_before
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.source_words import AUTHORED

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Things that carry words for passers-by: a sign, a placard, a banner.
_DISPLAYS = word_list("display-nouns")
#: Things that show a few words and are said to `read` them: a label, a screen, a plaque.
_LABELS = word_list("label-nouns")
#: Verbs by which a label or a screen gives its words: `read`, `show`, `flash`.
_LABEL_VERBS = word_list("label-verbs")


def relative_antecedent(word: Token) -> Token:
    """The noun a relative pronoun subject stands for (`a sign that read …`: `sign`), else
    the word itself."""
    clause = word.head
    if word.tag_ in NOUN_RELATIVE_TAGS and clause.dep_ == "relcl" and clause.head.pos_ == "NOUN":
        return clause.head
    return word


def displayed(speaker: Span, cue: Token | None = None) -> bool:
    """Whether a row's source is a thing that displays words, whose words are a slogan,
    not a statement: `one placard read "Tax the Council"`, `Yellow signs reading 'Save
    the Meadow' have appeared`, `His yard signs still say "Coach for the County"` (the
    sign's owner made no claim a fact-checker could check). Also a participle right
    after the thing, which the parser may hang on the clause's verb and so give the
    people who carry it as the source (`about 200 fishermen stood behind a banner
    reading "No fish, no fishermen"`). A relative pronoun stands for the thing it follows
    (`a sign that read "…"`), also with a place between the thing and the participle
    (:func:`_put_up_display`), and a label, a screen or a plaque that `read`, `shows` or
    `flashes` words shows them as a sign does (`The old label, which read "…"`, `his
    screen now shows the message "…"`, :data:`_LABELS`)."""
    head = relative_antecedent(speaker.root)
    if head.lemma_.lower() in _DISPLAYS:
        return True
    if (
        cue is not None
        and cue.lemma_.lower() in _LABEL_VERBS
        and head.lemma_.lower() in _LABELS
        and not _named_body(head)
    ):
        return True
    return (
        cue is not None
        and cue.tag_ == "VBG"
        and cue.i > 0
        and (cue.doc[cue.i - 1].lemma_.lower() in _DISPLAYS or _put_up_display(cue))
    )


def _named_body(noun: Token) -> bool:
    """Rule label-named-body: whether a label noun has a name set beside it, so it is a
    body that speaks, not a display's few words.

    Shape: `<label>, <Proper Name>, <cue>`. `Her label, Eko Gold Records, said in a
    statement that …` is the record company's statement; `The old label, which read "…"`
    names nothing and stays a display."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _put_up_display(cue: Token) -> bool:
    """Rule display-put-up: whether a participle cue hangs on a verb whose object, before
    it, is a thing that displays words, a place between them (`police had put up signs
    at the bottom of View Drive reading "Road closed - flooding"`): the signs read, not
    the people who put them up."""
    return cue.dep_ in ("advcl", "xcomp", "acl") and any(
        c.dep_ == "dobj" and c.i < cue.i and c.lemma_.lower() in _DISPLAYS
        for c in cue.head.children
    )


#: Pronouns for one of several texts just named (`one reads`).
_TEXT_PRONOUNS = word_list("text-pronouns")
#: Things that carry words a reader reads out of them: a work (`a notice`, `the
#: message`) or a display (`a sign`).
_CARRIERS = AUTHORED | _DISPLAYS


def unmade_text(
    speaker: Span, cue: Token | None, name: str | None, content: Span | None = None
) -> bool:
    """Whether a row is the words that a thing just come upon `read`, with no maker the
    text names: `A notice on the terminal door read: "All sailings suspended."`, an
    indefinite thing whose resolved name (``name``) is still the thing itself, is a
    sign's text, no one's statement. A thing whose maker the text names speaks for it
    (`the warning on her screen from race control read: "…"` is race control's), and a
    definite one (`The memo reads: "…"`) is one the text has told of, which may have
    its maker there. A pronoun that stands for such a text is read as the text: an `it`
    for the indefinite thing the sentence before has for its subject (`A message was
    being forwarded on WhatsApp. "…," it read.`, not one put up by someone the text
    names; `content` the words quoted), and `one`
    or `another` of several texts
    (:data:`_TEXT_PRONOUNS`), when the resolver finds no maker for them."""
    head = speaker.root
    if cue is None or cue.lemma_.lower() != "read":
        return False
    if head.lower_ in _TEXT_PRONOUNS:
        # `"Shame on the board," one reads`: one of the texts just named, by no one known
        return name is None or name.lower() == head.lower_
    if head.lower_ == "it" and name is None:
        # `A message was being forwarded. "…," it read.`: the thing the sentence before
        # the words has for its subject
        first = content[0] if content is not None and content.start < head.i else head
        thing = subject_of_sentence_before(first, SUBJECT)
        if thing is not None and _agent_named(thing):
            return False  # `A notice was put up by the operator. It reads: "…"`
        head = thing or head
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in _CARRIERS
        and has_indefinite_article(head)
        and (name is None or head.lower_ in name.lower().split())
    )


def _agent_named(thing: Token) -> bool:
    """Whether a passive names who made or put up a thing: the `by` phrase of the verb
    it is the subject of (`A notice was put up by the operator`) or of a participle on it
    (`a notice put up by the operator`)."""
    verbs = [thing.head] if thing.dep_ == "nsubjpass" else []
    verbs += [c for c in thing.children if c.dep_ == "acl"]
    return any(by_phrase(verb) is not None for verb in verbs)


def glossed(content: Span, cue: Token | None) -> bool:
    """Whether reported content is the writer's translation of a quote in another
    language, in brackets right after the cue that signs the quote: `"Tuko pamoja," the
    governor said (We are together).` The quote is the statement; the words in brackets
    give its sense, in the writer's words."""
    if cue is None or content.start < 1 or content.end >= len(content.doc):
        return False
    doc = content.doc
    opening = doc[content.start - 1]
    return (
        opening.text == "("
        and opening.i == cue.i + 1
        and doc[content.end].text == ")"
        and any(t.is_quote for t in doc[cue.sent.start : cue.i])
    )


def translated_in_brackets(text: str, start: int) -> bool:
    """Whether a direct quote whose content starts at character `start` of `text` is the
    writer's translation of the quotation right before it, in brackets: `cries of
    "Hańba!" ("Shame!")`, `"Basta ya" ("Enough now")`. The quotation is the statement (or,
    shouted by a crowd, none); its translation is no row of its own."""
    at = start
    while at > 0 and text[at - 1] in MARKS:
        at -= 1
    if at == start or at == 0 or text[at - 1] != "(":
        return False
    before = text[max(0, at - 4) : at - 1].rstrip(" \t")
    return bool(before) and before[-1] in MARKS


#: Nouns for a text read out (`a verse`, `the clause`) or sung (`the song`, `its refrain`).
TEXTS = word_list("recited-texts") | word_list("sung-texts")
#: Verbs of reading out from a named text (`read from Ecclesiastes`).
_RECITING = word_list("reciting-verbs")
#: Words that link a text to the book or law it comes from (`a verse from Jeremiah`).
_FROM = word_list("text-source-links")


def recited(content: Span) -> bool:
    """Whether a direct quote gives the words of a text read out or taken as a text,
    set off after it by a comma or a colon: `a verse from Jeremiah, "Seek the peace of
    the city"`, `the priest read from Ecclesiastes, "To every thing there is a season"`,
    `He read the clause aloud: "No tenant shall …"`, also the text of a law, a rule or an
    instrument in force that is read out (`The clerk read out the standing orders:
    "Members shall address the chair."`, :func:`_law_read_out`). The words are the text's, not the
    reader's claim; what the reader says of them is (`… and said the family had chosen
    it`)."""
    doc = content.doc
    k = set_off_before(content)
    if k is None or k < 1:
        return False
    k -= 1
    while k >= 0 and doc[k].pos_ in ("ADV", "PART") and doc[k].dep_ != "neg":
        k -= 1  # `read the clause aloud:`
    book = k
    while k >= 0 and doc[k].pos_ in ("PROPN", "NUM"):
        k -= 1  # the book or law: `Psalm 23`, `Ecclesiastes`, `the Koran`
    if k < book and doc[k].lower_ == "the":
        k -= 1
    if k < book and k >= 0 and doc[k].lower_ in _FROM:
        k -= 1
        if k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in _RECITING:
            return True  # `read from Ecclesiastes, "…"`
    return k >= 0 and doc[k].pos_ == "NOUN" and (
        doc[k].lemma_.lower() in TEXTS or part_of_a_work(doc[k]) or _law_read_out(doc[k])
    )


def _law_read_out(text: Token) -> bool:
    """Whether a noun is the text of a law, a rule or an instrument that a verb of reading
    has for its object (`The clerk read out the standing orders: "…"`), not one that a
    quote only follows (`who drew up the law: "…"`, `On his contract:` ¶ `"…"`)."""
    return (
        text.lemma_.lower() in LAW_TEXTS
        and text.dep_ == "dobj"
        and text.head.lemma_.lower() in _RECITING
    )


#: Nouns for a part of a text read out or quoted from it (`the opening`, `a line`).
_PARTS = word_list("text-parts")
#: Parts of speech of the words of a noun phrase and the phrases it holds (`a line from a
#: poem by her late father`).
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM"})


def part_of_a_work(last: Token) -> bool:
    """Rule part-of-a-work: whether the noun phrase that ends at `last`, right before a
    quotation, names a part of a work of fiction or of a text read out, the part first
    and the work after it (`read the opening of her novel The Cold House: "…"`, `reading
    a line from a poem by her late father: "…"`): the quotation is the work's words. Not
    a person the phrase names first (`told the author of the novel: "…"`), nor a part
    of a document that speaks for its maker (`read a line from the report: "…"`)."""
    # `She closed by reading a line from a poem by her late father: "The river …"`
    doc, k = last.doc, last.i
    while k > 0 and (doc[k - 1].pos_ in _PHRASE_POS or doc[k - 1].dep_ == "poss"):
        k -= 1
    nouns = [t.lemma_.lower() for t in doc[k : last.i + 1] if t.pos_ in ("NOUN", "PROPN")]
    return (
        len(nouns) > 1
        and nouns[0] in _PARTS | TEXTS
        and any(n in FICTION | TEXTS for n in nouns[1:])
    )


#: Verbs of singing (`sings`, `croons`): what they quote is lyrics.
_SINGING = word_list("singing-verbs")


def sung(cue: Token | None, content: Span) -> bool:
    """Whether a direct quote is words sung, lyrics and not a statement: `over a bassline
    she sings: "You left the light on for me"`; also where the singing verb right before
    the colon is not the cue, joined by `and` to the verb the parse took for it or read
    as a plural noun (rule sung-at-colon: `He picks up a flute and sings: "…"`)."""
    if cue is not None and cue.pos_ == "VERB" and cue.lemma_.lower() in _SINGING:
        return True
    k = set_off_before(content)
    if k is None or k == 0 or content.doc[k].text != ":":
        return False
    word = content.doc[k - 1]
    return word.pos_ in ("VERB", "NOUN") and word.lemma_.lower() in _SINGING


def text_speaks(speaker: Span) -> bool:
    """Whether a row's source is a text whose words it gives, a song, a poem or a verse,
    not someone who made a claim: `Her best-known song, written after her mother's death,
    begins: "…"`, `The hymn's last verse runs: "…"`. The words are the text's, as with a
    text read out (:func:`recited`)."""
    return speaker.root.pos_ == "NOUN" and speaker.root.lemma_.lower() in TEXTS


_MACHINE_VOICES = word_map("machine-voices")


def machine_voice(speaker: Span) -> bool:
    """Whether a row's source is a machine's voice, a recording's, a robot's or a
    sat-nav's (rule machine-voice): `"Next stop: Harbour Road," says the automated
    voice`, `a synthetic voice says: "…"`, `the robot's voice`. A thing is never a
    speaker and the company that scripted it makes no statement by it, so its words are
    no statement (the guideline's `words a machine speaks`); the voice stays the source
    as written (:func:`quotes.narration.is_speech_sound`), never the person before it."""
    head = speaker.root
    if head.lemma_.lower() not in _MACHINE_VOICES["voices"]:
        return False
    return any(
        c.dep_ in ("amod", "compound", "poss") and c.lemma_.lower() in _MACHINE_VOICES["machines"]
        for c in head.children
    )


#: Nouns for a work of fiction (`novel`, `film`) whose opening words a review quotes.
FICTION = word_list("fiction-works")
