"""Which rows a fact-checker would publish: the `statements` scope, and `all`.

`all` keeps every attribution the engine finds, as PolNeAR annotates them: acts, stances
toward things, topics, unsourced passives. `statements` (the default) keeps direct and
mixed quotes and reported speech whose content is a clause said or thought by someone.
Each rule below drops one kind of row, by the cue's class, the content's shape and the
sentence's structure, never by the words of a particular text:

- no source in the text (`The mayor is expected to attend`, `Asked whether she would
  run, …`), also for a quote inside a paragraph of the writer's (`Her column last week,
  "Why I gave up the car", drew 300 letters`), whoever said the quote before it when it
  is set off by commas after the thing it names (`His first book, "Salt and Iron", is
  still in print`);
- an act or a stance toward a thing (`declined to comment`, `issued an order`,
  `declared Tobin Ashgrove duly elected`,
  `praised her decision`, `announced a further $30 million for the flood-hit towns`,
  `The death of the actor, who starred in 40 films, was announced by his agent`): the
  content is no clause (`to comment on …`, `an order …`, a noun phrase that a relative
  clause or an adjective describes);
- a question, asked or reported (`Reporters asked whether …`, `Does anyone believe …?`);
- a headline or standfirst line, which ends with no full stop (`Council leader defends
  bin changes`), a quote in one that names no one as its source, and any quote in the
  title over the story (`'We lost everything': family tells of flood`, `Ama Boateng: "I
  was a hopeless cook."`);
- a name given to someone or something, not a view (`in what the council calls its
  "green corridor"`, `a process engineers call "slope creep"`, `Fans call her "the
  Wall"`; :mod:`quotes.naming`);
- a source that is a demonstrative thing (`According to this measure, …`);
- a sign or placard that displays a slogan (`one placard read "Tax the Council"`),
  a chorus (`Members on the opposition benches shouted "Shame!"`, `they chanted "Save
  our pool!"`), and a text read out (`the priest read from Ecclesiastes, "To every
  thing there is a season"`) or sung (`Her first single opens: "The ferry's late …"`);
- a cry from a place, not from anyone the text names (`"Rubbish!" came a
  voice from the benches`);
- a source that is a noun the cue only describes (`groups backing her`, `the first union
  to back the deal`);
- a question or a request (`She asked that her name not be used`, `We asked the
  council why …`): what an asking verb reports is never a claim; nor is an order or a
  demand in the subjunctive, whatever the cue (`It ruled that the map be replayed`);
- a source that relays someone else's statement (`According to local media, the
  ministry announced that …`);
- the writer's own view (`I thought readers might like some good news`), her own
  words quoted again (`As we wrote in these columns in 2019, "…"`), and a work of her
  own (`Our report said the fire began in the kitchen`);
- a thing that a stance is aimed at, quoted only as the name it goes by (`defended what
  her office calls the "temporary" closures`);
- the mood of a crowd of no one in particular given as a reason (`Shares fell as
  investors worried that …`);
- a thing come upon, not a finding (`The letters were found by her niece`), and what
  someone perceived (`Staff noticed that the alarm was off`);
- words that make no claim to anyone (:mod:`quotes.no_claims`): a chat line that is only
  an emoji or `This message was deleted`, a radio line of procedure words only
  (`Received. Out.`), a plea to a charge (`admitted being in charge of a dog that was out
  of control`, or said: `Not guilty, Chairman.`), a record with no maker named (`…,
  court papers show.`), words stitched or painted into a work (`she stitched: "…"`) or
  written by someone the text does not know (`Someone has written "SHAME" across it`), a
  toast (`"To Ninwa and Sargon!"`), the formula of an oath or a vow (`"I swear that I
  will be faithful …"`), the operative part of a ruling or a resolution (`"Declares
  article 3 void."`);
- a page's heading before a colon, a thing's or a date (`Translator's note: …`, `Water
  story, March 6: …`);
- a publication's notice about itself (`Correction: an earlier post said …`), a pull
  quote that repeats words said elsewhere in the text, a script's outcue that repeats
  the last words of the clip before it (`OUTCUE: "... fill a bucket."`), the name a
  letter is signed with (`It was signed: "The staff of Ward 9"`), and a work's
  title that a passive says is published or written by someone (`"The Salt Road" is
  published by …`).

The rules that read the page's lines around a row, not its parse (a notice, a pull
quote, an outcue, a headline, the title), are in :mod:`quotes.page_lines`; those whose
source is the writer, a work of hers or a thing pointed back to are in
:mod:`quotes.writer_voice`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, get_args

from quotes.content_shape import (
    clause,
    mandate,
    question,
    relayed,
    roots,
    thing_object,
    wanted_of_another,
)
from quotes.crowd_voices import chorus, crowd_mood, heckled
from quotes.language import word_list
from quotes.naming import name_given, names_what, only_names
from quotes.no_claims import (
    empty_message,
    exhortation,
    floor_call,
    heading_label,
    inscribed,
    operative_part,
    platform_note,
    plea,
    procedure_line,
    rite,
    spoken_plea,
    toast,
    unknown_writer,
    unmade_record,
)
from quotes.not_said import (
    character_line,
    displayed,
    glossed,
    law_text,
    machine_voice,
    recited,
    sung,
    text_speaks,
    translated_in_brackets,
    unmade_text,
    work_opening,
)
from quotes.page_lines import (
    cited_headline,
    echoed_ending,
    headline,
    in_writers_sentence,
    named_quote_title,
    notice,
    pull_quote,
    set_in_apposition,
    signature,
    title,
)
from quotes.records import UNNAMED_VOICE, Quote, QuoteType
from quotes.split_prose import prose_before_quote
from quotes.titles import is_title
from quotes.unasserted import hypothetical, mistaken_belief
from quotes.writer_voice import (
    demonstrative_source,
    headlinese,
    own_words,
    writer,
    writers_work,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Scope = Literal["statements", "all"]
#: The scopes, the default first.
SCOPES: tuple[str, ...] = get_args(Scope)
#: Cue classes whose reported clause is a statement (an `act` never is); also what makes
#: a reported clause's adjunct a report of its own (:mod:`quotes.clause_bounds`).
STATED_CLASSES = frozenset({"speech", "thought", "stance"})


def dropped_by(
    doc_text: str,
    kind: QuoteType,
    content: Span | None,
    cue: Token | None,
    speaker: Span | None,
    method: str,
    cue_class: str | None,
    name: str | None = None,
) -> str | None:
    """The name of the rule that keeps a row out of the `statements` scope, or None.

    `doc_text` is the text the parse was made of (line ends are read there), `content`
    the row's content tokens, `cue` and `speaker` what attributes it, `method` its rule,
    `name` the speaker's resolved name when known. Direct quotes are kept, unless a
    headline holds them with no one to say them.
    """
    if name_given(kind, content, cue, method):
        return "name-given"
    if speaker is not None and (
        displayed(speaker, cue) or unmade_text(speaker, cue, name, content)
    ):
        return "displayed"
    if speaker is not None and chorus(speaker, cue, content if kind == "direct" else None):
        return "chorus"
    if speaker is not None and (
        text_speaks(speaker)
        or work_opening(speaker, cue, content)
        or character_line(speaker, cue)
    ):
        return "recited"
    if speaker is not None and machine_voice(speaker):
        return "machine-voice"
    if speaker is not None and law_text(speaker):
        return "law-text"
    if speaker is not None and unmade_record(speaker, cue, name):
        return "unmade-record"
    if inscribed(cue):
        return "inscribed"
    if exhortation(cue):
        return "exhortation"
    if hypothetical(cue):
        return "hypothetical"
    if speaker is not None and unknown_writer(speaker, cue):
        return "unknown-writer"
    if speaker is not None and platform_note(speaker):
        return "platform-note"
    if content is not None and empty_message(content):
        return "empty-message"
    if content is not None and procedure_line(content, method):
        return "procedure-line"
    if content is not None and floor_call(content, method):
        return "floor-call"
    if kind == "direct" and content is not None and toast(content):
        return "toast"
    if kind == "direct" and content is not None and rite(content):
        return "rite"
    if kind == "direct" and content is not None and operative_part(content):
        return "operative-part"
    if content is not None and spoken_plea(content):
        return "plea"
    if content is not None and notice(doc_text, content.start_char):
        return "notice"
    if method == "reported-colon" and speaker is not None and heading_label(speaker):
        return "heading-label"
    if kind != "direct" and content is not None and glossed(content, cue):
        return "gloss"
    if kind == "direct" and method == UNNAMED_VOICE:
        return "heckle"  # `"Rubbish!" came a voice from the benches.`
    if kind == "direct" and content is not None:
        if pull_quote(doc_text, content.start_char, content.end_char):
            return "pull-quote"
        if cited_headline(doc_text, content.start_char, content.end_char):
            return "work-title"
        if echoed_ending(doc_text, content.start_char, content.end_char):
            return "echo"
        if signature(doc_text, content.start_char):
            return "signature"  # `It was signed: "The staff of Ward 9".`
        if method.startswith(_BORROWED) and set_in_apposition(
            doc_text, content.start_char, content.end_char
        ):
            # `His first book, "Salt and Iron", is still in print.`: a title, not words
            # of whoever said the quote before it
            return "work-title"
        if translated_in_brackets(doc_text, content.start_char):
            return "gloss"
        if recited(content) or sung(cue):
            return "recited"
        if heckled(content, cue):
            return "heckle"
        if method.startswith(_BY_PASSIVE) and is_title(content.text):
            # `"The Salt Road" is published by Harrow Books`: a work's title, not words
            return "work-title"
    if (
        kind == "direct"
        and speaker is None
        and content is not None
        and in_writers_sentence(doc_text, content.start_char, content.end_char)
    ):
        # `Her column last week, "Why I gave up the car", drew 300 letters`: a title, a
        # slogan or the writer's own words, which no one is given as saying
        return "unsourced"
    if kind == "direct" and speaker is not None and own_words(speaker, method):
        return "writer"
    if kind == "direct":
        # `Tributes to Ann Lee, 'the voice of the morning show'`: a quote in a headline
        # that no one is given as saying is the headline's, not a statement; and a quote
        # in the title over the story is never one, whoever the title names
        # (`'We lost everything': family tells of flood`, `Okafor: 'We were beaten'`,
        # also when the quotation keeps its full stop: `Okafor: 'We were beaten.'`)
        if content is not None and named_quote_title(doc_text, content.start_char):
            return "headline"
        if content is None or not headline(doc_text, content.start_char):
            return None
        if speaker is None or title(doc_text, content.start_char) or headlinese(speaker):
            return "headline"
        return None
    if speaker is None or method.startswith("unsourced"):
        return "unsourced"
    if writer(speaker):
        return "writer"
    if writers_work(speaker):
        return "writers-work"
    if method.startswith(_BY_PASSIVE) and cue is not None and (
        cue.lemma_.lower() in word_list("thing-object-cues")
    ):
        # `The letters were found in 2019 by her niece`: what the passive's subject is,
        # a thing come upon, not what someone found to be so
        return "thing-found"
    if content is None or headline(doc_text, content.start_char):
        return "headline"
    if cue_class is not None and cue_class not in STATED_CLASSES:
        return "act"
    if cue is not None and perceived(cue):
        return "perceived"
    if mistaken_belief(content, cue):
        return "mistaken-belief"
    if prose_before_quote(content, cue, speaker):
        return "prose-before-quote"
    if crowd_mood(speaker, cue, cue_class):
        return "crowd-mood"
    if demonstrative_source(speaker):
        return "demonstrative-source"
    if method.endswith((":modifier", ":infinitival")):
        # `the people shouting loudest know it`: a noun described by what it does, not
        # someone who made a statement
        return "modifier"
    if cue is not None and cue.lemma_.lower() in _ASKING:
        return "asked"
    if method.startswith(_THING_OBJECT) and thing_object(cue, content):
        # `thanked the "angels" of the rescue boat`, `spoke of the "green corridor"`
        return "thing-object"
    if mandate(content):
        return "mandate"
    if wanted_of_another(content, cue):
        return "wanted-of-another"
    if cue is not None and declared_result(content, cue):
        return "act"
    if plea(content, cue):
        return "plea"
    if kind == "mixed" and not only_names(content):
        return None
    if any(names_what(root) for root in roots(content)):
        # `defended what her office calls the "temporary" closures`: a thing by its name
        return "named-thing"
    # a transcript line after a name and colon is the speaker's own words, whatever their
    # shape (`LEE: Some of them, yes.`); a headline of that shape has no full stop
    transcript = method == "reported-colon"
    lenient = cue_class in ("speech", "thought")
    an_object = method.startswith((*_BY_OBJECT, *_BY_PASSIVE))
    if not transcript and not clause(content, lenient, an_object):
        return "no-clause"
    if question(content, cue, method, doc_text):
        return "question"
    if method.startswith("according-to") and relayed(content):
        return "relayed"
    return None


#: Methods of a direct quote with no cue of its own, whose speaker is borrowed from a quote
#: or a sentence near it (:mod:`quotes.inheritance`).
_BORROWED = ("previous-quote", "previous-sentence", "previous-turn", "last-speaker",
             "next-sentence")
#: Methods of a row whose content is a cue's object or the topic after its preposition.
_THING_OBJECT = ("reported-object", "reported-topic")
#: Methods of a row whose content is what a passive says of its subject.
_BY_PASSIVE = ("reported-passive",)
#: Methods of a row whose content the parse gives as the cue's object (`said the link
#: held …`, `reminded him of the evidence …`).
_BY_OBJECT = ("reported-object", "reported-topic", "reported-noun-topic")
#: Cues of perception: `noticed that`, `saw that`, `heard that`.
_PERCEIVING = word_list("perception-cues")


def perceived(cue: Token) -> bool:
    """Whether a cue reports what someone perceived, not what they said or hold: `It takes
    a while for anyone to notice that it is the princess`, `Neighbours saw the van leave
    at dawn`, `We heard that the mill would close` (the sentence is the writer's claim);
    not a view given with `as` (`She sees the levy as a tax on the young`)."""
    return cue.lemma_.lower() in _PERCEIVING and not any(
        c.lower_ == "as" for c in cue.children
    )


#: Verbs by which an official makes something so by saying it (`declared`).
_DECLARING = word_list("declaring-cues")
#: What such a declaration makes so (`elected`, `closed`, `the winner`).
_RESULTS = word_list("declared-results")


def declared_result(content: Span, cue: Token) -> bool:
    """Rule declared-result: whether a row is an official's declaration told in the
    writer's words, its object and the result it makes so with no verb of their own
    (`She declared Tobin Ashgrove duly elected`, `The chair declared the meeting
    closed`): an act, as a vote or a ruling told so is, not a claim; `She declared that
    the count had been fair` (a clause with its own verb group) stays a row."""
    # `The returning officer then declared Ilse Marr and Tom Beck elected.`
    if cue.lemma_.lower() not in _DECLARING:
        return False
    if any(t.lower_ == "that" and t.dep_ == "mark" for t in content):
        return False
    return any(
        (root.lower_ in _RESULTS or any(c.lower_ in _RESULTS for c in root.children))
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
        for root in roots(content)
    )


#: Cues that ask or request: what they report is a question or a request, not a claim.
_ASKING = word_list("asking-cues")


def check_scope(scope: str) -> Scope:
    """`scope` if it is one of :data:`SCOPES`, else a ValueError that names them."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; choose from: {', '.join(SCOPES)}")
    return scope  # type: ignore[return-value]


def select(
    quotes: Iterable[Quote], scope: Scope | None = "statements", min_confidence: float = 0.0
) -> list[Quote]:
    """The rows of a scope whose confidence is at least `min_confidence`, in order; with
    `scope` None, the rows of both scopes (each says which keeps it), for a caller that
    selects later."""
    if scope is None:
        return [q for q in quotes if q.confidence >= min_confidence]
    check_scope(scope)
    return [
        q
        for q in quotes
        if (q.attribution if scope == "all" else q.statement) and q.confidence >= min_confidence
    ]
