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
