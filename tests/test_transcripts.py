"""Transcript lines whose label carries a note in brackets, and callers named by given name."""

from __future__ import annotations

import pytest

import quotes

PHONE_IN = """Listeners rang Morning Line with Tessa Quayle about the closed swimming baths.

QUAYLE: First up is Ronan in Lydford. Go ahead, Ronan.

RONAN (LYDFORD): My kids learned to swim there, and the lifeguard said to me they were never told.

QUAYLE: Did anyone from the council write to you?

RONAN (LYDFORD): Not a word.

[CALLER CUT OFF]

QUAYLE (Presenter): We'll try to get him back.
"""

LIVE_BLOG = """Storm Bryn: what we know so far

UPDATE (09:40): Trains between the two cities are cancelled.

UPDATE (10:15): The coastal road has reopened.
"""


@pytest.mark.parametrize(
    "fragment, expected",
    [
        # the caller's given name label, written as a name (rule capitals-name)
        ("My kids learned", "Ronan"),
        ("Not a word.", "Ronan"),
        ("We'll try to get him back.", "Tessa Quayle"),
    ],
)
def test_a_label_with_a_note_in_brackets_is_a_transcript_line(
    fragment: str, expected: str
) -> None:
    [line] = [q for q in quotes.extract(PHONE_IN) if q.text.startswith(fragment)]
    assert (line.type, line.speaker, line.method, line.cue) == (
        "direct",
        expected,
        "transcript",
        "RONAN" if expected == "Ronan" else "QUAYLE",
    )
    # the label is the name, the note in brackets is not part of it
    assert PHONE_IN[line.speaker_start : line.speaker_end] == line.cue


def test_speech_a_caller_reports_inside_the_line_is_no_row_of_its_own() -> None:
    found = quotes.extract(PHONE_IN)
    assert not [q for q in found if q.text.startswith("they were never told")]
    assert not [q for q in found if q.speaker_mention == "the lifeguard"]


def test_a_time_in_brackets_after_a_word_that_names_no_one_is_no_transcript() -> None:
    assert not [q for q in quotes.extract(LIVE_BLOG) if q.method == "transcript"]


RECORD = """Below is part of the record of Tuesday's sitting of the provincial legislature. The
Member for Transport, Sipho Ndlela, answered a question from Anke de Klerk.

Ms A DE KLERK: Chair, the Mooiwater bridge is shut. When will it open?

The MEMBER FOR TRANSPORT: Chair, the engineers finished their report last week.

The repairs start in June and will take ten weeks.

Hon MEMBERS: Shame!

[Interjections.]

…

The CHAIRPERSON: Order! The Member has been warned twice today.

The MEMBER FOR TRANSPORT: Thank you, Chair. Nobody regrets the delay more than I do.
"""

CALL = """The fire service has published a call made by Owen Pryce when his barn caught fire.

[00:00] OPERATOR: Fire service, what is the address?

[00:04] CALLER: Top Farm, Hollins Lane. The roof is going up. (Cows bellowing.) They're inside.

[00:12] OPERATOR: Stay well back from the barn. A crew is on its way.

[00:20] CALLER: Right. [name withheld] is opening the gate for them.

(Call ends.)
"""

COCKPIT = """The report prints the recorder's transcript, the pilots as CAPTAIN and FIRST
OFFICER.

[14.02] FIRST OFFICER: Gear down, three greens.

[14.03] CAPTAIN: Go around. Go around, flaps fifteen.
"""

RADIO_LOG = """The coast guard released the radio traffic of the rescue.

0441 SEA SWALLOW: Mayday, mayday. We are taking water, four on board.

0442 PORT RADIO: Sea Swallow, Port Radio. Mayday received.

0443 SEA SWALLOW: We are launching the raft now.

0444 PORT RADIO: Understood. A tanker is on her way to you.
"""

BRIEFING = """The harbour authority released this record of its Friday press briefing, led by
the harbourmaster, Ines Carvalho. Q marks a question from a journalist.

CARVALHO: The north channel is closed until the wreck is lifted.

Q: How long will that take?

CARVALHO: About a fortnight if the weather holds. [laughs] Longer if it doesn't.

Q: Tom Bryce, Coastal Echo. Will the ferries run?

CARVALHO: Yes, from the south quay.

Q: Rhian Price, S4C. Is the ramp mended?

CARVALHO: Not yet.

Q: Owen Hale, BBC Radio 4. When does the wreck come up?

CARVALHO: In June.
"""

PRESSER = """The club released the transcript of its press conference. Reporters' questions
are marked with their outlet.

Q (Harbour Gazette): Ines, was the second half the best you have played?

CARVALHO: It was the best we have defended. The passing can be better.

Q (Coastal Radio): Will Rui Barreiro be fit for Saturday?

CARVALHO: He trained today. (Laughter.) He says he is fine, so he is fine.

Q (Inaudible): And the new stand?
"""

COMMENTARY = """The broadcaster printed the last round as its two commentators, Ruth Ames and Tom
Pike, called it.

AMES: Here comes the left hook from Varga [CROWD ROARS] and Moss is hurt!

PIKE: He has to tie him up now, Ruth.
"""

TOWN_HALL = """The paper prints part of the meeting on the school bus cuts.

MORRIS: I run the depot. The buses we have are old. [Shows a map] The new routes skip
three villages.

PRYCE: [In Welsh, interpreted] My son will walk four miles to the stop. I have the
timetable here if anyone wants to read it.

[Voices from the floor: "Shame!"]

MORRIS: The routes are not final.
"""

#: A hearing's turns that open with a note of how the answer came (rules opening-note,
#: colon-note).
HEARING = """The committee questioned the port's finance director, Ana Duarte.

THE CHAIR: Who bought the old cranes?

MS. DUARTE: (After consulting her officials) A scrap dealer in Setúbal bought them.

THE CHAIR: And the ferry?

DUARTE: (in Portuguese, through an interpreter) The ferry was sold in March.
"""

REVIEW = """The Quillo 3 is the best budget blender we tested this year.

Pros: quiet, easy to clean. Cons: short battery life, small jug.
"""

MATCH = """Corran came from behind to win on a wet night at the Marsh.

Full time: Corran 2-1 Heston Vale. Thanks for following along.
"""

DE_KLERK, MEMBER = "Ms A DE KLERK", "The MEMBER FOR TRANSPORT"

FACT_CHECK = """Does the new bypass really save twenty minutes?

CLAIM: The bypass cuts the trip to the coast by twenty minutes.

VERDICT: Misleading. The saving is nearer eight minutes outside rush hour.
"""

#: A debate write-up with fact-check boxes: a field label of two words that comes back
#: after another label's turn is no speaker either; a source the box names is a row.
FACT_CHECK_BOXES = """The two candidates met in their only debate on Tuesday.

FACT CHECK: The ferry fares doubled.
Fares rose by about a third between 2021 and 2024, according to the Harbour Board.
VERDICT: Exaggerated.

FACT CHECK: The port lost its biggest client.
VERDICT: True.
"""

#: A fact check's box whose field label opens with an article, its claim quoted.
FACT_CHECK_QUOTED = """Fact check: Did the council halve library opening hours?

THE CLAIM: "Library hours have been cut in half since 2019."

OUR VERDICT: Misleading. Hours fell by a quarter.

At a public meeting on Monday, councillor Ana Ruiz-Mendel said the council had halved the \
hours of every branch library.
"""

AUDIO_GUIDE = """Audio guide transcript, printed for visitors who are deaf or hard of hearing.

ROOM 3. THE LOOM

NARRATOR: You are standing in front of the oldest loom in the valley. The museum's director, \
Ines Marle, says that the loom was built before the house around it.

DR ANA OYELARAN, CURATOR: When the crates were opened, we found the loom wrapped in sacking.

NARRATOR: The shuttles in the next case were lent by the weavers of the upper valley.

TOMAS VIDAL, WEAVER AND GRANDSON OF THE MAKER: My grandfather built it with his brother.

DR ANA OYELARAN, CURATOR: The frame is oak, and it has never been repaired.

NARRATOR: To hear the loom at work, press 12.
"""


RADIO_DISPATCH = """PRESENTER: The islands sit two metres above the sea, and the sea is \
rising. Our correspondent Mara Lind sent this report from the capital.

MARA LIND: The water came at night. "We lifted the children onto the table," said Tomas \
Reyes, a fisherman.
"""


ESTIMATES = """The senator asked about the outage. The exchange went as follows:

Senator KAWAGUCHI: How many towns lost the service for more than a week?

Dr OKONJO-BRAND: Twenty-two towns in the north. Nine of them also lost the clinic line.

Senator MARCHETTI: The minister has ordered a review of the whole network.
"""


SEARCH_BRIEFING = """At a press conference in Suva, Commissioner Semi Tuilagi and Commander \
Aisake Vuki set out the state of the search. The following is an edited excerpt.

TUILAGI: We have two boats on the water and a plane up since dawn.

VUKI: Our drift model puts the boat south-west of Beqa by now.

Later, a reporter asked why the alarm had not been raised until Sunday night.

TUILAGI: The first call came at 8.40pm. Before that, people thought the boat had turned back.
"""


TRAWLER_QA = """We met the marine scientist Adaeze Okonjo at her lab in Lagos.

Q: Which companies own the trawlers?

Okonjo declined to say, citing an inquiry by the authorities.

A: What I can tell you is that fuel now costs three times what it did.
"""


SAME_QUESTIONS = """Two growers on the new pesticide ban

We put the same questions to Marta Outeiro, who farms near Lugo, and Breogán Castro, a \
biologist.

Will the ban help?

OUTEIRO: Not this year. The sprays are already bought.

CASTRO: It will, but slowly.

Who pays for the change?

OUTEIRO: We do, as always.
"""


PODCAST = """Orchard Talk, episode 41. The host, Oda Fenwright, speaks to the grower Bram \
Oyelowo-Hart.

ODA: Welcome back. Today we are in the orchards above Kestwick.

BRAM: The frost came in April and took half the blossom.

ODA (SPONSOR READ): Orchard Talk is brought to you by Millbeck Press. Their 2024 cider is \
the crispest cider in the county.

ODA: Back to the frost. How bad was it?
"""


@pytest.mark.parametrize(
    "text, content, mention",
    [
        # a name with a role after a comma, as an audio guide gives each voice, also once
        (AUDIO_GUIDE, "When the crates were opened, we found the loom wrapped in sacking.",
         "DR ANA OYELARAN"),
        (AUDIO_GUIDE, "My grandfather built it with his brother.", "TOMAS VIDAL"),
        # a courtesy title and an initial before a surname in capitals
        (RECORD, "Chair, the Mooiwater bridge is shut. When will it open?", DE_KLERK),
        # an office for a label, and a turn that runs over a second paragraph
        (RECORD, "Chair, the engineers finished their report last week.", MEMBER),
        (RECORD, "The repairs start in June and will take ten weeks.", MEMBER),
        # a chair's line with a claim of its own (a bare call, `Order! Let the Member finish.`, is
        # procedure, no row: test_not_statements_procedure)
        (RECORD, "Order! The Member has been warned twice today.", "The CHAIRPERSON"),
        # a time stamp before role labels that take turns
        (CALL, "Fire service, what is the address?", "OPERATOR"),
        (CALL, "Stay well back from the barn. A crew is on its way.", "OPERATOR"),
        # a stage note splits the line; a gap in the speech stays inside it
        (CALL, "Top Farm, Hollins Lane. The roof is going up.", "CALLER"),
        (CALL, "They're inside.", "CALLER"),
        (CALL, "Right. [name withheld] is opening the gate for them.", "CALLER"),
        # … also one written with a full stop between hours and minutes
        (COCKPIT, "Gear down, three greens.", "FIRST OFFICER"),
        (COCKPIT, "Go around. Go around, flaps fifteen.", "CAPTAIN"),
        # … and a radio log's four figures
        (RADIO_LOG, "Mayday, mayday. We are taking water, four on board.", "SEA SWALLOW"),
        (RADIO_LOG, "Sea Swallow, Port Radio. Mayday received.", "PORT RADIO"),
        # `Q:` lines by the kind of person the key gives, or by the one who names herself
        (BRIEFING, "How long will that take?", "a journalist"),
        # a stage note in lower case from the list splits the line too
        (BRIEFING, "About a fortnight if the weather holds.", "CARVALHO"),
        (BRIEFING, "Tom Bryce, Coastal Echo. Will the ferries run?", "Tom Bryce"),
        # … an outlet whose name has a digit in it (rule outlet-with-digits)
        (BRIEFING, "Rhian Price, S4C. Is the ramp mended?", "Rhian Price"),
        (BRIEFING, "Owen Hale, BBC Radio 4. When does the wreck come up?", "Owen Hale"),
        # … or by her outlet in brackets after the `Q` (rule asker-in-note)
        (PRESSER, "Ines, was the second half the best you have played?", "Harbour Gazette"),
        (PRESSER, "Will Rui Barreiro be fit for Saturday?", "Coastal Radio"),
        # a Senate record's labels, `Senator` in ordinary case before the capitals
        (ESTIMATES, "How many towns lost the service for more than a week?",
         "Senator KAWAGUCHI"),
        (ESTIMATES, "The minister has ordered a review of the whole network.",
         "Senator MARCHETTI"),
        # … and one of what the crowd does
        (COMMENTARY, "Here comes the left hook from Varga", "AMES"),
        (COMMENTARY, "and Moss is hurt!", "AMES"),
        # a note that opens the turn, in ordinary or lower case, is no part of it
        (HEARING, "A scrap dealer in Setúbal bought them.", "MS. DUARTE"),
        (HEARING, "The ferry was sold in March.", "DUARTE"),
    ],
)
def test_record_and_call_labels_make_direct_rows(text: str, content: str, mention: str) -> None:
    rows = [q for q in quotes.extract(text) if q.text == content]
    assert [(q.type, q.speaker_mention, q.method) for q in rows] == [
        ("direct", mention, "transcript")
    ]


def test_a_question_with_a_note_that_is_no_outlet_has_no_asker() -> None:
    # `Q (Inaudible):` marks words lost, not who asked
    assert [q for q in quotes.extract(PRESSER) if q.text == "And the new stand?"] == []


def test_a_message_played_on_air_is_the_sender_s_the_note_names() -> None:
    text = (
        "HOST: Plenty of you wrote in about last week's episode. Here is one of them.\n\n"
        "VOICE NOTE (Mirela, Orhei): The bus to the school in town leaves at half past six, "
        "and nobody asked the parents.\n\nHOST: Thank you, Mirela. That is the story we "
        "keep hearing."
    )
    rows = [q for q in quotes.extract(text) if q.text.startswith("The bus")]
    assert [(q.speaker_mention, q.speaker, q.type) for q in rows] == [
        ("Mirela", "Mirela", "direct")
    ]


#: A debate page: the paper's numbered questions, each guest's answer under a label.
DEBATE_PAGE = (
    "We put the same questions to Ana Outeiro, who leads the gatherers' guild, and Rui "
    "Barreiro, a marine biologist.\n\n1. Is the cut justified?\n\nOUTEIRO: No. The survey "
    "was done in a storm.\n\nBARREIRO: The storms change the count by a few percent.\n\n2. "
    "Who is to blame?\n\nOUTEIRO: Poachers. Everyone knows their names.\n\nBARREIRO: "
    "Poaching is real and it hurts."
)


@pytest.mark.parametrize(
    "text, words",
    [
        (RECORD, "Shame"),  # a chorus is no one's statement
        (RECORD, "Interjections"),  # nor is a stage note on its own line
        (RECORD, "…"),  # nor a line with no word between two turns
        (CALL, "Cows bellowing"),
        (CALL, "Call ends"),
        (FACT_CHECK, "The bypass cuts"),  # field labels that appear once are no speakers
        (FACT_CHECK, "Misleading"),
        (REVIEW, "quiet"),  # nor are a review's pros and cons
        (REVIEW, "short battery"),
        (MATCH, "Corran 2-1"),  # nor a match report's score line
        # nor an audio guide's narrator, the script's own voice
        (AUDIO_GUIDE, "You are standing"),
        (AUDIO_GUIDE, "The shuttles in the next case"),
        # … nor a radio presenter's introduction to a dispatch, the station's own copy
        (RADIO_DISPATCH, "The islands sit"),
        # a field label of two words that takes turns with another (`FACT CHECK`)
        (FACT_CHECK_BOXES, "The ferry fares doubled"),
        (FACT_CHECK_BOXES, "The port lost"),
        (FACT_CHECK_BOXES, "Exaggerated"),
        # … nor one that opens with an article, its claim in quotation marks
        (FACT_CHECK_QUOTED, "Library hours have been cut"),
        # nor a sponsor's copy that the host reads out under a note saying so
        (PODCAST, "brought to you by"),
        (PODCAST, "the crispest cider"),
        # nor the paper's numbered question between two guests' answers
        (DEBATE_PAGE, "Who is to blame"),
        # nor the writer's line between two turns telling of a new questioner (rule
        # narration-between-turns)
        (SEARCH_BRIEFING, "a reporter asked"),
        # … or that the one asked gave no answer
        (TRAWLER_QA, "declined to say"),
        # … nor, where the page prints its questions as lines with no label, a later
        # question line (rule unlabelled-question)
        (SAME_QUESTIONS, "Who pays for the change"),
        # nor a note of what the speaker does, or that the words are interpreted, nor
        # a quote in a paragraph that is all one note (rule stage-paragraph)
        (TOWN_HALL, "Shows a map"),
        (TOWN_HALL, "interpreted"),
        (TOWN_HALL, "Shame"),
        # … nor a note that opens a turn (rule opening-note)
        (HEARING, "consulting her officials"),
        (HEARING, "through an interpreter"),
    ],
)
def test_choruses_notes_and_fields_give_no_row(text: str, words: str) -> None:
    assert not [q for q in quotes.extract(text, scope="all") if words in q.text]


def test_a_note_of_what_the_speaker_does_cuts_the_turn_in_two() -> None:
    assert [(q.text, q.speaker) for q in quotes.extract(TOWN_HALL)] == [
        ("I run the depot. The buses we have are old.", "MORRIS"),
        ("The new routes skip\nthree villages.", "MORRIS"),
        ("My son will walk four miles to the stop. I have the\ntimetable here if anyone wants "
         "to read it.", "PRYCE"),
        ("The routes are not final.", "MORRIS"),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "(Interjection)",  # a committee record's note in brackets
        # rule record-interjection: Hansard's note without brackets, ending in a dash
        "Honourable senators interjecting—",
        "Senator Okafor-Hale interjecting—",
    ],
)
def test_a_committee_record_s_interjection_note_cuts_the_turn_in_two(note: str) -> None:
    text = (
        "The committee heard from the harbour master, Ana Ruiz-Pryce, and the mayor, "
        "Tom Okafor-Hale.\n\nOKAFOR-HALE: Did the board write to you?\n\nRUIZ-PRYCE: We "
        f"wrote to them twice. {note} I heard that. Nobody answered us.\n"
    )
    rows = [q.text for q in quotes.extract(text) if q.speaker == "Ana Ruiz-Pryce"]
    assert rows == ["We wrote to them twice.", "I heard that. Nobody answered us."]


def test_a_hosts_own_lines_around_a_sponsor_read_are_rows() -> None:
    rows = [(q.text, q.speaker_mention) for q in quotes.extract(PODCAST)]
    assert rows == [
        ("Welcome back. Today we are in the orchards above Kestwick.", "ODA"),
        ("The frost came in April and took half the blossom.", "BRAM"),
        ("Back to the frost. How bad was it?", "ODA"),
    ]


def test_a_narrators_line_is_no_row_but_whom_it_reports_is() -> None:
    rows = [(q.text, q.speaker, q.method) for q in quotes.extract(AUDIO_GUIDE)]
    assert rows[0] == (
        "the loom was built before the house around it", "Ines Marle", "reported:subject"
    )
    assert not [q for q in quotes.extract(AUDIO_GUIDE) if q.speaker_mention == "NARRATOR"]


STEWARDS = """STEWARDS' REPORT. Race 4: The Harbour Plate, 1,200m.

SEA LANTERN (Tomas Vidal): Slow to begin. Rider stated that the mare was upset by the crowd.

NORTH KING (Ines Marle): Raced wide without cover. Trainer Mr Ravi Osei reported that the \
colt had been coughing. Mr Osei advised that the colt would be rested for a month.

GREY BARON (Ana Ruiz): Finished lame. The club vet found no fracture.
"""


def test_a_list_of_entries_under_labels_with_notes_is_no_transcript() -> None:
    # a stewards' report heads each runner's paragraph with the horse and its rider: the
    # horse (`NORTH KING`, whose last word is a title) is no speaker, and whom the
    # paragraph reports are rows
    rows = [(q.text, q.speaker, q.cue) for q in quotes.extract(STEWARDS)]
    assert ("the colt would be rested for a month", "Ravi Osei", "advised") in rows
    assert ("the colt had been coughing", "Ravi Osei", "reported") in rows
    assert not [q for q in quotes.extract(STEWARDS) if q.method == "transcript"]


#: A recording whose introduction gives its labels as descriptions, no names.
BRIDGE = """The report includes a transcript from the bridge recorder. It does not name the \
crew: the officer of the watch appears as OOW and the ship's master as MASTER.

[07.31] OOW: Small target on the bow.

[07.31] MASTER: Keep an eye on it.

[07.39] OOW: Hard to port!
"""


#: A court record's excerpt whose labels are the judge's and the witness's parts in the
#: trial, not their names.
COURT_RECORD = """Harbour clerk tells jury she saw the ledger altered

Nadia Oyelaran-Price, 44, was the first witness in the trial of Colm Rafferty, 51, who \
denies false accounting. The following excerpt is from the transcript of her evidence \
before Judge Imelda Kerrigan on Tuesday.

MS. DUFFY: Who kept the ledger?

THE WITNESS: I did. Every entry was in my hand until March.

MR. HOLT: Objection.

THE COURT: Overruled. You may answer.
"""


@pytest.mark.parametrize(
    "text, content, name",
    [
        # a member's surname after a title and an initial, named in the introduction
        (RECORD, "Chair, the Mooiwater bridge is shut. When will it open?", "Anke de Klerk"),
        # an office the introduction gives with its holder's name after a comma
        (RECORD, "Thank you, Chair. Nobody regrets the delay more than I do.", "Sipho Ndlela"),
        # the caller is the one who made the call
        (CALL, "Right. [name withheld] is opening the gate for them.", "Owen Pryce"),
        # a role the introduction names no one for: its description
        (BRIDGE, "Small target on the bow.", "the officer of the watch"),
        # ... the verb left out after the first (`and the ship's master as MASTER`)
        (BRIDGE, "Keep an eye on it.", "the ship's master"),
        # an office the introduction gives its holder with a copula (rule office-was-name)
        ("The last minute of the count was broadcast live; the range officer was Tomas "
         "Berg-Ikeda. This is what the loop carried:\n\nRANGE OFFICER: Range is green.\n\n"
         "RANGE OFFICER: We are go for launch.\n", "Range is green.", "Tomas Berg-Ikeda"),
        # a court's record: `THE COURT` is the judge the introduction titles, `THE
        # WITNESS` the one it says was the witness (rule court-label)
        (COURT_RECORD, "Overruled. You may answer.", "Imelda Kerrigan"),
        (COURT_RECORD, "I did. Every entry was in my hand until March.",
         "Nadia Oyelaran-Price"),
        # … also where the text names a court whose name ends in the label's word
        # (rule court-label-no-surname: `COURT` is no surname of `Harbour Crown Court`)
        (COURT_RECORD.replace("on Tuesday.", "at Harbour Crown Court on Tuesday."),
         "Overruled. You may answer.", "Imelda Kerrigan"),
    ],
)
def test_a_record_label_resolves_to_the_name_the_introduction_gives(
    text: str, content: str, name: str
) -> None:
    [row] = [q for q in quotes.extract(text) if q.text == content]
    assert row.speaker == name


BRIEFING_BY_GIVEN_NAMES = """Officials answer questions on the landslide

An edited transcript of the Friday briefing at the district office. Taking questions were \
the district chief, Anan Srisuk, and the head of the roads agency, Pornthip Wongsakul. Q \
marks a question from a reporter.

ANAN: The road to the upper villages will stay closed over the weekend.

Q: When will the army engineers arrive?

PORNTHIP: They are on their way from Lampang. We expect them on Sunday morning.

Q: Is the bridge safe?

ANAN: We have closed it until the engineers have looked at it.
"""


def test_a_label_of_a_given_name_the_introduction_gives_in_full_is_a_turn() -> None:
    # rule given-name-of-named: `PORNTHIP` speaks once among the reporters' `Q:` lines,
    # a given name no list holds; the introduction names her in full
    rows = [
        (q.type, q.text, q.speaker, q.speaker_mention, q.method)
        for q in quotes.extract(BRIEFING_BY_GIVEN_NAMES)
        if q.speaker_mention == "PORNTHIP"
    ]
    assert rows == [
        (
            "direct",
            "They are on their way from Lampang. We expect them on Sunday morning.",
            "Pornthip Wongsakul",
            "PORNTHIP",
            "transcript",
        )
    ]


def test_a_source_inside_a_fact_check_box_is_a_row() -> None:
    rows = [(q.type, q.speaker, q.text) for q in quotes.extract(FACT_CHECK_BOXES)]
    assert rows == [
        ("indirect", "Harbour Board", "Fares rose by about a third between 2021 and 2024")
    ]


#: Excerpts of a press conference whose introduction gives the answerer as `answers by`,
#: with an editor's note between a question and its answer on a line of its own.
EXCERPTS = """The governor answered questions for three hours at her annual press conference.
Following are excerpts, with answers by Maren Castellane. Q marks a question from a reporter.

Q: Will the toll rise?

A: Not this year. The bridge pays for itself.

Q: Is the ferry contract safe?

(The governor answered this question in French. Translation by the office.)

A: Yes. The contract runs until 2031.
"""


@pytest.mark.parametrize(
    "content, speaker",
    [
        ("Not this year. The bridge pays for itself.", "Maren Castellane"),
        ("Is the ferry contract safe?", "a reporter"),
        ("Yes. The contract runs until 2031.", "Maren Castellane"),
    ],
)
def test_answers_by_names_who_answers_and_a_note_between_turns_is_no_part_of_one(
    content: str, speaker: str
) -> None:
    rows = {q.text: q.speaker for q in quotes.extract(EXCERPTS)}
    assert rows[content] == speaker
    assert not [text for text in rows if "Translation" in text]


@pytest.mark.parametrize(
    "introduction",
    [
        # a pronoun for the one the text named first: he answers, the one he spoke to asks
        "Kwame Asante-Birch has run the ferry for thirty years. He spoke to Ines Olawale "
        "at the harbour.",
        # … and the same with his surname
        "Kwame Asante-Birch has run the ferry for thirty years. Asante-Birch talked with "
        "Ines Olawale at the harbour.",
        # the subject asks when the text has not named him before
        "Ines Olawale spoke to Kwame Asante-Birch, who has run the ferry for thirty years.",
        # rule answerer-described-before: the subject tied to the body spoken of before
        # by `Its` and named after its role answers, the one it spoke to asks
        "The Ferry Board runs six boats to the islands. Its harbour master, "
        "Kwame Asante-Birch, 58, spoke to Ines Olawale.",
    ],
)
def test_who_spoke_to_whom_decides_who_asks(introduction: str) -> None:
    text = introduction + "\n\nQ: Why stay?\n\nA: The sea is the only boss I trust.\n"
    rows = [(q.text, q.speaker) for q in quotes.extract(text)]
    assert rows == [
        ("Why stay?", "Ines Olawale"),
        ("The sea is the only boss I trust.", "Kwame Asante-Birch"),
    ]


@pytest.mark.parametrize(
    "introduction",
    [
        # rule passive-read-as-complement: a cross-examination introduces the Q and A
        # lines, the parse hanging `examined` on `was` and the witness on `was`
        "Ines Olawale, 44, told the tribunal the ledger had been altered. She was "
        "cross-examined by the harbour board's counsel, Kwame Asante-Birch. The exchange "
        "went as follows:",
        # … with the witness set off after a role and the time before the agent
        "The witness, Ines Olawale, was cross-examined on Tuesday by Kwame Asante-Birch "
        "for the harbour board. Part of it ran as follows:",
    ],
)
def test_a_cross_examination_says_who_asks_and_who_answers(introduction: str) -> None:
    text = (
        introduction
        + "\n\nQ: You altered the ledger yourself, didn't you?\n\nA: I copied it. I never "
        "changed a figure.\n"
    )
    rows = [(q.text, q.speaker) for q in quotes.extract(text) if q.cue in ("Q", "A")]
    assert rows == [
        ("You altered the ledger yourself, didn't you?", "Kwame Asante-Birch"),
        ("I copied it. I never changed a figure.", "Ines Olawale"),
    ]


@pytest.mark.parametrize(
    "introduction",
    [
        # the writer is the one spoken to: she answers, the writer's questions are no row
        "The potter Mira Kellaway-Oduro, 61, opens a new kiln this week. She spoke to us "
        "about clay, rent and her late father.",
        # … and the writer who speaks first, by a pronoun of his own
        "Mira Kellaway-Oduro, 61, opens a new kiln this week. I talked to her at the "
        "workshop.",
        # … and the writer as `we`, who asks the one named after the verb
        "Mira Kellaway-Oduro, 61, opens a new kiln this week. We spoke to Kellaway-Oduro "
        "at the workshop.",
    ],
)
def test_the_writer_as_a_party_asks_and_her_questions_are_no_row(introduction: str) -> None:
    text = (
        introduction
        + "\n\nQ: Why a second kiln?\n\nA: The first one is older than my son. It "
        "cracks every winter.\n"
    )
    rows = [(q.text, q.speaker, q.cue) for q in quotes.extract(text)]
    assert rows == [
        ("The first one is older than my son. It cracks every winter.", "Mira Kellaway-Oduro", "A"),
    ]


def test_a_radio_call_naming_the_station_gives_no_holder_to_the_vessels_label() -> None:
    """`Sea Swallow, Port Radio.` inside a turn is a radio call, not an office and its
    holder: the vessel's label stays its own voice (its name as the text writes it in
    ordinary case)."""
    rows = [(q.text, q.speaker, q.speaker_mention) for q in quotes.extract(RADIO_LOG)]
    assert ("We are launching the raft now.", "Sea Swallow", "SEA SWALLOW") in rows


@pytest.mark.parametrize(
    "content, name",
    [
        # a countdown's time stamp before a role label; the role right before the name
        ("Engines are armed.", "Mele Tonga-Reyes"),
        ("You are cleared to fly.", "Pavel Ostrowski-Hale"),
    ],
)
def test_a_log_s_role_label_after_a_time_stamp_is_the_one_the_text_gave_the_role(
    content: str, name: str
) -> None:
    text = (
        "The count was run by test conductor Mele Tonga-Reyes, with flight director Pavel "
        "Ostrowski-Hale giving the last word. The log read:\n\n"
        'T-00:03:00 TEST CONDUCTOR: "Engines are armed."\n\n'
        'T-00:01:00 FLIGHT DIRECTOR: "You are cleared to fly."\n'
    )
    [row] = [q for q in quotes.extract(text) if q.text == content]
    assert row.speaker == name


def test_a_key_may_name_who_asks_before_the_q() -> None:
    key = "Questions from the press are marked Q."
    text = BRIEFING.replace("Q marks a question from a journalist.", key)
    [row] = [q for q in quotes.extract(text) if q.text == "How long will that take?"]
    assert row.speaker_mention == "the press"


ROUNDUP = """Leaders react to the summit

BERLIN: Chancellor Petra Lindqvist told reporters that the agreement was a good start.

WARSAW: "We will send observers," a spokesman for the foreign ministry, Jan Wolski, said.

AFRICAN UNION: Its chairman, Moussa Diallo, said the deal should be widened.
"""

#: A roundup whose last item reports no one (rule section-list), and one whose last item
#: speaks in the first person: that label's own turn.
SOURCELESS_ITEM = ROUNDUP + """
SANTA ROSA: A court in Vila Nova jailed a former town treasurer for four years for fraud.
"""
FIRST_PERSON_ITEM = ROUNDUP + """
MINISTER: I have asked the ministry twice and nobody has answered my letters.
"""

ROUNDUP_ROWS = [
    ("indirect", "the agreement was a good start", "Petra Lindqvist"),
    ("direct", "We will send observers,", "a spokesman"),
    ("indirect", "the deal should be widened", "Its chairman"),
]

DATELINE = (
    "Stalls to reopen after flood\n\nLAGOSPUR: Traders at the fish market will reopen their"
    " stalls on Monday, the chairman of the market association said on Sunday.\n"
)

ONE_OFF_TURNS = """Council exchange

HOST: Welcome back. What did the council decide?

MINISTER: The prime minister told me the bridge would open in May.
"""

INTERVIEW = """Our reporter Dana Fell spoke to the farmer Tom Ruddock about the drought.

FELL: How bad is it?

RUDDOCK: My father told me the river had never run dry in his lifetime.
"""


NOTES = """Notes from the locker room after the Foxes' win on Sunday.

MORENO FROM DOWNTOWN: Carl Moreno Jr. hit a 35-footer at the buzzer, his fifth three.

OKAFOR'S NIGHT: Ben Okafor fouled out late. Later, Okafor said he never saw the foul.
"""


#: County labels over paragraphs whose first sentence gives no source; a later one does.
COUNTY_ROUNDUP = """Dry season: farmers in two counties count their losses.

KITUI: Near Mwingi, Grace Mutua lost her maize crop in August. "The rain never came," \
she said.

MACHAKOS: Cattle prices have halved since June. Traders in Kathiani said buyers had \
stopped coming.
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a notes column's topic headings in capitals, a phrase or a possessive
        (NOTES, [("indirect", "he never saw the foul", "Okafor")]),
        # a roundup's section labels: each paragraph's prose gives its own source
        (ROUNDUP, ROUNDUP_ROWS),
        # a roundup's item that reports no one heads a section too (rule section-list)
        (SOURCELESS_ITEM, ROUNDUP_ROWS),
        # ... but an item in the first person is its label's turn
        (
            FIRST_PERSON_ITEM,
            [
                *ROUNDUP_ROWS,
                (
                    "direct",
                    "I have asked the ministry twice and nobody has answered my letters.",
                    "MINISTER",
                ),
            ],
        ),
        # a county's label over a paragraph that names its sources in a later sentence
        (
            COUNTY_ROUNDUP,
            [
                ("direct", "The rain never came,", "she"),
                ("indirect", "buyers had stopped coming", "Traders"),
            ],
        ),
        # a dateline in capitals before a sentence that names its source
        (
            DATELINE,
            [
                (
                    "indirect",
                    "Traders at the fish market will reopen their stalls on Monday",
                    "the chairman",
                )
            ],
        ),
    ],
)
def test_a_section_label_or_dateline_in_capitals_is_no_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    rows = [(q.type, q.text, q.speaker_mention) for q in quotes.extract(text)]
    assert rows == expected


@pytest.mark.parametrize(
    "text, label, content",
    [
        # an office's turn reports what someone told it: still the office's words
        (ONE_OFF_TURNS, "MINISTER", "The prime minister told me the bridge would open in May."),
        # an introduction names the two people: the labels are theirs
        (INTERVIEW, "RUDDOCK", "My father told me the river had never run dry in his lifetime."),
    ],
)
def test_a_turn_that_reports_someone_else_is_still_the_labels(
    text: str, label: str, content: str
) -> None:
    [line] = [q for q in quotes.extract(text) if q.speaker_mention == label]
    assert (line.type, line.text, line.method) == ("direct", content, "transcript")


EXCHANGE = """The council's chief planner, Dr Ines Okoro-Blake, faced the scrutiny panel.

The panel's chair, Cllr Rowan Tegg-Ashdown, pressed her on the bridge.

The exchange, from the panel's record:

Chair: You said the bridge would open in May. Will it?

Dr Okoro-Blake: Not in May.

Chair: Then when?

The panel will meet again next month.
"""

NOTES = """Storm Bryn: what we know so far

Trains: Services between the two cities are cancelled.

Roads: The coastal road has reopened.

Trains: A replacement bus runs every hour.
"""


@pytest.mark.parametrize(
    "content, name",
    [
        ("You said the bridge would open in May. Will it?", "Rowan Tegg-Ashdown"),
        ("Not in May.", "Ines Okoro-Blake"),
        ("Then when?", "Rowan Tegg-Ashdown"),
    ],
)
def test_an_exchange_in_ordinary_case_after_a_colon_is_a_transcript(
    content: str, name: str
) -> None:
    # two labels in title case taking turns, set out after a colon (exchanges.exchange_lines)
    [row] = [q for q in quotes.extract(EXCHANGE) if q.text == content]
    assert (row.type, row.method) == ("direct", "transcript")
    assert name in (row.speaker or "")


def test_labels_in_ordinary_case_with_no_colon_before_them_are_no_exchange() -> None:
    assert not [q for q in quotes.extract(NOTES, scope="all") if q.method == "transcript"]


CALL_EXCERPTS = """Harbour Foods cut its outlook on Tuesday. Excerpts from the call follow.

Operator: The first question comes from Mia Torres of Lindqvist Bank.

Mia Torres (Lindqvist Bank): How much of the fall is the weather?

Tom Wells (CFO): Most of it. The rest is prices.

Operator: The next question is from Jan de Boer at Noord Capital.

Jan de Boer (Noord Capital): Will you cut the dividend?

Wells: Not this year.
"""

DEBATE_RECORD = """The exchange below is taken from the record of the sitting.

Mrs. Ana Brightwater (Eastmoor, Lab.): Mr. Speaker, the ferry has not run for a month.

Some hon. members: Hear, hear!

Hon. Kofi Mensah-Hale (Minister of Transport): Mr. Speaker, it runs again on Monday.

[Translation]

Mr. Luc Arsenault (Baie-Rouge, Ind.): Mr. Speaker, which Monday?

Hon. Kofi Mensah-Hale: Mr. Speaker, this one.
"""

COMMITTEE_RECORD = """The transport committee heard from the ferry company on Tuesday.

The Chair (Ms. Oonagh Brady-Lachance): Good morning. Mr. Quist, you have five minutes.

Mr. Tomas Quist (Chief Operating Officer, Northern Isles Ferry Services Limited): Thank \
you, Madam Chair. The new vessel arrives in June.

Mr. Dev Malhotra (Harbourside, Lib.): Will it carry freight?

Mr. Tomas Quist: Not at first.

The Chair: Mr. Malhotra, your time is up.
"""

HOLYROOD_RECORD = """The housing committee took evidence on the ferry bill. This extract from the \
record has been edited.

The Convener (Morag Lindsay-Dunn): Good morning. We have one panel today.

Eilidh MacAskill (Skye and Lochalsh) (SNP): Will the new ferry carry livestock?

Tomas Quist (Northern Isles Ferries): Not at first.

The first year is for passengers only.

Members indicated agreement.

Dev Malhotra (Moray) (Lab): Then who moves the cattle?

The Convener: We must move on.
"""

INITIALS = """Jana Kowalczyk met the potter Chidi Okonkwo in his workshop.

JK: When did you start?

Okonkwo: At nine, with my uncle's wheel.

JK: And now?

Okonkwo: Now the wheel is mine.
"""

FAMILY_NAME_FIRST = """Jana Kowalczyk met the cook Lê Thị Hoa, who says her stall is the oldest.

JK: Why noodles?

Hoa: My mother sold them, and her mother too.

JK: Will your children sell them?

Hoa: Only if they want to.
"""

PRESSER = """Ines Falk lost in three sets on Sunday. Below is the press conference Falk gave
afterwards. Q marks a question from a reporter.

Q: How is the knee?

A: Sore, but I will play next week.

Q: Were you surprised?

A: Not at all.
"""

#: The press conference's introduction as an edited transcript, the parse gluing the event
#: noun to the name (`the press conference Echeverría gave afterwards, as …`).
PRESSER_EDITED = (
    "Renata Echeverría Pinto lost the final in Lyon on Sunday.\n\n"
    "Below is an edited transcript of the press conference Echeverría gave afterwards, "
    "as released by the organisers. Q marks a question from a reporter.\n\n"
    "Q: What went wrong in the tie-break?\n\n"
    "A: I hurried the second serve. She punished it every time.\n"
)

#: An introduction that puts the one interviewed first and the paper's writer as the object.
WRITER_OBJECT = """Governor Ana Ruiz spoke with Courier senior writer Tom Hale about the budget.

Q: Will you raise taxes?

A: Not this year.
"""

DOUBLE_SURNAME = """Rocío Benavides Ortega, 52, has kept the museum since 2011.
She spoke to Tom Hale.

Hale: You grew up here. What do you remember first?

Benavides: The noise of the clockwork. My father wound it.

Hale: Why is the roof in such a state?

Benavides: Salt, and forty years of nobody paying for paint.
"""

ANSWERS = """Ines Falk won her first title on Sunday night.

An edited transcript of Falk's answers in English follows. Q marks a question from a reporter.

Q: When did you think you could win?

A: At 5-all in the third set, not before.
"""

INTERPRETED = """Rosa Quintana Ferreira, 71, has kept the village's beehives for forty years.
She speaks Aymara and a little Spanish. Luis Pardo interviewed her through an interpreter.

Q: Why did the hives fail?

QUINTANA: The rain came late, and the flowers with it.

Q: Will they come back?

QUINTANA: If the rain does.
"""

PANEL = """The host, the Herald's Mia Torres and the Courier's Sam Adeyemi argued about it.

Mia Torres: It is a tax on savers.

Sam Adeyemi: It is a tax on speculation.

Torres: Savers speculate too.
"""


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # a call's excerpts, no colon before them: labels that name people taking turns,
        # each with a note in brackets, and a name's particle in lower case
        (CALL_EXCERPTS, "How much of the fall is the weather?", "Mia Torres"),
        (CALL_EXCERPTS, "Most of it. The rest is prices.", "Tom Wells"),
        (CALL_EXCERPTS, "Will you cut the dividend?", "Jan de Boer"),
        (CALL_EXCERPTS, "Not this year.", "Tom Wells"),
        # a parliament's record: courtesy titles, a chorus and a note between the turns
        (DEBATE_RECORD, "Mr. Speaker, it runs again on Monday.", "Kofi Mensah-Hale"),
        (DEBATE_RECORD, "Mr. Speaker, which Monday?", "Luc Arsenault"),
        (DEBATE_RECORD, "Mr. Speaker, this one.", "Kofi Mensah-Hale"),
        # a committee's record: the chair named once in the office's note, then the office
        # alone; a witness's long note (his post and his company) is no part of his label
        (COMMITTEE_RECORD, "Good morning. Mr. Quist, you have five minutes.",
         "Oonagh Brady-Lachance"),
        (COMMITTEE_RECORD, "Thank you, Madam Chair. The new vessel arrives in June.",
         "Tomas Quist"),
        (COMMITTEE_RECORD, "Not at first.", "Tomas Quist"),
        (COMMITTEE_RECORD, "Mr. Malhotra, your time is up.", "Oonagh Brady-Lachance"),
        # a member's seat and party in two notes; a turn over two paragraphs; the
        # convener named in the office's note with no courtesy title
        (HOLYROOD_RECORD, "Will the new ferry carry livestock?", "Eilidh MacAskill"),
        (HOLYROOD_RECORD, "The first year is for passengers only.", "Tomas Quist"),
        (HOLYROOD_RECORD, "Then who moves the cattle?", "Dev Malhotra"),
        (HOLYROOD_RECORD, "Good morning. We have one panel today.", "Morag Lindsay-Dunn"),
        (HOLYROOD_RECORD, "We must move on.", "Morag Lindsay-Dunn"),
        # an interviewer labelled by her initials, the one interviewed by his surname
        (INITIALS, "When did you start?", "Jana Kowalczyk"),
        (INITIALS, "At nine, with my uncle's wheel.", "Chidi Okonkwo"),
        # a name written family name first: the label is the whole name, not its last two
        (FAMILY_NAME_FIRST, "My mother sold them, and her mother too.", "Lê Thị Hoa"),
        # `A:` is the one whose press conference the introduction names
        (PRESSER, "Sore, but I will play next week.", "Ines Falk"),
        (PRESSER, "Not at all.", "Ines Falk"),
        (PRESSER_EDITED, "I hurried the second serve. She punished it every time.",
         "Renata Echeverría Pinto"),
        # `A:` is the one whose answers the introduction says the transcript gives
        (ANSWERS, "At 5-all in the third set, not before.", "Ines Falk"),
        # the paper's writer asks, though the text makes him the object of `spoke with`
        (WRITER_OBJECT, "Will you raise taxes?", "Tom Hale"),
        (WRITER_OBJECT, "Not this year.", "Ana Ruiz"),
        # a label that is the first of a Spanish name's two surnames
        (DOUBLE_SURNAME, "The noise of the clockwork. My father wound it.",
         "Rocío Benavides Ortega"),
        (DOUBLE_SURNAME, "Why is the roof in such a state?", "Tom Hale"),
        # `Q:` is the one who interviewed her, not the language she speaks
        (INTERPRETED, "Why did the hives fail?", "Luis Pardo"),
        (INTERPRETED, "Will they come back?", "Luis Pardo"),
        # a label that is a whole name is that name, not `the Herald's Mia Torres`
        (PANEL, "It is a tax on savers.", "Mia Torres"),
        (PANEL, "Savers speculate too.", "Mia Torres"),
    ],
)
def test_labels_in_ordinary_case_that_name_people_taking_turns_are_a_transcript(
    text: str, content: str, speaker: str
) -> None:
    [row] = [q for q in quotes.extract(text) if q.text == content]
    assert (row.type, row.method, row.speaker) == ("direct", "transcript", speaker)


def test_a_chorus_between_turns_is_no_row_and_no_part_of_a_turn() -> None:
    rows = quotes.extract(DEBATE_RECORD, scope="all")
    assert not [q for q in rows if "Hear, hear" in q.text]
    assert not [q for q in quotes.extract(HOLYROOD_RECORD) if "agreement" in q.text]
    assert [q.text for q in rows if q.speaker == "Ana Brightwater"] == [
        "Mr. Speaker, the ferry has not run for a month."
    ]


DEPOSITION = """Former depot manager Lena Marsh was questioned in May by Omar Haddad, a lawyer \
for the drivers. Excerpts follow.

BY MR. HADDAD:

Q. Did you see the tyre report before the coach left?

A. I saw the first page. It said the tyres were fine.

MS. PARRY: Objection, leading.

A. No, not the second page.

(Marsh Dep. 41:2-9)
"""

LETTERED_LIST = """The council set out two choices for the depot.

A. Keep it open and sell the land behind it.

B. Close it and move the buses to Fenwick Road.
"""


def test_a_depositions_q_and_a_lines_are_the_asker_and_the_witness() -> None:
    rows = [(q.text, q.speaker, q.type) for q in quotes.extract(DEPOSITION)]
    assert rows == [
        ("Did you see the tyre report before the coach left?", "Omar Haddad", "direct"),
        ("I saw the first page. It said the tyres were fine.", "Lena Marsh", "direct"),
        ("Objection, leading.", "PARRY", "direct"),
        ("No, not the second page.", "Lena Marsh", "direct"),
    ]


def test_lettered_lines_without_a_q_are_no_deposition() -> None:
    assert quotes.extract(LETTERED_LIST) == []


HARBOUR_TALK = """Our reporter Ann Lee spoke to the harbour master, Ravi Nayar.

LEE: Will the ferry run this winter?

NAYAR: It will. Some called the repairs a "waste" but they were not.

LEE: Thank you.

NAYAR: "We will be ready by March."
"""


@pytest.mark.parametrize(
    "content, in_all",
    [
        # no marks: PolNeAR's row is indirect, the statements scope's direct
        ("Will the ferry run this winter?", "indirect"),
        # marks round some of the words: mixed
        ('It will. Some called the repairs a "waste" but they were not.', "mixed"),
        # marks round all of them: direct in both scopes
        ('"We will be ready by March."', "direct"),
    ],
)
def test_scope_all_types_a_transcript_turn_by_its_marks(content: str, in_all: str) -> None:
    [said] = [q for q in quotes.extract(HARBOUR_TALK) if q.text == content]
    [row] = [q for q in quotes.extract(HARBOUR_TALK, scope="all") if q.text == content]
    assert (said.type, said.method) == ("direct", "transcript")
    assert (row.type, row.speaker, row.cue) == (in_all, said.speaker, said.cue)
    assert row.method == ("transcript" if in_all == "direct" else "unmarked:transcript")


AUDIO_SCRIPT = """Harbour museum audio tour, printed for visitors who are deaf or hard of hearing.

NARRATOR: The whaler Itsaso sailed from this quay in 1902 under Captain Iker Sola, whose \
diary the museum keeps.

CAPTAIN IKER SOLA, FROM HIS DIARY OF 1902 (READ BY AN ACTOR): The ice closed in overnight. \
[Wind.] We have three weeks of coal left and no sight of open water.

MARTA LEIZA, NET-MENDER (RECORDED 1974): We mended by lamplight, and nobody paid us for the \
lamp oil.

NARRATOR: To hear the whole recording, press 31.
"""


@pytest.mark.parametrize(
    "content, speaker",
    [
        # written words read by an actor under a label naming their writer, the source
        # and its year after the comma and the note after them; a sound note splits them
        ("The ice closed in overnight.", "Iker Sola"),
        ("We have three weeks of coal left and no sight of open water.", "Iker Sola"),
        # a role after the comma and a note on the recording after it
        ("We mended by lamplight, and nobody paid us for the lamp oil.", "Marta Leiza"),
    ],
)
def test_a_note_after_a_label_s_role_is_no_part_of_it(content: str, speaker: str) -> None:
    """Rule comma-role-label (quotes/transcripts.py): `NAME, ROLE (NOTE):` is a label, a
    year in the role too when a note follows it (`FROM HIS DIARY OF 1902 (READ BY AN
    ACTOR)`); the actor is no speaker."""
    rows = [q for q in quotes.extract(AUDIO_SCRIPT) if q.text == content]
    assert [(q.type, q.speaker, q.method) for q in rows] == [("direct", speaker, "transcript")]


RELAYED = """Below is an edited transcript of Monday's Harbour Hour on Radio Kestwick, presented \
by Mira Dalgetty. The harbourmaster, Owen Treloar, joined by phone.

DALGETTY: Good morning. The Tuesday ferry is off again. Kestrel Line has emailed us, and I'll \
read it as it came. Kestrel Line says: "The replacement propeller reaches Falmouth on Friday. \
We are sorry for the delay." So, Friday. Owen, is that right?

TRELOAR: It is. Your own listeners say, "Friday never comes," and I understand why.

DALGETTY: One more before the news. Bryony Pascoe in Mylor sent this text: "Who pays for my \
taxi to the mainland?" Owen, ten seconds. A text from a listener in Penryn says: "Same here."
"""


@pytest.mark.parametrize(
    "content, speaker, method",
    [
        # the presenter's own words around a statement she reads out are hers, a piece each
        ("Good morning. The Tuesday ferry is off again. Kestrel Line has emailed us, and I'll "
         "read it as it came.", "Mira Dalgetty", "transcript"),
        ("So, Friday. Owen, is that right?", "Mira Dalgetty", "transcript"),
        # the statement is its sender's, the sentence before it its attribution
        ("The replacement propeller reaches Falmouth on Friday. We are sorry for the delay.",
         "Kestrel Line", "dep:subject"),
        # a listener's text she reads out, named in her line
        ("Who pays for my taxi to the mainland?", "Bryony Pascoe", "colon:verb"),
        ("One more before the news.", "Mira Dalgetty", "transcript"),
        # … but a text from a listener the line does not name stays inside her words
        ('Owen, ten seconds. A text from a listener in Penryn says: "Same here."',
         "Mira Dalgetty", "transcript"),
        # and words a speaker quotes with a comma inside his own answer stay his
        ('It is. Your own listeners say, "Friday never comes," and I understand why.',
         "Owen Treloar", "transcript"),
    ],
)
def test_a_statement_read_out_inside_a_line_is_its_sender_s(
    content: str, speaker: str, method: str
) -> None:
    """Rule relayed-in-turn (quotes/turn_relays.py): a presenter reads out, inside her own
    line, a statement or a question a sender she names sent in."""
    rows = [q for q in quotes.extract(RELAYED) if q.text == content]
    assert [(q.type, q.speaker, q.method) for q in rows] == [("direct", speaker, method)]


#: A listener's text read out by the presenter, the sender a name set beside `One
#: listener` and the verb one the small model lemmatises wrongly (`texted` → `texte`).
TEXTED_IN = """Presenter Maeve Okafor-Lynch spoke to the council leader, Colm Riordan.

OKAFOR-LYNCH: Plenty of messages today. One listener, Aoife from Tuam, has texted in: \
"The bins were not collected for three weeks." Were they?

RIORDAN: Two weeks, and we have said sorry for it.
"""


@pytest.mark.parametrize(
    "content, speaker, method",
    [
        ("Plenty of messages today.", "Maeve Okafor-Lynch", "transcript"),
        ("The bins were not collected for three weeks.", "Aoife", "dep-verb:subject"),
        ("Were they?", "Maeve Okafor-Lynch", "transcript"),
    ],
)
def test_a_text_from_a_listener_named_beside_her_description_is_hers(
    content: str, speaker: str, method: str
) -> None:
    """Rule relayed-in-turn with the sender's name set beside the subject (`One listener,
    Aoife from Tuam, has texted in:`)."""
    rows = [q for q in quotes.extract(TEXTED_IN) if q.text == content]
    assert [(q.type, q.speaker, q.method) for q in rows] == [("direct", speaker, method)]


def test_a_title_before_a_colon_is_no_turn_of_the_exchange_below_it() -> None:
    text = (
        "Estimates: the ferry contract, in their own words\n\nThe hearing was chaired by "
        "Senator Ana Ruiz. The ferry board's Tom Hale answered.\n\nSenator Ruiz: What is "
        "the cost today?\n\nMr Hale: It is $80 million.\n\nSenator Ruiz: And in May?\n\n"
        "Mr Hale: It was $60 million."
    )
    rows = quotes.extract(text)
    assert not [q for q in rows if q.text.startswith("The hearing")]
    assert [q.speaker for q in rows] == ["Ana Ruiz", "Tom Hale", "Ana Ruiz", "Tom Hale"]


def test_a_tally_of_figures_under_names_is_no_exchange() -> None:
    text = (
        "Pledged delegates stand as follows.\n\nRuiz: 547.\n\nHale: 46.\n\n___.\n\n"
        "THE TOTAL.\n\nRuiz: 2,316.\n\nHale: 1,547.\n\nRuiz needs 67 delegates to win."
    )
    assert [q for q in quotes.extract(text, scope="all") if q.method.endswith("transcript")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transcript's labels the text names nowhere else: the names as names are
        # written, the mentions as printed
        ("The following is a transcript of the council meeting.\n\nGWEN ROWLANDS: We cannot "
         "keep the library open on these funds.\n\nTOM BRECK: Then we should raise the "
         "parking fees.\n",
         [("Gwen Rowlands", "GWEN ROWLANDS"), ("Tom Breck", "TOM BRECK")]),
        # a name the text writes in ordinary case too, however its letters run
        ("A transcript follows.\n\nNORA MCDONALD: The pool shuts in May.\n\nTOM BRECK: "
         "Not if I can help it.\n\nNora McDonald chairs the leisure board.\n",
         [("Nora McDonald", "NORA MCDONALD"), ("Tom Breck", "TOM BRECK")]),
        # a titled label whose line reads like a dateline's prose (`clear` and `results`)
        # is still the person's turn, and a hyphened name keeps its capital
        ("Transcript of the hearing.\n\nDR. AMARA OKONJO-BELL: The results are clear.\n\n"
         "JEAN-PAUL MBEKI: I disagree.\n",
         [("Amara Okonjo-Bell", "DR. AMARA OKONJO-BELL"), ("Jean-Paul Mbeki", "JEAN-PAUL MBEKI")]),
        # a body's letters stay as they are
        ("NASA said on Monday that the launch would slip to June.\n",
         [("NASA", "NASA")]),
    ],
)
def test_a_name_in_capitals_is_printed_as_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """`GWEN ROWLANDS:` gave the speaker `GWEN ROWLANDS` beside `Tom Breck` (and no row,
    its words tagged as nouns); an acronym is not a name in capitals."""
    rows = quotes.extract(text)
    assert [(q.speaker, q.speaker_mention) for q in rows] == expected
    assert all(text[q.speaker_start : q.speaker_end] == q.speaker_mention for q in rows)


VISITED = """Tenzin Rai Gurung, 71, has carved flutes since 1980. \
Our arts reporter, Maya Lhamo Sherpa, visited him.

Q: Who buys the flutes?

A: Schools, mostly. Ten years ago the other Gurung families bought half of them.

He picks up a flute and sings: "Down by the river the boats are waiting."

Q: Will your daughter carry on?

A: She is in Doha now.
"""


@pytest.mark.parametrize(
    "content, speaker",
    [
        # `visited him` introduces the interview: the reporter asks, the one visited answers
        ("Who buys the flutes?", "Maya Lhamo Sherpa"),
        # rule party-named-before: a name in the answer does not keep its party from being
        # the one the introduction names
        ("Schools, mostly. Ten years ago the other Gurung families bought half of them.",
         "Tenzin Rai Gurung"),
        ("She is in Doha now.", "Tenzin Rai Gurung"),
    ],
)
def test_an_interview_introduced_by_a_visit_names_its_parties(content: str, speaker: str) -> None:
    rows = {q.text: q.speaker for q in quotes.extract(VISITED)}
    assert rows.get(content) == speaker


def test_the_writers_scene_between_two_turns_is_no_answer() -> None:
    """Rule scene-between-turns: `He picks up a flute and sings: "…"` between an answer
    and the next question is the writer's, no more of the answer (and the song no row)."""
    rows = [q.text for q in quotes.extract(VISITED)]
    assert not any("picks up" in text or "Down by the river" in text for text in rows)


#: A press briefing whose key says that a script label marks a reporter's question.
KEYED_BRIEFING = """Excerpts from the Monday briefing at the fire station. Answering were the \
chief fire officer, Marta Ilves, and the harbour master, Tomas Reyes. REPORTER marks a \
question from a journalist.

ILVES: The warehouse fire was out by six. Nobody was hurt.

REPORTER: Was the sprinkler system working?

REYES: It was switched off for repairs last week.

REPORTER: Who switched it off?

ILVES: That is for the inquiry.
"""


@pytest.mark.parametrize(
    "content", ["Was the sprinkler system working?", "Who switched it off?"]
)
def test_a_label_the_key_gives_a_kind_of_person_for_is_that_person_s(content: str) -> None:
    # rule label-key: the key names who the `REPORTER` lines stand for, so they are no
    # package script's voice-over (script-label) but a journalist's questions
    rows = [q for q in quotes.extract(KEYED_BRIEFING) if q.text == content]
    assert [(q.type, q.speaker, q.speaker_mention, q.method) for q in rows] == [
        ("direct", "a journalist", "a journalist", "transcript")
    ]
