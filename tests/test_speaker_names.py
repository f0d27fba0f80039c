"""Who a speaker mention stands for when the tagger misreads a name or a role: sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import quotes
from quotes.bearer_kinds import named_place
from quotes.mentions import mention_span
from quotes.speakers import SpeakerResolver


def speaker_of(text: str, fragment: str) -> str | None:
    """The resolved speaker of the quote whose content holds ``fragment``."""
    found = [q for q in quotes.extract(text, scope="all") if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {quotes.extract(text, scope='all')}"
    return found[0].speaker


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a name set off after a trainer is a person's, whom a later `he` means
        (
            'She beat the grandmaster Tomás Iturriaga Benavídez. "She never plays for a '
            'draw," said her trainer, Dorjiin Batzorig. He added that she would play in '
            "Italy in October.",
            "play in Italy",
            "Dorjiin Batzorig",
        ),
        # a firm named for a family is no person of that surname: `Coc said` is the
        # woman who runs it
        (
            "Rosita Coc runs Coc & Daughters Construction in Dangriga. \"I have been "
            'building roads for twenty years," Coc said.',
            "building roads",
            "Rosita Coc",
        ),
        # A title word given as a role in brackets after a name, as minutes list who is
        # present (`Chair` is a title too), then capitalised alone as the speaker.
        (
            "Present: Cllr R. Mbeki (Chair), Cllr T. Okoro. In attendance: Mrs L. Hart "
            "(Clerk).\n\n5. Allotments. The Chair advised that the waiting list had grown "
            "to forty names.",
            "the waiting list",
            "R. Mbeki",
        ),
        # A surname opening a line before a colon, which the tagger reads as a noun.
        (
            "Chief executive Martin Halloran opened the show. Halloran said the phone would "
            "ship in May. A reporter asks about the battery fire last spring.\n\nHalloran: "
            '"We replaced every unit and we paid for the damage."',
            "We replaced",
            "Martin Halloran",
        ),
        # A name the tagger took for no person, beside a noun that tells a gender: the
        # `he` of the next quote is him.
        (
            "Her grandson, Tavish, who fishes off the point, says the harbour wall is "
            'failing. "It was built for smaller boats," he says.',
            "It was built",
            "Tavish",
        ),
        # A role before the name, set off by commas (`The Minister for Roads, X`): the
        # role alone later stands for her.
        (
            "The Minister for Roads, Mrs Folake Adeyinka-Obi, visited the site on Monday. "
            '"The bridge will open in June," the minister said.',
            "The bridge",
            "Folake Adeyinka-Obi",
        ),
        # A name set off after a role, with an age after it.
        (
            "His business partner, Ines Calder, 44, told the tribunal that the invoices "
            "were genuine.",
            "the invoices",
            "Ines Calder",
        ),
        # A role named only in the next paragraph (`the spokesman, Idris Vane`).
        (
            "Regional trains will run again from Monday, her spokesman has confirmed.\n\n"
            "In an email to the Courier, the spokesman, Idris Vane, said the minister had "
            "approved the new timetable.",
            "Regional trains",
            "Idris Vane",
        ),
        # `the witness`: of the people who told the court something, the one in focus.
        (
            "Marta Kovac, 31, told the court that she saw the van at midnight. Detective "
            "Sergeant Leon Achterberg told the court that the van had been stolen in May. "
            "Under cross-examination, Ms Kovac was asked whether she had been drinking. "
            '"I know what I saw," the witness said.',
            "I know what",
            "Marta Kovac",
        ),
        # A body's name with an ampersand inside it, which the parse cuts at the `&`.
        (
            "The Bakers & Allied Trades Union said about 300 jobs were at risk.",
            "about 300 jobs",
            "Bakers & Allied Trades Union",
        ),
        # A Welsh `ap` (son of) inside a name, which the tagger reads as a verb and the
        # surname after it as a noun: the surname alone later is his.
        (
            "Some are angry. Gethin ap Dafydd, who keeps sheep downstream, has objected at "
            "every stage. Ap Dafydd fears the lane will flood every winter.",
            "the lane will",
            "Gethin ap Dafydd",
        ),
        # A name with `ap` inside set off after a role and a place, and a given name the
        # lists lack: a person's all the same, whom the `she` after it stands for.
        (
            "Closing the debate, the Green member for Bro Hafren, Eirlys ap Cynan, spoke "
            'first. "The valley has lost its last bus," she told members.',
            "The valley",
            "Eirlys ap Cynan",
        ),
        # A Swedish noble `af` inside a name, lower case even where the surname stands
        # alone later.
        (
            "Opposition MP Britt-Marie af Ekström spoke last. The cuts were cruel, af "
            "Ekström told the chamber.",
            "The cuts were cruel",
            "Britt-Marie af Ekström",
        ),
        # A Taiwanese given name in Wade-Giles whose second syllable is lower case, after
        # a title.
        (
            "Premier Lin Chun-hsiung said the shelters would open at dusk.",
            "the shelters",
            "Lin Chun-hsiung",
        ),
        # The Senegalese `El Hadji` opens the given name; the given name after it opens
        # no new one.
        (
            "Trade Minister El Hadji Ousmane Sarr said the port fees would be halved.",
            "the port fees",
            "El Hadji Ousmane Sarr",
        ),
        # ... and so does the Māori article `Te` after a role.
        (
            'New Zealand captain Te Aroha Hohaia-Walker told the broadcaster: "We were '
            'rubbish." Hohaia-Walker said the defenders had changed to a zone.',
            "the defenders",
            "Te Aroha Hohaia-Walker",
        ),
        # A given name ending in `-s` that the tagger reads as a verb opens the name.
        (
            "Annelies ter Horst, a senior economist at Brugge Capital, was less sure. "
            '"One month is no trend," she wrote.',
            "One month is",
            "Annelies ter Horst",
        ),
        # Letters of an honour or office after a name (`KC`) end it: the word before them
        # is a surname, not a given name the name opens at, even a double-barrelled one.
        (
            "Aled Pryce KC told the tribunal that his client had kept every receipt.",
            "every receipt",
            "Aled Pryce",
        ),
        # … a member of the House of Keys (`MHK`) with her seat in brackets, whom a
        # courtesy title and her surname take up later
        (
            "Morag Quayle MHK (Rushen) asked how many ferries had been cancelled. Mrs "
            "Quayle said later that the answer showed the service was failing.",
            "the service was failing",
            "Morag Quayle",
        ),
        # a port's office written before the name, in title case, is no part of it
        (
            '"The slipway is closed until Friday," said Harbour Master Ewan Tully.',
            "The slipway",
            "Ewan Tully",
        ),
        (
            "Rhodri Lloyd-Vaughan, for the landlord, told the tribunal that the rent was fair.",
            "the rent was fair",
            "Rhodri Lloyd-Vaughan",
        ),
    ],
)
def test_names_and_roles_the_tagger_misreads(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # after the role: particles in the name, which the parser read as a verb
        (
            "The rapporteur, Senator Ana Luiza dos Reis Prado, told the chamber that the cap "
            "would not be enough.",
            "the cap",
            "Ana Luiza dos Reis Prado",
        ),
        # ... and after a second phrase set off after the role, the name with its other
        # form in brackets
        (
            "The chair of Urras Thròndairnis, the community trust behind the bid, Mòrag "
            "NicDhòmhnaill (Morag MacDonald), told the meeting that the trust had 300 members.",
            "the trust had",
            "Mòrag NicDhòmhnaill",
        ),
        # title-note: after a title with a note on it in brackets (a retired judge)
        (
            "The inquiry's chairperson, Justice (Rtd) Akosua Mensah Boateng, said the hearing "
            "would resume on Friday.",
            "the hearing would resume",
            "Akosua Mensah Boateng",
        ),
        # apostrophe-name: a given name that opens with an apostrophe (Sesotho `'M…`)
        (
            "The union's general secretary, 'Mamello Mokoena, said the wage would rise by a "
            "tenth. Mokoena said members would vote on Monday.",
            "the wage would rise",
            "Mamello Mokoena",
        ),
        # after a role in capitals that the tagger took for a name
        (
            "Our GP, Dr Kofi Mensah-Barr, wrote in the newsletter that the clinic had lost "
            "two nurses.",
            "the clinic",
            "Kofi Mensah-Barr",
        ),
        # before the role, with an age between, after a clause that opens the sentence
        (
            "Near the ticket hall, where a few travellers waited, Pedro Alvarado, 41, a "
            "baker, said he had paid $40 for a taxi.",
            "he had paid",
            "Pedro Alvarado",
        ),
        # a name with particles inside it, after a role with a body of its own
        (
            "The head of the Marwan Ports Authority, Layla bint Khalid al-Mansoori, told a "
            'forum on shipping that the port had "learned the hard way" not to overbuild.',
            "the port had",
            "Layla bint Khalid al-Mansoori",
        ),
        # given-read-as-preposition: a given name that is also a preposition (`Per`),
        # set off after the role, after the cue, and opening the sentence before its cue
        (
            "The council's transport spokesman, Per Aune, said the buses would run late on "
            "Sunday.",
            "the buses would run late",
            "Per Aune",
        ),
        ('"The ferries will run late," said Per Aune.', "The ferries", "Per Aune"),
        ("Per Aune said the ferries would run late.", "the ferries", "Per Aune"),
        # a place before the role is no name of the speaker's, nor is a relative clause
        ("In London, the minister said the plan would fail.", "the plan", "the minister"),
        (
            "The spokesman, who declined to be named, said the plan would fail.",
            "the plan",
            "the spokesman",
        ),
    ],
)
def test_a_name_set_off_beside_a_role_is_the_speaker(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


def test_a_he_passes_over_a_firm_the_tagger_took_for_a_person() -> None:
    """`X wrote that Tessaly, which …, had deleted … . Asked …, he said` is X: a one-word
    name with no given name, title or gender and a `which` after it may be a body's, and
    a `he` prefers a subject who is surely a person; with no one else near, it may still
    be the one word (a mononym)."""
    text = (
        "Tomasz Brookfield-Ito wrote that Tessaly, which is privately held, had deleted "
        "40,000 profiles. Asked whether more would go, he said he would think so."
    )
    doc = quotes.get_engine().nlp(text)
    words = [t.text for t in doc]
    firm = words.index("Tessaly")
    doc.ents = [Span(doc, 0, words.index("wrote"), "PERSON"), Span(doc, firm, firm + 1, "PERSON")]
    he = doc[words.index("he")]
    assert SpeakerResolver(doc, text).resolve(mention_span(he)) == "Tomasz Brookfield-Ito"
    alone = "The delegation's head, Wiranto, left early. He said the talks had failed."
    doc = quotes.get_engine().nlp(alone)
    words = [t.text for t in doc]
    at = words.index("Wiranto")
    doc.ents = [Span(doc, at, at + 1, "PERSON")]
    he = doc[words.index("He")]
    assert SpeakerResolver(doc, alone).resolve(mention_span(he)) == "Wiranto"


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # A bulletin that names no maker speaks for the body that just issued a warning.
        (
            "The Harbour Weather Office issued an amber warning for fog on Friday. The "
            'bulletin, sent out at dawn, reads: "Visibility will fall below fifty metres."',
            "Visibility will",
            "Harbour Weather Office",
        ),
        # An alert whose sender a `by` phrase after the participle names.
        (
            "A text alert sent to residents on Sunday by the Fenmoor District Council read: "
            '"Boil all tap water until further notice."',
            "Boil all",
            "Fenmoor District Council",
        ),
        # A diary entry speaks for the man who wrote in the diary, two sentences before.
        (
            "The ferry captain, Amos Treloar, wrote in his diary that evening: \"Fog all "
            'day. No crossings." The diary was found in an attic in 1998. The following '
            'day\'s entry reads: "Clear at last. We sailed at nine."',
            "Clear at last",
            "Amos Treloar",
        ),
    ],
)
def test_documents_speak_for_whoever_issued_them(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, mention, cue",
    [
        # A message read out by someone else is its sender's, with the sending verb.
        (
            "Dana Okafor, 30, denies theft. Ms Reid then read the jury a message Ms Okafor "
            'had sent to her sister: "see u at 8 x"',
            "see u at 8",
            "Okafor",
            "sent",
        ),
        (
            "Reading from her phone, Ms Lund showed the court a message her brother sent "
            'that night: "dont tell mum"',
            "dont tell mum",
            "her brother",
            "sent",
        ),
    ],
)
def test_a_message_read_out_is_its_senders(
    text: str, fragment: str, mention: str, cue: str
) -> None:
    found = [q for q in quotes.extract(text, scope="all") if fragment in q.text]
    assert [(q.speaker_mention, q.cue) for q in found] == [(mention, cue)]


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # A knight by his given name.
        (
            "Marcus Ellery-Vance, the former sprinter, was knighted last year. "
            '"We need more running tracks," Sir Marcus said.',
            "We need more",
            "Marcus Ellery-Vance",
        ),
        # A peer's title is no given name: `Baroness Fenwick` is Margaret Fenwick.
        (
            "Margaret Fenwick, now Baroness Fenwick of Hollin, chaired the inquiry. Lady "
            "Fenwick said the report had been delayed by the lawyers.",
            "the report had",
            "Margaret Fenwick",
        ),
        # A peer named by title alone is the whole title, the place in it included; the
        # shorter title after it is the same peer.
        (
            "Lord Pelham of Wroxley said the levy would close village shops. Lord Pelham "
            "added that the Treasury had not consulted the trade.",
            "the Treasury had",
            "Lord Pelham of Wroxley",
        ),
        # A peer's title after an office: the office is no rank, the title the name.
        (
            "Transport Minister Lord Hale of Ely said the levy would close village shops.",
            "the levy would",
            "Lord Hale of Ely",
        ),
        # `Lady` is a baroness's form of address: the rank's title is the name.
        (
            "Baroness Amadi-Rowe said the figures were a year old. \"We are flying "
            'blind," Lady Amadi-Rowe told peers.',
            "We are flying",
            "Baroness Amadi-Rowe",
        ),
        # A Scottish judge's title is no surname, and `the judge` stands for it.
        (
            "The judge, Lord Carrickmoor, told the accused he would serve at least nine "
            "years. The judge said the attack had been planned for weeks.",
            "the attack had",
            "Lord Carrickmoor",
        ),
        # `Lord Justice` is a judge named by surname, no peer.
        (
            "Lord Justice Pemberton-Ross said the tribunal had erred in law.",
            "the tribunal had",
            "Pemberton-Ross",
        ),
        # Of two judges, `the Chief Justice` is the one with both title words.
        (
            "A bench of Chief Justice Rohan Mehta and Justice Leela Varghese heard the "
            'case. "Why was no notice given?" the Chief Justice asked.',
            "Why was no notice",
            "Rohan Mehta",
        ),
        # A title before a name the tagger missed, set off by commas, then the title
        # alone: the same person.
        (
            "The Tánaiste, Nuala Ní Bhraonáin, said the figures were wrong. "
            '"We will publish them again," the Tánaiste added.',
            "We will publish",
            "Nuala Ní Bhraonáin",
        ),
        # Minutes that record someone as saying pass on that person's words.
        (
            "The minutes of the March meeting record the treasurer, Paul Igwe, as saying: "
            '"The account is empty and the auditors know it."',
            "The account is empty",
            "Paul Igwe",
        ),
        # A line of minutes quoted whole is the words of whom it records as speaking
        # (rule minute-line-speaker), not the minutes'.
        (
            "The chief executive, Ruth Amadi-Lowe, had told staff the ward would reopen. "
            'One line of the minutes of the private session reads: "The Chief Executive '
            'stated that the closure was temporary."',
            "the closure was temporary",
            "Ruth Amadi-Lowe",
        ),
        # A select committee's record numbers its questions before the label, and the
        # office's holder set off after it keeps no title (`Dame`).
        (
            "The committee's chair, Dame Olwen Price-Tudor, pressed the permanent "
            "secretary on the contract.\n\nQ41 Chair: Who signed the extension?\n\nSir "
            "Alun Rees-Haddad: The investment committee did.\n\nQ42 Chair: Which you "
            "chaired.",
            "Who signed the extension",
            "Olwen Price-Tudor",
        ),
        # A name set off after a role that the parse cuts at its hyphen.
        (
            "The insurer's general counsel, Lee Min-ji, said the claim would be paid.",
            "the claim would",
            "Lee Min-ji",
        ),
        # A name set off after a role that the parse cuts at the apostrophe of the Luo
        # `ng'`: that name (without its title), not the other lawyer named before.
        (
            "Opening the case, lawyer Ann Wekesa told the committee that the payments were "
            "late.\n\nHis lawyer, Advocate Otieno Ochieng' Okoth, argued that the assembly "
            "had no proof.",
            "the assembly had",
            "Otieno Ochieng' Okoth",
        ),
    ],
)
def test_titles_peers_and_records(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


def test_a_name_line_above_a_quote_is_its_speaker() -> None:
    """A vox pop sets each person's name, age and description on a line of its own, with
    no verb, above the quote: the quote is that person's."""
    text = (
        "We asked people at the bus station what they thought of the new timetable.\n\n"
        "Ellen Marchetti, 52, a school cook from Dunmore\n"
        '"The last bus now leaves before my shift ends. I walk home in the dark."\n\n'
        "Tomasz Brzezinski, 19, student\n"
        '"It\'s fine for me. I cycle anyway."'
    )
    found = [(q.text[:12], q.speaker) for q in quotes.extract(text) if q.type == "direct"]
    assert found == [("The last bus", "Ellen Marchetti"), ("It's fine fo", "Tomasz Brzezinski")]


def test_labels_of_a_record_name_the_people_introduced() -> None:
    """In a record of a sitting, `Mr P J VAN ROOYEN:` is the Pieter van Rooyen the
    introduction names (an initial fits the given name it opens), `The MINISTER OF
    FISHERIES:` the name set off after the same office, and `The MINISTER:` the holder of
    the longer office label before it."""
    text = (
        "This is an extract from the record of Tuesday's sitting. The Minister of "
        "Fisheries, Thandiwe Mokoena-Barry, was asked about the harbour by Pieter van "
        "Rooyen of the Coastal Party.\n\nMr P J VAN ROOYEN: When will the harbour at "
        "Saldanha reopen to the small boats?\n\nThe MINISTER OF FISHERIES: In March, hon "
        "member, as I told the committee.\n\nThe MINISTER: I repeat, in March."
    )
    found = [(q.text[:9], q.speaker) for q in quotes.extract(text) if q.type == "direct"]
    assert found == [
        ("When will", "Pieter van Rooyen"),
        ("In March,", "Thandiwe Mokoena-Barry"),
        ("I repeat,", "Thandiwe Mokoena-Barry"),
    ]


def test_a_label_may_be_half_a_double_barrelled_surname() -> None:
    """A broadcast transcript labels the host by the first half of a double-barrelled
    surname (`KARIUKI:` for Daniel Kariuki-Hale): the speaker is the whole name the
    introduction gives, not a given name and a half."""
    text = (
        "The Health Minister, Ruth Ambani, spoke to Daniel Kariuki-Hale on the Morning "
        "Desk about the clinics.\n\nKARIUKI: Minister, the clinics have been shut for a "
        "month.\n\nAMBANI: They will reopen on Monday.\n\nKARIUKI: Nurses say they have "
        "not been paid.\n\nAMBANI: Every nurse will be paid this week."
    )
    found = [(q.text[:6], q.speaker, q.method) for q in quotes.extract(text)]
    assert found == [
        ("Minist", "Daniel Kariuki-Hale", "transcript"),
        ("They w", "Ruth Ambani", "transcript"),
        ("Nurses", "Daniel Kariuki-Hale", "transcript"),
        ("Every ", "Ruth Ambani", "transcript"),
    ]


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # A sitting's record, then prose: `she` is the minister who spoke last, not the
        # member the introduction names after her.
        (
            "The Minister of Health, Ana Ruiz, answered questions from Maria Delgado of the "
            "Green Party in the chamber on Thursday.\n\nMs M DELGADO: How long is the "
            "waiting list in Cork?\n\nThe MINISTER: It is shorter than it was last year, "
            "and it will be shorter again.\n\nOutside the chamber, she said the figures "
            "would be published next week.",
            "the figures would",
            "Ana Ruiz",
        ),
        # The same with two men, the shortened office label speaking last.
        (
            "The Minister of Transport, Johan Botha, answered questions from Sipho Ndlovu "
            "of the Reform Party during Wednesday's sitting.\n\nMr S NDLOVU: Will the line "
            "to Kimberley reopen this year?\n\nThe MINISTER OF TRANSPORT: It will reopen in "
            "October, hon member.\n\nMr S NDLOVU: And the stations along the way?\n\nThe "
            "MINISTER: Those will follow in the new year.\n\nSpeaking to reporters "
            "afterwards, he insisted that the budget was secure.",
            "the budget was",
            "Johan Botha",
        ),
        # A council's exchange: `She later admitted` is the mayor's.
        (
            "The council published the exchange between the Mayor of Harlow, Grace Okafor, "
            "and the resident Helen Marsh on Monday.\n\nMrs H MARSH: Why were the bins not "
            "collected?\n\nThe MAYOR: The crews were on strike, and I apologise.\n\nShe "
            "later admitted the council had not warned residents.",
            "had not warned",
            "Grace Okafor",
        ),
        # An emergency call: the role label `CALLER` is the one who made the call, and
        # `He later told the inquiry` is his.
        (
            "Police released the recording of a call made by Daniel Hughes to the emergency "
            "line on Friday night. The operator, Tom Fraser, took the call.\n\nOPERATOR: "
            "Emergency, which service do you need?\n\nCALLER: Fire. The warehouse on Dock "
            "Road is burning.\n\nOPERATOR: Is anyone inside?\n\nCALLER: I think the night "
            "guard is still in there.\n\nHe later told the inquiry that he had seen smoke "
            "an hour earlier.",
            "had seen smoke",
            "Daniel Hughes",
        ),
    ],
)
def test_a_pronoun_after_a_record_is_the_label_named_speaker(
    text: str, fragment: str, expected: str
) -> None:
    """A label the introduction names (:mod:`quotes.label_names`) puts its person in focus
    as any speaker does, so a `he` or `she` in the prose after the record finds them."""
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two namesakes in the introduction: each label's initial picks its given name.
        (
            "Two members of one family sit on the committee: Kagiso Dlamini of the Labour "
            "Party and Sipho Dlamini of the Reform Party questioned the treasurer on "
            "Tuesday.\n\nMr K J DLAMINI: Why was the audit late?\n\nMr S DLAMINI: And who "
            "signed it off?\n\nMr K J DLAMINI: We are still waiting for an answer.",
            ["Kagiso Dlamini", "Sipho Dlamini", "Kagiso Dlamini"],
        ),
        # The surname is followed by a comma and an office's holder in the introduction
        # (`Dlamini questioned the treasurer, Ruth Abrahams,`): the label is the
        # namesake its initial fits, not the holder.
        (
            "Kagiso Dlamini and Sipho Dlamini questioned the treasurer, Ruth Abrahams, on "
            "Tuesday.\n\nMr S DLAMINI: Why was the audit late?\n\nThe TREASURER: The "
            "auditors asked for more time.\n\nMr K DLAMINI: And who signed it off?",
            ["Sipho Dlamini", "Ruth Abrahams", "Kagiso Dlamini"],
        ),
        # A label of a whole name in capitals is that name as the introduction writes it
        # (`MacKinnon`), not the description after the next name's comma; a label that is
        # the tail of a longer name is the longer name.
        (
            "The exchange is between Housing Minister Rory MacKinnon-Dey and Moira Lachlan, "
            "the Labour MSP for Skye, and Danielle Ah Sam-Kirby, the clerk.\n\nRORY "
            "MACKINNON-DEY: The homes will be built.\n\nMOIRA LACHLAN: When?\n\nAH "
            "SAM-KIRBY: The committee meets again on Monday.",
            ["Rory MacKinnon-Dey", "Moira Lachlan", "Danielle Ah Sam-Kirby"],
        ),
    ],
)
def test_an_initial_picks_the_namesake_a_label_stands_for(text: str, expected: list[str]) -> None:
    """A label's initial fits a given name as it does in a name in prose
    (:func:`quotes.name_keys.same_given`), so it tells two namesakes of the introduction
    apart."""
    assert [q.speaker for q in quotes.extract(text) if q.type == "direct"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # `THE CHAIR` is the one the introduction says chaired the sitting, never the
        # witness who chairs a company (`chairman of …`).
        (
            "The committee, chaired by Hon. Dr Meera Wijesekara, heard Tilak Perera, "
            "chairman of the state ferry company.\n\nTHE CHAIR: Why were the ferries late?"
            "\n\nMR. PERERA: The engines failed in May.\n\nTHE CHAIR: All of them?",
            ["Meera Wijesekara", "Tilak Perera", "Meera Wijesekara"],
        ),
        # `MODERATOR` is the one who moderated the panel.
        (
            "The panel was moderated by Dr Ines Okolo-Barr and heard the port's director, "
            "Samuel Aidoo.\n\nMODERATOR: Will the port reopen?\n\nMR AIDOO: In a week."
            "\n\nMODERATOR: And the cranes?\n\nMR AIDOO: They are being repaired.",
            ["Ines Okolo-Barr", "Samuel Aidoo", "Ines Okolo-Barr", "Samuel Aidoo"],
        ),
        # A member named with an initial (`Hon. R. Kandiah`) is the `HON. KANDIAH` label,
        # not the officer named after a comma further on.
        (
            "Also present were Hon. R. Kandiah (Vavuniya) and Ms Nirmala Fonseka, Deputy "
            "Auditor General.\n\nHON. KANDIAH: Where are the accounts?\n\nMS. FONSEKA: "
            "They were never filed.",
            ["R. Kandiah", "Nirmala Fonseka"],
        ),
    ],
)
def test_a_hearing_labels_its_chair_moderator_and_members(text: str, expected: list[str]) -> None:
    """A label that names a role is the one the introduction says did what the role
    does (`chaired by`, `moderated by`), titles before the name left out; a member's
    label is the name the introduction gives with an initial for the given name."""
    assert [q.speaker for q in quotes.extract(text) if q.type == "direct"] == expected


def test_a_step_that_names_a_mention_by_itself_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step that names a mention by another resolves that one in turn; a parse that
    leads back to the mention on the way (a name step giving the mention itself) ends in
    no name for that path rather than endless recursion."""
    import quotes.speakers

    monkeypatch.setattr(quotes.speakers, "appositive_name", lambda head: mention_span(head))
    text = "The harbour master said the channel would reopen on Friday."
    doc = quotes.get_engine().nlp(text)
    master = doc[[t.text for t in doc].index("master")]
    assert SpeakerResolver(doc, text).resolve(mention_span(master)) is None


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # role-before-name: a capitalised occupation opening the sentence is no part of
        # the name
        (
            "Manager Dario Kestrel said the squad would be rested on Sunday.",
            "the squad would",
            "Dario Kestrel",
        ),
        # and a later surname alone is the same person
        (
            "Producer Alma Torvik said the shoot had run late. Torvik added that the crew "
            "was exhausted.",
            "the crew",
            "Alma Torvik",
        ),
        # kin is not a role here: `Son` opens a Korean name
        (
            "Son Min-jae said the training had gone well.",
            "the training",
            "Son Min-jae",
        ),
    ],
)
def test_a_role_opening_a_sentence_stays_out_of_the_name(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, name, place",
    [
        # a name between an article and a noun of a place, a title before it or not
        ("Beds at the Princess Beatrice site were cut.", "Beatrice", True),
        ("She crossed the Nelson Mandela bridge at dawn.", "Nelson Mandela", True),
        # a person's name, with no article
        ("Princess Beatrice opened the new wing.", "Beatrice", False),
    ],
)
def test_a_name_given_to_a_place_is_no_person(text: str, name: str, place: bool) -> None:
    """A pronoun passes over a name that a mention shows is a place's
    (:func:`quotes.bearer_kinds.named_place`)."""
    doc = quotes.get_engine(None).parse(text)
    at = text.index(name)
    assert named_place(doc.char_span(at, at + len(name), label="PERSON")) is place


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # an office's or a body's own name that holds a title word is not cut at it
        (
            "Two firms were fined for late repairs, the Minister of Housing said in a "
            "written answer.",
            "late repairs",
            "Minister of Housing",
        ),
        (
            "The Office of the Governor and Executive Council said the changes took effect "
            "at once.",
            "took effect",
            "Office of the Governor and Executive Council",
        ),
        (
            "The Consulate General of Chile said registration would close on Friday.",
            "registration",
            "Consulate General of Chile",
        ),
        # a rank or office word after `of` in a body's name is a word of the name
        (
            "The Association of Private Clinics said its members could not pay more.",
            "could not pay",
            "Association of Private Clinics",
        ),
        # ... but an office before a person's name still stands outside it
        (
            "Secretary of State Ann Reed said the talks would resume.",
            "talks",
            "Ann Reed",
        ),
    ],
)
def test_body_names_with_titles(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a body named for a saint, in the possessive, keeps the saint's name
        (
            "Sports day ended early. St Columba's Primary School said the fun run had "
            "raised £900.",
            "fun run",
            "St Columba's Primary School",
        ),
        # ... and one named for the people it is for, in the plural possessive
        (
            "The Rail Commuters' Rights Council said in a statement that the fares were "
            "unlawful.",
            "fares were",
            "Rail Commuters' Rights Council",
        ),
    ],
)
def test_body_named_for_someone(text: str, fragment: str, expected: str) -> None:
    assert speaker_of(text, fragment) == expected
