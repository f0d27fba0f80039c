"""What is a row of the default scope and what is none: a refusal to answer, quoted
or told as a clause (refusal-reported-negations.txt), and a
moderator's call to order (refusal-formulas.txt, chair-calls.txt), a work of art's title
(work-kinds.txt), a character's line on a book's page (rule on-a-page), a duty rota with
no maker (record-nouns.txt) and the main clause that a count in an `after` clause does
not report (rule main-clause-read-as-clause) give none; a judgement a naming verb quotes
after its object (rules object-joined-to-complement, quoted-name-on-phrase), an
auctioneer's call after a colon (rule called-out) and the subject before a cue set into
a reported clause (rule subject-piece) are rows."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text",
    [
        # a witness takes a question on notice: a refusal, no content
        'Asked about the bonus, she said: "I will write to the committee with that figure."',
        # a negated first-person opening and a topic verb: a refusal, no content
        '"I can\'t go into that at this stage of the inquiry," the inspector said.',
        # a deferral: the figure promised in writing, not given
        'Asked about the cost, he said: "I will have to provide that figure to the board in '
        'writing."',
        # a manager closes a topic
        '"I\'m not going to talk about referees. Next question," the manager said.',
        # refusal-reported: a refusal told as a reported clause, its topic a noun phrase
        "The harbour board said it does not comment on ongoing investigations.",
        # refusal-reported: `was not in a position to`, the topic told as a question
        "A spokeswoman said she was not in a position to comment on whether the pier would "
        "reopen.",
        # refusal-topic-leads.txt and question-words.txt: `further about` and then `where`
        "The harbour board said it would not comment further about where the money went.",
        # refusal-reported: `won't`, parsed `wo n't`
        "The club said it won't discuss contract talks.",
        # refusal-openings.txt: a spokesperson refuses for the body in the first person plural
        '"We do not discuss the contracts of our suppliers," the company said.',
        # refusal-time-words.txt: what follows `until` is when she will talk, not content
        '"We will not comment until the inquiry has reported," a spokeswoman said.',
        # refusal-topics.txt: the topic verb in the progressive after `be`
        'Asked about the bonus, Ms Hale said: "I won\'t be getting into my pay tonight."',
        # deferral-acts.txt: a witness undertakes to give the figure in writing
        '"I will undertake to provide that figure to the committee in writing," he said.',
        # refusal-reported: `had no information on` a topic
        "A spokesman for the agency said he had no information on the matter.",
        # refusal-question-topics.txt: `could not say` before a question
        "A spokeswoman for the council said she could not say when the road would reopen.",
        # rule refusal-reported-bare: `could not say` with the question left unsaid
        "Asked when the pool would reopen, the manager said she could not say.",
        # rule undertaking-reported: a promise to send the information later in writing
        "Pressed on the budget, the director said he would send the panel the figures in "
        "writing.",
        # deferral-acts.txt: a question taken on notice, the one asked addressed after it
        'Asked who signed the order, the official said: "I\'ll take that on notice, '
        'Senator."',
        # refusal-formulas.txt: a figure not to hand and a promise to send it later
        'Asked how many beds were empty, she said: "I don\'t have that number in front of '
        'me. I will send it to the programme this week."',
        # refusal-formulas.txt: a guest who will not forecast
        '"I\'m not going to forecast interest rates on a radio show," the economist said.',
        # set-formulas.txt (rule appeal-cry): a fielder's appeal to the umpire
        'Captain Tariq Mahmood Awan took four wickets. His quicker ball struck the opener on '
        'the pad. "Howzat!" went up from the slips, and the umpire raised his finger at once.',
        # release-non-statements.txt: an officer's appeal with the incident to quote
        '"If you saw the van on Mill Road on Friday night, please call 101 and quote '
        'incident 2207," the inspector said.',
        # refusal-topics.txt: a manager who cannot give a date
        "Asked when the ward would reopen, the manager said she could not give a date.",
        # rule study-promise: a company that will study a judgment before deciding
        "The mining company said it would study the judgment before deciding whether to "
        "appeal.",
        # a moderator's call to order
        '"Order, please. Let her finish," the moderator said.',
        # a painting's title set off after `The canvas`, with its gloss
        'The canvas, "Zimní ráno" (Winter Morning), is lot 12 in the sale.',
        # a character's line on the first page of a novel
        '"Never turn your back on the sea," her uncle tells her on the first page.',
        # a rota no one is named as making shows something: evidence, no one's statement
        "A leaked draft rota showed the ward left without a nurse two nights a week.",
        # the count in the `after` clause reports nothing of the main clause
        "Anglers will be allowed to catch 400 salmon in the north this season, down from "
        "700 last year, after a spring count found fewer fish than in any year since "
        "records began.",
    ],
)
def test_words_that_are_no_statement_give_no_row(text: str) -> None:
    assert quotes.extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a refusal that goes on to give a reason is a statement
            '"I\'m not going to talk about referees, because they had a bad day," the '
            "manager said.",
            [
                Q(
                    "direct",
                    "I'm not going to talk about referees, because they had a bad day,",
                    "the manager",
                    "the manager",
                    "said",
                )
            ],
        ),
        (  # refusal-question-topics.txt: `could not say` with no question says something
            "A spokeswoman said she could not say enough about the nurses.",
            [
                Q(
                    "indirect",
                    "she could not say enough about the nurses",
                    "a spokeswoman",
                    "A spokeswoman",
                    "said",
                )
            ],
        ),
        (  # refusal-question-topics.txt: another's refusal is what the source reports
            "The analyst said the governor would not say which member had voted for a cut.",
            [
                Q(
                    "indirect",
                    "the governor would not say which member had voted for a cut",
                    "the analyst",
                    "The analyst",
                    "said",
                )
            ],
        ),
        (  # rule undertaking-reported: a promise to send something else is a statement
            "The minister said she would send two more ferries to the island in May.",
            [
                Q(
                    "indirect",
                    "she would send two more ferries to the island in May",
                    "the minister",
                    "The minister",
                    "said",
                )
            ],
        ),
        (  # refusal-reported: a refusal that goes on to give content is a statement
            "The harbour board said it did not comment on leaked letters and that the pier "
            "would reopen in May.",
            [
                Q(
                    "indirect",
                    "it did not comment on leaked letters and that the pier would reopen in May",
                    "the harbour board",
                    "The harbour board",
                    "said",
                )
            ],
        ),
        (  # refusal-reported: a report that goes on past a refusal the parse cut short
            "Board spokesperson Ana Ruiz said the office does not comment on individual "
            'files, but that inspectors act "only on complaints" and always give shops a '
            "chance to comply before a fine is issued.",
            [
                Q(
                    "indirect",
                    "the office does not comment on individual files",
                    "Ana Ruiz",
                    "Ana Ruiz",
                    "said",
                )
            ],
        ),
        (  # subject-piece: the clause's subject before a cue set into it is a piece
            "The cost of the new roof, the mayor said, had doubled since March.",
            [
                Q("indirect", "The cost of the new roof", "the mayor", "the mayor", "said"),
                Q("indirect", "had doubled since March", "the mayor", "the mayor", "said"),
            ],
        ),
        (  # object-joined-to-complement: `the once-off offer` hung with the quote
            "The drivers' shop steward, Lindiwe Zulu, called the once-off offer \"a slap "
            'dressed up as a gift".',
            [
                Q(
                    "direct",
                    "a slap dressed up as a gift",
                    None,
                    "The drivers' shop steward",
                    "called",
                )
            ],
        ),
        (  # object-joined-to-complement: `the tally` hung on the quoted noun
            'The opposition leader, Lindiwe Zulu, called the tally "robbery in plain sight".',
            [
                Q(
                    "direct",
                    "robbery in plain sight",
                    "Lindiwe Zulu",
                    "The opposition leader",
                    "called",
                )
            ],
        ),
        (  # quoted-name-on-phrase: the judgement hung on `runways`
            'Asha Verma is less patient. She calls the long capes on many runways "theatre, '
            'not clothing".',
            [Q("direct", "theatre, not clothing", "Asha Verma", "She", "calls")],
        ),
        (  # called-out: words of when between the naming verb and its colon
            'The auctioneer, Jana Novak, called as the hammer came down: "Sold, at forty million."',
            [Q("direct", "Sold, at forty million.", "Jana Novak", "The auctioneer", "called")],
        ),
    ],
)
def test_statements_the_parse_hid_are_rows(text: str, expected: list[Q]) -> None:
    found = quotes.extract(text)
    if expected[0].speaker is None:
        # the description's name is another rule's: only the row's shape is checked here
        assert [(q.type, q.text, q.speaker_mention, q.cue) for q in found] == [
            (e.type, e.quote, e.mention, e.cue) for e in expected
        ]
        return
    check(text, found, expected)
