"""Sources that are no one's statement: the writer of the piece, a work of theirs, a thing
pointed back to, a headline's bare noun.

A letter, a column or a memoir gives the writer's own view (`I thought readers might like
some good news`, :func:`writer`), and so does the paper's own work (`Our analysis found
…`, :func:`writers_work`) and the writer quoting herself (`As I wrote here last spring,
"…"`, :func:`own_words`); a source that is a thing pointed back to (`According to this
measure, …`, :func:`demonstrative_source`) is no one, and a headline's bare noun
(`skipper says`, :func:`headlinese`) names no one a story's sentence would. The default
scope drops such rows (:func:`quotes.scope.dropped_by`); `--scope all` keeps them. Split
from :mod:`quotes.scope`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.articles import has_indefinite_article
from quotes.language import word_list
from quotes.role_words import SOURCE_NOUNS
from quotes.source_words import AUTHORED, TIME_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def headlinese(speaker: Span) -> bool:
    """Whether a quote's speaker is a common noun with no determiner, as headlines and
    standfirsts write one and a sentence of the story never does (`"We had water to our
    knees," skipper says after night rescue`)."""
    word = speaker[0]
    return len(speaker) == 1 and word.tag_ in ("NN", "NNP") and word.is_lower and word.is_alpha


#: Pronouns of the writer: a row they speak outside any quote is the writer's own view.
_WRITER = word_list("writer-pronouns")


def writer(speaker: Span) -> bool:
    """Whether a reported statement's source is the writer (`In a year of bad news, I
    thought readers might like some good news`): a letter, a column or a memoir gives the
    writer's own view, which a fact-checker does not list as someone's statement (the
    quotes the writer reports are; a direct quote is never dropped by this rule)."""
    return len(speaker) == 1 and speaker[0].lower_ in _WRITER


#: Possessives of the writer: a work of theirs (`our report`) speaks in the writer's voice.
_WRITERS = word_list("writer-possessives")
#: Possessives of the one the writer writes to (`your report`, a reader writing to the
#: paper).
_ADDRESSEES = word_list("addressee-possessives")
#: Pieces a paper prints: `article`, `story`, `column`, `version`.
_PIECES = word_list("unsigned-pieces")
#: Works and records that speak in the voice of the writer who owns them (`our report`,
#: `our story`, `our reporter's recording`).
_OWN_WORKS = AUTHORED | word_list("record-nouns") | _PIECES


def writers_work(speaker: Span) -> bool:
    """Rule writers-work: whether a reported statement's source is a work of the writer's
    own, a report, an analysis or a count the writer's `our` or `my` gives (`Our report
    said the fire began in the kitchen`, `Our analysis of the figures found that half of
    the patients had waited a year`): the paper's own finding, in its own voice, as the
    writer's view is (:func:`writer`); not a person the possessive gives (`Our reporter
    says …`, `my mother said …`), who speaks for themself. Also a work of one of the
    writer's own people (rule writers-own-record: `Our reporter's recording shows that
    he did`, a corrections column standing by its report)."""
    # `Our count found that 40 of the 61 stops had no shelter.`
    return _owned_work(speaker, _WRITERS)


#: Cues by which a work passes on someone else's words (`Your report quoted X as saying`).
_PASSING_ON = word_list("passing-on-cues")


def addressees_work(speaker: Span, cue: Token | None) -> bool:
    """Rule addressees-work: whether a reported statement's source is a work of the one the
    text is written to, the paper's own report that a reader's letter quotes back to it
    (`Your report on Monday said the schedule would give us water "three days a week"`):
    the paper's work, in its own voice, as its own report is (:func:`writers_work`), not a
    statement of anyone the letter names; a report that passes on someone's words (`Your
    report quoted Cllr Ana Ruiz as saying that …`) stays that person's row."""
    # `Your article said the new timetable would bring a bus every ten minutes.`
    if cue is not None and any(
        word.lemma_.lower() in _PASSING_ON for word in (cue, *list(cue.ancestors)[:2])
    ):
        return False  # `quoted … as saying`: the cue `saying` hangs on `quoted` by `as`
    return _owned_work(speaker, _ADDRESSEES)


def _owned_work(speaker: Span, possessives: frozenset[str]) -> bool:
    """Whether a source is a work or a record (:data:`_OWN_WORKS`) that one of
    `possessives` owns, or owns through one of its people (`our reporter's recording`)."""
    root = speaker.root
    if root.lemma_.lower() not in _OWN_WORKS and root.lower_ not in _OWN_WORKS:
        return False
    owners = [c for c in root.children if c.dep_ == "poss"]
    return any(
        owner.lower_ in possessives
        or any(c.dep_ == "poss" and c.lower_ in possessives for c in owner.children)
        for owner in owners
    )


#: Parts of speech that name a writer, a paper or a body in a source's words.
_NAMING_POS = frozenset({"PROPN", "PRON"})


def unsigned_piece(speaker: Span) -> bool:
    """Rule unsigned-piece: whether a reported statement's source is a piece a paper
    printed under an indefinite article with no writer, paper or body named in its words
    (`An article on Tuesday about bus fares said that fares had doubled`, `An earlier
    version of this story gave the wrong date`, :data:`_PIECES`; a day or a month names
    no one): the paper's own earlier piece, as a corrections column cites it, in the
    paper's voice like :func:`writers_work`; not a piece whose words name who
    wrote or printed it (`An article by Ana Ruiz said …`, `A column in the Courier
    argued …`)."""
    # `3. An article on Tuesday about bus fares said that fares had doubled.`
    root = speaker.root
    return (
        root.lemma_.lower() in _PIECES
        and has_indefinite_article(root)
        and not any(
            t.pos_ in _NAMING_POS and t.lower_ not in TIME_WORDS and not _of_its_subject(t, root)
            for t in root.subtree
        )
    )


#: Prepositions by which a piece names what it is about (`An obituary of Elsie Brammall`,
#: `an article about Ana Ruiz`), not who wrote or printed it.
_SUBJECT_PREPOSITIONS = word_list("piece-subject-prepositions")


def _of_its_subject(word: Token, piece: Token) -> bool:
    """Rule piece-subject-unnamed: whether a name in a piece's words is what the piece is
    about, in an `of` or `about` phrase of the piece (`An obituary of the yachtswoman
    Elsie Brammall (October 18) said …`), which names no writer; not one in a phrase of
    its own inside it (`An obituary of the poet in The Herald`, the paper named)."""
    preposition = next((a for a in word.ancestors if a.dep_ == "prep"), None)
    return (
        preposition is not None
        and preposition.head.i == piece.i
        and preposition.lower_ in _SUBJECT_PREPOSITIONS
    )


#: Methods of a direct quote linked to a cue of its own, not borrowed from another quote.
_OWN_CUE = ("dep", "near-", "colon")


def own_words(speaker: Span, method: str) -> bool:
    """Rule writer-quoting-self: whether a direct quote's own cue gives the writer as its
    source (`As we wrote in these columns in 2019, "…"`, an editorial quoting its earlier
    editorial; `I can already hear the council's reply: "…"`, words a column imagines):
    the writer's own voice, as her reported view is (:func:`writer`); a quote that only
    follows the writer's question (`"Why?" I ask. "…"`) borrows no cue of hers."""
    # `As I wrote here last spring, "the ferry is the town's only road."`
    return writer(speaker) and method.startswith(_OWN_CUE)


def demonstrative_source(speaker: Span) -> bool:
    """Whether a source is a thing pointed back to, not someone: `this measure` in
    `According to this measure, …`, `This one` (a speaker who is a person is named or
    described: `the minister`, `a spokeswoman`, also after a demonstrative: `That
    candidate, Ana Ruiz, a retired nurse, tells us …`, `This reporter asked …`)."""
    first = speaker[0]
    root = speaker.root
    return (
        first.dep_ == "det"
        and first.lower_ in word_list("demonstratives")
        and root.ent_type_ != "PERSON"
        and root.lemma_.lower() not in SOURCE_NOUNS
        and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children)
    )


#: Cues of knowing (`know`, `understand`) and the modals of obligation over them.
_KNOWING = word_list("knowing-cues")
_OBLIGING = word_list("obliging-modals")


def should_know(cue: Token | None) -> bool:
    """Rule should-know: whether a cue of knowing stands under a modal of obligation
    (`I share their anger, but your readers should know that the city is not hiding
    anything`, `Voters must understand that the tax pays for the buses`): the writer tells
    others what they ought to grasp, her own claim, not a statement of those she names."""
    # `Parents should know that the school has never closed for snow.`
    return (
        cue is not None
        and cue.lemma_.lower() in _KNOWING
        and any(c.dep_ == "aux" and c.lemma_.lower() in _OBLIGING for c in cue.children)
    )
