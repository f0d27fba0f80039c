"""Rows whose words make no claim to anyone, though a cue and a source go with them: a
chat line with no words of its sender, a plea to a charge, a record with no maker, words
worked into a thing. The default scope drops such rows (:func:`quotes.scope.dropped_by`);
`--scope all` keeps them.

- `empty_message`: a chat line that is only an emoji or the app's placeholder
  (`[21:58] Ana Ruiz: 👍`, `[22:04] Ana Ruiz: This message was deleted`);
- `procedure_line`: a radio log's line of procedure words only (`VICTORIA RADIO:
  Received. Out.`);
- `floor_call`: a chair's line that only gives the floor (`CHAIR: Senator Whitlock.`);
- `plea`: what a defendant admits or denies when it is the act charged (`admitted being
  in charge of a dog that was out of control`, `denies that it committed an offence`);
- `spoken_plea`: a plea in the defendant's words (`TE WHATA: Not guilty, Chairman.`);
- `set_formula`: set words of procedure that refuse or undo (`"I invoke my right not to
  answer, Madam Chair."`, `"I withdraw the word, Madam Speaker."`);
- `unmade_record`: a record that shows something, with no maker the text names
  (`…, court papers show.`, `…, their importers' paperwork shows.`);
- `inscribed`: words stitched, painted or carved into a work (`she stitched: "…"`, `a
  line the team painted on the wall: "…"`);
- `unknown_writer`: words someone unknown wrote on a thing (`Someone has written "SHAME"
  across it`), and `platform_note`: a note a platform's users add under a post (`A
  community note said …`), also by the heading the platform prints over it
  (`platform_note_label`: `Readers added context under the post: "…"`);
- `toast`: a toast's formula (`raised his glass: "To Ninwa and Sargon!"`);
- `rite`: the formula of an oath or a vow (`read the oath together: "I swear that I will
  …"`), and `operative_part`: the operative part of a ruling or a resolution (`"Declares
  article 3 void."`, `"RESOLVED: that the Clerk write …"`);
- `heading_label`: a page's heading before a colon, a thing's or a date
  (`Translator's note: …`, `Water story, March 6: …`);
- `exhortation`: a cue under `let us`, the writer urging the reader and herself
  (`Let us talk about "delivery" and "pipelines"`, `Let's say the council is right`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quotes.content_shape import roots
from quotes.deps import SUBJECT
from quotes.doc_memo import span_text
from quotes.exchanges import is_field_label
from quotes.language import table, word_list
from quotes.role_words import OFFICES, SOURCE_NOUNS
from quotes.source_words import AUTHORED, BODY_HEADS, COMPANY_WORDS, TIME_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: A verb and its subject that make the cue under them an exhortation (`let` `us`).
_EXHORTATIONS = frozenset(tuple(row) for row in table("exhortations"))
#: What a messaging app prints in place of a message (`This message was deleted`).
_PLACEHOLDERS = frozenset(" ".join(row).lower() for row in table("chat-placeholders"))
#: Cues of a plea to a charge: `admit`, `deny`.
_PLEA_CUES = word_list("plea-cues")
#: Nouns for what someone is charged with: `offence`, `crime`.
_OFFENCES = word_list("offence-nouns")
#: Pleas as said to a court, whole: `not guilty`.
_PLEA_FORMULAS = frozenset(" ".join(row).lower() for row in table("plea-formulas"))
#: How many words a form of address after a spoken plea may have (`your honour`).
_ADDRESS_WORDS = 3
#: Set words of procedure that refuse or undo (`i invoke my right`, `i withdraw the word`).
_SET_FORMULAS = tuple(" ".join(row).lower() for row in table("set-formulas"))
#: A sentence's end followed by more words: the quote says more than its formula.
_MORE_SENTENCES = re.compile(r"[.!?;:]\s*\S")
#: The opening words of an oath's, an affirmation's or a vow's formula (`i take you`).
_RITE_FORMULAS = tuple(" ".join(row).lower() for row in table("rite-formulas"))
#: The opening words of a ruling's or a resolution's operative part (`declares`).
_OPERATIVE = tuple(" ".join(row).lower() for row in table("operative-openings"))
#: Cues by which a record makes something plain: `show`, `reveal`.
_EVIDENCE_CUES = word_list("evidence-cues")
#: Records and works that may show something: `papers`, `paperwork`, `figures`.
_RECORDS = (
    word_list("record-nouns") | AUTHORED | word_list("document-kinds")
)
#: Verbs of words worked into a thing: `stitch`, `paint`, `carve`.
_INSCRIBING = word_list("inscribing-verbs")
#: Pronouns for a writer the text does not know: `someone`.
_UNKNOWN_WRITERS = word_list("unknown-writers")


def _said(content: Span) -> str:
    """A row's words without the spaces and quote marks around them."""
    return span_text(content).strip().strip("\"'“”‘’").strip()


def empty_message(content: Span) -> bool:
    """Rule empty-message: whether a row's words hold no word of its sender, a chat line
    that is only an emoji or a reaction (`[21:58] Ana Ruiz: 👍`) or what the app prints
    in place of a message (`This message was deleted`, :data:`_PLACEHOLDERS`)."""
    words = _said(content)
    if not any(c.isalnum() for c in words):
        return True
    return words.rstrip(".").lower() in _PLACEHOLDERS


#: Phrases of radio procedure (`received`, `out`, `over and out`), one line each.
_PROCEDURE_PHRASES = frozenset(" ".join(row) for row in table("procedure-words"))
#: What cuts a radio line into its phrases.
_PROCEDURE_BREAKS = re.compile(r"[.,!;]+")


def procedure_line(content: Span, method: str) -> bool:
    """Rule procedure-line: whether a transcript line of radio traffic is procedure
    words only, each piece between full stops or commas a phrase of
    :data:`_PROCEDURE_PHRASES`, which acknowledge or close a call and tell no one
    anything: the coast station's `Received. Out.` after a ship's report (guideline row on
    radio logs). Only a labelled line (`transcript`): a quote a cue gives keeps its
    row."""
    # `0452 HARBOUR CONTROL: Received. Out.` / `PILOT BOAT: Roger, over.`
    if not method.startswith("transcript"):
        return False
    pieces = [p.strip().lower() for p in _PROCEDURE_BREAKS.split(content.text)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(p in _PROCEDURE_PHRASES for p in pieces)


#: Most words of a name with its title or office that a chair calls (`Prime Minister
#: Ana Ruiz.`).
_FLOOR_CALL_WORDS = 5


def floor_call(content: Span, method: str) -> bool:
    """Rule floor-call: whether a transcript line is only the name of the next speaker
    with a title or an office before it and a full stop, the chair giving the floor in a
    record (`CHAIRPERSON ITO: Prime Minister Ishiwata.`, `CHAIR: Senator Whitlock.`): it
    tells no one anything. Only a labelled line (`transcript`); a name alone (`Agreed.`,
    `No.`) is an answer and stays, and so does a name asked (`Ms Ruiz?`)."""
    # `The CHAIR: Minister Ruiz.` / `CHAIRPERSON: Mr Tanaka.`
    if not method.startswith("transcript"):
        return False
    line = content.text.strip()
    words = line.removesuffix(".").split()
    return (
        line.endswith(".")
        and 1 < len(words) <= _FLOOR_CALL_WORDS
        and words[0].lower() in OFFICES
        and all(w[:1].isupper() for w in words)
    )


def plea(content: Span, cue: Token | None) -> bool:
    """Rule plea: whether a row is a defendant's plea to the act charged, not a claim:
    `admitted` or `denies` (:data:`_PLEA_CUES`) with an `-ing` clause of the cue's own
    subject (`Ivo Lund, 52, admitted being in charge of a horse that was loose on the
    road`, `denied assaulting a taxi driver`) or a clause that someone committed an
    offence (`Harbour Lets denies that it committed an offence`). What a defendant says
    about the events (`denied that the van had been his`) stays a statement."""
    if cue is None or cue.lemma_.lower() not in _PLEA_CUES:
        return False
    for root in roots(content):
        if root.tag_ == "VBG" and not any(c.dep_ in SUBJECT for c in root.children):
            return True
        if root.lemma_.lower() == "commit" and any(
            c.dep_ == "dobj" and c.lower_ in _OFFENCES for c in root.children
        ):
            return True
    return False


def spoken_plea(content: Span) -> bool:
    """Rule spoken-plea: whether a row's words are only a plea as a defendant says it,
    with at most a form of address after a comma (`TE WHATA: Not guilty, Chairman.`,
    `"Guilty, your honour," he said.`, :data:`_PLEA_FORMULAS`): a plea, like `pleaded
    not guilty` in the writer's words, makes no claim. Words after it that say more
    stay a statement (`"Not guilty of anything but being late," he said.`, `"Guilty,
    but only of trusting the wrong man."`)."""
    said, _, address = _said(content).partition(",")
    return (
        said.rstrip(".!").strip().lower() in _PLEA_FORMULAS
        and len(address.split()) <= _ADDRESS_WORDS
    )


def set_formula(content: Span) -> bool:
    """Rule set-formula: whether a row's words are only set words of procedure that
    refuse to answer or undo a word, with at most a form of address after a comma: a
    witness invoking the right not to answer (`"I invoke my right not to answer that,
    Madam Chair," he said.`), a member withdrawing an unparliamentary
    word at the chair's request (`"I withdraw the word, Madam Speaker," she said.`,
    :data:`_SET_FORMULAS`). They claim nothing, like a plea; the word withdrawn, said
    before, stays its row. Words after the formula that say more keep the row (`"I
    withdraw the word, but the minister still misled the House."`)."""
    said, _, address = _said(content).partition(",")
    words = " ".join(said.rstrip(".!").lower().split())
    return (
        len(address.split()) <= _ADDRESS_WORDS
        and not _MORE_SENTENCES.search(words)
        and any(words == f or words.startswith(f + " ") for f in _SET_FORMULAS)
    )


def unmade_record(speaker: Span, cue: Token | None, name: str | None) -> bool:
    """Rule unmade-record: whether a row's source is a record that `shows` or `reveals`
    something with no maker the text names (`Seaway Freight owes its bank $4 million,
    court papers show`, `…, their importers' paperwork shows`): evidence the writer
    cites, no one's statement. A record whose maker the text names is its maker's row
    (`figures published by the ministry show …`, resolved to the ministry; `USDA data
    showed …`, the maker in the mention); a person or
    a body that shows something (`the minister showed that …`) is no record
    (:data:`_RECORDS`)."""
    head = speaker.root
    return (
        cue is not None
        and cue.lemma_.lower() in _EVIDENCE_CUES
        and (head.lemma_.lower() in _RECORDS or head.lower_ in _RECORDS)
        and not any(t.pos_ == "PROPN" for t in speaker)
        and (name is None or head.lower_ in name.lower().split())
    )


def unknown_writer(speaker: Span, cue: Token | None) -> bool:
    """Rule unknown-writer: whether a row is words written by someone the text does not
    know (`Someone has written "SHAME" across it in marker.`, :data:`_UNKNOWN_WRITERS`):
    a graffito, no claim anyone the text names makes, like an unsigned leaflet."""
    # `Someone had scrawled "LIARS" on the door of the council offices.`
    return (
        cue is not None
        and (cue.lemma_.lower() == "write" or cue.lemma_.lower() in _INSCRIBING)
        and speaker.root.lower_ in _UNKNOWN_WRITERS
    )


#: Notes a platform's users add under a post: (`community`, `note`).
_PLATFORM_NOTES = frozenset(tuple(row) for row in table("platform-notes"))


def platform_note(speaker: Span) -> bool:
    """Rule platform-note: whether a row's source is a note that a platform's unnamed users
    add under a post (`A community note added on Tuesday said the figure was "made up"`,
    :data:`_PLATFORM_NOTES`): unsigned, its writers not established, like an unsigned
    leaflet; the post it sits under stays its author's."""
    return is_platform_note(speaker.root)


def is_platform_note(noun: Token) -> bool:
    """Whether a noun and its modifier name a platform's note (`community note`,
    :data:`_PLATFORM_NOTES`)."""
    head = noun.lemma_.lower()
    return any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower(), head) in _PLATFORM_NOTES
        for c in noun.children
    )


#: Headings a platform prints over a note its users added (`readers added context`).
_NOTE_LABELS = tuple(" ".join(row).lower() for row in table("platform-note-labels"))


def platform_note_label(content: Span | None, speaker: Span, cue: Token | None) -> bool:
    """Rule platform-note-label: whether a row is a platform's note told by the heading
    the platform prints over it (:data:`_NOTE_LABELS`), quoted with the note (`a
    community note had been added under the post: "Readers added context: the photo is
    from 2019."`) or as the writer's subject, verb and object (`Readers added context
    under the post: "The photo is from 2019."`): unsigned, like a note
    :func:`platform_note` finds by its name."""
    if content is not None:
        words = " ".join(_said(content).replace(":", " ").lower().split())
        if any(words.startswith(label + " ") for label in _NOTE_LABELS):
            return True
    if cue is None:
        return False
    objects = [c.lower_ for c in cue.children if c.dep_ == "dobj"]
    told = [f"{speaker.root.lower_} {cue.lower_} {obj}" for obj in objects]
    return any(phrase in _NOTE_LABELS for phrase in told)


def inscribed(cue: Token | None) -> bool:
    """Rule inscribed: whether a row's words were stitched, painted or carved into a
    thing (`Under the boat, she stitched: "WE WALKED FOR THREE NIGHTS."`, `a line the
    staff painted on the door: "…"`): part of the work, like its title, not a claim its
    maker makes to anyone (what she says about the work is)."""
    return cue is not None and cue.lemma_.lower() in _INSCRIBING


#: Words that open a toast (`To …!`).
_TOAST_OPENERS = word_list("toast-openers")


def toast(content: Span) -> bool:
    """Whether a direct quote is a toast's formula: `To` and whom it honours, with no
    verb, ended by an exclamation mark (`The best man raised his glass: "To Ninwa and
    Sargon!"`), which wishes and claims nothing; not a sentence that opens with `To`
    (`"To be honest, we lost," he said`)."""
    words = [t for t in content if not t.is_punct]
    return (
        len(words) > 1
        and words[0].lower_ in _TOAST_OPENERS
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
        and content.text.rstrip("\"'”’ ").endswith("!")
    )


def rite(content: Span) -> bool:
    """Rule rite: whether a direct quote is the formula of an oath, an affirmation or a
    vow as a rite puts or takes it (`The new citizens read the oath together: "I swear
    that I will be faithful …"`, `"I take you, Ana, to be my wife," the groom said`,
    :data:`_RITE_FORMULAS`): the words bind the one who says them and claim nothing."""
    return _opens_with(content, _RITE_FORMULAS)


def operative_part(content: Span) -> bool:
    """Rule operative-part: whether a direct quote is the operative part of a ruling or a
    resolution, quoted after its reasoning or in the minutes (`Its operative part reads:
    "To recognise that Article 7 is in conflict with the Constitution."`, `before
    concluding: "Declares article 3 void."`, `The minutes end: "RESOLVED: that the Clerk
    write to the council."`, :data:`_OPERATIVE`): the ruling or the decision itself, an
    act, as a ruling told in the writer's words is; the reasoning before it (`Considering
    that …`) is the court's statement."""
    return _opens_with(content, _OPERATIVE)


def _opens_with(content: Span, openings: tuple[str, ...]) -> bool:
    """Whether a row's words, in lower case and without commas, open with one of
    `openings` (whole words)."""
    words = " ".join(_said(content).replace(",", " ").lower().split())
    return any(words == f or words.startswith(f + " ") for f in openings)


@lru_cache(maxsize=1)
def speaker_heads() -> frozenset[str]:
    """The common nouns that can head a speaker's label, so that a colon line under one
    is a voice, not a page's heading (`Union leader: …`, `IG report: …`): offices and
    roles (:data:`quotes.role_words.OFFICES`), the people a story quotes as a group
    (:data:`quotes.role_words.SOURCE_NOUNS`), kinds of organisation and the words that
    stand for a body (:data:`~quotes.source_words.BODY_HEADS`, `they-nouns`,
    `company-words`), and works and polls, which speak for their makers
    (:data:`~quotes.source_words.AUTHORED`, `poll-nouns`)."""
    others = word_list("they-nouns") | COMPANY_WORDS | word_list("poll-nouns")
    return OFFICES | SOURCE_NOUNS | BODY_HEADS | others | AUTHORED




def heading_label(speaker: Span) -> bool:
    """Whether the speaker of a colon line (`reported-colon`) is a page's heading, not a
    voice: a thing's common noun written in lower case that no one who speaks is called
    by (`Club news: our fours won`, `This week's puzzle: White to play and win`; not an
    office, a role, a group of sources, a body or a work: `Union leader: …`, `IG
    report: …`, :func:`speaker_heads`), a month and its day that head a dated entry
    (`Water story, March 6: We misspelled …`), or someone's note, a field's word with a
    possessive (`Translator's note: the interview was in French`); a thing's noun
    capitalised only as the sentence's first word is one too (`Race 6: …`, `Sunday
    Masses: …`, rule capitalised-heading). Research annotation
    counts such lines as the label's (`The result: …`), so `--scope all` keeps them."""
    head = speaker.root
    doc = speaker.doc
    if head.lower_ in TIME_WORDS and speaker.end < len(doc) and doc[speaker.end].like_num:
        return True
    if is_field_label(head.lower_) and any(c.dep_ == "poss" for c in head.children):
        return True
    # `Race 6: The Selangor Gold Cup …`, `Sunday Masses: 6.30 am …`: a capital on the
    # label that opens its sentence is the heading's, not a name's (a label in capitals,
    # `GUEST:`, is a transcript's speaker)
    opens = speaker[0].is_sent_start or (speaker.start and doc[speaker.start - 1].is_space)
    return (
        head.pos_ == "NOUN"
        and (head.is_lower or (opens and head.is_title))
        and head.lemma_.lower() not in speaker_heads()
    )


#: Nouns of what was found or answered, which stand for its maker before a colon.
_FINDINGS = word_list("heading-findings")


def aimed_heading(speaker: Span) -> bool:
    """Rule aimed-heading: a colon line's label that is a page's heading
    (:func:`heading_label`) naming an aim, a task or a topic rather than a finding or
    a reply (`The goal: to draw big audiences`, `Its job: to help voters register`, `A
    bigger issue: is the team ready?`): the writer's own framing of the words after it,
    which no annotation gives a source, so no row in either scope. A finding or an
    answer (`The result: …`, `Her answer: …`) stands for whoever made it, and research
    annotation counts the line as the label's. Only a common noun written in lower case:
    a dated entry's heading or a capitalised one (`Water story, March 6: …`, `Race 6:
    …`) may head a correction or a record whose own sentence has a source, which the
    colon line's row keeps apart."""
    head = speaker.root
    return (
        head.pos_ == "NOUN"
        and head.is_lower
        and heading_label(speaker)
        and head.lemma_.lower() not in _FINDINGS
    )


def exhortation(cue: Token | None) -> bool:
    """Rule exhortation: a cue whose subject is `us` under `let` (`Let us talk about
    "delivery" and "pipelines"`, `Let's say the council is right`): the writer urging
    the reader and herself to speak, no one's statement, whatever the words after it."""
    if cue is None or cue.head is cue:
        return False
    verb = cue.head.lemma_.lower()
    return any(c.dep_ == "nsubj" and (verb, c.lower_) in _EXHORTATIONS for c in cue.children)
