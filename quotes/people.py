"""One person, one speaker across a corpus: names merged into people, each with an id.

Within a document the resolver gives each person one canonical name, but documents
differ: one says `Barack Obama`, the next only `Obama`. This module counts the quotes
of every resolved name across the documents of a run and merges the names into people
(:func:`merge_people`); the speaker table (:mod:`quotes.speaker_table`) shows one row
per person, and the quote rows get that person's ``speaker_id``
(:mod:`quotes.speaker_ids`), so a researcher can join the two.

A ``speaker_id`` is a slug of the person's canonical name (`barack-obama`), readable and
the same in every run where the corpus names the person alike, not a per-run counter.
Which name a surname joins depends on the whole corpus, so ids are given once every
row of a run is in: file outputs hold their rows in a temporary file meanwhile (memory
stays flat), a database is updated in place (:mod:`quotes.sqlite`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from quotes.name_keys import NAME_SUFFIXES, PARTICLES, fold, name_parts
from quotes.row_writers import ColumnType

__all__ = [
    "DOC_ID_SEPARATOR",
    "SPEAKER_COLUMNS",
    "SPEAKER_COLUMN_TYPES",
    "People",
    "SpeakerStats",
    "as_text",
    "merge_people",
    "speaker_slug",
]

#: The speaker table's columns, in output order, with their types (as in writers.COLUMN_TYPES).
SPEAKER_COLUMN_TYPES: dict[str, ColumnType] = {
    "speaker": "string",
    "role": "string",
    "quotes": "int",
    "direct": "int",
    "indirect": "int",
    "mixed": "int",
    "documents": "int",
    "doc_ids": "string",
    "first_quote": "string",
    "first_doc_id": "string",
    "aliases": "string",
    "speaker_id": "string",
}
SPEAKER_COLUMNS: tuple[str, ...] = tuple(SPEAKER_COLUMN_TYPES)

#: Separator of the document ids in the ``doc_ids`` cell (and of the aliases).
DOC_ID_SEPARATOR = "; "


@dataclass(slots=True)
class SpeakerStats:
    """What is known so far about one speaker across the documents seen."""

    name: str
    roles: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    doc_ids: dict[str, None] = field(default_factory=dict)
    first_quote: str = ""
    first_doc_id: str = ""
    #: Position of the first quote in the corpus, to keep the earliest when merging.
    first_seen: int = 0
    #: Other names this speaker was resolved as in some document (`Obama`).
    aliases: dict[str, None] = field(default_factory=dict)

    def absorb(self, other: SpeakerStats) -> None:
        """Count another name's quotes, roles and documents as this speaker's."""
        self.roles.update(other.roles)
        self.counts.update(other.counts)
        self.doc_ids.update(other.doc_ids)
        self.aliases.update({other.name: None, **other.aliases})
        if other.first_seen < self.first_seen:
            self.first_quote, self.first_doc_id = other.first_quote, other.first_doc_id
            self.first_seen = other.first_seen

    def row(self, speaker_id: str | None = None) -> dict[str, object]:
        """The speaker as one output row with :data:`SPEAKER_COLUMNS`; a cell the
        speaker has nothing for (no role, no other name) is None, so JSONL and Parquet
        give it as null, as the quote rows give theirs (it was `""` for the aliases)."""
        return {
            "speaker": self.name,
            "role": self.roles.most_common(1)[0][0] if self.roles else None,
            "quotes": self.counts.total(),
            "direct": self.counts["direct"],
            "indirect": self.counts["indirect"],
            "mixed": self.counts["mixed"],
            "documents": len(self.doc_ids),
            "doc_ids": DOC_ID_SEPARATOR.join(self.doc_ids),
            "first_quote": self.first_quote,
            "first_doc_id": self.first_doc_id,
            "aliases": DOC_ID_SEPARATOR.join(sorted(self.aliases)) or None,
            "speaker_id": speaker_id,
        }


def _is_name(name: str) -> bool:
    """Whether a speaker reads as a person's or body's name: every word capitalised or a
    particle (`Barack Obama`, `Maria van der Berg`, `Obama`; not `the company`)."""
    words = name.split()
    return bool(words) and words[0].lower() != "the" and all(
        w[:1].isupper() or w.lower() in PARTICLES for w in words
    )


#: How many times more quoted than the next namesake a person must be for a bare
#: surname to stand for them across the corpus.
_DOMINANT = 3


def merge_people(speakers: Iterable[SpeakerStats]) -> list[SpeakerStats]:
    """One entry per person across the corpus, other names kept as aliases.

    Names are grouped by surname (:func:`~quotes.name_keys.name_parts`): full names with
    the same given name are one person (`Hillary Clinton`, `Hillary Rodham Clinton`),
    named by the most quoted form; a surname alone (`Obama`) joins the full name when
    the corpus knows one person with that surname, or one quoted at least
    :data:`_DOMINANT` times as often as any other (`Donald Trump` beside `Ivana Trump`),
    and stays apart when it knows two of like weight (`Ruth Amadi`, `Paul Amadi`).
    People sharing a surname always keep their own rows. Descriptions are left as
    they are.
    """
    out: list[SpeakerStats] = []
    groups: dict[str, list[SpeakerStats]] = {}
    for stats in speakers:
        if _is_name(stats.name):
            groups.setdefault(name_parts(stats.name)[1], []).append(stats)
        else:
            out.append(stats)
    for members in groups.values():
        people: dict[str, list[SpeakerStats]] = {}
        bare: list[SpeakerStats] = []
        for stats in members:
            given = name_parts(stats.name)[0]
            if given is None:
                bare.append(stats)
            else:
                people.setdefault(given, []).append(stats)
        merged = sorted(
            (_combine(group) for same in people.values() for group in _by_other_words(same)),
            key=lambda s: -s.counts.total(),
        )
        if bare and merged and (
            len(merged) == 1 or merged[0].counts.total() >= _DOMINANT * merged[1].counts.total()
        ):
            merged[0] = _combine([merged[0], *bare])
        elif bare:
            merged.append(_combine(bare))
        out.extend(merged)
    return out


def _other_words(name: str) -> frozenset[str]:
    """A name's words besides its given name, surname, particles and suffixes, folded:
    `Rui Manuel Pinto Sequeira` → {`manuel`, `pinto`}; `J.` of `Donald J. Trump` → `j`."""
    given, surname = name_parts(name)
    known = {given, *surname.split()}
    words = (fold(w).strip(".,") for w in name.split())
    return frozenset(
        w for w in words
        if w and w not in known and w not in PARTICLES and w not in NAME_SUFFIXES
        and w + "." not in NAME_SUFFIXES
    )


def _within(fewer: frozenset[str], more: frozenset[str]) -> bool:
    """Whether every word of `fewer` is a word of `more`, or an initial of one."""
    return all(
        w in more or (len(w) == 1 and any(m.startswith(w) for m in more)) for w in fewer
    )


def _by_other_words(group: list[SpeakerStats]) -> list[list[SpeakerStats]]:
    """Rule other-names-differ: the full names of one given name and surname split into
    people by their other words: `Hillary Clinton` and `Hillary Rodham Clinton` are one
    (the words of one are all in the other), `Rui Manuel Pinto Sequeira` and `Rui Pedro
    Magalhães Sequeira` two, as are `UK Space Agency` and `UK Health Security Agency`.
    A name joins the person whose every name it agrees with, the fullest first; one that
    agrees with two (`Harjit Sandhu` beside `Harjit Kaur Sandhu` and `Harjit Singh
    Sandhu`) could be either, and stays apart."""
    people: list[list[tuple[frozenset[str], SpeakerStats]]] = []
    # each word of a person's fullest name, and each one's initial, to the people holding
    # it: a name can join only a person whose fullest name holds each of its words, so
    # it is checked against those alone, not against every person found before it
    holding: dict[str, list[int]] = {}
    for words, stats in sorted(((_other_words(s.name), s) for s in group),
                               key=lambda pair: (-len(pair[0]), pair[1].name)):
        candidates = (range(len(people)) if not words
                      else min((holding.get(word, []) for word in words), key=len))
        homes = [people[k] for k in candidates
                 if all(_within(words, other) for other, _ in people[k])]
        if len(homes) == 1:
            homes[0].append((words, stats))
        else:
            for key in words | {word[0] for word in words}:
                holding.setdefault(key, []).append(len(people))
            people.append([(words, stats)])
    return [[stats for _, stats in person] for person in people]


def _combine(group: list[SpeakerStats]) -> SpeakerStats:
    """The speakers of ``group`` as one, named by its most quoted full form."""
    ranked = sorted(
        group,
        key=lambda s: (name_parts(s.name)[0] is None, -s.counts.total(), -len(s.name), s.name),
    )
    main = ranked[0]
    if len(group) == 1:
        return main
    # later than every member, so the earliest member's first quote is kept
    whole = SpeakerStats(main.name, first_seen=1 + max(s.first_seen for s in group))
    for stats in ranked:
        whole.absorb(stats)
    whole.aliases.pop(main.name, None)
    return whole


def speaker_slug(name: str) -> str:
    """A readable id for a canonical name: case and accents folded, every run of
    non-letters a hyphen (`Luis García-Márquez` → `luis-garcia-marquez`,
    `Barack Obama` → `barack-obama`)."""
    return re.sub(r"[\W_]+", "-", fold(name)).strip("-") or "speaker"


class People:
    """Quotes counted per resolved speaker name across the documents of a run, merged
    into people (:func:`merge_people`) on demand; memory grows with the speakers only.

    Feed the quotes in input order; :meth:`people` and :meth:`ids` give the same
    answer for the same counts, whatever else differs between runs.
    """

    def __init__(self) -> None:
        self.speakers: dict[str, SpeakerStats] = {}

    def stats(self, name: str) -> SpeakerStats:
        """The entry of a resolved name, made on its first quote."""
        entry = self.speakers.get(name)
        if entry is None:
            entry = self.speakers[name] = SpeakerStats(name, first_seen=len(self.speakers))
        return entry

    def count(
        self, doc_id: str, speaker: str | None, quote_type: str, quote: str = "", n: int = 1
    ) -> None:
        """Count ``n`` quotes of one type by ``speaker`` (nothing when there is none)."""
        if not speaker:
            return
        entry = self.stats(speaker)
        entry.counts[quote_type] += n
        entry.doc_ids.setdefault(doc_id)
        if not entry.first_doc_id:
            entry.first_quote, entry.first_doc_id = quote, doc_id

    def people(self) -> list[tuple[str, SpeakerStats]]:
        """Each person with their id, most quoted first (then most direct quotes, then by
        name). The id is :func:`speaker_slug` of the canonical name; a second person whose
        name folds to the same slug gets ``-2`` after it (a third ``-3``), by this order."""
        ranked = sorted(
            merge_people(self.speakers.values()),
            key=lambda s: (-s.counts.total(), -s.counts["direct"], s.name),
        )
        taken: set[str] = set()
        out = []
        for entry in ranked:
            slug = base = speaker_slug(entry.name)
            k = 1
            while slug in taken:
                k += 1
                slug = f"{base}-{k}"
            taken.add(slug)
            out.append((slug, entry))
        return out

    def count_row(self, row: Mapping[str, object]) -> None:
        """Count the quote of one exported row (its ``doc_id``, ``speaker``, ``type``
        and ``quote``)."""
        self.count(str(row.get("doc_id")), as_text(row.get("speaker")), str(row.get("type")),
                   as_text(row.get("quote")) or "")

    def ids(self, people: list[tuple[str, SpeakerStats]] | None = None) -> dict[str, str]:
        """Every resolved name seen (canonical or alias) → its person's id; from
        ``people`` when :meth:`people` was asked already (the merge is not done twice)."""
        return {
            name: slug
            for slug, entry in (self.people() if people is None else people)
            for name in (entry.name, *entry.aliases)
        }


def as_text(value: object) -> str | None:
    """A row's cell as text, or None when it holds none (a missing speaker)."""
    return value if isinstance(value, str) else None
