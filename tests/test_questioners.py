"""Who a `he` or `she` means after a question or a charge put to someone (rule
questioner-not-answerer, quotes/questioners.py): in a hearing, a trial or an interview
written up, the one who answers, not the one who asked. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # A chair who presses a witness on something is not the `he` who answers.
        (
            "David Ashworth, the chief executive of Westport Water, gave evidence to the "
            "Environment Committee on Tuesday.\n\nNeil Garvey, who chairs the committee, "
            "pressed him on the bonus he was paid last year.\n\nHe said he had given the "
            "bonus to charity.",
            "given the bonus",
            "David Ashworth",
            "He",
        ),
        # Counsel who puts it to a witness that … is not the `he` who answers, and the
        # one it is put to is the subject before the question, not a name inside what
        # that subject told the court.
        (
            "Gary Marsh, 52, denies two counts of fraud.\n\nA foreman, Piotr Zielinski, "
            "told the court that Marsh had told him to sign the delivery notes in advance."
            "\n\nEdward Lyle, defending, suggested to him that he had made the story up. He "
            "said he had not.",
            "he had not",
            "Piotr Zielinski",
            "He",
        ),
        # A councillor who asks an officer why … is not the `she` who answers.
        (
            "Sarah Pryor, the council's director of housing, appeared before the scrutiny "
            "panel on Monday.\n\nCouncillor Joan Meade asked her why repairs were taking "
            "six months.\n\nShe said the council had lost a third of its surveyors since "
            "2021.",
            "lost a third",
            "Sarah Pryor",
            "She",
        ),
        # A quoted question put to `you`: the one who asks it does not answer.
        (
            "David Ashworth, the chief executive of Westport Water, gave evidence to the "
            "Environment Committee on Tuesday.\n\n\"Did your board know about these leaks "
            'in 2022?" asked Neil Garvey, who chairs the committee.\n\nHe said the board '
            "had been told in March 2023.",
            "told in March",
            "David Ashworth",
            "He",
        ),
        # A presenter's question is put to the guest, who answers it.
        (
            "Education Minister Clare Donnelly told the Sunday Politics programme that the "
            "government would hire 5,000 teachers by 2028.\n\nThe presenter, Fiona Blake, "
            'asked whether the target was still realistic.\n\nShe said: "It is realistic, '
            'and we will meet it."',
            "realistic, and we",
            "Clare Donnelly",
            "She",
        ),
        # An answer that opens `Asked …` answers the question the host put before it.
        (
            "Health Minister Paul Grady was interviewed on Sunday Politics.\n\n\"Waiting "
            'lists have grown for 14 months. When does that stop?" asked the host, Mark '
            "Devlin.\n\nAsked about his own future, he said he had no plans to leave.",
            "no plans to leave",
            "Paul Grady",
            "he",
        ),
        # One who accuses `him` of something: the `he` after it is the one accused,
        # whom the text had in focus, answering the charge (rule accused-pronoun-answers).
        (
            "Mayor Ian Brodie defended the harbour budget at Monday's council meeting. "
            "Councillor Neil Varty accused him of hiding the cost of the new sea wall. He "
            "said every figure had been published in March.",
            "every figure had been published",
            "Ian Brodie",
            "He",
        ),
        # A committee member who suggests something to the witness without a `to`
        # (rule hearing-member-asks): the witness named before answers.
        (
            "Sean Rowe, the chief executive of Eastline Buses, appeared before the "
            "transport committee on Tuesday.\n\nMark Pugh, a Labour member of the "
            "committee, suggested that the firm had cut rural routes to pay its "
            "shareholders. He said the routes had lost money for a decade.",
            "lost money for a decade",
            "Sean Rowe",
            "He",
        ),
        # A committee member who asks about something other than the witness.
        (
            "Tom Keane, the head of the ambulance service, gave evidence to the health "
            "committee on Thursday.\n\nOwen Bell, a member of the committee, asked "
            "whether crews had been told to wait outside the hospitals. He said no crew "
            "had been given such an order.",
            "no crew had been given",
            "Tom Keane",
            "He",
        ),
    ],
)
def test_the_one_asked_answers(text: str, fragment: str, speaker: str, mention: str) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
