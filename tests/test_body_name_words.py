"""Bodies' names printed whole, in the speaker and in the mention's offsets, where a word
of the name reads as something else (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # rule acronym-spelled-name: the acronym in brackets after a body's name spells
        # it whole across the `and` the parse cut it at …
        (
            "Norland Radio and Television (NRT) said in a statement that it had cancelled "
            "two news programmes.",
            "it had cancelled",
            "Norland Radio and Television",
            "Norland Radio and Television",
        ),
        # … and from a first word the tagger read as no name's (`Ilhas`, a verb)
        (
            "Atlântico Ilhas Aviação (AIA) said it had rebooked about 900 passengers.",
            "it had rebooked",
            "Atlântico Ilhas Aviação",
            "Atlântico Ilhas Aviação",
        ),
        # … and with no words of the phrase before it but its article
        (
            "The opposition Tamarind Progress Party (TPP) said the count was rigged.",
            "the count was rigged",
            "Tamarind Progress Party",
            "Tamarind Progress Party",
        ),
        # rule possessive-in-body-name: a possessive inside a body's name cuts neither
        # the name nor the mention …
        (
            '"We welcome the decision," St Aidan\'s Primary School said in a statement.',
            "We welcome the decision",
            "St Aidan's Primary School",
            "St Aidan's Primary School",
        ),
        # … a plural one with its article too …
        (
            "The Chatsworth Residents' Forum said the new meters were faulty.",
            "the new meters were faulty",
            "Chatsworth Residents' Forum",
            "The Chatsworth Residents' Forum",
        ),
        # … but a person's name after a firm's possessive is the person's
        (
            '"We welcome the decision," Kelby\'s Mark Ruiz said.',
            "We welcome the decision",
            "Mark Ruiz",
            "Mark Ruiz",
        ),
    ],
)
def test_a_body_name_keeps_its_words(text: str, fragment: str, speaker: str, mention: str) -> None:
    found = [q for q in quotes.extract(text, scope="all") if fragment in text[q.start : q.end]]
    assert found, quotes.extract(text, scope="all")
    assert found[0].speaker == speaker
    assert text[found[0].speaker_start : found[0].speaker_end] == mention


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # rule foreign-joined-body: a Dutch small word inside a body's name, where the
        # parse headed the name with it and the name finder took the rest for a person
        (
            "The Stichting voor Natuurbehoud found that the dunes had shrunk by a third.",
            "the dunes had shrunk",
            "Stichting voor Natuurbehoud",
            "The Stichting voor Natuurbehoud",
        ),
        # … a German one inside the maker of a work
        (
            "According to a survey by the Zentrum für Sozialforschung Halle, rents had "
            "doubled in ten years.",
            "rents had doubled",
            "Zentrum für Sozialforschung Halle",
            "a survey by the Zentrum für Sozialforschung Halle",
        ),
        # … an Italian one with its article, where the parse ended the name before it
        (
            "The Fondazione per la Scuola said the teachers were underpaid.",
            "the teachers were underpaid",
            "Fondazione per la Scuola",
            "The Fondazione per la Scuola",
        ),
        # … the Polish `im.` ("named for"), no `I'm`, before the person the body is
        # named for, who is no speaker
        (
            "The Instytut Onkologii im. Marii Skłodowskiej-Curie said the new wing would "
            "open in June.",
            "the new wing would open",
            "Instytut Onkologii im. Marii Skłodowskiej-Curie",
            "Instytut Onkologii im. Marii Skłodowskiej-Curie",
        ),
        # … and one that opens its sentence
        (
            "Verein für Sozialplanung said the shelters were full.",
            "the shelters were full",
            "Verein für Sozialplanung",
            "Verein für Sozialplanung",
        ),
    ],
)
def test_a_body_name_reads_on_over_its_foreign_small_words(
    text: str, fragment: str, speaker: str, mention: str
) -> None:
    found = [q for q in quotes.extract(text, scope="all") if fragment in text[q.start : q.end]]
    assert found, quotes.extract(text, scope="all")
    assert found[0].speaker == speaker
    assert text[found[0].speaker_start : found[0].speaker_end] == mention


def test_a_body_named_with_a_foreign_small_word_is_its_kind_word_later() -> None:
    text = (
        "The Instytut Onkologii im. Marii Skłodowskiej-Curie said the new wing would open "
        "in June. The institute said it had hired forty nurses."
    )
    rows = quotes.extract(text, scope="all")
    found = [q for q in rows if "forty nurses" in text[q.start : q.end]]
    assert [q.speaker for q in found] == ["Instytut Onkologii im. Marii Skłodowskiej-Curie"]
