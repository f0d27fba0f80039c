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
  thing there is a season"`, `Quoting Psalm 96, "…"`) or sung (`Her first single opens:
  "The ferry's late …"`, `they sang as they worked: "…"`; :mod:`quotes.read_out`);
- a cry from a place, not from anyone the text names (`"Rubbish!" came a
  voice from the benches`);
- a question fixed in advance that a poll, a ballot or a form puts (`A poll of 2,000
  workers asked: "Would you …?"`, `The ballot question reads: "…"`), and a message a
  program sends by itself (`the app showed an automatic warning: "…"`;
  :mod:`quotes.fixed_texts`);
- a source that is a noun the cue only describes (`groups backing her`, `the first union
  to back the deal`), and a phrase of purpose after a whole sentence that the parser
  read as its source (`Tenants filled the hall, most of them to complain about the
  rents`; :func:`quotes.reported_scope.trailing_infinitive`);
- a question or a request (`She asked that her name not be used`, `We asked the
  council why …`, a thing quoted whole after `asked for`: `The casting call asked for
  "an actress, 25–35, …"`): what an asking verb reports is never a claim; nor is an order or a
  demand in the subjunctive, whatever the cue (`It ruled that the map be replayed`);
- a source that relays someone else's statement (`According to local media, the
  ministry announced that …`);
- the writer's own view (`I thought readers might like some good news`), her own
  words quoted again (`As we wrote in these columns in 2019, "…"`), a work or a record
  of her own (`Our report said the fire began in the kitchen`, `Our reporter's recording
  shows that he did`), the paper's report a reader's letter quotes back to it (`Your
  report on Monday said …`), what she says readers ought to know (`your readers should
  know that …`) and a claim an interviewer puts to the one interviewed before her
  question (`The company says the ship had to go. Is that not true?`,
  :mod:`quotes.interview_questions`);
- a thing that a stance is aimed at, quoted only as the name it goes by (`defended what
  her office calls the "temporary" closures`);
- a word discussed as a word, quoted whole after a verb of choosing it (`The report
  avoids the term "crisis", preferring "pressure"`) or after a noun for a word (`He
  repeated the word "unacceptable"`), a dedication (`"Dedicated to the men of the
  pit"`) and a charge quoted as what a plea admits (`admitted "failing to stop"`;
  :mod:`quotes.named_words`);
- every quote of a mock report under a satire label that opens the page (`SATIRE` ¶
  `…` ¶ `"…," the mayor said`; :mod:`quotes.satire`);
- the mood of a crowd of no one in particular given as a reason (`Shares fell as
  investors worried that …`);
- a thing come upon, not a finding (`The letters were found by her niece`), a state
  come upon (`found the gate locked`), and what someone perceived (`Staff noticed that
  the alarm was off`);
- words the subject was given, not gave (`Callers received a recorded message: "…"`);
- words that make no claim to anyone (:mod:`quotes.no_claims`): a chat line that is only
  an emoji or `This message was deleted`, a radio line of procedure words only
  (`Received. Out.`), a chair's set words of procedure (`"Order, order."`, `"The debate
  is closed."`, :mod:`quotes.chair_calls`), a plea to a charge (`admitted being in
  charge of a dog that was out of control`, or said: `Not guilty, Chairman.`), set words
  of procedure that refuse or undo (`"I invoke my right not to answer"`, `"I withdraw
  the word"`), a spokesperson's refusal to answer quoted on its own (`"I'd refer you to
  the campaign"`, :mod:`quotes.refusals`), a record with no maker named (`…, court
  papers show.`), a message or an
  image the text says has no maker's name on it (`A message …, which carries no name,
  says …`, :mod:`quotes.nameless_texts`), words stitched or painted into a work (`she
  stitched: "…"`) or written by someone the text does not know (`Someone has written
  "SHAME" across it`), a toast (`"To Ninwa and Sargon!"`), a greeting quoted on its own
  (`"Good morning, Chair," she began`, :mod:`quotes.greetings`), the formula of an oath
  or a vow (`"I swear that I will be faithful …"`), the operative part of a ruling or a
  resolution (`"Declares article 3 void."`), and a decision's line read out that imposes
  a penalty or a rank (`The line below it reads: "Boat 4 is disqualified."`,
  :mod:`quotes.decision_lines`), and a bulleted point of advice (`The fire service
  reminds residents:` ¶ `- Test smoke alarms monthly.`, :mod:`quotes.advice_points`);
- an instruction, not a claim: what a memo or a person tells others to do (`It tells
  candidates to spend "at least three days a week" …`), a document's orders quoted as
  imperatives (`It also tells candidates: "Do not engage with reporters."`) and a public
  notice's orders to its readers (`The recall notice reads: "Do not eat the product."`;
  :mod:`quotes.instructions`);
- a law's wording: a numbered part of a law named with it (`Article 12 of the
  constitution states that …`) and a text that lays down with `shall` (`The article
  reads: "… The State shall grant …"`; :mod:`quotes.law_texts`), and what the document
  laying a criminal charge alleges (`The indictment alleges that …`; :mod:`quotes.record_acts`);
- the writer's translation of a quotation after a dash or in brackets after its cue
  (`It reads "Paid â'n cau ni" — "Don't close us".`; :mod:`quotes.translations`);
- words set off after the thing that carries them (:mod:`quotes.set_off_texts`): a
  community note after a colon (`A community note had been added under the post: "…"`),
  a sign's words after a colon that no one is given as saying, and a work's name set off
  by commas before the one who speaks in it (`a documentary about itself, "Los del
  Puente", in which Ledesma explains that …`);
- a page's heading before a colon, a thing's or a date (`Translator's note: …`, `Water
  story, March 6: …`);
- a publication's notice about itself (`Correction: an earlier post said …`, a column's
  standing notice to its readers: `Questions for this column can be sent to …`), a fact
  check's line stating the claim it checks (`CLAIM: The mayor said …`), a pull
  quote that repeats words said elsewhere in the text, a script's outcue that repeats
  the last words of the clip before it (`OUTCUE: "... fill a bucket."`), the name a
  letter is signed with (`It was signed: "The staff of Ward 9"`), and a work's
  title that a passive says is published or written by someone (`"The Salt Road" is
  published by …`).

The rules that read the page's lines around a row, not its parse (a notice, a pull
quote, an outcue, a headline, the title), are in :mod:`quotes.page_lines`; those whose
source is the writer, a work of hers or a thing pointed back to are in
:mod:`quotes.writer_voice`; the last step for a direct quote, its place on the page, in
:mod:`quotes.direct_scope`; the last steps for reported speech, its source and its shape,
in :mod:`quotes.reported_scope`.

Where a rule about a record or a document goes (a law, an order, minutes, an
indictment, a memo, a notice; two helpers once wrote the same rule in two of these
places): by what it reads and which rows it drops.

- The source alone, for direct quotes and reported speech alike (the words of a law,
  `The bill states …`, :func:`quotes.law_texts.law_text`; a record with no maker named,
  :func:`quotes.no_claims.unmade_record`): step 2 here, :func:`_by_speaker`.
- The words alone, whoever says them (a law's `shall`, a memo's or a notice's orders,
  `Do not eat the product.`, :mod:`quotes.instructions`; a ruling's operative part):
  step 3, :func:`quotes.content_scope.by_content`.
- Reported speech only, its source with the clause or the rule that found it (what an
  indictment alleges, a meeting's act `according to the minutes`,
  :mod:`quotes.record_acts`): step 4, :func:`quotes.reported_scope.reported_by_source`;
  by the cue and the clause's shape, step 5, ``reported_by_shape``.

Before adding one, grep these modules and their word lists for the document's kind: a
rule that reads the same document belongs beside the one already there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, get_args

from quotes.content_scope import by_content
from quotes.crowd_voices import chorus
from quotes.direct_scope import _direct_by_page
from quotes.fiction_lines import character_line, played_part, work_opening
from quotes.fixed_texts import machine_message, put_question
from quotes.generic_sources import generic_source
from quotes.law_texts import law_text
from quotes.named_words import title_source
from quotes.nameless_texts import nameless_text
from quotes.naming import name_given
from quotes.naming_terms import described_thing, known_by_name, quoted_name_given
from quotes.no_claims import (
    exhortation,
    inscribed,
    platform_note,
    platform_note_label,
    unknown_writer,
    unmade_record,
)
from quotes.not_said import displayed, machine_voice, text_speaks, unmade_text
from quotes.overlaps import without_overlaps
from quotes.read_out import titled_work_opening
from quotes.records import Quote, QuoteType
from quotes.reported_scope import reported_by_shape, reported_by_source
from quotes.review_plots import plot_line
from quotes.satire import in_satire
from quotes.set_off_texts import display_before_colon
from quotes.unasserted import denied_cue, habitual, hypothetical, received

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Scope = Literal["statements", "all"]
#: The scopes, the default first.
SCOPES: tuple[str, ...] = get_args(Scope)


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

    The rules run in named steps by what they read: the cue (:func:`_by_cue`), the
    source (:func:`_by_speaker`), the words whoever says them
    (:func:`quotes.content_scope.by_content`), then a direct quote's place on the page
    (:mod:`quotes.direct_scope`) or reported speech's source and shape
    (:mod:`quotes.reported_scope`).
    """
    if content is not None and in_satire(doc_text, content.start_char):
        return "satire"  # `SATIRE` ¶ `…` ¶ `"Buses are a twentieth-century idea," the mayor said.`
    dropped = _by_cue(kind, content, cue, method)
    if dropped is None and speaker is not None:
        dropped = _by_speaker(kind, content, cue, speaker, name)
    if dropped is None and content is not None:
        dropped = by_content(doc_text, kind, content, cue, speaker, method)
    if dropped is not None:
        return dropped
    if kind == "direct" and content is not None and display_before_colon(content, name):
        return "displayed"  # `a tree with a sign around its trunk: "Please do not widen me."`
    if kind == "direct":
        return _direct_by_page(doc_text, content, cue, speaker, method)
    if speaker is None or content is None:
        return "unsourced" if speaker is None else "headline"
    return reported_by_source(doc_text, content, cue, speaker, method) or reported_by_shape(
        doc_text, kind, content, cue, speaker, method, cue_class
    )


def _by_cue(kind: QuoteType, content: Span | None, cue: Token | None, method: str) -> str | None:
    """Step 1, the cue: one under which nothing is claimed (a name given, words
    inscribed, an exhortation, a condition, words the subject was given, a cue the
    sentence denies)."""
    if name_given(kind, content, cue, method):
        return "name-given"
    if quoted_name_given(kind, content, cue):
        return "name-given"  # `Georgians call the technique "minankari"`
    if described_thing(content, cue, method):
        return "described-thing"  # `Palaeontologists have described a new species`
    if cue is not None and known_by_name(cue):
        return "name-given"  # `the striker everyone has known since he was 12 as Tiki, …`
    if inscribed(cue):
        return "inscribed"
    if exhortation(cue):
        return "exhortation"
    if hypothetical(cue):
        return "hypothetical"
    if habitual(cue):
        return "habitual"  # `When a client asked, he would say that the mountain decided.`
    if received(cue):
        return "received"
    if denied_cue(cue):
        return "denied-cue"
    return None


def _by_speaker(
    kind: QuoteType, content: Span | None, cue: Token | None, speaker: Span, name: str | None
) -> str | None:
    """Step 2, the source: one that makes no statement (a sign, a chorus, a text read out,
    a machine, a law, a record or a writer the text does not know, a platform's note)."""
    if displayed(speaker, cue) or unmade_text(speaker, cue, name, content):
        return "displayed"
    if generic_source(speaker, cue):
        return "generic-source"  # `Every government promises "joined-up thinking"`
    if chorus(speaker, cue, content if kind == "direct" else None):
        return "chorus"
    if text_speaks(speaker) or work_opening(speaker, cue, content) or character_line(speaker, cue):
        return "recited"
    if played_part(speaker, name):
        return "recited"  # `"…," Sheriff Ada Brenner (played by Kate Moss-Irving) warns.`
    if plot_line(speaker, cue):
        return "recited"  # a theatre review: `Later Dato, the son, shouts: "…"`
    if title_source(speaker):
        return "work-title"  # `The play's title, "…", comes from a line: "…"`
    if titled_work_opening(speaker, cue):
        return "recited"
    if machine_voice(speaker):
        return "machine-voice"
    if machine_message(speaker, cue):
        return "machine-message"  # `the app showed an automatic warning: "…"`
    if put_question(speaker, cue):
        return "put-question"  # `The ballot question reads: "Do you approve …?"`
    if law_text(speaker):
        return "law-text"
    if unmade_record(speaker, cue, name):
        return "unmade-record"
    if unknown_writer(speaker, cue):
        return "unknown-writer"
    if nameless_text(speaker):
        return "nameless-text"  # `A message …, which carries no name, says …`
    if platform_note(speaker) or platform_note_label(content, speaker, cue):
        return "platform-note"
    return None


def check_scope(scope: object) -> Scope:
    """`scope` if it is one of :data:`SCOPES`, else a ValueError that names them, or a
    TypeError naming the argument for what is no text: ``quotes.extract(text,
    scope=None)`` gave the rows of both scopes, overlapping, without a word."""
    if not isinstance(scope, str):
        raise TypeError(f"scope is one of {', '.join(map(repr, SCOPES))} "
                        f"(default {SCOPES[0]!r}), got {scope!r}")
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; choose from: {', '.join(SCOPES)}")
    return scope  # type: ignore[return-value]


def select(
    quotes: Iterable[Quote], scope: Scope | None = "statements", min_confidence: float = 0.0
) -> list[Quote]:
    """The rows of a scope whose confidence is at least `min_confidence`, in order; in the
    statements scope no two overlap (:func:`~quotes.overlaps.without_overlaps`), while
    `all` keeps an attribution nested in another's content, as PolNeAR annotates it
    (`ordered to repay customers after the watchdog found it had misled them`); with
    `scope` None, the rows of both scopes (each says which keeps it), for a caller that
    selects later."""
    if scope is None:
        return [q for q in quotes if q.confidence >= min_confidence]
    check_scope(scope)
    rows = [
        q
        for q in quotes
        if (q.attribution if scope == "all" else q.statement) and q.confidence >= min_confidence
    ]
    return rows if scope == "all" else without_overlaps(rows)
