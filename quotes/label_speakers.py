"""Who the labels of a transcript are: whether a label is one person's turn, so that its
lines are rows (a name the text knows, an office, capitals after a courtesy title, a label
that takes turns with another), and whether a label in capitals is a section's or a
dateline's rather than a speaker's.

Kept apart from finding the labelled lines (:mod:`quotes.transcripts`), which reads the
text's layout, because these steps read the document's people and its parse; the
interview's asker and answerer come from :mod:`quotes.interview_roles`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Doc, Span

from quotes.exchanges import is_chorus, is_field_label
from quotes.full_names import FullNames
from quotes.genders import gender_of_given, is_given_name
from quotes.language import word_list
from quotes.name_keys import initials, name_parts
from quotes.name_spans import surname_key
from quotes.role_words import is_office
from quotes.transcripts import LABEL_OPENERS, TranscriptLine, numbered_voice

#: Labels of a script's own unnamed voice (`NARRATOR`), whose lines are no one's rows
#: (:func:`narrator`).
_NARRATORS = word_list("narrator-labels")
#: Labels of a broadcast package script's own copy and production lines (`ANCHOR`,
#: `REPORTER V/O`, `SUPER`), no one's turn either (:func:`narrator`).
_SCRIPT_LABELS = word_list("script-labels")
#: Labels of those a presenter talks with on air (`GUEST`, `CALLER`;
#: :func:`presenter_with_guests`).
_CONVERSATION_PARTIES = word_list("conversation-parties")
#: Speakers of the first and second person: `I said` in a turn is the label's own speech.
_OWN_VOICE = word_list("writer-pronouns") | word_list("addressee-pronouns")


class LabelPeople:
    """The people the parser found in a document, as labels are checked against them
    (:func:`~quotes.exchanges.exchange_lines`, :func:`speaking_label`): read once, when a
    label first asks."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def surnames(self) -> set[str | None]:
        """The surname keys of the people the text names."""
        return {surname_key(e) for e in self.doc.ents if e.label_ == "PERSON"}

    def surnames_apart(self, label: Span) -> set[str | None]:
        """Rule label-named-elsewhere: the surname keys of the people the text names
        outside `label`, a dateline's label that the tagger alone may read as a person's
        name (`KOTA BELUD: A farmer …`), which names no one unless the text does so
        elsewhere (`NAYAR:` for a `Priya Nayar` the introduction names)."""
        return {
            surname_key(e)
            for e in self.doc.ents
            if e.label_ == "PERSON" and (e.end <= label.start or e.start >= label.end)
        }

    @cached_property
    def initials(self) -> set[str]:
        """The initials of the people the text names in two words or more."""
        return {
            found
            for e in self.doc.ents
            if e.label_ == "PERSON" and " " in e.text.strip()
            for found in initials(e.text)
        }

    @cached_property
    def given_names(self) -> set[str]:
        """The first words, in lower case, of the names the text writes in two words or
        more: a person's the tagger found, or any run of capitalised proper nouns in
        ordinary case (`Warunee Kittisak`, whose name the tagger may read as no
        person's)."""
        found = {
            e[0].lower_ for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1
        }
        found.update(
            t.lower_
            for t, after in zip(self.doc, self.doc[1:], strict=False)
            if t.pos_ == "PROPN" and after.pos_ == "PROPN" and t.is_title and after.is_title
        )
        return found

    @cached_property
    def full_names(self) -> FullNames:
        """The full names the text gives, for the shorter forms a label may take."""
        return FullNames(self.doc)

    def names(self, label: str) -> bool:
        """A courtesy title or article before a name (`Hon. Tom Wells`, `The Speaker`),
        an office or role (`Moderator`), a name the text knows (:func:`names_someone`),
        a short form of one that is not its last word (`Benavides` for `Rocío Benavides
        Ortega`, who goes by her first surname: :class:`~quotes.full_names.FullNames`),
        or the initials of one (`RA` for Rosalind Achterberg, as an interviewer's label)."""
        words = label.split()
        if len(words) > 1 and words[0].lower().strip(".") in LABEL_OPENERS:
            return True
        return (
            is_office(label)
            or names_someone(label, self.surnames)
            or (label.isupper() and label in self.initials)
            or self.full_names.expanded(label) != label
        )


def speaking_label(
    line: TranscriptLine,
    takers: set[str],
    surnames: set[str | None],
    given: set[str] = frozenset(),  # type: ignore[assignment]
) -> bool:
    """Whether a label (not `Q`/`A`) is one person's, so that its lines are rows: a
    name the text knows (:func:`names_someone`), the given name of one it names in full
    (:func:`_given_name_of_named`; `given` are their keys), a given name and a surname
    (:func:`_given_name_label`), capitals after a courtesy title or an
    article, as a record writes a member or an office (`Ms Z NDLOVU`, `DR. OKAFOR`, `The
    CHAIRPERSON`), a full name with a role after a comma (`ANA RUIZ, CURATOR`), an
    office or role (`SPEAKER`, `MINISTER OF FINANCE`), a numbered voice (`HOST 2`,
    :func:`~quotes.transcripts.numbered_voice`), the sender a message's note
    names (`Doina` of `VOICE NOTE (Doina, Florești)`), or any label that takes turns
    with another (`DISPATCHER` … `CALLER` … `DISPATCHER`: one of ``takers``,
    :func:`turn_takers`). Not a chorus (`Hon MEMBERS`) or a field (`VERDICT`); a
    script's own voice is no one's either (:func:`narrator`, asked first by the
    attributor, as it holds for the labels of an exchange too)."""
    text = line.label.text
    words = [w.lower().strip(".") for w in text.split()]
    if is_chorus(text) or is_field_label(text):
        return False
    if names_someone(text, surnames) or (len(words) > 1 and words[0] in LABEL_OPENERS):
        return True
    if _given_name_label(line.label) or _given_name_of_named(text, given):
        return True
    if (line.role and len(words) > 1) or line.sender or _party_label(text, takers):
        return True
    if numbered_voice(text):
        return True  # `HOST 2: …`, one of two hosts, however few her turns
    return is_office(text) or text in takers


def _party_label(label: str, takers: set[str]) -> bool:
    """Rule party-label: whether a label is a studio guest's or a caller's
    (:data:`_CONVERSATION_PARTIES`) in a transcript whose labels take turns, as a
    phone-in's caller speaks once between the presenter's lines (`CALLER: Hello, Jenny.
    We're a family of four …`); the introduction names the holder."""
    words = label.split()
    return bool(takers) and bool(words) and words[-1].lower() in _CONVERSATION_PARTIES


def narrator(label: str) -> bool:
    """Rule narrator-label: whether a label is a script's own unnamed voice
    (:data:`_NARRATORS`), as an audio guide's `NARRATOR: You are standing in front of the
    crown …` reads the museum's text: the text's own words, no one's statement, though
    the people it reports (`The director says that …`) are rows of their own; so are a
    package script's labels (:func:`script_label`)."""
    # `NARRATOR: The curator, Ana Ruiz, says the loom is older than the house.`
    words = label.split()
    return (bool(words) and words[-1].lower() in _NARRATORS) or script_label(label)


def script_label(label: str) -> bool:
    """Rule script-label: whether a label heads a line of a television news package
    script that is no one's turn (:data:`_SCRIPT_LABELS`): the anchor's introduction
    and the reporter's voice-over and piece to camera are the channel's own copy, as a
    narrator's lines are the script's, and the caption naming who speaks next and the
    clip under it are production labels (the clip is read by
    :func:`quotes.page_shapes.clips`)."""
    # `ANCHOR: A fisherman has landed …` ¶ `REPORTER V/O: The port says …` ¶ `SUPER: …`
    words = re.sub(r"\s*/\s*", "/", label).split()
    return bool(words) and words[-1].lower() in _SCRIPT_LABELS


def presenter_with_guests(label: str, takers: set[str]) -> bool:
    """Rule presenter-with-guests: whether a script label (`PRESENTER`, `ANCHOR`;
    :func:`script_label`) heads the presenter's own turns in a talk programme's
    transcript, not a station's copy: it comes back after another label's turn and one
    of the labels it takes turns with is a studio guest's or a caller's
    (:data:`_CONVERSATION_PARTIES`), as a phone-in's presenter asks and answers between
    them. A news package's anchor, between a reporter's lines and named clips, still
    reads the station's copy."""
    # `PRESENTER: When did you last look at a flat?` ¶ `GUEST: Last month.` ¶ `PRESENTER: …`
    return (
        label in takers
        and script_label(label)
        and any(
            other != label and other.split()[-1].lower() in _CONVERSATION_PARTIES
            for other in takers
        )
    )


def section_label(
    label: str, start: int, end: int, doc: Doc, attributions: Iterable[tuple[int, int]]
) -> bool:
    """Whether a label in capitals that opens a line from character `start` to `end`
    names where the line comes from, not who speaks it: the line gives a source of its
    own, a cue and its speaker in the third person inside it, as a roundup's section
    labels and a dateline do (`MAREVA: Prime Minister Anjali Ross told parliament that
    …`, `UNITED NATIONS: The aid chief said …`, `KESARPUR: The second phase will be late,
    officials said`). A turn of a transcript is the label's own words, whatever it
    reports (`NAYAR: I said that at the time.`), and so is an office's (`MINISTER: The
    prime minister told me …`) and a titled person's, as no place has a courtesy title
    (rule titled-label-no-section: `DR. ANA RUIZ: The results are clear.`, whose `clear`
    and `results` read as a cue and its source). `attributions` are the token indices
    of each cue and its speaker's head word."""
    if len(label) < 2 or not label.isupper() or is_office(label) or _titled(label):
        return False
    line = doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in line or () if t.is_alpha), None)
    if first is None or (len(first) > 1 and first.text.isupper()):
        return False  # not prose: `UN: PEACEKEEPERS PAID FOR SEX …` is a headline
    return any(
        start <= doc[cue].idx < end
        and start <= doc[speaker].idx < end
        and doc[speaker].lower_ not in _OWN_VOICE
        for cue, speaker in attributions
    )


#: Fewest labels that make a list of entries (:func:`entry_list`).
_MIN_ENTRIES = 3


def entry_list(lines: list[TranscriptLine], takers: set[str]) -> bool:
    """Rule entry-labels: whether the labelled lines are a list of entries, each about
    the one its label names, not turns of speech: at least three labels, each with a
    note in brackets and none coming back after another's turn, as a stewards' report
    heads each runner's paragraph with the horse and its rider (`RIVER QUEEN (Ana
    Ruiz): Slow to begin. The rider stated that …`). A transcript's speakers take turns
    (a phone-in's presenter between her callers, `JOAN (PENRITH):`), so its labels
    come back; the people an entry reports are rows of their own."""
    # `HARBOUR LIGHT (Tom Hale): Raced wide. The trainer reported that the colt was sore.`
    labels = {line.label.text for line in lines}
    return not takers and len(labels) >= _MIN_ENTRIES and all(line.note for line in lines)


def turn_takers(lines: list[TranscriptLine]) -> set[str]:
    """The labels that come back after another label's turn, as speakers do."""
    order: list[str] = []
    for line in lines:
        if not order or order[-1] != line.label.text:
            order.append(line.label.text)
    return {label for label, turns in Counter(order).items() if turns > 1}


def _titled(label: str) -> bool:
    """Whether a label opens with a courtesy title or an article (`DR. ANA RUIZ`, `Mr K
    DLAMINI`, `The SPEAKER`) before more words."""
    words = label.split()
    return len(words) > 1 and words[0].lower().strip(".") in LABEL_OPENERS


def names_someone(label: str, surnames: set[str | None]) -> bool:
    """Whether a name label (`NAYAR`, `DENISE`) names a person: a surname the text gives
    a named person, or a lone given name, as a phone-in labels its callers (`DENISE
    (HEWLEY): …` for a caller the presenter greets as `Denise`), which the tagger seldom
    reads as a person."""
    if name_parts(label)[1] in surnames:
        return True
    return " " not in label.strip() and gender_of_given(label) is not None


def _given_name_of_named(label: str, given: set[str]) -> bool:
    """Rule given-name-of-named: whether a label of one word in capitals is the given
    name of someone the text names in full (`given` are their given names' keys), as a
    press conference's transcript labels an official by the name she goes by after the
    introduction named her: `At the table was the dam's director, Warunee Kittisak.` ¶
    `WARUNEE: No.`, her one turn among the reporters' `Q:` lines (a name no list of
    given names holds, and no turn that comes back)."""
    return label.isupper() and " " not in label.strip() and label.lower() in given


#: Most words of a name label read as a given name and a surname (`ANA DE LA CRUZ`).
_MAX_NAME_WORDS = 4
#: Parts of speech no word of a name is (`MORENO FROM DOWNTOWN`, a section's label).
_NOT_IN_NAMES = frozenset({"ADP", "AUX", "CCONJ", "DET", "NUM", "PART", "PRON", "SCONJ",
                           "VERB"})


def _given_name_label(label: Span) -> bool:
    """Rule given-name-label: whether a label in capitals is a given name and a surname,
    as a transcript labels a speaker the text names nowhere else (`GWEN ROWLANDS: We
    cannot keep the library open.`), which the tagger reads as two nouns, no person:
    two to :data:`_MAX_NAME_WORDS` words, the first a given name, none an office's nor a
    word of another part of speech than a name's (not `MORENO FROM DOWNTOWN`, a
    section's label over a note about Carl Moreno)."""
    words = [t for t in label if t.is_alpha]
    return (
        label.text.isupper()
        and 1 < len(words) <= _MAX_NAME_WORDS
        and is_given_name(words[0].text)
        and not is_office(label.text)
        and not any(t.pos_ in _NOT_IN_NAMES for t in label)
    )
