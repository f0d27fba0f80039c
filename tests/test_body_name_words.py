"""Bodies' names printed whole, in the speaker and in the mention's offsets, where a word
of the name reads as something else (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import check_speaker_and_mention


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
        # rule acronym-kind-body: an acronym then a kind of body is no person's name
        # (`ALMA`, no woman called Alma), and the word before it stays in the name
        (
            "The team nearly discarded the signal. The Joint ALMA Observatory said in a "
            "statement that the dishes had been moved twice.",
            "the dishes had",
            "Joint ALMA Observatory",
            "The Joint ALMA Observatory",
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
    check_speaker_and_mention(text, fragment, speaker, mention)


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
        # … the Romanian `pentru` (for), where the name finder took the words after it
        # for a person
        (
            "The Institutul Carpatic pentru Studii Urbane said in a statement that rents "
            "had doubled.",
            "rents had doubled",
            "Institutul Carpatic pentru Studii Urbane",
            "The Institutul Carpatic pentru Studii Urbane",
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
    check_speaker_and_mention(text, fragment, speaker, mention)


def test_a_body_named_with_a_foreign_small_word_is_its_kind_word_later() -> None:
    text = (
        "The Instytut Onkologii im. Marii Skłodowskiej-Curie said the new wing would open "
        "in June. The institute said it had hired forty nurses."
    )
    rows = quotes.extract(text, scope="all")
    found = [q for q in rows if "forty nurses" in text[q.start : q.end]]
    assert [q.speaker for q in found] == ["Instytut Onkologii im. Marii Skłodowskiej-Curie"]


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # rule legal-form-token: the Polish `Sp.` stays one word, so `Sp` is no surname
        # that closes a person's name
        (
            '"The factory will stay open," Brzoza Tools Sp. z o.o. said in a statement.',
            "The factory will stay open",
            "Brzoza Tools Sp. z o.o.",
            "Brzoza Tools Sp. z o.o.",
        ),
        # legal forms: the German `KG` after `GmbH & Co.` ends a company's name, no
        # person `Co. KG`
        (
            "Haller Bau GmbH & Co. KG said the delay was caused by the weather.",
            "the delay was caused",
            "Haller Bau GmbH & Co. KG",
            "Haller Bau GmbH & Co. KG",
        ),
        # rule legal-form-stop: the full stop of a legal form stays on the company's
        # name the text shortens, where the stop is the word's own
        (
            "Tallis Pumps Inc., a family firm, recalled two models on Monday. Tallis Pumps "
            "said no one had been hurt.",
            "no one had been hurt",
            "Tallis Pumps Inc.",
            "Tallis Pumps",
        ),
        # rule possessive-firm-name: a firm named for its founder keeps the possessive
        # that owns nothing, and is no person `Halbrook`
        (
            '"Bidding was slow," Halbrook\'s said in a statement.',
            "Bidding was slow",
            "Halbrook's",
            "Halbrook's",
        ),
        # … and so does `the company` that stands for it
        (
            "Halbrook's said the painting had sold for £40,000. The company said the "
            "buyer was a museum.",
            "the buyer was a museum",
            "Halbrook's",
            "The company",
        ),
    ],
)
def test_a_company_name_keeps_its_legal_form_and_its_founder_s_possessive(
    text: str, fragment: str, speaker: str, mention: str
) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # rule nation-possessive-body: the country's possessive is no part of the body's
        # name where the text also names the body without it
        (
            "Poland's Constitutional Tribunal said the law was unlawful. The Constitutional "
            "Tribunal has sat without a quorum since May.",
            "the law was unlawful",
            "Constitutional Tribunal",
        ),
    ],
)
def test_a_country_possessive_is_no_part_of_a_body_name(
    text: str, fragment: str, speaker: str
) -> None:
    found = [q for q in quotes.extract(text, scope="all") if fragment in text[q.start : q.end]]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "text, fragment",
    [
        # rule kind-opening-sentence: `Police` opening a sentence is the police force the
        # text named before in its own language, whose name holds no English `police`
        (
            "The Polizei Hamburg is looking for a sailor who left the harbour on Friday. "
            "Police said the weather had closed the river mouth.",
            "weather had closed",
        ),
        # and so is `police` later, though sentences open with the word
        (
            "The Polizei Hamburg is looking for a sailor who left the harbour on Friday. "
            "Police said he had a radio. His car was found on Sunday, police said.",
            "His car was found",
        ),
    ],
)
def test_a_police_force_named_in_its_language_is_the_police_later(
    text: str, fragment: str
) -> None:
    rows = quotes.extract(text, scope="all")
    found = [q for q in rows if fragment in text[q.start : q.end]]
    assert [q.speaker for q in found] == ["Polizei Hamburg"]
