"""Sources a story describes before it names them, names given inside a description,
and one-word names a clause shows are people's: who the description and a `he` or
`she` after it stand for."""

from __future__ import annotations

import pytest

import quotes


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the one row whose words open with ``words``."""
    (row,) = [q for q in quotes.extract(text) if q.text.startswith(words)]
    return row.speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # rule description-named-later: the official is named two paragraphs on
        (
            "A senior harbour official said on Monday that the ferry would not sail "
            "before Thursday.\n\nWaves of six metres were recorded overnight off the "
            "point, and two fishing boats sank at their moorings.\n\nThe official, "
            "Captain Ines Olawale, who runs the port, spoke to reporters at noon. "
            '"We will open when it is safe," Olawale said.',
            "the ferry would not sail befor",
            "Ines Olawale",
        ),
        # … a description after its quote, and its `he` in the next sentence
        (
            "Boats searched the bay on Sunday for a skipper, Tom Hale, missing since "
            'Friday.\n\n"He has sailed that route since he was a boy," said a neighbour '
            "of the skipper who waited at the quay. He said the boat had radioed at dawn.\n\n"
            "The coast guard said the search would go on overnight.\n\nThe neighbour, "
            "Kwame Asante-Birch, 52, who has known the skipper for years, said the crew "
            "were experienced.",
            "the boat had radioed at dawn",
            "Kwame Asante-Birch",
        ),
        # rule role-set-off-unparsed: the one named in a sentence no parse reached, the
        # role set off before the name, not the passenger in focus before the quote
        (
            "Maria Olsen, 41, a teacher from Hoyvik, said the boat leaned over. Olsen said "
            "the crew had handed out life jackets quickly. According to two passengers, the "
            'captain then called over the loudspeaker: "We have touched a rock. Nobody is '
            'hurt." He told everyone to move to the rear deck. The captain, Hallur Jensen, '
            "58, has sailed the route for 16 years.",
            "We have touched a rock.",
            "Hallur Jensen",
        ),
        # rule role-set-off-later: the role set off before the name paragraphs on, past
        # the reach of a role named in the next sentences
        (
            "Maria Olsen, 41, a teacher from Hoyvik, said the boat leaned over. Olsen said "
            "the crew had handed out life jackets quickly.\n\nAccording to two passengers, "
            'the captain then called over the loudspeaker: "We have touched a rock. Nobody '
            'is hurt." He told everyone to move to the rear deck.\n\nJens Dahl, 67, a '
            "retired fisherman who had been standing on the car deck, said he had sailed "
            "past that rock many thousands of times and had never seen fog come down so "
            "fast. The 67-year-old said the first fishing boat had come alongside within "
            'twenty minutes and had taken off the children first.\n\n"My son was braver '
            'than me," said Anna Berg, a tourist from Bergen whose son was one of the two '
            'taken to hospital. "He only started to cry when we were already in the '
            'helicopter."\n\nThe captain, Hallur Jensen, 58, has sailed the route for 16 '
            "years. He declined to comment on Sunday.",
            "We have touched a rock.",
            "Hallur Jensen",
        ),
    ],
)
def test_a_description_named_later_is_the_one_named(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # rule name-in-description: a participle of naming inside the description
        (
            "A 70-year-old tea picker surnamed Okafor, who has worked the slope since "
            "1980, said the rains had come late.",
            "the rains had come late",
            "Okafor",
        ),
        # … the name the one described gave, set off after `name`, for a `he` after it
        (
            "Down at the jetty, a boy who gave only his first name, Tendai, was mending a "
            'net. "The fish have gone to the deep water," he said.',
            "The fish have gone to the deep",
            "Tendai",
        ),
        # … and after `as`
        (
            "A retired baker of 80, who gave his name only as Osei, shook his head. "
            '"Nobody asked us," he said.',
            "Nobody asked us,",
            "Osei",
        ),
    ],
)
def test_a_name_given_inside_a_description_is_the_speaker(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # rule lone-name-person: a one-word name with `who` on it is a person
        (
            "The presenter, Ruth Amadi-Lowe, took calls all morning. Kondwani, who rang "
            'from Likuni, was furious. "The meter runs while the taps are dry," he said.',
            "The meter runs while the taps",
            "Kondwani",
        ),
        # … and a one-word name set off after a noun of a person's role
        (
            "The presenter, Ruth Amadi-Lowe, took calls all morning. The next caller, "
            "Tawonga from Mzuzu, said the bills had doubled. \"We pay for air,\" she said.",
            "We pay for air,",
            "Tawonga",
        ),
        # rule one-name-in-description: a description set off after a one-word name that
        # says it is the person's only name makes it a person's, though the tagger read
        # it as a plural noun
        (
            "The head of the fisheries office, Andi Wahyu Pallawa, said the catch had "
            'fallen this year. "The water is warm, not empty," Wahyu said.\n\nTasdi, a '
            "40-year-old boatman from Lapasu village who uses one name, says his nets come "
            'back half empty. "Some days we catch nothing at all," he says.',
            "Some days we catch",
            "Tasdi",
        ),
    ],
)
def test_a_lone_name_a_clause_shows_is_a_person(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_clerk_in_a_story_s_lead_is_the_one_named_next() -> None:
    # rule lead-description with `clerk` among the person roles
    text = (
        "A former payroll clerk at the port authority told a tribunal on Monday that she "
        "had been told to backdate the invoices.\n\nNadia Oyelaran-Price, 44, was giving "
        "evidence in the case against the authority's finance chief."
    )
    assert speaker_of(text, "she had been told") == "Nadia Oyelaran-Price"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # rule surname-untagged: the surname alone, read as a plural noun at a
        # sentence's opening, is on the timeline, so the age after it is his
        (
            "United and City drew 2-2 on Sunday after Tiago Ferreira Lopes headed in a "
            'corner in the last minute.\n\n"We played badly," said the City coach, Rui '
            'Filipe Pinto Serrano. His opposite number Claudio Henrique dos Santos Moura '
            'said: "My players deserved three points."\n\nLopes, the home captain, has '
            'now scored in four successive home games. "I do not score with my feet any '
            'more," said the 33-year-old.',
            "I do not score with my feet",
            "Tiago Ferreira Lopes",
        ),
        # … and a `he` after it
        (
            "United and City drew 2-2 on Sunday after Tiago Ferreira Lopes headed in a "
            'corner in the last minute.\n\n"We played badly," said the City coach, Rui '
            'Filipe Pinto Serrano.\n\nLopes, the home captain, has now scored in four '
            'successive home games. "I do not score with my feet any more," he said.',
            "I do not score with my feet",
            "Tiago Ferreira Lopes",
        ),
    ],
)
def test_a_surname_the_tagger_read_as_a_noun_is_the_person(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker
