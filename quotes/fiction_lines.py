"""Quoted words of a work of fiction, no one's statement: its opening or closing words
(`Her new novel opens on a ferry: "…"`) and a character's line (`In the film her character
tells the sheriff: "…"`, `"…," the clerk snaps at a widow in the first scene`). Rules of
the default scope (:func:`quotes.scope.dropped_by`), beside the other words no one states
(:mod:`quotes.not_said`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from quotes.doc_memo import doc_text, memo
from quotes.language import word_list, word_map
from quotes.law_texts import text_before
from quotes.not_said import FICTION, TEXTS
from quotes.source_words import AUTHORING
from quotes.verb_forms import PRESENT_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Verbs that say where in a work words stand (`opens`, `ends`).
_OPENINGS = word_list("opening-verbs")


def work_opening(speaker: Span, cue: Token | None, content: Span | None = None) -> bool:
    """Whether a row is the opening or closing words of a work of fiction that the writer
    quotes, a narrator's or a character's and no one's statement: `Her new novel opens on
    a ferry: "…"`, `The Salt Ledger opens on a Busan fish market: "…"` (a title with its
    article, which no person's name takes), `The film ends with a letter: "…"`; also
    an `it` for a work or a text the sentence before reads out (rule opening-it: `She
    read aloud a passage from the novel. "…," it began.`). The cue has no object:
    `Varga opened the meeting: "…"` is a person speaking (a clause the parser hangs on
    the cue from inside the quoted `content` is no object of it)."""
    if cue is None or cue.lemma_.lower() not in _OPENINGS:
        return False
    inside = range(content.start, content.end) if content is not None else range(0)
    if any(c.dep_ in ("dobj", "ccomp") and c.i not in inside for c in cue.children):
        return False
    head = speaker.root
    if head.lower_ == "it":
        # `She read aloud a passage from the novel. "…," it began.`: the text the sentence
        # before reads out
        text = text_before(head)
        return text is not None and text.lemma_.lower() in FICTION | TEXTS
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in FICTION
    return head.pos_ == "PROPN" and speaker[0].lower_ == "the" and speaker[-1].is_title


#: Nouns for someone inside a work of fiction (`her character`, `the narrator`).
_FICTION_ROLES = word_list("fiction-roles")


def character_line(speaker: Span, cue: Token | None) -> bool:
    """Whether a row is a line of a character in a work of fiction, which is the work's
    words and no one's statement: the speaker is one (`In the film her character tells
    the sheriff: "…"`), or the cue shows one speaking (`A clip from "Salt Season" showed
    her character shouting at a storm: "…"`)."""
    if speaker.root.lemma_.lower() in _FICTION_ROLES:
        return True
    return cue is not None and (
        any(c.dep_ == "dobj" and c.lemma_.lower() in _FICTION_ROLES for c in cue.children)
        or in_a_scene(cue)
        or in_a_chapter(cue)
        or in_a_plot(cue)
        or in_a_numbered_part(cue)
        or on_a_page(cue)
    )


#: Nouns for a page of a book (`page`).
_PAGES = word_list("page-nouns")


def on_a_page(cue: Token) -> bool:
    """Rule on-a-page: whether a cue in the present tells a line to someone
    (:func:`tells_someone`) on a page of the book, in a phrase of `on` on the cue
    (`"You do not argue with an eel," her grandfather tells her on the first page`, `on
    page 40`): a character's line, told in a review's plot summary."""
    # `"Wait until it is tired," her grandfather tells her on the first page.`
    return tells_someone(cue) and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _PAGES for p in c.children)
        for c in cue.children
    )


_NUMBERED_PARTS = word_map("numbered-work-parts")
#: Nouns for a part of a work that a review numbers (`episode`, `act`, `chapter`).
_PARTS = frozenset(_NUMBERED_PARTS["parts"])
#: Words that order such a part besides numbers and ordinals (`last`, `final`).
_ORDERS = frozenset(_NUMBERED_PARTS["orders"])


def in_a_numbered_part(cue: Token) -> bool:
    """Rule in-a-numbered-part: whether a cue in the present sets what is said in a
    numbered or ordered part of a work, in a phrase of `in` outside the quotation
    (`"I'm not leaving without my daughter," the stranger says in episode four`,
    `"…," she says in chapter nine`, `he roars at his son in the second act`): a
    character's line in a review's plot summary. Not a part `of` something named (`in
    an episode of the podcast`, a real programme), nor an author's `writes`."""
    # `"You love the stone more than me," she says in chapter nine.`
    if cue.tag_ not in PRESENT_TAGS or cue.lemma_.lower() in AUTHORING:
        return False
    doc = cue.doc
    places = _doc_part_nouns(doc)
    if not places:
        return False
    sent = cue.sent
    for k in places[bisect_left(places, sent.start) : bisect_left(places, sent.end)]:
        word = doc[k]
        if word.dep_ != "pobj" or word.head.lower_ != "in":
            continue
        children = list(word.children)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
            continue
        if not any(c.like_num or c.lower_ in _ORDERS for c in children):
            continue
        if not any(m.is_quote for m in doc[min(word.i, cue.i) : max(word.i, cue.i)]):
            return True
    return False


#: Words after a character's name that give the actor who plays the part: `(played by`.
_PLAYED_BY = re.compile(
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)[ \t]*(?:\(|,[ \t]+)(?:"
    + "|".join(
        re.escape(p).replace("_", r"[ \t]+")
        for p in sorted(word_list("played-by"), key=len, reverse=True)
    )
    + r")[ \t]+[A-Z]"
)


def played_part(speaker: Span, name: str | None) -> bool:
    """Rule played-part: whether a row's speaker is a character the text says an actor
    plays, by the words right after the character's name (`Sheriff Ada Brenner (played
    by Kate Moss-Irving) warns the stranger`, `Holt, played by Ana Lobo,`,
    quotes/lang/en/played-by.txt): every line of that name is the work's, no one's
    statement, wherever the review quotes it. The speaker's resolved `name` (or its
    words as written) must be all words of such a name."""
    # `"You should never have come back," Sheriff Ada Brenner (played by Kate Moss) warns.`
    parts = _played_parts(speaker.doc)
    if not parts:
        return False
    words = set((name or speaker.text).split())
    return bool(words) and any(words <= part for part in parts)


def _played_parts(doc: Doc) -> list[frozenset[str]]:
    """The names the text says an actor plays, each as the set of its words, read once
    per doc from its text (:data:`_PLAYED_BY`)."""
    table = memo(doc, "played-parts")
    if "parts" not in table:
        text = doc_text(doc)
        table["parts"] = (
            [frozenset(m[1].split()) for m in _PLAYED_BY.finditer(text)]
            if "ayed by" in text or "oiced by" in text
            else []
        )
    return table["parts"]


#: Nouns for a scene of a work (`in the first scene`).
_SCENES = word_list("scene-nouns")


def in_a_scene(cue: Token) -> bool:
    """Rule in-a-scene: whether the sentence of a cue sets what is said in a scene of a
    work, in a phrase of `in` outside the quotation (`"…," the clerk snaps at a widow in
    the first scene`, `"…," her aunt tells her, in a scene that is funny until it is
    not`): a character's line, told in the present of a review's plot summary."""
    # `"Every name in this book is a rope," the clerk snaps in the opening scene.`
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "in"
        and not any(m.is_quote for m in cue.doc[min(t.i, cue.i) : max(t.i, cue.i)])
        for t in _scene_nouns(cue)
    )


#: Nouns for a part of a novel or a series (`chapter`, `episode`).
_CHAPTERS = word_list("chapter-nouns")
#: Nouns of an `in` phrase that sets a plot summary's line in a work: its parts and the
#: works of fiction themselves (`In the film, …`).
_WORK_SETTINGS = _CHAPTERS | FICTION


def in_a_chapter(cue: Token) -> bool:
    """Rule in-a-chapter: whether a cue in the present tells a character's line to
    someone named or a pronoun (`tells Deniz`, `tells her`) in a sentence that opens with
    a phrase of `in` whose noun is a chapter or an episode (`In the chapter called "The
    Well", her aunt tells Deniz: "…"`, `In episode two, Brenner tells her deputy: "…"`)
    or a work of fiction (rule in-a-work: `In the film, the old man tells his grandson:
    "…"`, `In the comedy Office Hours, the boss tells his staff: "…"`): a line of the
    work, in a review's plot summary. A chapter's title in quotation marks may stand
    between. An author who `writes` in a chapter of her memoir, with no one told, makes
    her own claim."""
    # `In the last chapter, the old ferryman tells her: "Nobody crosses twice."`
    if not tells_someone(cue):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and c.i < cue.i
        and any(p.dep_ == "pobj" and _sets_a_work(p) for p in c.children)
        for c in cue.children
    )


def _sets_a_work(noun: Token) -> bool:
    """Whether the noun of an `in` phrase is a part of a work (`chapter`, `episode`) or
    a work of fiction (`film`, `novel`), itself or as the kind before its title (`the
    comedy Office Hours`: `comedy`)."""
    return noun.lemma_.lower() in _WORK_SETTINGS or any(
        c.dep_ in ("compound", "nmod", "amod") and c.lower_ in _WORK_SETTINGS
        for c in noun.children
    )


#: Objects of `tells` that are the writer or the reader (`tells us`), no character.
_NARRATION_ADDRESSEES = word_list("narration-addressees")


def tells_someone(cue: Token) -> bool:
    """Whether a cue in the present tells its words to someone named or a pronoun of
    the third person (`tells Deniz`, `tells her`), or to someone a possessive ties to
    a person of the story (`tells his grandson`, `tells her staff`), as a plot summary
    tells a character's line; not to the writer or the reader (`tells me`, `tells us`),
    nor to a thing or a body (`tells the camera`, `tells the court`)."""
    return cue.tag_ in PRESENT_TAGS and any(
        c.dep_ in ("dobj", "dative")
        and (
            c.pos_ in ("PROPN", "PRON")
            or c.is_title  # a name the tagger made a noun
            or (c.pos_ == "NOUN" and any(d.dep_ == "poss" for d in c.children))
        )
        and c.lower_ not in _NARRATION_ADDRESSEES
        for c in cue.children
    )


#: Nouns for the people of a story that a review's plot summary names them by
#: (`heroine`, `protagonist`).
_PLOT_PERSONS = word_list("plot-persons")
#: How many sentences before the cue's, in its paragraph, may name the story's person.
_PLOT_SENTENCES = 3


def in_a_plot(cue: Token) -> bool:
    """Rule in-a-plot: whether a cue in the present tells a line to someone (`her
    grandmother tells her: "…"`) in a paragraph whose sentences before it name a person
    of the story (`Its heroine, Dana, is eleven.`, :data:`_PLOT_PERSONS`): a review's
    plot summary giving a character's line, the fiction's words."""
    # `Its heroine, Dana, is eleven. When she asks why, her grandmother tells her: "…"`
    if not tells_someone(cue):
        return False
    doc, sent = cue.doc, cue.sent
    if any(t.lower_ in _PLOT_PERSONS for t in doc[sent.start : cue.i]):
        return True
    for _ in range(_PLOT_SENTENCES):
        if sent.start == 0 or "\n\n" in doc_text(doc)[doc[sent.start - 1].idx : sent.start_char]:
            return False
        # the sentences before are read by their words: one with no cue is not parsed
        sent = doc[sent.start - 1].sent
        if any(t.lower_ in _PLOT_PERSONS for t in sent) or _opens_in_a_work(sent):
            return True
    return False


#: How many words an opening `in` phrase may take before its noun of a work.
_SETTING_WORDS = 4


def _opens_in_a_work(sent: Span) -> bool:
    """Rule plot-setting-before: whether a sentence opens with an `in` phrase that sets
    it in a part of a work or a work of fiction, read by its words (`In the third
    episode, Detective Holt corners the smuggler.`): the lines told after it in its
    paragraph are the work's, as after a sentence that names the story's heroine."""
    # `In the third episode, Holt corners the smuggler. "…," Holt tells him.`
    words = [t.lower_ for t in sent[: _SETTING_WORDS + 2]]
    if not words or words[0] != "in" or "," not in words:
        return False
    return any(w in _WORK_SETTINGS for w in words[1 : words.index(",")])


def _scene_nouns(cue: Token) -> list[Token]:
    """The words of the sentence of `cue` whose lemma is a noun of :data:`_SCENES`, in
    order, looked up among the doc's (:func:`_doc_scene_nouns`): each row asks about its
    cue's whole sentence, and a token object is made for these words only, not for every
    word of it. The sentence is found only in a doc that has such a word (few have one),
    as finding it costs a walk over the sentence's words for each row."""
    doc = cue.doc
    places = _doc_scene_nouns(doc)
    if not places:
        return []
    sent = cue.sent
    return [doc[k] for k in places[bisect_left(places, sent.start) : bisect_left(places, sent.end)]]


def _doc_part_nouns(doc: Doc) -> list[int]:
    """The indices of the words of `doc` that are a noun of :data:`_PARTS` in lower case,
    read from the doc's array once per doc, as :func:`_doc_scene_nouns` reads its nouns:
    most docs have none, and their rows then need not walk their cue's sentence."""
    table = memo(doc, "part-nouns")
    if "at" not in table:
        # imported here: the commands that need no model import this module without spaCy
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        lowers = doc.to_array([LOWER]).ravel().tolist()
        parts = {lower for lower in set(lowers) if strings[lower] in _PARTS}
        table["at"] = [k for k, lower in enumerate(lowers) if lower in parts]
    return table["at"]


def _doc_scene_nouns(doc: Doc) -> list[int]:
    """The indices of the words of `doc` whose lemma in lower case is a noun of
    :data:`_SCENES`, read from the doc's array of lemmas once per doc (the rows ask when
    the parse and its repairs are done): a sentence's array read for each of a
    document's rows cost as much as the rest of the scope's rules on the source."""
    table = memo(doc, "scene-nouns")
    if "at" not in table:
        # imported here: the commands that need no model import this module without spaCy
        from spacy.attrs import LEMMA

        strings = doc.vocab.strings
        lemmas = doc.to_array([LEMMA]).ravel().tolist()
        scenes = {lemma for lemma in set(lemmas) if strings[lemma].lower() in _SCENES}
        table["at"] = [k for k, lemma in enumerate(lemmas) if lemma in scenes]
    return table["at"]
