"""Reported speech: one-word answers and where a reported clause ends, one sentence shape
per case (sentences written for these tests).

Each case lists every row of scope `all` that the sentence gives: type, content start
offset, content, speaker mention, cue and method.
"""

from __future__ import annotations

import pytest

from tests.rows import Row, all_rows

CASES = [
    # `answer`: a word that stands for a whole answer after a cue is what was said.
    (
        "Most members of the board said yes.",
        [Row("indirect", 31, "yes", "Most members", "said", "reported-answer:subject")],
    ),
    (
        "Asked whether the pier would reopen by May, the engineer said no.",
        [
            Row("indirect", 6, "whether the pier would reopen by May", None, "Asked",
                "unsourced:addressed"),
            Row("indirect", 62, "no", "the engineer", "said", "reported-answer:subject"),
        ],
    ),
    # question-read-as-adverbial: a question the parser hung on an asking cue as a
    # condition is what the cue reports, not a statement of the one asked
    (
        "Asked if he believed the count was fair, the clerk said he did.",
        [
            Row("indirect", 6, "if he believed the count was fair", None, "Asked",
                "unsourced:addressed"),
            Row("indirect", 56, "he did", "the clerk", "said", "reported:subject"),
        ],
    ),
    (
        "Voters will be asked if they want a new hall.",
        [Row("indirect", 21, "if they want a new hall", None, "asked", "unsourced:passive")],
    ),
    (
        "The coach thinks so, too.",
        [Row("indirect", 17, "so", "The coach", "thinks", "reported-answer:subject")],
    ),
    # ... also after the pronoun it was said to
    (
        "She told him no.",
        [Row("indirect", 13, "no", "She", "told", "reported-answer:subject")],
    ),
    # answer-before-quote: a word of answer before a quote, outside its marks, is the
    # writer's; the quote alone is what was said, a direct row
    (
        'Yes "We won," Marta Lind told reporters.',
        [Row("direct", 5, "We won,", "Marta Lind", "told", "reported:subject")],
    ),
    # conjunct-read-onto-cue: a clause the parser cut at `, and`, its conjunct hung on
    # the cue, goes on to the conjunct's end (never ends on the conjunction)
    (
        "The union's lawyer, Advocate Rumana Haque, told reporters after the hearing that "
        "most of the drivers were casual staff in the depots and yards, and nearly all of "
        "them were men.",
        [Row("indirect", 81, "most of the drivers were casual staff in the depots and "
             "yards, and nearly all of them were men", "The union's lawyer", "told",
             "reported:subject")],
    ),
    # `so far` opens a clause: the answer rule leaves it to the clause
    (
        "He said so far the plan has worked.",
        [Row("indirect", 8, "so far the plan has worked", "He", "said", "reported:subject")],
    ),
    # A relative clause set off by a comma at the end of what is reported is the
    # writer's note, not part of it ...
    (
        "The mayor praised the dock plan, which the port drew up in May.",
        [Row("indirect", 18, "the dock plan", "The mayor", "praised",
             "reported-object:subject")],
    ),
    (
        "Garza criticized the budget director, with whom she once lived in Ohio.",
        [Row("indirect", 17, "the budget director", "Garza", "criticized",
             "reported-object:subject")],
    ),
    # ... also one whose verb is a cue: its source's rows are the relative word and what
    # is said of it, a name given ...
    (
        "Ms. Okafor said the levy would pay for the new library, which critics called a "
        "giveaway.",
        [Row("indirect", 16, "the levy would pay for the new library", "Okafor", "said",
             "reported:subject"),
         Row("indirect", 56, "which", "critics", "called", "reported-set-apart:subject"),
         Row("indirect", 77, "a giveaway", "critics", "called", "reported-naming:subject")],
    ),
    # ... a clause said of it by another source ...
    (
        "The minister defended the new levy, which opposition MPs say will hit small farmers.",
        [Row("indirect", 22, "the new levy", "The minister", "defended",
             "reported-object:subject"),
         Row("indirect", 36, "which", "opposition MPs", "say", "reported-set-apart:subject"),
         Row("indirect", 61, "will hit small farmers", "opposition MPs", "say",
             "reported-parenthetical:subject")],
    ),
    # ... or by the relative's own referent
    (
        "The senator attacked Councillor Smith, who said the plan was flawed.",
        [Row("indirect", 21, "Councillor Smith", "The senator", "attacked",
             "reported-object:subject"),
         Row("indirect", 48, "the plan was flawed", "who", "said", "reported:subject")],
    ),
    # ... or a reply to it, the parser reading the relative clause as an adverbial one
    (
        'Lee said the new ferry plan was sound and fair, to which Ortiz replied: "That is '
        'just not true."',
        [Row("indirect", 9, "the new ferry plan was sound and fair", "Lee", "said",
             "reported:subject"),
         Row("direct", 73, "That is just not true.", "Ortiz", "replied", "reported:subject")],
    ),
    # ... but a concessive clause is the source's own
    (
        "Most riders said the new lane had made the commute safer, whatever its faults.",
        [Row("indirect", 17, "the new lane had made the commute safer, whatever its faults",
             "Most riders", "said", "reported:subject")],
    ),
    # without the comma it narrows the noun and stays
    (
        "The mayor praised the plan that the port drew up in May.",
        [Row("indirect", 18, "the plan that the port drew up in May", "The mayor", "praised",
             "reported-object:subject")],
    ),
    # `told <listener> [<prep> <noun>] that …`: the `that`-clause the parser hung on the
    # listener or the place is what was told ...
    (
        "The port's manager told a briefing that two ferries would sail at noon.",
        [Row("indirect", 40, "two ferries would sail at noon", "The port's manager", "told",
             "reported:subject")],
    ),
    (
        "The chief executive told analysts on a conference call that the new stores would "
        "open in spring.",
        [Row("indirect", 60, "the new stores would open in spring", "The chief executive",
             "told", "reported:subject")],
    ),
    # ... but a relative clause with no subject of its own describes the listener
    (
        "She told the panel that met on Monday about the delays.",
        [Row("indirect", 9, "the panel that met on Monday about the delays", "She", "told",
             "reported-object:subject")],
    ),
    # a gloss of the writer that sums up the clause (`, a process …`) is not part of it
    (
        "The chief engineer said the bridge was sinking faster than feared, a process "
        "surveyors call creep.",
        [Row("indirect", 24, "the bridge was sinking faster than feared",
             "The chief engineer", "said", "reported:subject")],
    ),
    # a figure's comparison (`, up from …`) is part of the figure's statement
    (
        "A council spokesman said the service had answered 81 per cent of calls last month, "
        "up from 74 per cent in May.",
        [Row("indirect", 25, "the service had answered 81 per cent of calls last month, up "
             "from 74 per cent in May", "A council spokesman", "said", "reported:subject")],
    ),
    # an adjunct set off by a comma is the speaker's and stays (clause_bounds
    # .writers_adjunct): a phrase of circumstance ...
    (
        "The company said the new phone would go on sale in Canada in May, with Europe to "
        "follow in the autumn.",
        [Row("indirect", 17, "the new phone would go on sale in Canada in May, with Europe "
             "to follow in the autumn", "The company", "said", "reported:subject")],
    ),
    (
        "The union said most members had backed the strike, on a turnout of 71 per cent.",
        [Row("indirect", 15, "most members had backed the strike, on a turnout of 71 per "
             "cent", "The union", "said", "reported:subject")],
    ),
    # a writer's adjunct the parse hangs on the `-ing` verb after the cue's preposition
    # (adjunct-under-preposition) is no part of the accusation
    (
        'The ministry on Friday accused Norway of "militarising" its coast, a day after Oslo '
        "announced new patrols.",
        [Row("mixed", 31, 'Norway of "militarising" its coast', "The ministry",
             "accused", "reported-object:subject"),
         Row("indirect", 94, "new patrols", "Oslo", "announced", "reported-object:subject")],
    ),
    # ... a noun phrase that measures the figure ...
    (
        "Mr Tanaka says hay now costs him about $300 a tonne, twice what it did last year.",
        [Row("indirect", 15, "hay now costs him about $300 a tonne, twice what it did last "
             "year", "Tanaka", "says", "reported:subject")],
    ),
    # ... a comparison that ends on its verb
    (
        "The inspector said the work had been done in one night instead of over a week, as "
        "the rules require.",
        [Row("indirect", 19, "the work had been done in one night instead of over a week, "
             "as the rules require", "The inspector", "said", "reported:subject")],
    ),
    # but not one that reports a statement of its own (adjunct-reports) ...
    (
        "He said the levy would raise 2 billion next year, despite claims that it would "
        "hurt trade.",
        [Row("indirect", 8, "the levy would raise 2 billion next year", "He", "said",
             "reported:subject"),
         # the claims no one in the text holds are a row of their own (nominal-unsourced)
         Row("indirect", 70, "it would hurt trade", None, "claims", "unsourced:nominal")],
    ),
    (
        "The harbour master said the pier was safe, while the council said it should stay "
        "shut.",
        [Row("indirect", 24, "the pier was safe", "The harbour master", "said",
             "reported:subject"),
         Row("indirect", 66, "it should stay shut", "the council", "said", "reported:subject")],
    ),
    (
        "The ferry operator said the crossing would reopen on Friday, saying the storm had "
        "passed.",
        [Row("indirect", 24, "the crossing would reopen on Friday", "The ferry operator",
             "said", "reported:subject"),
         Row("indirect", 68, "the storm had passed", "The ferry operator", "saying",
             "reported:participle")],
    ),
    # ... nor what was happening as the source spoke (adjunct-circumstance)
    (
        "The rail minister said delays would not ease before spring, as he faced an hour of "
        "questions from the committee.",
        [Row("indirect", 23, "delays would not ease before spring", "The rail minister",
             "said", "reported:subject")],
    ),
    # ... nor one after a quotation that closed in the clause (adjunct-after-quotation);
    # inside the quotation, it is the quotation's
    (
        'The governor said he had "stopped reading the forecasts", to laughter from the '
        "room.",
        [Row("mixed", 18, 'he had "stopped reading the forecasts"', "The governor", "said",
             "reported:subject")],
    ),
    (
        'Her son said she had died on Sunday "in her own bed, arguing with the radio."',
        [Row("mixed", 13, 'she had died on Sunday "in her own bed, arguing with the radio."',
             "Her son", "said", "reported:subject")],
    ),
    # reason-read-onto-cue: a `because`-clause after the reported clause, which the
    # parser hung on the cue, is the speaker's reason, inside the row
    (
        "She said she had not, because she was afraid of losing her job.",
        [Row("indirect", 9, "she had not, because she was afraid of losing her job", "She",
             "said", "reported:subject")],
    ),
    # a conjunct that shares a past perfect's `had` goes on with the clause ...
    (
        "Health Minister Ana Ruiz said the province had hired 90 nurses since May but lost "
        "almost as many to retirement.",
        [Row("indirect", 30, "the province had hired 90 nurses since May but lost almost as "
             "many to retirement", "Ana Ruiz", "said", "reported:subject")],
    ),
    # ... but a cue after it is the speaker's next act
    (
        "Ms Lund said the goal had come from a handball, but refused to blame the referee.",
        [Row("indirect", 13, "the goal had come from a handball", "Lund", "said",
             "reported:subject"),
         Row("indirect", 60, "to blame the referee", "Lund", "refused", "reported:conjunct")],
    ),
    # ... and so is a cue after `did`, in the reporting verb's tense (next_acts.tense)
    (
        "Ana Ruiz said the plan would cost billions but did not say who would pay.",
        [Row("indirect", 14, "the plan would cost billions", "Ana Ruiz", "said",
             "reported:subject"),
         Row("indirect", 59, "who would pay", "Ana Ruiz", "say", "reported:conjunct")],
    ),
    # ... but not in the tense of the clause's own verb, which `did` cannot tell apart
    (
        "The director said the FBI looked for a link in 2014 and did not find one.",
        [Row("indirect", 18, "the FBI looked for a link in 2014 and did not find one",
             "The director", "said", "reported:subject")],
    ),
    # a state of mind joined on without a comma goes on with the clause, as a verb of
    # being does (next_acts._state_of_mind) ...
    (
        "The driver said he was worn out and wanted to go home.",
        [Row("indirect", 16, "he was worn out and wanted to go home", "The driver", "said",
             "reported:subject")],
    ),
    (
        "Okafor said she was proud of the squad but feared the final.",
        [Row("indirect", 12, "she was proud of the squad but feared the final", "Okafor",
             "said", "reported:subject")],
    ),
    (
        "Mendez said he had lost the vote and feared that the mill would close.",
        [Row("indirect", 12, "he had lost the vote and feared that the mill would close",
             "Mendez", "said", "reported:subject")],
    ),
    # ... but set off by a comma it is the speaker's next act
    (
        "The driver said he was worn out, and wanted to go home.",
        [Row("indirect", 16, "he was worn out", "The driver", "said", "reported:subject"),
         Row("indirect", 44, "to go home", "The driver", "wanted", "reported:conjunct")],
    ),
    # the `that` that opens the clause, read as its subject's determiner, is left out
    # (content_edges._that_read_as_determiner)
    (
        "The chief financial officer told analysts on a conference call that warm weather in "
        "September had left the group with too many coats.",
        [Row("indirect", 68, "warm weather in September had left the group with too many "
             "coats", "The chief financial officer", "told", "reported:subject")],
    ),
    # a conjunct that is no cue, in the tense of the clause's own verb, goes on with the
    # clause (clause_bounds._goes_on) ...
    (
        "She said she woke to the sirens and ran to the window.",
        [Row("indirect", 9, "she woke to the sirens and ran to the window", "She", "said",
             "reported:subject")],
    ),
    (
        "Police said the boy was struck at 11pm and died at the scene.",
        [Row("indirect", 12, "the boy was struck at 11pm and died at the scene", "Police",
             "said", "reported:subject")],
    ),
    (
        "A spokesman said the driver was not charged and did not appear in court.",
        [Row("indirect", 17, "the driver was not charged and did not appear in court",
             "A spokesman", "said", "reported:subject")],
    ),
    # ... but not one in another tense, nor one after a quotation that closed
    (
        "The mayor said the fee would rise and left the room.",
        [Row("indirect", 15, "the fee would rise", "The mayor", "said", "reported:subject")],
    ),
    (
        'The governor said it was "too early to call" and walked inside without taking '
        "questions.",
        [Row("mixed", 18, 'it was "too early to call"', "The governor", "said",
             "reported:subject")],
    ),
    # a conjunct cue with a `that`-clause of its own is a second statement, also when the
    # parser hangs its clause on the questioning it was made under
    (
        "The chief executive replied that the firm added a check in 2022, but conceded "
        "later that users could get past it.",
        [Row("indirect", 33, "the firm added a check in 2022", "The chief executive",
             "replied", "reported:subject"),
         Row("indirect", 89, "users could get past it", "The chief executive", "conceded",
             "reported:conjunct")],
    ),
    (
        "The minister replied that the council had added a second inspector in 2022, but "
        "conceded under further questioning that the backlog had grown.",
        [Row("indirect", 26, "the council had added a second inspector in 2022",
             "The minister", "replied", "reported:subject"),
         Row("indirect", 120, "the backlog had grown", "The minister", "conceded",
             "reported:conjunct")],
    ),
    # a light verb of testimony: `gave evidence that` (light-verbs.txt)
    (
        "A nurse gave evidence that the ward had been short of staff for a month.",
        [Row("indirect", 27, "the ward had been short of staff for a month", "A nurse",
             "gave", "reported-light:subject")],
    ),
    # a statement with its own source that the parse hung inside an act's content is
    # still a statement (reported._acts_around) …
    (
        "The firm was fined £2m and ordered to repay customers after the watchdog found it "
        "had misled them.",
        [Row("indirect", 35, "to repay customers after the watchdog found it had misled them",
             "The firm", "ordered", "reported:conjunct"),
         Row("indirect", 79, "it had misled them", "the watchdog", "found",
             "reported:subject")],
    ),
    # … but not a cue whose source is the act's own
    (
        "The club declined to comment on reports that its coach had resigned.",
        [Row("indirect", 18, "to comment on reports that its coach had resigned", "The club",
             "declined", "reported:subject")],
    ),
    # `per X` closing the sentence, hung on a noun of the clause (cue_words._closes_sentence)
    (
        "Okafor missed the second half. He is day-to-day with a sore ankle, per the club.",
        [Row("indirect", 31, "He is day-to-day with a sore ankle", "the club", "per",
             "according-to:according-to")],
    ),
    # trailing-apposition: the writer's note on the content's last noun, set off by a
    # comma or a dash at its end, is not what was said ...
    (
        "The mayor said the ferry would be run by Tallis Marine, a firm from the next county.",
        [Row("indirect", 15, "the ferry would be run by Tallis Marine", "The mayor", "said",
             "reported:subject")],
    ),
    (
        "The warden said the trail would reopen after repairs by Hollin Works — a local "
        "contractor.",
        [Row("indirect", 16, "the trail would reopen after repairs by Hollin Works",
             "The warden", "said", "reported:subject")],
    ),
    # ... but one inside the content stays
    (
        "She said the firm, a family business, will run the ferry.",
        [Row("indirect", 9, "the firm, a family business, will run the ferry", "She", "said",
             "reported:subject")],
    ),
    # second-that-clause: `, but that …` after the cue's clause is reported too
    (
        "The planner believes the bridge is safe, but that the road needs work.",
        [Row("indirect", 21, "the bridge is safe, but that the road needs work",
             "The planner", "believes", "reported:subject")],
    ),
    # deed-for-reason: a quote that is the object of a gerund after `for` is part of the
    # deed praised, the praising verb's row from its object on, not the gerund's quote
    (
        'The union praised the minister for showing "the courage of her convictions."',
        [Row("mixed", 18, 'the minister for showing "the courage of her convictions."',
             "The union", "praised", "reported-object:subject")],
    ),
    # unit-mark-kept: a percent sign ends the content's last number, not its sentence
    (
        "Ticket sales fell 3%, the promoter said.",
        [Row("indirect", 0, "Ticket sales fell 3%", "the promoter", "said",
             "reported:subject")],
    ),
    (
        "The promoter said ticket sales fell 3%.",
        [Row("indirect", 18, "ticket sales fell 3%", "The promoter", "said",
             "reported:subject")],
    ),
    # according-source-participle: a participle describing the source is outside
    (
        "According to the port's timetable, posted at the terminal, the last boat will "
        "leave at six.",
        [Row("indirect", 59, "the last boat will leave at six", "the port's timetable",
             "According", "according-to:according-to")],
    ),
    # ... and the comma closing a work's `by` phrase is no part of the mention
    (
        "According to figures compiled by Statline, freight volumes fell.",
        [Row("indirect", 43, "freight volumes fell", "figures compiled by Statline",
             "According", "according-to:according-to")],
    ),
    # ... but one describing the clause's subject is inside
    (
        "According to police, injured in the crash, two men were taken to hospital.",
        [Row("indirect", 21, "injured in the crash, two men were taken to hospital",
             "police", "According", "according-to:according-to")],
    ),
    # ... and a bracket closing one the content opened stays with it
    (
        "The warden said the path would be run by Hollin Rangers (HR).",
        [Row("indirect", 16, "the path would be run by Hollin Rangers (HR)", "The warden",
             "said", "reported:subject")],
    ),
    # currency-full-stop: a currency written short with a full stop ends no clause
    (
        "The inspector said the fine would be Rs. 1,000 for each lorry.",
        [Row("indirect", 19, "the fine would be Rs. 1,000 for each lorry", "The inspector",
             "said", "reported:subject")],
    ),
    (
        "Traders said the levy of Ksh. 300 a sack was more than they earned.",
        [Row("indirect", 13, "the levy of Ksh. 300 a sack was more than they earned",
             "Traders", "said", "reported:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_reported_edges(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected
