"""Words that are no one's statement in shapes the default scope used to keep (a greeting
in another language, a spokesperson's refusal, a platform's note after a colon, a memo's
instructions, a work's name set beside it, a sign in a cartoon, the paper's own record or
work, the writer telling readers what to know, an interviewer's led question, a fado's
opening): `--scope all` keeps each row, the statements scope drops it and keeps the
statements beside it (quotes/greetings.py, quotes/refusals.py, quotes/set_off_texts.py,
quotes/instructions.py, quotes/writer_voice.py, quotes/interview_questions.py)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import check_statements_beside


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: An interview printed with each question as a paragraph of its own, no labels.
INTERVIEW = (
    "We spoke by phone to the island's mayor, Eleni Markou, who has refused to approve "
    "the plan.\n\n"
    "Why did you refuse to sign it?\n\n"
    "Because the plan is for one ship, and ships change every five years.\n\n"
    "The company says the old ship was 50 years old and had to go. Is that not true?\n\n"
    "It is true. Nobody here wanted the old ship forever.\n\n"
    "What happens this winter?\n\n"
    "We have 765 people living here all year."
)

#: (text, words no statement, the statements that stay: type, speaker, content).
DROPPED = [
    # greeting-alone: a Welsh greeting that opens evidence to a committee
    ('"Bore da, Gadeirydd," Owen ap Gwyn began, before he told the committee that the line '
     "would open in 2030.", "Bore da, Gadeirydd,",
     [("indirect", "Owen ap Gwyn", "the line would open in 2030")]),
    # refusal-alone: a press secretary's refusal to answer, two clauses of it
    ("Asked whether the minister would resign, press secretary Dana Whitfield said: \"I'm "
     "not going to get ahead of the minister on that, and I'm not going to do personnel "
     'from this podium." She said the department was reviewing the report.',
     "get ahead of the minister",
     [("indirect", "Dana Whitfield", "the department was reviewing the report")]),
    ("\"I'd refer you to the campaign,\" the spokesman said. He said the mayor had not yet "
     "decided.", "I'd refer you to the campaign,",
     [("indirect", None, "the mayor had not yet decided")]),
    # refusal-alone: a refusal to pre-empt a decision, and a question put off to another day
    ('Asked about a rate cut, the governor said: "I am not going to pre-empt the '
     "committee's vote.\" He said inflation had slowed.", "pre-empt the committee",
     [("indirect", None, "inflation had slowed")]),
    ('Asked about the bridge, the mayor paused. "That\'s not a question for this '
     'afternoon," she said. She said the ferry would run until May.',
     "not a question for this afternoon",
     [("indirect", None, "the ferry would run until May")]),
    # refusal-alone: a banker's refusal to forecast on a results call, an officer's to name
    # anyone (refusal-topics.txt)
    ("Asked about next year's margins, Okafor said: \"We don't give guidance on that.\" She "
     "said the bank would open 30 branches.", "give guidance",
     [("indirect", "Okafor", "the bank would open 30 branches")]),
    ('Asked who had fired first, the colonel said: "I am not going to give names while the '
     'inquiry is open." He said two officers had been suspended.', "give names",
     [("indirect", None, "two officers had been suspended")]),
    # refusal-alone: a figure refused on a results call, a question passed to others, a
    # figure not to hand and promised later (refusal-topics.txt, refusal-formulas.txt,
    # deferral-openings.txt, deferral-acts.txt)
    ('Asked about job cuts, Brandt said: "I am not going to give you a number on this '
     'call." He said orders had risen.', "give you a number",
     [("indirect", "Brandt", "orders had risen")]),
    ('Asked whether the gates would open, Moyo said: "I\'ll leave that to the engineers." '
     "She said the river had peaked.", "leave that to the engineers",
     [("indirect", "Moyo", "the river had peaked")]),
    ('"I don\'t have that figure in front of me. I\'ll send it to you this week," Reyes '
     "said. Reyes said the plant had cut its water use.", "send it to you",
     [("indirect", "Reyes", "the plant had cut its water use")]),
    ('"I don\'t have that number in front of me. I will send it to the committee this week," '
     "Ortiz said. Ortiz said the depot had lost six drivers.", "that number in front of me",
     [("indirect", "Ortiz", "the depot had lost six drivers")]),
    # refusal-alone: a refusal to bargain in the press, quoted on its own
    ('Asked about the offer, the director, Lena Maas, said: "We will not negotiate through the '
     'newspapers." She said the airline had hired 40 pilots.', "negotiate through the newspapers",
     [("indirect", "Lena Maas", "the airline had hired 40 pilots")]),
    ('"I\'ll need to check the exact figure. I\'ll send it to the programme later," Reyes '
     "said. Reyes said the ferry would keep its Sunday run.", "check the exact figure",
     [("indirect", "Reyes", "the ferry would keep its Sunday run")]),
    # refusal-reported-until: a reported refusal for as long as something goes on
    ("The union said the talks had stalled. It said it would not comment on the talks while "
     "they were going on.", "while they were going on",
     [("indirect", "the union", "the talks had stalled")]),
    # refusal-alone (refusal_quoted): `No comment` as the object of `said`, then when
    ('The driver said "No comment" as she walked to her car. Her lawyer said she would '
     "appeal.", "No comment", [("indirect", "her lawyer", "she would appeal")]),
    # note-before-colon: a community note's words after the colon, not the poster's
    ('The senator posted a photo of the flooded road with the caption: "This is what three '
     'years of neglect looks like." By the evening a community note had been added under '
     'it: "The photo was taken in 2019 in another county."',
     "The photo was taken in 2019 in another county.",
     [("direct", "the senator", "This is what three years of neglect looks like.")]),
    # told-to: a memo's instruction to candidates, with a quoted fragment in it
    ("The memo was written by the campaign director, Alison Grey. It tells candidates in "
     'the rural seats to spend "at least three days a week" helping in the city.',
     "at least three days a week", []),
    # told-to (instructing-phrasal-cues.txt): `called on` residents to do something
    ('Mayor Ana Ruiz has called on residents to "stay calm" during the works. She said '
     "the road would reopen in May.", "stay calm",
     [("indirect", "Ana Ruiz", "the road would reopen in May")]),
    # memo-instruction: the memo's orders quoted as imperatives
    ("The memo was written by the campaign director, Alison Grey. It also tells "
     'candidates: "Do not engage with reporters on the doorstep. Refer all questions to '
     'the press office."', "Do not engage with reporters", []),
    # title-beside-work: a documentary's name set off by commas before the one in it
    ('Three years ago the club paid for a documentary about itself, "Los del Puente", in '
     "which Ledesma, then an assistant, explains that a derby is won in the head.",
     "Los del Puente", [("indirect", "Ledesma", "a derby is won in the head")]),
    # display-before-colon: a sign drawn in a cartoon, its words after the colon
    ("For forty years his cartoons ran on page two. Another, from the year the city "
     "widened the high street, shows a single tree with a sign around its trunk: "
     '"Please do not widen me."', "Please do not widen me.", []),
    # writers-work: the paper's own reporter's recording in a corrections column
    ("Mr Kwan has also said that he never used the word. Our reporter's recording shows "
     "that he did, and we stand by the report.", "he did",
     [("indirect", "Kwan", "he never used the word")]),
    # writers-work: `our story` in a corrections column
    ("Our story on the harbour wall (March 3) said the wall was built in 1890. It was "
     "finished in 1902, the harbour trust said.", "the wall was built in 1890",
     [("indirect", "the harbour trust", "It was finished in 1902")]),
    # unsigned-piece, piece-subject-unnamed: an obituary names only whom it is about
    ("An obituary of the potter Ines Calder (May 9) said she had taught for 40 years. "
     "She taught for 31.", "she had taught for 40 years", []),
    # writers-work: the paper's report quoted back to it by a reader's letter
    ('Your report on Monday said the new timetable would bring a bus "every ten minutes". '
     "I have waited at the stop every morning this month.", "every ten minutes", []),
    # should-know: the letter writer tells readers what they ought to know
    ("I share their anger, but your readers should know that the city is not hiding "
     "anything.", "the city is not hiding anything", []),
    # interview-question: a claim the interviewer puts to the mayor before asking
    (INTERVIEW, "the old ship was 50 years old",
     [("direct", "Eleni Markou", "Because the plan is for one ship, and ships change every "
       "five years."),
      ("direct", "Eleni Markou", "It is true. Nobody here wanted the old ship forever."),
      ("direct", "Eleni Markou", "We have 765 people living here all year.")]),
    # recited (sung-texts: `fado`): the opening words of a song
    ('Marisa Quental still sings in the bars of Alfama. Her best-known fado begins: "The '
     'river keeps what the sea forgets." She said she wrote it after her brother left.',
     "The river keeps what the sea forgets.",
     [("indirect", "Marisa Quental", "she wrote it after her brother left")]),
    # notice-instruction: a recall notice's orders to the ones who bought the pies
    ("Fenwick Bakery is recalling its steak pies after bits of plastic were found in two "
     'of them. The recall notice in its shops reads: "Do not eat the pies. Take them back '
     'to the counter for a refund." The bakery said a seal on a mixer had split.',
     "Do not eat the pies.",
     [("indirect", "the bakery", "a seal on a mixer had split")]),
    # notice-instruction: an obligation laid by `must` on the ones a notice is for
    ('The water board put out a notice on Monday: "The reservoir is at 12 percent of its '
     'capacity." The notice went on: "Households must keep their use under 50 litres a '
     'day."', "Households must keep their use",
     [("direct", "the water board", "The reservoir is at 12 percent of its capacity.")]),
    # notice-put-up: the orders of a notice its maker puts up, the notice the cue's object
    ('The town council has put up a notice at its offices: "Do not water gardens until '
     'further notice." The council said the reservoir was at 9 percent.',
     "Do not water gardens",
     [("indirect", "the council", "the reservoir was at 9 percent")]),
    # translation-after-dash: a banner's words, then the writer's translation
    ('Outside the school gate the parents hung a banner. It reads "Ne fermez pas notre '
     'école" — "Do not close our school". The mayor said the vote would be in May.',
     "Do not close our school",
     [("indirect", "the mayor", "the vote would be in May")]),
    # translation-after-cue: the writer's translation in brackets after the cue
    ("The chairwoman of the cooperative, Mwanaisha Haji, said the boats would leave at "
     'dawn. "Ni bora tuanze mapema," she said ("It is better that we start early").',
     "It is better that we start early",
     [("indirect", "Mwanaisha Haji", "the boats would leave at dawn"),
      ("direct", "Mwanaisha Haji", "Ni bora tuanze mapema,")]),
    # law-part: a numbered article of a charter named with the charter
    ("Article 7 of the city's charter states that every resident may speak at a council "
     "meeting. Councillor Rhys Ellery said the rule had been ignored for a decade.",
     "every resident may speak",
     [("indirect", "Rhys Ellery", "the rule had been ignored for a decade")]),
    # shall-wording: a text that lays down with `shall` what it orders
    ("The assembly approved the article on forests by 80 votes to 31. The article reads: "
     '"Native forests are a common heritage. The State shall protect them from '
     'clearance." Its author, Deputy Lina Soto, said it had taken two years to write.',
     "The State shall protect them",
     [("indirect", "Lina Soto", "it had taken two years to write")]),
]


@pytest.mark.parametrize("text, words, statements", DROPPED)
def test_words_that_are_no_statement_are_dropped_and_the_rest_kept(
    text: str, words: str, statements: list[tuple[str, str | None, str]]
) -> None:
    check_statements_beside(text, words, statements)
