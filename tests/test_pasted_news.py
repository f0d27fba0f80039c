"""Speakers of shapes found in news stories pasted whole, as a user would, and in the
fact-checker set's fortieth blind batch: a description of a body named only after it, a
relation tied to someone unnamed, a live blog's label under its time line, a day that is
a given name too, a name set off after a subject description or after a role set off, a
name called out in a quote, military ranks and an MEP's title before a name, a portfolio
with a possessive, a club's plural read as a verb, a body's name after the writer's
description of its kind, a Portuguese given name joined by `do`, and a wire lead's
`the company` set after the clause about it. Sentences written
for these tests."""

from __future__ import annotations

import pytest

import quotes
from quotes.records import Quote


def row_holding(text: str, fragment: str) -> Quote:
    """The one row (default scope) whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text) if fragment in q.text]
    assert len(found) == 1, quotes.extract(text)
    return found[0]


@pytest.mark.parametrize(
    "text, fragment, mention, speaker",
    [
        # rule kind-name-before: a board of a firm is no authority named after it
        (
            "Harlow Bakeries has agreed to a takeover. Harlow's board said it would back "
            "the offer. The Financial Conduct Authority declined to comment.",
            "back the offer",
            "Harlow's board",
            "Harlow's board",
        ),
        # rule role-of-someone: `the son of one tenant` is no judge in focus
        (
            'Passing sentence, Judge Ruth Amadi said: "You ignored every warning." Outside '
            "court, the son of one tenant said the sentence was far too short.",
            "far too short",
            "the son",
            "the son of one tenant",
        ),
        # rule colon-named-label (and colon-stamp-line): a surname alone before a
        # colon under a live blog's time, whatever the tagger reads it as
        (
            "Opposition leader Tom Kemble is on his feet now.\n\n14:11\n"
            'Kemble: "We will fight this budget line by line."',
            "line by line",
            "Kemble",
            "Tom Kemble",
        ),
        # rule day-no-person: `miss Sunday's final` names no woman called Sunday
        (
            "We spoke to the physio, Maria Ortiz, after training. The striker is likely to "
            "miss Sunday's final, and the club is worried. She said the knee was badly "
            "bruised.",
            "badly bruised",
            "She",
            "Maria Ortiz",
        ),
        # rule subject-apposition, and `interpreter` a role: the name set off after a
        # subject description is the one a `she` after it means
        (
            "During the press conference the interpreter, Deniz Aksoy, stopped and asked "
            "the coach to repeat a word. She said later that she had softened it.",
            "softened it",
            "She",
            "Deniz Aksoy",
        ),
        # a rank abbreviated before a name is a title, not a person called `Brig`
        (
            "Army spokesman Brig. Gen. Joseph Deng Akol told the radio that 14 people were "
            'held. "Nobody was hurt," the spokesman said.',
            "Nobody was hurt",
            "the spokesman",
            "Joseph Deng Akol",
        ),
        # `MEP` a title: the name after it is a person's, whom `she` means
        (
            "The rapporteur, Irish MEP Niamh Carvalho Byrne, opened the debate. She told "
            "the chamber that the deadline was too late.",
            "deadline was too late",
            "She",
            "Niamh Carvalho Byrne",
        ),
        # rule role-set-off-name: a name after a role set off after the description
        (
            "A neighbour, the retired teacher Ann Ruiz, said she had heard the blast.",
            "heard the blast",
            "A neighbour",
            "Ann Ruiz",
        ),
        # rule vocative-addressee: the one a quote calls by name is not its `he`
        (
            "The farmer, Owen Pritchard, told the inquiry the lane was too narrow. Under "
            "cross-examination, Simon Hale KC, for the developer, put it to him that the "
            'traffic would last a month. "A month is a whole harvest, Mr Hale," he said.',
            "a whole harvest",
            "he",
            "Owen Pritchard",
        ),
        # rule portfolio-possessive: the name after `Minister for Women's Affairs`
        (
            '"Nobody here is pretending it is free," said Minister for Women\'s Affairs '
            "Tanaka Yuriko.",
            "pretending it is free",
            "Minister",
            "Tanaka Yuriko",
        ),
        # rule plural-name-word: a club's plural the tagger read as a verb
        (
            "After the hearing, Carmarthen Wanderers RFC said the club accepted the ban.",
            "accepted the ban",
            "RFC",
            "Carmarthen Wanderers RFC",
        ),
        # rule kind-before-name: the writer's description before a body's name is no
        # part of it
        (
            "Tenants' union HOMEWARD said the rent rise was unlawful.",
            "rent rise",
            "Tenants' union HOMEWARD",
            "HOMEWARD",
        ),
        (
            "Pressure group Rail Action said the timetable was a mess.",
            "timetable was a mess",
            "Pressure group Rail Action",
            "Rail Action",
        ),
        # rule given-name-particle: `do` inside a Portuguese given name
        (
            "The singer Maria do Rosário Pinto Leal said the old workshop had shaped her "
            'voice. "He built it for me," Leal said.',
            "shaped her voice",
            "Maria do Rosário Pinto Leal",
            "Maria do Rosário Pinto Leal",
        ),
        # rule source-set-off-name: a name set off after `A neighbour` is a person's,
        # whose `he` it is, though no list holds its given name
        (
            "Mayor Hemanta Borah said the pumps were working. A neighbour, Rafiqul Ahmed, "
            'said the drains were blocked. "Every year they promise," he said.',
            "Every year",
            "he",
            "Rafiqul Ahmed",
        ),
        # rule name-read-as-object-of-role: a role ending in a noun of its own before a
        # titled name
        (
            "Vice-president finance Dr. Marguerite Aucoin-Thibault told the Harbour Light "
            "that the university had cut $3 million.",
            "$3 million",
            "Marguerite Aucoin-Thibault",
            "Marguerite Aucoin-Thibault",
        ),
        # a cue after a quote and the speaker's roles joined by `and`, which the parse
        # joins to the quote's verb (a cue closing its sentence, past the roles)
        (
            '"We are chasing the tins that pay," managing director and chief executive '
            "Anand Rao told analysts on the call.",
            "tins that pay",
            "Anand Rao",
            "Anand Rao",
        ),
        # rule acronym-no-opening: an acronym opening a sentence is part of the body's
        # name, though its place name is written alone before
        (
            "Junior doctors in Wales will strike on Monday. NHS Wales said routine "
            "clinics would be postponed.",
            "routine clinics",
            "NHS Wales",
            "NHS Wales",
        ),
        # rule reported-subject-body: a wire lead's `the company` is the body its clause
        # is about, when the writer described it or the clause calls it `it`
        (
            "Budget carrier Skyvane will cancel 3,000 flights this winter, the company said "
            "on Wednesday.",
            "3,000 flights",
            "the company",
            "Skyvane",
        ),
        (
            "Mornvale will shut its bottling plant in Leeds, the group said on Monday.",
            "bottling plant",
            "the group",
            "Mornvale",
        ),
        # ... and not a subject the clause shows as no body
        (
            "Ohio will gain 500 jobs from the plant, the company said.",
            "500 jobs",
            "the company",
            "the company",
        ),
        # rule name-before-work: the name set before figures is whose figures they are
        (
            "Exports of salmon rose by a fifth in March, according to Marstat data.",
            "salmon",
            "Marstat data",
            "Marstat",
        ),
        # ... the paper printing them only passing them on
        (
            "Burglaries fell last year, according to Interior Ministry figures published "
            "by the Dunmore Herald.",
            "Burglaries",
            "Interior Ministry figures published by the Dunmore Herald",
            "Interior Ministry",
        ),
        # ... but a month before figures is no maker
        (
            "Burglaries fell last year, according to January figures.",
            "Burglaries",
            "January figures",
            "January figures",
        ),
        # rule description-named-next: the description stands for the one the next
        # sentence names beside the same noun
        (
            "Ana Ruiz chairs the board. A senior nurse on the ward told the paper that "
            "beds were short. The nurse, Tom Hale, said the rota was unsafe.",
            "beds were short",
            "A senior nurse",
            "Tom Hale",
        ),
        (
            "The head of a village school said the roof leaked. The head teacher, Mia "
            "Lund, said two classes had moved.",
            "roof leaked",
            "The head",
            "Mia Lund",
        ),
        # ... and a body's kind the body named beside it
        (
            "The biggest farmers' union in the north warned that it would strike. The "
            "union, the Liga Rural, said fuel costs had doubled.",
            "would strike",
            "The biggest farmers' union",
            "Liga Rural",
        ),
        # ... but not one named beside another noun
        (
            "A senior nurse on the ward told the paper that beds were short. The doctor, "
            "Tom Hale, said the rota was unsafe.",
            "beds were short",
            "A senior nurse",
            "a senior nurse on the ward",
        ),
        # rule according-set-off, opening form: the name set off after the description
        (
            "According to the regional health officer in Lae, Grace Waim, the clinic has "
            "run out of test kits.",
            "test kits",
            "the regional health officer",
            "Grace Waim",
        ),
        # ... but not the clause's own subject
        (
            "According to the club, Berg will start on Sunday.",
            "Berg",
            "the club",
            "the club",
        ),
        # rule sample-maker: who carried out a poll whose `of` counts those asked
        (
            "A survey of 2,000 farmers conducted by Agristat found that most farmers "
            "expected losses this year.",
            "expected losses",
            "A survey of 2,000 farmers conducted by Agristat",
            "Agristat",
        ),
        # rule colon-extent-no-speaker: `in part` says how much is quoted, not who
        (
            'The letter, signed by the club secretary, Ruth Obi, and headed "Pitch fees", '
            'reads in part: "We cannot pay the new rate."',
            "new rate",
            "The letter",
            "Ruth Obi",
        ),
        # a US party label before a name is a title, which the party word alone stands for
        (
            "Democrat Lena Pruitt told supporters on Saturday that she would reopen the "
            'mill.\n\n"This town made things once," the Democrat said.',
            "made things",
            "the Democrat",
            "Lena Pruitt",
        ),
        # rule voice-after-joined-name: the voice speaks, not the body's first word
        (
            'A Department of Fisheries and Coasts spokesperson said: "The quota will stay."',
            "quota",
            "A Department of Fisheries and Coasts spokesperson",
            "a Department of Fisheries and Coasts spokesperson",
        ),
        (
            "A Ministry of Housing and Local Government spokeswoman said the rules would "
            "change.",
            "rules",
            "A Ministry of Housing and Local Government spokeswoman",
            "a Ministry of Housing and Local Government spokeswoman",
        ),
        # rule title-in-body-name's title-heading-body: `Justice` opens a ministry's name
        (
            "Burglaries fell last year, the Justice Ministry said.",
            "Burglaries",
            "the Justice Ministry",
            "Justice Ministry",
        ),
    ],
)
def test_pasted_news_speakers(text: str, fragment: str, mention: str, speaker: str) -> None:
    row = row_holding(text, fragment)
    assert (row.speaker_mention, row.speaker) == (mention, speaker)


def test_a_label_under_a_time_line_is_the_colon_rule_s() -> None:
    row = row_holding(
        "Opposition leader Tom Kemble is on his feet now.\n\n14:11\n"
        'Kemble: "We will fight this budget line by line."',
        "line by line",
    )
    assert (row.type, row.cue, row.method) == ("direct", ":", "colon:named-label")


@pytest.mark.parametrize(
    "text",
    [
        # rule topic-line-no-label: `On Harrowgate:` names the rival, no speaker
        "Ana Ruiz coaches Marsh Town, who meet Harrowgate United on Sunday. Here is "
        'what else Ruiz said.\n\nOn Harrowgate:\n\n"They have the money. We have the '
        'legs."',
        # … and with the quote on the topic line itself
        "Ana Ruiz coaches Marsh Town, who meet Harrowgate United on Sunday. Here is "
        'what else Ruiz said.\n\nOn Harrowgate: "They have the money. We have the legs."',
    ],
)
def test_a_topic_line_before_a_colon_names_no_speaker(text: str) -> None:
    row = row_holding(text, "the money")
    assert row.speaker == "Ana Ruiz"


def test_a_which_taking_up_a_clause_reports_no_one() -> None:
    # rule which-clause-no-source: the inference after the engineer's words is no row
    rows = quotes.extract(
        "The engineer, Ana Ruiz, said the water had been clear, which showed that the soil "
        "was holding."
    )
    assert [(q.speaker, q.text) for q in rows] == [("Ana Ruiz", "the water had been clear")]
    # a `which` with no comma before it is a noun's relative: its cue reports
    rows = quotes.extract(
        "They turned to the harbour office which reported that 40 boats had sunk.", scope="all"
    )
    assert [q.text for q in rows] == ["40 boats had sunk"]


def test_a_quoted_in_full_prints_no_document_after_it() -> None:
    # rule whole-phrase-unquoted: `in full` inside the quotation is the council's word
    rows = quotes.extract(
        'A draft statement circulated by Norway "calls on donors to pay in full".\n\n'
        "The session closed at 6pm."
    )
    assert [q.text for q in rows] == []


def test_a_first_line_that_is_a_sentence_names_no_firm() -> None:
    # rule headline-owner-passed: a first line opening with `The` and ending in a full
    # stop inside its closing mark is no headline naming the story's firm
    rows = quotes.extract(
        'The sign on the mill gate read: "Shut for good. Thanks for 80 years."\n\n'
        "Former foreman Ivan Kolar said staff were told by text.\n\n"
        "The company said in a statement that the mill was no longer viable."
    )
    assert [q.speaker for q in rows if "viable" in q.text] == ["the company"]


@pytest.mark.parametrize(
    "text, content",
    [
        # rule role-run-no-content: the roles before the speaker's name are the writer's
        (
            "The money will be used to build a line in Cottbus, co-founder and chief "
            "executive Mira Lenz said in an interview.",
            "The money will be used to build a line in Cottbus",
        ),
        # ... whether the parse sets the roles beside the clause's last noun or joins
        # the cue on by their `and`
        (
            "The money will be used to build a line in Cottbus, co-founder and chief "
            "executive Lena Hoffmann said in an interview.",
            "The money will be used to build a line in Cottbus",
        ),
        # ... and a list of people ending the clause stays in it, set off from the name
        (
            "The ward needs more porters, nurses and doctors, Amal Haddad said.",
            "The ward needs more porters, nurses and doctors",
        ),
    ],
)
def test_a_clause_before_its_cue_ends_before_the_speaker_s_roles(
    text: str, content: str
) -> None:
    assert [q.text for q in quotes.extract(text)] == [content]
