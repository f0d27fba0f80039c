"""Rows of news layouts a fact-checker reads past or trims: stage notes in title case,
pull quotes, correction notices, works' titles, relative clauses inside an object, a
statement's clause the parser hung on the press release, live-blog time stamps, and what a
paper or agency quotes someone as saying."""

from __future__ import annotations

import pytest

import quotes

ANSWER = (
    "Eventually. My mother thought bakers were people who had failed at something else. "
    "Now she tells everyone about the shop."
)

MAGAZINE_QA = "\n\n".join(
    [
        "Bread and patience",
        "Ottilie Marchbanks-Oyo has run the Cooper Street bakery for twenty years. She "
        "talked to Rafe Lindqvist about ovens and debt.",
        "RL: Was the first year hard?",
        "OMB: Very. I slept in the flour store for a month. [Laughs] My mother thought I had "
        "lost my mind.",
        "RL: Did she come round?",
        '"My mother thought bakers were people who had failed at something else."',
        f"OMB: {ANSWER} (Applause) Even strangers.",
    ]
)

#: A pull quote that trims words from the answer it repeats (`here`, `I know`).
TRIMMED_PULL_QUOTE = "\n\n".join(
    [
        "Irma Castellano-Reid has blown glass on Murano for thirty years. She talked to "
        "Ben Okafor about heat and patience.",
        "BO: Why glass?",
        "IC: Because it forgives nothing.",
        "BO: Do you ever rest?",
        '"The furnace is the only boss that never takes a day off."',
        "IC: No. The furnace here is the only boss I know that never takes a day off.",
    ]
)

#: A note of words lost inside a sentence the speaker goes on with is no break in the
#: turn; between two sentences it is one.
NOTE_MID_SENTENCE = "\n\n".join(
    [
        "This week Ana Ruiz talks fares with the economist Tom Hale.",
        "RUIZ: Will fares rise again?",
        "HALE: Probably in May. Somebody has to [crosstalk] pay for the new buses.",
        "RUIZ: And after that?",
        "HALE: Nobody knows. [CROSSTALK] Not even the minister.",
    ]
)

LIVE_BLOG = """Count day live

09:40 — Turnout was 41 percent, the clerk said.

10:15 am — Counting has begun in Ashby, a spokeswoman said.

12:30 — Correction: an earlier post said the Greens had won Ashby North. They won Ashby South.

Correction, 4 May: An earlier version of this story said the mayor had resigned.

14:05 The council said in a post that the final result would come at six.

14:20 Correction: an earlier post said the final result would come at five.

Corrections officers said the prison was full.
"""

@pytest.mark.parametrize(
    "text, rows",
    [
        # a stage note in title case splits a turn, `[Laughs]` as `[laughs]` does; a pull
        # quote (a paragraph that is only a quotation of words said again in an answer)
        # is display copy, no row; the answer that says them is one
        (
            MAGAZINE_QA,
            [
                ("direct", "Was the first year hard?", "RL"),
                ("direct", "Very. I slept in the flour store for a month.", "OMB"),
                ("direct", "My mother thought I had lost my mind.", "OMB"),
                ("direct", "Did she come round?", "RL"),
                ("direct", ANSWER, "OMB"),
                ("direct", "Even strangers.", "OMB"),
            ],
        ),
        # ... and so is one that leaves out a few words of what it repeats
        (
            TRIMMED_PULL_QUOTE,
            [
                ("direct", "Why glass?", "BO"),
                ("direct", "Because it forgives nothing.", "IC"),
                ("direct", "Do you ever rest?", "BO"),
                (
                    "direct",
                    "No. The furnace here is the only boss I know that never takes a day off.",
                    "IC",
                ),
            ],
        ),
        # a note of words lost inside a sentence is no break in the turn (rule
        # speech-gap); one between sentences still is
        (
            NOTE_MID_SENTENCE,
            [
                ("direct", "Will fares rise again?", "RUIZ"),
                (
                    "direct",
                    "Probably in May. Somebody has to [crosstalk] pay for the new buses.",
                    "HALE",
                ),
                ("direct", "And after that?", "RUIZ"),
                ("direct", "Nobody knows.", "HALE"),
                ("direct", "Not even the minister.", "HALE"),
            ],
        ),
        # a headline cited in brackets with the date it ran is a title (rule
        # cited-headline)
        (
            'Sir, your report on the ferry fares ("Island fares to fall for good", 3 March) '
            "left out the winter timetable. At the meeting Ana Ruiz said the timetable had "
            "been cut.",
            [("indirect", "the timetable had been cut", "Ana Ruiz")],
        ),
        # … also with no date, after the story's noun a few words before
        (
            'Sir, in your report on Tuesday ("Night market to move to car park") the council '
            "said nothing of the hawkers.",
            [],
        ),
        # a live blog's time stamp before its dash is no part of the statement; a notice
        # that corrects the blog or the story (after a time stamp with or without a
        # dash) reports no one's statement, nor is its label a body that speaks; a word
        # like `Corrections` that opens a sentence is no notice
        (
            LIVE_BLOG,
            [
                ("indirect", "Turnout was 41 percent", "the clerk"),
                ("indirect", "Counting has begun in Ashby", "a spokeswoman"),
                ("indirect", "the final result would come at six", "The council"),
                ("indirect", "the prison was full", "Corrections officers"),
            ],
        ),
        # … and with no dash between the time stamp and the post's first word
        (
            "Storm live\n\n13:47 Ferries between Oban and Mull are cancelled, the operator "
            "says.\n\n1.30pm Schools in Wick will close at noon, the council said.",
            [
                ("indirect", "Ferries between Oban and Mull are cancelled", "the operator"),
                ("indirect", "Schools in Wick will close at noon", "the council"),
            ],
        ),
        # … and a recording's time code in brackets before a paragraph of its write-up
        (
            "Podcast notes\n\n[27:15] Kim, who drew a webcomic of his own in his twenties, "
            'says most of the artists he knows have never had a paid break.\n\n[31:02] "We '
            'were drawing for free," Lee says.',
            [
                ("indirect", "most of the artists he knows have never had a paid break", "Kim"),
                ("direct", "We were drawing for free,", "Lee"),
            ],
        ),
        # a fact check's line stating the claim it checks is no one's statement, numbered
        # or not, whoever it names (rule checked-claim)
        (
            "CLAIM: Mayor Ana Ruiz said the pool would close in May.\n\nClaim 2: The "
            "council says rents will double.\n\nAt the meeting, Ruiz said the repairs would "
            "take six weeks.",
            [("indirect", "the repairs would take six weeks", "Ruiz")],
        ),
        # a line that links to another story is display copy, whoever its headline
        # quotes (rule link-line)
        (
            'The council voted 9-2 to remove the mayor. "I sold bread here for thirty '
            'years," he said.\n\nRead also: "I will go back to my bakery with my head '
            'high," says Tonico\n\nThe deputy mayor takes office on Monday.',
            [("direct", "I sold bread here for thirty years,", "he")],
        ),
        # a quote in title case ending the sentence after a document's noun and a comma is
        # its title, not more words of whoever spoke before (rule set-in-apposition)
        (
            '"We dug for three summers," Ana Ruiz said. The results were posted online last '
            'month as a preprint, "A Timber Circle at Knockbrack and the First Monuments".',
            [("direct", "We dug for three summers,", "Ana Ruiz")],
        ),
        # a work's title that a passive says someone publishes is a name, not words
        ('"Low Tide" is published by Brackwater Books at £9.99.', []),
        # a slogan or motto set off by a comma after its noun is a name too
        ('The campaign ends with its new motto, "Ride more. Drive less." Sales rose, '
         "the firm said.", [("indirect", "Sales rose", "the firm")]),
        # a noun with a relative clause is no reported clause (`reminded the panel of the
        # promise it made`, `announced a scheme that pays …`); a verb the parser hung on
        # the noun it reports of still is (`said the effect held after …`)
        (
            "Ms Oduya reminded the panel of the promise it made in 2019. The firm announced "
            "a scheme that pays staff to cycle to work. Dr Ames said the effect held after "
            "they allowed for income.",
            [("indirect", "the effect held after they allowed for income", "Ames")],
        ),
        # a verb group the parser hung on a noun as a modifier is still a reported clause
        (
            "The union said 90 percent of members who took part had voted to walk out.",
            [
                (
                    "indirect",
                    "90 percent of members who took part had voted to walk out",
                    "The union",
                )
            ],
        ),
        # `reported at the time that …`: the clause the parser hung on the occasion
        (
            "The Chronicle reported at the time that the blast had been heard across the "
            "valley.",
            [("indirect", "the blast had been heard across the valley", "The Chronicle")],
        ),
        # … also on an occasion after `of` on a part of a time (rule occasion-part), but
        # not a true relative clause there
        (
            "The judge said at the close of the first day that the court would visit the "
            "quarry on Wednesday. She spoke at the end of the meeting that she chaired.",
            [("indirect", "the court would visit the quarry on Wednesday", "The judge")],
        ),
        # a name a naming verb gives a noun is no view, whatever clause describes it
        (
            'Drivers work a rota they call "the ladder", under which new starters take most '
            "of the night shifts.",
            [],
        ),
        # counsel's submission with a clause is speech (`submitted a report` is an act)
        (
            "Mr Rao, appearing for the traders, submitted that the sheds were pulled down "
            "without notice. He submitted a bundle of receipts.",
            [("indirect", "the sheds were pulled down without notice", "Rao")],
        ),
        # a witness's and counsel's words in court, and a paper's finding, with a clause
        (
            "In her affidavit, Mrs Adaeze Nwosu deposed that she had lost her pension on "
            "the platform. Counsel for the bank averred that no customer had been warned. "
            "The newspaper Het Anker has calculated that each week of delay costs the port "
            "two million euros. He calculated the cost at a glance.",
            [
                ("indirect", "she had lost her pension on the platform", "Adaeze Nwosu"),
                ("indirect", "no customer had been warned", "Counsel"),
                (
                    "indirect",
                    "each week of delay costs the port two million euros",
                    "The newspaper",
                ),
            ],
        ),
        # a `that`-clause the parser hung on whom the cue addresses
        (
            "The town clerk, Ines Marr, advised members that a censure carried no legal "
            "weight.",
            [("indirect", "a censure carried no legal weight", "The town clerk")],
        ),
        # words a member asks to have minuted are hers, verbatim (rule minuted)
        (
            "Cllr Bryony Keel, who voted against, asked that her words be minuted: "
            '"The people of Fetlar were promised a new pier in 2019."',
            [("direct", "The people of Fetlar were promised a new pier in 2019.", "Bryony Keel")],
        ),
        # … with `minuted` tagged as an adjective after `be` (rule minuted-read-as-adjective)
        (
            "The motion was carried, four votes to one. Cllr Borg, who voted against, asked "
            'that his words be minuted: "I voted against because the council has no say over '
            'the harbour."',
            [("direct", "I voted against because the council has no say over the harbour.",
              "Borg")],
        ),
        # … and with a given name's title before a surname (rule minuted-read-as-adjective)
        (
            "Chief Isaac asked that her words be minuted: \"We are not against the mine. We "
            'are against hearing about it last."',
            [("direct", "We are not against the mine. We are against hearing about it last.",
              "Isaac")],
        ),
        # `said in a press release that …` with `that` read as a relative pronoun: the
        # clause after it has a subject of its own, so it is what the release says
        (
            "The museum said in a press release that Harwick would reopen on Monday.",
            [("indirect", "Harwick would reopen on Monday", "The museum")],
        ),
        # … also a tribute, and an occasion whose `that` the parser took for the object
        # of a verb with an object of its own
        (
            "The college said in a tribute that his survey had changed how the county "
            "mapped floods.",
            [("indirect", "his survey had changed how the county mapped floods", "The college")],
        ),
        (
            "The spokeswoman, Lin Zhao, said at a regular briefing that Beijing had approved "
            "more permits than last year.",
            [("indirect", "Beijing had approved more permits than last year", "The spokeswoman")],
        ),
        # backshifted-thought: a thought in the past perfect after `said` is more of the
        # report, not a second statement
        (
            'Colm Fahy said he had heard a splash from the pier "just after ten" but had '
            "thought it was a seal.",
            [("mixed", 'he had heard a splash from the pier "just after ten" but had thought '
              "it was a seal", "Colm Fahy")],
        ),
    ],
)
def test_news_layout_rows(text: str, rows: list[tuple[str, str, str]]) -> None:
    found = quotes.extract(text)
    assert [(q.type, q.text, q.speaker_mention) for q in found] == rows
    _in_order(text, found, rows)


def _in_order(text: str, found: list[quotes.Quote], rows: list[tuple[str, str, str]]) -> None:
    """Each row's offsets are those of its content, the first place after the last row."""
    searched_from = 0
    for q, (_, content, _) in zip(found, rows, strict=True):
        assert q.start == text.index(content, searched_from)
        searched_from = q.end


def test_a_notice_label_is_no_body_a_description_stands_for() -> None:
    """`The water company said` in a live blog resolves to no `Correction` that a
    later notice opens with, though the notice's first sentence has a speech verb."""
    text = (
        "14:05 The water company said in a post on Facebook that it had switched off "
        "the pumps.\n\n14:20 Correction: an earlier post said the bridge had closed."
    )
    assert [q.speaker.lower() for q in quotes.extract(text)] == ["the water company"]


def test_a_repeated_quote_after_a_colon_is_no_pull_quote() -> None:
    text = (
        "The harbourmaster read the warning aloud:\n\n"
        '"No boat leaves the harbour until the wind drops below force six."\n\n'
        "Later she repeated it. No boat leaves the harbour until the wind drops below "
        "force six, she said."
    )
    rows = [q.text for q in quotes.extract(text) if q.type == "direct"]
    assert rows == ["No boat leaves the harbour until the wind drops below force six."]


def test_a_statement_issued_by_its_speaker_is_described_not_reported() -> None:
    # `that she issued on Monday` describes the statement: no row says it
    found = quotes.extract("The mayor said in a statement that she issued on Monday.")
    assert not [q for q in found if q.text.startswith("she issued")]


DEBATE = "\n\n".join(
    [
        "The debate, in part.",
        "LOWE: Page nine is about last year. If you had read page ten —",
        "[CROSSTALK]",
        "MARSH: — and I would cut it back.",
        "LOWE: Well-meant - but wrong.",
    ]
)


def test_a_turn_leaves_out_the_dash_of_an_interruption() -> None:
    found = quotes.extract(DEBATE)
    rows = [
        ("direct", "Page nine is about last year. If you had read page ten", "LOWE"),
        ("direct", "and I would cut it back.", "MARSH"),
        # a dash inside the turn is the speaker's
        ("direct", "Well-meant - but wrong.", "LOWE"),
    ]
    assert [(q.type, q.text, q.speaker_mention) for q in found] == rows
    _in_order(DEBATE, found, rows)


@pytest.mark.parametrize(
    "text, everything, statements",
    [
        # `described X as "…"`: PolNeAR's row is mixed from the object on; a
        # fact-checker lists the quoted words alone, a direct fragment
        (
            'Rhian Tate described the scheme as "a tax on the young". It was wrong, she said.',
            [("mixed", 'the scheme as "a tax on the young"'), ("indirect", "It was wrong")],
            [("direct", "a tax on the young"), ("indirect", "It was wrong")],
        ),
        # … also when the quotation ends in a definite noun inside a complement: a
        # description, not a name the thing goes by
        (
            "The head coach, who took over in May, described the collapse as \"a lesson "
            "for everyone in the dressing room\" and said training would resume on Sunday.",
            [
                ("mixed", 'the collapse as "a lesson for everyone in the dressing room"'),
                ("indirect", "training would resume on Sunday"),
            ],
            [
                ("direct", "a lesson for everyone in the dressing room"),
                ("indirect", "training would resume on Sunday"),
            ],
        ),
        (
            "He once described his job as 'half umpire, half nurse on the touchline'.",
            [("mixed", "his job as 'half umpire, half nurse on the touchline'")],
            [("direct", "half umpire, half nurse on the touchline")],
        ),
        (
            "Senator Okello describes the audit as \u201ca smear cooked up by the governor's "
            "office\u201d.",
            [("mixed", "the audit as \u201ca smear cooked up by the governor's office\u201d")],
            [("direct", "a smear cooked up by the governor's office")],
        ),
        # quoted participles after `as` read as the cue's adverbial clause, `as` its
        # mark (adverbial_repairs.quoted_participles_read_as_clause)
        (
            'Counsel described the fire as "started, watched and left to burn".',
            [("mixed", 'the fire as "started, watched and left to burn"')],
            [("direct", "started, watched and left to burn")],
        ),
        # the parser may hang `as` on the object; words after the closing mark go too
        (
            "Mr Okoro dismissed the report as 'lazy and late' when we rang him on Friday.",
            [("mixed", "the report as 'lazy and late'")],
            [("direct", "lazy and late")],
        ),
        # `as` hung on a name quoted in the object
        (
            'Hal Voss described the firm\'s motto, "Always open," as "a promise nobody asked '
            'for."',
            [("mixed", 'the firm\'s motto, "Always open," as "a promise nobody asked for."')],
            [("direct", "a promise nobody asked for.")],
        ),
        # `accused X of "…"`: the charge's quoted words alone, also after the writer's
        # words of the charge; a quotation before `of` keeps the row mixed
        (
            'The nurses\' union accused management of "running the ward like a car park".',
            [("mixed", 'management of "running the ward like a car park"')],
            [("direct", "running the ward like a car park")],
        ),
        (
            'A residents\' group has accused the council of trying to sell the park "by the '
            'back door".',
            [("mixed", 'the council of trying to sell the park "by the back door"')],
            [("direct", "by the back door")],
        ),
        (
            'The mayor accused the "so-called experts" of lying to the town.',
            [("mixed", 'the "so-called experts" of lying to the town')],
            [("mixed", 'the "so-called experts" of lying to the town')],
        ),
        # a relative clause set off after a noun of the reported clause: `all` ends at the
        # comma, the statement goes on with what was said of the noun
        (
            "The board said the recall covers heaters sold since 2023, which can tip over.",
            [("indirect", "the recall covers heaters sold since 2023")],
            [("indirect", "the recall covers heaters sold since 2023, which can tip over")],
        ),
        (
            "Dr Osei said the survey drew on readers of a gardening magazine, who may be "
            "older than most.",
            [("indirect", "the survey drew on readers of a gardening magazine")],
            [
                (
                    "indirect",
                    "the survey drew on readers of a gardening magazine, who may be older "
                    "than most",
                )
            ],
        ),
        # a conjunct in a tense of reported speech that the parser hung on `said` goes
        # on with what was said (`all` keeps PolNeAR's cut); the clause itself hangs on
        # the occasion the speaker spoke at (`after the vote that …`)
        (
            "The chairman, Ravi Osei-Brandt, said in a statement after the vote that the "
            'club "accepts the result" and would appeal on Monday.',
            [("mixed", 'the club "accepts the result"')],
            [("mixed", 'the club "accepts the result" and would appeal on Monday')],
        ),
        # but not the writer's comment on the whole clause
        (
            "The minister said the plan was agreed in May, which was two months late.",
            [("indirect", "the plan was agreed in May")],
            [("indirect", "the plan was agreed in May")],
        ),
        # an `as` of a verb in the reported clause, whose subject is someone else: the
        # clause is the statement, one mixed row
        (
            "People close to the talks said the board had rejected a lower bid in June as "
            '"not even close".',
            [("mixed", 'the board had rejected a lower bid in June as "not even close"')],
            [("mixed", 'the board had rejected a lower bid in June as "not even close"')],
        ),
        (
            'A nurse said staff had been told to log missed checks as "done later".',
            [("mixed", 'staff had been told to log missed checks as "done later"')],
            [("mixed", 'staff had been told to log missed checks as "done later"')],
        ),
        # marks that name, not quote: a nickname inside a name, a work's title
        (
            'Maria "Tiny" Oduya had retired from the ring, her promoter said.',
            [("mixed", 'Maria "Tiny" Oduya had retired from the ring')],
            [("indirect", 'Maria "Tiny" Oduya had retired from the ring')],
        ),
        (
            'He admits that he nearly turned "The Long Road" down because he could not ride.',
            [("mixed", 'he nearly turned "The Long Road" down because he could not ride')],
            [("indirect", 'he nearly turned "The Long Road" down because he could not ride')],
        ),
        # … also after a participle set off by a comma, inside a reported clause
        (
            'Ms Tane said the fund, called "Care Closer", would open in June.',
            [("mixed", 'the fund, called "Care Closer", would open in June')],
            [("indirect", 'the fund, called "Care Closer", would open in June')],
        ),
        # … but speech in capitals is quoted
        (
            'The mayor said the scheme was "Totally Unacceptable" and would be scrapped.',
            [("mixed", 'the scheme was "Totally Unacceptable" and would be scrapped')],
            [("mixed", 'the scheme was "Totally Unacceptable" and would be scrapped')],
        ),
        # a naming verb's object and then a whole quotation that judges it: the quoted
        # words alone, as after `as`; two quotations joined by `and` are two rows
        (
            'The ward sister called the new rota "a recipe for burnout" at the meeting.',
            [("mixed", 'the new rota "a recipe for burnout"')],
            [("direct", "a recipe for burnout")],
        ),
        (
            "Coach Ines Abara called the second half \u201cnaive\u201d and said the squad "
            "would train on Sunday.",
            [
                ("mixed", "the second half \u201cnaive\u201d"),
                ("indirect", "the squad would train on Sunday"),
            ],
            [("direct", "naive"), ("indirect", "the squad would train on Sunday")],
        ),
        (
            'The auditor called the accounts "incomplete" and "late".',
            [("mixed", 'the accounts "incomplete" and "late"')],
            [("direct", "incomplete"), ("direct", "late")],
        ),
        # … not when the quoted word is only part of the complement
        (
            'The auditor called the chairman a "bully".',
            [("mixed", 'the chairman a "bully"')],
            [("mixed", 'the chairman a "bully"')],
        ),
        # a quote that is only part of what follows `as` stays one mixed row
        (
            'Ms Vance described the budget as a "sticking plaster".',
            [("mixed", 'the budget as a "sticking plaster"')],
            [("mixed", 'the budget as a "sticking plaster"')],
        ),
        # a quotation over two paragraphs (the first with no closing mark): one span in
        # `all` (set off as a block after a colon, mixed, marks and all), one row per
        # paragraph in the statements scope
        (
            'She said:\n\n"Mum kept every ticket. The drawer would not shut.\n\n'
            '"She said the club owed her a season ticket."\n\n'
            "The club has since opened a bar in her name.",
            [
                (
                    "mixed",
                    '"Mum kept every ticket. The drawer would not shut.\n\n'
                    '"She said the club owed her a season ticket."',
                )
            ],
            [
                ("direct", "Mum kept every ticket. The drawer would not shut."),
                ("direct", "She said the club owed her a season ticket."),
            ],
        ),
    ],
)
def test_the_statements_scope_gives_some_rows_in_their_own_shape(
    text: str, everything: list[tuple[str, str]], statements: list[tuple[str, str]]
) -> None:
    for scope, rows in (("all", everything), ("statements", statements)):
        found = quotes.extract(text, scope=scope)
        assert [(q.type, q.text) for q in found] == rows, scope
        assert all(text[q.start : q.end] == q.text for q in found)
    # each piece keeps the speaker and cue of the row it stands for
    shaped = quotes.extract(text)[0]
    whole = quotes.extract(text, scope="all")[0]
    assert (shaped.speaker, shaped.cue, shaped.cue_start) == (
        whole.speaker,
        whole.cue,
        whole.cue_start,
    )


@pytest.mark.parametrize(
    "text, content",
    [
        # a conjunct verb of being goes on with the reported clause: it says what the
        # clause's subject is, never the speaker's next act
        (
            "The trust said the change would cost it about 90,000 pounds a year but was "
            "the fair thing to do.",
            "the change would cost it about 90,000 pounds a year but was the fair thing to do",
        ),
    ],
)
def test_a_conjunct_of_being_stays_in_the_reported_clause(text: str, content: str) -> None:
    assert [q.text for q in quotes.extract(text, scope="all")] == [content]


@pytest.mark.parametrize(
    "text, rows",
    [
        # the writer's gloss after a cue that signs a quote before it: a translation in
        # brackets, after a dash or in `meaning …` is no second statement
        (
            '"Tusi kamaal ho," Ms Gill said (You are amazing), as the crowd clapped.',
            [("direct", "Tusi kamaal ho,")],
        ),
        (
            '"Wala kaming ani," she said \u2014 they have no harvest this year.',
            [("direct", "Wala kaming ani,")],
        ),
        (
            '"Bigas muna," he said, meaning the vote was about rice first.',
            [("direct", "Bigas muna,")],
        ),
        # … but a clause the cue takes as its own after the quote is a statement
        (
            '"We will win!" Ms Gill promised that the bill would pass by June.',
            [("direct", "We will win!"), ("indirect", "the bill would pass by June")],
        ),
        # a phrase that glosses a quote is no speaker of it
        (
            'He used a Tagalog phrase that means "show us the evidence."',
            [],
        ),
        # a dateline in capitals opening the story's first line is no speaker
        (
            "Rally draws thousands\n\nMIRPUR: Chief Minister Anil Rao addressed a crowded "
            "rally at the stadium on Sunday.",
            [],
        ),
        # … nor a place of two words in capitals
        (
            "Floods close the coast road\n\nPORT LINDEN: The coast road stayed shut on "
            "Monday after a night of heavy rain.",
            [],
        ),
        # … nor a place the tagger alone reads as a person's name, which the text names
        # nowhere else (rule label-named-elsewhere)
        (
            "Bridge never built, villagers say\n\nKOTA BELUD: A contractor accused of "
            "taking RM300,000 for a footbridge went on trial in the Sessions Court here "
            "yesterday.",
            [],
        ),
        # nor the writer's phrase before a colon
        ("And a word of warning: white roses will not turn blue in any soil.", []),
        # nor a gallery's picture credit
        ("The collection opens on Friday.\n\nPhotographs: Rauf Qasimli", []),
    ],
)
def test_the_writers_glosses_and_labels_are_no_rows(
    text: str, rows: list[tuple[str, str]]
) -> None:
    assert [(q.type, q.text) for q in quotes.extract(text)] == rows


@pytest.mark.parametrize(
    "text, source, speaker",
    [
        # `quoted X as saying that …`: PolNeAR's row is the agency's, the statement X's
        (
            "The state broadcaster quoted Interior Minister Tomas Relk as saying that "
            "nine of the border crossings had reopened.",
            "The state broadcaster",
            "Tomas Relk",
        ),
        # the cue may be the `saying` after `as`; a quoted fragment makes the row mixed
        (
            'The agency later quoted spokeswoman Ilona Varga as saying the subsidy had '
            '"paid for itself twice over".',
            "The agency",
            "Ilona Varga",
        ),
        # `cite … as saying`, an unnamed official
        (
            "The paper cited a senior diplomat as saying the talks had stalled over fishing "
            "rights.",
            "The paper",
            "a senior diplomat",
        ),
    ],
)
def test_the_one_quoted_as_saying_is_the_statements_speaker(
    text: str, source: str, speaker: str
) -> None:
    (whole,) = quotes.extract(text, scope="all")
    (said,) = quotes.extract(text)
    assert whole.speaker_mention == source and whole.attribution and not whole.statement
    assert (said.text, said.type, said.cue) == (whole.text, whole.type, whole.cue)
    assert said.speaker == speaker and said.method == "passed-on:object"
    assert said.statement and not said.attribution



@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # passive-quoted: `X was quoted as saying that …`, no agency named: the subject's
        (
            "Ms Halloran was quoted as saying that the merger talks were over.",
            "the merger talks were over",
            "Halloran",
        ),
        # with the paper as the agent, still the one quoted; no `that`
        (
            "Deputy Mayor Pia Lund was quoted by the weekly as saying the depot would close.",
            "the depot would close",
            "Pia Lund",
        ),
        # a pronoun subject goes to the person it stands for
        (
            "Kofi Mensah chairs the board. He was quoted as saying the fees would rise.",
            "the fees would rise",
            "Kofi Mensah",
        ),
    ],
)
def test_a_passive_quoted_as_saying_is_its_subjects_statement(
    text: str, content: str, speaker: str
) -> None:
    (said,) = quotes.extract(text)
    assert (said.text, said.type, said.speaker) == (content, "indirect", speaker)
    assert said.method == "passed-on:subject" and said.statement
    assert all(q.method != "passed-on:subject" for q in quotes.extract(text, scope="all"))
