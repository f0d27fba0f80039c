"""Rows whose words make no claim to anyone (quotes/no_claims.py, quotes/not_said.py):
`--scope all` keeps them with their source, the statements scope drops them."""

from __future__ import annotations

import pytest

import quotes


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


CHAT = (
    "Messages from the group were seen by the Gazette.\n\n"
    "[20:01] Anna Berg: The bins are full again. Are we sending the van?\n\n"
    "[20:05] Piotr Zielinski: Budget says no. I won't sign off more hours.\n\n"
    "[20:06] Anna Berg: \N{THUMBS UP SIGN}\n\n"
    "[20:08] Piotr Zielinski: This message was deleted\n\n"
    "[20:09] Piotr Zielinski: We'll sort it in the morning. Night all."
)

RADIO_LOG = (
    "The port released the recording on Friday. The log reads:\n\n"
    "0612 KESTREL: Harbour Control, Kestrel. We have lost steering off the north mole.\n\n"
    "0613 HARBOUR CONTROL: Kestrel, Harbour Control. A tug is on its way.\n\n"
    "0614 KESTREL: Roger. Anchor is down and holding.\n\n"
    "0615 HARBOUR CONTROL: Received. Out.\n\n"
    "The tug reached the ferry at 0631."
)

#: (text, content, speaker): a row `all` has from that speaker, and statements drop.
DROPPED = [
    # empty-message: a chat line that is only an emoji, or the app's placeholder
    (CHAT, "\N{THUMBS UP SIGN}", "Anna Berg"),
    (CHAT, "This message was deleted", "Piotr Zielinski"),
    # procedure-line: a radio log's line of procedure words only
    (RADIO_LOG, "Received. Out.", "Harbour Control"),
    # floor-call: a chair's line that only gives the floor to the next speaker
    ("The exchange ran as follows in the committee's record.\n\nABE: Will you sell the "
     "reserve, yes or no?\n\nCHAIRPERSON ITO: Prime Minister Mori.\n\nMORI: The reserve "
     "is for a bad harvest.\n\nABE: Then say so to the farmers.", "Prime Minister Mori.",
     "CHAIRPERSON ITO"),
    # plea: an -ing clause of the defendant's own after `admitted`, an offence denied
    ("Ivo Stern, 52, of Mill Road, admitted being in charge of a horse that was loose on "
     "the A61. The court heard that the horse hit a car.",
     "being in charge of a horse that was loose on the A61", "Ivo Stern"),
    ("Harbourside Lettings faces a fine of up to £30,000. Harbourside denies that it "
     "committed an offence. Its manager, Tom Reed, said the flat was safe.",
     "it committed an offence", "Harbourside Lettings"),
    # spoken-plea: a plea in the defendant's words, with a form of address
    ("CHAIR: How do you plead to the charge of careless riding?\n\nRAWIRI: Not guilty, "
     "Chairman.\n\nCHAIR: Tell us about the turn.\n\nRAWIRI: I had no room on the rail.",
     "Not guilty, Chairman.", "RAWIRI"),
    ('"Guilty, your honour," Tom Benn said when the charge was read.', "Guilty, your honour,",
     "Tom Benn"),
    # unmade-record: a record that shows something, no maker named
    ("Court fight over missing cargo\n\nLONDON — Seaway Freight owes a Dutch bank $4.1 "
     "million, court papers show. The bank declined to comment.",
     "Seaway Freight owes a Dutch bank $4.1 million", "court papers"),
    ("Fake rugs sold as local crafts\n\nOSLO — Of 20 rugs sold as handmade, 17 were made "
     "in factories abroad, their importers' paperwork shows. The shops did not respond.",
     "Of 20 rugs sold as handmade, 17 were made in factories abroad",
     "their importers' paperwork"),
    # displayed: a screen that shows a message
    ('The driver said he had been cheated. His screen now shows the message "Fare '
     'adjusted for demand". The company did not respond.',
     'the message "Fare adjusted for demand"', "his screen"),
    # toast: a toast's formula
    ('The best man, Ashur Lazar, raised his glass: "To Nina and Sami!"', "To Nina and Sami!",
     "Ashur Lazar"),
    # rite: the formula of an oath or a vow
    ('"I take you, Ana, to be my wife, in good times and bad," the groom said at the altar.',
     "I take you, Ana, to be my wife, in good times and bad,", "the groom"),
    # operative-part: the operative part of a ruling or a resolution
    ('The court gave its reasons over nine pages. Its operative part reads: "Declares '
     'section 4 of the Ferries Act contrary to the Constitution."',
     "Declares section 4 of the Ferries Act contrary to the Constitution.",
     "its operative part"),
    # sanction-read: a decision's line read out that imposes a penalty in the passive
    ('The jury heard both skippers. Its decision sets out the facts first. The line below '
     'them reads: "Boat 4 is disqualified from the final race."',
     "Boat 4 is disqualified from the final race.", "the line"),
    # advice-point: a bulleted point of advice with no subject, under an advising lead-in
    ("The lifeboat station reminds swimmers:\n- Swim between the red and yellow flags "
     "at all times.\n- Tell someone on the shore when you expect to be back.",
     "Swim between the red and yellow flags at all times.", "the lifeboat station"),
    # platform-note: a note a platform's unnamed users add under a post
    ("The clip had been shared 40,000 times by Friday. A community note added on Thursday "
     'said the figure was "made up".', 'the figure was "made up"', "A community note"),
    # platform-note-label: a note told by the heading the platform prints over it
    ('By Monday a community note had been added under the post: "Readers added context: '
     'the photo was taken in 2019."', "Readers added context: the photo was taken in 2019.",
     "the post"),
    ('Readers added context under the post: "The photo was taken in 2019."',
     "The photo was taken in 2019.", "Readers"),
    # set-formula: a witness refusing to answer, a member withdrawing a word, set words
    ('"I invoke my right not to answer that, Madam Chair," Varga told the committee.',
     "I invoke my right not to answer that, Madam Chair,", "Varga"),
    ('The Speaker asked her to withdraw the word. "I withdraw the word, Madam Speaker," Ana '
     'Ruiz said.', "I withdraw the word, Madam Speaker,", "Ana Ruiz"),
    # displayed: an unsigned entry of several just named, which `one` stands for
    ('The visitors\' book by the door is nearly full. Most entries are not signed. "Bring '
     'back the Sunday hours," one reads.', "Bring back the Sunday hours,", "one"),
]

def test_a_graffito_by_someone_the_text_does_not_know_is_no_statement() -> None:
    text = (
        "The notice about the last bus is taped to the shelter glass. Someone has written "
        '"SHAME" across it in marker.'
    )
    every = quotes.get_engine().extract(text, scope=None)
    assert [(q.text, q.speaker_mention) for q in every] == [("SHAME", "Someone")]
    assert quotes.extract(text) == []


#: A forwarded message with no maker, which `it` stands for (speaker `it`, unresolved).
FORWARDED = (
    "By Monday evening, a message about the water supply was being forwarded around the "
    'estate. "Do not drink the tap water until Friday, the pipes are poisoned," it read. '
    "The water company said the message was false."
)


def test_a_forwarded_message_with_no_maker_is_no_statement() -> None:
    every = quotes.get_engine().extract(FORWARDED, scope=None)
    content = "Do not drink the tap water until Friday, the pipes are poisoned,"
    assert [q.speaker_mention for q in every if q.text == content] == ["it"]
    assert content not in [q.text for q in quotes.extract(FORWARDED)]
    # the maker's own denial stays a statement
    assert "the message was false" in [q.text for q in quotes.extract(FORWARDED)]


def test_a_notice_whose_maker_the_text_names_stays_a_statement() -> None:
    text = (
        "Inside the station a printed notice was put up by Valley Trains on Monday. It "
        'reads: "The ticket office will close for good on 1 June."'
    )
    rows = [(q.text, q.speaker_mention) for q in quotes.extract(text)]
    assert rows == [("The ticket office will close for good on 1 June.", "It")]


@pytest.mark.parametrize("text, content, speaker", DROPPED)
def test_words_that_make_no_claim_are_no_statement(text: str, content: str, speaker: str) -> None:
    every = quotes.get_engine().extract(text, scope=None)
    assert any(q.text == content and q.speaker == speaker for q in every)
    assert content not in [q.text for q in quotes.extract(text)]


def test_a_radio_line_with_words_of_its_own_stays_a_row() -> None:
    kept = {q.text: q.method for q in quotes.extract(RADIO_LOG)}
    assert kept["Roger. Anchor is down and holding."] == "transcript"
    assert kept["Kestrel, Harbour Control. A tug is on its way."] == "transcript"


#: (text, content): words worked into a thing, no row in the statements scope.
INSCRIBED = [
    ('One quilt shows the ferry at night. Under the boat, she stitched: "WE WALKED FOR '
     'THREE NIGHTS. NOBODY SPOKE." The quilt now hangs in the museum.',
     "WE WALKED FOR THREE NIGHTS. NOBODY SPOKE."),
    ('The oldest tape opens with a line the staff have painted on the library\'s door: '
     '"The river does not ask the rain where it fell."',
     "The river does not ask the rain where it fell."),
]


@pytest.mark.parametrize("text, content", INSCRIBED)
def test_words_worked_into_a_thing_are_no_statement(text: str, content: str) -> None:
    assert content not in [q.text for q in quotes.extract(text)]


def test_a_stat_line_under_its_label_is_no_row() -> None:
    text = ("Tale of the tape: Jan Kos (Poland) age 29, record 18-3, reach 74in. The "
            "promoter said tickets had sold out.")
    assert [(q.text, q.speaker) for q in quotes.extract(text, scope="all")] == [
        ("tickets had sold out", "the promoter")
    ]


#: (text, content): near misses that stay statements.
KEPT = [
    (CHAT, "Budget says no. I won't sign off more hours."),
    ("Mr Lund denied that the van had been his. He was cleared.", "the van had been his"),
    ("Figures published by the Ministry of Works show that 40 bridges need repair.",
     "40 bridges need repair"),
    ("The minister showed that the fund had grown by a third.", "the fund had grown by a third"),
    ("The herd stood at its smallest since 1951, USDA data showed.",
     "The herd stood at its smallest since 1951"),
    ("Asked about the quilt, she said: \"I stitched it for my mother.\"",
     "I stitched it for my mother."),
    ('"To be honest, we lost the plot," Ana Ruiz said.', "To be honest, we lost the plot,"),
    ('"Not guilty of anything but being late," his brother Tom Benn said.',
     "Not guilty of anything but being late,"),
    ('"Guilty, but only of trusting the wrong man," Mr Benn said.',
     "Guilty, but only of trusting the wrong man,"),
]


@pytest.mark.parametrize("text, content", KEPT)
def test_near_misses_stay_statements(text: str, content: str) -> None:
    assert content in [q.text for q in quotes.extract(text)]


#: (text, content, speaker): a count of people who said something, given by a source:
#: the source's statement, not one it relays (quotes/content_shape.py, counted-voices).
COUNTED = [
    ("According to provisional figures from the Justice Ministry, 61.2 percent of voters "
     "said No and turnout, in a country where voting is compulsory, was 91.3 percent.",
     "61.2 percent of voters said No and turnout, in a country where voting is "
     "compulsory, was 91.3 percent", "Justice Ministry"),
]


@pytest.mark.parametrize("text, content, speaker", COUNTED)
def test_a_count_of_voices_is_the_sources_statement(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(q.text, q.speaker) for q in quotes.extract(text)]


def test_a_relayed_statement_stays_out() -> None:
    text = "According to local media, the ministry announced that the bridge would close."
    assert quotes.extract(text) == []
