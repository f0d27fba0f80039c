"""Labels before a colon that head a page's paragraphs or fields rather than name a voice
(a translator's note, a club's news, a dated correction, a broadcast script's slugs), and
the labels that do name one (sentences written for these tests)."""

from __future__ import annotations

import pytest

import quotes


def rows(text: str) -> list[tuple[str, str, str | None]]:
    """Each row's type, words and speaker mention, in text order."""
    return [(q.type, q.text, q.speaker_mention) for q in quotes.extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a note's label: the page's own voice
        "Mayor Ines Kuti spoke for an hour.\n\nTranslator's note: the programme was "
        "broadcast in French.",
        # a column's heading and a puzzle's
        "Club news: our fours are champions of the coast!",
        "This week's puzzle: White to play and win.",
        # a corrections column dates each entry
        "Water story, March 6: We misspelled the name of the union's medical adviser.",
        # a speech turning to the people it is for
        "She spoke last at the graveside.\n\nMaya, Idris, Noor: he kept your drawings "
        "in his locker.",
        # a thing's noun capitalised only as its sentence's first word (rule
        # capitalised-heading): a parish bulletin's notice, a council's minutes
        "NOTICES\n\nWeekday Masses: 7.00 am (English), 6.30 pm (Malayalam).",
        "Minutes of the meeting.\n\n4. Motion 7/25: harbour lighting. Cllr Ana Borg "
        "proposed it.",
    ],
)
def test_a_thing_or_a_date_before_a_colon_is_no_speaker(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a finding before the colon stands for whoever made it in research annotation
        ("The result: the senator must now win the caucus outright.",
         [("the senator must now win the caucus outright", "The result", "reported-colon")]),
        # an aim, a task or a topic is the writer's own heading (rule aimed-heading)
        ("The goal: to draw big audiences to the channel.", []),
        # a roster of names after a place's label (rule colon-roster), and a noun phrase
        # with an article and no verb that names a section's topic (rule colon-topic)
        ("Senate hopefuls\n\nIowa: Ana Ruiz, Tom Hale, Ben Ode, Mary Quist and Lee Park."
         "\n\nThe list grows.", []),
        ("Hale: A closing surge.\nThe New Jersey governor has gained in the polls.", []),
        # … a claim with no verb that opens with no article is the label's
        ("Ruiz: No deal without the unions.",
         [("No deal without the unions", "Ruiz", "reported-colon")]),
    ],
)
def test_research_scope_keeps_a_findings_label_not_an_aims(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [
        (q.text, q.speaker_mention, q.method) for q in quotes.extract(text, scope="all")
    ] == expected
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Okafor: Tariffs could hurt grain exports in spring",
         [("indirect", "Tariffs could hurt grain exports in spring", "Okafor")]),
        ("Union leader: We will strike on Monday.",
         [("indirect", "We will strike on Monday", "Union leader")]),
        ("Critics: the plan will fail.", [("indirect", "the plan will fail", "Critics")]),
    ],
)
def test_a_name_a_role_or_a_group_before_a_colon_speaks(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


SCRIPT = (
    "Good morning, this is the news.\n\n"
    "READ: Residents of Molepolole say the pump has been broken for weeks.\n\n"
    'CLIP: Kgosi Mothibi Gaolathe, in Setswana, translated: "We have been patient for '
    'three years. Patience does not fill a bucket." Dur 0:09. OUTCUE: "... fill a bucket."'
    "\n\nREAD: The district council says tankers are coming.\n\n"
    'CLIP: Mma Boitumelo Kgosidintsi: "We are sending two tankers every day."'
)


def test_a_broadcast_scripts_clip_is_the_named_voices_and_its_outcue_no_row() -> None:
    assert [(q.type, q.speaker, q.text) for q in quotes.extract(SCRIPT)] == [
        ("indirect", "residents of Molepolole", "the pump has been broken for weeks"),
        ("direct", "Mothibi Gaolathe",
         "We have been patient for three years. Patience does not fill a bucket."),
        ("indirect", "the district council", "tankers are coming"),
        ("direct", "Boitumelo Kgosidintsi", "We are sending two tankers every day."),
    ]


#: A clip printed under its slug line with no marks, its outcue repeating the words that
#: end its paragraph (rule echoed-paragraph-end).
UNMARKED_CLIP = (
    "READ: The harbour board says the new crane will arrive in May.\n\n"
    "[CLIP: Tomasz Wierzbicki, harbour master]\n\n"
    "We have waited two winters for this crane. Without it the big ships go to Gdynia "
    "instead.\n\n"
    'Dur 0\'08". OUTCUE: "... go to Gdynia instead."\n\n'
    "READ: The crane was built in Finland."
)


def test_an_unmarked_clips_outcue_is_no_row() -> None:
    assert [(q.type, q.text, q.method) for q in quotes.extract(UNMARKED_CLIP)] == [
        ("indirect", "the new crane will arrive in May", "reported:subject"),
        ("direct", "We have waited two winters for this crane. Without it the big ships go "
         "to Gdynia instead.", "clip-slug"),
    ]
