"""Speaker roles read from the parse, and the per-speaker aggregation."""

from __future__ import annotations

import pytest

from quotes import get_engine
from quotes.people import SPEAKER_COLUMNS, SpeakerStats, merge_people
from quotes.records import Document
from quotes.run import DocumentError
from quotes.speaker_table import SpeakerTable, parse_documents, role_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # compounds and modifiers before the name
        ("GMB Vice-President Maria Lindqvist said the union had no plans.",
         "Maria Lindqvist", "GMB Vice-President"),
        ("U.S. President Joe Biden said there was no plan.", "Joe Biden", "U.S. President"),
        ('"Close it and you close the town," said race director Joel Park.', "Joel Park",
         "race director"),
        ("Russia's President Vladimir Putin said the war was going to plan.", "Vladimir Putin",
         "Russia's President"),
        # appositions after and before the name
        ('"Prices will keep falling," said Dana Okafor, chief economist at Northgate Bank.',
         "Dana Okafor", "chief economist at Northgate Bank"),
        ("The reader typed it, said the editor, Mara Quist.", "Mara Quist", "editor"),
        # an age is no role: the apposition right after it is
        ("Ola Berg, 41, told reporters the road was shut.", "Ola Berg", None),
        ("Outside, Ola Berg, 41, a retired ferryman, said the road was shut.", "Ola Berg",
         "retired ferryman"),
        ("Nia Pyke, 9, with her pony, Duchess, said she had won.", "Nia Pyke", None),
        # words the parse hangs on a name with no comma are a piece of another name
        ("Arguing for the tenants, Ada Lind of the Tide Housing Law Centre told the court "
         "that the rent was unlawful.", "Ada Lind", None),
        # a caption's label is no role
        ("Photo: Maud Ellery, 84, on the steps of the lido.", "Maud Ellery", None),
        # another person with the same surname lends no role
        ("Samuel Adjei, 58, died at the scene. His widow, Grace Adjei, said he was kind.",
         "Samuel Adjei", None),
        # no role given; a sentence break is not a role
        ('"Rain is coming," said Jo Park.', "Jo Park", None),
        ("Not everyone agreed. Tomas Reed said the decision was rushed.", "Tomas Reed", None),
    ],
)
def test_role_of(text: str, name: str, expected: str | None) -> None:
    assert role_of(get_engine().nlp(text), name) == expected


def test_role_of_a_later_surname_mention_uses_the_fullest_one() -> None:
    doc = get_engine().nlp("Mayor Ines Varga opened the pier. Later Varga said it was safe.")
    assert role_of(doc, "Ines Varga") == "Mayor"


def test_role_of_the_attribution_site_when_no_entity_matches() -> None:
    text = '"We are ready," said union leader Pavel Niemi.'
    start = text.index("Pavel")
    assert role_of(get_engine().nlp(text), "P. Niemi", [(start, start + 11)]) == "union leader"


def parsed(*texts: str) -> SpeakerTable:
    table = SpeakerTable()
    docs = [Document(f"d{i}", text) for i, text in enumerate(texts, 1)]
    for item in parse_documents(get_engine(), docs, on_error=pytest.fail):
        table.add(item)
    return table


def test_speakers_are_counted_across_documents_and_ranked() -> None:
    table = parsed(
        '"We will win," said Coach Ada Brandt. "Every game," she added.',
        "Ada Brandt said the team was tired. Judge Ben Cole said the game was fair.",
    )
    rows = table.rows()
    assert [list(row) for row in rows] == [list(SPEAKER_COLUMNS)] * len(rows)
    ada, ben = rows
    assert (ada["speaker"], ada["role"], ada["quotes"], ada["direct"], ada["indirect"]) == (
        "Ada Brandt", "Coach", 3, 2, 1)
    assert (ada["documents"], ada["doc_ids"], ada["first_quote"]) == (2, "d1; d2", "We will win,")
    assert (ben["speaker"], ben["role"], ben["quotes"], ben["first_doc_id"]) == (
        "Ben Cole", "Judge", 1, "d2")


def test_a_transcript_that_relays_a_message_is_counted() -> None:
    table = parsed(
        "PRESENTER: Good evening. Harbour Buses has written to us: \"The night route returns "
        "in May.\" So, May.\n\nGUEST: We have heard that before."
    )
    assert ("Harbour Buses", 1) in [(row["speaker"], row["quotes"]) for row in table.rows()]


def test_a_failing_document_is_reported_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = get_engine()
    attribute = engine.attribute

    def fail_on_boom(text: str, doc: object) -> object:
        if "boom" in text:
            raise RuntimeError("boom")
        return attribute(text, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "attribute", fail_on_boom)
    errors: list[DocumentError] = []
    docs = [Document("a", "boom"), Document("b", "Ann Lee said it was fine.")]
    done = list(parse_documents(engine, docs, on_error=errors.append))
    assert [d.document.id for d in done] == ["b"]
    assert errors == [DocumentError("a", "RuntimeError: boom")]
    assert done[0].doc.text == "Ann Lee said it was fine."


def stats(name: str, quotes: int, first_seen: int = 0) -> SpeakerStats:
    """A speaker with ``quotes`` direct quotes in one document named after it."""
    entry = SpeakerStats(name, first_seen=first_seen, first_quote=f"{name} spoke")
    entry.counts["direct"] = quotes
    entry.doc_ids[f"doc-{name}"] = None
    return entry


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        # A surname alone joins the one full name with that surname; titles never reach
        # the speaker column, so `Osei` stands for every titled form too.
        (
            [("Osei", 5), ("Kwame Osei", 2)],
            [("Kwame Osei", 7, "Osei")],
        ),
        # Two forms of one full name (same given name) are one person, named by the
        # more quoted form.
        (
            [("Marta Lind", 3), ("Marta Ek Lind", 1)],
            [("Marta Lind", 4, "Marta Ek Lind")],
        ),
        # Two people share a surname: both stay, and the bare surname stays apart.
        (
            [("Ruth Amadi", 2), ("Paul Amadi", 2), ("Amadi", 1)],
            [("Paul Amadi", 2, None), ("Ruth Amadi", 2, None), ("Amadi", 1, None)],
        ),
        # One namesake quoted far more than the others takes the bare surname; the
        # others keep their rows.
        (
            [("Osei", 6), ("Kwame Osei", 9), ("Ama Osei", 2)],
            [("Kwame Osei", 15, "Osei"), ("Ama Osei", 2, None)],
        ),
        # other-names-differ: one given name and surname with other words that differ
        # are two people, or two bodies
        (
            [("Rui Manuel Pinto Sequeira", 3), ("Rui Pedro Magalhães Sequeira", 2)],
            [("Rui Manuel Pinto Sequeira", 3, None), ("Rui Pedro Magalhães Sequeira", 2, None)],
        ),
        (
            [("UK Space Agency", 2), ("UK Health Security Agency", 1)],
            [("UK Space Agency", 2, None), ("UK Health Security Agency", 1, None)],
        ),
        # Descriptions and bodies are left as they are.
        (
            [("the company", 2), ("Company", 1)],
            [("the company", 2, None), ("Company", 1, None)],
        ),
    ],
)
def test_merge_people(
    speakers: list[tuple[str, int]], expected: list[tuple[str, int, str | None]]
) -> None:
    entries = [stats(name, count, k) for k, (name, count) in enumerate(speakers)]
    rows = sorted(
        (s.row() for s in merge_people(entries)), key=lambda r: (-r["quotes"], r["speaker"])
    )
    assert [(r["speaker"], r["quotes"], r["aliases"]) for r in rows] == expected


def test_a_merged_speaker_keeps_the_earliest_first_quote() -> None:
    [merged] = merge_people([stats("Kwame Osei", 2, first_seen=4), stats("Osei", 5, 1)])
    assert (merged.first_quote, len(merged.doc_ids)) == ("Osei spoke", 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an honorific before the name is no role
        ("Mrs. Ingrid Falk said the library would close.", "Ingrid Falk"),
        # nor is a reflexive pronoun in apposition
        ("Ingrid Falk herself said the library would close.", "Ingrid Falk"),
    ],
)
def test_no_honorific_or_pronoun_is_a_role(text: str, name: str) -> None:
    assert role_of(get_engine().nlp(text), name) is None


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a tag read as spaces around an apposition is no part of the role's cell
        ('Ana Ruiz, the <i>mayor</i>, said the pier was "late".', {"Ana Ruiz": "mayor"}),
        # nor does it cut the title before a name from it
        ("Harbour master <b>Ana Ruiz</b> said the pier was late.",
         {"Ana Ruiz": "Harbour master"}),
        # markup the page does not hide gives signs, never a role of signs alone
        ('"We won," said </script> Lee. Ana Ruiz said it was late.',
         {"Lee": None, "Ana Ruiz": None}),
    ],
)
def test_a_role_read_through_markup_is_its_words(text: str, roles: dict[str, str | None]) -> None:
    assert {row["speaker"]: row["role"] for row in parsed(text).rows()} == roles
