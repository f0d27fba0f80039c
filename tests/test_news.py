"""News rules of the second accuracy round (issue 16), one case per phenomenon.

The sentences are written for these tests. Each case checks the rows the engine gives
in scope `all`: type, exact content and offsets, resolved speaker, mention, cue and the
family of the rule that made the row.
"""

from __future__ import annotations

import pytest
from rows import Q, check

CASES = [
    # mixed: the quoted words finish a clause begun before the opening mark
    (
        'Okafor said she would vote against the plan because "it leaves the river towns '
        'with nothing."',
        [Q("mixed", 'she would vote against the plan because "it leaves the river towns '
           'with nothing."', "Okafor", "Okafor", "said", "reported")],
    ),
    # mixed: the cue of the quote stands in the clause an earlier cue reports
    (
        'Lee said the mayor wants "a vote by June."',
        [Q("mixed", 'the mayor wants "a vote by June."', "Lee", "Lee", "said", "reported")],
    ),
    # mixed: the reported clause opens with `that` and an adverbial before the mark
    (
        'The treasurer told members that, in any event, "the fund will pay every claim."',
        [Q("mixed", 'in any event, "the fund will pay every claim."', "the treasurer",
           "The treasurer", "told", "reported")],
    ),
    # mixed: a clause opening the sentence before the mark, with the cue after the quote
    (
        'If the levy passes, "we will hire twelve nurses," Moreno said.',
        [Q("mixed", 'If the levy passes, "we will hire twelve nurses,"', "Moreno", "Moreno",
           "said", "reported")],
    ),
    # mixed: the quoted words are the predicate of a subject before the mark, the cue
    # after the quote (subject-before-quote)
    (
        'The new ferry, which sails from Oban, "carries twice the cars we planned for," '
        'the harbour master said.',
        [Q("mixed", 'The new ferry, which sails from Oban, "carries twice the cars we planned '
           'for,"', "the harbour master", "the harbour master", "said", "reported")],
    ),
    # … but a phrase before a whole quoted question that an asking cue signs says when
    # it was asked (setting-before-question)
    (
        'At the briefing, "Will the ferry run on Sunday?" asked one reporter.',
        [Q("direct", "Will the ferry run on Sunday?", "one reporter", "one reporter", "asked")],
    ),
    # an official's call in play after a colon: what was called (called-out)
    (
        'The referee called: "Play on."',
        [Q("direct", "Play on.", "the referee", "The referee", "called",
           "reported-called-out")],
    ),
    # mixed: the quote goes on, after a comma, from a clause its cue has reported
    (
        'Ito said the vote was lost, "and not by a little."',
        [Q("mixed", 'the vote was lost, "and not by a little."', "Ito", "Ito", "said",
           "reported-run-on")],
    ),
    # … from the subordinator that opens the clause (but after `that`)
    (
        'Ito said if the vote is lost, "we will try again in May."',
        [Q("mixed", 'if the vote is lost, "we will try again in May."', "Ito", "Ito", "said",
           "reported-run-on")],
    ),
    (
        'Ito said that the vote was lost, "and not by a little."',
        [Q("mixed", 'the vote was lost, "and not by a little."', "Ito", "Ito", "said",
           "reported-run-on")],
    ),
    # … not when another cue takes the quote at once, nor after words with no clause
    (
        'Ito said the vote was lost, and then she added, "We will try again."',
        [Q("indirect", "the vote was lost", "Ito", "Ito", "said", "reported"),
         Q("direct", "We will try again.", "Ito", "she", "added", "dep")],
    ),
    (
        'Ito said on the radio, in reply to a letter sent today, "We lost."',
        [Q("direct", "We lost.", "Ito", "Ito", "said", "dep")],
    ),
    # mixed: the quote goes on, after a colon, from the clause its cue has reported
    (
        'Ito added that the town has only two choices: "Build the wall or move the houses."',
        [Q("mixed", 'the town has only two choices: "Build the wall or move the houses."',
           "Ito", "Ito", "added", "reported-run-on")],
    ),
    # … not when the words before the colon ask a question the quote answers
    (
        'Ito wondered what the harbour board would do next: "We have no idea at all."',
        [Q("direct", "We have no idea at all.", "Ito", "Ito", "wondered", "dep")],
    ),
    # mixed: a colon opens the quote after a cue with its own subject, inside the clause
    # an earlier cue reports: the whole is the outer speaker's statement
    (
        'Ito said he replied: "When you owe money, you cannot be generous."',
        [Q("mixed", 'he replied: "When you owe money, you cannot be generous."', "Ito", "Ito",
           "said", "reported")],
    ),
    # … not after a participle, the reporter's own next act
    (
        'Lee told reporters that Ortiz "had a reckless plan," adding, "He lost every vote '
        'in the valley."',
        [Q("mixed", 'Ortiz "had a reckless plan,"', "Lee", "Lee", "told", "reported"),
         Q("direct", "He lost every vote in the valley.", "Lee", "Lee", "adding", "dep")],
    ),
    # … nor when the narrator's own clause stands between the reported one and the colon
    (
        'Ito said the plan was "a mess," but she paid the mayor one compliment: "He never '
        'gives up."',
        [Q("mixed", 'the plan was "a mess,"', "Ito", "Ito", "said", "reported"),
         Q("direct", "He never gives up.", "Ito", "Ito", "said", "dep")],
    ),
    # a line that is only a phrase in single marks, in a story quoting in double marks,
    # is a subhead: no row
    (
        '"We will rebuild the pier by spring," Mayor Lena Ortiz said.\n\n'
        "'A long way from home.'\n\n"
        'The ferry stopped in March. "Nobody told us," said Ana Ruiz.',
        [Q("direct", "We will rebuild the pier by spring,", "Lena Ortiz", "Lena Ortiz", "said",
           "dep"),
         Q("direct", "Nobody told us,", "Ana Ruiz", "Ana Ruiz", "said", "dep")],
    ),
    # … so it is in a story quoting in doubled apostrophes, as newspaper archives print
    # double marks
    (
        "''We will rebuild the pier by spring,'' Mayor Lena Ortiz said.\n\n"
        "'A long way from home.'\n\n"
        "The ferry stopped in March. ''Nobody told us,'' said Ana Ruiz.",
        [Q("direct", "We will rebuild the pier by spring,", "Lena Ortiz", "Lena Ortiz", "said",
           "dep"),
         Q("direct", "Nobody told us,", "Ana Ruiz", "Ana Ruiz", "said", "dep")],
    ),
    # … but where single marks are how the text quotes, the line is a quote of its own
    (
        "'We will rebuild the pier by spring,' Mayor Lena Ortiz said.\n\n"
        "'A long way from home.'",
        [Q("direct", "We will rebuild the pier by spring,", "Lena Ortiz", "Lena Ortiz", "said",
           "dep"),
         Q("direct", "A long way from home.", "Lena Ortiz", "Lena Ortiz", "said",
           "previous-quote")],
    ),
    # a cue-less quote right after a sentence about someone else than the last speaker
    # is that someone's, not the last speaker's
    (
        '"We will appeal the ruling," Lee Brandt said.\n\n'
        "Ana Ruiz, who chairs the board, shrugged off the threat.\n\n"
        '"The case is closed."',
        [Q("direct", "We will appeal the ruling,", "Lee Brandt", "Lee Brandt", "said", "dep"),
         Q("direct", "The case is closed.", "Ana Ruiz", "Ana Ruiz", "shrugged",
           "new-speaker")],
    ),
    # … not when the sentence is about a thing, nor when its `he` or `she` may be the
    # last speaker
    (
        '"We will appeal the ruling," Lee Brandt said.\n\n'
        'The board met again on Friday. "The case is not closed."',
        [Q("direct", "We will appeal the ruling,", "Lee Brandt", "Lee Brandt", "said", "dep"),
         Q("direct", "The case is not closed.", "Lee Brandt", "Lee Brandt", "said",
           "previous-quote")],
    ),
    (
        '"We will appeal the ruling," Lee Brandt said.\n\n'
        'She met the board again on Friday. "The case is not closed."',
        [Q("direct", "We will appeal the ruling,", "Lee Brandt", "Lee Brandt", "said", "dep"),
         Q("direct", "The case is not closed.", "Lee Brandt", "She", "said",
           "previous-quote:nearer-mention")],
    ),
    # a quote that goes on with the last speaker's words is credited to the mention of
    # them nearest before it: the subject of the sentence right before, the same person
    (
        '"We sold out by noon," Ana Ruiz said.\n\n'
        'She then turned to the crowd. "Who wants the last tray?"',
        [Q("direct", "We sold out by noon,", "Ana Ruiz", "Ana Ruiz", "said", "dep"),
         Q("direct", "Who wants the last tray?", "Ana Ruiz", "She", "said",
           "previous-quote:nearer-mention")],
    ),
    # display-no-turn: a banner's words quoted in the sentence of a quote take no turn;
    # the cue-less quote after them is the quote's speaker's
    (
        '"We publish our data every quarter," the plant manager, Rosa Llanes, told '
        'reporters at the gate, where farmers have hung a banner reading "Water for Our '
        'Village". "If anyone has other numbers, we want to see them."',
        [Q("direct", "We publish our data every quarter,", "Rosa Llanes", "the plant manager",
           "told", "dep"),
         Q("direct", "Water for Our Village", "a banner", "a banner", "reading", "display"),
         Q("direct", "If anyone has other numbers, we want to see them.", "Rosa Llanes",
           "the plant manager", "told", "previous-quote")],
    ),
    # belief-no-turn: a view the writer sums up for someone is no turn of speech; the
    # cue-less quote after it is not shown to be its holder's words (no source, so no
    # row in scope `all`)
    (
        '"We will appeal the ruling," Lee Brandt said.\n\n'
        'Most of the town thinks the ruling was fair. "The case is closed."',
        [Q("direct", "We will appeal the ruling,", "Lee Brandt", "Lee Brandt", "said", "dep"),
         Q("indirect", "the ruling was fair", "Most of the town", "Most of the town",
           "thinks", "reported")],
    ),
    # dash-aside-no-turn: a quote set off by a dash inside a sentence of narration that
    # opened after the last row is no turn of the one who spoke before (no source, so no
    # row in scope `all`) …
    (
        '"We are still standing," Ruiz said. When the mayor finally wrapped up — "I will '
        'fight for every one of you!" — the balloons came down.',
        [Q("direct", "We are still standing,", "Ruiz", "Ruiz", "said", "dep")],
    ),
    # … nor when the sentence names a thing the words are the wording of
    (
        '"Rates will fall by spring," Dale said on Monday. Or maybe his stump line — "My '
        'plan will be a tremendous plan!" — is simply wearing thin.',
        [Q("direct", "Rates will fall by spring,", "Dale", "Dale", "said", "dep")],
    ),
    # a round-up line: the name between a dash and the colon is the source, not the
    # subject of the headline before the dash
    (
        'Polls missed the late swing - Ana Ruiz: "Phone samples left out young voters."',
        [Q("direct", "Phone samples left out young voters.", "Ana Ruiz", "Ana Ruiz", "-",
           "source-label")],
    ),
    # `as X put it`, before the comma or colon opening the quote, names the one quoted
    (
        'The vote was close. As Mayor Ana Ruiz put it, "Nobody won tonight."',
        [Q("direct", "Nobody won tonight.", "Ana Ruiz", "Ana Ruiz", "put", "as-put-it")],
    ),
    # … but a quote right after its cue, or after `that`, is a quotation proper
    (
        'Ruiz said that "nobody in the room wants to name the risks."',
        [Q("direct", "nobody in the room wants to name the risks.", "Ruiz", "Ruiz", "said",
           "dep")],
    ),
    # … and so is one whose own words open with the adverbial
    (
        'Osei said, "If the vote fails, we start again."',
        [Q("direct", "If the vote fails, we start again.", "Osei", "Osei", "said", "dep")],
    ),
    # direct: a reported statement whose content is one quote and nothing else
    (
        'The board said in a statement that "the sale is final."',
        [Q("direct", "the sale is final.", "the board", "The board", "said", "dep")],
    ),
    (
        'Ms Adeyemi called for "a full and open inquiry."',
        [Q("direct", "a full and open inquiry.", "Adeyemi", "Adeyemi", "called",
           "reported-topic")],
    ),
    # a quote after a comma and a noun for a kind of work is the work's name: no row,
    # however long or lower-case the name
    (
        "Critics have combed through the senator's new book, \"What the river took from us "
        'and what it gave back," for clues about her plans.',
        [],
    ),
    (
        'The campaign will air a new ad, "Nobody works harder for this valley," in three '
        "markets next week.",
        [],
    ),
    # a surname the tagger reads as a modal or a preposition, right before the cue (the
    # preposition is a subject by the parse since rule surname-read-as-preposition)
    (
        '"The figures do not add up, and everyone on the committee knows it," Will wrote.',
        [Q("direct", "The figures do not add up, and everyone on the committee knows it,",
           "Will", "Will", "wrote", "near-after:name-verb")],
    ),
    (
        '"We spent the reserve in two years and nobody asked why," From said.',
        [Q("direct", "We spent the reserve in two years and nobody asked why,", "From",
           "From", "said", "dep-inverted:subject")],
    ),
    # a headline line naming who speaks, then after `on` what about, before the colon
    (
        "Okafor on Council Releasing Its Library Budget: 'I Think They Will Regret It.'\n\n"
        "Councillor Ada Okafor spoke on Friday.",
        [Q("direct", "I Think They Will Regret It.", "Ada Okafor", "Okafor", ":", "colon")],
    ),
    # a participle right after the closing mark goes on with the sentence; the cue
    # before the quote speaks
    (
        'Ruiz said the members would still meet, but said, "It is time we change how we '
        'run it," promising the club will return to its roots.',
        [Q("indirect", "the members would still meet", "Ruiz", "Ruiz", "said", "reported"),
         Q("direct", "It is time we change how we run it,", "Ruiz", "Ruiz", "said", "dep"),
         Q("indirect", "the club will return to its roots", "Ruiz", "Ruiz", "promising",
           "reported")],
    ),
    # a participle modifying the speaker's noun belongs to the name after `said`
    (
        '"I will not call it a failure, so let us move on," said retired surgeon '
        "Ben Okafor, asked about the award.",
        [Q("direct", "I will not call it a failure, so let us move on,", "Ben Okafor",
           "Ben Okafor", "said", "near-after:verb-name"),
         Q("indirect", "the award", "Ben Okafor", "Ben Okafor", "asked", "reported")],
    ),
    # one-of-them: a number alone after the verb is one of the things just named
    (
        'Banners hung from the windows. "Fair pay now," read one.',
        [Q("direct", "Fair pay now,", "one", "one", "read", "near-after:verb-name")],
    ),
    # show-after-quote: the show a quote was said on is no second statement
    (
        '"The levy is a swindle," Ortiz said Sunday on Channel 9\'s "Face the Week." "Nobody '
        'voted for it."',
        [Q("direct", "The levy is a swindle,", "Ortiz", "Ortiz", "said", "dep:subject"),
         Q("direct", "Nobody voted for it.", "Ortiz", "Ortiz", "said", "previous-quote")],
    ),
    # a short phrase in marks inside the speaker's apposition does not end it: the cue
    # after it still signs the quote
    (
        '"We have had better conventions than this one," Ohio delegate Ana Ruiz, wearing '
        'a straw hat and "Vote Okafor" buttons, said quietly.',
        [Q("direct", "We have had better conventions than this one,", "Ana Ruiz",
           "Ana Ruiz", "said", "near-after:name-verb")],
    ),
    # adjacent-cue: the cue right before the colon that opens a quote is its cue, though
    # the parser hangs the quote on the verb before
    (
        '"Apparently there is a young man who is having some trouble," Okafor said as the '
        'heckler yelled: "You are a fraud!"',
        [Q("direct", "Apparently there is a young man who is having some trouble,",
           "Okafor", "Okafor", "said", "dep"),
         Q("direct", "You are a fraud!", "the heckler", "the heckler", "yelled",
           "near-before")],
    ),
    # a raised voice set off after a relative clause is the clause's subject's, not the
    # main clause's (voice-after-relative)
    (
        'Okafor spoke at the depot, where about forty drivers had gathered on Monday, '
        'chanting "fair pay now" after the talks failed.',
        [Q("direct", "fair pay now", "about forty drivers", "about forty drivers",
           "chanting", "reported-object:participle")],
    ),
    # a speaker named by a hyphenated phrase the parser splits up
    (
        '"What if the club hired a new manager?" the 35-year-old asked in the recording.',
        [Q("direct", "What if the club hired a new manager?", "the 35-year-old",
           "the 35-year-old", "asked", "near-after:name-verb")],
    ),
    # a reading that ends in a capital ends its sentence at its full stop (`31C.`), so
    # the next sentence's source opens it (a description, written in lower case)
    (
        "By noon the air was 31C. Officials said the race would go ahead.",
        [Q("indirect", "the race would go ahead", "officials", "Officials", "said",
           "reported:subject")],
    ),
    # new-turn: a quote in the same marks that opens a sentence inside an open quote and
    # ends with a comma before its tag is a turn of its own; the quote before it was
    # left unclosed at its full stop
    (
        'Mayor Ines Varga spoke at the depot. "The new timetable is a start. It is not the '
        'end. "Buses will run every ten minutes by spring," Varga said.',
        [Q("direct", "The new timetable is a start. It is not the end.", "Ines Varga",
           "Ines Varga", "spoke", "previous-sentence"),
         Q("direct", "Buses will run every ten minutes by spring,", "Ines Varga", "Varga",
           "said", "dep")],
    ),
    # introduced-in-subordinate: a quote right after the cue of a `when`/`after` clause
    # is that clause's subject's, not the main clause's after it, which is a next act ...
    (
        'After Lee said, "We won," Ruiz replied, "No, we lost."',
        [Q("direct", "We won,", "Lee", "Lee", "said", "dep"),
         Q("direct", "No, we lost.", "Ruiz", "Ruiz", "replied", "dep")],
    ),
    # ... and a quotation however short: one capitalised word is no title there
    (
        'When Ana Ruiz shouted, "Louder," Lee laughed.',
        [Q("direct", "Louder,", "Ana Ruiz", "Ana Ruiz", "shouted", "dep")],
    ),
    # narration-before-cue: the sentence after a quote closed by `?` or `!` that opens
    # with a verb of the writer's narration and a comma tells a next act; the cue the
    # near-after search reaches under that verb does not sign the quote ...
    (
        'The judge turned to me. "Mr. Lee?" I had prepared a short statement, but decided '
        "to answer him.",
        [Q("direct", "Mr. Lee?", "the judge", "The judge", "turned", "previous-sentence"),
         Q("indirect", "to answer him", None, "I", "decided", "reported")],
    ),
    (
        'Ana Ruiz spoke first. "We want the ferry back!" Later, Tom Hale stood up and '
        "accused the council of lying.",
        [Q("direct", "We want the ferry back!", "Ana Ruiz", "Ana Ruiz", "spoke",
           "previous-sentence"),
         Q("indirect", "the council of lying", "Tom Hale", "Tom Hale", "accused",
           "reported-object")],
    ),
    # ... while a tag of verbs joined with no comma still does
    (
        '"Why not?" Ana Ruiz shrugged and asked again.',
        [Q("direct", "Why not?", "Ana Ruiz", "Ana Ruiz", "asked", "near-after")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_news(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


# A colon line whose last word before the colon is not the one who speaks.
COLON_LINES = [
    # sender-not-recipient: a participle before the colon hung on the ones the words went
    # to (the object of `emailed`, the noun after `sent … to`) is the sender's
    (
        'The senator emailed supporters saying: "The fight goes on."',
        [Q("direct", "The fight goes on.", "the senator", "The senator", "saying",
           "colon:sender")],
    ),
    (
        'Before the count ended, the Ruiz campaign sent out a text message to supporters '
        'saying: "We did it! Reply GIVE to chip in $10."',
        [Q("direct", "We did it! Reply GIVE to chip in $10.", "the Ruiz campaign",
           "the Ruiz campaign", "saying", "colon:sender")],
    ),
    # the parse hangs `The 31-year-old` on the cue itself (subject-read-into-cue mends it):
    # the medium after `on` is not the speaker
    (
        "Tomas Varga has left the club after six seasons. The injury-hit 31-year-old wrote "
        'on Instagram: "Six seasons and one cup. Thank you for everything."',
        [Q("direct", "Six seasons and one cup. Thank you for everything.", "Tomas Varga",
           "The injury-hit 31-year-old", "wrote", "dep:subject")],
    ),
    # named-after-preposition: a name after `on` says when, so the clause's subject
    # speaks, not `Tuesday`
    (
        "One early backer, Councillor Ada Okafor, gave the idea a whirl in an interview "
        'with the Courier on Tuesday: "You can easily argue that the mayor is a fraud."',
        [Q("direct", "You can easily argue that the mayor is a fraud.", "Ada Okafor",
           "One early backer", "gave", "colon:verb")],
    ),
    # colon:noun-read-verb: a cue verb read as a plural noun after an apposition
    (
        "Exam results are out today.\n\nA reader, Ilse Brandt, 18, from Kettering, emails: "
        '"Into Dunmore for law! Worth every late night."',
        [Q("direct", "Into Dunmore for law! Worth every late night.", "Ilse Brandt",
           "A reader", "emails", "colon:noun-read-verb")],
    ),
    # colon:name-role: a list line names someone, then the role they hold
    (
        "Who said what\n\n• Piet Smit, director general of the Northern Ports Group: "
        '"This is a ban on small ports."',
        [Q("direct", "This is a ban on small ports.", "Piet Smit", "Piet Smit", ":",
           "colon:name-role")],
    ),
    (
        'Who said what\n\n• Ana Ruiz, trade commissioner: "The tariff will go in May."',
        [Q("direct", "The tariff will go in May.", "Ana Ruiz", "Ana Ruiz", ":",
           "colon:name-role")],
    ),
    # colon:bracket: a bracket with the speaker's firm or party tag before the colon
    # (the tokenizer's `):` emoticon no longer swallows the colon)
    (
        'Analysts asked about costs.\n\nAna Ruiz (Barclays): "Can you say more about the '
        'margin?"',
        [Q("indirect", "costs", "analysts", "Analysts", "asked", "reported"),
         Q("direct", "Can you say more about the margin?", "Ana Ruiz", "Ana Ruiz", ":",
           "colon:bracket")],
    ),
    (
        'The hearing turned to the files. Rep. Tom Hale (R-Ohio):"Nobody ever gave me that '
        'figure."',
        [Q("direct", "Nobody ever gave me that figure.", "Tom Hale", "Tom Hale", ":",
           "colon:bracket")],
    ),
    # colon-time: a clause before the colon that says when names no one
    (
        '"We got the timing wrong," Lane told the Gazette in March. Then, later that spring on '
        'Radio Kestrel: "I never claimed the timing was off."',
        [Q("direct", "We got the timing wrong,", "Lane", "Lane", "told", "dep:subject"),
         Q("direct", "I never claimed the timing was off.", "Lane", "Lane", "told",
           "previous-quote")],
    ),
    # … but not one cutting short a relative clause on an object (rule
    # participle-on-an-object)
    (
        "The water board sent a text to every phone registered in the valley before dawn: "
        '"Boil all tap water until further notice."',
        [Q("direct", "Boil all tap water until further notice.", "the water board",
           "The water board", "sent", "colon:verb")],
    ),
    # … nor the verb of a relative clause set off after the name, whose subject is
    # another (`whose ward`)
    (
        "Councillor Ana Brady-Lowe, whose ward includes St. Kilda Quay, posted on X: "
        '"The ferry is late again."',
        [Q("direct", "The ferry is late again.", "Ana Brady-Lowe", "Councillor Ana Brady-Lowe", ":",
           "colon:name-role")],
    ),
    # … while a subject the parse finds keeps its verb
    (
        'The Health Secretary has posted on X: "Well done to every nurse today."',
        [Q("direct", "Well done to every nurse today.", "Health Secretary",
           "The Health Secretary", "posted", "dep:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", COLON_LINES)
def test_colon_lines(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)
