"""Statements a web page's layout attributes: embedded posts signed by their embed line,
vox pop answers under a name line, and a headline's quote (no row)."""

from __future__ import annotations

import pytest

import quotes

POSTS = """Harbour café closes early after flood warning

The café announced the change on social media on Friday morning:

Doors shut at 2pm today while the tide is this high. Stay dry, everyone.
— Harbour Café (@harbourcafe) June 1, 2026

Not everyone was happy.

Replying to @harbourcafe
Walked twenty minutes in the rain for a flat white and found the shutters down.
— Ines Maroto (@inesmaroto) June 1, 2026

The café reopens on Saturday.
"""

VOX_POP = """Should the pier be rebuilt? We asked people on the promenade

Gwen Talbot, 67, retired teacher
"I met my husband at the end of that pier. Of course it should be rebuilt."

Otto, 11, from Marsh Lane
"Only if it has a roller coaster."

Priya Sandhu (45), lifeguard
"The old one was unsafe for years."

Siân ap Meurig, 38, ferry clerk
"We lost the last boat when the pier went."

The council will decide in May.
"""

#: A vox pop set with a blank line between every paragraph, the name line's too.
VOX_POP_SPACED = """Voices from the quay

Dafydd Evans, 52, harbour pilot

"Nobody listened when we asked for the wall to be raised."

The council meets on Thursday.
"""

HEADLINE = """'We were never asked': villagers fight quarry plan

Residents of Stonecross say the quarry will bring forty lorries a day.
"We were never asked," said Hal Briggs, who has lived there for fifty years.
"""

EMAILS = """Depot emails released

One email, sent to the transport lead, reads:

From: Ivo Marchetti (Head of Fleet)
To: Cllr Dana Whitby
Date: 4 March 2025 10:02
Subject: Depot

Dana, the buses cannot go back to Fenwick Road. The lease ends in June.

Her reply reads:

From: Dana Whitby <d.whitby@example.org>
Sent: 4 March 2025 11:40
Subject: RE: Depot

Understood. Keep this between us until the budget is out.
"""

CLIPS = """HARBOUR FM, NOON NEWS

The river at Kessel Bridge rose again overnight, and the council has closed the towpath.

The council's flood officer, Dr. Marta Oyelaran-Voss, says the water should peak tonight.

[CLIP: Dr. Marta Oyelaran-Voss, flood officer]

We have never seen it this high in June. Please stay off the towpath.

Shop owners on Quay Street spent the morning moving stock upstairs.

[SOT: Tomasz Brennan, owner of a hardware shop, Quay Street]

I lost everything on the ground floor in 2019. [laughs] This time I was ready.

[CLIP: crowd noise at the bridge]

That's the news. I'm Ruth Adebayo.
"""

REACTIONS = """Council budget: what they said

Here is how the city reacted.

Nia Forde, chair, Harbourside Traders

"A freeze on parking charges is the first good news we have had in three years."

Tomasz Lenk, chief economist, Calder Bank

"The reserves will be empty by 2029 if the council keeps spending at this rate."
"""

PACKAGE = """VALLEY NEWS TONIGHT / ITEM 2 / SLUG: FERRY STRIKE / REPORTER: ODILE MARCHAND

ANCHOR: Crews on the Lake Orvan ferries walked out this morning. Odile Marchand reports.

REPORTER V/O: The first boat of the day never left the pier at Saint-Aubry.

SUPER: Bastien Kowalczyk-Roy, ferry engineer

SOT: We have asked for new engines for six years. The old ones stop in the middle of the lake.

REPORTER V/O: The operator says the new engines are ordered. Kowalczyk-Roy is not convinced.

SUPER: Capt. Ilse Varga-Mensah, harbour master (translated from Hungarian)

SOT: Nobody crosses tonight. (Horn sounds.) The lake is closed to passengers.

PTC (ODILE MARCHAND): The union meets again on Friday.

ANCHOR: Talks resume on Friday.
"""


@pytest.mark.parametrize(
    "text, content, mention, method",
    [
        # the post's text under the embed line that signs it
        (POSTS, "Doors shut at 2pm today while the tide is this high. Stay dry, everyone.",
         "Harbour Café", "signed-post"),
        # the frame line above a reply is not part of the post
        (POSTS, "Walked twenty minutes in the rain for a flat white and found the shutters down.",
         "Ines Maroto", "signed-post"),
        # a vox pop answer under its name line, also a given name alone
        (VOX_POP, "I met my husband at the end of that pier. Of course it should be rebuilt.",
         "Gwen Talbot", "name-line"),
        (VOX_POP, "Only if it has a roller coaster.", "Otto", "name-line"),
        # the age in brackets after the name
        (VOX_POP, "The old one was unsafe for years.", "Priya Sandhu", "name-line"),
        # a particle between the words of the name
        (VOX_POP, "We lost the last boat when the pier went.", "Siân ap Meurig", "name-line"),
        # a blank line between the name line and the answer
        (VOX_POP_SPACED, "Nobody listened when we asked for the wall to be raised.",
         "Dafydd Evans", "name-line"),
        # a round-up of reactions: a name and a role in lower case, no age, over each
        # (rule role-name-line), which the narration before it gives way to
        (REACTIONS, "A freeze on parking charges is the first good news we have had in three "
         "years.", "Nia Forde", "name-line"),
        (REACTIONS, "The reserves will be empty by 2029 if the council keeps spending at this "
         "rate.", "Tomasz Lenk", "name-line"),
        # an email's body under its header lines, the sender named with a role or address
        (EMAILS, "Dana, the buses cannot go back to Fenwick Road. The lease ends in June.",
         "Ivo Marchetti", "email-from"),
        (EMAILS, "Understood. Keep this between us until the budget is out.",
         "Dana Whitby", "email-from"),
        # a radio script's clip under its slug line, the title before the name outside
        (CLIPS, "We have never seen it this high in June. Please stay off the towpath.",
         "Marta Oyelaran-Voss", "clip-slug"),
        # a stage note inside a clip splits it
        (CLIPS, "This time I was ready.", "Tomasz Brennan", "clip-slug"),
        # a television script's clip under the caption line naming its speaker, a role
        # after the comma and a title before the name outside the mention
        (PACKAGE, "We have asked for new engines for six years. The old ones stop in the middle "
         "of the lake.", "Bastien Kowalczyk-Roy", "clip-slug"),
        (PACKAGE, "Nobody crosses tonight.", "Ilse Varga-Mensah", "clip-slug"),
    ],
)
def test_page_layout_names_the_speaker(text: str, content: str, mention: str, method: str) -> None:
    rows = [q for q in quotes.extract(text) if q.text == content]
    assert [(q.type, q.speaker_mention, q.method) for q in rows] == [("direct", mention, method)]


def test_an_emails_header_lines_are_no_rows() -> None:
    rows = [(q.speaker, q.method) for q in quotes.extract(EMAILS, scope="all")]
    # `all` types each email by its marks (rows.unmarked): none, so indirect
    assert rows == [
        ("Ivo Marchetti", "unmarked:email-from"),
        ("Dana Whitby", "unmarked:email-from"),
    ]


def test_the_newsreaders_copy_and_a_slug_naming_no_one_give_no_clip_rows() -> None:
    clips = [q.text for q in quotes.extract(CLIPS) if q.method == "clip-slug"]
    assert clips == [
        "We have never seen it this high in June. Please stay off the towpath.",
        "I lost everything on the ground floor in 2019.",
        "This time I was ready.",
    ]


def test_a_package_scripts_copy_and_captions_are_no_rows() -> None:
    # the anchor's and the reporter's lines are the channel's own copy and the caption
    # is a production line; only the clips and whom the copy reports are rows
    rows = [(q.text, q.speaker, q.method) for q in quotes.extract(PACKAGE)]
    assert rows == [
        ("We have asked for new engines for six years. The old ones stop in the middle of the "
         "lake.", "Bastien Kowalczyk-Roy", "clip-slug"),
        ("the new engines are ordered", "the operator", "reported:subject"),
        ("Nobody crosses tonight.", "Ilse Varga-Mensah", "clip-slug"),
        ("The lake is closed to passengers.", "Ilse Varga-Mensah", "clip-slug"),
    ]


#: A news programme's transcript as a broadcaster publishes it: the anchor's and the
#: reporter's lines under their labels with names in brackets, and soundbites under a
#: label giving the speaker's name with a role, and the body it is held in, after commas.
NEWS_TRANSCRIPT = """Coast Tonight, Monday: harbour wall repairs

ANCHOR (Elin Pryce-Hughes): Good evening. The harbour wall at Porthcawl will be closed \
to walkers for a year.

REPORTER (Dafydd Ellis-Morgan): The council told us in a statement that the wall was \
inspected after a storm in October. Gwen Rowlands chairs the harbour users' group.

GWEN ROWLANDS, CHAIR, PORTHCAWL HARBOUR USERS: We warned them about that wall in 2019. \
Nobody listened.

REPORTER (Dafydd Ellis-Morgan): The harbour users' group says it will hold a meeting on \
Friday.
"""


def test_a_news_transcripts_anchor_and_reporter_lines_are_no_rows() -> None:
    # the anchor's and the reporter's lines are the channel's script; whom they report
    # and the soundbite under a name label with a role and a body are rows
    rows = [(q.text, q.speaker) for q in quotes.extract(NEWS_TRANSCRIPT)]
    assert rows == [
        ("the wall was inspected after a storm in October", "The council"),
        ("We warned them about that wall in 2019. Nobody listened.", "Gwen Rowlands"),
        ("it will hold a meeting on Friday", "The harbour users' group"),
    ]


def test_a_headline_quote_is_no_row_but_the_same_words_in_the_story_are() -> None:
    rows = [q for q in quotes.extract(HEADLINE) if q.text.startswith("We were never")]
    assert [(q.start, q.speaker_mention) for q in rows] == [
        (HEADLINE.index("We were never asked,"), "Hal Briggs")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a byline under the last paragraph carries no handle: not an embed line
        "The ferry will not run on Sunday.\n— Lena Ortiz\n",
        # a letter's signature line gives no age: the quote after it has no name line
        "Dev Raghunathan, Kelby\n\"Who decided this?\" is what we all ask.\n",
        # a description with an age is no name line
        "Our neighbour, 80\n\"Not again.\"\n",
        # a `From:` line with no header lines under it is no email's
        "From: the harbour master\n\nThe ferry will not run on Sunday.\n",
    ],
)
def test_lines_that_only_look_like_signatures_name_no_one(text: str) -> None:
    methods = {q.method for q in quotes.extract(text, scope="all")}
    assert not methods & {"signed-post", "name-line", "email-from"}


CAPTION = """Ferry back in service

[Photo: Rhona Gault casts off. She says the crossing takes forty minutes. (Picture: Sam Orr)]

The ferry had been laid up since the storm.
"""


def test_a_caption_reports_like_the_body_though_a_credit_closes_it() -> None:
    rows = [q for q in quotes.extract(CAPTION) if q.type == "indirect"]
    assert [(q.text, q.speaker_mention) for q in rows] == [
        ("the crossing takes forty minutes", "She")
    ]


INTERVIEW = """Five minutes with a lock keeper

Bryn Ashdown-Kaur has kept the Millbrook lock for thirty years.

We met Ashdown-Kaur at the lock cottage. The interview has been shortened.

How did you start?

By accident. My uncle broke his wrist and somebody had to work the gates.

What has changed?

The boats are bigger. The people in them are in more of a hurry.
Nobody waves any more, and my uncle used to say a wave costs nothing.

Would you do it again?

Tomorrow.
"""

#: An interview whose questions may open with a sentence of the writer's, with a prompt put
#: as a statement in the second person, one led by a quotation from the interviewee's
#: book, and a pull quote between the turns that capitalises
#: words said mid-sentence in an answer.
INTERVIEW_PROMPTS = """Ten minutes with a ferry pilot

Orla Dunphy-Reyes has brought ships up the Shannon for nineteen years.

We met Dunphy-Reyes on the pilot boat. The interview has been shortened.

Why the night shifts?

Because the big ships come in on the tide, and the tide keeps no office hours.

"You still read the water with your eyes."

The new radar went in last spring. Is it any help?

It helps in fog. Out here you still read the water with your eyes.

Your memoir ends on "The bar takes what it wants." Has it taken from you?

Twice, and both times I was lucky to swim.

You lost a boat in 2019.

We did. Nobody was hurt, and we learned to leave the bar alone in an easterly.

Would you retire tomorrow?

Not while my knees hold.
"""

#: An interview whose introduction names the one interviewed and then says `she spoke to
#: us` (rules interview-us and interview-pronoun-named).
INTERVIEW_SPOKE_TO_US = """Twenty questions for a harbour master

Greta Lindqvist-Oyelaran has run the port of Visby since 2011.

As she prepares to retire, she spoke to us about ferries and cruise ships.

Were the cruise ships worth it?

Mostly. They paid for the new quay.

Would you stay on if asked?

No. Thirteen summers is enough for anyone.
"""


def test_an_interview_the_one_interviewed_gave_us_gives_her_the_answers() -> None:
    rows = [(q.text, q.speaker) for q in quotes.extract(INTERVIEW_SPOKE_TO_US)]
    assert rows == [
        ("Mostly. They paid for the new quay.", "Greta Lindqvist-Oyelaran"),
        ("No. Thirteen summers is enough for anyone.", "Greta Lindqvist-Oyelaran"),
    ]


#: An interview whose introduction names the one interviewed as its first subject but says
#: nowhere that anyone interviewed her; her answers speak in the first person (rule
#: interview-introduced-by-name).
INTERVIEW_INTRODUCED = """The last boatbuilder on the quay

Ana Ruiz-Okafor has built fishing boats by hand for fifty years. She talks about larch, races
and her late father.

How did you start?

My father built boats, and his father before him. I swept the shed from the age of six.

Where does the wood come from?

Larch from the mainland for the planks, oak for the keel.

Will your son take over?

He already has. He just has not told me yet.
"""


def test_answers_in_the_first_person_are_those_of_the_one_the_introduction_names() -> None:
    rows = [(q.text, q.speaker) for q in quotes.extract(INTERVIEW_INTRODUCED)]
    assert rows == [
        ("My father built boats, and his father before him. I swept the shed from the age of "
         "six.", "Ana Ruiz-Okafor"),
        ("Larch from the mainland for the planks, oak for the keel.", "Ana Ruiz-Okafor"),
        ("He already has. He just has not told me yet.", "Ana Ruiz-Okafor"),
    ]


EXPLAINER = """Blue-green algae: what we know

The Arden reservoir has been closed to swimmers since Monday.

What has been found?

Tests last week found algae at most of the sampling points.

Is it dangerous?

It can make dogs very ill, and people should keep out of the water.
"""


def test_an_interview_printed_without_labels_gives_each_answer_to_the_one_interviewed() -> None:
    rows = [(q.type, q.text, q.speaker_mention, q.cue) for q in quotes.extract(INTERVIEW)]
    assert rows == [
        (
            "direct",
            "By accident. My uncle broke his wrist and somebody had to work the gates.",
            "Ashdown-Kaur",
            None,
        ),
        (
            "direct",
            "The boats are bigger. The people in them are in more of a hurry.",
            "Ashdown-Kaur",
            None,
        ),
        # what someone said inside an answer is part of it, not a row of its own
        (
            "direct",
            "Nobody waves any more, and my uncle used to say a wave costs nothing.",
            "Ashdown-Kaur",
            None,
        ),
        ("direct", "Tomorrow.", "Ashdown-Kaur", None),
    ]


def test_a_question_led_by_a_sentence_and_a_prompt_in_the_second_person_are_the_writers() -> None:
    rows = [(q.text, q.speaker_mention) for q in quotes.extract(INTERVIEW_PROMPTS)]
    assert rows == [
        ("Because the big ships come in on the tide, and the tide keeps no office hours.",
         "Dunphy-Reyes"),
        ("It helps in fog. Out here you still read the water with your eyes.", "Dunphy-Reyes"),
        # a question led by words of the interviewee's book, quoted to them (rule
        # quoted-lead-question), is the writer's
        ("Twice, and both times I was lucky to swim.", "Dunphy-Reyes"),
        ("We did. Nobody was hurt, and we learned to leave the bar alone in an easterly.",
         "Dunphy-Reyes"),
        ("Not while my knees hold.", "Dunphy-Reyes"),
    ]


def test_questions_over_the_writers_own_answers_are_no_interview() -> None:
    assert quotes.extract(EXPLAINER, scope="all") == []
