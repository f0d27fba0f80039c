"""Rule transcript: the lines of a transcript as direct quotes of whom their labels name.

A step of :class:`quotes.attributor.Attributor`: the lines :mod:`quotes.transcripts`
finds (`Q:` and `A:`, `MAYOR RUIZ:`, `Hon MEMBERS:`) become rows of the interviewer and
the one interviewed that the introduction names (:mod:`quotes.interview_roles`), or of
the person a label names (:mod:`quotes.label_speakers`); a chorus's lines and an
advertiser's copy are no one's statement, kept apart so that no reported speech is read
inside them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span

from quotes.columns import own_voice
from quotes.exchanges import is_chorus
from quotes.first_person import FIRST_PERSON
from quotes.found import Found
from quotes.interview_roles import (
    described_answerer,
    described_asker,
    interview_parties,
    party_mention,
    self_named,
    writer_party,
)
from quotes.label_speakers import (
    LabelPeople,
    entry_list,
    narrator,
    presenter_with_guests,
    section_label,
    speaking_label,
    turn_takers,
)
from quotes.matchers import CueSpeaker
from quotes.transcripts import TranscriptLine, transcript_lines

#: Fewest labels heading sections that make every label of the text a section's (rule
#: section-list).
_MIN_SECTIONS = 2


def _more_sections(firsts: Mapping[int, TranscriptLine], text: str) -> set[int]:
    """Rule section-list: where most labels, two or more, head sections of a roundup
    and no label comes back, a label whose line gives no source heads a section too,
    unless the line speaks in the first person: `PRAIA: The minister told parliament that …` ¶
    `SAL: Hotels had 11 percent more guests, the institute said.` ¶ `SANTA ROSA: A court
    jailed a former treasurer for four years.` (the last item reports no one and is no
    one's turn)."""
    return {
        at
        for at, line in firsts.items()
        if line.turn is None and not own_voice(text[line.start:line.end], FIRST_PERSON)
    }


def _keyed_label(doc: Doc, first: int, label: str, keys: dict[str, Span | None]) -> Span | None:
    """Rule label-key: the kind of person a one-word label in capitals stands for, as a
    key to the labels before the first line gives it (`REPORTER marks a question from a
    journalist` → `a journalist`; :func:`~quotes.interview_roles.described_asker`), so
    that a press briefing's `REPORTER:` lines are a journalist's questions, not a
    package script's voice-over (:func:`~quotes.label_speakers.script_label`); asked
    only of a label that would otherwise be no one's turn. Read once a label
    (``keys``)."""
    if label not in keys:
        one_word = label.isalpha() and label.isupper() and len(label) > 1
        keys[label] = described_asker(doc, first, label) if one_word else None
    return keys[label]


def transcript_rows(
    doc: Doc,
    doc_text: str,
    cues: Mapping[int, CueSpeaker],
    people: LabelPeople,
    paragraph_of: Callable[[int], int],
) -> tuple[list[Found], list[tuple[int, int]]]:
    """Transcript lines (:mod:`quotes.transcripts`) as direct quotes: `Q:` and `A:`
    lines spoken by the interviewer and the one interviewed that the introduction
    names (else `Q:` by the kind of person a key to the labels gives, or by the
    questioner who names herself first), a label by the person or office it names
    (its name resolved from the introduction before the first line, with the other
    speakers); a label naming no one the text knows is left alone. Also the lines of a chorus
    (`Hon MEMBERS: Hear, hear!`) and an advertiser's copy read out (`DEV (SPONSOR
    READ): …`), which are no one's statement."""
    lines = transcript_lines(doc, people, doc_text)
    if not lines:
        return [], []
    first = lines[0].label.start_char
    asker, answerer = interview_parties(doc, first)
    if answerer is None and any(line.turn == "A" for line in lines):
        answerer = described_answerer(doc, first)
    described = described_asker(doc, first) if asker is None or asker.pos_ != "PROPN" else None
    if described is not None:
        # rule label-key-first: a key to the labels (`Q marks a question from a
        # reporter`) says whom the `Q` lines stand for, more nearly than the kind of
        # people the introduction says the answerer spoke to (`spoke to reporters`);
        # an interviewer it names (`our reporter Ana Ruiz spoke to …`) still asks
        asker = None
    takers = turn_takers(lines)
    if entry_list(lines, takers):
        return [], []  # `RIVER QUEEN (Ana Ruiz): Slow to begin. …`: entries, no turns
    attributions = [(hit.cue, hit.speaker) for hit in cues.values()]
    # labels head sections only where nothing says the text is a transcript: no
    # introduction of an interview, no label that comes back after another's turn,
    # and then a label's first line says whether it heads one
    firsts = {line.label.start: line for line in reversed(lines)}
    sections = set() if asker is not None or takers else {
        at
        for at, line in firsts.items()
        if line.turn is None
        and section_label(line.label.text, line.start, line.end, doc, attributions)
    }
    if len(sections) >= _MIN_SECTIONS and 2 * len(sections) > len(firsts):
        sections |= _more_sections(firsts, doc_text)
    out = []
    chorus = []
    keys: dict[str, Span | None] = {}
    for line in lines:
        if line.label.start in sections:
            continue
        if line.advert:
            chorus.append((line.start, line.end))  # an advertiser's copy read out
            continue
        # the outlet a `Q` line's note names (`Q (Harbour Gazette): …`), for a
        # questioner who does not name herself first (:func:`self_named`)
        outlet: Span | None = None
        if line.turn is None:
            if is_chorus(line.label.text):
                chorus.append((line.start, line.end))
                continue
            speaker, introduction = line.label, first
            if (
                narrator(line.label.text)
                and not presenter_with_guests(line.label.text, takers)
            ) or not (
                line.exchange
                or speaking_label(line, takers, people.surnames, people.given_names)
            ):
                # `NARRATOR:` reads the script (whom it reports are rows), and a label
                # naming no one is left alone, unless a key says whom it stands for
                keyed = _keyed_label(doc, first, line.label.text, keys)
                if keyed is None:
                    continue
                speaker, introduction = keyed, None
        else:
            introduction = None
            party = asker if line.turn == "Q" else answerer
            own = self_named(doc, line) if line.turn == "Q" else None
            outlet = line.asker if own is None else None
            named = own or outlet
            if named is not None:
                speaker = named
            elif party is not None and line.turn == "Q" and writer_party(party):
                continue  # `She spoke to us`: the unnamed writer's questions, no row
            elif party is not None:
                speaker = party_mention(party)
            elif line.turn == "Q" and described is not None:
                speaker = described
            else:
                continue
        out.append(
            Found(
                line.start,
                line.end,
                "direct",
                line.label[0],
                speaker,
                "transcript",
                paragraph_of(line.start),
                # a message's sender, named in its note, goes by the name as given,
                # and so does a questioner's outlet (no name before its brackets)
                name=speaker.text if line.sender or outlet is not None else None,
                introduction=introduction,
            )
        )
    return out, chorus
