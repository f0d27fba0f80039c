"""Documents a story prints whole after a paragraph that introduces them, with no quote
marks (quotes/printed_whole.py): each paragraph of the document is a direct row of its
maker; a letter's salutation, sign-off and signature and the writer's notes are not."""

from __future__ import annotations

import pytest

import quotes

LETTER = """Mayor quits over bridge contract

Mayor Ines Kovalenko resigned on Monday, a week after auditors questioned the bridge contract.

Her letter to the council, which the town hall published on Tuesday, reads in full:

Dear Councillors,

I resign as mayor with effect from Friday. The contract was signed on my watch.

I will answer every question the auditors put to me.

Yours sincerely,
Ines Kovalenko

The council will elect a new mayor in June.
"""

VOICEMAIL = """A voicemail left for a builder has been seen by the Gazette.

The message was left by Tom Hale, the harbour master, at 9pm. The Gazette's transcript:

Ana, it's Tom. I saw your bid for the slipway. [pause] Call me back on the other phone. \
[Message ends]

"I kept the message because I did not know what to do," the builder said.
"""

RELEASE = """Harbour Foods issued the following statement on Monday, after a recall of its \
pies. We print it in full. Our notes, in square brackets, are not part of the statement.

Harbour Foods recalled one batch of pies as a precaution on Friday.

[Note: Staff at two shops told us the pies were still on sale on Saturday.]

No customer has reported being unwell.
"""

UNSIGNED = """Her letter to the council reads in full:

Dear Councillors,

I resign as mayor with effect from Friday.

The council will elect a new mayor in June.
"""

BRIEFING = """The following transcript of Monday's briefing was released by the Kessel \
Harbour Board.

MS. OYELARAN: Good morning. The north quay stays closed until Friday.

Q: Why so long?

MS. OYELARAN: The divers found two more cracks.

END 10:42 A.M.
"""

ADDRESSED = """A ferry skipper has handed back his licence after a row with the harbour board.

Jonas Ekström-Varga, who has run the island crossing since 2009, sent a letter to the \
board on Friday. His letter reads in full:

To the members of the Harbour Licensing Board:

I can no longer run the crossing at the fees you have set. I return my licence today.

Jonas Ekström-Varga, skipper

Under the board's rules, a licence handed back cannot be reissued for a year.
"""

SHARED = """Reporter Ana Ruiz tweeted the transcript of the whole exchange for context:

The senator is not the first to dismiss a question this way. Voters will judge.
"""

EULOGY = """Lifeboat coxswain remembered

Hundreds of people lined the quay at Porthkennack for the funeral of Jory Pascoe-Adeyemi.

Below is the eulogy that Captain Morwenna Tregaskis-Bello delivered at St Piran's church. \
It is printed in full.

Nessa, Kit, friends from the lifeboat station,

Jory joined the crew at seventeen. He could tie a bowline in the dark with one hand.

Last winter he told me the sea owed him nothing. I think he was wrong about that.

The coastguard said on Tuesday that the inquiry into the capsize would report in June.
"""

NOTES_APP = """Striker says she will appeal three-match ban

Forward Greta Lindqvist-Osei was banned for three matches on Monday. She replied that \
night with a statement posted as a screenshot. It reads in full:

I have never gone into a tackle to hurt anyone. The referee did not see the first foul.

I will appeal, and I will be back for the derby.

Greta

Her club said it would support the appeal.
"""


EMAIL = """A planning officer coached a developer on how to win a permit, an email shows.

The Courier has seen the email and prints it here in full.

From: Marko Petrović (Head of Planning)
To: Ivana Kos
Subject: Lot 14

Ivana, drop the top floor and the board will pass it. Nobody reads the annex.

M.
"""


@pytest.mark.parametrize(
    "text, rows",
    [
        # an email printed in full: the email rule's, its header no row of the paper's
        (EMAIL, []),
        # a eulogy printed in full with no sign-off: the address is no row, and the
        # writer's attribution after it ends it
        (
            EULOGY,
            [
                ("Jory joined the crew at seventeen. He could tie a bowline in the dark with one "
                 "hand.", "Captain Morwenna Tregaskis-Bello", "Morwenna Tregaskis-Bello",
                 "delivered"),
                ("Last winter he told me the sea owed him nothing. I think he was wrong about "
                 "that.", "Captain Morwenna Tregaskis-Bello", "Morwenna Tregaskis-Bello",
                 "delivered"),
            ],
        ),
        # a statement printed in full after `It reads in full:`, the `it` the maker the
        # sentence before names; its signature ends it and is no row
        (
            NOTES_APP,
            [
                ("I have never gone into a tackle to hurt anyone. The referee did not see the "
                 "first foul.", "She", "Greta Lindqvist-Osei", "reads"),
                ("I will appeal, and I will be back for the derby.", "She",
                 "Greta Lindqvist-Osei", "reads"),
            ],
        ),
        # a letter's body between its salutation and its sign-off, the letter the mention
        (
            LETTER,
            [
                ("I resign as mayor with effect from Friday. The contract was signed on my "
                 "watch.", "Her letter", "Ines Kovalenko", "reads"),
                ("I will answer every question the auditors put to me.", "Her letter",
                 "Ines Kovalenko", "reads"),
            ],
        ),
        # a voicemail's transcript, the caller the passive's agent; a stage note splits
        # it and the note that ends it is no part of it
        (
            VOICEMAIL,
            [
                ("Ana, it's Tom. I saw your bid for the slipway.", "Tom Hale", "Tom Hale",
                 "left"),
                ("Call me back on the other phone.", "Tom Hale", "Tom Hale", "left"),
            ],
        ),
        # a statement the writer annotates in square brackets: every paragraph but the notes
        (
            RELEASE,
            [
                ("Harbour Foods recalled one batch of pies as a precaution on Friday.",
                 "Harbour Foods", "Harbour Foods", "issued"),
                ("No customer has reported being unwell.", "Harbour Foods", "Harbour Foods",
                 "issued"),
            ],
        ),
        # a letter printed in full whose address line ends in a colon and whose signature
        # gives the signer's role: neither is a row, and the writer's paragraph after the
        # signature is no part of the letter
        (
            ADDRESSED,
            [
                ("I can no longer run the crossing at the fees you have set. I return my "
                 "licence today.", "His letter", "Jonas Ekström-Varga", "reads"),
            ],
        ),
        # a letter with no sign-off: where its body ends is not known, so no row
        (UNSIGNED, []),
        # a transcript printed in full: its labelled lines are the transcript rules'
        (BRIEFING, []),
        # a document a post shares, not said to be printed whole: the writer's paragraph
        # after it is no one's row
        (SHARED, []),
    ],
)
def test_a_document_printed_whole_is_its_makers_words(
    text: str, rows: list[tuple[str, str, str, str]]
) -> None:
    found = [
        (q.text, q.speaker_mention, q.speaker, q.cue)
        for q in quotes.extract(text)
        if q.method == "printed-whole"
    ]
    assert found == rows
    assert all(q.type == "direct" for q in quotes.extract(text) if q.method == "printed-whole")


def test_the_frame_of_a_printed_document_gives_no_row() -> None:
    assert [(q.text[:14], q.speaker, q.method) for q in quotes.extract(EMAIL)] == [
        ("Ivana, drop th", "Marko Petrović", "email-from")
    ]
    texts = {q.text for q in quotes.extract(LETTER, scope="all")}
    assert not texts & {"Dear Councillors,", "Yours sincerely,", "Ines Kovalenko"}
    assert "[Message ends]" not in " ".join(q.text for q in quotes.extract(VOICEMAIL))
    # the writer's note is no part of the statement, though whom it reports is a row
    notes = [q for q in quotes.extract(RELEASE) if "still on sale" in q.text]
    assert [(q.type, q.speaker) for q in notes] == [("indirect", "Staff at two shops")]
